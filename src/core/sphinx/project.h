// A documentation tree opened from disk: its documents, titles and toctree, parsed once and shared.
#pragma once

#include "conffacts.h"
#include "inventory.h"
#include "numbering.h"
#include "problem.h"
#include "doctree/node.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Docent {

class Registry;
struct HtmlOptions;
struct DocLink;
struct TocItem;
struct TodoEntry;

class Project final
{
public:
    struct Document {
        QString docname; ///< "reference/index"
        QString path;    ///< absolute file path
        QString title;   ///< first section title, or the docname
        std::shared_ptr<Node> doctree;
        QStringList toctree; ///< docnames listed by this document's toctrees, in order
    };
    /// One node of the navigation tree: a document and the documents its toctrees list.
    struct TocNode {
        QString docname;
        QString title;
        std::vector<TocNode> children;
    };

    /// Opens a folder or a single .rst file. The root is the nearest folder with conf.py above
    /// the path, else the folder itself (or the file's folder). On failure returns nullopt and a
    /// message a user can act on in `error`.
    static std::optional<Project> open(const QString &path, QString *error);

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
    QStringList docnames() const { return m_order; }
    /// A :doc: target written in `fromDoc` ("../cli", "/index") -> docname, or empty when missing.
    QString resolveDoc(const QString &fromDoc, const QString &target) const;
    /// A pending_xref node of `fromDoc` (doc, ref, term, option, numref, download, any ...): where
    /// it points, what it shows, or why it cannot be resolved (href empty, reason set).
    DocLink resolveXref(const QString &fromDoc, const Node &xref) const;
    const Inventory &inventory() const { return m_inventory; }
    /// Section numbers under :numbered: toctrees, and figure numbers when conf.py sets numfig.
    const Numbering &numbering() const { return m_numbering; }
    /// The documents a toctree of `ownerDoc` lists, in order: globs expanded, links and "self" left out.
    QStringList toctreeDocs(const QString &ownerDoc, const Node &toctree) const;
    /// Every todo note in document order, for the todolist directive shown in `fromDoc`.
    std::vector<TodoEntry> todoEntries(const QString &fromDoc) const;
    /// A toctree of `fromDoc` as Sphinx renders it in the page: entries (glob, self, reversed,
    /// external links), each with its sections and sub-documents down to :maxdepth:
    /// (:titlesonly: keeps documents only; :numbered: prefixes section numbers).
    std::vector<TocItem> toctreeItems(const QString &fromDoc, const Node &toctree) const;
    /// Every problem found: files that failed to load, parser messages (level >= 2), broken
    /// references, duplicate labels, placeholders for constructs built at Sphinx build time.
    QList<Problem> problems() const;
    struct ReferenceCount {
        int total = 0;
        int resolved = 0;
    };
    /// Cross-references by type ("doc", "ref" ...): how many there are and how many resolve.
    QMap<QString, ReferenceCount> referenceCounts() const;
    /// Parses one document again after its file changed, updating the global tables.
    void reloadDocument(const QString &docname);
    /// The registry documents of this project are parsed with: Sphinx's plus conf.py's link
    /// roles and placeholders for the extension constructs the tree uses.
    const Registry &registry() const { return *m_registry; }

    /// The navigation tree from the root document's toctrees (cycles cut).
    TocNode tocTree() const;
    /// docname for an absolute file path inside the tree, or empty.
    QString docnameForPath(const QString &path) const;

    /// The rendered page; links to other documents are relative ("../x.html").
    QString pageHtml(const QString &docname, const QString &stylesheetHref) const;
    /// Only the page's article content, for putting several pages into one (printing a book).
    QString pageBody(const QString &docname) const;
    /// Relative link from one document's page to another's ("a/b" -> "c" gives "../c.html").
    static QString relativeHref(const QString &fromDoc, const QString &toDoc);

    /// Reads a text file for parsing; refuses binary, undecodable or huge files with a message.
    static std::optional<QString> readText(const QString &path, QString *error);

private:
    /// readText for a page of the tree rooted at `root` (a real path): refuses a file whose real
    /// path, links resolved, lies outside the root.
    static std::optional<QString> readPage(const QString &root, const QString &path, QString *error);
    HtmlOptions htmlOptions(const QString &docname, const QString &stylesheetHref) const;
    void loadDocument(const QString &docname, const QString &path);
    void loadDocument(const QString &docname, const QString &path, const QString &text);
    void buildRegistry(const QStringList &texts);
    /// Registers placeholders for the unknown directives and domain roles `text` uses.
    void addPlaceholders(const QString &text);
    void buildToc(const QString &docname, TocNode &node, QSet<QString> &seen) const;
    /// The documents one toctree entry names: itself, or those a glob pattern matches; empty when missing.
    QStringList entryDocs(const QString &ownerDoc, const QString &target, bool glob) const;
    /// Assigns Sphinx's section and figure numbers again (after the documents changed).
    void renumber();
    /// "2.1" for a numbered section, "Fig. 3" for a numbered figure, table or code block; else empty.
    QString sectionNumber(const Node &section) const;
    QString captionNumber(const Node &n) const;
    std::vector<TocItem> tocChildren(const QString &fromDoc, const QString &docname, const Node &node, int depth,
                                     int maxDepth, bool titlesOnly, QStringList &path) const;
    std::vector<TocItem> tocEntries(const QString &fromDoc, const QString &ownerDoc, const Node &toctree, int depth,
                                    int maxDepth, bool titlesOnly, QStringList &path) const;

    QString m_root;
    QString m_startDoc;
    QString m_openedDoc;
    ConfFacts m_conf;
    QHash<QString, Document> m_documents;
    QStringList m_order;
    QStringList m_problems;
    QHash<QString, QString> m_loadErrors; ///< path -> message
    std::shared_ptr<Registry> m_registry;
    Inventory m_inventory;
    Numbering m_numbering;
};

} // namespace Docent
