#include "conffacts.h"

#include "pagestrings.h"

#include <QFile>
#include <QRegularExpression>

namespace Docent {
namespace {

QString stringValue(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1\\s*=\\s*(?:u|r)?(['\"])(.*?)\\1\\s*(?:#.*)?$").arg(name),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(2) : QString();
}

QStringList listValue(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1\\s*=\\s*[\\[(]([^\\])]*)[\\])]").arg(name),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    QStringList out;
    if (!m.hasMatch())
        return out;
    static const QRegularExpression item(QStringLiteral("(['\"])(.*?)\\1"));
    for (auto it = item.globalMatch(m.captured(1)); it.hasNext();)
        out << it.next().captured(2);
    return out;
}

// `name = True` / `name = False`; anything else gives `fallback`.
bool boolValue(const QString &text, const QString &name, bool fallback)
{
    const QRegularExpression re(QStringLiteral("^%1\\s*=\\s*(True|False)\\b").arg(name), QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) == u"True" : fallback;
}

// `name = 3`; anything else gives `fallback`.
int intValue(const QString &text, const QString &name, int fallback)
{
    const QRegularExpression re(QStringLiteral("^%1\\s*=\\s*(\\d+)\\s*(?:#.*)?$").arg(name), QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : fallback;
}

// `name = {'key': 'value', ...}` with literal strings only.
QHash<QString, QString> stringDictValue(const QString &text, const QString &name)
{
    QHash<QString, QString> out;
    const QRegularExpression start(QStringLiteral("^%1\\s*=\\s*\\{").arg(name), QRegularExpression::MultilineOption);
    const auto m = start.match(text);
    if (!m.hasMatch())
        return out;
    // the closing brace outside quotes: formats such as 'Fig. {number}' have braces of their own
    qsizetype end = -1;
    QChar quote;
    for (qsizetype i = m.capturedEnd(); i < text.size() && end < 0; ++i) {
        const QChar c = text[i];
        if (!quote.isNull())
            quote = c == quote ? QChar() : quote;
        else if (c == u'\'' || c == u'"')
            quote = c;
        else if (c == u'}')
            end = i;
    }
    if (end < 0)
        return out;
    static const QRegularExpression entry(QStringLiteral("(['\"])(.*?)\\1\\s*:\\s*(?:u|r)?(['\"])(.*?)\\3"));
    for (auto it = entry.globalMatch(text.mid(m.capturedEnd(), end - m.capturedEnd())); it.hasNext();) {
        const auto e = it.next();
        out.insert(e.captured(2), e.captured(4));
    }
    return out;
}

// `name = """..."""` or a plain string.
QString longStringValue(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1\\s*=\\s*(?:u|r)?(\"\"\"|''')(.*?)\\1").arg(name),
                                QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(2) : stringValue(text, name);
}

// extlinks = {'issue': ('https://example.org/%s', 'issue %s'), ...}: literal entries only.
QHash<QString, std::pair<QString, QString>> extlinksValue(const QString &text)
{
    QHash<QString, std::pair<QString, QString>> out;
    const QRegularExpression start(QStringLiteral("^extlinks\\s*=\\s*\\{"), QRegularExpression::MultilineOption);
    const auto m = start.match(text);
    if (!m.hasMatch())
        return out;
    const qsizetype end = text.indexOf(u'}', m.capturedEnd());
    if (end < 0)
        return out;
    const QString body = text.mid(m.capturedEnd(), end - m.capturedEnd());
    static const QRegularExpression entry(QStringLiteral(
        "(['\"])([\\w.+-]+)\\1\\s*:\\s*\\(\\s*(?:u|r)?(['\"])(.*?)\\3\\s*,\\s*(?:None|(?:u|r)?(['\"])(.*?)\\5)\\s*,?\\s*\\)"));
    for (auto it = entry.globalMatch(body); it.hasNext();) {
        const auto e = it.next();
        out.insert(e.captured(2), {e.captured(4), e.captured(6)});
    }
    return out;
}

// `sys.path.append(os.path.abspath('tools/extensions'))`, `sys.path.insert(0, '..')` and the
// like: the first string literal of each call.
QStringList sysPathValues(const QString &text)
{
    QStringList out;
    static const QRegularExpression call(
        QStringLiteral("^\\s*sys\\.path\\.(?:append|insert)\\(([^\\n]*)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression literal(QStringLiteral("(['\"])(.*?)\\1"));
    for (auto it = call.globalMatch(text); it.hasNext();) {
        const auto m = literal.match(it.next().captured(1));
        if (m.hasMatch())
            out << m.captured(2);
    }
    return out;
}

QHash<QString, QString> literalValues(const QString &text)
{
    QHash<QString, QString> out;
    static const QRegularExpression assignment(
        QStringLiteral("^([A-Za-z_]\\w*)\\s*=\\s*(?:(?:u|r)?(['\"])(.*?)\\2|(-?\\d+(?:\\.\\d+)?|True|False|None|"
                       "\\[[^\\]\\n]*\\]|\\([^)\\n]*\\)))\\s*(?:#.*)?$"),
        QRegularExpression::MultilineOption);
    for (auto it = assignment.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1), m.captured(2).isEmpty() ? m.captured(4) : u'\'' + m.captured(3) + u'\'');
    }
    return out;
}

// conf.py's own setup(): "app.add_config_value('is_draft', False, 'env')".
QHash<QString, QString> configDefaultValues(const QString &text)
{
    QHash<QString, QString> out;
    static const QRegularExpression call(QStringLiteral(
        "\\badd_config_value\\(\\s*(?:name\\s*=\\s*)?(['\"])(\\w+)\\1\\s*,\\s*(?:default\\s*=\\s*)?"
        "((['\"])[^'\"\\n]*\\4|-?\\d+(?:\\.\\d+)?|True|False|None|\\[[^\\]\\n]*\\]|\\([^)\\n]*\\))"));
    for (auto it = call.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(2), m.captured(3));
    }
    return out;
}

} // namespace

ConfFacts ConfFacts::parse(const QString &text)
{
    ConfFacts f;
    f.project = stringValue(text, QStringLiteral("project"));
    const QString root = stringValue(text, QStringLiteral("root_doc"));
    const QString master = stringValue(text, QStringLiteral("master_doc"));
    if (!root.isEmpty())
        f.rootDoc = root;
    else if (!master.isEmpty())
        f.rootDoc = master;
    f.excludePatterns = listValue(text, QStringLiteral("exclude_patterns"));
    f.highlightLanguage = stringValue(text, QStringLiteral("highlight_language"));
    f.language = stringValue(text, QStringLiteral("language"));
    f.smartquotes = boolValue(text, QStringLiteral("smartquotes"), true);
    f.version = stringValue(text, QStringLiteral("version"));
    f.release = stringValue(text, QStringLiteral("release"));
    const QString suffix = stringValue(text, QStringLiteral("source_suffix"));
    const QStringList suffixes = listValue(text, QStringLiteral("source_suffix"));
    if (!suffix.isEmpty())
        f.sourceSuffixes = {suffix};
    else if (!suffixes.isEmpty())
        f.sourceSuffixes = suffixes;
    f.todoIncludeTodos = boolValue(text, QStringLiteral("todo_include_todos"), false);
    f.rstProlog = longStringValue(text, QStringLiteral("rst_prolog"));
    f.rstEpilog = longStringValue(text, QStringLiteral("rst_epilog"));
    f.extlinks = extlinksValue(text);
    f.numfig = boolValue(text, QStringLiteral("numfig"), false);
    f.numfigSecnumDepth = intValue(text, QStringLiteral("numfig_secnum_depth"), 1);
    for (QString &format : f.numfigFormat)
        format = pageText(f.language, format);
    const QHash<QString, QString> formats = stringDictValue(text, QStringLiteral("numfig_format"));
    for (auto it = formats.cbegin(); it != formats.cend(); ++it)
        f.numfigFormat.insert(it.key(), it.value());
    f.manpagesUrl = stringValue(text, QStringLiteral("manpages_url"));
    f.openstackProjects = listValue(text, QStringLiteral("openstackdocs_projects"));
    f.extensions = listValue(text, QStringLiteral("extensions"));
    static const QRegularExpression appended(
        QStringLiteral("^extensions\\s*(?:\\+=\\s*[\\[(]([^\\])]*)[\\])]|\\.append\\(\\s*(['\"])(.*?)\\2\\s*\\))"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression item(QStringLiteral("(['\"])(.*?)\\1"));
    for (auto it = appended.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(3).isEmpty())
            f.extensions << m.captured(3);
        for (auto items = item.globalMatch(m.captured(1)); items.hasNext();)
            f.extensions << items.next().captured(2);
    }
    f.extensionPaths = sysPathValues(text);
    f.literals = literalValues(text);
    f.configDefaults = configDefaultValues(text);
    f.intersphinxMapping = parseIntersphinxMapping(text);
    return f;
}

ConfFacts ConfFacts::read(const QString &confPyPath)
{
    QFile f(confPyPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(QString::fromUtf8(f.read(1 << 20)));
}

} // namespace Docent
