// Enumerated-list markers: recognising "3.", "(iv)", "b)", "#." and making the next one.
#pragma once

#include <QString>
#include <QStringView>

namespace Docent {

struct Enumerator {
    QString format;   ///< "period", "parens" or "rparen"
    QString sequence; ///< "arabic", "loweralpha", "upperalpha", "lowerroman", "upperroman" or "#"
    QString text;     ///< the enumerator without its punctuation
    int ordinal = -1; ///< -1 when invalid (a bad roman numeral)
    int end = 0;      ///< column after the marker and its whitespace
    QString prefix() const { return format == u"parens" ? QStringLiteral("(") : QString(); }
    QString suffix() const { return format == u"period" ? QStringLiteral(".") : QStringLiteral(")"); }
};

/// Matches an enumerator at the start of `line`; `expected` prefers that sequence for ambiguous text.
bool matchEnumerator(QStringView line, Enumerator &out, const QString &expected = {});
/// The marker text of `ordinal` in `sequence` ("iv" for 4 lowerroman), or empty when impossible.
QString enumeratorText(int ordinal, const QString &sequence);
int romanToInt(QStringView roman); ///< 0 when not a canonical roman numeral

} // namespace Docent
