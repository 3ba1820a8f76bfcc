// Sphinx's code directives: code-block (and its aliases) with its options, highlight, and
// literalinclude, which reads a file of the tree (or one the project's gate lets through), never another.
#include "directivesupport_p.h"
#include "parselimits.h"
#include "parsestate_p.h"
#include "registry.h"
#include "sphinxregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <climits>

namespace Docent {
namespace {

// "1,3,5-7,10-" (1-based, as Sphinx's parselinenos) -> 0-based indexes below `total`.
QList<int> parseLineSpec(const QString &spec, int total, bool *ok)
{
    QList<int> out;
    *ok = true;
    for (const QString &partIn : spec.split(u',')) {
        const QString part = partIn.trimmed();
        if (part.isEmpty())
            continue;
        bool a = true, b = true;
        if (part.contains(u'-')) {
            const QString from = part.section(u'-', 0, 0).trimmed(), to = part.section(u'-', 1).trimmed();
            const int begin = from.isEmpty() ? 1 : from.toInt(&a);
            const int end = to.isEmpty() ? total : to.toInt(&b);
            if (!a || !b || begin < 1 || end < begin) {
                *ok = false;
                return {};
            }
            for (int i = begin; i <= end && i <= total; ++i)
                out << i - 1;
        } else {
            const int n = part.toInt(&a);
            if (!a || n < 1) {
                *ok = false;
                return {};
            }
            if (n <= total)
                out << n - 1;
        }
    }
    return out;
}

// :dedent: N removes N columns; :dedent: alone removes the common indentation.
QStringList dedent(QStringList lines, const QString &value)
{
    int n = -1;
    if (!value.trimmed().isEmpty())
        n = value.trimmed().toInt();
    if (n < 0) {
        n = INT_MAX;
        for (const QString &l : std::as_const(lines)) {
            if (l.trimmed().isEmpty())
                continue;
            int i = 0;
            while (i < l.size() && l[i] == u' ')
                ++i;
            n = std::min(n, i);
        }
        if (n == INT_MAX)
            n = 0;
    }
    for (QString &l : lines) {
        int i = 0;
        while (i < n && i < l.size() && l[i].isSpace())
            ++i;
        l.remove(0, i);
    }
    return lines;
}

// Options every code directive shares; they become attributes the writer reads.
void applyCodeOptions(DirectiveCall &call, Node &node, int lineCount)
{
    if (call.hasOption(QStringLiteral("caption")))
        node.setAttribute(QStringLiteral("caption"), call.options.value(QStringLiteral("caption")));
    if (call.hasOption(QStringLiteral("linenos")) || call.hasOption(QStringLiteral("lineno-start")))
        node.setAttribute(QStringLiteral("linenos"), QStringLiteral("True"));
    if (call.hasOption(QStringLiteral("lineno-start")))
        node.setAttribute(QStringLiteral("lineno-start"), call.options.value(QStringLiteral("lineno-start")).trimmed());
    if (call.hasOption(QStringLiteral("emphasize-lines"))) {
        bool ok = false;
        const QList<int> lines = parseLineSpec(call.options.value(QStringLiteral("emphasize-lines")), lineCount, &ok);
        if (!ok)
            throw DirectiveError{QStringLiteral("invalid emphasize-lines specification \"%1\"")
                                     .arg(call.options.value(QStringLiteral("emphasize-lines"))),
                                 2};
        QStringList numbers;
        for (int l : lines)
            numbers << QString::number(l + 1);
        node.setAttribute(QStringLiteral("hl_lines"), numbers.join(u' '));
    }
    applyClassAndName(call, node);
}

std::unique_ptr<Node> codeNode(const DirectiveCall &call, const QString &language, const QString &code)
{
    auto node = Node::element(QStringLiteral("literal_block"), call.line);
    node->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    node->setAttribute(QStringLiteral("language"), language);
    node->append(Node::text(code, call.contentLine));
    return node;
}

QHash<QString, OptionKind> codeOptions()
{
    QHash<QString, OptionKind> o;
    for (const char *n : {"linenos", "force"})
        o.insert(QLatin1String(n), OptionKind::Flag);
    for (const char *n : {"emphasize-lines", "caption", "name", "dedent", "lineno-start"})
        o.insert(QLatin1String(n), OptionKind::Unchanged);
    o.insert(QStringLiteral("class"), OptionKind::ClassList);
    return o;
}

// A line-based diff of two texts, enough for literalinclude's :diff: (whole files, no hunks).
QString simpleDiff(const QStringList &a, const QStringList &b, const QString &nameA, const QString &nameB)
{
    const qsizetype n = a.size(), m = b.size();
    if (n * m > 4'000'000)
        return QStringLiteral("(files too large to compare)\n");
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                      : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(nameA, nameB);
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            out += u' ' + a[i++] + u'\n';
            ++j;
        } else if (i < n && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            out += u'-' + a[i++] + u'\n';
        } else {
            out += u'+' + b[j++] + u'\n';
        }
    }
    return out;
}

DirectiveSpec codeBlockSpec()
{
    DirectiveSpec spec;
    spec.optionalArguments = 1;
    spec.hasContent = true;
    spec.options = codeOptions();
    spec.run = [](DirectiveCall &call) {
        requireContent(call);
        std::unique_ptr<Node> node;
        if (call.hasOption(QStringLiteral("dedent"))) {
            QStringList lines;
            for (const Line &l : call.content)
                lines << l.text.toString();
            lines = dedent(lines, call.options.value(QStringLiteral("dedent")));
            node = codeNode(call, call.arguments.value(0), lines.join(u'\n'));
        } else {
            node = codeNode(call, call.arguments.value(0), contentText(call.content));
        }
        applyCodeOptions(call, *node, int(call.content.size()));
        return one(std::move(node));
    };
    return spec;
}

// Sets the language of the literal blocks that follow; the writer tracks it.
DirectiveSpec highlightSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.options.insert(QStringLiteral("linenothreshold"), OptionKind::Unchanged);
    spec.options.insert(QStringLiteral("force"), OptionKind::Flag);
    spec.run = [](DirectiveCall &call) {
        auto node = Node::element(QStringLiteral("highlightlang"), call.line);
        node->setAttribute(QStringLiteral("lang"), call.arguments.value(0));
        return one(std::move(node));
    };
    return spec;
}

// ---- literalinclude ----

// The lines of a file of the tree: `limit` is the folder the file must lie in unless `gate`
// decides, `shown` how the directive wrote its name.
QStringList readTreeFile(const DirectiveCall &call, const QString &p, const QString &shown, const QString &limit,
                         const FileGate &gate, const MissingFileNote &missing)
{
    const QFileInfo info(p);
    const QString canonical = info.canonicalFilePath();
    const QString canonicalLimit = QFileInfo(limit).canonicalFilePath();
    if ((!info.exists() || canonical.isEmpty()) && missing)
        missing(QDir::cleanPath(info.absoluteFilePath()));
    if (!info.exists() || canonical.isEmpty())
        throw DirectiveError{QStringLiteral("Include file \"%1\" not found or reading it failed").arg(shown), 2};
    if (gate)
        gate(canonical, shown);
    else if (canonicalLimit.isEmpty() ||
        !(canonical + u'/').startsWith(canonicalLimit + u'/'))
        throw DirectiveError{QStringLiteral("Include file \"%1\" is outside the documentation tree; "
                                            "Docent does not read it")
                                 .arg(shown),
                             2};
    if (info.size() > kMaxLiteralIncludeBytes)
        throw DirectiveError{QStringLiteral("Include file \"%1\" is too large").arg(shown), 2};
    chargeIncludedBytes(call, info.size(), shown);
    QFile f(canonical);
    if (!f.open(QIODevice::ReadOnly))
        throw DirectiveError{QStringLiteral("Include file \"%1\" not found or reading it failed").arg(shown), 2};
    const QByteArray bytes = f.readAll();
    QStringDecoder dec(QStringDecoder::Utf8);
    QString text = dec.decode(bytes);
    if (dec.hasError())
        text = QString::fromLatin1(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// :start-after:, :start-at:, :end-before:, :end-at: cut the lines at the first line holding their text.
void cutAtPatterns(const DirectiveCall &call, QStringList &lines)
{
    auto cut = [&](const QString &option, bool after, bool inclusive) {
        if (!call.hasOption(option))
            return;
        const QString needle = call.options.value(option);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines[i].contains(needle))
                continue;
            if (after)
                lines = lines.mid(inclusive ? i : i + 1);
            else
                lines = lines.mid(0, inclusive ? i + 1 : i);
            return;
        }
        throw DirectiveError{QStringLiteral("%1 pattern not found: %2").arg(option, needle), 2};
    };
    cut(QStringLiteral("start-after"), true, false);
    cut(QStringLiteral("start-at"), true, true);
    cut(QStringLiteral("end-before"), false, false);
    cut(QStringLiteral("end-at"), false, true);
}

// The options that pick and change the lines once the patterns have cut them: :lines:, :dedent:,
// :prepend:, :append:.
void selectLines(const DirectiveCall &call, QStringList &lines, const QString &written)
{
    if (call.hasOption(QStringLiteral("lines"))) {
        bool ok = false;
        const QList<int> picked = parseLineSpec(call.options.value(QStringLiteral("lines")), int(lines.size()), &ok);
        if (!ok || picked.isEmpty())
            throw DirectiveError{QStringLiteral("Line spec \"%1\": no lines pulled from include file \"%2\"")
                                     .arg(call.options.value(QStringLiteral("lines")), written),
                                 2};
        QStringList kept;
        for (int i : picked)
            kept << lines[i];
        lines = kept;
    }
    if (call.hasOption(QStringLiteral("dedent")))
        lines = dedent(lines, call.options.value(QStringLiteral("dedent")));
    if (call.hasOption(QStringLiteral("prepend")))
        lines.prepend(call.options.value(QStringLiteral("prepend")));
    if (call.hasOption(QStringLiteral("append")))
        lines.append(call.options.value(QStringLiteral("append")));
}

// A notice for the reader and the problems list, not a parser message.
std::unique_ptr<Node> pyobjectNotice(const DirectiveCall &call)
{
    auto notice = Node::element(QStringLiteral("docent_notice"), call.line);
    notice->append(Node::text(
        QStringLiteral("literalinclude :pyobject: %1 is not evaluated by Docent; the whole file is shown.")
            .arg(call.options.value(QStringLiteral("pyobject"))),
        call.line));
    return notice;
}

NodeList runLiteralInclude(DirectiveCall &call, const QString &root, const FileGate &gate, const MissingFileNote &missing)
{
    const QString written = call.arguments.value(0).trimmed();
    const QString docDir = directiveBaseDirectory(call.state);
    const QString limit = QDir::cleanPath(root.isEmpty() ? docDir : root);
    // "/x" is relative to the tree root in Sphinx, like a docname.
    const auto resolved = [&](const QString &name) {
        return QDir::cleanPath(name.startsWith(u'/') ? limit + name : docDir + u'/' + name);
    };
    QStringList lines = readTreeFile(call, resolved(written), written, limit, gate, missing);
    NodeList out;
    QString language = call.options.value(QStringLiteral("language"));
    if (call.hasOption(QStringLiteral("diff"))) {
        const QString other = call.options.value(QStringLiteral("diff")).trimmed();
        lines = simpleDiff(readTreeFile(call, resolved(other), other, limit, gate, missing), lines, other, written).split(u'\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        language = QStringLiteral("udiff");
    } else {
        if (call.hasOption(QStringLiteral("pyobject")))
            out.push_back(pyobjectNotice(call));
        cutAtPatterns(call, lines);
        selectLines(call, lines, written);
    }
    auto node = codeNode(call, language, lines.join(u'\n'));
    node->setAttribute(QStringLiteral("source"), written);
    applyCodeOptions(call, *node, int(lines.size()));
    out.insert(out.begin(), std::move(node));
    return out;
}

// literalinclude reads files below `root` (the project's tree; empty: the document's folder)
// only, or those `gate` lets through.
DirectiveSpec literalIncludeSpec(const QString &root, const FileGate &gate, const MissingFileNote &missing)
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.options = codeOptions();
    for (const char *n : {"language", "lines", "start-after", "end-before", "start-at", "end-at", "diff",
                          "pyobject", "encoding", "prepend", "append", "tab-width"})
        spec.options.insert(QLatin1String(n), OptionKind::Unchanged);
    spec.options.insert(QStringLiteral("lineno-match"), OptionKind::Flag);
    spec.run = [root, gate, missing](DirectiveCall &call) { return runLiteralInclude(call, root, gate, missing); };
    return spec;
}

} // namespace

void registerSphinxCodeDirectives(Registry &r, const QString &root, FileGate gate, MissingFileNote missing)
{
    const DirectiveSpec codeBlock = codeBlockSpec();
    for (const char *n : {"code-block", "sourcecode", "code"})
        r.addDirective(QLatin1String(n), codeBlock);
    // highlightlang is the name Sphinx gave highlight before 4.0; older trees (CPython's) still use it.
    for (const char *n : {"highlight", "highlightlang"})
        r.addDirective(QLatin1String(n), highlightSpec());
    r.addDirective(QStringLiteral("literalinclude"), literalIncludeSpec(root, gate, missing));
}

} // namespace Docent
