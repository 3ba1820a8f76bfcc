// A documentation tree opened from disk: its documents parsed and transformed, the global tables
// (inventory, numbering, toctree lists) and the resolve pass over them. Finding and reading the
// files is treefiles.h's, the parser's registry treeregistry.h's, resolving one reference
// xrefresolvers.h's. After the resolve pass a document's full doctree may be released (see
// keepDoctrees): what lists the whole tree reads stays in its skeleton (skeleton.cpp), and
// doctree() parses the document again, against the tables, when a page needs it.
#pragma once

#include "conffacts.h"
#include "inventory.h"
#include "linkinventories.h"
#include "numbering.h"
#include "openprogress.h"
#include "problem.h"
#include "xrefresolvers.h"
#include "doctree/node.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace Docent {

class OpenSteps;
struct PendingReference;
class ReadScope;
class Registry;

class Project final
{
public:
    struct Document {
        QString docname; ///< "reference/index"
        QString path;    ///< absolute file path
        QString title;   ///< first section title, or the docname
        /// What navigation, numbering, the indices, todo lists, bookmarks and the problem list
        /// read, kept while the full doctree comes and goes (skeleton.cpp); set after the resolve pass.
        std::shared_ptr<const Node> skeleton;
        int firstSerial = 0; ///< the Node::serial() of its first element; the rest follow in document order
        QStringList toctree; ///< docnames listed by this document's toctrees, in order
        /// Its toctree nodes, in the skeleton (in the doctree before there is one), so numbering
        /// need not walk the whole document again.
        std::vector<const Node *> toctreeNodes;
        QList<Problem> transformProblems; ///< what docutils' transforms left unresolved
        QList<Problem> referenceProblems; ///< cross-references the resolve pass could not resolve
        /// Folders outside what the tree may read that this document's directives (include,
        /// literalinclude, csv-table and raw :file:) asked for and were refused: each one the
        /// reader may allow for the tree.
        QStringList refusedFolders;
        /// The files its directives read (include, literalinclude, csv-table and raw :file:),
        /// canonical: the page changes when one of them does.
        QStringList readFiles;
        /// The files its directives asked for and did not find (absolute): the page is read
        /// again when one appears.
        QStringList missingFiles;
    };
    /// The folders outside the tree's repository the reader allowed the tree at `root` to read.
    using AllowedOutside = std::function<QStringList(const QString &root)>;
    /// Opens a folder or a single .rst file. The root is the nearest folder with conf.py above
    /// the path, else the folder itself (or the file's folder). Its directives read files of the
    /// tree, of its repository and of the folders `allowed` names (readscope.h). On failure
    /// returns nullopt and a message a user can act on in `error`.
    /// `keptWhileOpening` bounds the reST (in characters) whose doctrees stay in memory through
    /// the open: documents read past it give their tables, skeleton and references and are
    /// released at once (their references resolve with no second parse), so the peak does not
    /// grow with the tree's doctrees. Every document is parsed once. By default none is kept:
    /// keeping costs more than it saves (fresh memory faults in slower than a page parses
    /// again when it is shown), even for a tree of 10 MB of reST.
    static constexpr qint64 kKeptWhileOpening = 0;
    /// `progress` counts the documents read and resolved, and may cancel the open. The open
    /// touches no thread-affine Qt object: it may run on a worker thread, and the Project it
    /// returns be used on another.
    static std::optional<Project> open(const QString &path, QString *error, const AllowedOutside &allowed = {},
                                       qint64 keptWhileOpening = kKeptWhileOpening, const OpenProgress &progress = {});

    /// Whether `path` exists and may be read, as open() first checks; if not, why in `error`.
    static bool canOpen(const QString &path, QString *error);
    /// What a window shows while the whole tree is read, for a tree of more than `treeSize`
    /// characters of reST: the start document (as open() would choose it) and, breadth first, the
    /// documents its toctrees list, until `budget` characters are read; resolved against one
    /// another, so its toctrees and links among them are whole, and a reference to a page not read
    /// is left unresolved. nullopt for a smaller tree, a single file or the built-in manual, and
    /// when the path cannot be opened (open() says why).
    static constexpr qint64 kFirstPageBudget = 512 * 1024;
    static constexpr qint64 kFirstPageTreeSize = 4 * 1024 * 1024;
    static std::optional<Project> openFirstPage(const QString &path, const AllowedOutside &allowed = {},
                                                qint64 budget = kFirstPageBudget, qint64 treeSize = kFirstPageTreeSize);
    /// Whether this is openFirstPage's part of a tree, not the whole of it.
    bool isFirstPageOnly() const { return m_firstPageOnly; }

    const QString &root() const { return m_root; }
    const ConfFacts &conf() const { return m_conf; }
    /// The document to show first: the opened file, else the root document.
    const QString &startDoc() const { return m_startDoc; }
    /// The opened file's docname; empty when a folder was opened or the file is not one of the
    /// tree's documents (another suffix, or excluded by conf.py).
    const QString &openedDoc() const { return m_openedDoc; }
    QString rootDoc() const { return m_conf.rootDoc; }
    QString title() const;

    const Document *document(const QString &docname) const;
    /// Whether a doctree parsed again joins those kept in memory.
    enum class Keep {
        Yes,    ///< a page being shown: it stays among the most recently used
        IfKept, ///< a pass over many pages (the search index): the one in memory is taken, one parsed again is not kept
    };
    /// The document's full, resolved doctree: the one in memory, or parsed again from its file
    /// (parse, transforms, serials and the resolve of its references against the tables, the same
    /// tree as the first time). Null for an unknown document. Safe from any thread while the
    /// Project's owner changes it only through its own functions, which take the same lock.
    std::shared_ptr<const Node> doctree(const QString &docname, Keep keep = Keep::Yes) const;
    /// How many full doctrees stay in memory, the most recently used: 0 keeps every one (the
    /// default: a command that renders the whole tree reads each anyway), a window keeps a few.
    void keepDoctrees(int count);
    QStringList docnames() const { return m_order; }
    /// A :doc: target written in `fromDoc` ("../cli", "/index") -> docname, or empty when missing.
    QString resolveDoc(const QString &fromDoc, const QString &target) const;
    const Inventory &inventory() const { return m_inventory; }
    /// The other projects' inventories conf.py's intersphinx_mapping names, as far as they are here.
    const LinkInventories &linkInventories() const { return m_linkInventories; }
    /// Reads the other projects' inventories again (after the application fetched them); every page
    /// resolves its references against them when it is next read.
    void reloadLinkInventories();
    /// The documents one toctree entry names: itself, or those a glob pattern matches; empty when missing.
    QStringList entryDocs(const QString &ownerDoc, const QString &target, bool glob) const;
    /// Section numbers under :numbered: toctrees, and figure numbers when conf.py sets numfig.
    const Numbering &numbering() const { return m_numbering; }
    /// The documents a toctree of `ownerDoc` lists, in order: globs expanded, links and "self" left out.
    QStringList toctreeDocs(const QString &ownerDoc, const Node &toctree) const;
    /// Files that could not be read: path -> message.
    const QHash<QString, QString> &loadErrors() const { return m_loadErrors; }
    /// Parses one document again after its file changed, updating the global tables.
    void reloadDocument(const QString &docname);
    /// The registry documents of this project are parsed with: Sphinx's plus conf.py's link
    /// roles and placeholders for the extension constructs the tree uses.
    const Registry &registry() const { return *m_registry; }
    /// What the tree's directives may read: the tree, its repository, the allowed folders.
    const ReadScope &readScope() const { return *m_scope; }

    /// docname for an absolute file path inside the tree, or empty.
    QString docnameForPath(const QString &path) const;

    /// Relative link from one document's page to another's ("a/b" -> "c" gives "../c.html").
    static QString relativeHref(const QString &fromDoc, const QString &toDoc);

private:
    /// The parser's registry for the tree's conf.py and extensions, and the object types its
    /// extensions declare, before the first document is read.
    void prepareReading();
    /// A file outside any tree, read as a project of one document.
    void openLoneFile(const QString &file);
    enum class TreeRead { Read, Empty, Cancelled };
    /// Reads and parses every document of the tree at m_root, keeping the doctrees of the first
    /// `keptSource` characters through the resolve pass, counting each document's steps.
    TreeRead readTree(qint64 keptSource, OpenSteps &steps);
    /// The resolve pass over every document: each pending_xref gets its XrefResolution, and what
    /// fails is recorded as the document's reference problems.
    void resolveReferences(OpenSteps *steps = nullptr);
    /// What |version|, |release| and |today| stand for in every document.
    QHash<QString, QString> globalSubstitutions() const;
    /// A full doctree and the nodes the resolve pass writes to.
    struct Parsed {
        std::shared_ptr<Node> doctree;
        std::vector<Node *> xrefs;
        /// The pending_xrefs an `only` directive leaves out of the build: resolved, not reported.
        std::vector<Node *> hiddenXrefs;
        int nextSerial = 0; ///< the serial after the document's last
    };
    /// Parses `text` as `d.docname`: prolog and epilog, transforms, smart quotes, serials from
    /// d.firstSerial; fills the rest of `d` (title, toctrees, problems, refused folders).
    Parsed parseDocument(Document &d, const QString &text) const;
    /// parseDocument's part that needs nothing of the other documents: everything but the
    /// serials, toctree lists and references. Only reads the Project: documents of one tree may
    /// be parsed so on several threads at once.
    Parsed parseUnindexed(Document &d, const QString &text) const;
    /// The rest: serials from d.firstSerial, the docnames its toctrees list, its references.
    void indexDocument(Document &d, Parsed &parsed) const;
    void loadDocument(const QString &docname, const QString &path);
    void loadDocument(const QString &docname, const QString &path, const QString &text);
    /// Takes a document parseUnindexed read as the tree's next: its serials follow the last
    /// document's, and it joins the documents and the doctrees in memory.
    void addDocument(Document d, Parsed parsed);
    /// How many threads read a tree's documents: two where there are two cores, or
    /// DOCENT_OPEN_THREADS.
    static int parsingThreads();
    /// How many documents the reading threads may read or parse ahead of the one the open takes
    /// next: enough to keep both busy, few enough that their doctrees cost little memory.
    static constexpr int kParsedAhead = 8;
    /// What the open keeps of a document read past its bound until the resolve pass: what a
    /// resolver reads of each of its references, and its skeleton's copies of them.
    struct ReleasedReading {
        std::vector<PendingReference> references;
        QHash<int, Node *> inSkeleton; ///< by serial
    };
    /// A document read past the open's bound: its skeleton made (numbering reads it) and its
    /// doctree released; what the resolve pass needs of it is returned.
    ReleasedReading releaseFirstReading(const QString &docname);
    /// Resolves a released document's references: its reference problems, and its skeleton
    /// as it would be made from its resolved doctree, with no second parse.
    void resolveReleased(Document &d, const ReleasedReading &reading);
    /// Resolves the document's references against the tables; returns what failed.
    QList<Problem> resolveDocument(const Document &d, const Parsed &parsed) const;
    /// Replaces the document's skeleton by one made from its full doctree.
    void makeSkeleton(Document &d, const Node &doctree);
    /// Releases the doctrees used longest ago beyond what keepDoctrees allows (m_liveMutex held).
    void releaseDoctrees() const;
    /// Assigns Sphinx's section and figure numbers again (after the documents changed).
    void renumber();

    QString m_root;
    bool m_firstPageOnly = false;
    QString m_startDoc;
    QString m_openedDoc;
    ConfFacts m_conf;
    QHash<QString, Document> m_documents;
    /// The full doctrees in memory, and the order they were last asked for (oldest first).
    mutable QHash<QString, Parsed> m_live;
    mutable QStringList m_liveOrder;
    /// Held by doctree() and by whatever changes the tables it parses against (a reload): another
    /// thread may parse a page while the owner's thread reads the tables, never while it writes them.
    mutable std::shared_ptr<std::recursive_mutex> m_liveMutex = std::make_shared<std::recursive_mutex>();
    int m_keepDoctrees = 0;
    int m_nextSerial = 1;
    QStringList m_order;
    QHash<QString, QString> m_loadErrors; ///< path -> message
    std::shared_ptr<Registry> m_registry;
    std::shared_ptr<ReadScope> m_scope;
    Inventory m_inventory;
    LinkInventories m_linkInventories;
    Numbering m_numbering;
    XrefResolvers m_xrefResolvers = XrefResolvers::standard();
};

} // namespace Docent
