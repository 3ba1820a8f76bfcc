// libFuzzer target: what a docent:// URL names. The input is taken as a whole URL and as the path
// of a docent://tree URL, over a tree folder with a page, files, and links that lead out of it (to
// a file and a folder beside it). Whatever the URL, a file it is served as lies inside the tree,
// and no file of the tree goes out as something that can run script unless an image asked for it.
// Built only with -DDOCENT_FUZZ=ON; see README.md.
#include "desktop/treeurl.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using Docent::TreeUrl;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort(); // the fuzzer's own folder must be writable, or nothing is tested
    f.write(data);
}

void link(const QString &target, const QString &path)
{
    if (!QFile::link(target, path))
        std::abort();
}

struct Folders {
    QString root;    ///< canonical, as the project gives it
    QString outside; ///< canonical; nothing in it may be served
};

// Made once per run, in memory where the system offers it, and removed at its end.
const Folders &folders()
{
    static QTemporaryDir scratch((QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath()) +
                                 QStringLiteral("/docent-fuzz-scheme-XXXXXX"));
    static const Folders made = [] {
        if (!scratch.isValid())
            std::abort();
        const QString base = scratch.path();
        QDir().mkpath(base + QStringLiteral("/tree/img"));
        QDir().mkpath(base + QStringLiteral("/outside/deeper"));
        write(base + QStringLiteral("/tree/index.rst"), "Index\n=====\n");
        write(base + QStringLiteral("/tree/img/a.png"), "\x89PNG\r\n\x1a\n");
        write(base + QStringLiteral("/tree/img/d.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><script>x()</script></svg>");
        write(base + QStringLiteral("/tree/notes.txt"), "notes");
        write(base + QStringLiteral("/tree/page.html"), "<script>x()</script>");
        write(base + QStringLiteral("/outside/secret.txt"), "secret");
        write(base + QStringLiteral("/outside/deeper/secret.svg"), "<svg/>");
        link(base + QStringLiteral("/outside/secret.txt"), base + QStringLiteral("/tree/file-out"));
        link(QStringLiteral("../outside"), base + QStringLiteral("/tree/dir-out"));
        link(QStringLiteral("img/a.png"), base + QStringLiteral("/tree/inside-link.png"));
        link(QStringLiteral("."), base + QStringLiteral("/tree/self"));
        return Folders{QFileInfo(base + QStringLiteral("/tree")).canonicalFilePath(),
                       QFileInfo(base + QStringLiteral("/outside")).canonicalFilePath()};
    }();
    return made;
}

bool isDocument(const QString &docname) { return docname == u"index" || docname == u"guide/intro"; }

void check(const QUrl &url)
{
    const Folders &f = folders();
    const TreeUrl target = TreeUrl::resolve(url, f.root, isDocument);
    switch (target.kind) {
    case TreeUrl::Kind::File: {
        const QFileInfo info(target.name);
        if (!target.name.startsWith(f.root + u'/') || target.name.startsWith(f.outside + u'/') || !info.isFile() ||
            info.canonicalFilePath() != target.name)
            std::abort();
        break;
    }
    case TreeUrl::Kind::Page:
        if (!isDocument(target.name))
            std::abort();
        break;
    case TreeUrl::Kind::AppFile:
    case TreeUrl::Kind::Book:
        if (url.scheme() != QLatin1String(TreeUrl::scheme))
            std::abort();
        break;
    case TreeUrl::Kind::NotFound:
    case TreeUrl::Kind::Denied:
        break;
    }
    // With no tree open, nothing of a tree is served.
    const TreeUrl::Kind noTree = TreeUrl::resolve(url, QString(), isDocument).kind;
    if (noTree == TreeUrl::Kind::File || noTree == TreeUrl::Kind::Page || noTree == TreeUrl::Kind::Book)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    check(QUrl(QString::fromUtf8(bytes)));
    QUrl tree;
    tree.setScheme(QLatin1String(TreeUrl::scheme));
    tree.setHost(QStringLiteral("tree"));
    tree.setPath(u'/' + QString::fromUtf8(bytes), QUrl::DecodedMode);
    check(tree);
    // An SVG (or anything but a raster image) never goes out as an image unless an image asked.
    for (const QByteArray &mime : {QByteArray("image/svg+xml"), QByteArray("text/html"), bytes.left(32)}) {
        for (const TreeUrl::Destination d : {TreeUrl::Destination::Document, TreeUrl::Destination::Image,
                                             TreeUrl::Destination::Stylesheet, TreeUrl::Destination::Other}) {
            const TreeUrl::FileReply reply = TreeUrl::fileReply(mime, d);
            if (reply.imageViewer ? d != TreeUrl::Destination::Document : reply.mime.isEmpty())
                std::abort(); // a page of ours only for a page request; otherwise a type
            if (reply.mime == "image/svg+xml" ? d != TreeUrl::Destination::Image
                                               : reply.mime.contains("html") || reply.mime.contains("script") ||
                                                     reply.mime.contains("xml"))
                std::abort();
        }
    }
    return 0;
}
