// docutils' own directives (admonitions, code, images, body elements, roles), registered by name.
#include "blockparser.h"
#include "inlineparser.h"
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

void applyClassAndName(DirectiveCall &call, Node &node)
{
    if (call.hasOption(QStringLiteral("class")))
        node.classes += call.options.value(QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts);
    if (call.hasOption(QStringLiteral("name"))) {
        node.names.append(normalizeName(call.options.value(QStringLiteral("name"))));
        call.state.noteExplicitTarget(node, call.parent);
    }
}

void requireContent(const DirectiveCall &call)
{
    if (call.content.empty())
        throw DirectiveError{QStringLiteral("Content block expected for the \"%1\" directive; none found.")
                                 .arg(call.name)};
}

QHash<QString, OptionKind> classAndName()
{
    return {{QStringLiteral("class"), OptionKind::ClassList}, {QStringLiteral("name"), OptionKind::Unchanged}};
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
        node->append(Node::text(contentText(call.content), call.contentLine));
        out.push_back(std::move(node));
        return out;
    };
    return spec;
}

void addBodyContainer(Registry &r, const QString &directiveName, const QString &tag, const QString &cls = {})
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.run = [tag, cls](DirectiveCall &call) {
        requireContent(call);
        NodeList out;
        auto node = Node::element(tag, call.line);
        if (!cls.isEmpty())
            node->classes << cls;
        call.parser.parseNested(call.content, *node);
        out.push_back(std::move(node));
        return out;
    };
    r.addDirective(directiveName, spec);
}

} // namespace

void registerDocutilsDirectives(Registry &r)
{
    registerTableDirectives(r);
    for (const char *n : {"attention", "caution", "danger", "error", "hint", "important", "note", "tip", "warning"})
        addAdmonition(r, QLatin1String(n));

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
            auto title = Node::element(QStringLiteral("title"), call.line);
            call.parser.parseInline(call.arguments.value(0), call.line, *title, *node);
            node->classes << QStringLiteral("admonition-") + makeId(call.arguments.value(0));
            applyClassAndName(call, *node);
            node->insert(0, std::move(title));
            call.parser.parseNested(call.content, *node);
            out.push_back(std::move(node));
            return out;
        };
        r.addDirective(QStringLiteral("admonition"), spec);
    }

    r.addDirective(QStringLiteral("code"), codeSpec());

    {
        DirectiveSpec spec;
        spec.requiredArguments = 1;
        spec.finalArgumentWhitespace = true;
        spec.options = classAndName();
        for (const char *o : {"alt", "height", "width", "scale", "align", "target", "loading"})
            spec.options.insert(QLatin1String(o), OptionKind::Unchanged);
        spec.run = [](DirectiveCall &call) {
            NodeList out;
            auto node = Node::element(QStringLiteral("image"), call.line);
            QString uri = call.arguments.value(0);
            uri.remove(u'\n');
            node->setAttribute(QStringLiteral("uri"), uri);
            for (const char *o : {"alt", "height", "width", "scale", "align"})
                if (call.hasOption(QLatin1String(o)))
                    node->setAttribute(QLatin1String(o), call.options.value(QLatin1String(o)));
            applyClassAndName(call, *node);
            if (call.hasOption(QStringLiteral("target"))) {
                auto ref = Node::element(QStringLiteral("reference"), call.line);
                ref->setAttribute(QStringLiteral("refuri"), call.options.value(QStringLiteral("target")));
                ref->append(std::move(node));
                out.push_back(std::move(ref));
            } else {
                out.push_back(std::move(node));
            }
            return out;
        };
        r.addDirective(QStringLiteral("image"), spec);

        DirectiveSpec fig = spec;
        fig.hasContent = true;
        fig.options.insert(QStringLiteral("figwidth"), OptionKind::Unchanged);
        fig.options.insert(QStringLiteral("figclass"), OptionKind::ClassList);
        fig.run = [img = spec.run](DirectiveCall &call) {
            NodeList out;
            auto figure = Node::element(QStringLiteral("figure"), call.line);
            DirectiveCall inner = call;
            inner.options.remove(QStringLiteral("figwidth"));
            inner.options.remove(QStringLiteral("figclass"));
            if (call.hasOption(QStringLiteral("align")))
                figure->setAttribute(QStringLiteral("align"), call.options.value(QStringLiteral("align")));
            inner.options.remove(QStringLiteral("align"));
            NodeList image = img(inner);
            for (auto &n : image)
                figure->append(std::move(n));
            if (call.hasOption(QStringLiteral("figwidth")))
                figure->setAttribute(QStringLiteral("width"), call.options.value(QStringLiteral("figwidth")));
            if (call.hasOption(QStringLiteral("figclass")))
                figure->classes += call.options.value(QStringLiteral("figclass")).split(u' ');
            if (!call.content.empty()) {
                auto holder = Node::element(QStringLiteral("holder"), call.contentLine);
                call.parser.parseNested(call.content, *holder);
                bool first = true;
                for (size_t k = 0; k < holder->childCount(); ++k) {
                    Node *c = holder->child(k);
                    if (first && c->is(u"paragraph")) {
                        auto caption = Node::element(QStringLiteral("caption"), c->line());
                        caption->appendChildrenOf(*c);
                        figure->append(std::move(caption));
                    } else if (first && c->is(u"comment") && c->childCount() == 0) {
                        // an empty comment means: no caption, only a legend
                    } else if (!first || !c->is(u"system_message")) {
                        auto legend = Node::element(QStringLiteral("legend"), c->line());
                        for (size_t j = k; j < holder->childCount(); ++j)
                            legend->append(holder->take(j--));
                        figure->append(std::move(legend));
                        break;
                    }
                    first = false;
                }
            }
            out.push_back(std::move(figure));
            return out;
        };
        r.addDirective(QStringLiteral("figure"), fig);
    }

    for (const char *n : {"topic", "sidebar"}) {
        const QString tag = QLatin1String(n);
        DirectiveSpec spec;
        spec.requiredArguments = 1;
        spec.finalArgumentWhitespace = true;
        spec.hasContent = true;
        spec.options = classAndName();
        if (tag == u"sidebar")
            spec.options.insert(QStringLiteral("subtitle"), OptionKind::Text);
        spec.run = [tag](DirectiveCall &call) {
            requireContent(call);
            NodeList out;
            auto node = Node::element(tag, call.line);
            auto title = Node::element(QStringLiteral("title"), call.line);
            auto holder = Node::element(QStringLiteral("holder"), call.line);
            call.parser.parseInline(call.arguments.value(0), call.line, *title, *holder);
            node->append(std::move(title));
            if (call.hasOption(QStringLiteral("subtitle"))) {
                auto sub = Node::element(QStringLiteral("subtitle"), call.line);
                call.parser.parseInline(call.options.value(QStringLiteral("subtitle")), call.line, *sub, *holder);
                node->append(std::move(sub));
            }
            node->appendChildrenOf(*holder);
            applyClassAndName(call, *node);
            call.parser.parseNested(call.content, *node);
            out.push_back(std::move(node));
            return out;
        };
        r.addDirective(tag, spec);
    }

    {
        DirectiveSpec spec;
        spec.requiredArguments = 1;
        spec.finalArgumentWhitespace = true;
        spec.options = classAndName();
        spec.run = [](DirectiveCall &call) {
            NodeList out;
            auto node = Node::element(QStringLiteral("rubric"), call.line);
            auto holder = Node::element(QStringLiteral("holder"), call.line);
            call.parser.parseInline(call.arguments.value(0), call.line, *node, *holder);
            applyClassAndName(call, *node);
            out.push_back(std::move(node));
            for (size_t k = 0; k < holder->childCount(); ++k)
                out.push_back(holder->take(k--));
            return out;
        };
        r.addDirective(QStringLiteral("rubric"), spec);
    }

    addBodyContainer(r, QStringLiteral("epigraph"), QStringLiteral("block_quote"), QStringLiteral("epigraph"));
    addBodyContainer(r, QStringLiteral("highlights"), QStringLiteral("block_quote"), QStringLiteral("highlights"));
    addBodyContainer(r, QStringLiteral("pull-quote"), QStringLiteral("block_quote"), QStringLiteral("pull-quote"));
    addBodyContainer(r, QStringLiteral("compound"), QStringLiteral("compound"));

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
            for (const QString &c : call.arguments.value(0).split(u' ', Qt::SkipEmptyParts))
                node->classes << makeId(c);
            applyClassAndName(call, *node);
            call.parser.parseNested(call.content, *node);
            out.push_back(std::move(node));
            return out;
        };
        r.addDirective(QStringLiteral("container"), spec);
    }

    {
        DirectiveSpec spec;
        spec.hasContent = true;
        spec.options = classAndName();
        spec.run = [](DirectiveCall &call) {
            requireContent(call);
            NodeList out;
            auto node = Node::element(QStringLiteral("literal_block"), call.line);
            node->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            applyClassAndName(call, *node);
            call.parser.parseInline(contentText(call.content), call.contentLine, *node, call.parent);
            out.push_back(std::move(node));
            return out;
        };
        r.addDirective(QStringLiteral("parsed-literal"), spec);
    }

    {
        DirectiveSpec spec;
        spec.hasContent = true;
        spec.run = [](DirectiveCall &call) {
            NodeList out;
            if (!call.parent.is(u"holder") && !call.parent.is(u"substitution_definition"))
                throw DirectiveError{QStringLiteral("Invalid context: the \"replace\" directive can only be used "
                                                    "within a substitution definition."),
                                     3};
            requireContent(call);
            auto holder = Node::element(QStringLiteral("holder"), call.line);
            call.parser.parseNested(call.content, *holder);
            if (holder->childCount() == 1 && holder->child(0)->is(u"paragraph")) {
                Node *p = holder->child(0);
                for (size_t k = 0; k < p->childCount(); ++k)
                    out.push_back(p->take(k--));
            } else {
                for (size_t k = 0; k < holder->childCount(); ++k)
                    if (holder->child(k)->is(u"system_message"))
                        out.push_back(holder->take(k--));
                out.push_back(call.state.message(MessageLevel::Error, call.line,
                                                 QStringLiteral("Error in \"replace\" directive: may contain a "
                                                                "single paragraph only.")));
            }
            return out;
        };
        r.addDirective(QStringLiteral("replace"), spec);
    }

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
            if (call.hasOption(QStringLiteral("url")))
                throw DirectiveError{QStringLiteral("Error in \"raw\" directive:\nremote content is never fetched.")};
            requireContent(call);
            auto node = Node::element(QStringLiteral("raw"), call.line);
            node->setAttribute(QStringLiteral("format"), call.arguments.value(0).toLower().split(u' ', Qt::SkipEmptyParts).join(u' '));
            node->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            applyClassAndName(call, *node);
            node->append(Node::text(contentText(call.content), call.contentLine));
            out.push_back(std::move(node));
            return out;
        };
        r.addDirective(QStringLiteral("raw"), spec);
    }

    {
        DirectiveSpec spec;
        spec.optionalArguments = 1;
        spec.run = [](DirectiveCall &call) {
            call.state.defaultRole = call.arguments.value(0).toLower();
            return NodeList{};
        };
        r.addDirective(QStringLiteral("default-role"), spec);
    }

    {
        DirectiveSpec spec;
        spec.hasContent = true;
        spec.run = [](DirectiveCall &call) {
            requireContent(call);
            NodeList out;
            auto node = Node::element(QStringLiteral("math_block"), call.line);
            node->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            node->append(Node::text(contentText(call.content), call.contentLine));
            out.push_back(std::move(node));
            return out;
        };
        r.addDirective(QStringLiteral("math"), spec);
    }
}

} // namespace Docent
