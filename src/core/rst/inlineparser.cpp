#include "inlineparser_p.h"

#include "charset.h"
#include "parsestate_p.h"
#include "textscan_p.h"

#include <array>
#include <limits>

namespace Docent {
namespace {

constexpr QChar kEscape = QChar(0);

// docutils' ASCII openers and delimiters may precede a start-string; closers, delimiters and
// closing delimiters may follow an end-string.
constexpr AsciiSet kStartPrefixAscii("\"'(<[{-/:");
constexpr AsciiSet kEndSuffixAscii("\"')>]}-/:\\.,;!?");
constexpr AsciiSet kNameJoiners("-._+:");
constexpr AsciiSet kUriChars("-_.!~*'()[];/:@&=+$,%");
constexpr AsciiSet kUriLast("_~*/=+");
constexpr AsciiSet kEmailChars("-_!~*'{|}/#?^`&=+$%");
constexpr AsciiSet kAsciiAlnum("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
// Characters at which the scanning loop must stop: markup start-strings, the ':' and '@'
// around which standalone URIs and addresses are found, and the letters and digits of words.
// Other ASCII punctuation and spaces are stepped over without further tests.
constexpr AsciiSet kScanStopsOrAlnum("*`_|[:@0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

bool isWs(QChar c) { return c.isSpace(); }

// Characters that may stand before a start-string: docutils' openers and delimiters. In ASCII
// only a few count; elsewhere the Unicode punctuation categories decide.
bool isStartPrefix(QChar c)
{
    if (isWs(c))
        return true;
    if (c.unicode() < 128)
        return kStartPrefixAscii.contains(c);
    switch (c.category()) {
    case QChar::Punctuation_Open:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Other:
        return true;
    default:
        return false;
    }
}

// Characters that may follow an end-string: docutils' closers, delimiters and closing delimiters.
bool isEndSuffix(QChar c)
{
    if (isWs(c) || c == kEscape)
        return true;
    if (c.unicode() < 128)
        return kEndSuffixAscii.contains(c);
    if (c == u'\u201a' || c == u'\u201e') // low-9 quotes close quotations in some languages
        return true;
    switch (c.category()) {
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Other:
        return true;
    default:
        return false;
    }
}

bool startOk(const QString &s, qsizetype pos)
{
    return pos == 0 || isStartPrefix(s[pos - 1]);
}

bool endOk(const QString &s, qsizetype pos) { return pos >= s.size() || isEndSuffix(s[pos]); }

// Whether `close` closes `open` as quotes or brackets do (both directions for quotes, as
// languages differ in which way round they use them).
bool matchingPair(QChar open, QChar close)
{
    static const QStringView ascii = u"\"\"''()<>[]{}";
    for (qsizetype k = 0; k < ascii.size(); k += 2)
        if (ascii[k] == open)
            return ascii[k + 1] == close;
    if (open.unicode() < 128)
        return false;
    // Quote pairs, and the extra pairings some languages use.
    static const std::pair<char16_t, const char16_t *> quotes[] = {
        {u'\u00ab', u"\u00bb"},       {u'\u00bb', u"\u00ab\u00bb"}, {u'\u2018', u"\u2019\u201a"},
        {u'\u2019', u"\u2018\u2019"}, {u'\u201c', u"\u201d\u201e"}, {u'\u201d', u"\u201c\u201d"},
        {u'\u2039', u"\u203a"},       {u'\u203a', u"\u2039\u203a"}, {u'\u201a', u"\u2018\u2019"},
        {u'\u201e', u"\u201c\u201d"}, {u'\u201b', u"\u201a"},       {u'\u201f', u"\u201e"},
        {u'\u2e02', u"\u2e03"},       {u'\u2e03', u"\u2e02"},       {u'\u2e04', u"\u2e05"},
        {u'\u2e05', u"\u2e04"},       {u'\u2e09', u"\u2e0a"},       {u'\u2e0a', u"\u2e09"},
        {u'\u2e0c', u"\u2e0d"},       {u'\u2e0d', u"\u2e0c"},       {u'\u2e1c', u"\u2e1d"},
        {u'\u2e1d', u"\u2e1c"},       {u'\u2e20', u"\u2e21"},       {u'\u2e21', u"\u2e20"},
    };
    for (const auto &[o, closers] : quotes)
        if (o == open.unicode())
            return QStringView(closers).contains(close);
    return open.category() == QChar::Punctuation_Open && open.mirroredChar() == close && close != open;
}

// A start-string between a matching pair of quotes or brackets, like '*' or (*), is not markup.
bool quotedStart(const QString &s, qsizetype start, qsizetype end)
{
    if (start == 0 || end >= s.size())
        return false;
    return matchingPair(s[start - 1], s[end]);
}

bool isNameChar(char16_t u) { return u < 128 ? kAsciiAlnum.contains(u) : QChar(u).isLetterOrNumber(); }

// docutils' "simplename": alphanumeric runs joined by single [-._+:] characters. `colonJoined`,
// if given, is set when a ':' joins two runs.
qsizetype scanSimpleName(QStringView s, qsizetype pos, bool *colonJoined = nullptr)
{
    const char16_t *d = s.utf16();
    const qsizetype n = s.size();
    qsizetype i = pos;
    if (i >= n || !isNameChar(d[i]))
        return pos;
    while (true) {
        while (i < n) {
            const char16_t u = d[i];
            if (u < 128 ? !kAsciiAlnum.contains(u) : !QChar(u).isLetterOrNumber())
                break;
            ++i;
        }
        if (i + 1 < n && kNameJoiners.contains(d[i]) && isNameChar(d[i + 1])) {
            if (colonJoined && d[i] == u':')
                *colonJoined = true;
            ++i;
        } else {
            break;
        }
    }
    return i;
}

bool isUriChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == 0)
        return true;
    return kUriChars.contains(c);
}

bool isUriLast(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
           kUriLast.contains(c);
}

bool isEmailChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == 0)
        return true;
    return kEmailChars.contains(c);
}

// The schemes docutils links as standalone URIs (probed from docutils 0.19, one candidate name
// at a time): an older registry with some unofficial names, without git, svn or sftp.
const QSet<QString> &knownSchemes()
{
    using namespace Qt::StringLiterals;
    static const QSet<QString> s = {
        u"about"_s, u"acap"_s, u"addbook"_s, u"afp"_s, u"afs"_s, u"aim"_s, u"callto"_s, u"chttp"_s, u"cid"_s,
        u"crid"_s, u"data"_s, u"dav"_s, u"dict"_s, u"dns"_s, u"eid"_s, u"fax"_s, u"feed"_s, u"file"_s,
        u"finger"_s, u"freenet"_s, u"ftp"_s, u"go"_s, u"gopher"_s, u"gsm-sms"_s, u"h323"_s, u"h324"_s,
        u"hdl"_s, u"hnews"_s, u"http"_s, u"https"_s, u"iioploc"_s, u"ilu"_s, u"im"_s, u"imap"_s, u"info"_s,
        u"ior"_s, u"ipp"_s, u"irc"_s, u"iris.beep"_s, u"jar"_s, u"javascript"_s, u"jdbc"_s, u"ldap"_s,
        u"lifn"_s, u"livescript"_s, u"lrq"_s, u"mailbox"_s, u"mailserver"_s, u"mailto"_s, u"md5"_s, u"mid"_s,
        u"mocha"_s, u"modem"_s, u"mtqp"_s, u"mupdate"_s, u"news"_s, u"nfs"_s, u"nntp"_s, u"opaquelocktoken"_s,
        u"phone"_s, u"pop"_s, u"pop3"_s, u"pres"_s, u"printer"_s, u"prospero"_s, u"rdar"_s, u"res"_s,
        u"rtsp"_s, u"rvp"_s, u"rwhois"_s, u"rx"_s, u"sdp"_s, u"service"_s, u"shttp"_s, u"sip"_s, u"sips"_s,
        u"smb"_s, u"snews"_s, u"snmp"_s, u"soap.beep"_s, u"soap.beeps"_s, u"ssh"_s, u"t120"_s, u"tag"_s,
        u"tcp"_s, u"tel"_s, u"telephone"_s, u"telnet"_s, u"tftp"_s, u"tip"_s, u"tn3270"_s, u"tv"_s, u"urn"_s,
        u"uuid"_s, u"vemmi"_s, u"videotex"_s, u"view-source"_s, u"wais"_s, u"whodp"_s, u"whois++"_s,
        u"x-man-page"_s, u"xmlrpc.beep"_s, u"xmlrpc.beeps"_s, u"z39.50r"_s, u"z39.50s"_s,
    };
    return s;
}

// A standalone URI or e-mail address found in plain text, [begin, end).
struct UriSpan
{
    enum Kind { None, Link, Email, UnknownScheme } kind = None;
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Whether a match may begin at `b` of `t`: at its start or after whitespace or an opener, and not
// after an escape marker.
bool uriStartOk(QStringView t, qsizetype b)
{
    return b == 0 || (isStartPrefix(t[b - 1]) && t[b - 1] != kEscape);
}

bool uriSuffixOk(QStringView t, qsizetype e) { return e >= t.size() || isEndSuffix(t[e]); }

// Whether a URI part may end right before `e`: on a character that is no punctuation, or on any
// URI character right before a '>'.
bool uriEndsAt(QStringView t, qsizetype e)
{
    const QChar last = t[e - 1];
    return isUriLast(last) || (isUriChar(last) && e < t.size() && t[e] == u'>');
}

qsizetype uriRunEnd(QStringView t, qsizetype from)
{
    while (from < t.size() && isUriChar(t[from]))
        ++from;
    return from;
}

// The end of a "#fragment" whose text starts at `from`, the longest followed by an end suffix.
qsizetype uriFragmentEnd(QStringView t, qsizetype from)
{
    for (qsizetype f = uriRunEnd(t, from); f > from; --f)
        if (uriEndsAt(t, f) && uriSuffixOk(t, f))
            return f;
    return -1;
}

// The end of an absolute URI whose part after the scheme starts at `from`: URI characters, then
// an optional "?query" and "#fragment", each ending on an allowed character; of the candidates
// the longest followed by an end suffix wins ("http://x?y#z#w" links "http://x"), -1 if none.
qsizetype absoluteUriEnd(QStringView t, qsizetype from)
{
    const qsizetype n = t.size();
    const qsizetype run = uriRunEnd(t, from);
    for (qsizetype h = run; h > from; --h) {
        if (!uriEndsAt(t, h))
            continue;
        if (h == run && h < n && t[h] == u'?') {
            const qsizetype queryRun = uriRunEnd(t, h + 1);
            for (qsizetype q = queryRun; q > h + 1; --q) {
                if (!uriEndsAt(t, q))
                    continue;
                if (q == queryRun && q < n && t[q] == u'#') {
                    if (const qsizetype f = uriFragmentEnd(t, q + 1); f >= 0)
                        return f;
                }
                if (uriSuffixOk(t, q))
                    return q;
            }
        } else if (h == run && h < n && t[h] == u'#') {
            if (const qsizetype f = uriFragmentEnd(t, h + 1); f >= 0)
                return f;
        }
        if (uriSuffixOk(t, h))
            return h;
    }
    return -1;
}

bool isSchemeChar(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 && (kAsciiAlnum.contains(u) || u == u'.' || u == u'+' || u == u'-');
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// The absolute URI around the ':' at `pivot`: a scheme (a letter, then letters, digits, '.', '+'
// or '-') starting where markup may start, the leftmost such start winning.
UriSpan matchAbsoluteUri(QStringView t, qsizetype pivot)
{
    qsizetype b = pivot;
    while (b > 0 && isSchemeChar(t[b - 1]))
        --b;
    while (b < pivot && !(isAsciiLetter(t[b]) && uriStartOk(t, b)))
        ++b;
    if (b == pivot)
        return {};
    const qsizetype e = absoluteUriEnd(t, pivot + 1);
    if (e < 0)
        return {};
    const QString scheme = t.mid(b, pivot - b).toString().toLower();
    return {knownSchemes().contains(scheme) ? UriSpan::Link : UriSpan::UnknownScheme, b, e};
}

// The e-mail address around the '@' at `pivot`: a name of dot-separated runs of address
// characters, and a host of such characters and dots that starts with one and ends as a URI does.
UriSpan matchEmail(QStringView t, qsizetype pivot)
{
    if (pivot == 0 || !isEmailChar(t[pivot - 1]) || t[pivot - 1] == kEscape)
        return {};
    qsizetype runStart = pivot;
    while (runStart > 0) {
        if (isEmailChar(t[runStart - 1]))
            --runStart;
        else if (t[runStart - 1] == u'.' && runStart >= 2 && isEmailChar(t[runStart - 2]))
            --runStart;
        else
            break;
    }
    qsizetype b = runStart;
    while (b < pivot && !(isEmailChar(t[b]) && uriStartOk(t, b)))
        ++b;
    if (b == pivot || pivot + 1 >= t.size() || !isEmailChar(t[pivot + 1]))
        return {};
    qsizetype hostEnd = pivot + 1;
    while (hostEnd < t.size() && (isEmailChar(t[hostEnd]) || t[hostEnd] == u'.'))
        ++hostEnd;
    // The last character may also be other URI punctuation right before a '>'.
    if (hostEnd + 1 < t.size() && isUriChar(t[hostEnd]) && t[hostEnd + 1] == u'>')
        ++hostEnd;
    for (qsizetype e = hostEnd; e >= pivot + 3; --e)
        if (uriEndsAt(t, e) && uriSuffixOk(t, e))
            return {UriSpan::Email, b, e};
    return {};
}

// The end-strings the scanner searches for, each remembered separately (see findEnd).
enum EndKind { StrongEnd, LiteralEnd, EmphasisEnd, TargetEnd, SubstitutionEnd, InterpretedEnd, EndKinds };

class Scanner
{
public:
    friend class Docent::InlineParser;
    Scanner(ParseState &state, const QString &text, bool hasEscapes, int line, Node &parent, int stateLine)
        : m_state(state), m_s(text), m_hasEscapes(hasEscapes), m_line(line), m_parent(parent),
          m_stateLine(state.parkedLine(stateLine > 0 ? stateLine : line))
    {
        // A list a previous paragraph left, or room for a typical paragraph's nodes at once,
        // instead of growing a new list several times.
        m_result.nodes = state.takeNodeList();
        m_result.nodes.reserve(8);
    }

    RoleResult run()
    {
        qsizetype pos = 0, textStart = 0;
        const char16_t *d = reinterpret_cast<const char16_t *>(m_s.utf16());
        const qsizetype n = m_s.size();
        while (pos < n) {
            const char16_t u = d[pos];
            if (u < 128 && !kScanStopsOrAlnum.contains(u)) {
                ++pos;
                continue;
            }
            if (kAsciiAlnum.contains(u)) {
                // The common case of the word branch below, inlined: an ASCII word.
                const qsizetype nameEnd = asciiStartedNameEnd(d, pos);
                if (d[nameEnd] == u'_' && (pos == 0 || isStartPrefix(m_s[pos - 1]))) {
                    const qsizetype next = tryWordMarkup(pos, nameEnd, textStart);
                    if (next >= 0) {
                        pos = textStart = m_markupEnd = next;
                        continue;
                    }
                }
                pos = nameEnd;
                continue;
            }
            if (u == u':' || u == u'@')
                m_lastPivot = pos;
            const QChar c(u);
            qsizetype next = -1;
            if (c == u'*' || c == u'`' || c == u'_' || c == u'|' || c == u'[' || c == u':') {
                // Markup may also start right where other markup ended (*a*:emphasis:`b`): docutils
                // goes on with the rest as a text of its own.
                if (startOk(m_s, pos) || pos == m_markupEnd)
                    next = tryMarkup(pos, textStart);
            }
            if (next < 0 && c.isLetterOrNumber()) {
                // A word is a reference ("word_") or plain text; no other markup starts inside it,
                // so a failed word is skipped whole.
                bool colonJoined = false;
                const qsizetype nameEnd = scanSimpleName(m_s, pos, &colonJoined);
                if (colonJoined)
                    m_lastPivot = nameEnd - 1;
                if (nameEnd < n && d[nameEnd] == u'_' && (pos == 0 || isStartPrefix(m_s[pos - 1])))
                    next = tryWordMarkup(pos, nameEnd, textStart);
                if (next < 0) {
                    pos = std::max(nameEnd, pos + 1);
                    continue;
                }
            }
            if (next >= 0) {
                pos = textStart = m_markupEnd = next;
                continue;
            }
            ++pos;
        }
        flushText(textStart, m_s.size());
        return std::move(m_result);
    }

private:
    // scanSimpleName from `pos`, which holds an ASCII letter or digit, for the scanned text `d`
    // (m_s, whose terminating NUL ends every run); notes ':' joiners in m_lastPivot.
    qsizetype asciiStartedNameEnd(const char16_t *d, qsizetype pos)
    {
        qsizetype i = pos + 1;
        const qsizetype n = m_s.size();
        while (true) {
            char16_t u;
            while (true) {
                i = asciiAlnumRunEnd(d, i, n);
                if ((u = d[i]) < 128 || !isNameChar(u))
                    break;
                ++i;
            }
            if (!kNameJoiners.contains(u) || !isNameChar(d[i + 1]))
                return i;
            if (u == u':')
                m_lastPivot = i;
            ++i;
        }
    }

    void flushText(qsizetype from, qsizetype to)
    {
        if (to <= from)
            return;
        // Every character of plain text passed the scanning loop, which noted the last ':' or '@'.
        if (m_lastPivot >= from)
            implicitText(QStringView(m_s).mid(from, to - from));
        else
            addText(QStringView(m_s).mid(from, to - from));
    }

    // InlineParser::unescape, skipped when the text has no escape markers at all.
    QString unescape(QStringView text, bool restoreBackslashes = false) const
    {
        return m_hasEscapes ? InlineParser::unescape(text, restoreBackslashes) : text.toString();
    }

    void addText(QStringView raw)
    {
        // Text without markup or escapes, a common paragraph, shares the scanned string.
        if (raw.size() == m_s.size() && !m_hasEscapes) {
            if (!m_s.isEmpty())
                m_result.nodes.push_back(Node::text(m_s, m_line));
            return;
        }
        const QString t = m_keepEscapes ? raw.toString() : unescape(raw);
        if (!t.isEmpty())
            m_result.nodes.push_back(Node::text(t, m_line));
    }

    // Standalone URIs and e-mail addresses inside plain text. As in docutils, the leftmost match
    // decides: a URI of a scheme docutils does not know (git://x) leaves the rest of the text
    // plain, links after it included.
    void implicitText(QStringView text)
    {
        qsizetype start = 0;
        qsizetype nextColon = text.indexOf(u':'), nextAt = text.indexOf(u'@');
        for (qsizetype i = 0; i < text.size(); ++i) {
            // jump to the next ':' or '@', the only places a standalone URI or address pivots on
            if (nextColon >= 0 && nextColon < i)
                nextColon = text.indexOf(u':', i);
            if (nextAt >= 0 && nextAt < i)
                nextAt = text.indexOf(u'@', i);
            if (nextColon < 0 && nextAt < 0)
                break;
            i = nextColon < 0 ? nextAt : nextAt < 0 ? nextColon : std::min(nextColon, nextAt);
            const UriSpan span = text[i] == u':' ? matchAbsoluteUri(text, i) : matchEmail(text, i);
            if (span.kind == UriSpan::None)
                continue;
            if (span.kind == UriSpan::UnknownScheme)
                break;
            addText(text.mid(start, span.begin - start));
            const QString shown = unescape(text.mid(span.begin, span.end - span.begin));
            auto ref = Node::element(QStringLiteral("reference"), m_line);
            ref->setAttribute(QStringLiteral("refuri"),
                              span.kind == UriSpan::Email ? QStringLiteral("mailto:") + shown : shown);
            ref->append(Node::text(shown, m_line));
            m_result.nodes.push_back(std::move(ref));
            start = span.end;
            i = span.end - 1;
        }
        addText(text.mid(start));
    }

    // Finds the end-string `end` from `from`: preceded by non-whitespace (and, unless literal,
    // not escaped), followed by an end suffix.
    qsizetype findEnd(QStringView end, qsizetype from, bool literal, EndKind kind)
    {
        // Once a search from `from` found nothing, any later search fails too: remembering that
        // keeps text full of unterminated start-strings linear instead of quadratic.
        if (from >= m_noEndFrom[kind])
            return -1;
        qsizetype p = from;
        while ((p = m_s.indexOf(end, p)) >= 0) {
            const QChar before = m_s[p - 1];
            const bool beforeOk = !isWs(before) && (literal || before != kEscape);
            if (beforeOk && endOk(m_s, p + end.size()))
                return p;
            ++p;
        }
        m_noEndFrom[kind] = from;
        return -1;
    }

    std::unique_ptr<Node> problematic(const QString &raw, std::unique_ptr<Node> msg)
    {
        auto prb = m_state.problematic(unescape(raw, true), m_line, *msg);
        m_result.messages.push_back(std::move(msg));
        return prb;
    }

    qsizetype unterminated(qsizetype pos, qsizetype len, const QString &what, qsizetype textStart)
    {
        flushText(textStart, pos);
        auto msg = m_state.message(MessageLevel::Warning, m_line,
                                   QStringLiteral("Inline %1 start-string without end-string.").arg(what));
        m_result.nodes.push_back(problematic(m_s.mid(pos, len), std::move(msg)));
        return pos + len;
    }

    // Markup introduced by punctuation at `pos`; returns the position after it, or -1.
    qsizetype tryMarkup(qsizetype pos, qsizetype textStart)
    {
        const QStringView rest = QStringView(m_s).mid(pos);
        auto followedByNonWs = [&](qsizetype len) { return pos + len < m_s.size() && !isWs(m_s[pos + len]); };
        if (startsWithAscii(rest, "**")) {
            if (!followedByNonWs(2) || quotedStart(m_s, pos, pos + 2))
                return -1;
            return simple(pos, 2, QStringLiteral("strong"), QStringLiteral("strong"), false, StrongEnd,
                          textStart);
        }
        if (startsWithAscii(rest, "``")) {
            if (!followedByNonWs(2) || quotedStart(m_s, pos, pos + 2))
                return -1;
            return simple(pos, 2, QStringLiteral("literal"), QStringLiteral("literal"), true, LiteralEnd, textStart);
        }
        if (rest[0] == u'*') {
            if (!followedByNonWs(1) || quotedStart(m_s, pos, pos + 1))
                return -1;
            return simple(pos, 1, QStringLiteral("emphasis"), QStringLiteral("emphasis"), false, EmphasisEnd,
                          textStart);
        }
        if (startsWithAscii(rest, "_`")) {
            if (!followedByNonWs(2) || quotedStart(m_s, pos, pos + 2))
                return -1;
            return inlineTarget(pos, textStart);
        }
        if (rest[0] == u'`') {
            if (!followedByNonWs(1) || quotedStart(m_s, pos, pos + 1))
                return -1;
            return interpreted(pos, pos, QString(), textStart);
        }
        if (rest[0] == u'|') {
            if (!followedByNonWs(1) || quotedStart(m_s, pos, pos + 1) || startsWithAscii(rest, "||"))
                return -1;
            return substitution(pos, textStart);
        }
        if (rest[0] == u'[')
            return footnoteReference(pos, textStart);
        if (rest[0] == u':') {
            const qsizetype nameEnd = scanSimpleName(m_s, pos + 1);
            if (nameEnd == pos + 1 || nameEnd + 1 >= m_s.size() || m_s[nameEnd] != u':' || m_s[nameEnd + 1] != u'`')
                return -1;
            const qsizetype bq = nameEnd + 1;
            if (bq + 1 >= m_s.size() || isWs(m_s[bq + 1]) || m_s[bq + 1] == u'`')
                return -1;
            return interpreted(pos, bq, m_s.mid(pos + 1, nameEnd - pos - 1), textStart);
        }
        return -1;
    }

    qsizetype simple(qsizetype pos, int len, const QString &tag, const QString &what, bool literal, EndKind kind,
                     qsizetype textStart)
    {
        const qsizetype end = findEnd(QStringView(m_s).mid(pos, len), pos + len, literal, kind);
        // an end-string right after the start-string is no end: there must be some text between
        if (end < 0 || end == pos + len)
            return unterminated(pos, len, what, textStart);
        flushText(textStart, pos);
        auto node = Node::element(tag, m_line);
        const QStringView inner = QStringView(m_s).mid(pos + len, end - pos - len);
        node->append(Node::text(unescape(inner, literal), m_line));
        m_result.nodes.push_back(std::move(node));
        return end + len;
    }

    qsizetype inlineTarget(qsizetype pos, qsizetype textStart)
    {
        const qsizetype end = findEnd(u"`", pos + 2, false, TargetEnd);
        if (end < 0 || end == pos + 2)
            return unterminated(pos, 2, QStringLiteral("target"), textStart);
        flushText(textStart, pos);
        const QString text = unescape(QStringView(m_s).mid(pos + 2, end - pos - 2));
        auto target = Node::element(QStringLiteral("target"), m_line);
        target->append(Node::text(text, m_line));
        target->names.append(normalizeName(text));
        Node *t = target.get();
        m_result.nodes.push_back(std::move(target));
        t->setLine(m_stateLine);
        m_state.noteExplicitTarget(*t, m_parent);
        t->setLine(m_line);
        return end + 1;
    }

    qsizetype substitution(qsizetype pos, qsizetype textStart)
    {
        qsizetype p = pos + 1;
        qsizetype end = -1;
        if (p >= m_noEndFrom[SubstitutionEnd])
            p = -1;
        while (p >= 0 && (p = m_s.indexOf(u'|', p)) >= 0) {
            const QChar before = m_s[p - 1];
            qsizetype after = p + 1;
            while (after < m_s.size() && m_s[after] == u'_' && after - p <= 2)
                ++after;
            if (!isWs(before) && before != kEscape && endOk(m_s, after)) {
                end = p;
                break;
            }
            ++p;
        }
        if (end < 0) {
            m_noEndFrom[SubstitutionEnd] = pos + 1;
            return unterminated(pos, 1, QStringLiteral("substitution_reference"), textStart);
        }
        flushText(textStart, pos);
        qsizetype after = end + 1;
        int underscores = 0;
        while (after < m_s.size() && m_s[after] == u'_' && underscores < 2) {
            ++after;
            ++underscores;
        }
        const QString text = unescape(QStringView(m_s).mid(pos + 1, end - pos - 1));
        auto sub = Node::element(QStringLiteral("substitution_reference"), m_line);
        sub->setAttribute(QStringLiteral("refname"), text.simplified()); // case matters for substitutions
        sub->append(Node::text(text, m_line));
        if (underscores) {
            auto ref = Node::element(QStringLiteral("reference"), m_line);
            if (underscores == 2)
                ref->setAttribute(QStringLiteral("anonymous"), QStringLiteral("1"));
            else
                ref->setAttribute(QStringLiteral("refname"), normalizeName(text));
            ref->append(std::move(sub));
            m_result.nodes.push_back(std::move(ref));
        } else {
            m_result.nodes.push_back(std::move(sub));
        }
        return after;
    }

    qsizetype footnoteReference(qsizetype pos, qsizetype textStart)
    {
        const qsizetype close = m_s.indexOf(u']', pos + 1);
        if (close < 0 || close + 1 >= m_s.size() || m_s[close + 1] != u'_' || !endOk(m_s, close + 2))
            return -1;
        const QString label = m_s.mid(pos + 1, close - pos - 1);
        auto node = Node::element(QStringLiteral("footnote_reference"), m_line);
        bool isCitation = false;
        bool allDigits = !label.isEmpty();
        for (QChar c : label)
            allDigits = allDigits && c.isDigit() && c.unicode() < 128;
        if (allDigits) {
            node->setAttribute(QStringLiteral("refname"), label);
            node->append(Node::text(label, m_line));
        } else if (label == u"*") {
            node->setAttribute(QStringLiteral("auto"), QStringLiteral("*"));
        } else if (label.startsWith(u'#')) {
            const QString name = label.mid(1);
            if (!name.isEmpty() && scanSimpleName(name, 0) != name.size())
                return -1;
            node->setAttribute(QStringLiteral("auto"), QStringLiteral("1"));
            if (!name.isEmpty())
                node->setAttribute(QStringLiteral("refname"), normalizeName(name));
        } else {
            if (label.isEmpty() || scanSimpleName(label, 0) != label.size())
                return -1;
            isCitation = true;
            node = Node::element(QStringLiteral("citation_reference"), m_line);
            node->setAttribute(QStringLiteral("refname"), normalizeName(label));
            node->append(Node::text(label, m_line));
        }
        Q_UNUSED(isCitation);
        flushText(textStart, pos);
        m_state.setId(*node);
        m_result.nodes.push_back(std::move(node));
        return close + 2;
    }

    // Standalone hyperlink references: word_ and word__.
    qsizetype tryWordMarkup(qsizetype pos, qsizetype nameEnd, qsizetype textStart)
    {
        if (nameEnd == pos || nameEnd >= m_s.size() || m_s[nameEnd] != u'_')
            return -1;
        qsizetype after = nameEnd + 1;
        const bool anonymous = after < m_s.size() && m_s[after] == u'_';
        if (anonymous)
            ++after;
        if (!endOk(m_s, after))
            return -1;
        flushText(textStart, pos);
        const QString text = unescape(QStringView(m_s).mid(pos, nameEnd - pos));
        auto ref = Node::element(QStringLiteral("reference"), m_line);
        ref->setAttribute(QStringLiteral("name"), text.simplified());
        if (anonymous)
            ref->setAttribute(QStringLiteral("anonymous"), QStringLiteral("1"));
        else
            ref->setAttribute(QStringLiteral("refname"), normalizeName(text));
        ref->append(Node::text(text, m_line));
        m_result.nodes.push_back(std::move(ref));
        return after;
    }

    // `text`, :role:`text`, `text`:role:, `text`_ and `text`__, starting with the backquote at `bq`.
    qsizetype interpreted(qsizetype pos, qsizetype bq, QString role, qsizetype textStart)
    {
        qsizetype p = bq + 1;
        qsizetype end = -1, after = -1;
        QString suffixRole;
        int refUnderscores = 0;
        if (p >= m_noEndFrom[InterpretedEnd])
            p = -1;
        while (p >= 0 && (p = m_s.indexOf(u'`', p)) >= 0) {
            // Not after whitespace or an escape marker, unless that character is itself escaped.
            const QChar before = m_s[p - 1];
            if ((isWs(before) || before == kEscape) && !(p >= 2 && m_s[p - 2] == kEscape)) {
                ++p;
                continue;
            }
            // The suffix: an optional ":role:", then an optional "_" or "__", then an end suffix;
            // the longest form that fits wins, as with a greedy pattern.
            QString sr;
            qsizetype afterRole = p + 1;
            if (afterRole < m_s.size() && m_s[afterRole] == u':') {
                const qsizetype ne = scanSimpleName(m_s, afterRole + 1);
                if (ne > afterRole + 1 && ne < m_s.size() && m_s[ne] == u':') {
                    sr = m_s.mid(afterRole + 1, ne - afterRole - 1);
                    afterRole = ne + 1;
                }
            }
            bool found = false;
            for (const QString &role2 : {sr, QString()}) {
                if (found || (role2.isEmpty() && !sr.isEmpty() && false))
                    break;
                const qsizetype base = role2.isEmpty() ? p + 1 : afterRole;
                for (int us = 2; us >= 0 && !found; --us) {
                    bool ok = true;
                    for (int k = 0; k < us; ++k)
                        ok = ok && base + k < m_s.size() && m_s[base + k] == u'_';
                    if (ok && endOk(m_s, base + us)) {
                        found = true;
                        end = p;
                        after = base + us;
                        suffixRole = role2;
                        refUnderscores = us;
                    }
                }
                if (sr.isEmpty())
                    break;
            }
            if (found)
                break;
            ++p;
        }
        if (end < 0) {
            m_noEndFrom[InterpretedEnd] = bq + 1;
            if (!role.isEmpty()) // the role prefix stays plain text; only the backquote is problematic
                return unterminated(bq, 1, QStringLiteral("interpreted text or phrase reference"), textStart);
            return unterminated(pos, 1, QStringLiteral("interpreted text or phrase reference"), textStart);
        }
        flushText(textStart, pos);
        const QString raw = m_s.mid(pos, after - pos);
        const QString inner = m_s.mid(bq + 1, end - bq - 1);
        if (refUnderscores) {
            if (!role.isEmpty() || !suffixRole.isEmpty()) {
                auto msg = m_state.message(MessageLevel::Warning, m_line,
                                           QStringLiteral("Mismatch: both interpreted text role %1 and "
                                                          "reference suffix.")
                                               .arg(role.isEmpty() ? QStringLiteral("suffix") : QStringLiteral("prefix")));
                m_result.nodes.push_back(problematic(raw, std::move(msg)));
                return after;
            }
            phraseReference(inner, refUnderscores == 2);
            return after;
        }
        if (!role.isEmpty() && !suffixRole.isEmpty()) {
            auto msg = m_state.message(MessageLevel::Warning, m_line,
                                       QStringLiteral("Multiple roles in interpreted text (both prefix and "
                                                      "suffix present; only one allowed)."));
            m_result.nodes.push_back(problematic(raw, std::move(msg)));
            return after;
        }
        if (role.isEmpty())
            role = suffixRole;
        applyRole(role, raw, inner);
        return after;
    }

    void applyRole(QString role, const QString &raw, const QString &inner)
    {
        if (role.isEmpty())
            role = m_state.defaultRole.isEmpty() ? QStringLiteral("title-reference") : m_state.defaultRole;
        const QString key = role.toLower();
        RoleCall call{key, raw, inner, m_line, m_state, {}, {}};
        const RoleHandler *handler = nullptr;
        QString base = key;
        if (auto it = m_state.customRoles.constFind(key); it != m_state.customRoles.cend()) {
            base = it->first;
            call.classes = it->second;
            call.options = m_state.customRoleOptions.value(key);
        }
        base = m_state.domainName(base, true);
        handler = m_state.registry.role(base);
        if (!handler) {
            m_result.messages.push_back(m_state.message(
                MessageLevel::Info, m_line,
                QStringLiteral("No role entry for \"%1\" in module \"docutils.parsers.rst.languages.en\".\n"
                               "Trying \"%1\" as canonical role name.")
                    .arg(role)));
            auto msg = m_state.message(MessageLevel::Error, m_line,
                                       QStringLiteral("Unknown interpreted text role \"%1\".").arg(role));
            m_result.nodes.push_back(problematic(raw, std::move(msg)));
            return;
        }
        call.name = base;
        RoleResult r = (*handler)(call);
        for (auto &n : r.nodes)
            m_result.nodes.push_back(std::move(n));
        for (auto &m : r.messages)
            m_result.messages.push_back(std::move(m));
    }

    // Splits "text <target>" into its parts; false when there is no embedded target. docutils
    // wants whitespace (or nothing) before "<", none just inside the brackets, and no unescaped
    // "<" or ">" within.
    static bool splitEmbedded(const QString &inner, QString &text, QString &target)
    {
        if (!inner.endsWith(u'>') || inner.size() < 3 || inner[inner.size() - 2] == kEscape)
            return false;
        qsizetype open = -1;
        for (qsizetype k = inner.size() - 2; k >= 0; --k) {
            if (inner[k] == u'<' && (k == 0 || inner[k - 1] != kEscape)) {
                open = k;
                break;
            }
            if (inner[k] == u'>' && (k == 0 || inner[k - 1] != kEscape))
                return false;
        }
        if (open < 0 || (open > 0 && !isWs(inner[open - 1])))
            return false;
        const QString t = inner.mid(open + 1, inner.size() - open - 2);
        if (t.isEmpty() || isWs(t.front()) || isWs(t.back()))
            return false;
        target = t;
        text = inner.left(open);
        while (!text.isEmpty() && isWs(text.back()))
            text.chop(1);
        return true;
    }

    void phraseReference(const QString &inner, bool anonymous)
    {
        QString text, target;
        const bool embedded = splitEmbedded(inner, text, target);
        bool alias = false;
        if (embedded && target.endsWith(u'_') && target.size() > 1 && target[target.size() - 2] != kEscape) {
            alias = true;
            target.chop(1);
        }
        auto ref = Node::element(QStringLiteral("reference"), m_line);
        QString uri, aliasName;
        if (embedded) {
            if (alias)
                aliasName = normalizeName(unescape(target));
            else {
                uri = InlineParser::uriFromEscaped(target);
                if (InlineParser::isEmailAddress(uri))
                    uri = QStringLiteral("mailto:") + uri;
            }
        }
        const QString shown = embedded && !text.isEmpty() ? unescape(text) : unescape(inner);
        // Only an embedded target: docutils shows the URI it made (with "mailto:" for an address)
        // or the alias as a reference name, normalised.
        QString displayed = shown;
        if (embedded && text.isEmpty())
            displayed = alias ? aliasName : uri;
        ref->setAttribute(QStringLiteral("name"), displayed.simplified());
        ref->append(Node::text(displayed, m_line));
        if (!embedded) {
            if (anonymous)
                ref->setAttribute(QStringLiteral("anonymous"), QStringLiteral("1"));
            else
                ref->setAttribute(QStringLiteral("refname"), normalizeName(shown));
            m_result.nodes.push_back(std::move(ref));
            return;
        }
        if (alias)
            ref->setAttribute(QStringLiteral("refname"), aliasName);
        else
            ref->setAttribute(QStringLiteral("refuri"), uri);
        m_result.nodes.push_back(std::move(ref));
        if (anonymous)
            return;
        // A named embedded reference also defines a target of that name.
        auto t = Node::element(QStringLiteral("target"), m_line);
        t->names.append(normalizeName(displayed));
        if (alias) {
            t->setAttribute(QStringLiteral("refname"), aliasName);
            m_result.nodes.push_back(std::move(t));
            return; // docutils gives aliases no id of their own
        }
        t->setAttribute(QStringLiteral("refuri"), uri);
        Node *tp = t.get();
        m_result.nodes.push_back(std::move(t));
        tp->setLine(m_stateLine);
        m_state.noteExplicitTarget(*tp, m_parent);
        tp->setLine(m_line);
    }

    ParseState &m_state;
    const QString &m_s;
    const bool m_hasEscapes; ///< whether m_s holds any escape marker
    qsizetype m_lastPivot = -1; ///< the last ':' or '@' the scanning loop passed
    qsizetype m_markupEnd = -1; ///< where the last markup (or unterminated start-string) ended
    int m_line;
    Node &m_parent;
    bool m_keepEscapes = false;
    int m_stateLine; ///< where docutils' state machine stands: the line duplicate-target messages name
    RoleResult m_result;
    /// Per kind of end-string, the position from which a search for it is known to fail.
    std::array<qsizetype, EndKinds> m_noEndFrom = [] {
        std::array<qsizetype, EndKinds> a;
        a.fill(std::numeric_limits<qsizetype>::max());
        return a;
    }();
};

} // namespace

QString InlineParser::escapeToNull(QStringView text)
{
    QString out = text.toString();
    escapeInPlace(out);
    return out;
}

void InlineParser::escapeInPlace(QString &text)
{
    // Each backslash becomes the marker and the character after it is kept as it is, so the
    // length does not change. A trailing backslash escapes what follows the line (a join space).
    qsizetype i = text.indexOf(u'\\');
    if (i < 0)
        return;
    char16_t *d = reinterpret_cast<char16_t *>(text.data());
    const qsizetype n = text.size();
    for (; i < n; ++i) {
        if (d[i] == u'\\') {
            d[i] = 0;
            ++i;
        }
    }
}

QString InlineParser::unescape(QStringView text, bool restoreBackslashes)
{
    const qsizetype first = text.indexOf(kEscape);
    if (first < 0)
        return text.toString();
    if (restoreBackslashes) {
        QString out = text.toString();
        char16_t *d = reinterpret_cast<char16_t *>(out.data());
        for (qsizetype i = first; i < out.size(); ++i)
            if (d[i] == 0)
                d[i] = u'\\';
        return out;
    }
    // Markers are dropped; escaped whitespace vanishes with its marker.
    QString out(text.size(), Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    const char16_t *in = text.utf16();
    const qsizetype n = text.size();
    std::copy(in, in + first, o);
    o += first;
    for (qsizetype i = first; i < n; ++i) {
        if (in[i] != 0) {
            *o++ = in[i];
            continue;
        }
        if (i + 1 < n && (in[i + 1] == u' ' || in[i + 1] == u'\n'))
            ++i;
    }
    out.truncate(o - reinterpret_cast<char16_t *>(out.data()));
    return out;
}

QString InlineParser::uriFromEscaped(const QString &text)
{
    // Escaped whitespace separates parts joined by one space; other whitespace and the escape
    // markers themselves are dropped (parts hold no whitespace, so no marker in them escapes any).
    QString out(text.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *o = begin;
    const char16_t *in = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    for (qsizetype k = 0; k < n; ++k) {
        if (in[k] == 0 && k + 1 < n && isWs(QChar(in[k + 1]))) {
            *o++ = u' ';
            ++k;
        } else if (in[k] != 0 && !isWs(QChar(in[k]))) {
            *o++ = in[k];
        }
    }
    if (o == begin)
        return QString(); // null, as joining a single empty part gave
    out.truncate(o - begin);
    return out;
}

bool InlineParser::isEmailAddress(const QString &uri)
{
    const qsizetype at = uri.indexOf(u'@');
    return at > 0 && at + 1 < uri.size() && !uri.contains(u':') && !uri.contains(u'/') && !uri.contains(u' ') &&
           uri.indexOf(u'@', at + 1) < 0;
}

RoleResult InlineParser::parse(const QString &text, int line, Node &messageParent, int stateLine)
{
    QString escaped = text; // shared until escapeInPlace writes to it
    // Most text has neither backslashes nor escape markers: one scan shows it.
    const char16_t *d = reinterpret_cast<const char16_t *>(text.utf16());
    bool hasEscapes = findBackslashOrNul(d, 0, text.size()) < text.size();
    if (hasEscapes) {
        escapeInPlace(escaped);
        hasEscapes = escaped.contains(kEscape);
    }
    Scanner scanner(m_state, escaped, hasEscapes, line, messageParent, stateLine);
    scanner.m_keepEscapes = m_keepEscapes;
    return scanner.run();
}

} // namespace Docent
