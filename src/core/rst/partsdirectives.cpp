// Document parts: contents and sectnum (pending transforms), header and footer (the document's
// decoration), target-notes.
#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "parsestate_p.h"
#include "registry.h"

namespace Docent {
namespace {

DirectiveSpec contentsSpec()
{
    DirectiveSpec spec;
    spec.optionalArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.options.insert(QStringLiteral("depth"), OptionKind::Int);
    spec.options.insert(QStringLiteral("local"), OptionKind::Flag);
    spec.options.insert(QStringLiteral("backlinks"), OptionKind::Choice);
    spec.choices.insert(QStringLiteral("backlinks"), {QStringLiteral("top"), QStringLiteral("entry"), QStringLiteral("none")});
    spec.options.insert(QStringLiteral("class"), OptionKind::ClassList);
    spec.run = [](DirectiveCall &call) {
        const bool inTopLevelOnly = call.parent.is(u"only") && call.state.inTopLevelOnly;
        if (!call.parser.inTopLevel() && !call.parent.is(u"sidebar") && !inTopLevelOnly)
            throw DirectiveError{QStringLiteral("The \"%1\" directive may not be used within topics or body "
                                                "elements.")
                                     .arg(call.name)};
        NodeList out;
        auto topic = Node::element(QStringLiteral("topic"), call.line);
        topic->classes << QStringLiteral("contents");
        if (call.hasOption(QStringLiteral("class")))
            topic->classes += call.options.value(QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts);
        const bool local = call.hasOption(QStringLiteral("local"));
        if (local)
            topic->classes << QStringLiteral("local");
        NodeList messages;
        QString name = QStringLiteral("Contents");
        if (!call.arguments.isEmpty()) {
            auto title = Node::element(QStringLiteral("title"), call.line);
            auto holder = Node::element(QStringLiteral("scratch"), call.line);
            call.parser.parseInline(call.arguments.value(0), call.line, *title, *holder);
            name = title->astext();
            topic->append(std::move(title));
            while (holder->childCount())
                messages.push_back(holder->take(0));
        } else if (!local) {
            auto title = Node::element(QStringLiteral("title"), call.line);
            title->append(Node::text(name, call.line));
            topic->append(std::move(title));
        }
        name = normalizeName(name);
        if (!call.state.hasName(name))
            topic->names << name;
        call.state.noteImplicitTarget(*topic, *topic);
        std::vector<std::pair<QString, QString>> details;
        for (auto it = call.options.cbegin(); it != call.options.cend(); ++it) {
            if (it.key() == u"depth")
                details.emplace_back(it.key(), it.value());
            else if (it.key() == u"local")
                details.emplace_back(it.key(), QStringLiteral("None"));
            else if (it.key() == u"backlinks")
                details.emplace_back(it.key(), it.value() == u"none" ? QStringLiteral("None") : pythonRepr(it.value()));
            else if (it.key() == u"class")
                details.emplace_back(it.key(), pythonRepr(it.value().split(u' ', Qt::SkipEmptyParts)));
        }
        topic->append(pendingNode(QStringLiteral("docutils.transforms.parts.Contents"), details, call.line));
        out.push_back(std::move(topic));
        for (auto &m : messages)
            out.push_back(std::move(m));
        return out;
    };
    return spec;
}

DirectiveSpec sectnumSpec()
{
    DirectiveSpec spec;
    for (const char *o : {"depth", "start", "prefix", "suffix"})
        spec.options.insert(QLatin1String(o), OptionKind::Text);
    spec.run = [](DirectiveCall &call) {
        std::vector<std::pair<QString, QString>> details;
        for (auto it = call.options.cbegin(); it != call.options.cend(); ++it) {
            if (it.key() == u"depth" || it.key() == u"start")
                details.emplace_back(it.key(), QString::number(DirectiveOptions::integer(it.key(), it.value())));
            else
                details.emplace_back(it.key(), pythonRepr(it.value()));
        }
        NodeList out;
        out.push_back(pendingNode(QStringLiteral("docutils.transforms.parts.SectNum"), details, call.line));
        return out;
    };
    return spec;
}

// docutils' document.get_decoration(): one decoration element, placed before the first child that
// is not a title or meta element.
Node &decoration(ParseState &state)
{
    Node &doc = state.document;
    for (size_t k = 0; k < doc.childCount(); ++k)
        if (doc.child(k)->is(u"decoration"))
            return *doc.child(k);
    size_t at = 0;
    while (at < doc.childCount() && (doc.child(at)->is(u"title") || doc.child(at)->is(u"subtitle") ||
                                     doc.child(at)->is(u"rubric") || doc.child(at)->is(u"meta")))
        ++at;
    doc.insert(at, Node::element(QStringLiteral("decoration")));
    return *doc.child(at);
}

DirectiveSpec decorationSpec(const QString &part)
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.run = [part](DirectiveCall &call) {
        requireContent(call);
        Node &deco = decoration(call.state);
        Node *node = nullptr;
        for (size_t k = 0; k < deco.childCount(); ++k)
            if (deco.child(k)->is(part))
                node = deco.child(k);
        if (!node) {
            // the header comes first, the footer last, whichever was declared first
            if (part == u"header") {
                deco.insert(0, Node::element(part));
                node = deco.child(0);
            } else {
                node = deco.append(Node::element(part));
            }
        }
        call.parser.parseNested(call.content, *node);
        return NodeList{};
    };
    return spec;
}

DirectiveSpec targetNotesSpec()
{
    DirectiveSpec spec;
    spec.options = classAndName();
    spec.run = [](DirectiveCall &call) {
        std::vector<std::pair<QString, QString>> details;
        if (call.hasOption(QStringLiteral("class")))
            details.emplace_back(QStringLiteral("class"),
                                 pythonRepr(call.options.value(QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts)));
        auto pending = pendingNode(QStringLiteral("docutils.transforms.references.TargetNotes"), details, call.line);
        if (call.hasOption(QStringLiteral("name"))) {
            pending->names << normalizeName(call.options.value(QStringLiteral("name")));
            // messages precede the printed "internal attributes", which docutils shows last
            auto messages = Node::element(QStringLiteral("holder"), call.line);
            // at the line docutils' outermost state machine stands on (see applyClassAndName)
            pending->setLine(call.state.parkedLine(call.lastLine > 0 ? call.lastLine : call.line));
            call.state.noteExplicitTarget(*pending, *messages);
            pending->setLine(call.line);
            for (size_t k = messages->childCount(); k > 0; --k)
                pending->insert(0, messages->take(k - 1));
        }
        NodeList out;
        out.push_back(std::move(pending));
        return out;
    };
    return spec;
}

} // namespace

void registerPartsDirectives(Registry &r)
{
    r.addDirective(QStringLiteral("contents"), contentsSpec());
    r.addDirective(QStringLiteral("sectnum"), sectnumSpec());
    r.addDirective(QStringLiteral("section-numbering"), sectnumSpec());
    r.addDirective(QStringLiteral("header"), decorationSpec(QStringLiteral("header")));
    r.addDirective(QStringLiteral("footer"), decorationSpec(QStringLiteral("footer")));
    r.addDirective(QStringLiteral("target-notes"), targetNotesSpec());
}

} // namespace Docent
