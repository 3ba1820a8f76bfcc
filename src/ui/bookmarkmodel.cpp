#include "bookmarkmodel.h"

#include "bookmarks/bookmarkstore.h"
#include "icons.h"

#include <QDataStream>
#include <QDir>
#include <QIcon>
#include <QMimeData>

#include <unordered_map>
#include <vector>

namespace Docent {

struct BookmarkModel::Item {
    Kind kind = Kind::Bookmark;
    Bookmark bookmark;  ///< for Bookmark and Folder
    QString tree;       ///< the tree this item belongs to
    QString groupTitle; ///< for Tree
    Item *parent = nullptr;
    int row = 0; ///< among its parent's children, kept rather than searched: a folder may hold thousands
    std::vector<std::unique_ptr<Item>> children;

    Item *add(std::unique_ptr<Item> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

BookmarkModel::BookmarkModel(BookmarkStore *store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store), m_root(std::make_unique<Item>())
{
    rebuild();
}

BookmarkModel::~BookmarkModel() = default;

void BookmarkModel::setOpenTree(const QString &root, const QString &title)
{
    m_openTreeTitle = title;
    if (root == m_openTree)
        return;
    m_openTree = root;
    reload();
}

QString BookmarkModel::treeTitle(const QString &root) const
{
    if (root == m_openTree && !m_openTreeTitle.isEmpty())
        return m_openTreeTitle;
    for (const auto &item : m_root->children) {
        const QString title = item->kind == Kind::Tree ? item->groupTitle : item->bookmark.treeTitle;
        if (item->tree == root && !title.isEmpty())
            return title;
    }
    return {};
}

void BookmarkModel::reload()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void BookmarkModel::rebuild()
{
    m_root = std::make_unique<Item>();
    const QList<Bookmark> all = m_store->items();
    // Every item is made first, then each moves into its folder, its tree's group or the top.
    std::unordered_map<qint64, std::unique_ptr<Item>> made;
    QHash<qint64, Item *> byId; // stays valid when an item moves into its container
    for (const Bookmark &b : all) {
        auto item = std::make_unique<Item>();
        item->kind = b.folder ? Kind::Folder : Kind::Bookmark;
        item->bookmark = b;
        item->tree = b.tree;
        byId.insert(b.id, item.get());
        made.emplace(b.id, std::move(item));
    }
    std::vector<std::unique_ptr<Item>> groups;
    QHash<QString, Item *> groupOf;
    auto groupFor = [&](const Bookmark &b) {
        Item *&group = groupOf[b.tree];
        if (!group) {
            auto g = std::make_unique<Item>();
            g->kind = Kind::Tree;
            g->tree = b.tree;
            g->groupTitle = b.treeTitle.isEmpty() ? QDir(b.tree).dirName() : b.treeTitle;
            group = g.get();
            groups.push_back(std::move(g));
        }
        return group;
    };
    // The store gives items by tree, then folder, then position: siblings arrive in order.
    for (const Bookmark &b : all) {
        Item *container = nullptr;
        if (b.parent != 0) {
            container = byId.value(b.parent);
            if (!container || container->kind != Kind::Folder)
                continue; // its folder is not there: neither is it shown (the store keeps it)
        } else {
            container = b.tree == m_openTree ? m_root.get() : groupFor(b);
        }
        container->add(std::move(made[b.id]));
    }
    // The open tree's own items first, then the other trees' groups.
    for (auto &group : groups)
        m_root->add(std::move(group));
}

BookmarkModel::Item *BookmarkModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex BookmarkModel::indexFor(const Item *item) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row, 0, const_cast<Item *>(item));
}

const Bookmark *BookmarkModel::bookmark(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const Item *item = itemFor(index);
    return item->kind == Kind::Tree ? nullptr : &item->bookmark;
}

QModelIndex BookmarkModel::indexOf(qint64 id) const
{
    std::vector<const Item *> stack{m_root.get()};
    while (!stack.empty()) {
        const Item *item = stack.back();
        stack.pop_back();
        if (item != m_root.get() && item->kind != Kind::Tree && item->bookmark.id == id)
            return indexFor(item);
        for (const auto &c : item->children)
            stack.push_back(c.get());
    }
    return {};
}

bool BookmarkModel::containerAt(const QModelIndex &index, qint64 *folder, QString *tree) const
{
    const Item *item = itemFor(index);
    if (item == m_root.get()) {
        *folder = 0;
        *tree = m_openTree;
        return !m_openTree.isEmpty();
    }
    if (item->kind == Kind::Tree) {
        *folder = 0;
        *tree = item->tree;
        return true;
    }
    if (item->kind == Kind::Folder) {
        *folder = item->bookmark.id;
        *tree = item->tree;
        return true;
    }
    return false;
}

QModelIndex BookmarkModel::index(int row, int column, const QModelIndex &parent) const
{
    const Item *p = itemFor(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex BookmarkModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(itemFor(child)->parent);
}

int BookmarkModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(itemFor(parent)->children.size());
}

int BookmarkModel::columnCount(const QModelIndex &) const { return 1; }

QVariant BookmarkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item *item = itemFor(index);
    const Bookmark &b = item->bookmark;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return item->kind == Kind::Tree ? item->groupTitle : b.title;
    case Qt::ToolTipRole:
        if (item->kind == Kind::Tree)
            return item->tree;
        if (item->kind == Kind::Folder)
            return {};
        return b.note.isEmpty() ? b.docname + (b.anchor.isEmpty() ? QString() : u'#' + b.anchor)
                                : b.note;
    case Qt::DecorationRole:
        if (item->kind == Kind::Bookmark)
            return themedIcon(QStringLiteral("bookmarks"));
        if (item->kind == Kind::Tree)
            return QIcon(QStringLiteral(":/docent/icon.svg")); // another documentation tree
        return themedIcon(QStringLiteral("folder"));
    case IdRole:
        return item->kind == Kind::Tree ? QVariant() : QVariant(b.id);
    case KindRole:
        return int(item->kind);
    case TreeRole:
        return item->tree;
    default:
        return {};
    }
}

bool BookmarkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Item *item = itemFor(index);
    if (!index.isValid() || role != Qt::EditRole || item->kind == Kind::Tree)
        return false;
    const QString title = value.toString().trimmed();
    if (title.isEmpty() || title == item->bookmark.title)
        return false;
    Bookmark changed = item->bookmark;
    changed.title = title;
    if (!m_store->update(changed)) {
        Q_EMIT storeFailed(m_store->lastError());
        return false;
    }
    item->bookmark = changed;
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags BookmarkModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // the open tree's top level
    const Item *item = itemFor(index);
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (item->kind == Kind::Tree)
        return f | Qt::ItemIsDropEnabled;
    f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    if (item->kind == Kind::Folder)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions BookmarkModel::supportedDropActions() const { return Qt::MoveAction; }

QStringList BookmarkModel::mimeTypes() const { return {QLatin1String(mimeType)}; }

QMimeData *BookmarkModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    for (const QModelIndex &i : indexes) {
        if (const Bookmark *b = bookmark(i))
            stream << b->id;
    }
    auto *data = new QMimeData;
    data->setData(QLatin1String(mimeType), encoded);
    return data;
}

QList<qint64> BookmarkModel::droppedIds(const QMimeData *data) const
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QLatin1String(mimeType)))
        return ids;
    QDataStream stream(data->data(QLatin1String(mimeType)));
    while (!stream.atEnd()) {
        qint64 id = 0;
        stream >> id;
        ids.append(id);
    }
    return ids;
}

bool BookmarkModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    qint64 folder = 0;
    QString tree;
    if (action != Qt::MoveAction || !containerAt(parent, &folder, &tree))
        return false;
    // Bookmarks stay in their own tree: another tree's group or folder does not take them.
    const QList<qint64> ids = droppedIds(data);
    for (qint64 id : ids) {
        const QModelIndex i = indexOf(id);
        if (!i.isValid() || i.data(TreeRole).toString() != tree)
            return false;
    }
    return !ids.isEmpty();
}

bool BookmarkModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    qint64 folder = 0;
    QString tree;
    containerAt(parent, &folder, &tree);
    int at = row < 0 ? rowCount(parent) : row;
    // The open tree's top level is shared with the other trees' groups, which come after it.
    if (!parent.isValid()) {
        int own = 0;
        while (own < int(m_root->children.size()) && m_root->children[size_t(own)]->kind != Kind::Tree)
            ++own;
        at = std::min(at, own);
    }
    bool moved = false;
    for (qint64 id : droppedIds(data)) {
        if (!m_store->move(id, folder, at++)) {
            Q_EMIT storeFailed(m_store->lastError());
            break;
        }
        moved = true;
    }
    if (moved)
        reload();
    // The move is done: returning false keeps the view from also removing the dragged rows.
    return false;
}

} // namespace Docent
