// The directives of Sphinx's own extensions that need no Python to show: doctest's blocks (code
// blocks, the setup and cleanup hidden as Sphinx hides them), math with equation numbers
// (sphinx.ext.mathjax and its kin, whose :label: the :eq: role refers to) and autosummary's table.
#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "parsestate_p.h"
#include "registry.h"
#include "tabledirectives_p.h"
#include "sphinxregistry.h"

namespace Docent {
namespace {

// doctest, testcode, testoutput: a code block in the language Sphinx gives each one;
// testsetup, testcleanup: a comment, which the page does not show.
DirectiveSpec doctestSpec(const QString &kind, const QString &language)
{
    DirectiveSpec spec;
    spec.optionalArguments = 1; // the group name
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    for (const char *o : {"hide", "no-trim-doctest-flags", "trim-doctest-flags", "skipif"})
        spec.options.insert(QLatin1String(o), OptionKind::Unchanged);
    spec.options.insert(QStringLiteral("options"), OptionKind::Unchanged);
    spec.options.insert(QStringLiteral("pyversion"), OptionKind::Unchanged);
    spec.run = [kind, language](DirectiveCall &call) {
        const bool hidden = kind == u"testsetup" || kind == u"testcleanup" || call.hasOption(QStringLiteral("hide"));
        auto node = Node::element(hidden ? QStringLiteral("comment") : QStringLiteral("literal_block"), call.line);
        node->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        node->setAttribute(QStringLiteral("testnodetype"), kind);
        node->setAttribute(QStringLiteral("groups"), call.arguments.value(0, QStringLiteral("default")).trimmed());
        if (!hidden)
            node->setAttribute(QStringLiteral("language"), language);
        node->append(Node::text(contentText(call.content), call.contentLine));
        return one(std::move(node));
    };
    return spec;
}

// Sphinx's math: one block (the argument, then the content), numbered when it has a :label:.
DirectiveSpec sphinxMathSpec()
{
    DirectiveSpec spec;
    spec.optionalArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.options.insert(QStringLiteral("label"), OptionKind::Unchanged);
    spec.options.insert(QStringLiteral("name"), OptionKind::Unchanged);
    spec.options.insert(QStringLiteral("class"), OptionKind::ClassList);
    spec.options.insert(QStringLiteral("nowrap"), OptionKind::Flag);
    spec.run = [](DirectiveCall &call) {
        QString latex = contentText(call.content);
        if (!call.arguments.value(0).isEmpty())
            latex = call.arguments.first() + (latex.isEmpty() ? QString() : QStringLiteral("\n\n") + latex);
        auto node = Node::element(QStringLiteral("math_block"), call.line);
        node->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        if (call.hasOption(QStringLiteral("class")))
            node->classes = call.options.value(QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts);
        QString label = call.options.value(QStringLiteral("label"), call.options.value(QStringLiteral("name"))).trimmed();
        if (!label.isEmpty()) {
            const QString number = QString::number(++call.state.equationSerial);
            node->ids << QStringLiteral("equation-") + label;
            node->setAttribute(QStringLiteral("label"), label);
            node->setAttribute(QStringLiteral("number"), number);
            // :eq: finds it as an object of type "eq", shown as its number
            node->setAttribute(QStringLiteral("genericobject"), QStringLiteral("eq\x1f") + label);
            node->setAttribute(QStringLiteral("objecttitle"), u'(' + number + u')');
        }
        node->append(Node::text(latex, call.contentLine));
        return one(std::move(node));
    };
    return spec;
}

// autosummary: a table of the entries, each named through the registry's py:obj role (a link
// once the tree's Python objects resolve). Docent imports no docstrings: where the tree itself
// describes the object, the resolve pass fills the second column with the first sentence of its
// description (sphinx/autosummary.cpp); otherwise it stays empty, as for an object Sphinx cannot
// import.
DirectiveSpec autosummarySpec()
{
    DirectiveSpec spec;
    spec.hasContent = true;
    for (const char *o : {"toctree", "template", "caption"})
        spec.options.insert(QLatin1String(o), OptionKind::Unchanged);
    for (const char *o : {"nosignatures", "recursive"})
        spec.options.insert(QLatin1String(o), OptionKind::Flag);
    spec.run = [](DirectiveCall &call) {
        Node *tgroup = nullptr;
        auto table = TableDirectives::tableSkeleton({10, 90}, 0, call.line, tgroup);
        table->classes = QStringList{QStringLiteral("autosummary"), QStringLiteral("longtable")};
        auto body = Node::element(QStringLiteral("tbody"), call.line);
        const RoleHandler *role = call.state.registry.role(QStringLiteral("py:obj"));
        for (const Line &l : call.content) {
            const QString name = l.text.trimmed().toString();
            if (name.isEmpty() || name.startsWith(u':'))
                continue;
            auto paragraph = Node::element(QStringLiteral("paragraph"), l.number);
            if (role) {
                RoleCall rc{QStringLiteral("py:obj"), QStringLiteral(":py:obj:`%1`").arg(name), name, l.number, call.state, {}, {}};
                for (auto &n : (*role)(rc).nodes) {
                    if (n->is(u"pending_xref")) // the resolve pass fills the summary from its description
                        n->setAttribute(QStringLiteral("docent:autosummary"), QStringLiteral("True"));
                    paragraph->append(std::move(n));
                }
            } else {
                paragraph->append(Node::text(name, l.number));
            }
            auto row = Node::element(QStringLiteral("row"), l.number);
            auto first = Node::element(QStringLiteral("entry"), l.number);
            first->append(std::move(paragraph));
            row->append(std::move(first));
            auto second = Node::element(QStringLiteral("entry"), l.number);
            second->append(Node::element(QStringLiteral("paragraph"), l.number));
            row->append(std::move(second));
            body->append(std::move(row));
        }
        tgroup->append(std::move(body));
        return one(std::move(table));
    };
    return spec;
}

} // namespace

DirectiveSpec sphinxIfconfigDirective(std::function<std::optional<bool>(const QString &)> condition)
{
    DirectiveSpec spec = sphinxPlaceholderDirective(
        QStringLiteral("Sphinx's ifconfig extension (its content appears only when the condition holds for "
                       "conf.py's values)"),
        true);
    const auto undecided = spec.run;
    spec.run = [undecided, condition](DirectiveCall &call) {
        // the placeholder takes the block as content: the condition is its first lines, up to a blank
        QStringList written;
        size_t i = 0;
        for (; i < call.content.size() && !call.content[i].isBlank(); ++i)
            written << call.content[i].text.trimmed().toString();
        const std::optional<bool> holds = condition ? condition(written.join(u' ')) : std::nullopt;
        if (!holds)
            return undecided(call);
        if (*holds && i < call.content.size())
            call.parser.parseNested(call.content.mid(i, call.content.size()), call.parent);
        return NodeList{};
    };
    return spec;
}

void registerSphinxExtensionDirectives(Registry &r)
{
    r.addDirective(QStringLiteral("doctest"), doctestSpec(QStringLiteral("doctest"), QStringLiteral("pycon")));
    r.addDirective(QStringLiteral("testcode"), doctestSpec(QStringLiteral("testcode"), QStringLiteral("python")));
    r.addDirective(QStringLiteral("testoutput"), doctestSpec(QStringLiteral("testoutput"), QStringLiteral("none")));
    r.addDirective(QStringLiteral("testsetup"), doctestSpec(QStringLiteral("testsetup"), QString()));
    r.addDirective(QStringLiteral("testcleanup"), doctestSpec(QStringLiteral("testcleanup"), QString()));
    r.addDirective(QStringLiteral("math"), sphinxMathSpec());
    r.addDirective(QStringLiteral("autosummary"), autosummarySpec());
    // Without conf.py's values nothing is decidable: the content is shown, with the condition.
    r.addDirective(QStringLiteral("ifconfig"), sphinxIfconfigDirective({}));
    r.addRole(QStringLiteral("eq"), sphinxXrefRole(QStringLiteral("eq"), QStringLiteral("inline"), QStringLiteral("math")));
}

} // namespace Docent
