// MainWindow's bookmark commands: the Bookmarks menu, Ctrl+D, proposing a bookmark and going to
// one (finding its section again after edits).
#include "mainwindow.h"

#include "bookmarkmodel.h"
#include "bookmarkpanel.h"
#include "emptystate.h"
#include "bookmarks/bookmarklocator.h"
#include "icons.h"
#include "pagescripts.h"
#include "schemehandler.h"
#include "sphinx/project.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QWebEngineScript>

namespace Docent {

void MainWindow::createBookmarkMenu(QToolBar *toolbar)
{
    QMenu *menu = menuBar()->insertMenu(menuBar()->actions().constLast(), new QMenu(tr("&Bookmarks"), this))->menu();
    QAction *section = menu->addAction(themedIcon(QStringLiteral("non-starred")), tr("&Bookmark This Section…"), this,
                                       [this] { bookmarkAt(-1, -1); });
    section->setObjectName(QStringLiteral("bookmarkSection"));
    section->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_bookmarkSection = section;
    // The star is filled while the section being read has a bookmark.
    BookmarkModel *model = bookmarkPanel()->model();
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateBookmarkStar);
    connect(model, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateBookmarkStar);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateBookmarkStar);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateBookmarkStar);
    connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateBookmarkStar);
    EmptyState::attach(bookmarkPanel()->view(),
                       tr("No bookmarks yet. Press %1 to bookmark the section you are reading.")
                           .arg(section->shortcut().toString(QKeySequence::NativeText)));
    updateBookmarkStar();
    QAction *page = menu->addAction(tr("Bookmark This &Page…"), this, [this] { bookmarkTarget(currentDocname(), {}); });
    page->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    menu->addAction(tr("&Show All Bookmarks"), this, [this] {
        m_sidebar->setCurrentWidget(bookmarkPanel());
        bookmarkPanel()->view()->setFocus();
    });
    menu->addSeparator();
    menu->addAction(tr("&Import Bookmarks…"), bookmarkPanel(), &BookmarkPanel::importWithDialog);
    menu->addAction(tr("&Export Bookmarks…"), bookmarkPanel(), &BookmarkPanel::exportWithDialog);
    QAction *listStart = menu->addSeparator();
    // The list of bookmarks is made each time the menu opens, so it is never stale.
    connect(menu, &QMenu::aboutToShow, this, [this, menu, listStart] {
        const QList<QAction *> actions = menu->actions();
        for (qsizetype i = actions.indexOf(listStart) + 1; i < actions.size(); ++i) {
            menu->removeAction(actions[i]);
            actions[i]->deleteLater();
        }
        QMenu list;
        bookmarkPanel()->fillMenu(&list);
        for (QAction *a : list.actions()) {
            a->setParent(menu);
            if (a->menu())
                a->menu()->setParent(menu, Qt::Popup);
            menu->addAction(a);
        }
        if (list.actions().isEmpty())
            menu->addAction(tr("No bookmarks in this tree yet"))->setEnabled(false);
    });
    toolbar->addAction(section);
}

void MainWindow::bookmarkAt(qreal x, qreal y)
{
    const QString docname = currentDocname();
    if (docname.isEmpty() || !m_project)
        return;
    view()->page()->runJavaScript(PageScripts::sectionAt(x, y), QWebEngineScript::ApplicationWorld,
                                  [this, docname](const QVariant &anchor) {
                                      if (docname == currentDocname())
                                          bookmarkTarget(docname, anchor.toString());
                                  });
}

Bookmark MainWindow::proposeBookmark(const QString &docname, const QString &anchor) const
{
    Bookmark b;
    const Project::Document *doc = m_project ? m_project->document(docname) : nullptr;
    if (!doc)
        return b;
    // The page's own title section is the page itself.
    QString target = anchor;
    if (const Node *first = doc->skeleton->findFirst(u"section"); first && first->ids.value(0) == target)
        target.clear();
    const auto info = describeTarget(*m_project, docname, target);
    if (!info)
        return b;
    b.tree = m_project->root();
    b.treeTitle = m_project->title();
    b.docname = docname;
    b.anchor = info->anchor;
    b.section = info->title;
    b.context = info->context;
    b.title = info->anchor.isEmpty() || info->title == doc->title ? doc->title
                                                                  : tr("%1 — %2").arg(info->title, doc->title);
    return b;
}

qint64 MainWindow::bookmarkTarget(const QString &docname, const QString &anchor)
{
    const Bookmark proposal = proposeBookmark(docname, anchor);
    if (proposal.docname.isEmpty())
        return 0;
    return bookmarkPanel()->addWithDialog(proposal);
}

Landing MainWindow::openBookmark(const Bookmark &bookmark, bool newTab)
{
    Landing landing;
    if (!m_project || bookmark.tree != m_project->root() || m_project->isFirstPageOnly()) {
        const auto cannot = [this, bookmark](const QString &error) {
            QMessageBox::warning(this, tr("Cannot open bookmark"),
                                 tr("“%1” belongs to %2, which cannot be opened: %3")
                                     .arg(bookmark.title, bookmark.tree, error));
        };
        const auto land = [this, bookmark, newTab] { openBookmark(bookmark, newTab); };
        if (!m_project || bookmark.tree != m_project->root() || !isOpening())
            openTree(bookmark.tree == u":/manual" ? QStringLiteral(":/manual") : bookmark.tree, {}, cannot, land);
        else // its tree's first pages are up and the rest is being read: it lands once it is
            m_pendingOpen->opened = land;
        landing.kind = Landing::Kind::Opening;
        return landing;
    }
    landing = locate(*m_project, bookmark);
    const auto go = [this, newTab](const SectionInfo &where) {
        if (newTab)
            m_tabs->openTab(SchemeHandler::pageUrl(where.docname, where.anchor), true);
        else
            showDocument(where.docname, where.anchor);
        focusPage();
    };
    const auto retarget = [this, bookmark](const SectionInfo &where) {
        Bookmark moved = bookmark;
        moved.docname = where.docname;
        moved.anchor = where.anchor;
        moved.section = where.title;
        moved.context = where.context;
        bookmarkPanel()->retarget(moved);
    };
    switch (landing.kind) {
    case Landing::Kind::Exact:
        go(landing.target);
        break;
    case Landing::Kind::Moved:
        go(landing.target);
        retarget(landing.target);
        statusBar()->showMessage(tr("“%1” has moved; the bookmark now points to its new place").arg(bookmark.title), 8000);
        break;
    case Landing::Kind::Missing: {
        // Never land somewhere else silently: say what is gone and let the reader choose.
        QMessageBox box(QMessageBox::Warning, tr("Bookmark target not found"),
                        tr("The section “%1” of %2 is no longer there.").arg(bookmark.section, bookmark.docname),
                        QMessageBox::Cancel, this);
        QPushButton *nearest = nullptr, *move = nullptr, *page = nullptr;
        if (landing.nearest) {
            box.setInformativeText(tr("The closest match is “%1” in %2.").arg(landing.nearest->title, landing.nearest->docname));
            nearest = box.addButton(tr("Go to Closest Match"), QMessageBox::AcceptRole);
            move = box.addButton(tr("Go There and Update Bookmark"), QMessageBox::AcceptRole);
        } else {
            box.setInformativeText(tr("Nothing similar was found in this tree."));
        }
        if (m_project->document(bookmark.docname))
            page = box.addButton(tr("Open the Page"), QMessageBox::AcceptRole);
        box.setObjectName(QStringLiteral("bookmarkNotFound"));
        box.exec();
        if (box.clickedButton() == nearest && nearest) {
            go(*landing.nearest);
        } else if (box.clickedButton() == move && move) {
            go(*landing.nearest);
            retarget(*landing.nearest);
        } else if (box.clickedButton() == page && page) {
            go(SectionInfo{bookmark.docname, {}, {}, {}});
        }
        break;
    }
    case Landing::Kind::Opening: // returned above
        break;
    }
    return landing;
}

} // namespace Docent
