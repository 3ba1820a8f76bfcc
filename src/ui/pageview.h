// One page of the window (a tab): the web view with what the window keeps for it, such as how
// far it is scrolled, and what the window does to it.
#pragma once

#include <QWebEngineView>

#include <optional>

class QWebEngineProfile;

namespace Docent {

class PageView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageView)
public:
    explicit PageView(QWebEngineProfile *profile, QWidget *parent = nullptr);

    /// The page of the tree shown, empty for anything else (a blank page, an image).
    QString docname() const;

    /// How far the page was scrolled when last asked (the window polls it), for the session.
    int scrollY() const { return m_scrollY; }
    void noteScroll(int y) { m_scrollY = y; }
    /// Scrolls to `y` once the page now being loaded is there (a session coming back).
    void scrollOnLoad(int y) { m_scrollOnLoad = y; }

    /// Loads an empty page, which starts the web engine's renderer before the first real page is
    /// asked for (a tree is being read meanwhile).
    void warmUp();
    /// Shows `url`. Asked for while the empty page loads, it waits for that load, which would
    /// otherwise cancel it and leave the page blank.
    void open(const QUrl &url);

    /// Puts freshly rendered content into the page without reloading it (the scroll position
    /// and the images stay); a page that cannot take it (still loading) is loaded afresh.
    void replaceArticle(const QString &html, const QString &title);

private:
    void onLoadFinished(bool ok);

    bool m_warmUpAsked = false; ///< warmUp() called, its load not started yet
    bool m_warmingUp = false;   ///< the empty page is loading
    QUrl m_afterWarmUp;         ///< what open() asked for meanwhile
    int m_scrollY = 0;
    std::optional<int> m_scrollOnLoad;
};

} // namespace Docent
