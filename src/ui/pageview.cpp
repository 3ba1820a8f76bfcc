#include "pageview.h"

#include "pagescripts.h"
#include "schemehandler.h"
#include "webpage.h"

#include <QPointer>
#include <QWebEngineScript>
#include <QWebEngineSettings>

#include <utility>

namespace Docent {

PageView::PageView(QWebEngineProfile *profile, QWidget *parent) : QWebEngineView(parent)
{
    setPage(new WebPage(profile, this));
    settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    setAccessibleName(tr("Page"));
    setContextMenuPolicy(Qt::CustomContextMenu); // the window's menu, with its own entries
    connect(this, &QWebEngineView::loadStarted, this, [this] { m_warmingUp = std::exchange(m_warmUpAsked, false); });
    connect(this, &QWebEngineView::loadFinished, this, &PageView::onLoadFinished);
}

QString PageView::docname() const { return SchemeHandler::docnameOf(url()); }

void PageView::replaceArticle(const QString &html, const QString &title)
{
    // No answer at all (an invalid value) comes when the page is being destroyed: then there is
    // nothing to load again.
    const QPointer<PageView> self(this);
    page()->runJavaScript(PageScripts::call("replaceArticle", {html, title}), QWebEngineScript::ApplicationWorld,
                          [self](const QVariant &done) {
                              if (!self || !done.isValid() || done.toBool())
                                  return;
                              // Still loading, or not a page of ours: loaded afresh. Not reload(),
                              // which during the first load goes back to the empty page before it.
                              self->setUrl(self->url());
                          });
}

void PageView::warmUp()
{
    m_warmUpAsked = true;
    setUrl(QUrl(QStringLiteral("about:blank")));
}

void PageView::open(const QUrl &url)
{
    if (m_warmingUp) {
        m_afterWarmUp = url;
        return;
    }
    m_warmUpAsked = false; // not loading yet: this page takes the empty one's place
    setUrl(url);
}

void PageView::onLoadFinished(bool ok)
{
    if (std::exchange(m_warmingUp, false)) {
        if (m_afterWarmUp.isValid())
            setUrl(std::exchange(m_afterWarmUp, QUrl()));
        return;
    }
    if (!ok || !m_scrollOnLoad)
        return;
    page()->runJavaScript(PageScripts::call("scrollTo", {*m_scrollOnLoad}), QWebEngineScript::ApplicationWorld);
    m_scrollOnLoad.reset();
}

} // namespace Docent
