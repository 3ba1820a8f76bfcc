// The navigation tree as a Qt item model: pages, landing-page groups and page sections. The same
// model shows one page's outline in the sidebar.
#pragma once

#include "navigation/navigationtree.h"

#include <QAbstractItemModel>

#include <memory>

namespace Docent {

class SectionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionTreeModel)
public:
    enum Role { DocnameRole = Qt::UserRole + 1, AnchorRole, KindRole, DescriptionRole };

    explicit SectionTreeModel(QObject *parent = nullptr);
    ~SectionTreeModel() override;

    /// The whole tree: the root page as the first row, followed by everything it links.
    void setNavigation(NavNode root);
    /// A flat list of top-level nodes (a page outline).
    void setNodes(const std::vector<NavNode> &nodes);
    /// The first index showing `docname` (at `anchor` when given and present), or invalid.
    QModelIndex indexFor(const QString &docname, const QString &anchor = {}) const;
    /// The node a row shows, with everything under it; the root page's row is the whole tree.
    /// Null for an invalid index.
    const NavNode *node(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Item;
    Item *itemFor(const QModelIndex &index) const;
    NavNode m_nodes; ///< what the rows show: the items point into it
    std::unique_ptr<Item> m_root;
};

} // namespace Docent
