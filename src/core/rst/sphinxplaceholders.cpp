// Directives an extension generates at build time (autodoc, oslo.config, nova's own): Docent cannot
// run them, so it shows what was written, clearly marked, instead of an error.
#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "inlineparser_p.h"
#include "parsestate_p.h"
#include "registry.h"
#include "sphinxregistry.h"

namespace Docent {

DirectiveSpec sphinxPlaceholderDirective(const QString &origin, bool parseContent)
{
    // No arguments and no options declared: the whole block arrives as content and is taken apart
    // here, so any option the extension accepts is shown rather than rejected.
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.run = [origin, parseContent](DirectiveCall &call) {
        auto node = Node::element(QStringLiteral("placeholder"), call.line);
        node->setAttribute(QStringLiteral("directive"), call.name);
        if (!origin.isEmpty())
            node->setAttribute(QStringLiteral("origin"), origin);
        const QString firstLine = call.blockText.text().section(u'\n', 0, 0);
        const qsizetype marker = firstLine.indexOf(QStringLiteral("::"));
        const bool argumentOnMarkerLine = marker >= 0 && !firstLine.mid(marker + 2).trimmed().isEmpty();
        QStringList arguments, options, content;
        size_t i = 0;
        if (argumentOnMarkerLine) {
            for (; i < call.content.size(); ++i) {
                const Line &l = call.content[i];
                if (l.isBlank() || fieldMarkerEnd(l.text) >= 0)
                    break;
                arguments << l.text.trimmed().toString();
            }
        }
        if (argumentOnMarkerLine || (i < call.content.size() && fieldMarkerEnd(call.content[i].text) >= 0)) {
            for (; i < call.content.size(); ++i) {
                const Line &l = call.content[i];
                if (l.isBlank())
                    break;
                options << l.text.trimmed().toString();
            }
        }
        while (i < call.content.size() && call.content[i].isBlank())
            ++i;
        if (parseContent) {
            node->setAttribute(QStringLiteral("arguments"), arguments.join(u' '));
            node->setAttribute(QStringLiteral("options"), options.join(u'\n'));
            if (i < call.content.size())
                call.parser.parseNested(call.content.mid(i, call.content.size()), *node);
            NodeList out;
            out.push_back(std::move(node));
            return out;
        }
        for (; i < call.content.size(); ++i)
            content << call.content[i].text.toString();
        while (!content.isEmpty() && content.last().trimmed().isEmpty())
            content.removeLast();
        node->setAttribute(QStringLiteral("arguments"), arguments.join(u' '));
        node->setAttribute(QStringLiteral("options"), options.join(u'\n'));
        if (!content.isEmpty()) {
            auto block = Node::element(QStringLiteral("literal_block"), call.contentLine);
            block->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            block->append(Node::text(content.join(u'\n'), call.contentLine));
            node->append(std::move(block));
        }
        NodeList out;
        out.push_back(std::move(node));
        return out;
    };
    return spec;
}

RoleHandler sphinxExtensionRole(const QString &origin)
{
    return [origin](RoleCall &call) {
        // "title <target>" shows the title, as nearly every link-like role does.
        QString text = InlineParser::unescape(call.text);
        const qsizetype open = text.lastIndexOf(u'<');
        if (text.endsWith(u'>') && open > 0 && !text.left(open).trimmed().isEmpty())
            text = text.left(open).trimmed();
        auto node = Node::element(QStringLiteral("extension_role"), call.line);
        node->setAttribute(QStringLiteral("role"), call.name);
        node->setAttribute(QStringLiteral("origin"), origin);
        node->classes = call.classes;
        node->append(Node::text(text, call.line));
        RoleResult result;
        result.nodes.push_back(std::move(node));
        return result;
    };
}

void registerSphinxPlaceholders(Registry &r)
{
    // autodoc imports the documented code to write these; Docent never runs it.
    const DirectiveSpec autodoc = sphinxPlaceholderDirective(
        QStringLiteral("Sphinx's autodoc extension, from the Python code it imports"));
    for (const char *n : {"automodule", "autoclass", "autofunction", "automethod", "autodata", "autoattribute",
                          "autoexception", "autodecorator", "autoproperty", "autonewtypedata"})
        r.addDirective(QLatin1String(n), autodoc);
    const DirectiveSpec spec = sphinxPlaceholderDirective();
    for (const char *n : {"extra-specs", "feature_matrix", "support_matrix",
                          "show-options", "show-policy", "versioned_notifications", "oslo.config:option",
                          "oslo.config:group", "rest_method", "rest_parameters", "rest_expand_all"})
        r.addDirective(QLatin1String(n), spec);

    // Directives that show nothing in Sphinx's HTML (authors are off by default): accepted silently.
    DirectiveSpec invisible;
    invisible.optionalArguments = 1;
    invisible.finalArgumentWhitespace = true;
    invisible.hasContent = true;
    for (const char *o : {"platform", "synopsis", "deprecated", "noindex", "no-index"})
        invisible.options.insert(QLatin1String(o), OptionKind::Unchanged);
    invisible.run = [](DirectiveCall &) { return NodeList{}; };
    for (const char *n : {"sectionauthor", "moduleauthor", "codeauthor"})
        r.addDirective(QLatin1String(n), invisible);
}

} // namespace Docent
