// docutils' own body directives (admonitions, code, images, topics, quotes, raw, math), registered
// by name; the other families live in their own files and are registered from here.
#include "blockparser_p.h"
#include "codetokens.h"
#include "directivesupport_p.h"
#include "inlineparser_p.h"
#include "parsestate_p.h"
#include "registry.h"

#include <algorithm>

namespace Docent {
namespace {

// A temporary parent for nested parses whose results are sorted afterwards; not "holder", which
// marks a substitution definition's contents.
std::unique_ptr<Node> scratch(int line)
{
    return Node::element(QStringLiteral("scratch"), line);
}

bool inSubstitution(const DirectiveCall &call)
{
    return call.parent.is(u"holder") || call.parent.is(u"substitution_definition");
}

// The name of the substitution a directive defines, from ".. |name| directive::" as written.
QString substitutionName(const DirectiveCall &call)
{
    if (!call.parent.names.isEmpty())
        return call.parent.names.first();
    const QString text = InlineParser::escapeToNull(call.blockText.text());
    const qsizetype open = text.indexOf(u'|');
    for (qsizetype p = open + 2; open >= 0 && p < text.size(); ++p)
        if (text[p] == u'|' && text[p - 1] != QChar(0) && (p + 1 == text.size() || text[p + 1].isSpace()))
            return InlineParser::unescape(text.mid(open + 1, p - open - 1)).simplified();
    return {};
}

// docutils' simplename: word characters without "_", joined by single "-._+:".
bool isSimpleName(QStringView s)
{
    if (s.isEmpty())
        return false;
    bool wordBefore = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            wordBefore = true;
        } else if (QStringView(u"-._+:").contains(c) && wordBefore && i + 1 < s.size() &&
                   (s[i + 1].isLetterOrNumber())) {
            wordBefore = false;
        } else {
            return false;
        }
    }
    return wordBefore;
}

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

// docutils' NumberLines: a right-aligned "n " before each line of `text`.
void appendNumberedLines(Node &block, const QString &text, int startLine, int lineCount)
{
    const int width = int(QString::number(qint64(startLine) + lineCount).size());
    auto number = [&](qint64 n) {
        auto ln = Node::element(QStringLiteral("inline"), block.line());
        ln->classes << QStringLiteral("ln");
        ln->append(Node::text(QStringLiteral("%1 ").arg(n, width), block.line()));
        block.append(std::move(ln));
    };
    const QStringList lines = text.split(u'\n');
    qint64 n = startLine;
    number(n);
    for (qsizetype k = 0; k + 1 < lines.size(); ++k) {
        block.append(Node::text(lines[k] + u'\n', block.line()));
        number(++n);
    }
    block.append(Node::text(lines.back(), block.line()));
}

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
            const QString start = call.options.value(QStringLiteral("number-lines"));
            int first = 1;
            try {
                if (!start.isEmpty())
                    first = DirectiveOptions::integer(QStringLiteral("number-lines"), start);
            } catch (const DirectiveError &) {
                throw DirectiveError{QStringLiteral(":number-lines: with non-integer start value")};
            }
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

// The image directive's "target": a reference name ("name_" or "`phrase`_") or a URI.
std::unique_ptr<Node> imageReference(const DirectiveCall &call, const QString &target)
{
    const QStringList lines = InlineParser::escapeToNull(target).split(u'\n');
    QStringList stripped;
    for (const QString &l : lines)
        stripped << l.trimmed();
    auto ref = Node::element(QStringLiteral("reference"), call.line);
    if (!lines.isEmpty() && lines.back().trimmed().endsWith(u'_')) {
        const QString reference = stripped.join(u' ').simplified();
        QString refname;
        const QString body = reference.chopped(1);
        if (body.size() > 2 && body.startsWith(u'`') && body.endsWith(u'`') && body[1] != u' ' &&
            body[body.size() - 2] != u' ')
            refname = body.mid(1, body.size() - 2);
        else if (isSimpleName(body))
            refname = body;
        if (!refname.isEmpty()) {
            refname = InlineParser::unescape(refname);
            ref->setAttribute(QStringLiteral("refname"), normalizeName(refname));
            ref->setAttribute(QStringLiteral("name"), refname.simplified());
            return ref;
        }
    }
    ref->setAttribute(QStringLiteral("refuri"), DirectiveOptions::uri(target.split(u'\n').join(u' ')));
    return ref;
}

const QStringList kAlignV = {QStringLiteral("top"), QStringLiteral("middle"), QStringLiteral("bottom")};
const QStringList kAlignH = {QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right")};

NodeList runImage(DirectiveCall &call, bool inFigure)
{
    using namespace DirectiveOptions;
    convert(call, QStringLiteral("height"), [](const QString &v) { return lengthOrUnitless(QStringLiteral("height"), v); });
    convert(call, QStringLiteral("width"),
            [](const QString &v) { return lengthOrPercentageOrUnitless(QStringLiteral("width"), v); });
    convert(call, QStringLiteral("scale"), [](const QString &v) { return percentage(QStringLiteral("scale"), v); });
    if (call.hasOption(QStringLiteral("align")) && !inFigure) {
        const QString align = call.options.value(QStringLiteral("align"));
        if (inSubstitution(call) ? !kAlignV.contains(align) : !kAlignH.contains(align))
            throw DirectiveError{QStringLiteral("Error in \"%1\" directive: \"%2\" is not a valid value for the "
                                                "\"align\" option%3.")
                                     .arg(call.name, align,
                                          inSubstitution(call) ? QStringLiteral(" within a substitution definition")
                                                               : QString())};
    }
    NodeList out;
    auto node = Node::element(QStringLiteral("image"), call.line);
    node->setAttribute(QStringLiteral("uri"), uri(call.arguments.value(0)));
    if (!call.hasOption(QStringLiteral("alt")) && inSubstitution(call))
        node->setAttribute(QStringLiteral("alt"), substitutionName(call));
    for (const char *o : {"alt", "height", "width", "scale", "align"})
        if (call.hasOption(QLatin1String(o)) && !(inFigure && qstrcmp(o, "align") == 0))
            node->setAttribute(QLatin1String(o), call.options.value(QLatin1String(o)));
    applyClassAndName(call, *node);
    if (call.hasOption(QStringLiteral("target"))) {
        auto ref = imageReference(call, call.options.value(QStringLiteral("target")));
        ref->append(std::move(node));
        out.push_back(std::move(ref));
    } else {
        out.push_back(std::move(node));
    }
    return out;
}

DirectiveSpec imageSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.options = classAndName();
    for (const char *o : {"alt", "height", "width", "scale"})
        spec.options.insert(QLatin1String(o), OptionKind::Unchanged);
    spec.options.insert(QStringLiteral("target"), OptionKind::Text);
    spec.options.insert(QStringLiteral("align"), OptionKind::Choice);
    spec.choices.insert(QStringLiteral("align"), kAlignV + kAlignH);
    spec.run = [](DirectiveCall &call) { return runImage(call, false); };
    return spec;
}

DirectiveSpec figureSpec()
{
    DirectiveSpec spec = imageSpec();
    spec.hasContent = true;
    spec.options.insert(QStringLiteral("figwidth"), OptionKind::Unchanged);
    spec.options.insert(QStringLiteral("figclass"), OptionKind::ClassList);
    spec.choices.insert(QStringLiteral("align"), kAlignH);
    spec.run = [](DirectiveCall &call) {
        QString figwidth;
        if (call.hasOption(QStringLiteral("figwidth"))) {
            figwidth = call.options.value(QStringLiteral("figwidth"));
            // "image" asks for the image file's width, which is not looked up here
            figwidth = figwidth.toLower() == u"image"
                           ? QString()
                           : DirectiveOptions::lengthOrPercentageOrUnitless(QStringLiteral("figwidth"), figwidth,
                                                                           QStringLiteral("px"));
        }
        NodeList image = runImage(call, true);
        NodeList out;
        auto figure = Node::element(QStringLiteral("figure"), call.line);
        for (auto &n : image)
            figure->append(std::move(n));
        if (!figwidth.isEmpty())
            figure->setAttribute(QStringLiteral("width"), figwidth);
        if (call.hasOption(QStringLiteral("figclass")))
            figure->classes += call.options.value(QStringLiteral("figclass")).split(u' ', Qt::SkipEmptyParts);
        if (call.hasOption(QStringLiteral("align")))
            figure->setAttribute(QStringLiteral("align"), call.options.value(QStringLiteral("align")));
        if (!call.content.empty()) {
            auto holder = scratch(call.contentLine);
            call.parser.parseNested(call.content, *holder);
            if (holder->childCount()) {
                Node *first = holder->child(0);
                if (first->is(u"paragraph")) {
                    auto caption = Node::element(QStringLiteral("caption"), first->line());
                    caption->appendChildrenOf(*first);
                    figure->append(std::move(caption));
                } else if (!(first->is(u"comment") && first->childCount() == 0)) {
                    out.push_back(std::move(figure));
                    out.push_back(call.state.message(MessageLevel::Error, call.line,
                                                     QStringLiteral("Figure caption must be a paragraph or empty "
                                                                    "comment."),
                                                     call.blockText.text()));
                    return out;
                }
                holder->take(0);
                if (holder->childCount()) {
                    auto legend = Node::element(QStringLiteral("legend"), holder->child(0)->line());
                    legend->appendChildrenOf(*holder);
                    figure->append(std::move(legend));
                }
            }
        }
        out.push_back(std::move(figure));
        return out;
    };
    return spec;
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
    for (const char *n : {"attention", "caution", "danger", "error", "hint", "important", "note", "tip", "warning"})
        addAdmonition(r, QLatin1String(n));
    r.addDirective(QStringLiteral("admonition"), admonitionSpec());
    r.addDirective(QStringLiteral("code"), codeSpec());
    // docutils knows Sphinx's spellings of "code" too
    r.addDirective(QStringLiteral("code-block"), codeSpec());
    r.addDirective(QStringLiteral("sourcecode"), codeSpec());
    r.addDirective(QStringLiteral("image"), imageSpec());
    r.addDirective(QStringLiteral("figure"), figureSpec());
    addTopicLike(r, QStringLiteral("topic"));
    addTopicLike(r, QStringLiteral("sidebar"));

    {
        DirectiveSpec spec;
        spec.requiredArguments = 1;
        spec.finalArgumentWhitespace = true;
        spec.options = classAndName();
        spec.run = [](DirectiveCall &call) {
            return inlineElement(call, QStringLiteral("rubric"), call.arguments.value(0), call.line);
        };
        r.addDirective(QStringLiteral("rubric"), spec);
    }
    {
        DirectiveSpec spec;
        spec.hasContent = true;
        spec.options = classAndName();
        spec.run = [](DirectiveCall &call) {
            requireContent(call);
            // docutils reports the inline markup's problems at the directive's line
            return inlineElement(call, QStringLiteral("literal_block"), contentText(call.content), call.line);
        };
        r.addDirective(QStringLiteral("parsed-literal"), spec);
    }

    addQuote(r, QStringLiteral("epigraph"));
    addQuote(r, QStringLiteral("highlights"));
    addQuote(r, QStringLiteral("pull-quote"));
    r.addDirective(QStringLiteral("compound"), compoundSpec());
    r.addDirective(QStringLiteral("container"), containerSpec());
    r.addDirective(QStringLiteral("replace"), replaceSpec());
    r.addDirective(QStringLiteral("raw"), rawSpec());
    r.addDirective(QStringLiteral("math"), mathSpec());
    r.addDirective(QStringLiteral("line-block"), lineBlockSpec());
}

} // namespace Docent
