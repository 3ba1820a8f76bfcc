// The Sphinx layer's roles: cross-references (doc, ref, term, option ...) become pending_xref nodes
// the project resolves; the text roles (command, file, kbd, menuselection ...) become styled inline nodes.
#include "doctree/indexentry.h"
#include "inlineparser_p.h"
#include "parsestate_p.h"
#include "registry.h"
#include "sphinxregistry.h"

#include <QRegularExpression>

namespace Docent {
namespace {

// "Title <target>" -> (title, target, explicit)
struct TitleTarget {
    QString title, target;
    bool isExplicit = false;
};

TitleTarget splitTitle(const QString &text)
{
    TitleTarget t{text, text, false};
    if (text.endsWith(u'>') && text.contains(u'<')) {
        const qsizetype open = text.lastIndexOf(u'<');
        // Sphinx's explicit_title_re: whitespace before "<" is optional
        if (open > 0 && !text.left(open).trimmed().isEmpty() && text[open - 1] != u'\\') {
            t.title = text.left(open).trimmed();
            t.target = text.mid(open + 1, text.size() - open - 2).trimmed();
            t.isExplicit = true;
        } else if (open == 0) {
            t.title = t.target = text.mid(1, text.size() - 2).trimmed();
        }
    }
    return t;
}

RoleResult single(std::unique_ptr<Node> node)
{
    RoleResult r;
    r.nodes.push_back(std::move(node));
    return r;
}

std::unique_ptr<Node> textElement(const QString &tag, const QString &text, int line, const QStringList &classes)
{
    auto node = Node::element(tag, line);
    node->classes = classes;
    node->append(Node::text(text, line));
    return node;
}

// :samp: and :file: — "{var}" parts are emphasised variables.
RoleHandler emphasisedVariables(const QString &cls)
{
    return [cls](RoleCall &call) {
        const QString text = InlineParser::unescape(call.text);
        auto node = Node::element(QStringLiteral("literal"), call.line);
        node->classes = QStringList{cls} + call.classes;
        node->setAttribute(QStringLiteral("role"), cls);
        QString run;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype close = text[i] == u'{' ? text.indexOf(u'}', i) : -1;
            if (close > i) {
                if (!run.isEmpty())
                    node->append(Node::text(run, call.line));
                run.clear();
                node->append(textElement(QStringLiteral("emphasis"), text.mid(i + 1, close - i - 1), call.line, {}));
                i = close;
            } else {
                run += text[i];
            }
        }
        if (!run.isEmpty())
            node->append(Node::text(run, call.line));
        return single(std::move(node));
    };
}

// "&File" marks an accelerator key in Sphinx; the reader sees the plain label.
QString withoutAccelerators(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size()) {
            if (text[i + 1] == u'&')
                ++i;
            else
                continue;
        }
        out += text[i];
    }
    return out;
}

RoleHandler styled(const QString &tag, const QString &cls, bool menu = false)
{
    const QStringList classes{cls}; // built once: most uses add no classes of their own
    return [tag, cls, classes, menu](RoleCall &call) {
        QString text = InlineParser::unescape(call.text);
        if (menu)
            text = withoutAccelerators(text).replace(QStringLiteral("-->"), QStringLiteral("\u2023"));
        else if (cls == u"guilabel")
            text = withoutAccelerators(text);
        auto node = textElement(tag, text, call.line, call.classes.isEmpty() ? classes : classes + call.classes);
        node->setAttribute(QStringLiteral("role"), cls);
        return single(std::move(node));
    };
}

// Sphinx's :pep:, :rfc: and :envvar: are index entries as well: each puts an index node and an
// "index-N" target (numbered with the index directive's) before what it shows. `entries` gives the
// entries for the role's text.
RoleHandler indexedRole(RoleHandler shown, std::function<QList<IndexEntry>(const QString &target, const QString &id)> entries)
{
    return [shown = std::move(shown), entries = std::move(entries)](RoleCall &call) {
        const QString id = QStringLiteral("index-%1").arg(call.state.indexSerial++);
        RoleResult result = shown(call);
        const TitleTarget t = splitTitle(InlineParser::unescape(call.text));
        auto index = Node::element(QStringLiteral("index"), call.line);
        index->setAttribute(QStringLiteral("entries"), formatIndexEntries(entries(t.target.trimmed(), id)));
        auto target = Node::element(QStringLiteral("target"), call.line);
        target->ids << id;
        result.nodes.insert(result.nodes.begin(), std::move(target));
        result.nodes.insert(result.nodes.begin(), std::move(index));
        return result;
    };
}

// Sphinx's :pep: and :rfc:: a number with an optional "#anchor", and an optional explicit title;
// the link's text is strong, "PEP 8#naming" as written unless titled.
RoleHandler proposalRole(const QString &label, const QString &cls, const QString &uriPattern, int digits)
{
    return [=](RoleCall &call) {
        const TitleTarget t = splitTitle(InlineParser::unescape(call.text));
        bool ok = false;
        const int number = t.target.section(u'#', 0, 0).trimmed().toInt(&ok);
        if (!ok) {
            RoleResult r;
            auto msg = call.state.message(MessageLevel::Error, call.line,
                                          QStringLiteral("invalid %1 number %2").arg(label, t.target));
            r.nodes.push_back(call.state.problematic(call.rawText, call.line, *msg));
            r.messages.push_back(std::move(msg));
            return r;
        }
        QString uri = uriPattern.arg(number, digits, 10, QLatin1Char('0'));
        if (t.target.contains(u'#'))
            uri += u'#' + t.target.section(u'#', 1);
        auto ref = Node::element(QStringLiteral("reference"), call.line);
        ref->classes = QStringList{cls} + call.classes;
        ref->setAttribute(QStringLiteral("refuri"), uri);
        ref->append(textElement(QStringLiteral("strong"), t.isExplicit ? t.title : label + u' ' + t.title, call.line, {}));
        return single(std::move(ref));
    };
}

} // namespace

RoleHandler sphinxManpageRole(const QString &urlFormat)
{
    return [urlFormat](RoleCall &call) {
        // "ls(1)" or "printf.3": the page and its section; Sphinx 5.3 takes no explicit title here.
        static const QRegularExpression whitespace(QStringLiteral("\\s+"));
        static const QRegularExpression pageAndSection(QStringLiteral("^(.+)[(.]([^()]*)\\)?$"));
        const QString text = InlineParser::unescape(call.text).replace(whitespace, QStringLiteral(" "));
        const auto m = pageAndSection.match(text);
        if (urlFormat.isEmpty())
            return single(textElement(QStringLiteral("emphasis"), text, call.line,
                                      QStringList{QStringLiteral("manpage")} + call.classes));
        QString url = urlFormat;
        url.replace(QStringLiteral("{page}"), m.hasMatch() ? m.captured(1) : text)
            .replace(QStringLiteral("{section}"), m.hasMatch() ? m.captured(2) : QString())
            .replace(QStringLiteral("{path}"), text);
        auto ref = textElement(QStringLiteral("reference"), text, call.line, {QStringLiteral("manpage")});
        ref->setAttribute(QStringLiteral("refuri"), url);
        auto node = Node::element(QStringLiteral("emphasis"), call.line);
        node->classes = QStringList{QStringLiteral("manpage")} + call.classes;
        node->append(std::move(ref));
        return single(std::move(node));
    };
}

RoleHandler sphinxXrefRole(const QString &type, const QString &inner, const QString &domain)
{
    // The inner node's classes, built once and shared by every node the role makes.
    const QStringList classes{QStringLiteral("xref"), domain, domain + u'-' + type};
    return [type, inner, domain, classes](RoleCall &call) {
        // A leading "!" (not an escaped one) asks for no cross-reference at all: Sphinx shows the
        // rest as written, title and "<target>" included, in the role's style, and checks nothing.
        if (call.text.startsWith(u'!'))
            return single(textElement(inner, InlineParser::unescape(call.text.mid(1)), call.line, classes));
        const QString text = InlineParser::unescape(call.text);
        TitleTarget t = splitTitle(text);
        auto node = Node::element(QStringLiteral("pending_xref"), call.line);
        node->setAttribute(QStringLiteral("refdomain"), domain);
        node->setAttribute(QStringLiteral("reftype"), type);
        // "~a.b.c" shows only the last component (of a token "group:name", the name).
        if (t.target.startsWith(u'~')) {
            t.target.remove(0, 1);
            if (!t.isExplicit) {
                t.title = t.target;
                const qsizetype dot = t.title.lastIndexOf(type == u"token" ? u':' : u'.');
                if (dot >= 0)
                    t.title = t.title.mid(dot + 1);
            }
        }
        // A target split over lines, or spaced out, means the same with single spaces.
        static const QRegularExpression whitespace(QStringLiteral("\\s+"));
        t.target.replace(whitespace, QStringLiteral(" "));
        if (t.isExplicit)
            node->setAttribute(QStringLiteral("refexplicit"), QStringLiteral("True"));
        node->setAttribute(QStringLiteral("reftarget"), t.target);
        auto in = Node::element(inner, call.line);
        in->classes = classes;
        in->append(Node::text(t.title, call.line));
        node->append(std::move(in));
        return single(std::move(node));
    };
}

RoleHandler sphinxDomainRole()
{
    const QStringList classes{QStringLiteral("xref"), QStringLiteral("domain-role")};
    return [classes](RoleCall &call) {
        const QString text = InlineParser::unescape(call.text);
        TitleTarget t = splitTitle(text);
        QString shown = t.title;
        if (!t.isExplicit) {
            if (shown.startsWith(u'!'))
                shown.remove(0, 1);
            if (shown.startsWith(u'~')) {
                shown.remove(0, 1);
                shown = shown.mid(shown.lastIndexOf(u'.') + 1);
            }
        }
        auto node = textElement(QStringLiteral("literal"), shown, call.line, classes);
        node->setAttribute(QStringLiteral("role"), call.name);
        node->setAttribute(QStringLiteral("reftarget"), t.target);
        return single(std::move(node));
    };
}

RoleHandler sphinxExternalLinkRole(const QString &urlPattern, const QString &captionPattern)
{
    return [urlPattern, captionPattern](RoleCall &call) {
        const QString text = InlineParser::unescape(call.text);
        const TitleTarget t = splitTitle(text);
        QString target = t.target;
        QString url = urlPattern;
        url.replace(QStringLiteral("%s"), target);
        QString caption = t.isExplicit ? t.title
                          : captionPattern.isEmpty() ? target
                                                     : QString(captionPattern).replace(QStringLiteral("%s"), target);
        if (caption.isEmpty())
            caption = url;
        auto ref = textElement(QStringLiteral("reference"), caption, call.line, {QStringLiteral("extlink-") + call.name});
        ref->setAttribute(QStringLiteral("refuri"), url);
        ref->setAttribute(QStringLiteral("role"), call.name);
        return single(std::move(ref));
    };
}

void registerSphinxRoles(Registry &r)
{
    r.addRole(QStringLiteral("doc"), sphinxXrefRole(QStringLiteral("doc")));
    r.addRole(QStringLiteral("ref"), sphinxXrefRole(QStringLiteral("ref")));
    r.addRole(QStringLiteral("numref"), sphinxXrefRole(QStringLiteral("numref")));
    r.addRole(QStringLiteral("term"), sphinxXrefRole(QStringLiteral("term")));
    r.addRole(QStringLiteral("any"), sphinxXrefRole(QStringLiteral("any"), QStringLiteral("literal")));
    r.addRole(QStringLiteral("option"), sphinxXrefRole(QStringLiteral("option"), QStringLiteral("literal")));
    r.addRole(QStringLiteral("std:option"), sphinxXrefRole(QStringLiteral("option"), QStringLiteral("literal")));
    r.addRole(QStringLiteral("envvar"),
              indexedRole(sphinxXrefRole(QStringLiteral("envvar"), QStringLiteral("literal")),
                          [](const QString &name, const QString &id) {
                              return QList<IndexEntry>{{QStringLiteral("single"), name, id, {}, {}},
                                                       {QStringLiteral("single"), QStringLiteral("environment variable; ") + name, id, {}, {}}};
                          }));
    r.addRole(QStringLiteral("download"), sphinxXrefRole(QStringLiteral("download"), QStringLiteral("literal")));
    r.addRole(QStringLiteral("keyword"), sphinxXrefRole(QStringLiteral("keyword"), QStringLiteral("literal")));
    r.addRole(QStringLiteral("std:ref"), sphinxXrefRole(QStringLiteral("ref")));
    r.addRole(QStringLiteral("std:doc"), sphinxXrefRole(QStringLiteral("doc")));
    r.addRole(QStringLiteral("std:term"), sphinxXrefRole(QStringLiteral("term")));
    r.addRole(QStringLiteral("token"), sphinxXrefRole(QStringLiteral("token"), QStringLiteral("literal")));
    r.addRole(QStringLiteral("confval"), sphinxXrefRole(QStringLiteral("confval"), QStringLiteral("literal")));
    r.addRole(QStringLiteral("std:confval"), sphinxXrefRole(QStringLiteral("confval"), QStringLiteral("literal")));

    // Sphinx's own :pep: and :rfc: (docutils' stay in the docutils registry), and :manpage:
    // without a link until conf.py gives manpages_url.
    r.addRole(QStringLiteral("pep"),
              indexedRole(proposalRole(QStringLiteral("PEP"), QStringLiteral("pep"), QStringLiteral("https://peps.python.org/pep-%1/"), 4),
                          [](const QString &target, const QString &id) {
                              return QList<IndexEntry>{{QStringLiteral("single"),
                                                        QStringLiteral("Python Enhancement Proposals; PEP ") + target.section(u'#', 0, 0), id, {}, {}}};
                          }));
    r.addRole(QStringLiteral("rfc"),
              indexedRole(proposalRole(QStringLiteral("RFC"), QStringLiteral("rfc"),
                                       QStringLiteral("https://datatracker.ietf.org/doc/html/rfc%1.html"), 0),
                          [](const QString &target, const QString &id) {
                              return QList<IndexEntry>{{QStringLiteral("single"), QStringLiteral("RFC; RFC ") + target.section(u'#', 0, 0), id, {}, {}}};
                          }));
    r.addRole(QStringLiteral("manpage"), sphinxManpageRole(QString()));

    r.addRole(QStringLiteral("command"), styled(QStringLiteral("strong"), QStringLiteral("command")));
    r.addRole(QStringLiteral("program"), styled(QStringLiteral("strong"), QStringLiteral("program")));
    r.addRole(QStringLiteral("kbd"), styled(QStringLiteral("literal"), QStringLiteral("kbd")));
    r.addRole(QStringLiteral("guilabel"), styled(QStringLiteral("inline"), QStringLiteral("guilabel")));
    r.addRole(QStringLiteral("menuselection"), styled(QStringLiteral("inline"), QStringLiteral("menuselection"), true));
    r.addRole(QStringLiteral("mimetype"), styled(QStringLiteral("emphasis"), QStringLiteral("mimetype")));
    r.addRole(QStringLiteral("newsgroup"), styled(QStringLiteral("emphasis"), QStringLiteral("newsgroup")));
    r.addRole(QStringLiteral("mailheader"), styled(QStringLiteral("emphasis"), QStringLiteral("mailheader")));
    r.addRole(QStringLiteral("makevar"), styled(QStringLiteral("strong"), QStringLiteral("makevar")));
    r.addRole(QStringLiteral("dfn"), styled(QStringLiteral("emphasis"), QStringLiteral("dfn")));
    r.addRole(QStringLiteral("regexp"), styled(QStringLiteral("literal"), QStringLiteral("regexp")));
    r.addRole(QStringLiteral("file"), emphasisedVariables(QStringLiteral("file")));
    r.addRole(QStringLiteral("samp"), emphasisedVariables(QStringLiteral("samp")));

    // :abbr:`LIFO (last-in, first-out)`: the explanation becomes the tooltip.
    r.addRole(QStringLiteral("abbr"), [](RoleCall &call) {
        const QString text = InlineParser::unescape(call.text);
        static const QRegularExpression re(QStringLiteral("^(.+?)\\s*\\(([^()]*)\\)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
        const auto m = re.match(text);
        auto node = textElement(QStringLiteral("abbreviation"), m.hasMatch() ? m.captured(1) : text, call.line,
                                call.classes);
        if (m.hasMatch())
            node->setAttribute(QStringLiteral("explanation"), m.captured(2));
        return single(std::move(node));
    });

    // An index entry in running text: the entry, the target it links to, and the text itself.
    r.addRole(QStringLiteral("index"), [](RoleCall &call) {
        const TitleTarget t = splitTitle(InlineParser::unescape(call.text));
        const QString id = QStringLiteral("index-%1").arg(call.state.indexSerial++);
        QList<IndexEntry> entries;
        if (t.isExplicit) {
            entries = indexEntriesFromText(t.target, id);
        } else {
            const bool main = t.target.startsWith(u'!');
            entries.append({QStringLiteral("single"), main ? t.target.mid(1) : t.target, id,
                            main ? QStringLiteral("main") : QString(), {}});
        }
        auto index = Node::element(QStringLiteral("index"), call.line);
        index->setAttribute(QStringLiteral("entries"), formatIndexEntries(entries));
        auto target = Node::element(QStringLiteral("target"), call.line);
        target->ids << id;
        RoleResult result;
        result.nodes.push_back(std::move(index));
        result.nodes.push_back(std::move(target));
        result.nodes.push_back(Node::text(t.isExplicit || !t.title.startsWith(u'!') ? t.title : t.title.mid(1), call.line));
        return result;
    });

    registerDomainRoles(r);
    for (const char *n : {"oslo.config:option", "oslo.config:group", "nova:extra-spec"})
        r.addRole(QLatin1String(n), sphinxDomainRole());
}

} // namespace Docent
