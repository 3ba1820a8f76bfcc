// The bookmarks as a Qt item model: those of the open tree first, then one group per other tree.
// Renaming edits the title in place; drag and drop reorders and refiles within a tree.
#pragma once

#include "bookmarks/bookmark.h"

#include <QAbstractItemModel>

#include <memory>

namespace Docent {

class BookmarkStore;

class BookmarkModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookmarkModel)
public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, TreeRole };
    enum class Kind { Bookmark, Folder, Tree };
    static constexpr const char *mimeType = "application/x-docent-bookmark-ids";

    explicit BookmarkModel(BookmarkStore *store, QObject *parent = nullptr);
    ~BookmarkModel() override;

    /// The tree whose bookmarks come first, ungrouped; `title` names it.
    void setOpenTree(const QString &root, const QString &title = {});
    /// Reads the store again (after a change made elsewhere).
    void reload();

    /// The bookmark or folder shown at `index`; nullptr for a tree group or an invalid index.
    const Bookmark *bookmark(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 id) const;
    /// The folder id and tree a new item dropped or added at `index` goes into.
    bool containerAt(const QModelIndex &index, qint64 *folder, QString *tree) const;
    const QString &openTree() const { return m_openTree; }
    /// The title a tree is known by: the open tree's own, else the one its bookmarks remember.
    QString treeTitle(const QString &root) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    /// A change could not be saved; `reason` is SQLite's.
    void storeFailed(const QString &reason);

private:
    struct Item;
    Item *itemFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Item *item) const;
    void rebuild();
    QList<qint64> droppedIds(const QMimeData *data) const;

    BookmarkStore *m_store;
    QString m_openTree;
    QString m_openTreeTitle;
    std::unique_ptr<Item> m_root;
};

} // namespace Docent
