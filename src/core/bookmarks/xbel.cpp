#include "xbel.h"

#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>
#include <vector>

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

// Deeper folders are refused, not read: no one files bookmarks 200 folders deep, and the sidebar
// and the menus walk folders recursively.
constexpr qsizetype kMaxDepth = 200;
// Longer titles are cut (and the reader told): a title is one line of a menu.
constexpr qsizetype kMaxTitle = 1000;

// An XBEL entry as written, before it becomes Docent's bookmark.
struct Entry {
    qsizetype parent = -1; ///< the folder holding it (its index among the entries); -1 at the top
    bool folder = false;
    QString title, note, added, treeRoot, treeTitle, docname, anchor, section, context;
};

// Element text with its line ends as plain XML gives them: a carriage return (only possible as
// &#13;) is written out as it is, so it would come back as a line feed after an export.
QString readText(QXmlStreamReader &xml)
{
    QString text = xml.readElementText();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

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
            xml.skipCurrentElement();
        } else if (xml.name() == u"target") {
            e.docname = a.value(QLatin1String("docname")).toString();
            e.anchor = a.value(QLatin1String("anchor")).toString();
            e.section = a.value(QLatin1String("section")).toString();
            xml.skipCurrentElement();
        } else if (xml.name() == u"context") {
            e.context = readText(xml);
        } else {
            xml.skipCurrentElement();
        }
    }
}

// The reader stands on an <info> start element.
void readInfo(QXmlStreamReader &xml, Entry &e)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"metadata" && xml.attributes().value(QLatin1String("owner")) == kNamespace)
            readMetadata(xml, e);
        else
            xml.skipCurrentElement();
    }
}

// Every <folder> and <bookmark> in document order, a folder before what it holds. One loop with a
// stack of the open entries, not a function per level: the depth of a file is not ours to choose.
std::vector<Entry> readEntries(QXmlStreamReader &xml, qint64 size, const Progress &progress)
{
    std::vector<Entry> entries;
    std::vector<qsizetype> open; // the entries whose element is being read, innermost last
    for (;;) {
        if (!xml.readNextStartElement()) {
            // At an end element, the innermost open entry's or </xbel>'s; or at an error.
            if (open.empty() || xml.hasError())
                return entries;
            open.pop_back();
            continue;
        }
        const auto name = xml.name();
        Entry *current = open.empty() ? nullptr : &entries[size_t(open.back())];
        if ((name == u"folder" || name == u"bookmark") && (!current || current->folder)) {
            if (open.size() >= size_t(kMaxDepth) && name == u"folder") {
                xml.raiseError(QStringLiteral("folders are nested more than %1 deep").arg(kMaxDepth));
                return entries;
            }
            Entry e;
            e.parent = open.empty() ? -1 : open.back();
            e.folder = name == u"folder";
            e.added = xml.attributes().value(QLatin1String("added")).toString();
            entries.push_back(std::move(e));
            open.push_back(qsizetype(entries.size()) - 1);
            if (progress && entries.size() % 512 == 0 && !progress(xml.characterOffset(), size)) {
                xml.raiseError(QStringLiteral("stopped"));
                return entries;
            }
        } else if (current && name == u"title") {
            current->title = readText(xml);
        } else if (current && name == u"desc") {
            current->note = readText(xml);
        } else if (current && name == u"info") {
            readInfo(xml, *current);
        } else {
            xml.skipCurrentElement();
        }
    }
}

QString shortened(QString title, int *count)
{
    if (title.size() <= kMaxTitle)
        return title;
    ++*count;
    qsizetype keep = kMaxTitle - 1;
    if (title.at(keep - 1).isHighSurrogate()) // never half a character
        --keep;
    title.truncate(keep);
    return title + u'…';
}

// Docent's export holds one folder per tree; the entries inside become that tree's bookmarks.
// Anything else (a browser's bookmarks) is counted, not kept.
ReadResult collect(std::vector<Entry> &entries)
{
    ReadResult out;
    const size_t n = entries.size();
    std::vector<qsizetype> treeOf(n, -1); // the tree folder an entry belongs to; -1: none
    std::vector<qint64> idOf(n, 0);
    std::vector<int> nextPosition(n, 0);
    qint64 lastId = 0;
    for (size_t i = 0; i < n; ++i) {
        Entry &e = entries[i];
        const qsizetype tree = e.parent < 0 ? -1 : treeOf[size_t(e.parent)];
        if (e.parent < 0 && e.folder && !e.treeRoot.isEmpty()) {
            treeOf[i] = qsizetype(i);
            e.treeTitle = shortened(e.treeTitle, &out.shortened);
            continue;
        }
        // A bookmark is Docent's when its metadata names a page; Docent's tree metadata on a
        // bookmark (only folders carry it) does not make it one.
        if (tree < 0 || (!e.folder && e.docname.isEmpty())) {
            out.skipped += e.folder ? 0 : 1;
            continue;
        }
        const Entry &t = entries[size_t(tree)];
        Bookmark b;
        b.id = idOf[i] = ++lastId;
        b.parent = idOf[size_t(e.parent)]; // 0 for the tree's own folder
        b.position = nextPosition[size_t(e.parent)]++;
        b.folder = e.folder;
        b.tree = t.treeRoot;
        b.treeTitle = t.treeTitle;
        b.title = shortened(e.title, &out.shortened);
        b.note = e.note;
        b.docname = e.docname;
        b.anchor = e.anchor;
        b.section = e.section;
        b.context = e.context;
        b.created = QDateTime::fromString(e.added, Qt::ISODateWithMs);
        out.items.append(b);
        treeOf[i] = tree;
    }
    return out;
}

} // namespace

std::optional<ReadResult> read(const QByteArray &data, QString *error, const Progress &progress)
{
    QXmlStreamReader xml(data);
    std::vector<Entry> entries;
    if (xml.readNextStartElement()) {
        if (xml.name() != u"xbel") {
            if (error)
                *error = QStringLiteral("not an XBEL file: it starts with <%1>").arg(xml.name());
            return std::nullopt;
        }
        entries = readEntries(xml, data.size(), progress);
    }
    if (xml.hasError() || data.trimmed().isEmpty()) {
        if (error)
            *error = xml.hasError() ? QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())
                                    : QStringLiteral("the file is empty");
        return std::nullopt;
    }
    return collect(entries);
}

} // namespace Docent::Xbel
