// A documentation tree opened from disk: its documents, titles and toctree, parsed once and shared.
#pragma once

#include "conffacts.h"
#include "doctree/node.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Docent {

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
    QString rootDoc() const { return m_conf.rootDoc; }
    QString title() const;

    const Document *document(const QString &docname) const;
    QStringList docnames() const { return m_order; }
    /// A :doc: target written in `fromDoc` ("../cli", "/index") -> docname, or empty when missing.
    QString resolveDoc(const QString &fromDoc, const QString &target) const;
    /// The navigation tree from the root document's toctrees (cycles cut).
    TocNode tocTree() const;
    /// docname for an absolute file path inside the tree, or empty.
    QString docnameForPath(const QString &path) const;

    /// The rendered page; links to other documents are relative ("../x.html").
    QString pageHtml(const QString &docname, const QString &stylesheetHref) const;
    /// Relative link from one document's page to another's ("a/b" -> "c" gives "../c.html").
    static QString relativeHref(const QString &fromDoc, const QString &toDoc);

    /// Reads a text file for parsing; refuses binary, undecodable or huge files with a message.
    static std::optional<QString> readText(const QString &path, QString *error);

private:
    void loadDocument(const QString &docname, const QString &path);
    void buildToc(const QString &docname, TocNode &node, QSet<QString> &seen) const;

    QString m_root;
    QString m_startDoc;
    ConfFacts m_conf;
    QHash<QString, Document> m_documents;
    QStringList m_order;
    QStringList m_problems;
};

} // namespace Docent
