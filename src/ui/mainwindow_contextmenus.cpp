// MainWindow's context menus: of the section tree (open in a tab, bookmark, print or export a
// part as one book) and of the page (the web view's own entries, and bookmarking the section
// clicked).
#include "mainwindow.h"

#include "navigation/bookselection.h"
#include "icons.h"
#include "pagescripts.h"
#include "printing.h"
#include "schemehandler.h"
#include "sectiontreemodel.h"

#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QWebEngineScript>

namespace Docent {

void MainWindow::showTreeContextMenu(const QPoint &pos)
{
    const QModelIndex proxyIndex = m_tree->indexAt(pos);
    const QModelIndex index = m_filtered->mapToSource(proxyIndex);
    if (!index.isValid())
        return;
    const QString docname = index.data(SectionTreeModel::DocnameRole).toString();
    const QString anchor = index.data(SectionTreeModel::AnchorRole).toString();
    const BookSpec book = bookFor(*m_model->node(index));
    QMenu menu(this);
    menu.addAction(tr("Open in New &Tab"), this,
                   [this, docname, anchor] { m_tabs->openTab(SchemeHandler::pageUrl(docname, anchor), true); });
    menu.addAction(themedIcon(QStringLiteral("bookmark-new")), tr("&Bookmark…"), this,
                   [this, docname, anchor] { bookmarkTarget(docname, anchor); });
    menu.addSeparator();
    const QString count = tr("%n page(s)", nullptr, int(book.docnames.size()));
    auto bookAction = [&](const QString &icon, const QString &text, Printing::Action action) {
        menu.addAction(themedIcon(icon), text.arg(count), this, [this, book, action] {
            BookSpec translated = book;
            translated.contentsHeading = tr("Contents");
            m_printing->runBook(action, translated);
        });
    };
    bookAction(QStringLiteral("document-print"), tr("&Print This Part (%1)…"), Printing::Action::Print);
    bookAction(QStringLiteral("document-print-preview"), tr("Print Pre&view of This Part (%1)…"), Printing::Action::Preview);
    bookAction(QStringLiteral("document-export"), tr("&Export This Part as PDF (%1)…"), Printing::Action::ExportPdf);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::showPageContextMenu(const QPoint &pos)
{
    PageView *page = view();
    QMenu *menu = page->createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString docname = currentDocname();
    if (docname.isEmpty() || !m_project) {
        menu->popup(page->mapToGlobal(pos));
        return;
    }
    // Which section the click was in comes from the page; the menu waits for the answer.
    const qreal zoom = page->zoomFactor();
    page->page()->runJavaScript(PageScripts::sectionAt(pos.x() / zoom, pos.y() / zoom), QWebEngineScript::ApplicationWorld,
                                [this, menu, page, pos, docname](const QVariant &result) {
                                    const QString anchor = result.toString();
                                    menu->addSeparator();
                                    menu->addAction(themedIcon(QStringLiteral("bookmark-new")),
                                                    tr("Bookmark This Section…"), this,
                                                    [this, docname, anchor] { bookmarkTarget(docname, anchor); });
                                    menu->popup(page->mapToGlobal(pos));
                                });
}

} // namespace Docent
