#include "sectiontreemodel.h"

#include <QFont>

namespace Docent {

struct SectionTreeModel::Item {
    const NavNode *node = nullptr;
    Item *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Item>> children;

    Item *add(const NavNode &n, bool withChildren)
    {
        auto item = std::make_unique<Item>();
        item->node = &n;
        item->parent = this;
        item->row = int(children.size());
        if (withChildren)
            for (const NavNode &c : n.children)
                item->add(c, true);
        children.push_back(std::move(item));
        return children.back().get();
    }
};

SectionTreeModel::SectionTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Item>()) {}

SectionTreeModel::~SectionTreeModel() = default;

void SectionTreeModel::setNavigation(NavNode root)
{
    beginResetModel();
    m_root = std::make_unique<Item>();
    m_nodes = std::move(root);
    // The root page gets a row of its own; what it links sits beside it, not under it, so the
    // tree starts with the book's parts rather than one node holding everything.
    m_root->add(m_nodes, false);
    for (const NavNode &c : m_nodes.children)
        m_root->add(c, true);
    endResetModel();
}

void SectionTreeModel::setNodes(const std::vector<NavNode> &nodes)
{
    beginResetModel();
    m_root = std::make_unique<Item>();
    m_nodes = NavNode{};
    m_nodes.children = nodes;
    for (const NavNode &n : m_nodes.children)
        m_root->add(n, true);
    endResetModel();
}

SectionTreeModel::Item *SectionTreeModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex SectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
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
    const NavNode *item = itemFor(index)->node;
    switch (role) {
    case Qt::DisplayRole:
        return item->title;
    case Qt::ToolTipRole:
        if (!item->description.isEmpty())
            return item->description;
        return item->kind == NavNode::Kind::Document ? item->docname + QStringLiteral(".rst") : QVariant();
    case Qt::FontRole:
        if (item->kind == NavNode::Kind::Group) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case DocnameRole:
        return item->docname;
    case AnchorRole:
        return item->anchor;
    case KindRole:
        return int(item->kind);
    case DescriptionRole:
        return item->description;
    default:
        return {};
    }
}

QModelIndex SectionTreeModel::indexFor(const QString &docname, const QString &anchor) const
{
    QModelIndex pageMatch;
    std::function<QModelIndex(const Item *)> find = [&](const Item *p) -> QModelIndex {
        for (const auto &c : p->children) {
            if (c->node->docname == docname) {
                const bool isPage = c->node->kind == NavNode::Kind::Document;
                if (!anchor.isEmpty() && c->node->anchor == anchor)
                    return createIndex(c->row, 0, c.get());
                if (isPage && !pageMatch.isValid())
                    pageMatch = createIndex(c->row, 0, c.get());
                if (isPage && anchor.isEmpty())
                    return pageMatch;
            }
            const QModelIndex i = find(c.get());
            if (i.isValid())
                return i;
        }
        return {};
    };
    const QModelIndex exact = find(m_root.get());
    return exact.isValid() ? exact : pageMatch;
}

const NavNode *SectionTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? itemFor(index)->node : nullptr;
}

} // namespace Docent
