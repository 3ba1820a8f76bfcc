// The window's pages, one a tab. It makes and owns them and relays the signals of the current
// one, so the window follows whichever page is in front without tracking tabs itself.
#pragma once

#include <QList>
#include <QTabWidget>
#include <QUrl>

class QWebEngineProfile;

namespace Docent {

class PageView;

class TabWidget final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TabWidget)
public:
    /// Starts with one (blank) page; the pages use `profile`, which must outlive them.
    explicit TabWidget(QWebEngineProfile *profile, QWidget *parent = nullptr);
    ~TabWidget() override;

    PageView *currentPage() const;
    PageView *page(int index) const;
    /// Opens `url` (none: a blank page) in a new tab after the current one; `activate` brings it
    /// to the front.
    PageView *openTab(const QUrl &url, bool activate);
    /// Closes the tab at `index`, unless it is the last: the window always shows a page. Its
    /// page and scroll position are kept for reopenClosedTab().
    void closeTab(int index);
    /// Opens the tab closed last again, where it was, with its place (Ctrl+Shift+T); false when
    /// no closed tab is left.
    bool reopenClosedTab();

    qreal zoom() const { return m_zoom; }
    /// Zooms every page, and the pages still to come.
    void setZoom(qreal factor);

Q_SIGNALS:
    void currentPageChanged(Docent::PageView *page);
    // Of the current page only.
    void urlChanged(const QUrl &url);
    void loadStarted();
    void loadFinished(bool ok);
    void contextMenuRequested(const QPoint &pos);

private:
    PageView *createPage();

    struct ClosedTab {
        QUrl url;
        int index = 0;
        int scrollY = 0;
    };
    QWebEngineProfile *m_profile;
    qreal m_zoom = 1.0;
    QList<ClosedTab> m_closed; ///< the newest last
};

} // namespace Docent
