// The Sphinx layer's directives (toctree, code-block, todo, version notes ...): registered on top of docutils'.
#include "blockparser.h"
#include "parsestate.h"
#include "registry.h"

namespace Docent {
namespace {

QString contentText(const Block &content)
{
    QString out;
    for (size_t k = 0; k < content.size(); ++k) {
        if (k)
            out += u'\n';
        out += content[k].text;
    }
    return out;
}

} // namespace

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
        spec.optionalArguments = 1;
        spec.hasContent = true;
        for (const char *o : {"linenos", "emphasize-lines", "caption", "name", "class", "dedent", "force",
                              "lineno-start"})
            spec.options.insert(QLatin1String(o), OptionKind::Unchanged);
        spec.run = [](DirectiveCall &call) {
            NodeList out;
            auto node = Node::element(QStringLiteral("literal_block"), call.line);
            node->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            node->setAttribute(QStringLiteral("language"), call.arguments.value(0));
            if (call.hasOption(QStringLiteral("caption")))
                node->setAttribute(QStringLiteral("caption"), call.options.value(QStringLiteral("caption")));
            if (call.hasOption(QStringLiteral("linenos")))
                node->setAttribute(QStringLiteral("linenos"), QStringLiteral("True"));
            node->append(Node::text(contentText(call.content), call.contentLine));
            out.push_back(std::move(node));
            return out;
        };
        r.addDirective(QStringLiteral("code-block"), spec);
        r.addDirective(QStringLiteral("sourcecode"), spec);
        r.addDirective(QStringLiteral("code"), spec);
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
}

} // namespace Docent
