#include "bookmarkpanel.h"

#include "bookmarkimport.h"
#include "bookmarkmodel.h"
#include "bookmarks/bookmarkstore.h"
#include "bookmarks/xbel.h"
#include "icons.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Docent {

BookmarkPanel::BookmarkPanel(const QString &storePath, QWidget *parent)
    : QWidget(parent), m_store(std::make_unique<BookmarkStore>(storePath))
{
    m_model = new BookmarkModel(m_store.get(), this);
    connect(m_model, &BookmarkModel::storeFailed, this, &BookmarkPanel::fail);
    // A store another program holds (or on a full disk, or unreadable for now) is opened again
    // every few seconds and whenever a bookmark is made; it is never replaced.
    m_retry = new QTimer(this);
    m_retry->setInterval(10000);
    connect(m_retry, &QTimer::timeout, this, &BookmarkPanel::ensureOpen);
    if (!m_store->isOpen() && m_store->opening() != BookmarkStore::Opening::TooNew)
        m_retry->start();

    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    // After the view's own handling of a reset, which forgets what was expanded.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &BookmarkPanel::rememberExpansion);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BookmarkPanel::restoreExpansion);
    restoreExpansion();
    m_view->setHeaderHidden(true);
    m_view->setAccessibleName(tr("Bookmarks"));
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &BookmarkPanel::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const Bookmark *b = m_model->bookmark(index); b && !b->folder)
            Q_EMIT openRequested(*b, false);
    });
    m_view->installEventFilter(this);

    auto *tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    tools->setAccessibleName(tr("Bookmark commands"));
    tools->addAction(themedIcon(QStringLiteral("folder-new")), tr("New Folder"), this, &BookmarkPanel::newFolder);
    QAction *remove = tools->addAction(themedIcon(QStringLiteral("edit-delete")), tr("Delete"), this,
                                       &BookmarkPanel::removeCurrent);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *undoAction = new QAction(tr("Undo Delete"), this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undoAction, &QAction::triggered, this, &BookmarkPanel::undo);
    addAction(undoAction);
    addAction(remove);

    // After a delete: what went and a button to bring it back.
    m_undoBar = new QWidget(this);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(4, 2, 4, 2);
    m_undoLabel = new QLabel(m_undoBar);
    m_undoLabel->setWordWrap(true);
    auto *undoButton = new QPushButton(themedIcon(QStringLiteral("edit-undo")), tr("Undo"), m_undoBar);
    connect(undoButton, &QPushButton::clicked, this, &BookmarkPanel::undo);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(undoButton);
    m_undoBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_undoBar);
}

BookmarkPanel::~BookmarkPanel() = default;

QString BookmarkPanel::openingProblem() const
{
    switch (m_store->opening()) {
    case BookmarkStore::Opening::Fine:
        return {};
    case BookmarkStore::Opening::SetAside:
        return tr("The bookmark file was damaged and could not be read (%1). It was kept as %2, and a new, "
                  "empty one was started.")
            .arg(m_store->detail(), m_store->backupPath());
    case BookmarkStore::Opening::Busy:
        return tr("The bookmarks are in use by another program (%1). They are left as they are; Docent tries "
                  "again every few seconds and whenever you add a bookmark.")
            .arg(m_store->detail());
    case BookmarkStore::Opening::DiskFull:
        return tr("The bookmarks cannot be opened because the disk is full (%1). Nothing was changed; Docent "
                  "tries again every few seconds, so free some space and they come back.")
            .arg(m_store->detail());
    case BookmarkStore::Opening::Unreadable:
        return tr("The bookmarks cannot be opened: %1. They are left as they are, and bookmarks are off "
                  "until this is fixed.")
            .arg(m_store->detail());
    case BookmarkStore::Opening::TooNew:
        return tr("The bookmarks were saved by a newer version of Docent (%1). They are left as they are, "
                  "and bookmarks are off in this version.")
            .arg(m_store->detail());
    }
    return {};
}

bool BookmarkPanel::ensureOpen()
{
    if (m_store->isOpen())
        return true;
    if (!m_store->retry())
        return false;
    m_retry->stop();
    m_model->reload();
    Q_EMIT message(tr("The bookmarks can be used again."));
    return true;
}

void BookmarkPanel::setOpenTree(const QString &root, const QString &title) { m_model->setOpenTree(root, title); }

void BookmarkPanel::fail(const QString &what)
{
    Q_EMIT message(tr("Bookmarks could not be saved: %1").arg(what));
}

QList<BookmarkDialog::Folder> BookmarkPanel::foldersOf(const QString &tree) const
{
    QList<BookmarkDialog::Folder> folders;
    const QList<Bookmark> all = m_store->items();
    QHash<qint64, const Bookmark *> byId;
    for (const Bookmark &b : all)
        byId.insert(b.id, &b);
    for (const Bookmark &b : all) {
        if (!b.folder || b.tree != tree)
            continue;
        QString path = b.title;
        for (const Bookmark *up = byId.value(b.parent); up; up = byId.value(up->parent))
            path = up->title + QStringLiteral(" / ") + path;
        folders.append({b.id, path});
    }
    std::sort(folders.begin(), folders.end(), [](auto &a, auto &b) { return a.path < b.path; });
    return folders;
}

qint64 BookmarkPanel::addWithDialog(Bookmark proposal)
{
    if (!ensureOpen()) {
        QMessageBox::warning(this, tr("Bookmarks are off"), openingProblem());
        return 0;
    }
    // A new bookmark goes into the folder selected in the sidebar, if it is of the same tree.
    qint64 folder = 0;
    QString tree;
    if (m_model->containerAt(m_view->currentIndex(), &folder, &tree) && tree == proposal.tree)
        proposal.parent = folder;
    BookmarkDialog dialog(proposal, foldersOf(proposal.tree), window());
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return add(dialog.result());
}

qint64 BookmarkPanel::add(const Bookmark &bookmark)
{
    ensureOpen();
    const qint64 id = m_store->add(bookmark);
    if (id == 0) {
        fail(m_store->lastError());
        return 0;
    }
    m_model->reload();
    const QModelIndex index = m_model->indexOf(id);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    Q_EMIT message(tr("Bookmarked “%1”").arg(bookmark.title));
    return id;
}

bool BookmarkPanel::retarget(const Bookmark &bookmark)
{
    if (!m_store->update(bookmark)) {
        fail(m_store->lastError());
        return false;
    }
    m_model->reload();
    return true;
}

bool BookmarkPanel::remove(qint64 id)
{
    const QModelIndex index = m_model->indexOf(id);
    const Bookmark *b = m_model->bookmark(index);
    if (!b)
        return false;
    const QString title = b->title;
    const bool folder = b->folder;
    const qint64 token = m_store->remove(id);
    if (token == 0) {
        fail(m_store->lastError());
        return false;
    }
    m_undoTokens.append(token);
    m_model->reload();
    showUndo(folder ? tr("Folder “%1” deleted with its bookmarks.").arg(title) : tr("“%1” deleted.").arg(title));
    return true;
}

bool BookmarkPanel::undo()
{
    if (m_undoTokens.isEmpty())
        return false;
    if (!m_store->undoRemove(m_undoTokens.takeLast())) {
        fail(m_store->lastError());
        return false;
    }
    m_model->reload();
    if (m_undoTokens.isEmpty())
        m_undoBar->hide();
    Q_EMIT message(tr("Deletion undone"));
    return true;
}

void BookmarkPanel::showUndo(const QString &what)
{
    m_undoLabel->setText(what);
    m_undoBar->show();
}

void BookmarkPanel::removeCurrent()
{
    if (const Bookmark *b = m_model->bookmark(m_view->currentIndex()))
        remove(b->id);
}

void BookmarkPanel::editCurrent()
{
    const Bookmark *current = m_model->bookmark(m_view->currentIndex());
    if (!current)
        return;
    BookmarkDialog dialog(*current, foldersOf(current->tree), window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_store->update(dialog.result()))
        return fail(m_store->lastError());
    m_model->reload();
}

void BookmarkPanel::newFolder()
{
    qint64 parent = 0;
    QString tree;
    if (!m_model->containerAt(m_view->currentIndex(), &parent, &tree) &&
        !m_model->containerAt(m_view->currentIndex().parent(), &parent, &tree))
        return;
    if (tree.isEmpty())
        return;
    Bookmark folder;
    folder.folder = true;
    folder.parent = parent;
    folder.tree = tree;
    folder.title = tr("New Folder");
    folder.treeTitle = m_model->treeTitle(tree);
    ensureOpen();
    const qint64 id = m_store->add(folder);
    if (id == 0)
        return fail(m_store->lastError());
    m_model->reload();
    const QModelIndex index = m_model->indexOf(id);
    m_view->setCurrentIndex(index);
    m_view->edit(index); // name it right away
}

void BookmarkPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const Bookmark *b = m_model->bookmark(index);
    QMenu menu(this);
    if (b && !b->folder) {
        const Bookmark copy = *b;
        menu.addAction(tr("&Open"), this, [this, copy] { Q_EMIT openRequested(copy, false); });
        menu.addAction(tr("Open in New &Tab"), this, [this, copy] { Q_EMIT openRequested(copy, true); });
        menu.addSeparator();
    }
    if (b) {
        menu.addAction(tr("&Edit…"), this, &BookmarkPanel::editCurrent);
        menu.addAction(tr("&Rename"), this, [this, index] { m_view->edit(index); });
    }
    menu.addAction(themedIcon(QStringLiteral("folder-new")), tr("New &Folder"), this, &BookmarkPanel::newFolder);
    if (b)
        menu.addAction(themedIcon(QStringLiteral("edit-delete")), tr("&Delete"), this, &BookmarkPanel::removeCurrent);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void BookmarkPanel::rememberExpansion()
{
    if (!m_expansionKnown)
        return;
    m_expanded.clear();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (m_view->isExpanded(i)) {
                const QVariant id = i.data(BookmarkModel::IdRole);
                m_expanded.insert(id.isValid() ? id.toLongLong() : -qHash(i.data(BookmarkModel::TreeRole).toString()));
                walk(i);
            }
        }
    };
    walk({});
}

void BookmarkPanel::restoreExpansion()
{
    // Folders stay as the reader left them; the first time, everything is open.
    const bool first = !m_expansionKnown;
    m_expansionKnown = true;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (m_model->rowCount(i) == 0)
                continue; // a bookmark or an empty folder: nothing to open (thousands after an import)
            const QVariant id = i.data(BookmarkModel::IdRole);
            const qint64 key = id.isValid() ? id.toLongLong() : -qHash(i.data(BookmarkModel::TreeRole).toString());
            if (first || m_expanded.contains(key))
                m_view->expand(i);
            walk(i);
        }
    };
    walk({});
}

bool BookmarkPanel::exportTo(const QString &path, QString *error)
{
    // Written aside and renamed into place: an interrupted export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Xbel::write(m_store->items())) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool BookmarkPanel::importFrom(const QString &path)
{
    if (m_import)
        return false;
    m_importPath = path;
    m_import = new BookmarkImport(path, this);
    m_importProgress =
        new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, this);
    m_importProgress->setObjectName(QStringLiteral("bookmarkImportProgress"));
    m_importProgress->setWindowTitle(tr("Import Bookmarks"));
    m_importProgress->setMinimumDuration(500); // a small file is in before the dialog would show
    connect(m_import, &BookmarkImport::progress, m_importProgress, &QProgressDialog::setValue);
    connect(m_import, &BookmarkImport::read, this, &BookmarkPanel::storeImported);
    connect(m_import, &BookmarkImport::failed, this, &BookmarkPanel::failImport);
    connect(m_importProgress, &QProgressDialog::canceled, this, [this] {
        endImport();
        Q_EMIT message(tr("Import cancelled; no bookmarks were added."));
    });
    return true;
}

void BookmarkPanel::endImport()
{
    m_import->abandon();
    m_import = nullptr;
    // Possibly from within its own signal: stopped and hidden now, deleted later.
    m_importProgress->disconnect(this);
    m_importProgress->reset();
    m_importProgress->deleteLater();
    m_importProgress = nullptr;
}

void BookmarkPanel::storeImported(const Xbel::ReadResult &result)
{
    endImport();
    if (!ensureOpen())
        return failImport(openingProblem());
    // On this thread, in one transaction: all of the file or nothing.
    if (!m_store->addAll(result.items))
        return failImport(m_store->lastError());
    m_model->reload();
    int bookmarks = 0;
    for (const Bookmark &b : result.items)
        bookmarks += b.folder ? 0 : 1;
    QStringList notes{tr("Imported %n bookmark(s).", nullptr, bookmarks)};
    if (result.skipped > 0)
        notes << tr("%n entries were not Docent bookmarks and were left out.", nullptr, result.skipped);
    if (result.shortened > 0)
        notes << tr("%n title(s) longer than 1,000 characters were shortened.", nullptr, result.shortened);
    Q_EMIT message(notes.join(u' '));
    Q_EMIT imported(bookmarks);
}

void BookmarkPanel::failImport(const QString &reason)
{
    if (m_import)
        endImport();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import failed"),
                                tr("%1 could not be imported: %2").arg(m_importPath, reason), QMessageBox::Ok,
                                window());
    box->setObjectName(QStringLiteral("bookmarkImportFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT importFailed(reason);
}

void BookmarkPanel::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(window(), tr("Import Bookmarks"), QString(),
                                                      tr("XBEL bookmarks (*.xbel *.xml);;All files (*)"));
    if (!path.isEmpty() && !importFrom(path))
        Q_EMIT message(tr("Another import is still running."));
}

void BookmarkPanel::exportWithDialog()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/docent-bookmarks.xbel");
    const QString path = QFileDialog::getSaveFileName(window(), tr("Export Bookmarks"), suggested,
                                                      tr("XBEL bookmarks (*.xbel)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(window(), tr("Export failed"), tr("%1 could not be written: %2").arg(path, error));
    else
        Q_EMIT message(tr("Bookmarks exported to %1").arg(path));
}

void BookmarkPanel::fillMenu(QMenu *menu)
{
    std::function<void(QMenu *, const QModelIndex &)> fill = [&](QMenu *into, const QModelIndex &parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            const auto kind = BookmarkModel::Kind(i.data(BookmarkModel::KindRole).toInt());
            if (kind == BookmarkModel::Kind::Tree)
                continue; // other trees' bookmarks are in the sidebar
            if (kind == BookmarkModel::Kind::Folder) {
                QMenu *sub = into->addMenu(themedIcon(QStringLiteral("folder")), i.data().toString());
                fill(sub, i);
                if (sub->isEmpty())
                    sub->addAction(tr("(empty)"))->setEnabled(false);
                continue;
            }
            const Bookmark b = *m_model->bookmark(i);
            QAction *a = into->addAction(themedIcon(QStringLiteral("bookmarks")), b.title, this,
                                         [this, b] { Q_EMIT openRequested(b, false); });
            a->setToolTip(b.note);
        }
    };
    fill(menu, {});
}

} // namespace Docent
