// The Bookmarks sidebar tab: the bookmark tree with its commands (open, edit, new folder, delete
// with undo, import and export as XBEL), and the Bookmarks menu's list.
#pragma once

#include "bookmarkdialog.h"
#include "bookmarks/bookmark.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QMenu;
class QProgressDialog;
class QTimer;
class QTreeView;
class QToolButton;

namespace Docent {

class BookmarkImport;
class BookmarkModel;
class BookmarkStore;
namespace Xbel {
struct ReadResult;
}

class BookmarkPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookmarkPanel)
public:
    /// Opens the store at `storePath` (BookmarkStore::defaultPath() normally).
    explicit BookmarkPanel(const QString &storePath, QWidget *parent = nullptr);
    ~BookmarkPanel() override;

    BookmarkStore *store() const { return m_store.get(); }
    BookmarkModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    /// What the reader must know about the store (damaged and set aside, unreadable), in their
    /// language; empty when all is well.
    QString openingProblem() const;

    /// The tree whose bookmarks are listed first, and its title.
    void setOpenTree(const QString &root, const QString &title);
    /// Asks for title, folder and note, then stores `proposal`; returns the new id, 0 if cancelled.
    qint64 addWithDialog(Bookmark proposal);
    /// Stores without asking; returns the new id or 0 (the reason goes to message()).
    qint64 add(const Bookmark &bookmark);
    /// Deletes a bookmark or folder; undo() brings it back.
    bool remove(qint64 id);
    /// Brings back the last deleted bookmark or folder.
    bool undo();
    /// Saves the target of a bookmark whose section has moved.
    bool retarget(const Bookmark &bookmark);

    /// Writes every bookmark, of every tree, to `path` as XBEL.
    bool exportTo(const QString &path, QString *error);
    /// Starts adding the bookmarks of an XBEL file: it is read on a thread of its own, with a
    /// progress dialog that can cancel it, and stored once read. imported() or importFailed() say
    /// how it went. False when an import is running already.
    bool importFrom(const QString &path);

    /// The open tree's bookmarks as menu entries (folders as submenus).
    void fillMenu(QMenu *menu);

    void importWithDialog();
    void exportWithDialog();
    void newFolder();
    void editCurrent();
    void removeCurrent();

Q_SIGNALS:
    void openRequested(const Docent::Bookmark &bookmark, bool newTab);
    /// A short note for the status bar.
    void message(const QString &text);
    /// An import has stored `bookmarks` bookmarks.
    void imported(int bookmarks);
    /// An import failed (not when cancelled); nothing was stored. A message box says so too.
    void importFailed(const QString &reason);

private:
    bool ensureOpen();
    void storeImported(const Xbel::ReadResult &result);
    void failImport(const QString &reason);
    void endImport();
    void showContextMenu(const QPoint &pos);
    void showUndo(const QString &what);
    void fail(const QString &what);
    QList<BookmarkDialog::Folder> foldersOf(const QString &tree) const;
    void restoreExpansion();
    void rememberExpansion();

    std::unique_ptr<BookmarkStore> m_store;
    QTimer *m_retry = nullptr; ///< opens the store again while another program holds it, or the like
    BookmarkImport *m_import = nullptr;
    QString m_importPath;
    QProgressDialog *m_importProgress = nullptr;
    BookmarkModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoLabel = nullptr;
    QList<qint64> m_undoTokens;
    QSet<qint64> m_expanded;
    bool m_expansionKnown = false; ///< false until the first showing, which opens every folder
};

} // namespace Docent
