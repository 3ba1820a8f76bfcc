#include "project.h"

#include "transforms/transforms.h"
#include "rst/parselimits.h"
#include "rst/parser.h"
#include "rst/registry.h"
#include "rst/sphinxregistry.h"
#include "docnames.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <functional>

namespace Docent {
namespace {

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

namespace {
// How many files and folders a file's own folder may hold to be read as its tree.
constexpr int kLoneFolderBudget = 5000;
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

std::optional<QString> Project::readPage(const QString &root, const QString &path, QString *error)
{
    // A page that is a link (or lies under a linked folder) is read only where it really lies
    // inside the tree: a hostile tree's "passwd.rst -> /etc/passwd" is not shown. The same rule
    // as for included files; the built-in manual (":/...") has no links.
    if (!root.startsWith(u':')) {
        const QString real = QFileInfo(path).canonicalFilePath();
        const QString inside = root.endsWith(u'/') ? root : root + u'/';
        if (!real.isEmpty() && !(real + u'/').startsWith(inside)) {
            if (error)
                *error = QStringLiteral("%1: is a link to %2, outside the documentation tree %3; Docent does not "
                                        "read it (open %2 itself to read it)")
                             .arg(path, real, root);
            return std::nullopt;
        }
    }
    return readText(path, error);
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
        // The file as named (a link stays a link, so that its page is the one shown), in its
        // folder's real path, which is how the tree's scan below names it too.
        dir = info.absolutePath();
        if (!isResource)
            dir = QFileInfo(dir).canonicalFilePath();
        openedFile = isResource ? QDir::cleanPath(pathIn) : dir + u'/' + info.fileName();
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
    if (!openedFile.isEmpty()) {
        QString probe;
        if (!readPage(p.m_root, openedFile, &probe)) {
            if (error)
                *error = probe;
            return std::nullopt;
        }
    }

    // A file outside any Sphinx project: its folder is the root, so its neighbours and :doc:
    // links work, unless the folder is too big to be a documentation folder (a home folder, say);
    // then the file is a project of one document.
    bool loneFile = false;
    if (!openedFile.isEmpty() && !QFileInfo::exists(p.m_root + QStringLiteral("/conf.py"))) {
        int entries = 0;
        QDirIterator scan(p.m_root, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (scan.hasNext() && entries <= kLoneFolderBudget) {
            scan.next();
            ++entries;
        }
        loneFile = entries > kLoneFolderBudget || isResource;
        if (!loneFile && !QFileInfo::exists(p.m_root + u'/' + p.m_conf.rootDoc + QStringLiteral(".rst")))
            p.m_conf.rootDoc = QFileInfo(openedFile).completeBaseName();
    }
    if (loneFile) {
        const QString name = QFileInfo(openedFile).completeBaseName();
        p.m_conf.rootDoc = name;
        p.loadDocument(name, openedFile);
        p.m_order << name;
        p.m_startDoc = p.m_openedDoc = name;
        if (Document *d = p.m_documents.contains(name) ? &p.m_documents[name] : nullptr)
            p.m_inventory.addDocument(name, *d->doctree);
        p.renumber();
        p.resolveReferences();
        return p;
    }

    // conf.py's source_suffix decides which files are documents (".rst" by default; only
    // reStructuredText ones: a ".md" suffix needs a parser Docent does not have).
    QStringList patterns;
    for (const QString &suffix : std::as_const(p.m_conf.sourceSuffixes))
        if (suffix.startsWith(u'.') && suffix != u".md")
            patterns << u'*' + suffix;
    if (patterns.isEmpty())
        patterns << QStringLiteral("*.rst");
    QDirIterator it(p.m_root, patterns, QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    const QDir rootDir(p.m_root);
    // Read everything first: the registry needs to know which extension roles and directives the
    // tree uses before the first document is parsed.
    struct Source {
        QString docname, path, text;
    };
    std::vector<Source> sources;
    QStringList texts;
    for (const QString &file : std::as_const(files)) {
        const QString rel = rootDir.relativeFilePath(file);
        if (rel.startsWith(QStringLiteral("_build/")) || rel.startsWith(u'.') || rel.contains(QStringLiteral("/.")) ||
            excluded(rel, p.m_conf.excludePatterns))
            continue;
        QString err;
        const auto text = readPage(p.m_root, file, &err);
        if (!text) {
            p.m_loadErrors.insert(file, err);
            continue;
        }
        QString docname = rel;
        for (const QString &suffix : std::as_const(p.m_conf.sourceSuffixes))
            if (docname.endsWith(suffix)) {
                docname.chop(suffix.size());
                break;
            }
        sources.push_back({cleanDocname(docname), file, *text});
        texts << *text;
    }
    p.buildRegistry(texts);
    for (const Source &src : sources) {
        p.loadDocument(src.docname, src.path, src.text);
        p.m_order << src.docname;
    }
    for (const QString &docname : std::as_const(p.m_order))
        p.m_inventory.addDocument(docname, *p.m_documents[docname].doctree);
    if (p.m_order.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: contains no readable .rst files").arg(pathIn);
        return std::nullopt;
    }
    if (!p.m_documents.contains(p.m_conf.rootDoc))
        p.m_conf.rootDoc = p.m_order.contains(QStringLiteral("index")) ? QStringLiteral("index") : p.m_order.first();
    p.renumber();
    p.resolveReferences();
    p.m_openedDoc = openedFile.isEmpty() ? QString() : p.docnameForPath(openedFile);
    p.m_startDoc = p.m_openedDoc.isEmpty() ? p.m_conf.rootDoc : p.m_openedDoc;
    return p;
}

void Project::loadDocument(const QString &docname, const QString &path)
{
    QString err;
    const auto text = readPage(m_root, path, &err);
    if (!text) {
        m_loadErrors.insert(path, err);
        return;
    }
    loadDocument(docname, path, *text);
}

void Project::buildRegistry(const QStringList &texts)
{
    auto reg = std::make_shared<Registry>(Registry::sphinx());
    // literalinclude may read files of this tree only
    registerSphinxCodeDirectives(*reg, m_root);
    // Directives that read files (include, raw and csv-table's :file:) may read inside the tree
    // only: a page must not show /etc/passwd. Sphinx reads "/path" in include relative to the
    // tree root, not the file system's.
    const QString root = m_root;
    auto insideTree = [root](const DirectiveCall &call, const QString &written, const QString &shown) {
        if (written.startsWith(u'<') || root.startsWith(u':'))
            return; // a docutils standard include, or the built-in manual
        // a path may be split over lines; the include directive joins them the same way
        QString joined;
        for (const QString &part : written.split(u'\n'))
            joined += part.trimmed();
        const QString path = QDir::cleanPath(QDir(directiveBaseDirectory(call.state)).absoluteFilePath(joined));
        const QString canonical = QFileInfo(path).canonicalFilePath();
        const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
        if (!canonical.isEmpty() && !(canonical + u'/').startsWith(canonicalRoot + u'/'))
            throw DirectiveError{QStringLiteral("File \"%1\" is outside the documentation tree; Docent does not read it")
                                     .arg(shown),
                                 2};
    };
    if (const DirectiveSpec *include = reg->directive(QStringLiteral("include"))) {
        DirectiveSpec spec = *include;
        const auto run = include->run;
        spec.run = [run, root, insideTree](DirectiveCall &call) {
            const QString written = call.arguments.value(0).trimmed();
            if (written.startsWith(u'/'))
                call.arguments.first() = root + call.arguments.first();
            if (!call.arguments.isEmpty())
                insideTree(call, call.arguments.first().trimmed(), written);
            return run(call);
        };
        reg->addDirective(QStringLiteral("include"), spec);
    }
    for (const char *name : {"raw", "csv-table"}) {
        const DirectiveSpec *original = reg->directive(QLatin1String(name));
        if (!original)
            continue;
        DirectiveSpec spec = *original;
        const auto run = original->run;
        spec.run = [run, insideTree](DirectiveCall &call) {
            if (call.hasOption(QStringLiteral("file")))
                insideTree(call, call.options.value(QStringLiteral("file")).trimmed(),
                           call.options.value(QStringLiteral("file")).trimmed());
            return run(call);
        };
        reg->addDirective(QLatin1String(name), spec);
    }
    for (auto it = m_conf.extlinks.cbegin(); it != m_conf.extlinks.cend(); ++it)
        reg->addRole(it.key(), sphinxExternalLinkRole(it->first, it->second));
    // openstackdocstheme: ":neutron-doc:`Title <admin/x.html>`" links into that project's docs
    for (const QString &project : std::as_const(m_conf.openstackProjects))
        reg->addRole(project.toLower() + QStringLiteral("-doc"),
                     sphinxExternalLinkRole(QStringLiteral("https://docs.openstack.org/%1/latest/").arg(project) +
                                                QStringLiteral("%s"),
                                            QString()));
    m_registry = std::move(reg);
    for (const QString &text : texts)
        addPlaceholders(text);
}

void Project::addPlaceholders(const QString &text)
{
    // Roles and directives of extensions Docent does not have: placeholders, never errors.
    static const QRegularExpression directiveRe(QStringLiteral("^[ \\t]*\\.\\.[ \\t]+([A-Za-z0-9_.:+-]+)::"),
                                                QRegularExpression::MultilineOption);
    static const QRegularExpression roleRe(QStringLiteral("(?<![\\w`]):([A-Za-z0-9_.+-]+(?::[A-Za-z0-9_.+-]+)*):`"));
    for (auto it = directiveRe.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1).toLower();
        if (!m_registry->directive(name))
            m_registry->addDirective(name, sphinxPlaceholderDirective());
    }
    for (auto it = roleRe.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1).toLower();
        if (name.contains(u':') && !m_registry->role(name))
            m_registry->addRole(name, sphinxDomainRole());
    }
}

void Project::loadDocument(const QString &docname, const QString &path, const QString &text)
{
    if (!m_registry)
        buildRegistry({text});
    Document d;
    d.docname = docname;
    d.path = path;
    // conf.py's rst_prolog and rst_epilog wrap every document, as Sphinx does; the prolog's lines
    // are taken off again so messages and anchors keep the file's own line numbers.
    QString source = text;
    int shift = 0;
    if (!m_conf.rstProlog.trimmed().isEmpty()) {
        source = m_conf.rstProlog + QStringLiteral("\n\n") + text;
        shift = int(m_conf.rstProlog.count(u'\n')) + 2;
    }
    if (!m_conf.rstEpilog.trimmed().isEmpty())
        source += QStringLiteral("\n\n") + m_conf.rstEpilog + u'\n';
    d.doctree = std::shared_ptr<Node>(parseRst(source, path, *m_registry));
    if (shift) {
        std::function<void(Node &)> unshift = [&](Node &n) {
            n.setLine(n.line() > shift ? n.line() - shift : 0);
            if (n.is(u"system_message") && n.hasAttribute(QStringLiteral("line"))) {
                const int l = n.attribute(QStringLiteral("line")).toInt();
                n.setAttribute(QStringLiteral("line"), QString::number(l > shift ? l - shift : 0));
            }
            for (const auto &c : n.children())
                unshift(*c);
        };
        unshift(*d.doctree);
    }
    for (const TransformIssue &issue : applyDocutilsTransforms(*d.doctree, globalSubstitutions()))
        d.transformProblems.append({Problem::Severity::Error, docname, path, issue.line, issue.kind, issue.message});
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
            if (isGlobEntry(glob, target)) {
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

QHash<QString, QString> Project::globalSubstitutions() const
{
    return {{QStringLiteral("version"), m_conf.version},
            {QStringLiteral("release"), m_conf.release},
            {QStringLiteral("today"), QDate::currentDate().toString(QStringLiteral("MMM dd, yyyy"))}};
}

void Project::resolveReferences()
{
    for (auto it = m_documents.begin(); it != m_documents.end(); ++it) {
        Document &d = it.value();
        d.referenceProblems.clear();
        std::function<void(Node &, bool)> walk = [&](Node &n, bool hidden) {
            if (n.is(u"pending_xref")) {
                const XrefResolution r = m_xrefResolvers.resolve(*this, d.docname, n);
                r.writeTo(n);
                // Unresolved: an error; shown as written for a reason Sphinx warns about: a warning.
                // Content an `only` directive leaves out of the build is not reported.
                if (!hidden && r.state != XrefResolution::State::Link && (r.state == XrefResolution::State::Unresolved || !r.reason.isEmpty()))
                    d.referenceProblems.append(
                        {r.state == XrefResolution::State::Text ? Problem::Severity::Warning : Problem::Severity::Error,
                         d.docname, d.path, n.line(), QStringLiteral("reference"),
                         QStringLiteral(":%1:`%2`: %3").arg(n.attribute(QStringLiteral("reftype")),
                                                           n.attribute(QStringLiteral("reftarget")), r.reason)});
            }
            const bool hideChildren = hidden || (n.is(u"only") && n.attribute(QStringLiteral("shown")) == u"False");
            for (const auto &c : n.children())
                if (!c->isText())
                    walk(*c, hideChildren);
        };
        walk(*d.doctree, false);
    }
}

QString Project::docnameForPath(const QString &path) const
{
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it)
        if (it->path == path)
            return it.key();
    return {};
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
    href += urlPath(to.mid(common).join(u'/')) + QStringLiteral(".html");
    return href;
}


} // namespace Docent

namespace Docent {




QStringList Project::entryDocs(const QString &ownerDoc, const QString &target, bool glob) const
{
    if (isGlobEntry(glob, target)) {
        const QString base = dirOf(ownerDoc);
        const QString joined = cleanDocname(target.startsWith(u'/') ? target : (base.isEmpty() ? target : base + u'/' + target));
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(joined));
        QStringList names;
        for (const QString &n : m_order)
            if (n != ownerDoc && re.match(n).hasMatch())
                names << n;
        return names;
    }
    const QString name = resolveDoc(ownerDoc, target);
    return name.isEmpty() ? QStringList() : QStringList{name};
}

QStringList Project::toctreeDocs(const QString &ownerDoc, const Node &toctree) const
{
    QStringList out;
    const bool glob = toctree.hasAttribute(QStringLiteral("glob"));
    for (const auto &e : toctree.children()) {
        const QString target = e->attribute(QStringLiteral("target"));
        if (target == u"self" || target.contains(QStringLiteral("://")))
            continue;
        out += entryDocs(ownerDoc, target, glob);
    }
    if (toctree.hasAttribute(QStringLiteral("reversed")))
        std::reverse(out.begin(), out.end());
    return out;
}

void Project::renumber()
{
    Numbering::Input in;
    in.rootDoc = m_conf.rootDoc;
    in.docnames = m_order;
    in.doctree = [this](const QString &docname) {
        const Document *d = document(docname);
        return d ? d->doctree.get() : nullptr;
    };
    in.entries = [this](const QString &owner, const Node &toctree) { return toctreeDocs(owner, toctree); };
    in.numfig = m_conf.numfig;
    in.secnumDepth = m_conf.numfigSecnumDepth;
    m_numbering = Numbering::compute(in);
}



void Project::reloadDocument(const QString &docname)
{
    const Document *old = document(docname);
    if (!old)
        return;
    const QString path = old->path;
    QString err;
    const auto text = readPage(m_root, path, &err);
    if (!text) {
        // The page keeps its last good doctree, and with it its labels.
        m_loadErrors.insert(path, err);
        return;
    }
    m_loadErrors.remove(path);
    m_inventory.removeDocument(docname);
    addPlaceholders(*text);
    loadDocument(docname, path, *text);
    m_inventory.addDocument(docname, *m_documents[docname].doctree);
    renumber(); // numbers run across documents, and the old doctree's nodes are gone
    resolveReferences(); // any page may point at a label, title or number that changed
}

} // namespace Docent
