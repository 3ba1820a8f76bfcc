// Serves docent:// URLs to the web view: rendered pages and files of the open tree, nothing else.
#pragma once

#include "desktop/treeurl.h"

#include <QWebEngineUrlSchemeHandler>

#include <functional>
#include <memory>

namespace Docent {

class Project;
struct BookSpec;

class SchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemeHandler)
public:
    static constexpr const char *scheme = TreeUrl::scheme;
    /// Must run before the QApplication exists.
    static void registerScheme();
    /// docent://tree/<docname>.html
    static QUrl pageUrl(const QString &docname, const QString &anchor = {});
    /// docent://book/print.html?title=...&doc=a&doc=b: several pages as one, for printing.
    static QUrl bookUrl(const BookSpec &book);
    /// The docname of a page URL, or empty.
    static QString docnameOf(const QUrl &url);

    explicit SchemeHandler(QObject *parent = nullptr);
    void setProject(std::shared_ptr<const Project> project) { m_project = std::move(project); }
    /// CSS served after the page theme (the reader's font size and theme, pagestyle.h).
    void setPageStyle(const QString &css) { m_pageStyle = css.toUtf8(); }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    std::shared_ptr<const Project> m_project;
    QByteArray m_pageStyle;
};

} // namespace Docent
