// The navigation tree as a Qt item model: one node per document, nested as the toctrees nest them.
#pragma once

#include "sphinx/project.h"

#include <QAbstractItemModel>

namespace Docent {

class SectionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionTreeModel)
public:
    enum Role { DocnameRole = Qt::UserRole + 1 };

    explicit SectionTreeModel(QObject *parent = nullptr);
    ~SectionTreeModel() override;

    /// Replaces the whole tree (a new project was opened).
    void setToc(const Project::TocNode &root);
    /// The first index showing `docname`, or an invalid index.
    QModelIndex indexForDocname(const QString &docname) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Item;
    Item *itemFor(const QModelIndex &index) const;
    std::unique_ptr<Item> m_root;
};

} // namespace Docent
