#include "project.h"

#include "html/htmlwriter.h"
#include "rst/parselimits.h"
#include "rst/parser.h"
#include "rst/registry.h"
#include "rst/sphinxregistry.h"
#include "graphviz.h"

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

QString cleanDocname(QString name)
{
    if (name.endsWith(QStringLiteral(".rst")))
        name.chop(4);
    name = QDir::cleanPath(name);
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    return name;
}

// A file or document name as a relative URL: the characters a URL gives a meaning of its own
// ('%' escapes, '#' starts the fragment, '?' the query) are escaped, the rest stays readable.
QString urlPath(const QString &path)
{
    QString out;
    out.reserve(path.size());
    for (const QChar c : path) {
        if (c == u'%')
            out += QStringLiteral("%25");
        else if (c == u'#')
            out += QStringLiteral("%23");
        else if (c == u'?')
            out += QStringLiteral("%3F");
        else
            out += c;
    }
    return out;
}

// A toctree entry under :glob: that is a pattern rather than a page name.
bool isGlobEntry(bool glob, const QString &target)
{
    return glob && (target.contains(u'*') || target.contains(u'?') || target.contains(u'['));
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

// numfig_format applied: "%s" or "{number}" takes the number, "{name}" the caption.
QString numberText(const QString &format, const QString &number, const QString &name)
{
    if (format.contains(QStringLiteral("{number}")) || format.contains(QStringLiteral("{name}")))
        return QString(format).replace(QStringLiteral("{number}"), number).replace(QStringLiteral("{name}"), name);
    return QString(format).replace(QStringLiteral("%s"), number);
}

// A toctree line's title with its section number, as Sphinx shows it: "2.1. Filters".
QString numbered(const QString &number, const QString &title)
{
    return number.isEmpty() ? title : number + QStringLiteral(". ") + title;
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
            p.m_problems << err;
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
    p.m_openedDoc = openedFile.isEmpty() ? QString() : p.docnameForPath(openedFile);
    p.m_startDoc = p.m_openedDoc.isEmpty() ? p.m_conf.rootDoc : p.m_openedDoc;
    return p;
}

void Project::loadDocument(const QString &docname, const QString &path)
{
    QString err;
    const auto text = readPage(m_root, path, &err);
    if (!text) {
        m_problems << err;
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
    href += urlPath(to.mid(common).join(u'/')) + QStringLiteral(".html");
    return href;
}

QString Project::pageHtml(const QString &docname, const QString &stylesheetHref) const
{
    const Document *d = document(docname);
    return d ? HtmlWriter::page(*d->doctree, htmlOptions(docname, stylesheetHref)) : QString();
}

QString Project::pageBody(const QString &docname) const
{
    const Document *d = document(docname);
    return d ? HtmlWriter::body(*d->doctree, htmlOptions(docname, {})) : QString();
}

HtmlOptions Project::htmlOptions(const QString &docname, const QString &stylesheetHref) const
{
    const Document *d = document(docname);
    HtmlOptions o;
    o.title = d->title;
    o.stylesheetHref = stylesheetHref;
    o.defaultLanguage = m_conf.highlightLanguage;
    o.todosInBuild = m_conf.todoIncludeTodos || !QFileInfo::exists(m_root + QStringLiteral("/conf.py"));
    o.resolveXref = [this, docname](const Node &xref) { return resolveXref(docname, xref); };
    o.expandToctree = [this, docname](const Node &toctree) { return toctreeItems(docname, toctree); };
    o.listTodos = [this, docname]() { return todoEntries(docname); };
    o.sectionNumber = [this](const Node &section) { return sectionNumber(section); };
    o.captionNumber = [this](const Node &n) { return captionNumber(n); };
    o.substitutions = {{QStringLiteral("version"), m_conf.version},
                       {QStringLiteral("release"), m_conf.release},
                       {QStringLiteral("today"), QDate::currentDate().toString(QStringLiteral("MMM dd, yyyy"))}};
    o.resolveDoc = [this, docname](const QString &target) {
        const QString name = resolveDoc(docname, target);
        if (name.isEmpty())
            return DocLink{};
        return DocLink{relativeHref(docname, name), document(name)->title, {}, false};
    };
    return o;
}

} // namespace Docent

namespace Docent {

DocLink Project::resolveXref(const QString &fromDoc, const Node &xref) const
{
    const QString type = xref.attribute(QStringLiteral("reftype"));
    const QString target = xref.attribute(QStringLiteral("reftarget"));
    const bool explicitTitle = xref.hasAttribute(QStringLiteral("refexplicit"));
    const QString shown = xref.astext();
    auto link = [&](const QString &docname, const QString &anchor, const QString &title) {
        DocLink l;
        l.href = (docname == fromDoc ? QString() : relativeHref(fromDoc, docname)) +
                 (anchor.isEmpty() ? QString() : u'#' + anchor);
        if (l.href.isEmpty())
            l.href = relativeHref(fromDoc, docname);
        l.title = explicitTitle || title.isEmpty() ? shown : title;
        l.plain = xref.hasAttribute(QStringLiteral("refnolink"));
        return l;
    };
    auto fail = [&](const QString &reason) {
        DocLink l;
        l.title = shown;
        l.reason = reason;
        return l;
    };
    if (type == u"doc") {
        const QString name = resolveDoc(fromDoc, target);
        if (name.isEmpty())
            return fail(QStringLiteral("unknown document: %1").arg(target));
        return link(name, QString(), document(name)->title);
    }
    if (type == u"numref") {
        // Sphinx's std domain: the label's figure, table, code block or section by its number,
        // in numfig_format's words (or the reference's own text with %s / {number} / {name}).
        const QString key = normalizeName(target);
        const InventoryTarget *t = m_inventory.label(key);
        const QString name = t ? t->title : QString();
        if (!t)
            t = m_inventory.anonymousLabel(key);
        if (!t)
            return fail(QStringLiteral("undefined label: %1").arg(target));
        const QString figtype = t->node ? Numbering::figureType(*t->node) : QString();
        if (figtype.isEmpty())
            return fail(QStringLiteral("label %1 is not on a section, figure, table or code block, which :numref: numbers")
                            .arg(target));
        // Where Sphinx leaves the reference as written, without a link (and, with a reason, warns).
        auto asWritten = [&](const QString &reason) {
            DocLink l;
            l.title = shown;
            l.plain = true;
            l.reason = reason;
            return l;
        };
        if (figtype != u"section" && !m_conf.numfig)
            return asWritten(QStringLiteral("numfig is disabled in conf.py, so Sphinx ignores :numref:"));
        QString number;
        if (figtype == u"section") {
            if (!m_numbering.hasSectionNumbers(t->docname))
                return asWritten(QStringLiteral("no number is assigned for section %1 (its document is not under a "
                                                ":numbered: toctree)")
                                     .arg(target));
            number = Numbering::text(m_numbering.section(*t->node));
            if (number.isEmpty())
                return asWritten(QString()); // deeper than the toctree numbers: Sphinx says nothing
        } else {
            number = Numbering::text(m_numbering.figure(*t->node));
            if (number.isEmpty())
                return asWritten(QStringLiteral("no number is assigned for %1 %2 (it has no caption, or its document "
                                                "is not in the toctree)")
                                     .arg(figtype, target));
        }
        const QString format = explicitTitle ? shown : m_conf.numfigFormat.value(figtype);
        if (format.contains(QStringLiteral("{name}")) && name.isEmpty())
            return asWritten(QStringLiteral("the link has no caption: %1").arg(format));
        DocLink l = link(t->docname, t->anchor, QString());
        l.title = numberText(format, number, name);
        return l;
    }
    if (type == u"ref") {
        const QString key = normalizeName(target);
        // Sphinx's own pages; a reader of the sources has its own search and no generated index.
        if (key == u"genindex" || key == u"modindex" || key == u"search" || key == u"py-modindex") {
            DocLink l;
            l.title = shown;
            l.plain = true;
            return l;
        }
        if (const InventoryTarget *t = m_inventory.label(key))
            return link(t->docname, t->anchor, t->title);
        if (const InventoryTarget *t = m_inventory.anonymousLabel(key)) {
            if (explicitTitle)
                return link(t->docname, t->anchor, QString());
            return fail(QStringLiteral("label %1 has no title (it is not placed before a section, figure, table or "
                                       "captioned code block); give the reference an explicit title")
                            .arg(target));
        }
        return fail(QStringLiteral("undefined label: %1").arg(target));
    }
    if (type == u"term") {
        if (const InventoryTarget *t = m_inventory.term(target))
            return link(t->docname, t->anchor, QString());
        return fail(QStringLiteral("term not in glossary: %1").arg(target));
    }
    if (type == u"option") {
        // Sphinx's std domain: the option in the current program, then "prog sub --opt" forms.
        QString program = xref.attribute(QStringLiteral("std:program"));
        QString rest = target.trimmed();
        if (const InventoryTarget *t = m_inventory.option(program, rest))
            return link(t->docname, t->anchor, QString());
        for (const QString &needle : {QStringLiteral("="), QStringLiteral("[="), QStringLiteral(" ")}) {
            if (!rest.contains(needle))
                continue;
            if (const InventoryTarget *t = m_inventory.option(program, rest.section(needle, 0, 0)))
                return link(t->docname, t->anchor, QString());
        }
        static const QRegularExpression ws(QStringLiteral("\\s+"));
        QStringList commands;
        while (rest.contains(ws)) {
            const qsizetype split = rest.indexOf(ws);
            commands << rest.left(split);
            rest = rest.mid(split).trimmed();
            if (const InventoryTarget *t = m_inventory.option(commands.join(u'-'), rest))
                return link(t->docname, t->anchor, QString());
        }
        return fail(program.isEmpty() ? QStringLiteral("unknown option: %1").arg(target)
                                      : QStringLiteral("unknown option: %1 (program %2)").arg(target, program));
    }
    if (type == u"envvar") {
        if (const InventoryTarget *t = m_inventory.envvar(target))
            return link(t->docname, t->anchor, QString());
        DocLink l;
        l.title = shown;
        l.plain = true; // Sphinx shows undocumented variables as code, without a warning
        return l;
    }
    if (type == u"keyword") {
        DocLink l;
        l.title = shown;
        l.plain = true;
        return l;
    }
    if (type == u"download") {
        const QString docDir = QFileInfo(document(fromDoc) ? document(fromDoc)->path : m_root).absolutePath();
        const QString path = QDir::cleanPath(target.startsWith(u'/') ? m_root + target : docDir + u'/' + target);
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty())
            return fail(QStringLiteral("download file not found: %1").arg(target));
        if (!(canonical + u'/').startsWith(QFileInfo(m_root).canonicalFilePath() + u'/'))
            return fail(QStringLiteral("download file is outside the documentation tree: %1").arg(target));
        DocLink l;
        l.title = shown;
        l.href = urlPath(QDir(docDir).relativeFilePath(canonical));
        return l;
    }
    if (type == u"any") {
        const QString key = normalizeName(target);
        if (const InventoryTarget *t = m_inventory.label(key))
            return link(t->docname, t->anchor, t->title);
        const QString name = resolveDoc(fromDoc, target);
        if (!name.isEmpty())
            return link(name, QString(), document(name)->title);
        if (const InventoryTarget *t = m_inventory.term(target))
            return link(t->docname, t->anchor, QString());
        if (const InventoryTarget *t = m_inventory.option(xref.attribute(QStringLiteral("std:program")), target))
            return link(t->docname, t->anchor, QString());
        return fail(QStringLiteral("'any' reference target not found: %1").arg(target));
    }
    return fail(QStringLiteral("unknown reference type %1").arg(type));
}

QList<Problem> Project::problems() const
{
    QList<Problem> out;
    for (auto it = m_loadErrors.cbegin(); it != m_loadErrors.cend(); ++it)
        out.append({Problem::Severity::Error, QString(), it.key(), 0, QStringLiteral("load"), it.value()});
    for (const QString &docname : m_order) {
        const Document *d = document(docname);
        if (!d)
            continue;
        auto add = [&](Problem::Severity s, int line, const QString &kind, const QString &message) {
            out.append({s, docname, d->path, line, kind, message});
        };
        QSet<QString> substitutions{QStringLiteral("version"), QStringLiteral("release"), QStringLiteral("today")};
        QSet<QString> names; // what `name`_ references can point at
        d->doctree->forEach([&](const Node &n) {
            if (n.is(u"substitution_definition"))
                for (const QString &name : n.names)
                    substitutions << name << name.toLower();
            else if (!n.isText() && !n.is(u"reference"))
                for (const QString &name : n.names)
                    names << name;
        });
        std::function<void(const Node &, bool)> walk = [&](const Node &n, bool hidden) {
            if (n.isText())
                return;
            if (n.is(u"system_message")) {
                const int level = n.attribute(QStringLiteral("level")).toInt();
                if (level >= 2) {
                    const Node *text = n.childCount() ? n.child(0) : nullptr;
                    add(level >= 3 ? Problem::Severity::Error : Problem::Severity::Warning,
                        n.attribute(QStringLiteral("line")).toInt(), QStringLiteral("parser"),
                        (text ? text->astext() : QString()).simplified());
                }
                return;
            }
            if (n.is(u"pending_xref") && !hidden) {
                const DocLink l = resolveXref(docname, n);
                // unresolved: an error; shown as written for a reason Sphinx warns about: a warning
                if (l.href.isEmpty() && (!l.plain || !l.reason.isEmpty()))
                    add(l.plain ? Problem::Severity::Warning : Problem::Severity::Error, n.line(), QStringLiteral("reference"),
                        QStringLiteral(":%1:`%2`: %3").arg(n.attribute(QStringLiteral("reftype")),
                                                          n.attribute(QStringLiteral("reftarget")), l.reason));
            }
            if (n.is(u"reference") && n.hasAttribute(QStringLiteral("refname")) &&
                !names.contains(n.attribute(QStringLiteral("refname"))))
                add(Problem::Severity::Error, n.line(), QStringLiteral("reference"),
                    QStringLiteral("Unknown target name: \"%1\".").arg(n.attribute(QStringLiteral("refname"))));
            if (n.is(u"substitution_reference")) {
                const QString name = n.attribute(QStringLiteral("refname"));
                if (!substitutions.contains(name) && !substitutions.contains(name.toLower()))
                    add(Problem::Severity::Error, n.line(), QStringLiteral("substitution"),
                        QStringLiteral("Undefined substitution referenced: \"%1\".").arg(name));
            }
            if (n.is(u"docent_notice"))
                add(Problem::Severity::Notice, n.line(), QStringLiteral("notice"), n.astext());
            if (n.is(u"image") && !hidden) {
                // Images are served from the tree; one that is missing shows as a broken picture.
                const QString uri = n.attribute(QStringLiteral("uri"));
                if (!uri.contains(QStringLiteral("://")) && !uri.startsWith(QStringLiteral("data:"))) {
                    const QString path = QDir::cleanPath(uri.startsWith(u'/') ? m_root + uri
                                                                               : QFileInfo(d->path).absolutePath() + u'/' + uri);
                    if (!QFileInfo::exists(path) && !uri.endsWith(u'*'))
                        add(Problem::Severity::Warning, n.line(), QStringLiteral("image"),
                            QStringLiteral("image file not readable: %1").arg(uri));
                } else if (uri.contains(QStringLiteral("://"))) {
                    add(Problem::Severity::Notice, n.line(), QStringLiteral("image"),
                        QStringLiteral("remote image %1 is not loaded").arg(uri));
                }
            }
            if (n.is(u"toctree") && !hidden) {
                // Sphinx warns about an entry naming no document; so does Docent.
                const bool glob = n.hasAttribute(QStringLiteral("glob"));
                for (const auto &e : n.children()) {
                    const QString target = e->attribute(QStringLiteral("target"));
                    const bool pattern = isGlobEntry(glob, target);
                    if (target.isEmpty() || pattern || target == u"self" || target.contains(QStringLiteral("://")))
                        continue;
                    if (resolveDoc(docname, target).isEmpty())
                        add(Problem::Severity::Warning, e->line() ? e->line() : n.line(), QStringLiteral("toctree"),
                            QStringLiteral("toctree contains a reference to a missing document: %1").arg(target));
                }
            }
            if (n.is(u"placeholder"))
                add(Problem::Severity::Notice, n.line(), QStringLiteral("placeholder"),
                    QStringLiteral("directive %1 is generated at build time by a Sphinx extension; shown as a placeholder")
                        .arg(n.attribute(QStringLiteral("directive"))));
            if (n.is(u"literal") && n.hasAttribute(QStringLiteral("role")) && n.classes.contains(QStringLiteral("domain-role")))
                add(Problem::Severity::Notice, n.line(), QStringLiteral("role"),
                    QStringLiteral("role :%1: is not resolved by Docent; shown as code").arg(n.attribute(QStringLiteral("role"))));
            if (n.is(u"graphviz") && Graphviz::dotPath().isEmpty())
                add(Problem::Severity::Notice, n.line(), QStringLiteral("graphviz"),
                    QStringLiteral("Graphviz (dot) is not installed; the graph is shown as source"));
            const bool hideChildren = hidden || (n.is(u"only") && n.attribute(QStringLiteral("shown")) == u"False");
            for (const auto &c : n.children())
                walk(*c, hideChildren);
        };
        walk(*d->doctree, false);
    }
    for (const Problem &p : m_inventory.problems()) {
        Problem q = p;
        if (const Document *d = document(p.docname))
            q.file = d->path;
        out.append(q);
    }
    return out;
}


std::vector<TodoEntry> Project::todoEntries(const QString &fromDoc) const
{
    std::vector<TodoEntry> out;
    for (const QString &docname : m_order) {
        const Document *d = document(docname);
        d->doctree->forEach([&](const Node &n) {
            if (n.is(u"todo_node"))
                out.push_back({&n, (docname == fromDoc ? QString() : relativeHref(fromDoc, docname)) + u'#' + n.ids.value(0),
                               QStringLiteral("%1, line %2").arg(docname).arg(n.line())});
        });
    }
    return out;
}

std::vector<TocItem> Project::toctreeItems(const QString &fromDoc, const Node &toctree) const
{
    int maxDepth = toctree.attribute(QStringLiteral("maxdepth")).toInt();
    if (maxDepth <= 0)
        maxDepth = 32; // Sphinx's default is unlimited; the path check below stops cycles
    QStringList path{fromDoc};
    // the numbers are the project's (Numbering), the same as the headings of the pages show
    return tocEntries(fromDoc, fromDoc, toctree, 1, maxDepth, toctree.hasAttribute(QStringLiteral("titlesonly")), path);
}

std::vector<TocItem> Project::tocEntries(const QString &fromDoc, const QString &ownerDoc, const Node &toctree, int depth,
                                         int maxDepth, bool titlesOnly, QStringList &path) const
{
    std::vector<TocItem> items;
    const QString base = dirOf(ownerDoc);
    const bool glob = toctree.hasAttribute(QStringLiteral("glob"));
    for (const auto &e : toctree.children()) {
        const QString target = e->attribute(QStringLiteral("target"));
        const QString explicitTitle = e->attribute(QStringLiteral("title"));
        if (target.contains(QStringLiteral("://"))) {
            items.push_back({explicitTitle.isEmpty() ? target : explicitTitle, target, true, {}});
            continue;
        }
        if (target == u"self") {
            const Document *d = document(ownerDoc);
            items.push_back({explicitTitle.isEmpty() && d ? d->title : explicitTitle, relativeHref(fromDoc, ownerDoc), false, {}});
            continue;
        }
        const QStringList names = entryDocs(ownerDoc, target, glob);
        if (names.isEmpty()) {
            items.push_back({explicitTitle.isEmpty() ? target : explicitTitle, QString(), false, {}});
            continue;
        }
        for (const QString &name : names) {
            const Document *d = document(name);
            // the document's own title section stands for the entry; its contents are the children
            const Node *top = d->doctree->findFirst(u"section");
            TocItem item{numbered(top ? sectionNumber(*top) : QString(),
                                  explicitTitle.isEmpty() || names.size() > 1 ? d->title : explicitTitle),
                         relativeHref(fromDoc, name), false, {}};
            if (depth < maxDepth && !path.contains(name)) {
                path << name;
                item.children = tocChildren(fromDoc, name, top ? *top : *d->doctree, depth + 1, maxDepth, titlesOnly, path);
                path.removeLast();
            }
            items.push_back(std::move(item));
        }
    }
    if (toctree.hasAttribute(QStringLiteral("reversed")))
        std::reverse(items.begin(), items.end());
    return items;
}

std::vector<TocItem> Project::tocChildren(const QString &fromDoc, const QString &docname, const Node &node, int depth,
                                          int maxDepth, bool titlesOnly, QStringList &path) const
{
    std::vector<TocItem> items;
    if (depth > maxDepth)
        return items;
    for (const auto &c : node.children()) {
        if (c->isText())
            continue;
        if (c->is(u"section")) {
            if (titlesOnly) {
                // sections are left out, documents their toctrees list are kept
                std::vector<TocItem> docs = tocChildren(fromDoc, docname, *c, depth, maxDepth, titlesOnly, path);
                for (TocItem &i : docs)
                    items.push_back(std::move(i));
                continue;
            }
            std::vector<TocItem> sub = tocChildren(fromDoc, docname, *c, depth + 1, maxDepth, titlesOnly, path);
            const QString title = numbered(sectionNumber(*c), c->childCount() && c->child(0)->is(u"title") ? c->child(0)->astext()
                                                                                                     : QString());
            items.push_back({title, relativeHref(fromDoc, docname) + u'#' + c->ids.value(0), false, std::move(sub)});
        } else if (c->is(u"toctree")) {
            if (c->hasAttribute(QStringLiteral("hidden")))
                continue;
            for (TocItem &i : tocEntries(fromDoc, docname, *c, depth, maxDepth, titlesOnly, path))
                items.push_back(std::move(i));
        } else if (!(c->is(u"only") && c->attribute(QStringLiteral("shown")) == u"False")) {
            for (TocItem &i : tocChildren(fromDoc, docname, *c, depth, maxDepth, titlesOnly, path))
                items.push_back(std::move(i));
        }
    }
    return items;
}

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

QString Project::sectionNumber(const Node &section) const { return Numbering::text(m_numbering.section(section)); }

QString Project::captionNumber(const Node &n) const
{
    const Numbering::Number number = m_numbering.figure(n);
    if (number.isEmpty())
        return {};
    QString name;
    if (n.is(u"figure")) {
        if (const Node *caption = n.findFirst(u"caption"))
            name = caption->astext();
    } else if (n.is(u"table") && n.childCount() && n.child(0)->is(u"title")) {
        name = n.child(0)->astext();
    } else {
        name = n.attribute(QStringLiteral("caption"));
    }
    return numberText(m_conf.numfigFormat.value(Numbering::figureType(n)), Numbering::text(number), name);
}

QMap<QString, Project::ReferenceCount> Project::referenceCounts() const
{
    QMap<QString, ReferenceCount> counts;
    for (const QString &docname : m_order) {
        const Document *d = document(docname);
        d->doctree->forEach([&](const Node &n) {
            if (!n.is(u"pending_xref"))
                return;
            ReferenceCount &c = counts[n.attribute(QStringLiteral("reftype"))];
            ++c.total;
            const DocLink l = resolveXref(docname, n);
            if (!l.href.isEmpty() || l.plain)
                ++c.resolved;
        });
    }
    return counts;
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
}

} // namespace Docent
