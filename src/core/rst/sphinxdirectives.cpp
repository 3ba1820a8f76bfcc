// The Sphinx layer's directives (toctree, code-block, todo, version notes ...): registered on top of docutils'.
#include "blockparser_p.h"
#include "parsestate_p.h"
#include "registry.h"
#include "sphinxregistry.h"

namespace Docent {
void registerSphinxDirectives(Registry &r)
{
    {
        // The toctree node keeps its entries as children: <toctree_entry title="..." target="...">.
        DirectiveSpec spec;
        spec.hasContent = true;
        for (const char *o : {"hidden", "glob", "titlesonly", "numbered", "reversed", "includehidden"})
            spec.options.insert(QLatin1String(o), OptionKind::Unchanged);
        for (const char *o : {"maxdepth", "caption", "name", "class"})
            spec.options.insert(QLatin1String(o), OptionKind::Unchanged);
        spec.run = [](DirectiveCall &call) {
            NodeList out;
            auto node = Node::element(QStringLiteral("toctree"), call.line);
            for (auto it = call.options.cbegin(); it != call.options.cend(); ++it)
                node->setAttribute(it.key(), it.value().isEmpty() ? QStringLiteral("True") : it.value());
            for (const Line &l : call.content) {
                const QString entry = l.text.trimmed().toString();
                if (entry.isEmpty())
                    continue;
                auto e = Node::element(QStringLiteral("toctree_entry"), l.number);
                // "Title <target>" gives an explicit title
                if (entry.endsWith(u'>') && entry.contains(QStringLiteral(" <"))) {
                    const qsizetype open = entry.lastIndexOf(QStringLiteral(" <"));
                    e->setAttribute(QStringLiteral("title"), entry.left(open).trimmed());
                    e->setAttribute(QStringLiteral("target"), entry.mid(open + 2, entry.size() - open - 3).trimmed());
                } else {
                    e->setAttribute(QStringLiteral("target"), entry);
                }
                node->append(std::move(e));
            }
            out.push_back(std::move(node));
            return out;
        };
        r.addDirective(QStringLiteral("toctree"), spec);
    }

    {
        DirectiveSpec spec;
        spec.hasContent = true;
        spec.options.insert(QStringLiteral("class"), OptionKind::ClassList);
        spec.options.insert(QStringLiteral("name"), OptionKind::Unchanged);
        spec.run = [](DirectiveCall &call) {
            NodeList out;
            auto node = Node::element(QStringLiteral("todo_node"), call.line);
            call.parser.parseNested(call.content, *node);
            out.push_back(std::move(node));
            return out;
        };
        r.addDirective(QStringLiteral("todo"), spec);
    }

    {
        // The list itself is filled in by the project, which knows every document's todos.
        DirectiveSpec spec;
        spec.run = [](DirectiveCall &call) {
            NodeList out;
            out.push_back(Node::element(QStringLiteral("todolist"), call.line));
            return out;
        };
        r.addDirective(QStringLiteral("todolist"), spec);
    }

    registerSphinxBodyDirectives(r);
    registerSphinxObjectDirectives(r);
    allowCollapsibleAdmonitions(r); // after seealso is registered
    registerSphinxCodeDirectives(r, QString());
    registerSphinxPlaceholders(r);
    registerSphinxExtensionDirectives(r);
    registerDomainDirectives(r);
}

} // namespace Docent
