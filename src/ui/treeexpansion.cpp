#include "treeexpansion.h"

#include "sectiontreemodel.h"

#include <QTreeView>

namespace Docent {

QString TreeExpansion::keyOf(const QModelIndex &index)
{
    return QString::number(index.data(SectionTreeModel::KindRole).toInt()) + u'|' +
           index.data(SectionTreeModel::DocnameRole).toString() + u'#' + index.data(SectionTreeModel::AnchorRole).toString();
}

TreeExpansion TreeExpansion::of(const QTreeView &view)
{
    TreeExpansion e;
    if (view.model())
        e.collect(view, {});
    return e;
}

void TreeExpansion::collect(const QTreeView &view, const QModelIndex &parent)
{
    const QAbstractItemModel &model = *view.model();
    for (int row = 0, rows = model.rowCount(parent); row < rows; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (!view.isExpanded(index))
            continue;
        m_keys.insert(keyOf(index));
        collect(view, index);
    }
}

void TreeExpansion::restore(QTreeView &view) const
{
    if (view.model() && !m_keys.isEmpty())
        expand(view, {});
}

void TreeExpansion::expand(QTreeView &view, const QModelIndex &parent) const
{
    const QAbstractItemModel &model = *view.model();
    for (int row = 0, rows = model.rowCount(parent); row < rows; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (!m_keys.contains(keyOf(index)))
            continue;
        view.expand(index);
        expand(view, index);
    }
}

} // namespace Docent
