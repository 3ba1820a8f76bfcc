#include "treeurl.h"

#include <QDir>
#include <QFileInfo>

namespace Docent {
namespace {

constexpr QByteArrayView kSvg = "image/svg+xml";

// Image types a browser draws without running anything; SVG is an image only inside an <img>.
bool isRasterImage(QByteArrayView mime)
{
    static constexpr QByteArrayView raster[] = {"image/png",  "image/jpeg", "image/gif",
                                                "image/webp", "image/bmp",  "image/avif",
                                                "image/apng", "image/x-icon", "image/vnd.microsoft.icon"};
    for (const QByteArrayView type : raster) {
        if (mime == type)
            return true;
    }
    return false;
}

TreeUrl answer(TreeUrl::Kind kind, const QString &name = {})
{
    TreeUrl result;
    result.kind = kind;
    result.name = name;
    return result;
}

} // namespace

TreeUrl TreeUrl::resolve(const QUrl &url, const QString &root, const std::function<bool(const QString &)> &isDocument)
{
    if (url.scheme() != QLatin1String(scheme))
        return answer(Kind::NotFound);
    const QString host = url.host();
    if (host == u"app")
        return answer(Kind::AppFile, url.path());
    if (root.isEmpty() || (host != u"tree" && host != u"book"))
        return answer(Kind::NotFound);
    if (host == u"book")
        return answer(Kind::Book);
    if (const QString docname = docnameOf(url); !docname.isEmpty() && isDocument(docname))
        return answer(Kind::Page, docname);

    // A file of the tree (an image, say): only inside the root, after resolving links and "..".
    const QString relative = QDir::cleanPath(url.path()).mid(1);
    if (relative.isEmpty() || relative == u".." || relative.startsWith(QStringLiteral("../")) ||
        relative.contains(QChar(0)))
        return answer(Kind::Denied);
    // A tree at a drive's root ("C:/") or the file system's has its slash already.
    const QString inside = root.endsWith(u'/') ? root : root + u'/';
    const QString candidate = inside + relative;
    const QFileInfo info(candidate);
    // Resources have no links: the cleaned path is the real one.
    const QString real = root.startsWith(u':') ? QDir::cleanPath(candidate) : info.canonicalFilePath();
    if (real.isEmpty() || !info.isFile())
        return answer(Kind::NotFound);
    if (!real.startsWith(inside) || info.size() > maxFileBytes)
        return answer(Kind::Denied);
    return answer(Kind::File, real);
}

QString TreeUrl::docnameOf(const QUrl &url)
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

TreeUrl::Destination TreeUrl::destinationFrom(const QByteArray &headerValue)
{
    if (headerValue == "document")
        return Destination::Document;
    if (headerValue == "image")
        return Destination::Image;
    if (headerValue == "stylesheet")
        return Destination::Stylesheet;
    return Destination::Other;
}

QByteArray TreeUrl::headerValue(Destination destination)
{
    switch (destination) {
    case Destination::Document:
        return "document";
    case Destination::Image:
        return "image";
    case Destination::Stylesheet:
        return "stylesheet";
    case Destination::Other:
        break;
    }
    return "other";
}

TreeUrl::FileReply TreeUrl::fileReply(const QByteArray &mime, Destination destination)
{
    FileReply reply;
    if (mime == kSvg || isRasterImage(mime)) {
        if (destination == Destination::Document)
            reply.imageViewer = true;
        else
            reply.mime = destination == Destination::Image || mime != kSvg ? mime : QByteArray("text/plain");
        return reply;
    }
    // Anything that could run script in the page's origin (HTML, JavaScript) is plain text.
    reply.mime = mime == "text/css" ? mime : QByteArray("text/plain");
    return reply;
}

} // namespace Docent
