// Sphinx's info field lists: in an object's content, ":param str x: ...", ":type x: ...",
// ":returns: ...", ":raises E: ..." and their synonyms are gathered into one field per kind
// ("Parameters", "Returns", "Raises" ...), names strong, types emphasised and made references of
// the domain, as Sphinx's DocFieldTransformer lays them out. Unknown fields stay, capitalised.
#include "objectdescription_p.h"
#include "parsestate_p.h"

#include <QRegularExpression>

#include <map>
#include <variant>

namespace Docent {
namespace {

struct FieldKind {
    enum Shape { Typed, Grouped, Plain } shape;
    QString label;
    QStringList names;
    QString role;       ///< the reference type of names (Grouped), types (Typed) or the body (Plain)
    QStringList typeNames; ///< Typed: the fields giving a type (":type x:")
};

const std::vector<FieldKind> &fieldKinds(const QString &domain)
{
    using S = FieldKind::Shape;
    static const std::vector<FieldKind> py = {
        {S::Typed, QStringLiteral("Parameters"),
         {QStringLiteral("param"), QStringLiteral("parameter"), QStringLiteral("arg"), QStringLiteral("argument"),
          QStringLiteral("keyword"), QStringLiteral("kwarg"), QStringLiteral("kwparam")},
         QStringLiteral("class"), {QStringLiteral("paramtype"), QStringLiteral("type")}},
        {S::Typed, QStringLiteral("Variables"), {QStringLiteral("var"), QStringLiteral("ivar"), QStringLiteral("cvar")},
         QStringLiteral("class"), {QStringLiteral("vartype")}},
        {S::Grouped, QStringLiteral("Raises"),
         {QStringLiteral("raises"), QStringLiteral("raise"), QStringLiteral("exception"), QStringLiteral("except")},
         QStringLiteral("exc"), {}},
        {S::Plain, QStringLiteral("Returns"), {QStringLiteral("returns"), QStringLiteral("return")}, {}, {}},
        {S::Plain, QStringLiteral("Return type"), {QStringLiteral("rtype")}, QStringLiteral("class"), {}},
    };
    static const std::vector<FieldKind> c = {
        {S::Typed, QStringLiteral("Parameters"),
         {QStringLiteral("param"), QStringLiteral("parameter"), QStringLiteral("arg"), QStringLiteral("argument")},
         QStringLiteral("type"), {QStringLiteral("type")}},
        {S::Grouped, QStringLiteral("Return values"), {QStringLiteral("retval"), QStringLiteral("retvals")}, {}, {}},
        {S::Plain, QStringLiteral("Returns"), {QStringLiteral("returns"), QStringLiteral("return")}, {}, {}},
        {S::Plain, QStringLiteral("Return type"), {QStringLiteral("rtype")}, {}, {}},
    };
    static const std::vector<FieldKind> js = {
        {S::Typed, QStringLiteral("Arguments"),
         {QStringLiteral("argument"), QStringLiteral("arg"), QStringLiteral("parameter"), QStringLiteral("param")},
         QStringLiteral("func"), {QStringLiteral("paramtype"), QStringLiteral("type")}},
        {S::Grouped, QStringLiteral("Throws"), {QStringLiteral("throws")}, QStringLiteral("func"), {}},
        {S::Plain, QStringLiteral("Returns"), {QStringLiteral("returns"), QStringLiteral("return")}, {}, {}},
        {S::Plain, QStringLiteral("Return type"), {QStringLiteral("rtype")}, {}, {}},
    };
    static const std::vector<FieldKind> none;
    return domain == u"py" ? py : domain == u"c" || domain == u"cpp" ? c : domain == u"js" ? js : none;
}

// Type text split as Sphinx does ("str or None", "list[int]"): names become references, the
// delimiters stay emphasised text.
void appendTypeReferences(Node &parent, const QString &text, const QString &domain, const QString &role,
                          const ParseState &state, int line, const QString &inner)
{
    static const QRegularExpression delimiters(
        QStringLiteral("(\\s*[\\[\\]\\(\\),](?:\\s*or\\s)?\\s*|\\s+or\\s+|\\s*\\|\\s*|\\.\\.\\.)"));
    qsizetype at = 0;
    auto piece = [&](const QString &name) {
        if (name.isEmpty())
            return;
        auto in = sigText(inner, name, line);
        if (role.isEmpty()) {
            parent.append(std::move(in));
            return;
        }
        auto xref = Node::element(QStringLiteral("pending_xref"), line);
        xref->setAttribute(QStringLiteral("refdomain"), domain);
        xref->setAttribute(QStringLiteral("reftype"), domain == u"py" && name == u"None" ? QStringLiteral("obj") : role);
        xref->setAttribute(QStringLiteral("reftarget"), name);
        xref->setAttribute(QStringLiteral("docent:signature"), QStringLiteral("True"));
        stampContext(*xref, state, domain);
        xref->append(std::move(in));
        parent.append(std::move(xref));
    };
    for (auto it = delimiters.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        piece(text.mid(at, m.capturedStart() - at));
        parent.append(sigText(inner, m.captured(0), line));
        at = m.capturedEnd();
    }
    piece(text.mid(at));
}

// A field body's content: the paragraph's inline nodes when it is one paragraph.
std::vector<std::unique_ptr<Node>> takeBody(Node &body)
{
    std::vector<std::unique_ptr<Node>> out;
    Node *from = body.childCount() == 1 && body.child(0)->is(u"paragraph") ? body.child(0) : &body;
    while (from->childCount())
        out.push_back(from->take(0));
    return out;
}

bool isInline(const std::vector<std::unique_ptr<Node>> &nodes)
{
    for (const auto &n : nodes)
        if (!n->isText() && (n->is(u"paragraph") || n->is(u"bullet_list") || n->is(u"literal_block") ||
                             n->is(u"enumerated_list") || n->is(u"block_quote") || n->is(u"definition_list") ||
                             n->is(u"note") || n->is(u"warning") || n->is(u"table")))
            return false;
    return true;
}

using TypeNodes = std::map<QString, std::vector<std::unique_ptr<Node>>>; ///< argument -> its type's nodes

struct Item {
    QString arg;
    std::vector<std::unique_ptr<Node>> body;
};

struct Group {
    const FieldKind *kind;
    std::vector<Item> items;
    int line = 0;
};

std::unique_ptr<Node> itemParagraph(const Group &g, Item &item, const TypeNodes &types,
                                    const QString &domain, const ParseState &state, Node &blocks)
{
    const int line = g.line;
    auto para = Node::element(QStringLiteral("paragraph"), line);
    if (g.kind->shape == FieldKind::Grouped && !g.kind->role.isEmpty())
        appendTypeReferences(*para, item.arg, domain, g.kind->role, state, line, QStringLiteral("strong"));
    else
        para->append(sigText(QStringLiteral("strong"), item.arg, line));
    if (g.kind->shape == FieldKind::Typed) {
        if (auto it = types.find(item.arg); it != types.end()) {
            para->append(Node::text(QStringLiteral(" ("), line));
            if (it->second.size() == 1 && it->second[0]->isText())
                appendTypeReferences(*para, it->second[0]->textContent(), domain, g.kind->role, state, line,
                                     QStringLiteral("emphasis"));
            else
                for (const auto &n : it->second)
                    para->append(n->clone());
            para->append(Node::text(QStringLiteral(")"), line));
        }
    }
    if (!item.body.empty()) {
        para->append(Node::text(QStringLiteral(" \u2013 "), line));
        const bool inlineBody = isInline(item.body);
        for (auto &n : item.body)
            (inlineBody ? *para : blocks).append(std::move(n));
    }
    return para;
}

std::unique_ptr<Node> groupField(Group &g, TypeNodes &types,
                                 const QString &domain, const ParseState &state)
{
    const int line = g.line;
    auto field = Node::element(QStringLiteral("field"), line);
    auto name = sigText(QStringLiteral("field_name"), g.kind->label, line);
    // A word Sphinx writes itself ("Parameters"): the writer shows it in the tree's language.
    name->setAttribute(QStringLiteral("docent:pagetext"), QStringLiteral("True"));
    field->append(std::move(name));
    auto body = Node::element(QStringLiteral("field_body"), line);
    if (g.kind->shape == FieldKind::Plain) {
        auto para = Node::element(QStringLiteral("paragraph"), line);
        Item &item = g.items.front();
        if (!g.kind->role.isEmpty() && item.body.size() == 1 && item.body[0]->isText()) {
            appendTypeReferences(*para, item.body[0]->textContent(), domain, g.kind->role, state, line, QStringLiteral("inline"));
        } else if (isInline(item.body)) {
            for (auto &n : item.body)
                para->append(std::move(n));
        } else {
            for (auto &n : item.body)
                body->append(std::move(n));
            para.reset();
        }
        if (para)
            body->append(std::move(para));
    } else if (g.items.size() == 1) {
        auto blocks = Node::element(QStringLiteral("container"), line);
        body->append(itemParagraph(g, g.items.front(), types, domain, state, *blocks));
        body->appendChildrenOf(*blocks);
    } else {
        auto list = Node::element(QStringLiteral("bullet_list"), line);
        for (Item &item : g.items) {
            auto li = Node::element(QStringLiteral("list_item"), line);
            auto blocks = Node::element(QStringLiteral("container"), line);
            li->append(itemParagraph(g, item, types, domain, state, *blocks));
            li->appendChildrenOf(*blocks);
            list->append(std::move(li));
        }
        body->append(std::move(list));
    }
    field->append(std::move(body));
    return field;
}

void transformFieldList(Node &list, const ParseState &state, const QString &domain)
{
    const std::vector<FieldKind> &kinds = fieldKinds(domain);
    std::vector<std::variant<std::unique_ptr<Node>, size_t>> order; // a kept field, or a group's index
    std::vector<Group> groups;
    TypeNodes types; // argument -> its type's nodes
    while (list.childCount()) {
        std::unique_ptr<Node> field = list.take(0);
        if (!field->is(u"field") || field->childCount() < 2) {
            order.emplace_back(std::move(field));
            continue;
        }
        Node &nameNode = *field->child(0);
        const QString name = nameNode.astext().simplified();
        const QString type = name.section(u' ', 0, 0);
        QString arg = name.section(u' ', 1);
        if (domain == u"py" && type.startsWith(QStringLiteral("meta")))
            continue; // :meta private: and the like are for autodoc only
        const FieldKind *kind = nullptr;
        bool isType = false;
        for (const FieldKind &k : kinds) {
            if (k.names.contains(type))
                kind = &k;
            else if (k.typeNames.contains(type) && !arg.isEmpty())
                isType = true;
        }
        if (isType) {
            types[arg] = takeBody(*field->child(1));
            continue;
        }
        if (!kind || (kind->shape == FieldKind::Plain) != arg.isEmpty()) {
            while (nameNode.childCount())
                nameNode.take(0);
            nameNode.append(Node::text(name.left(1).toUpper() + name.mid(1), field->line()));
            order.emplace_back(std::move(field));
            continue;
        }
        if (kind->shape == FieldKind::Typed && arg.contains(u' ')) { // ":param str x:"
            const qsizetype space = arg.lastIndexOf(u' ');
            std::vector<std::unique_ptr<Node>> typeNodes;
            typeNodes.push_back(Node::text(arg.left(space).trimmed(), field->line()));
            arg = arg.mid(space + 1);
            types[arg] = std::move(typeNodes);
        }
        size_t index = 0;
        while (index < groups.size() && groups[index].kind != kind)
            ++index;
        if (index == groups.size()) {
            groups.push_back({kind, {}, field->line()});
            order.emplace_back(index);
        }
        if (kind->shape == FieldKind::Plain && !groups[index].items.empty())
            continue; // Sphinx keeps the first
        groups[index].items.push_back({arg, takeBody(*field->child(1))});
    }
    for (auto &entry : order) {
        if (auto *kept = std::get_if<std::unique_ptr<Node>>(&entry))
            list.append(std::move(*kept));
        else
            list.append(groupField(groups[std::get<size_t>(entry)], types, domain, state));
    }
}

} // namespace

void groupInfoFields(Node &content, const ParseState &state, const QString &domain)
{
    for (const auto &child : content.children())
        if (child->is(u"field_list"))
            transformFieldList(*child, state, domain);
}

} // namespace Docent
