// docutils' own body directives (admonitions, topics and sidebars, rubrics, quotes, compound,
// container, replace, line-block), registered by name; the other families live in their own files
// (tables, include, parts, meta, images, literal content) and are registered from here.
#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "parsestate_p.h"
#include "registry.h"

#include <algorithm>

namespace Docent {
namespace {

void addAdmonition(Registry &r, const QString &name)
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.options = classAndName();
    spec.run = [name](DirectiveCall &call) {
        requireContent(call);
        NodeList out;
        auto node = Node::element(name, call.line);
        applyClassAndName(call, *node);
        call.parser.parseNested(call.content, *node);
        out.push_back(std::move(node));
        return out;
    };
    r.addDirective(name, spec);
}

// epigraph, highlights, pull-quote: the content is a block quote (with attributions) of a class.
void addQuote(Registry &r, const QString &directiveName)
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.run = [directiveName](DirectiveCall &call) {
        requireContent(call);
        auto holder = scratch(call.line);
        call.parser.parseBlockQuote(call.content, *holder);
        NodeList out;
        while (holder->childCount()) {
            auto n = holder->take(0);
            if (n->is(u"block_quote"))
                n->classes << directiveName;
            out.push_back(std::move(n));
        }
        return out;
    };
    r.addDirective(directiveName, spec);
}

void addTopicLike(Registry &r, const QString &tag)
{
    DirectiveSpec spec;
    const bool sidebar = tag == u"sidebar";
    spec.requiredArguments = sidebar ? 0 : 1;
    spec.optionalArguments = sidebar ? 1 : 0;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.options = classAndName();
    if (sidebar)
        spec.options.insert(QStringLiteral("subtitle"), OptionKind::Text);
    spec.run = [tag, sidebar](DirectiveCall &call) {
        if (sidebar && call.parent.is(u"sidebar"))
            throw DirectiveError{QStringLiteral("The \"%1\" directive may not be used within a sidebar element.")
                                     .arg(call.name)};
        if (sidebar && call.hasOption(QStringLiteral("subtitle")) && call.arguments.isEmpty())
            throw DirectiveError{QStringLiteral("The \"subtitle\" option may not be used without a title.")};
        if (!call.parser.inTopLevel() && !call.parent.is(u"sidebar"))
            throw DirectiveError{QStringLiteral("The \"%1\" directive may not be used within topics or body "
                                                "elements.")
                                     .arg(call.name)};
        requireContent(call);
        NodeList out;
        auto node = Node::element(tag, call.line);
        auto messages = scratch(call.line);
        if (!call.arguments.isEmpty()) {
            auto title = Node::element(QStringLiteral("title"), call.line);
            call.parser.parseInline(call.arguments.value(0), call.line, *title, *messages);
            node->append(std::move(title));
        }
        if (call.hasOption(QStringLiteral("subtitle"))) {
            auto sub = Node::element(QStringLiteral("subtitle"), call.line);
            call.parser.parseInline(call.options.value(QStringLiteral("subtitle")), call.line, *sub, *messages);
            node->append(std::move(sub));
        }
        node->appendChildrenOf(*messages);
        applyClassAndName(call, *node);
        call.parser.parseNested(call.content, *node);
        out.push_back(std::move(node));
        return out;
    };
    r.addDirective(tag, spec);
}

DirectiveSpec admonitionSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.options = classAndName();
    spec.run = [](DirectiveCall &call) {
        requireContent(call);
        NodeList out;
        auto node = Node::element(QStringLiteral("admonition"), call.line);
        applyClassAndName(call, *node);
        auto title = Node::element(QStringLiteral("title"), call.line);
        auto messages = scratch(call.line);
        call.parser.parseInline(call.arguments.value(0), call.line, *title, *messages);
        node->append(std::move(title));
        node->appendChildrenOf(*messages);
        if (!call.hasOption(QStringLiteral("class")))
            node->classes << QStringLiteral("admonition-") + makeId(call.arguments.value(0));
        call.parser.parseNested(call.content, *node);
        out.push_back(std::move(node));
        return out;
    };
    return spec;
}

// rubric, parsed-literal: inline text in one element, its messages after it.
NodeList inlineElement(DirectiveCall &call, const QString &tag, const QString &text, int line)
{
    NodeList out;
    auto node = Node::element(tag, line);
    if (tag == u"literal_block")
        node->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    auto messages = scratch(line);
    call.parser.parseInline(text, line, *node, *messages);
    applyClassAndName(call, *node); // after the content: a duplicate-name message follows it
    out.push_back(std::move(node));
    while (messages->childCount())
        out.push_back(messages->take(0));
    return out;
}

DirectiveSpec rubricSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.options = classAndName();
    spec.run = [](DirectiveCall &call) {
        return inlineElement(call, QStringLiteral("rubric"), call.arguments.value(0), call.line);
    };
    return spec;
}

DirectiveSpec parsedLiteralSpec()
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.options = classAndName();
    spec.run = [](DirectiveCall &call) {
        requireContent(call);
        // docutils reports the inline markup's problems at the directive's line
        return inlineElement(call, QStringLiteral("literal_block"), contentText(call.content), call.line);
    };
    return spec;
}

DirectiveSpec replaceSpec()
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.run = [](DirectiveCall &call) {
        if (!inSubstitution(call))
            throw DirectiveError{QStringLiteral("Invalid context: the \"%1\" directive can only be used within a "
                                                "substitution definition.")
                                     .arg(call.name)};
        requireContent(call);
        auto holder = scratch(call.line);
        call.parser.parseNested(call.content, *holder);
        // one paragraph, whose inline content is the replacement; messages come along
        NodeList messages;
        std::unique_ptr<Node> paragraph;
        while (holder->childCount()) {
            auto n = holder->take(0);
            if (!paragraph && n->is(u"paragraph")) {
                paragraph = std::move(n);
            } else if (n->is(u"system_message")) {
                n->backrefs.clear();
                messages.push_back(std::move(n));
            } else {
                NodeList out;
                out.push_back(call.state.message(MessageLevel::Error, call.line,
                                                 QStringLiteral("Error in \"%1\" directive: may contain a single "
                                                                "paragraph only.")
                                                     .arg(call.name)));
                return out;
            }
        }
        NodeList out = std::move(messages);
        if (paragraph)
            while (paragraph->childCount())
                out.push_back(paragraph->take(0));
        return out;
    };
    return spec;
}

DirectiveSpec containerSpec()
{
    DirectiveSpec spec;
    spec.optionalArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.options.insert(QStringLiteral("name"), OptionKind::Unchanged);
    spec.run = [](DirectiveCall &call) {
        requireContent(call);
        NodeList out;
        auto node = Node::element(QStringLiteral("container"), call.line);
        for (const QString &c : splitWhitespace(call.arguments.value(0))) {
            const QString id = makeId(c);
            if (id.isEmpty())
                throw DirectiveError{QStringLiteral("Invalid class attribute value for \"%1\" directive: \"%2\".")
                                         .arg(call.name, call.arguments.value(0))};
            node->classes << id;
        }
        applyClassAndName(call, *node);
        call.parser.parseNested(call.content, *node);
        out.push_back(std::move(node));
        return out;
    };
    return spec;
}

DirectiveSpec compoundSpec()
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.options = classAndName();
    spec.run = [](DirectiveCall &call) {
        requireContent(call);
        NodeList out;
        auto node = Node::element(QStringLiteral("compound"), call.line);
        applyClassAndName(call, *node);
        call.parser.parseNested(call.content, *node);
        out.push_back(std::move(node));
        return out;
    };
    return spec;
}

// docutils' nest_line_block_segment: lines indented deeper than the least indent of a run go
// into a nested line block. Nesting stops at a depth no real text reaches, to bound the recursion.
void nestLines(Node &block, std::vector<int> indents, int depth = 0)
{
    if (indents.empty() || depth > 100)
        return;
    const int least = *std::min_element(indents.begin(), indents.end());
    std::vector<std::unique_ptr<Node>> items;
    std::vector<int> itemIndents;
    while (block.childCount()) {
        items.push_back(block.take(0));
        itemIndents.push_back(indents[items.size() - 1]);
    }
    std::unique_ptr<Node> nested;
    std::vector<int> nestedIndents;
    auto flush = [&] {
        if (!nested)
            return;
        nestLines(*nested, nestedIndents, depth + 1);
        block.append(std::move(nested));
        nestedIndents.clear();
    };
    for (size_t k = 0; k < items.size(); ++k) {
        if (itemIndents[k] > least) {
            if (!nested)
                nested = Node::element(QStringLiteral("line_block"), items[k]->line());
            nested->append(std::move(items[k]));
            nestedIndents.push_back(itemIndents[k]);
        } else {
            flush();
            block.append(std::move(items[k]));
        }
    }
    flush();
}

// The deprecated line-block directive: each content line a line, nested by indentation.
DirectiveSpec lineBlockSpec()
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.options = classAndName();
    spec.run = [](DirectiveCall &call) {
        requireContent(call);
        NodeList out;
        auto block = Node::element(QStringLiteral("line_block"), call.line);
        applyClassAndName(call, *block);
        auto messages = scratch(call.line);
        std::vector<int> indents;
        // docutils numbers these lines from the sum of the directive's line and the content's offset
        int messageLine = call.line + call.contentLine - 1;
        for (const Line &l : call.content) {
            auto line = Node::element(QStringLiteral("line"), l.number);
            const QString text = l.text.trimmed().toString();
            call.parser.parseInline(text, messageLine++, *line, *messages);
            indents.push_back(text.isEmpty() && !indents.empty() ? indents.back() : l.indent());
            block->append(std::move(line));
        }
        nestLines(*block, indents);
        out.push_back(std::move(block));
        while (messages->childCount())
            out.push_back(messages->take(0));
        return out;
    };
    return spec;
}

} // namespace

void registerDocutilsDirectives(Registry &r)
{
    registerTableDirectives(r);
    registerIncludeDirective(r);
    registerPartsDirectives(r);
    registerMetaDirectives(r);
    registerImageDirectives(r);
    registerLiteralDirectives(r);
    for (const char *n : {"attention", "caution", "danger", "error", "hint", "important", "note", "tip", "warning"})
        addAdmonition(r, QLatin1String(n));
    r.addDirective(QStringLiteral("admonition"), admonitionSpec());
    addTopicLike(r, QStringLiteral("topic"));
    addTopicLike(r, QStringLiteral("sidebar"));
    r.addDirective(QStringLiteral("rubric"), rubricSpec());
    r.addDirective(QStringLiteral("parsed-literal"), parsedLiteralSpec());
    addQuote(r, QStringLiteral("epigraph"));
    addQuote(r, QStringLiteral("highlights"));
    addQuote(r, QStringLiteral("pull-quote"));
    r.addDirective(QStringLiteral("compound"), compoundSpec());
    r.addDirective(QStringLiteral("container"), containerSpec());
    r.addDirective(QStringLiteral("replace"), replaceSpec());
    r.addDirective(QStringLiteral("line-block"), lineBlockSpec());
}

} // namespace Docent
