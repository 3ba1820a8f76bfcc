#include "sitewriter.h"

#include "pagerenderer.h"

#include "doctree/node.h"
#include "sphinx/indices.h"
#include "sphinx/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

namespace Docent {
namespace {

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit())
        return true;
    *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
    return false;
}

// The tree's files a page's images and figures show, as paths relative to the root; images
// elsewhere (a URL, outside the tree) are left where they are.
void collectImages(const Project &project, const QString &docname, QSet<QString> &images)
{
    const Project::Document *d = project.document(docname);
    const QDir root(project.root());
    const QString docDir = QFileInfo(d->path).absolutePath();
    project.doctree(docname)->forEach([&](const Node &n) {
        if (!n.is(u"image"))
            return;
        const QString uri = n.attribute(QStringLiteral("uri"));
        if (uri.isEmpty() || QUrl(uri).isRelative() == false)
            return;
        const QString file = QDir::cleanPath(docDir + u'/' + QUrl::fromPercentEncoding(uri.toUtf8()));
        const QString relative = root.relativeFilePath(file);
        if (!relative.startsWith(QStringLiteral("../")) && QFileInfo(file).isFile())
            images.insert(relative);
    });
}

} // namespace

SiteReport writeSite(const Project &project, const QString &dir)
{
    SiteReport report;
    const PageRenderer renderer(project);
    QSet<QString> images;
    for (const QString &docname : project.docnames()) {
        const QString html = renderer.page(docname, PageMode::Site);
        if (!writeFile(dir + u'/' + docname + QStringLiteral(".html"), html.toUtf8(), &report.error))
            return report;
        ++report.pages;
        collectImages(project, docname, images);
    }
    for (const char16_t *index : {kGenIndexDoc, kModIndexDoc}) {
        const QString docname = QString::fromUtf16(index);
        if (!renderer.hasPage(docname))
            continue; // a document of the tree has that name
        if (!writeFile(dir + u'/' + docname + QStringLiteral(".html"), renderer.page(docname, PageMode::Site).toUtf8(),
                       &report.error))
            return report;
        ++report.pages;
    }
    for (const QString &relative : std::as_const(images)) {
        const QString target = dir + u'/' + relative;
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (QFile::copy(project.root() + u'/' + relative, target))
            ++report.images;
    }
    return report;
}

} // namespace Docent
