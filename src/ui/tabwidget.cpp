#include "tabwidget.h"

#include "pageview.h"
#include "webpage.h"

#include <QTabBar>

#include <algorithm>

namespace Docent {

TabWidget::TabWidget(QWebEngineProfile *profile, QWidget *parent) : QTabWidget(parent), m_profile(profile)
{
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setAccessibleName(tr("Pages"));
    addTab(createPage(), tr("New Tab"));
    tabBar()->setAutoHide(true); // one page needs no tab bar
    connect(this, &QTabWidget::tabCloseRequested, this, &TabWidget::closeTab);
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (PageView *page = currentPage())
            Q_EMIT currentPageChanged(page);
    });
}

TabWidget::~TabWidget()
{
    // The pages go now, while the profile is sure to be there, and quietly: nothing is current.
    const QSignalBlocker quiet(this);
    while (count())
        delete widget(0);
}

PageView *TabWidget::currentPage() const { return qobject_cast<PageView *>(currentWidget()); }

PageView *TabWidget::page(int index) const { return qobject_cast<PageView *>(widget(index)); }

PageView *TabWidget::createPage()
{
    auto *page = new PageView(m_profile, this);
    static_cast<WebPage *>(page->page())->newTabPage = [this] { return openTab({}, false)->page(); };
    page->setZoomFactor(m_zoom);
    // Each signal is relayed when its page is the current one.
    const auto relay = [this, page](auto signal) {
        return [this, page, signal](auto... args) {
            if (page == currentPage())
                Q_EMIT(this->*signal)(args...);
        };
    };
    connect(page, &QWebEngineView::urlChanged, this, relay(&TabWidget::urlChanged));
    connect(page, &QWebEngineView::loadStarted, this, relay(&TabWidget::loadStarted));
    connect(page, &QWebEngineView::loadFinished, this, relay(&TabWidget::loadFinished));
    connect(page, &QWidget::customContextMenuRequested, this, relay(&TabWidget::contextMenuRequested));
    connect(page, &QWebEngineView::titleChanged, this, [this, page](const QString &title) {
        const int i = indexOf(page);
        if (i >= 0)
            setTabText(i, title.size() > 40 ? title.left(39) + QStringLiteral("…") : title);
    });
    return page;
}

PageView *TabWidget::openTab(const QUrl &url, bool activate)
{
    PageView *page = createPage();
    const int index = insertTab(currentIndex() + 1, page, tr("New Tab"));
    if (!url.isEmpty())
        page->setUrl(url);
    if (activate)
        setCurrentIndex(index);
    return page;
}

void TabWidget::closeTab(int index)
{
    if (count() <= 1)
        return;
    PageView *closing = page(index);
    if (!closing)
        return;
    // A blank page is nothing to come back to; a browser keeps a few dozen, so does Docent.
    if (!closing->url().isEmpty() && closing->url() != QUrl(QStringLiteral("about:blank"))) {
        m_closed.append({closing->url(), index, closing->scrollY()});
        if (m_closed.size() > 25)
            m_closed.removeFirst();
    }
    removeTab(index);
    delete closing;
}

bool TabWidget::reopenClosedTab()
{
    if (m_closed.isEmpty())
        return false;
    const ClosedTab tab = m_closed.takeLast();
    PageView *page = createPage();
    const int index = insertTab(std::min(tab.index, count()), page, tr("New Tab"));
    page->scrollOnLoad(tab.scrollY);
    page->setUrl(tab.url);
    setCurrentIndex(index);
    return true;
}

void TabWidget::setZoom(qreal factor)
{
    m_zoom = factor;
    for (int i = 0; i < count(); ++i)
        page(i)->setZoomFactor(factor);
}

} // namespace Docent
