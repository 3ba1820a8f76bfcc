// Language dispatch, Pygments' input preprocessing and docutils' merging of tokens into runs; the
// lexers themselves are in one file per language family.
#include "lexers.h"

#include "languages_p.h"

#include <utility>

namespace Docent::Lexers {
namespace {

enum class Lang { Plain, Bash, BashSession, Ini, Diff, Json, Xml, Python, Yaml, MySql, Unknown };

Lang languageOf(const QString &name)
{
    // docutils skips Pygments for "" and "text" (case-sensitively); Pygments' own lookup of an
    // alias is case-insensitive.
    if (name.isEmpty() || name == u"text")
        return Lang::Plain;
    const QString n = name.toLower();
    static const std::pair<QStringView, Lang> aliases[] = {
        {u"text", Lang::Plain},
        {u"bash", Lang::Bash},
        {u"sh", Lang::Bash},
        {u"ksh", Lang::Bash},
        {u"zsh", Lang::Bash},
        {u"shell", Lang::Bash},
        {u"openrc", Lang::Bash},
        {u"console", Lang::BashSession},
        {u"shell-session", Lang::BashSession},
        {u"ini", Lang::Ini},
        {u"cfg", Lang::Ini},
        {u"dosini", Lang::Ini},
        {u"diff", Lang::Diff},
        {u"udiff", Lang::Diff},
        {u"json", Lang::Json},
        {u"json-object", Lang::Json},
        {u"xml", Lang::Xml},
        {u"python", Lang::Python},
        {u"py", Lang::Python},
        {u"sage", Lang::Python},
        {u"python3", Lang::Python},
        {u"py3", Lang::Python},
        {u"bazel", Lang::Python},
        {u"starlark", Lang::Python},
        {u"pyi", Lang::Python},
        {u"yaml", Lang::Yaml},
        {u"mysql", Lang::MySql},
    };
    for (const auto &[alias, lang] : aliases)
        if (n == alias)
            return lang;
    return Lang::Unknown;
}

// Pygments' get_tokens() preprocessing with default options: no BOM, "\n" line ends, leading and
// trailing newlines stripped, one final newline.
QString preprocess(const QString &code)
{
    QString text = code;
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    qsizetype b = 0, e = text.size();
    while (b < e && text[b] == u'\n')
        ++b;
    while (e > b && text[e - 1] == u'\n')
        --e;
    if (b > 0 || e < text.size())
        text = text.mid(b, e - b);
    text += u'\n';
    return text;
}

} // namespace

std::vector<Run> tokenRuns(const QString &code, const QString &language)
{
    const Lang lang = languageOf(language);
    if (lang == Lang::Plain || lang == Lang::Unknown)
        return {{Tok::Text, code}};
    const QString text = preprocess(code);
    Tokens tokens;
    std::vector<QString> keep;
    switch (lang) {
    case Lang::Bash: lexBash(text, tokens); break;
    case Lang::BashSession: lexBashSession(text, tokens, keep); break;
    case Lang::Ini: lexIni(text, tokens); break;
    case Lang::Diff: lexDiff(text, tokens); break;
    case Lang::Json: lexJson(text, tokens); break;
    case Lang::Xml: lexXml(text, tokens); break;
    case Lang::Python: lexPython(text, tokens); break;
    case Lang::Yaml: lexYaml(text, tokens); break;
    case Lang::MySql: lexMySql(text, tokens); break;
    case Lang::Plain:
    case Lang::Unknown: break;
    }
    std::vector<Run> runs;
    runs.reserve(tokens.size());
    for (const Token &t : tokens) {
        if (!runs.empty() && runs.back().type == t.type)
            runs.back().text += t.text;
        else
            runs.push_back({t.type, t.text.toString()});
    }
    // docutils drops the newline Pygments adds, and the run if nothing else is left
    if (!runs.empty()) {
        QString &last = runs.back().text;
        if (last.endsWith(u'\n'))
            last.chop(1);
        if (last.isEmpty())
            runs.pop_back();
    }
    return runs;
}

} // namespace Docent::Lexers
