#include "schemehandler.h"
#include "pages/pagerenderer.h"

#include "desktop/treeurl.h"
#include "html/appfiles.h"
#include "pages/book.h"
#include "html/htmlwriter.h"
#include "sphinx/project.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrlQuery>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace Docent {
namespace {

void reply(QWebEngineUrlRequestJob *job, const QByteArray &mime, const QByteArray &data)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    job->reply(mime, buffer);
}

// An image of the tree opened as a page (a link to it, an image's :target:) is shown inside this
// page, where it is only an image: an SVG's script never runs, and neither can anything else here.
QByteArray imageViewerHtml(const QUrl &imageUrl, const QString &title)
{
    const QString src = QString::fromLatin1(imageUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded());
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "img-src docent:; style-src 'unsafe-inline'\">\n"
                          "<meta name=\"color-scheme\" content=\"light dark\">\n<title>%1</title>\n"
                          "<style>body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center}"
                          "img{max-width:100%;height:auto}</style>\n"
                          "</head><body><img src=\"%2\" alt=\"%1\"></body></html>\n")
        .arg(title.toHtmlEscaped(), src.toHtmlEscaped())
        .toUtf8();
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

QString SchemeHandler::docnameOf(const QUrl &url) { return TreeUrl::docnameOf(url); }

SchemeHandler::SchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent) {}

void SchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const TreeUrl target = TreeUrl::resolve(url, m_project ? m_project->root() : QString(),
                                            [this](const QString &docname) { return PageRenderer(*m_project).hasPage(docname); });
    switch (target.kind) {
    case TreeUrl::Kind::AppFile:
        // Docent's own files only (theme, page script, KaTeX), by name; never a file of the tree.
        if (const auto file = AppFiles::read(target.name))
            return reply(job, file->mime, target.name == u"/theme.css" ? file->data + m_pageStyle : file->data);
        return job->fail(QWebEngineUrlRequestJob::UrlNotFound);
    case TreeUrl::Kind::Book: {
        const QUrlQuery query(url);
        BookSpec book;
        book.title = query.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded);
        book.contentsHeading = query.queryItemValue(QStringLiteral("contents"), QUrl::FullyDecoded);
        book.docnames = query.allQueryItemValues(QStringLiteral("doc"), QUrl::FullyDecoded);
        return reply(job, "text/html", bookHtml(*m_project, book, PageMode::InApp).toUtf8());
    }
    case TreeUrl::Kind::Page:
        return reply(job, "text/html", PageRenderer(*m_project).page(target.name, PageMode::InApp).toUtf8());
    case TreeUrl::Kind::NotFound:
        return job->fail(QWebEngineUrlRequestJob::UrlNotFound);
    case TreeUrl::Kind::Denied:
        return job->fail(QWebEngineUrlRequestJob::RequestDenied);
    case TreeUrl::Kind::File:
        break;
    }
    QFile f(target.name);
    if (!f.open(QIODevice::ReadOnly))
        return job->fail(QWebEngineUrlRequestJob::RequestDenied);
    // What asked for the file decides its form: no file of the tree ever runs script.
    const TreeUrl::FileReply form =
        TreeUrl::fileReply(QMimeDatabase().mimeTypeForFile(QFileInfo(target.name)).name().toLatin1(),
                           TreeUrl::destinationFrom(job->requestHeaders().value(TreeUrl::destinationHeader)));
    if (form.imageViewer)
        return reply(job, "text/html", imageViewerHtml(url, QFileInfo(target.name).fileName()));
    reply(job, form.mime, f.readAll());
}

} // namespace Docent
