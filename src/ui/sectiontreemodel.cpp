#include "sectiontreemodel.h"

namespace Docent {

struct SectionTreeModel::Item {
    QString docname;
    QString title;
    Item *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Item>> children;
};

SectionTreeModel::SectionTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Item>()) {}

SectionTreeModel::~SectionTreeModel() = default;

void SectionTreeModel::setToc(const Project::TocNode &root)
{
    beginResetModel();
    m_root = std::make_unique<Item>();
    // The root document itself is the first row, followed by what its toctree lists.
    auto top = std::make_unique<Item>();
    top->docname = root.docname;
    top->title = root.title;
    top->parent = m_root.get();
    m_root->children.push_back(std::move(top));
    std::function<void(const Project::TocNode &, Item &)> fill = [&](const Project::TocNode &from, Item &into) {
        for (const Project::TocNode &c : from.children) {
            auto item = std::make_unique<Item>();
            item->docname = c.docname;
            item->title = c.title;
            item->parent = &into;
            item->row = int(into.children.size());
            fill(c, *item);
            into.children.push_back(std::move(item));
        }
    };
    fill(root, *m_root);
    endResetModel();
}

SectionTreeModel::Item *SectionTreeModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex SectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    Item *p = itemFor(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex SectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Item *p = itemFor(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int SectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(itemFor(parent)->children.size());
}

int SectionTreeModel::columnCount(const QModelIndex &) const { return 1; }

QVariant SectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item *item = itemFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return item->title;
    case Qt::ToolTipRole:
        return item->docname + QStringLiteral(".rst");
    case DocnameRole:
        return item->docname;
    default:
        return {};
    }
}

QModelIndex SectionTreeModel::indexForDocname(const QString &docname) const
{
    std::function<QModelIndex(const Item *)> find = [&](const Item *p) -> QModelIndex {
        for (const auto &c : p->children) {
            if (c->docname == docname)
                return createIndex(c->row, 0, c.get());
            const QModelIndex i = find(c.get());
            if (i.isValid())
                return i;
        }
        return {};
    };
    return find(m_root.get());
}

} // namespace Docent
