#include "schemehandler.h"

#include "html/appfiles.h"
#include "sphinx/book.h"
#include "sphinx/project.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrlQuery>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace Docent {
namespace {

constexpr qint64 kMaxServedBytes = 64 * 1024 * 1024;

void reply(QWebEngineUrlRequestJob *job, const QByteArray &mime, const QByteArray &data)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    job->reply(mime, buffer);
}

} // namespace

void SchemeHandler::registerScheme()
{
    QWebEngineUrlScheme s(scheme);
    s.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    s.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalAccessAllowed | QWebEngineUrlScheme::CorsEnabled);
    QWebEngineUrlScheme::registerScheme(s);
}

QUrl SchemeHandler::pageUrl(const QString &docname, const QString &anchor)
{
    QUrl url;
    url.setScheme(QLatin1String(scheme));
    url.setHost(QStringLiteral("tree"));
    url.setPath(u'/' + docname + QStringLiteral(".html"));
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

QUrl SchemeHandler::bookUrl(const BookSpec &book)
{
    QUrl url;
    url.setScheme(QLatin1String(scheme));
    url.setHost(QStringLiteral("book"));
    url.setPath(QStringLiteral("/print.html"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("title"), book.title);
    query.addQueryItem(QStringLiteral("contents"), book.contentsHeading);
    for (const QString &docname : book.docnames)
        query.addQueryItem(QStringLiteral("doc"), docname);
    url.setQuery(query);
    return url;
}

QString SchemeHandler::docnameOf(const QUrl &url)
{
    if (url.scheme() != QLatin1String(scheme) || url.host() != u"tree")
        return {};
    QString path = url.path();
    if (!path.endsWith(QStringLiteral(".html")))
        return {};
    path.chop(5);
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    return path;
}

SchemeHandler::SchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent) {}

void SchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (url.host() == u"app") {
        // Docent's own files only (theme, page script, KaTeX), by name; never a file of the tree.
        if (const auto file = AppFiles::read(url.path()))
            return reply(job, file->mime, file->data);
        return job->fail(QWebEngineUrlRequestJob::UrlNotFound);
    }
    if (url.host() == u"book" && m_project) {
        const QUrlQuery query(url);
        BookSpec book;
        book.title = query.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded);
        book.contentsHeading = query.queryItemValue(QStringLiteral("contents"), QUrl::FullyDecoded);
        book.docnames = query.allQueryItemValues(QStringLiteral("doc"), QUrl::FullyDecoded);
        return reply(job, "text/html", bookHtml(*m_project, book, QStringLiteral("docent://app/theme.css")).toUtf8());
    }
    if (url.host() != u"tree" || !m_project)
        return job->fail(QWebEngineUrlRequestJob::UrlNotFound);
    const QString docname = docnameOf(url);
    if (!docname.isEmpty() && m_project->document(docname))
        return reply(job, "text/html", m_project->pageHtml(docname, QStringLiteral("docent://app/theme.css")).toUtf8());

    // A file of the tree (an image, say): only inside the root, after resolving links and "..".
    const QString relative = QDir::cleanPath(url.path()).mid(1);
    if (relative.isEmpty() || relative.startsWith(QStringLiteral("..")))
        return job->fail(QWebEngineUrlRequestJob::RequestDenied);
    const QString root = m_project->root();
    const QString candidate = root + u'/' + relative;
    const QFileInfo info(candidate);
    const QString real = root.startsWith(u':') ? QDir::cleanPath(candidate) : info.canonicalFilePath();
    if (real.isEmpty() || !info.isFile())
        return job->fail(QWebEngineUrlRequestJob::UrlNotFound);
    if (!real.startsWith(root + u'/'))
        return job->fail(QWebEngineUrlRequestJob::RequestDenied);
    if (info.size() > kMaxServedBytes)
        return job->fail(QWebEngineUrlRequestJob::RequestDenied);
    QFile f(real);
    if (!f.open(QIODevice::ReadOnly))
        return job->fail(QWebEngineUrlRequestJob::RequestDenied);
    // Anything that could run script in the page's origin (HTML, JavaScript) is served as plain text.
    QByteArray mime = QMimeDatabase().mimeTypeForFile(info).name().toLatin1();
    if (!mime.startsWith("image/") && mime != "text/css")
        mime = "text/plain";
    reply(job, mime, f.readAll());
}

} // namespace Docent
