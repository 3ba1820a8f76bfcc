#include "enumerators_p.h"

namespace Docent {
namespace {

QString intToRoman(int n)
{
    static const std::pair<int, const char *> table[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
                                                         {100, "C"},  {90, "XC"},  {50, "L"},  {40, "XL"},
                                                         {10, "X"},   {9, "IX"},   {5, "V"},   {4, "IV"},
                                                         {1, "I"}};
    if (n <= 0 || n >= 5000)
        return {};
    QString out;
    for (const auto &[value, text] : table)
        while (n >= value) {
            out += QLatin1String(text);
            n -= value;
        }
    return out;
}

bool allOf(QStringView s, const char *chars)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c.unicode() > 127 || !strchr(chars, char(c.unicode())))
            return false;
    return true;
}

bool matchesSequence(QStringView t, QStringView seq)
{
    if (seq == u"arabic")
        return allOf(t, "0123456789");
    if (seq == u"loweralpha")
        return t.size() == 1 && allOf(t, "abcdefghijklmnopqrstuvwxyz");
    if (seq == u"upperalpha")
        return t.size() == 1 && allOf(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    if (seq == u"lowerroman")
        return allOf(t, "ivxlcdm");
    if (seq == u"upperroman")
        return allOf(t, "IVXLCDM");
    return false;
}

} // namespace

int romanToInt(QStringView roman)
{
    const QString upper = roman.toString().toUpper();
    auto value = [](QChar c) {
        switch (c.unicode()) {
        case 'I': return 1;
        case 'V': return 5;
        case 'X': return 10;
        case 'L': return 50;
        case 'C': return 100;
        case 'D': return 500;
        case 'M': return 1000;
        default: return 0;
        }
    };
    int total = 0, largest = 0;
    for (qsizetype i = upper.size() - 1; i >= 0; --i) {
        const int v = value(upper[i]);
        if (!v)
            return 0;
        if (v < largest)
            total -= v;
        else {
            total += v;
            largest = v;
        }
    }
    // Only the canonical spelling counts: "IIII" and "IVX" are not numerals.
    return intToRoman(total) == upper ? total : 0;
}

bool matchEnumerator(QStringView line, Enumerator &out, const QString &expected)
{
    qsizetype i = 0;
    const bool parens = line.startsWith(u'(');
    if (parens)
        i = 1;
    const qsizetype start = i;
    while (i < line.size() && line[i].unicode() < 128 && (line[i].isLetterOrNumber() || line[i] == u'#'))
        ++i;
    if (i == start || i >= line.size())
        return false;
    const QStringView text = line.mid(start, i - start);
    if (text.contains(u'#') && text != u"#")
        return false;
    if (parens) {
        if (line[i] != u')')
            return false;
        out.format = QStringLiteral("parens");
    } else if (line[i] == u')') {
        out.format = QStringLiteral("rparen");
    } else if (line[i] == u'.') {
        out.format = QStringLiteral("period");
    } else {
        return false;
    }
    ++i;
    if (i < line.size() && line[i] != u' ')
        return false;
    while (i < line.size() && line[i] == u' ')
        ++i;
    out.end = int(i);
    out.text = text.toString();
    out.sequence.clear();
    if (text == u"#") {
        out.sequence = QStringLiteral("#");
    } else if (!expected.isEmpty() && matchesSequence(text, expected)) {
        out.sequence = expected;
    } else if (text == u"i") {
        out.sequence = QStringLiteral("lowerroman");
    } else if (text == u"I") {
        out.sequence = QStringLiteral("upperroman");
    }
    if (out.sequence.isEmpty()) {
        for (const char16_t *seq : {u"arabic", u"loweralpha", u"upperalpha", u"lowerroman", u"upperroman"})
            if (matchesSequence(text, seq)) {
                out.sequence = QString::fromUtf16(seq);
                break;
            }
    }
    if (out.sequence.isEmpty())
        return false;
    if (out.sequence == u"#")
        out.ordinal = 1;
    else if (out.sequence == u"arabic")
        out.ordinal = text.size() > 9 ? -1 : text.toInt();
    else if (out.sequence.endsWith(u"alpha"))
        out.ordinal = text[0].toLower().unicode() - 'a' + 1;
    else
        out.ordinal = romanToInt(text) > 0 ? romanToInt(text) : -1;
    return true;
}

QString enumeratorText(int ordinal, const QString &sequence)
{
    if (sequence == u"#" || sequence == u"arabic")
        return QString::number(ordinal);
    if (sequence == u"loweralpha" || sequence == u"upperalpha") {
        if (ordinal < 1 || ordinal > 26)
            return {};
        const QChar c(char16_t((sequence == u"loweralpha" ? 'a' : 'A') + ordinal - 1));
        return QString(c);
    }
    const QString r = intToRoman(ordinal);
    return sequence == u"lowerroman" ? r.toLower() : r;
}

} // namespace Docent
