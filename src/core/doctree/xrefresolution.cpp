#include "xrefresolution.h"

#include "node.h"

namespace Docent {
namespace {

const QString stateKey = QStringLiteral("docent:state");
const QString textKey = QStringLiteral("docent:text");
const QString reasonKey = QStringLiteral("docent:reason");
const QString hrefKey = QStringLiteral("refuri");
const QString titleKey = QStringLiteral("reftitle");

} // namespace

void XrefResolution::writeTo(Node &xref) const
{
    static const QString names[] = {QStringLiteral("unresolved"), QStringLiteral("link"), QStringLiteral("text"),
                                    QStringLiteral("notfound")};
    xref.setAttribute(stateKey, names[int(state)]);
    for (const auto &[key, value] : {std::pair{hrefKey, href}, std::pair{textKey, text}, std::pair{reasonKey, reason},
                                    std::pair{titleKey, title}}) {
        if (value.isEmpty())
            xref.removeAttribute(key);
        else
            xref.setAttribute(key, value);
    }
}

std::optional<XrefResolution> XrefResolution::readFrom(const Node &xref)
{
    const QString state = xref.attribute(stateKey);
    if (state.isEmpty())
        return std::nullopt;
    XrefResolution r;
    r.state = state == u"link"       ? State::Link
              : state == u"text"     ? State::Text
              : state == u"notfound" ? State::NotFound
                                     : State::Unresolved;
    r.href = xref.attribute(hrefKey);
    r.text = xref.attribute(textKey);
    r.reason = xref.attribute(reasonKey);
    r.title = xref.attribute(titleKey);
    return r;
}

} // namespace Docent
