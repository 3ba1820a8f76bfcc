// docutils' directives whose content is kept as text: code (its tokens from codetokens, with
// :number-lines:), raw (the content or a :file:, never a :url:) and math.
#include "codetokens.h"
#include "directivesupport_p.h"
#include "registry.h"

namespace Docent {
namespace {

DirectiveSpec codeSpec()
{
    DirectiveSpec spec;
    spec.optionalArguments = 1;
    spec.hasContent = true;
    spec.options = classAndName();
    spec.options.insert(QStringLiteral("number-lines"), OptionKind::Unchanged);
    spec.run = [](DirectiveCall &call) {
        requireContent(call);
        NodeList out;
        auto node = Node::element(QStringLiteral("literal_block"), call.line);
        node->classes << QStringLiteral("code");
        const QString language = call.arguments.value(0);
        if (!language.isEmpty())
            node->classes += language.split(u' ', Qt::SkipEmptyParts);
        applyClassAndName(call, *node);
        node->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        const QString text = contentText(call.content);
        if (call.hasOption(QStringLiteral("number-lines"))) {
            const int first = numberLinesStart(call);
            if (language.isEmpty())
                appendNumberedLines(*node, text, first, int(call.content.size()));
            else
                for (auto &child : tokenizeCode(text, language, call.contentLine, first, int(call.content.size())))
                    node->append(std::move(child));
        } else if (!language.isEmpty()) {
            for (auto &child : tokenizeCode(text, language, call.contentLine))
                node->append(std::move(child));
        } else {
            node->append(Node::text(text, call.contentLine));
        }
        out.push_back(std::move(node));
        return out;
    };
    return spec;
}

DirectiveSpec rawSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.options.insert(QStringLiteral("file"), OptionKind::Text);
    spec.options.insert(QStringLiteral("url"), OptionKind::Text);
    spec.options.insert(QStringLiteral("encoding"), OptionKind::Text);
    spec.options.insert(QStringLiteral("class"), OptionKind::ClassList);
    spec.run = [](DirectiveCall &call) {
        NodeList out;
        auto node = Node::element(QStringLiteral("raw"), call.line);
        node->setAttribute(QStringLiteral("format"), splitWhitespace(call.arguments.value(0).toLower()).join(u' '));
        node->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        const bool external = call.hasOption(QStringLiteral("file")) || call.hasOption(QStringLiteral("url"));
        QString text;
        if (!call.content.empty()) {
            if (external)
                throw DirectiveError{QStringLiteral("\"%1\" directive may not both specify an external file and "
                                                    "have content.")
                                         .arg(call.name)};
            text = contentText(call.content);
        } else if (call.hasOption(QStringLiteral("file"))) {
            if (call.hasOption(QStringLiteral("url")))
                throw DirectiveError{QStringLiteral("The \"file\" and \"url\" options may not be simultaneously "
                                                    "specified for the \"%1\" directive.")
                                         .arg(call.name)};
            QString path = call.options.value(QStringLiteral("file"));
            path.remove(u'\n');
            const DirectiveFile file =
                readDirectiveFile(call, path, call.options.value(QStringLiteral("encoding")));
            text = file.text;
            text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            text.replace(u'\r', u'\n');
            node->setAttribute(QStringLiteral("source"), file.shownPath);
        } else if (call.hasOption(QStringLiteral("url"))) {
            // A document must never make the reader go online.
            throw DirectiveError{QStringLiteral("Problems with \"%1\" directive URL \"%2\":\nremote content is "
                                                "never fetched.")
                                     .arg(call.name, call.options.value(QStringLiteral("url"))),
                                 4};
        } else {
            requireContent(call);
        }
        if (call.hasOption(QStringLiteral("class")))
            node->classes += call.options.value(QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts);
        node->append(Node::text(text, call.contentLine));
        out.push_back(std::move(node));
        return out;
    };
    return spec;
}

DirectiveSpec mathSpec()
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.options = classAndName();
    spec.run = [](DirectiveCall &call) {
        requireContent(call);
        NodeList out;
        // blocks separated by blank lines are separate equations
        const QStringList blocks = contentText(call.content).split(QStringLiteral("\n\n"));
        for (const QString &block : blocks) {
            if (block.isEmpty())
                continue;
            auto node = Node::element(QStringLiteral("math_block"), call.contentLine);
            node->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            // every equation has the classes; the name goes to the first
            applyClassAndName(call, *node);
            call.options.remove(QStringLiteral("name"));
            node->append(Node::text(block, call.contentLine));
            out.push_back(std::move(node));
        }
        return out;
    };
    return spec;
}

} // namespace

void registerLiteralDirectives(Registry &r)
{
    r.addDirective(QStringLiteral("code"), codeSpec());
    // docutils knows Sphinx's spellings of "code" too
    r.addDirective(QStringLiteral("code-block"), codeSpec());
    r.addDirective(QStringLiteral("sourcecode"), codeSpec());
    r.addDirective(QStringLiteral("raw"), rawSpec());
    r.addDirective(QStringLiteral("math"), mathSpec());
}

} // namespace Docent
