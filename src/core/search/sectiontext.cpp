#include "sectiontext.h"

#include "doctree/node.h"
#include "sphinx/project.h"

#include <QRegularExpression>

namespace Docent {
namespace {

// Elements whose text a reader does not search: markup the page does not show, reports about
// the markup, and what an `only` directive leaves out.
bool isHidden(const Node &n)
{
    static const QStringList hidden{QStringLiteral("comment"),  QStringLiteral("substitution_definition"),
                                    QStringLiteral("system_message"), QStringLiteral("raw"),
                                    QStringLiteral("index"),    QStringLiteral("meta"),
                                    QStringLiteral("target"),   QStringLiteral("problematic")};
    if (hidden.contains(n.tag()))
        return true;
    return n.is(u"only") && n.attribute(QStringLiteral("shown")) == u"False";
}

bool isCode(const Node &n)
{
    return n.is(u"literal_block") || n.is(u"doctest_block");
}

// Inline elements run on in their paragraph; any other element's text is a word apart.
bool isInline(const Node &n)
{
    static const QStringList inlineTags{
        QStringLiteral("emphasis"),      QStringLiteral("strong"),        QStringLiteral("literal"),
        QStringLiteral("reference"),     QStringLiteral("pending_xref"),  QStringLiteral("inline"),
        QStringLiteral("title_reference"), QStringLiteral("abbreviation"), QStringLiteral("acronym"),
        QStringLiteral("subscript"),     QStringLiteral("superscript"),   QStringLiteral("desc_name"),
        QStringLiteral("desc_addname"),  QStringLiteral("math"),          QStringLiteral("footnote_reference"),
        QStringLiteral("citation_reference"), QStringLiteral("literal_emphasis"), QStringLiteral("literal_strong")};
    return inlineTags.contains(n.tag());
}

void appendWords(QString &to, const QString &text)
{
    if (!to.isEmpty() && !to.back().isSpace() && !text.isEmpty() && !text.front().isSpace())
        to += u' ';
    to += text;
}

// The names a signature stands for: each option name of an option, else the whole of its
// prefix and name ("os.path." + "join").
QStringList signatureNames(const Node &signature)
{
    const bool option = signature.parent() && signature.parent()->attribute(QStringLiteral("objtype")) == u"option";
    QStringList names;
    QString whole;
    for (const auto &c : signature.children()) {
        if (c->is(u"desc_name")) {
            if (option)
                names << c->astext().trimmed();
            else
                whole += c->astext().trimmed();
        } else if (c->is(u"desc_addname") && !option) {
            whole = c->astext().trimmed() + whole;
        }
    }
    if (!whole.isEmpty())
        names << whole;
    names.removeAll(QString());
    return names;
}

// The start of what a glossary term or an object description says, for its hit's snippet.
QString summaryOf(const Node *body)
{
    constexpr qsizetype kLength = 240;
    if (!body)
        return {};
    const QString text = body->astext().simplified();
    return text.size() <= kLength ? text : text.left(kLength) + u'…';
}

const Node *sibling(const Node &node, QStringView tag)
{
    if (!node.parent())
        return nullptr;
    for (const auto &c : node.parent()->children())
        if (c->is(tag))
            return c.get();
    return nullptr;
}

class Collector
{
public:
    QList<SearchSection> sections;

    void readDocument(const Node &document)
    {
        sections.append(SearchSection{});
        readChildren(document, 0, false);
        // The top of a page that holds nothing but its sections has nothing to find.
        const SearchSection &top = sections.first();
        if (top.body.trimmed().isEmpty() && top.code.isEmpty() && top.names.isEmpty())
            sections.removeFirst();
    }

private:
    void readSection(const Node &section, qsizetype parent)
    {
        SearchSection record;
        record.anchor = section.ids.value(0);
        record.titles = sections[parent].titles;
        if (const Node *title = section.childCount() ? section.child(0) : nullptr; title && title->is(u"title"))
            record.titles << title->astext().simplified();
        sections.append(record);
        readChildren(section, sections.size() - 1, false);
    }

    void readChildren(const Node &node, qsizetype record, bool code)
    {
        for (const auto &c : node.children()) {
            const Node &child = *c;
            if (child.isText()) {
                appendWords(code ? sections[record].code : sections[record].body, child.textContent());
                continue;
            }
            if (isHidden(child))
                continue;
            if (child.is(u"section")) {
                readSection(child, record);
                continue;
            }
            if (child.is(u"title") && node.is(u"section"))
                continue; // the record's title
            noteNames(child, record);
            const bool block = !isInline(child);
            QString &to = code || isCode(child) ? sections[record].code : sections[record].body;
            if (block)
                appendWords(to, QStringLiteral(" "));
            readChildren(child, record, code || isCode(child));
        }
    }

    void noteNames(const Node &element, qsizetype record)
    {
        QList<SearchSection::Name> &names = sections[record].names;
        const QString anchor = element.ids.value(0, sections[record].anchor);
        if (element.is(u"term") && !element.ids.isEmpty()) {
            names.append({element.astext().simplified(), anchor, summaryOf(sibling(element, u"definition"))});
        } else if (element.is(u"desc_signature")) {
            const QString summary = summaryOf(sibling(element, u"desc_content"));
            for (const QString &name : signatureNames(element))
                names.append({name, anchor, summary});
        } else if (element.is(u"program")) {
            names.append({element.attribute(QStringLiteral("program")), anchor, {}});
        }
    }
};

} // namespace

QList<SearchSection> searchSections(const Node &doctree)
{
    Collector collector;
    collector.readDocument(doctree);
    for (SearchSection &s : collector.sections) {
        s.body = s.body.simplified();
        QList<SearchSection::Name> unique;
        for (const SearchSection::Name &name : s.names)
            if (!unique.contains(name))
                unique << name;
        s.names = unique;
    }
    return collector.sections;
}

SearchDocument searchDocument(const Project &project, const QString &docname)
{
    const Project::Document *doc = project.document(docname);
    if (!doc)
        return {docname, {}, {}, nullptr, {}, {}};
    return {docname, doc->path, doc->title, project.doctree(docname), doc->readFiles, {}};
}

QList<SearchDocument> searchDocuments(const Project &project)
{
    QList<SearchDocument> documents;
    for (const QString &docname : project.docnames())
        documents << searchDocument(project, docname);
    return documents;
}

QList<SearchDocument> lazySearchDocuments(const std::shared_ptr<const Project> &project)
{
    const std::weak_ptr<const Project> weak = project;
    QList<SearchDocument> documents;
    for (const QString &docname : project->docnames()) {
        const Project::Document *doc = project->document(docname);
        documents << SearchDocument{docname, doc->path, doc->title, nullptr, doc->readFiles, [weak, docname] {
                                        const std::shared_ptr<const Project> alive = weak.lock();
                                        return alive ? alive->doctree(docname, Project::Keep::IfKept) : nullptr;
                                    }};
    }
    return documents;
}

QString nameKey(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w.]+"), QRegularExpression::UseUnicodePropertiesOption);
    return name.toLower().replace(separators, QStringLiteral(" ")).trimmed();
}

} // namespace Docent
