#include "project.h"

#include "html/htmlwriter.h"
#include "rst/parser.h"
#include "rst/registry.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Docent {
namespace {

constexpr qint64 kMaxSourceBytes = 16 * 1024 * 1024;

QString cleanDocname(QString name)
{
    if (name.endsWith(QStringLiteral(".rst")))
        name.chop(4);
    name = QDir::cleanPath(name);
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    return name;
}

QString dirOf(const QString &docname)
{
    const qsizetype slash = docname.lastIndexOf(u'/');
    return slash < 0 ? QString() : docname.left(slash);
}

bool excluded(const QString &relative, const QStringList &patterns)
{
    for (const QString &p : patterns) {
        const auto re = QRegularExpression::fromWildcard(p, Qt::CaseSensitive, QRegularExpression::UnanchoredWildcardConversion);
        if (QRegularExpression(QRegularExpression::anchoredPattern(re.pattern())).match(relative).hasMatch() ||
            relative.startsWith(p + u'/'))
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> Project::readText(const QString &path, QString *error)
{
    QFile f(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = QStringLiteral("%1: no such file or folder").arg(path);
        return std::nullopt;
    }
    if (info.size() > kMaxSourceBytes) {
        if (error)
            *error = QStringLiteral("%1: too large to open (%2 MB; the limit is %3 MB)")
                         .arg(path)
                         .arg(info.size() / (1024 * 1024))
                         .arg(kMaxSourceBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot be read (%2)").arg(path, f.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = f.readAll();
    if (bytes.contains('\0')) {
        if (error)
            *error = QStringLiteral("%1: is a binary file, not reStructuredText").arg(path);
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Old trees are sometimes Latin-1; read them rather than refuse them.
        text = QString::fromLatin1(bytes);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

std::optional<Project> Project::open(const QString &pathIn, QString *error)
{
    const QFileInfo info(pathIn);
    if (!info.exists()) {
        if (error)
            *error = QStringLiteral("%1: no such file or folder").arg(pathIn);
        return std::nullopt;
    }
    const bool isResource = pathIn.startsWith(u':');
    QString openedFile;
    QString dir;
    if (info.isDir()) {
        dir = isResource ? QDir::cleanPath(pathIn) : info.canonicalFilePath();
    } else {
        openedFile = isResource ? QDir::cleanPath(pathIn) : info.canonicalFilePath();
        dir = info.absolutePath();
        if (!isResource)
            dir = QFileInfo(dir).canonicalFilePath();
        QString probe;
        if (!readText(openedFile, &probe)) {
            if (error)
                *error = probe;
            return std::nullopt;
        }
    }
    if (!isResource && !info.isReadable()) {
        if (error)
            *error = QStringLiteral("%1: permission denied").arg(pathIn);
        return std::nullopt;
    }
    // The root: the nearest folder with conf.py, looking upwards.
    Project p;
    p.m_root = dir;
    for (QDir d(dir);;) {
        if (d.exists(QStringLiteral("conf.py"))) {
            p.m_root = isResource ? QDir::cleanPath(d.path()) : d.canonicalPath();
            break;
        }
        if (!d.cdUp())
            break;
    }
    if (QFileInfo::exists(p.m_root + QStringLiteral("/conf.py")))
        p.m_conf = ConfFacts::read(p.m_root + QStringLiteral("/conf.py"));

    // A lone file outside any Sphinx project is a project of one document.
    const bool loneFile = !openedFile.isEmpty() && !QFileInfo::exists(p.m_root + QStringLiteral("/conf.py"));
    if (loneFile) {
        const QString name = QFileInfo(openedFile).completeBaseName();
        p.m_conf.rootDoc = name;
        p.loadDocument(name, openedFile);
        p.m_order << name;
        p.m_startDoc = name;
        return p;
    }

    QDirIterator it(p.m_root, {QStringLiteral("*.rst")}, QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    const QDir rootDir(p.m_root);
    for (const QString &file : std::as_const(files)) {
        const QString rel = rootDir.relativeFilePath(file);
        if (rel.startsWith(QStringLiteral("_build/")) || rel.startsWith(u'.') || rel.contains(QStringLiteral("/.")) ||
            excluded(rel, p.m_conf.excludePatterns))
            continue;
        const QString docname = cleanDocname(rel);
        p.loadDocument(docname, file);
        if (p.m_documents.contains(docname))
            p.m_order << docname;
    }
    if (p.m_order.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: contains no readable .rst files").arg(pathIn);
        return std::nullopt;
    }
    if (!p.m_documents.contains(p.m_conf.rootDoc))
        p.m_conf.rootDoc = p.m_order.contains(QStringLiteral("index")) ? QStringLiteral("index") : p.m_order.first();
    p.m_startDoc = openedFile.isEmpty() ? p.m_conf.rootDoc : p.docnameForPath(openedFile);
    if (p.m_startDoc.isEmpty())
        p.m_startDoc = p.m_conf.rootDoc;
    return p;
}

void Project::loadDocument(const QString &docname, const QString &path)
{
    QString err;
    const auto text = readText(path, &err);
    if (!text) {
        m_problems << err;
        return;
    }
    Document d;
    d.docname = docname;
    d.path = path;
    d.doctree = std::shared_ptr<Node>(parseRst(*text, path, Registry::sphinx()));
    if (const Node *section = d.doctree->findFirst(u"section"))
        if (section->childCount() && section->child(0)->is(u"title"))
            d.title = section->child(0)->astext();
    if (d.title.isEmpty())
        d.title = docname;
    const QString base = dirOf(docname);
    d.doctree->forEach([&](const Node &n) {
        if (!n.is(u"toctree"))
            return;
        const bool glob = n.hasAttribute(QStringLiteral("glob"));
        for (const auto &e : n.children()) {
            const QString target = e->attribute(QStringLiteral("target"));
            if (target == u"self" || target.contains(QStringLiteral("://")))
                continue;
            const QString joined = target.startsWith(u'/') ? target : (base.isEmpty() ? target : base + u'/' + target);
            if (glob && (target.contains(u'*') || target.contains(u'?') || target.contains(u'['))) {
                d.toctree << QStringLiteral("glob:") + cleanDocname(joined);
                continue;
            }
            d.toctree << cleanDocname(joined);
        }
    });
    m_documents.insert(docname, std::move(d));
}

const Project::Document *Project::document(const QString &docname) const
{
    auto it = m_documents.constFind(docname);
    return it == m_documents.cend() ? nullptr : &*it;
}

QString Project::title() const
{
    if (!m_conf.project.isEmpty())
        return m_conf.project;
    if (const Document *d = document(m_conf.rootDoc))
        return d->title;
    return QFileInfo(m_root).fileName();
}

QString Project::resolveDoc(const QString &fromDoc, const QString &target) const
{
    QString t = target.trimmed();
    if (t.isEmpty())
        return {};
    const QString base = dirOf(fromDoc);
    const QString joined = t.startsWith(u'/') ? t : (base.isEmpty() ? t : base + u'/' + t);
    const QString name = cleanDocname(joined);
    if (name.startsWith(QStringLiteral("..")))
        return {};
    return m_documents.contains(name) ? name : QString();
}

QString Project::docnameForPath(const QString &path) const
{
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it)
        if (it->path == path)
            return it.key();
    return {};
}

void Project::buildToc(const QString &docname, TocNode &node, QSet<QString> &seen) const
{
    const Document *d = document(docname);
    node.docname = docname;
    node.title = d ? d->title : docname;
    if (!d)
        return;
    for (const QString &entry : d->toctree) {
        QStringList targets;
        if (entry.startsWith(QStringLiteral("glob:"))) {
            const auto re = QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                entry.mid(5), QRegularExpression::DefaultWildcardConversion));
            for (const QString &n : m_order)
                if (re.match(n).hasMatch() && n != docname)
                    targets << n;
        } else {
            targets << entry;
        }
        for (const QString &t : std::as_const(targets)) {
            if (seen.contains(t) || !m_documents.contains(t))
                continue;
            seen.insert(t);
            TocNode child;
            buildToc(t, child, seen);
            node.children.push_back(std::move(child));
        }
    }
}

Project::TocNode Project::tocTree() const
{
    TocNode root;
    QSet<QString> seen{m_conf.rootDoc};
    buildToc(m_conf.rootDoc, root, seen);
    return root;
}

QString Project::relativeHref(const QString &fromDoc, const QString &toDoc)
{
    const QStringList from = dirOf(fromDoc).split(u'/', Qt::SkipEmptyParts);
    const QStringList to = toDoc.split(u'/', Qt::SkipEmptyParts);
    qsizetype common = 0;
    while (common < from.size() && common < to.size() - 1 && from[common] == to[common])
        ++common;
    QString href;
    for (qsizetype i = common; i < from.size(); ++i)
        href += QStringLiteral("../");
    href += to.mid(common).join(u'/') + QStringLiteral(".html");
    return href;
}

QString Project::pageHtml(const QString &docname, const QString &stylesheetHref) const
{
    const Document *d = document(docname);
    if (!d)
        return {};
    HtmlOptions o;
    o.title = d->title;
    o.stylesheetHref = stylesheetHref;
    o.resolveDoc = [this, docname](const QString &target) {
        const QString name = resolveDoc(docname, target);
        if (name.isEmpty())
            return DocLink{};
        return DocLink{relativeHref(docname, name), document(name)->title};
    };
    return HtmlWriter::page(*d->doctree, o);
}

} // namespace Docent
