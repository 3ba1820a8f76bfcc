// Which rows of the section tree are open, kept across a reset of its model: the tree is made
// again as a big tree is read, and when it is whole, and what the reader opened stays open.
#pragma once

#include <QSet>
#include <QString>

class QModelIndex;
class QTreeView;

namespace Docent {

class TreeExpansion final
{
public:
    /// The open rows of `view`, whose model gives SectionTreeModel's roles (through a proxy too).
    static TreeExpansion of(const QTreeView &view);
    /// Opens the rows of `view` that show what an open row showed: a row of the same kind, page
    /// and anchor. Only rows under open ones are looked at: as many as the reader saw.
    void restore(QTreeView &view) const;
    bool isEmpty() const { return m_keys.isEmpty(); }

private:
    static QString keyOf(const QModelIndex &index);
    void collect(const QTreeView &view, const QModelIndex &parent);
    void expand(QTreeView &view, const QModelIndex &parent) const;

    QSet<QString> m_keys;
};

} // namespace Docent
