#include "xbel.h"

#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>

namespace Docent::Xbel {
namespace {

const QString kNamespace = QStringLiteral("urn:docent:bookmarks:1");

QString stamp(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

// Where a bookmark points, for programs that know nothing of Docent: the source file.
QString href(const Bookmark &b)
{
    const QString fragment = b.anchor.isEmpty() ? QString() : u'#' + b.anchor;
    if (b.tree.startsWith(u':')) // Docent's own manual lives in the program
        return QStringLiteral("docent:manual/") + b.docname + fragment;
    return QUrl::fromLocalFile(b.tree + u'/' + b.docname + QStringLiteral(".rst")).toString() + fragment;
}

void writeMetadata(QXmlStreamWriter &xml, const std::function<void()> &body)
{
    xml.writeStartElement(QStringLiteral("info"));
    xml.writeStartElement(QStringLiteral("metadata"));
    xml.writeAttribute(QStringLiteral("owner"), kNamespace);
    body();
    xml.writeEndElement();
    xml.writeEndElement();
}

void writeItem(QXmlStreamWriter &xml, const Bookmark &b, const QMultiHash<qint64, const Bookmark *> &children)
{
    xml.writeStartElement(b.folder ? QStringLiteral("folder") : QStringLiteral("bookmark"));
    if (!b.folder)
        xml.writeAttribute(QStringLiteral("href"), href(b));
    xml.writeAttribute(QStringLiteral("added"), stamp(b.created));
    xml.writeTextElement(QStringLiteral("title"), b.title);
    if (!b.folder) {
        writeMetadata(xml, [&] {
            xml.writeStartElement(kNamespace, QStringLiteral("target"));
            xml.writeAttribute(QStringLiteral("docname"), b.docname);
            xml.writeAttribute(QStringLiteral("anchor"), b.anchor);
            xml.writeAttribute(QStringLiteral("section"), b.section);
            xml.writeEndElement();
            xml.writeTextElement(kNamespace, QStringLiteral("context"), b.context);
        });
    }
    if (!b.note.isEmpty())
        xml.writeTextElement(QStringLiteral("desc"), b.note);
    QList<const Bookmark *> inside = children.values(b.id);
    std::sort(inside.begin(), inside.end(), [](auto *x, auto *y) { return x->position < y->position; });
    for (const Bookmark *child : std::as_const(inside))
        writeItem(xml, *child, children);
    xml.writeEndElement();
}

} // namespace

QByteArray write(const QList<Bookmark> &items)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE xbel>"));
    xml.writeNamespace(kNamespace, QStringLiteral("docent"));
    xml.writeStartElement(QStringLiteral("xbel"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    // One folder per tree, in the store's order; inside it the tree's own folders and bookmarks.
    QStringList trees;
    QHash<QString, QString> treeTitles;
    QMultiHash<qint64, const Bookmark *> children;
    QHash<QString, QList<const Bookmark *>> topLevel;
    for (const Bookmark &b : items) {
        if (!trees.contains(b.tree))
            trees.append(b.tree);
        if (!b.treeTitle.isEmpty())
            treeTitles.insert(b.tree, b.treeTitle);
        if (b.parent == 0)
            topLevel[b.tree].append(&b);
        else
            children.insert(b.parent, &b);
    }
    for (const QString &tree : std::as_const(trees)) {
        xml.writeStartElement(QStringLiteral("folder"));
        xml.writeTextElement(QStringLiteral("title"), treeTitles.value(tree, tree));
        writeMetadata(xml, [&] {
            xml.writeStartElement(kNamespace, QStringLiteral("tree"));
            xml.writeAttribute(QStringLiteral("root"), tree);
            xml.writeAttribute(QStringLiteral("title"), treeTitles.value(tree));
            xml.writeEndElement();
        });
        QList<const Bookmark *> inside = topLevel.value(tree);
        std::sort(inside.begin(), inside.end(), [](auto *x, auto *y) { return x->position < y->position; });
        for (const Bookmark *b : std::as_const(inside))
            writeItem(xml, *b, children);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

namespace {

// An XBEL entry as written, before it becomes Docent's bookmark.
struct Entry {
    bool folder = false;
    bool docent = false; ///< carries Docent's target (bookmark) or tree (folder) metadata
    QString title, note, added, treeRoot, treeTitle, docname, anchor, section, context;
    std::vector<Entry> children;
};

void readMetadata(QXmlStreamReader &xml, Entry &e)
{
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() != kNamespace) {
            xml.skipCurrentElement();
            continue;
        }
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"tree") {
            e.treeRoot = a.value(QLatin1String("root")).toString();
            e.treeTitle = a.value(QLatin1String("title")).toString();
            e.docent = !e.treeRoot.isEmpty();
            xml.skipCurrentElement();
        } else if (xml.name() == u"target") {
            e.docname = a.value(QLatin1String("docname")).toString();
            e.anchor = a.value(QLatin1String("anchor")).toString();
            e.section = a.value(QLatin1String("section")).toString();
            e.docent = !e.docname.isEmpty();
            xml.skipCurrentElement();
        } else if (xml.name() == u"context") {
            e.context = xml.readElementText();
        } else {
            xml.skipCurrentElement();
        }
    }
}

// The reader stands on a <folder> or <bookmark> start element.
Entry readEntry(QXmlStreamReader &xml)
{
    Entry e;
    e.folder = xml.name() == u"folder";
    e.added = xml.attributes().value(QLatin1String("added")).toString();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"title") {
            e.title = xml.readElementText();
        } else if (name == u"desc") {
            e.note = xml.readElementText();
        } else if (name == u"info") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"metadata" && xml.attributes().value(QLatin1String("owner")) == kNamespace)
                    readMetadata(xml, e);
                else
                    xml.skipCurrentElement();
            }
        } else if (e.folder && (name == u"folder" || name == u"bookmark")) {
            e.children.push_back(readEntry(xml));
        } else {
            xml.skipCurrentElement();
        }
    }
    return e;
}

int countBookmarks(const Entry &e)
{
    int n = e.folder ? 0 : 1;
    for (const Entry &c : e.children)
        n += countBookmarks(c);
    return n;
}

// Turns the entries inside a tree's folder into bookmarks of that tree.
void collect(const std::vector<Entry> &entries, const Entry &tree, qint64 parent, qint64 &lastId, ReadResult &out)
{
    int position = 0;
    for (const Entry &e : entries) {
        if (!e.folder && !e.docent) {
            ++out.skipped;
            continue;
        }
        Bookmark b;
        b.id = ++lastId;
        b.parent = parent;
        b.position = position++;
        b.folder = e.folder;
        b.tree = tree.treeRoot;
        b.treeTitle = tree.treeTitle;
        b.title = e.title;
        b.note = e.note;
        b.docname = e.docname;
        b.anchor = e.anchor;
        b.section = e.section;
        b.context = e.context;
        b.created = QDateTime::fromString(e.added, Qt::ISODateWithMs);
        out.items.append(b);
        collect(e.children, tree, b.id, lastId, out);
    }
}

} // namespace

std::optional<ReadResult> read(const QByteArray &data, QString *error)
{
    QXmlStreamReader xml(data);
    std::vector<Entry> top;
    if (xml.readNextStartElement()) {
        if (xml.name() != u"xbel") {
            if (error)
                *error = QStringLiteral("not an XBEL file: it starts with <%1>").arg(xml.name());
            return std::nullopt;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"folder" || xml.name() == u"bookmark")
                top.push_back(readEntry(xml));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError() || data.trimmed().isEmpty()) {
        if (error)
            *error = xml.hasError() ? QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())
                                    : QStringLiteral("the file is empty");
        return std::nullopt;
    }
    ReadResult out;
    qint64 lastId = 0;
    // Docent's export holds one folder per tree; anything else (a browser's bookmarks) is counted.
    for (const Entry &e : top) {
        if (e.folder && !e.treeRoot.isEmpty())
            collect(e.children, e, 0, lastId, out);
        else
            out.skipped += countBookmarks(e);
    }
    return out;
}

} // namespace Docent::Xbel
