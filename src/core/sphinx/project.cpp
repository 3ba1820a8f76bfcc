#include "project.h"

#include "transforms/transforms.h"
#include "rst/parser.h"
#include "rst/registry.h"
#include "docnames.h"
#include "doctree/freedmemory.h"
#include "openlocation_p.h"
#include "openprogress_p.h"
#include "orderedwork_p.h"
#include "projectextensions.h"
#include "readscope.h"
#include "skeleton_p.h"
#include "treefiles.h"
#include "treeregistry.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <thread>

namespace Docent {

// What a resolver reads of a pending_xref, kept for a document whose doctree the open released.
struct PendingReference {
    int serial;
    int line;
    bool hidden; ///< in content an `only` directive leaves out: resolved, not reported
    QString shown;
    std::vector<std::pair<QString, QString>> attributes;
};

namespace {

// Content an `only` directive leaves out of the build: its references are resolved, not reported.
bool hidesChildren(const Node &n)
{
    return n.is(u"only") && n.attribute(QStringLiteral("shown")) == u"False";
}

// What the resolve pass reads of each pending_xref under `n`, in document order.
void collectReferences(const Node &n, bool hidden, std::vector<PendingReference> &out)
{
    if (n.is(u"pending_xref"))
        out.push_back({n.serial(), n.line(), hidden, n.astext(), {n.attributes().begin(), n.attributes().end()}});
    hidden = hidden || hidesChildren(n);
    for (const auto &c : n.children())
        if (!c->isText())
            collectReferences(*c, hidden, out);
}

// Unresolved: an error; shown as written for a reason Sphinx warns about: a warning; a domain
// object not found: a notice (Sphinx's nitpicky mode). Resolved: nothing.
void noteReferenceProblem(QList<Problem> &problems, const Project::Document &d, const Node &xref, const XrefResolution &r)
{
    if (r.state == XrefResolution::State::Link || (r.state != XrefResolution::State::Unresolved && r.reason.isEmpty()))
        return;
    problems.append({r.state == XrefResolution::State::Text       ? Problem::Severity::Warning
                     : r.state == XrefResolution::State::NotFound ? Problem::Severity::Notice
                                                                  : Problem::Severity::Error,
                     d.docname, d.path, xref.line(), QStringLiteral("reference"),
                     QStringLiteral(":%1:`%2`: %3").arg(xref.attribute(QStringLiteral("reftype")),
                                                       xref.attribute(QStringLiteral("reftarget")), r.reason)});
}

} // namespace

std::optional<Project> Project::open(const QString &path, QString *error, const AllowedOutside &allowed,
                                     qint64 keptWhileOpening, const OpenProgress &progress)
{
    const std::optional<OpenLocation> request = locateOpenPath(path, error);
    if (!request)
        return std::nullopt;
    Project p;
    p.m_root = TreeFiles::findRoot(request->dir, request->isResource);
    p.m_scope = std::make_shared<ReadScope>(p.m_root, allowed ? allowed(p.m_root) : QStringList());
    const bool hasConf = QFileInfo::exists(p.m_root + QStringLiteral("/conf.py"));
    if (hasConf)
        p.m_conf = ConfFacts::read(p.m_root + QStringLiteral("/conf.py"));
    if (!request->file.isEmpty()) {
        if (!TreeFiles::readPage(p.m_root, request->file, error))
            return std::nullopt;
        // A file outside any Sphinx project: its folder is the root, so its neighbours and :doc:
        // links work, unless the folder is too big to be a documentation folder (a home folder,
        // say); then the file is a project of one document.
        if (!hasConf && (request->isResource || TreeFiles::tooBigForATree(p.m_root))) {
            OpenSteps steps(progress);
            steps.start(1);
            p.openLoneFile(request->file);
            steps.finish();
            return p;
        }
        if (!hasConf && !QFileInfo::exists(p.m_root + u'/' + p.m_conf.rootDoc + QStringLiteral(".rst")))
            p.m_conf.rootDoc = QFileInfo(request->file).completeBaseName();
    }
    OpenSteps steps(progress);
    if (const TreeRead read = p.readTree(keptWhileOpening, steps); read != TreeRead::Read) {
        if (error)
            *error = read == TreeRead::Cancelled ? QStringLiteral("cancelled")
                                                 : QStringLiteral("%1: contains no readable .rst files").arg(path);
        return std::nullopt;
    }
    p.m_openedDoc = request->file.isEmpty() ? QString() : p.docnameForPath(request->file);
    p.m_startDoc = p.m_openedDoc.isEmpty() ? p.m_conf.rootDoc : p.m_openedDoc;
    steps.finish();
    return p;
}

void Project::prepareReading()
{
    m_registry = makeTreeRegistry(m_root, m_conf, m_scope);
    for (const ProjectExtensions::ObjectType &t : ProjectExtensions::read(m_root, m_conf).objectTypes)
        m_xrefResolvers.addGenericObjectType(t.directive);
}

void Project::openLoneFile(const QString &file)
{
    const QString name = QFileInfo(file).completeBaseName();
    m_conf.rootDoc = name;
    loadDocument(name, file);
    m_order << name;
    m_startDoc = m_openedDoc = name;
    if (m_live.contains(name))
        m_inventory.addDocument(name, *m_live[name].doctree);
    renumber();
    resolveReferences();
    for (auto it = m_documents.begin(); it != m_documents.end(); ++it)
        makeSkeleton(*it, *m_live[it.key()].doctree);
}

Project::TreeRead Project::readTree(qint64 keptSource, OpenSteps &steps)
{
    // Read everything first: the registry needs to know which extension roles and directives the
    // tree uses before the first document is parsed.
    prepareReading();
    std::vector<std::pair<TreeFiles::SourceFile, QString>> sources;
    std::vector<TreeFiles::SourceFile> files = TreeFiles::documentFiles(m_root, m_conf);
    // Each document is read, parsed, resolved, and its skeleton made: four steps of about equal time.
    steps.start(int(files.size()) * 4);
    // The files are read and decoded on two threads as well; the registry learns of each one's
    // extension roles and directives on this thread, in the tree's order.
    struct FileRead {
        std::optional<QString> text;
        QString error;
    };
    TreeFiles::RealFolders folders;
    OrderedWork<FileRead> reads(
        int(files.size()),
        [&](int i) {
            FileRead r;
            r.text = TreeFiles::readPage(m_root, files[size_t(i)].path, &r.error, &folders);
            return r;
        },
        parsingThreads() - 1, kParsedAhead);
    for (TreeFiles::SourceFile &file : files) {
        if (steps.cancelled())
            return TreeRead::Cancelled;
        FileRead r = reads.take();
        if (!r.text) {
            m_loadErrors.insert(file.path, r.error);
            steps.advance(4); // nothing of it to parse or resolve
            continue;
        }
        addPlaceholders(*m_registry, *r.text);
        sources.emplace_back(std::move(file), std::move(*r.text));
        steps.advance();
    }
    // The documents are parsed on two threads, a few ahead of the one taken (so the doctrees in
    // memory stay few); each gives the inventory its targets as it is taken, in the tree's order
    // (so serials are as one thread gives them, and the first of two equal labels wins as before);
    // past the bound its doctree goes at once, and what numbering and the resolve pass need of it
    // stays: its skeleton and its references.
    struct Reading {
        Document document;
        Parsed parsed;
        qsizetype size = 0; ///< of its reST
    };
    OrderedWork<Reading> parses(
        int(sources.size()),
        [&](int i) {
            auto &[file, text] = sources[size_t(i)];
            Reading r;
            r.document.docname = file.docname;
            r.document.path = file.path;
            r.size = text.size();
            r.parsed = parseUnindexed(r.document, text);
            text = QString(); // read once: the text is not needed again
            return r;
        },
        parsingThreads() - 1, kParsedAhead);
    qint64 read = 0;
    std::vector<std::pair<QString, ReleasedReading>> released;
    for (size_t i = 0; i < sources.size(); ++i) {
        if (steps.cancelled())
            return TreeRead::Cancelled;
        Reading r = parses.take();
        const QString docname = r.document.docname;
        addDocument(std::move(r.document), std::move(r.parsed));
        m_order << docname;
        m_inventory.addDocument(docname, *m_live[docname].doctree);
        read += r.size;
        if (read > keptSource)
            released.emplace_back(docname, releaseFirstReading(docname));
        steps.advance();
        steps.documentRead(*this);
    }
    if (m_order.isEmpty())
        return TreeRead::Empty;
    if (!m_documents.contains(m_conf.rootDoc))
        m_conf.rootDoc = m_order.contains(QStringLiteral("index")) ? QStringLiteral("index") : m_order.first();
    renumber();
    m_linkInventories.load(m_root, m_conf, *m_scope);
    resolveReferences(&steps);
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (steps.cancelled())
            return TreeRead::Cancelled;
        makeSkeleton(m_documents[it.key()], *it->doctree);
        steps.advance();
    }
    // Each released document's references are resolved on its own, from tables that no longer
    // change: on two threads, as the parses were.
    std::vector<Document *> releasedDocuments;
    releasedDocuments.reserve(released.size());
    for (const auto &[docname, reading] : released)
        releasedDocuments.push_back(&m_documents[docname]); // found here: the hash does not change meanwhile
    OrderedWork<bool> resolves(
        int(released.size()),
        [&](int i) {
            resolveReleased(*releasedDocuments[size_t(i)], released[size_t(i)].second);
            released[size_t(i)].second = {};
            return true;
        },
        parsingThreads() - 1, kParsedAhead);
    for (size_t i = 0; i < released.size(); ++i) {
        if (steps.cancelled())
            return TreeRead::Cancelled;
        resolves.take();
        steps.advance(2);
    }
    if (!released.empty())
        returnFreedMemory(); // what the released readings held
    return TreeRead::Read;
}

Project::ReleasedReading Project::releaseFirstReading(const QString &docname)
{
    Document &d = m_documents[docname];
    const Node &doctree = *m_live[docname].doctree;
    ReleasedReading reading;
    collectReferences(doctree, false, reading.references);
    // Made from the unresolved doctree: numbering reads it as it is; the resolve pass writes onto
    // its copies of the references what it writes onto a full doctree's, which is all that a
    // skeleton made after resolving would hold differently. The skeleton is this Project's own,
    // made just now: writing into it is writing into nothing shared yet.
    makeSkeleton(d, doctree);
    d.skeleton->forEach([&](const Node &n) {
        if (n.is(u"pending_xref"))
            reading.inSkeleton.insert(n.serial(), const_cast<Node *>(&n));
    });
    const std::lock_guard lock(*m_liveMutex);
    m_live.remove(docname);
    m_liveOrder.removeAll(docname);
    return reading;
}

void Project::resolveReleased(Document &d, const ReleasedReading &reading)
{
    d.referenceProblems.clear();
    for (const PendingReference &ref : reading.references) {
        // A stand-in for the reference: all a resolver reads is its attributes, text and line.
        const std::unique_ptr<Node> xref = Node::element(QStringLiteral("pending_xref"), ref.line);
        for (const auto &[name, value] : ref.attributes)
            xref->setAttribute(name, value);
        xref->append(Node::text(ref.shown, ref.line));
        const XrefResolution r = m_xrefResolvers.resolve(*this, d.docname, *xref);
        if (Node *copy = reading.inSkeleton.value(ref.serial))
            r.writeTo(*copy);
        if (!ref.hidden)
            noteReferenceProblem(d.referenceProblems, d, *xref, r);
    }
}

void Project::loadDocument(const QString &docname, const QString &path)
{
    QString err;
    const auto text = TreeFiles::readPage(m_root, path, &err);
    if (!text) {
        m_loadErrors.insert(path, err);
        return;
    }
    loadDocument(docname, path, *text);
}

namespace {

// The one walk over a document after its transforms: serials for its elements, the docnames its
// toctrees list, and the nodes numbering and the resolve pass work on.
class DocumentIndexer
{
public:
    DocumentIndexer(Project::Document &d, std::vector<Node *> &xrefs, std::vector<Node *> &hiddenXrefs)
        : m_d(d), m_xrefs(xrefs), m_hiddenXrefs(hiddenXrefs), m_base(dirOf(d.docname)), m_serial(d.firstSerial)
    {
    }

    /// Returns the serial after the document's last.
    int walk(Node &root)
    {
        walk(root, false);
        return m_serial;
    }

private:
    void walk(Node &n, bool hidden)
    {
        n.setSerial(m_serial++);
        if (n.is(u"toctree"))
            addToctree(n);
        else if (n.is(u"pending_xref"))
            (hidden ? m_hiddenXrefs : m_xrefs).push_back(&n);
        const bool hideChildren = hidden || hidesChildren(n);
        for (const auto &c : n.children())
            if (!c->isText())
                walk(*c, hideChildren);
    }

    void addToctree(const Node &n)
    {
        m_d.toctreeNodes.push_back(&n);
        const bool glob = n.hasAttribute(QStringLiteral("glob"));
        for (const auto &e : n.children()) {
            const QString target = e->attribute(QStringLiteral("target"));
            if (target == u"self" || target.contains(QStringLiteral("://")))
                continue;
            const QString joined = target.startsWith(u'/') ? target : (m_base.isEmpty() ? target : m_base + u'/' + target);
            m_d.toctree << (isGlobEntry(glob, target) ? QStringLiteral("glob:") + cleanDocname(joined) : cleanDocname(joined));
        }
    }

    Project::Document &m_d;
    std::vector<Node *> &m_xrefs, &m_hiddenXrefs;
    const QString m_base;
    int m_serial;
};

} // namespace

Project::Parsed Project::parseDocument(Document &d, const QString &text) const
{
    Parsed parsed = parseUnindexed(d, text);
    indexDocument(d, parsed);
    return parsed;
}

Project::Parsed Project::parseUnindexed(Document &d, const QString &text) const
{
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
    Parsed parsed;
    // What an earlier document was refused or read is not this one's.
    m_scope->takeRefusedFolders();
    m_scope->takeReadFiles();
    m_scope->takeMissingFiles();
    parsed.doctree = std::shared_ptr<Node>(parseRst(source, d.path, *m_registry));
    d.refusedFolders = m_scope->takeRefusedFolders();
    d.readFiles = m_scope->takeReadFiles();
    d.missingFiles = m_scope->takeMissingFiles();
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
        unshift(*parsed.doctree);
    }
    d.transformProblems.clear();
    for (const TransformIssue &issue : applyDocutilsTransforms(*parsed.doctree, globalSubstitutions()))
        d.transformProblems.append({Problem::Severity::Error, d.docname, d.path, issue.line, issue.kind, issue.message});
    if (m_conf.smartquotes)
        applySmartQuotes(*parsed.doctree, m_conf.language);
    d.title.clear();
    if (const Node *section = parsed.doctree->findFirst(u"section"))
        if (section->childCount() && section->child(0)->is(u"title"))
            d.title = section->child(0)->astext();
    if (d.title.isEmpty())
        d.title = d.docname;
    return parsed;
}

void Project::indexDocument(Document &d, Parsed &parsed) const
{
    d.toctree.clear();
    d.toctreeNodes.clear();
    parsed.xrefs.clear();
    parsed.hiddenXrefs.clear();
    parsed.nextSerial = DocumentIndexer(d, parsed.xrefs, parsed.hiddenXrefs).walk(*parsed.doctree);
}

void Project::loadDocument(const QString &docname, const QString &path, const QString &text)
{
    if (!m_registry) {
        m_registry = makeTreeRegistry(m_root, m_conf, m_scope);
        addPlaceholders(*m_registry, text);
    }
    Document d;
    d.docname = docname;
    d.path = path;
    Parsed parsed = parseUnindexed(d, text);
    addDocument(std::move(d), std::move(parsed));
}

void Project::addDocument(Document d, Parsed parsed)
{
    d.firstSerial = m_nextSerial;
    indexDocument(d, parsed);
    m_nextSerial = parsed.nextSerial;
    const QString docname = d.docname;
    m_documents.insert(docname, std::move(d));
    const std::lock_guard lock(*m_liveMutex);
    m_live.insert(docname, std::move(parsed));
    m_liveOrder.removeAll(docname);
    m_liveOrder << docname;
}

int Project::parsingThreads()
{
    // DOCENT_OPEN_THREADS=1 reads a tree on one thread: the tests compare the two.
    bool given = false;
    const int wanted = qEnvironmentVariableIntValue("DOCENT_OPEN_THREADS", &given);
    if (given && wanted >= 1)
        return std::min(wanted, 8);
    return std::thread::hardware_concurrency() >= 2 ? 2 : 1;
}

void Project::makeSkeleton(Document &d, const Node &doctree)
{
    d.skeleton = Docent::makeSkeleton(doctree);
    d.toctreeNodes.clear();
    d.skeleton->forEach([&](const Node &n) {
        if (n.is(u"toctree"))
            d.toctreeNodes.push_back(&n);
    });
}

std::shared_ptr<const Node> Project::doctree(const QString &docname, Keep keep) const
{
    const std::lock_guard lock(*m_liveMutex);
    const Document *known = document(docname);
    if (!known)
        return nullptr;
    if (auto it = m_live.constFind(docname); it != m_live.cend()) {
        if (keep == Keep::Yes) {
            m_liveOrder.removeAll(docname);
            m_liveOrder << docname;
        }
        return it->doctree;
    }
    QString err;
    const std::optional<QString> text = TreeFiles::readPage(m_root, known->path, &err);
    if (!text)
        return std::shared_ptr<const Node>(Node::element(QStringLiteral("document")));
    Document d = *known; // the tables keep the first reading's facts; this is the page's
    Parsed parsed = parseDocument(d, *text);
    Inventory annotations; // the ids and programs the std domain writes into a doctree
    annotations.addDocument(docname, *parsed.doctree);
    resolveDocument(d, parsed);
    std::shared_ptr<const Node> tree = parsed.doctree;
    if (keep != Keep::Yes)
        return tree;
    m_live.insert(docname, std::move(parsed));
    m_liveOrder << docname;
    releaseDoctrees();
    return tree;
}

void Project::keepDoctrees(int count)
{
    m_keepDoctrees = std::max(0, count);
    const std::lock_guard lock(*m_liveMutex);
    releaseDoctrees();
}

void Project::releaseDoctrees() const
{
    if (m_keepDoctrees <= 0 || m_liveOrder.size() <= m_keepDoctrees)
        return;
    const qsizetype released = m_liveOrder.size() - m_keepDoctrees;
    for (qsizetype i = 0; i < released; ++i)
        m_live.remove(m_liveOrder[i]);
    m_liveOrder.remove(0, released);
    if (released > 16)
        returnFreedMemory(); // which is the point
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

void Project::reloadLinkInventories()
{
    const std::lock_guard lock(*m_liveMutex);
    m_linkInventories.load(m_root, m_conf, *m_scope);
    // The pages in memory are parsed again when next needed, against the new inventories.
    // Resolving them in place would write into doctrees the search thread may be reading.
    m_live.clear();
    m_liveOrder.clear();
}

void Project::resolveReferences(OpenSteps *steps)
{
    // The doctrees in memory; a released one is resolved when it is parsed again.
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (steps && steps->cancelled())
            return;
        if (auto d = m_documents.find(it.key()); d != m_documents.end())
            d->referenceProblems = resolveDocument(*d, *it);
        if (steps)
            steps->advance();
    }
}

QList<Problem> Project::resolveDocument(const Document &d, const Parsed &parsed) const
{
    QList<Problem> problems;
    for (Node *hidden : parsed.hiddenXrefs)
        m_xrefResolvers.resolve(*this, d.docname, *hidden).writeTo(*hidden);
    for (Node *xref : parsed.xrefs) {
        const XrefResolution r = m_xrefResolvers.resolve(*this, d.docname, *xref);
        r.writeTo(*xref);
        fillAutosummarySummary(*this, d.docname, *xref);
        noteReferenceProblem(problems, d, *xref, r);
    }
    return problems;
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
    // A document's skeleton once it has one (its toctree nodes are there), else its doctree.
    in.doctree = [this](const QString &docname) -> const Node * {
        const Document *d = document(docname);
        if (!d)
            return nullptr;
        if (d->skeleton)
            return d->skeleton.get();
        auto it = m_live.constFind(docname);
        return it == m_live.cend() ? nullptr : it->doctree.get();
    };
    in.entries = [this](const QString &owner, const Node &toctree) { return toctreeDocs(owner, toctree); };
    in.toctrees = [this](const QString &docname) {
        const Document *d = document(docname);
        return d ? std::span<const Node *const>(d->toctreeNodes) : std::span<const Node *const>();
    };
    in.numfig = m_conf.numfig;
    in.secnumDepth = m_conf.numfigSecnumDepth;
    m_numbering = Numbering::compute(in);
}

void Project::reloadDocument(const QString &docname)
{
    const std::lock_guard lock(*m_liveMutex); // the tables change: no page is parsed meanwhile
    const Document *old = document(docname);
    if (!old)
        return;
    const QString path = old->path;
    QString err;
    const auto text = TreeFiles::readPage(m_root, path, &err);
    if (!text) {
        // The page keeps its last good doctree, and with it its labels.
        m_loadErrors.insert(path, err);
        return;
    }
    m_loadErrors.remove(path);
    m_inventory.removeDocument(docname);
    addPlaceholders(*m_registry, *text);
    loadDocument(docname, path, *text); // new serials: its old numbers are not its new nodes'
    const std::shared_ptr<Node> tree = m_live[docname].doctree;
    m_inventory.addDocument(docname, *tree);
    Document &d = m_documents[docname];
    d.skeleton.reset(); // numbered from the new doctree, whose toctree nodes d now lists
    renumber(); // numbers run across documents
    resolveReferences(); // any page in memory may point at a label, title or number that changed
    makeSkeleton(d, *tree);
    releaseDoctrees();
}

} // namespace Docent
