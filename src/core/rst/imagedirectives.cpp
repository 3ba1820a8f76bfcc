// docutils' image and figure directives: the image's options, its target (a reference name or a
// URI), its default alt text inside a substitution definition, and the figure's caption and legend.
#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "inlineparser_p.h"
#include "parsestate_p.h"
#include "registry.h"

namespace Docent {
namespace {

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

} // namespace

void registerImageDirectives(Registry &r)
{
    r.addDirective(QStringLiteral("image"), imageSpec());
    r.addDirective(QStringLiteral("figure"), figureSpec());
}

} // namespace Docent
