// Sphinx's body directives: version notes, seealso, centered, hlist, glossary, only, index,
// tabularcolumns, program and option (std domain), graphviz and math. Nodes carry what the
// project's resolver and the HTML writer need; nothing here reads files or runs programs.
#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "doctree/indexentry.h"
#include "parsestate_p.h"
#include "registry.h"
#include "sphinxregistry.h"

#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace Docent {
namespace {

// The argument text as written (final-argument whitespace kept).
QString argumentText(const DirectiveCall &call) { return call.arguments.join(u' '); }

// A boolean expression of tags ("html and not latex"), evaluated as Sphinx's html builder would:
// the tags "html", "format_html" and "builder_html" are set, every other tag is not.
class TagExpression
{
public:
    explicit TagExpression(const QString &text)
    {
        static const QRegularExpression token(QStringLiteral("\\(|\\)|[^\\s()]+"));
        for (auto it = token.globalMatch(text); it.hasNext();)
            m_tokens << it.next().captured(0);
    }
    bool evaluate(bool *ok)
    {
        const bool v = orExpr();
        *ok = m_ok && m_pos == m_tokens.size() && !m_tokens.isEmpty();
        return v;
    }

private:
    QString peek() const { return m_pos < m_tokens.size() ? m_tokens[m_pos] : QString(); }
    bool orExpr()
    {
        bool v = andExpr();
        while (peek() == u"or") {
            ++m_pos;
            v = andExpr() || v;
        }
        return v;
    }
    bool andExpr()
    {
        bool v = notExpr();
        while (peek() == u"and") {
            ++m_pos;
            v = notExpr() && v;
        }
        return v;
    }
    bool notExpr()
    {
        if (peek() == u"not") {
            ++m_pos;
            return !notExpr();
        }
        if (peek() == u"(") {
            ++m_pos;
            const bool v = orExpr();
            if (peek() != u")")
                m_ok = false;
            ++m_pos;
            return v;
        }
        const QString tag = peek();
        ++m_pos;
        if (tag.isEmpty() || tag == u")")
            m_ok = false;
        return tag == u"html" || tag == u"format_html" || tag == u"builder_html";
    }

    QStringList m_tokens;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

// Sphinx's option_desc_re: "-f", "--file=<path>", "/V", "+x", or a bare positional name.
const QRegularExpression &optionDescription()
{
    static const QRegularExpression re(QStringLiteral("^((?:/|--|-|\\+)?[^\\s=\\[]+)(=?\\s*.*)$"));
    return re;
}

DirectiveSpec versionSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.optionalArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.run = [](DirectiveCall &call) {
        auto node = Node::element(QStringLiteral("versionmodified"), call.line);
        node->setAttribute(QStringLiteral("type"), call.name);
        node->setAttribute(QStringLiteral("version"), call.arguments.value(0));
        if (call.arguments.size() > 1) {
            auto para = Node::element(QStringLiteral("paragraph"), call.line);
            call.parser.appendWithInline(std::move(para), call.arguments.value(1), call.line, *node);
        }
        call.parser.parseNested(call.content, *node);
        return one(std::move(node));
    };
    return spec;
}

DirectiveSpec seeAlsoSpec()
{
    DirectiveSpec spec;
    spec.optionalArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.options = classAndName();
    spec.run = [](DirectiveCall &call) {
        auto node = Node::element(QStringLiteral("seealso"), call.line);
        applyClassAndName(call, *node);
        if (!call.arguments.isEmpty()) {
            auto para = Node::element(QStringLiteral("paragraph"), call.line);
            call.parser.appendWithInline(std::move(para), argumentText(call), call.line, *node);
        }
        call.parser.parseNested(call.content, *node);
        return one(std::move(node));
    };
    return spec;
}

DirectiveSpec centeredSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.run = [](DirectiveCall &call) {
        auto para = Node::element(QStringLiteral("paragraph"), call.line);
        para->classes << QStringLiteral("centered");
        auto strong = Node::element(QStringLiteral("strong"), call.line);
        Node &p = *para;
        call.parser.appendWithInline(std::move(strong), argumentText(call), call.line, p);
        return one(std::move(para));
    };
    return spec;
}

DirectiveSpec hlistSpec()
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.options.insert(QStringLiteral("columns"), OptionKind::Int);
    spec.run = [](DirectiveCall &call) {
        auto node = Node::element(QStringLiteral("hlist"), call.line);
        node->setAttribute(QStringLiteral("columns"), call.options.value(QStringLiteral("columns"), QStringLiteral("2")));
        call.parser.parseNested(call.content, *node);
        return one(std::move(node));
    };
    return spec;
}

// Sphinx allows several term lines over one definition; docutils' definition list takes one, so
// the others are parsed aside and added to their item afterwards.
struct GlossaryLines {
    Block kept; ///< the content without those lines, in runs it shares with the content
    std::vector<std::vector<Line>> extras; ///< per entry, the term lines after the first
};

GlossaryLines setExtraTermsAside(const Block &content)
{
    int base = INT_MAX;
    for (const Line &l : content)
        if (!l.isBlank())
            base = std::min(base, l.indent());
    GlossaryLines out;
    bool inTerms = false;
    size_t runStart = 0;
    for (size_t i = 0; i < content.size(); ++i) {
        const Line l = content[i];
        const bool termLine = !l.isBlank() && l.indent() == base;
        if (termLine && !inTerms) {
            out.extras.emplace_back();
        } else if (termLine && inTerms) {
            out.extras.back().push_back(l);
            out.kept.append(content.mid(runStart, i));
            runStart = i + 1;
        }
        inTerms = termLine;
    }
    out.kept.append(content.mid(runStart, content.size()));
    return out;
}

// Each entry's extra term lines become terms after its first term (and its classifiers).
void insertExtraTerms(DirectiveCall &call, Node &glossary, const std::vector<std::vector<Line>> &extras)
{
    size_t entry = 0;
    for (const auto &c : glossary.children()) {
        if (!c->is(u"definition_list"))
            continue;
        for (const auto &item : c->children()) {
            if (!item->is(u"definition_list_item") || entry >= extras.size())
                continue;
            size_t at = 1;
            while (at < item->childCount() && item->child(at)->is(u"classifier"))
                ++at;
            for (const Line &l : extras[entry]) {
                auto term = Node::element(QStringLiteral("term"), l.number);
                call.parser.parseInline(l.text.trimmed().toString(), l.number, *term, glossary);
                item->insert(at++, std::move(term));
            }
            ++entry;
        }
    }
}

// :sorted: orders the entries by their first term, case-insensitively
void sortEntries(Node &glossary)
{
    for (const auto &c : glossary.children()) {
        if (!c->is(u"definition_list"))
            continue;
        std::vector<std::unique_ptr<Node>> items;
        while (c->childCount())
            items.push_back(c->take(0));
        std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
            const QString ta = a->childCount() ? a->child(0)->astext() : QString();
            const QString tb = b->childCount() ? b->child(0)->astext() : QString();
            return ta.compare(tb, Qt::CaseInsensitive) < 0;
        });
        for (auto &item : items)
            c->append(std::move(item));
    }
}

void addTermIds(Node &glossary)
{
    glossary.forEach([](const Node &n) {
        if (!n.is(u"term") || !n.parent() || !n.parent()->parent() ||
            !n.parent()->parent()->parent() || !n.parent()->parent()->parent()->is(u"glossary"))
            return;
        auto &term = const_cast<Node &>(n);
        term.ids << sphinxId(QStringLiteral("term-") + term.astext());
        // What :term: matches, kept before SmartQuotes curls the shown text, as Sphinx notes
        // the term when the directive runs.
        term.setAttribute(QStringLiteral("termtext"), term.astext());
    });
}

NodeList runGlossary(DirectiveCall &call)
{
    auto node = Node::element(QStringLiteral("glossary"), call.line);
    const GlossaryLines lines = setExtraTermsAside(call.content);
    call.parser.parseNested(lines.kept, *node);
    insertExtraTerms(call, *node, lines.extras);
    if (call.hasOption(QStringLiteral("sorted")))
        sortEntries(*node);
    addTermIds(*node);
    return one(std::move(node));
}

// The content is a definition list; its terms get Sphinx's "term-..." ids so :term: can
// point at them.
DirectiveSpec glossarySpec()
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.options.insert(QStringLiteral("sorted"), OptionKind::Flag);
    spec.run = runGlossary;
    return spec;
}

DirectiveSpec onlySpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.run = [](DirectiveCall &call) {
        auto node = Node::element(QStringLiteral("only"), call.line);
        const QString expr = argumentText(call);
        node->setAttribute(QStringLiteral("expr"), expr);
        bool ok = false;
        const bool shown = TagExpression(expr).evaluate(&ok);
        if (!ok)
            throw DirectiveError{QStringLiteral("Cannot evaluate the tag expression \"%1\".").arg(expr), 2};
        node->setAttribute(QStringLiteral("shown"), shown ? QStringLiteral("True") : QStringLiteral("False"));
        // Sphinx lets "only" hold sections; at the top level its content then continues the
        // document's sections, as the include directive's does.
        bool hasSection = false;
        for (size_t i = 1; i < call.content.size(); ++i) {
            const QString l = call.content[i].text.toString();
            if (l.size() >= 3 && l.trimmed() == l && l == QString(l.size(), l[0]) && !l[0].isLetterOrNumber() &&
                !call.content[i - 1].isBlank())
                hasSection = true;
        }
        if (shown && hasSection && call.parser.inTopLevel()) {
            call.parser.parseInserted(call.content, call.parent);
            return NodeList{};
        }
        const bool outer = call.state.inTopLevelOnly;
        call.state.inTopLevelOnly = call.parser.inTopLevel();
        call.parser.parseNested(call.content, *node);
        call.state.inTopLevelOnly = outer;
        return one(std::move(node));
    };
    return spec;
}

// Index entries feed Sphinx's general index: an index node with the entries (each line one or
// more of them) and the target they link to, which is all the page shows of them.
DirectiveSpec indexSpec()
{
    DirectiveSpec spec;
    spec.optionalArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.options.insert(QStringLiteral("name"), OptionKind::Unchanged);
    spec.run = [](DirectiveCall &call) {
        const QString id = QStringLiteral("index-%1").arg(call.state.indexSerial++);
        QList<IndexEntry> entries;
        const QString text = call.arguments.join(u'\n') + u'\n' + contentText(call.content);
        for (const QString &line : text.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                entries += indexEntriesFromText(line, id);
        }
        auto node = Node::element(QStringLiteral("index"), call.line);
        node->setAttribute(QStringLiteral("entries"), formatIndexEntries(entries));
        node->setAttribute(QStringLiteral("inline"), QStringLiteral("False"));
        auto target = Node::element(QStringLiteral("target"), call.line);
        target->ids << id;
        NodeList out;
        out.push_back(std::move(node));
        out.push_back(std::move(target));
        return out;
    };
    return spec;
}

// Column specifications for LaTeX only.
DirectiveSpec tabularColumnsSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.run = [](DirectiveCall &) { return NodeList{}; };
    return spec;
}

// Sets the program later option directives and :option: roles belong to; the project
// reads these nodes in document order.
DirectiveSpec programSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.run = [](DirectiveCall &call) {
        auto node = Node::element(QStringLiteral("program"), call.line);
        QString program = argumentText(call).trimmed();
        static const QRegularExpression ws(QStringLiteral("\\s+"));
        program.replace(ws, QStringLiteral("-"));
        node->setAttribute(QStringLiteral("program"), program == u"None" ? QString() : program);
        return one(std::move(node));
    };
    return spec;
}

DirectiveSpec optionSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.options.insert(QStringLiteral("noindex"), OptionKind::Flag);
    spec.run = [](DirectiveCall &call) {
        NodeList out;
        auto desc = Node::element(QStringLiteral("desc"), call.line);
        desc->setAttribute(QStringLiteral("domain"), QStringLiteral("std"));
        // Sphinx keeps the older name's type for cmdoption (CPython's "std cmdoption" lists)
        desc->setAttribute(QStringLiteral("objtype"), call.name.section(u':', -1));
        auto sig = Node::element(QStringLiteral("desc_signature"), call.line);
        QStringList names;
        // Each line of the argument is a signature of its own (".. option:: -h\n   --help"),
        // each a list of options separated by ", ".
        QStringList parts;
        for (const QString &signature : argumentText(call).split(u'\n', Qt::SkipEmptyParts))
            parts += signature.split(QStringLiteral(", "));
        for (const QString &part : std::as_const(parts)) {
            const auto m = optionDescription().match(part.trimmed());
            if (!m.hasMatch()) {
                out.push_back(call.state.message(
                    MessageLevel::Warning, call.line,
                    QStringLiteral("Malformed option description \"%1\", should look like \"opt\", \"-opt args\", "
                                   "\"--opt args\", \"/opt args\" or \"+opt args\"")
                        .arg(part.trimmed())));
                continue;
            }
            QString name = m.captured(1), args = m.captured(2);
            if (name.endsWith(u'[') && args.endsWith(u']')) {
                name.chop(1);
                args.prepend(u'[');
            }
            if (!names.isEmpty())
                sig->append(Node::text(QStringLiteral(", "), call.line));
            auto descName = Node::element(QStringLiteral("desc_name"), call.line);
            descName->append(Node::text(name, call.line));
            sig->append(std::move(descName));
            if (!args.isEmpty()) {
                auto add = Node::element(QStringLiteral("desc_addname"), call.line);
                add->append(Node::text(args, call.line));
                sig->append(std::move(add));
            }
            names << name;
        }
        // The ids depend on the current program, which only the document order tells: the
        // project assigns them.
        sig->setAttribute(QStringLiteral("optnames"), names.join(u'\x1f'));
        if (call.hasOption(QStringLiteral("noindex")))
            sig->setAttribute(QStringLiteral("noindex"), QStringLiteral("True"));
        desc->append(std::move(sig));
        auto content = Node::element(QStringLiteral("desc_content"), call.contentLine);
        call.parser.parseNested(call.content, *content);
        desc->append(std::move(content));
        out.insert(out.begin(), std::move(desc));
        return out;
    };
    return spec;
}

DirectiveSpec envvarSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.hasContent = true;
    spec.run = [](DirectiveCall &call) {
        auto desc = Node::element(QStringLiteral("desc"), call.line);
        desc->setAttribute(QStringLiteral("domain"), QStringLiteral("std"));
        desc->setAttribute(QStringLiteral("objtype"), QStringLiteral("envvar"));
        auto sig = Node::element(QStringLiteral("desc_signature"), call.line);
        auto name = Node::element(QStringLiteral("desc_name"), call.line);
        name->append(Node::text(call.arguments.value(0), call.line));
        sig->append(std::move(name));
        sig->ids << sphinxId(QStringLiteral("envvar-") + call.arguments.value(0));
        sig->setAttribute(QStringLiteral("envvar"), call.arguments.value(0));
        desc->append(std::move(sig));
        auto content = Node::element(QStringLiteral("desc_content"), call.contentLine);
        call.parser.parseNested(call.content, *content);
        desc->append(std::move(content));
        return one(std::move(desc));
    };
    return spec;
}

// The writer renders the graph with Graphviz when it is installed, else shows the source.
DirectiveSpec graphvizSpec(const QString &kind)
{
    DirectiveSpec spec;
    spec.optionalArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    for (const char *o : {"alt", "caption", "align", "name", "class", "layout", "graphviz_dot"})
        spec.options.insert(QLatin1String(o), OptionKind::Unchanged);
    spec.run = [kind](DirectiveCall &call) {
        auto node = Node::element(QStringLiteral("graphviz"), call.line);
        QString code;
        if (kind == u"graphviz") {
            if (!call.arguments.isEmpty())
                node->setAttribute(QStringLiteral("file"), call.arguments.value(0));
            code = contentText(call.content);
        } else {
            code = kind + u' ' + call.arguments.value(0) + QStringLiteral(" {\n") +
                   contentText(call.content) + QStringLiteral("\n}\n");
        }
        if (code.trimmed().isEmpty() && !node->hasAttribute(QStringLiteral("file")))
            throw DirectiveError{QStringLiteral("Graphviz directive cannot have both content and a filename "
                                                "argument, and needs one of them")};
        node->setAttribute(QStringLiteral("code"), code);
        for (const char *o : {"alt", "caption", "align", "layout"})
            if (call.hasOption(QLatin1String(o)))
                node->setAttribute(QLatin1String(o), call.options.value(QLatin1String(o)));
        applyClassAndName(call, *node);
        return one(std::move(node));
    };
    return spec;
}

} // namespace

void registerSphinxBodyDirectives(Registry &r)
{
    const DirectiveSpec version = versionSpec();
    for (const char *n : {"versionadded", "versionchanged", "deprecated", "versionremoved"})
        r.addDirective(QLatin1String(n), version);
    r.addDirective(QStringLiteral("seealso"), seeAlsoSpec());
    r.addDirective(QStringLiteral("centered"), centeredSpec());
    r.addDirective(QStringLiteral("hlist"), hlistSpec());
    r.addDirective(QStringLiteral("glossary"), glossarySpec());
    r.addDirective(QStringLiteral("only"), onlySpec());
    r.addDirective(QStringLiteral("index"), indexSpec());
    r.addDirective(QStringLiteral("tabularcolumns"), tabularColumnsSpec());
    r.addDirective(QStringLiteral("program"), programSpec());
    const DirectiveSpec option = optionSpec();
    r.addDirective(QStringLiteral("option"), option);
    r.addDirective(QStringLiteral("std:option"), option);
    r.addDirective(QStringLiteral("cmdoption"), option); // Sphinx's older name, still used (CPython)
    r.addDirective(QStringLiteral("envvar"), envvarSpec());
    for (const char *n : {"graphviz", "digraph", "graph"})
        r.addDirective(QLatin1String(n), graphvizSpec(QLatin1String(n)));
}

} // namespace Docent
