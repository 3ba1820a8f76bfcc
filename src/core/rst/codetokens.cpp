// Language dispatch, Pygments' input preprocessing and docutils' token merging for the code
// directive; the lexers themselves are in codetokens_<family>.cpp.
#include "codetokens.h"

#include "codetokens_p.h"

#include <array>
#include <utility>

namespace Docent {

namespace CodeTokens {

QStringView classes(Tok type)
{
    switch (type) {
    case Tok::Text: return {};
    case Tok::Whitespace: return u"whitespace";
    case Tok::WhitespaceError: return u"whitespace error";
    case Tok::Error: return u"error";
    case Tok::Other: return u"other";
    case Tok::Keyword: return u"keyword";
    case Tok::KeywordConstant: return u"keyword constant";
    case Tok::KeywordDeclaration: return u"keyword declaration";
    case Tok::KeywordNamespace: return u"keyword namespace";
    case Tok::KeywordPseudo: return u"keyword pseudo";
    case Tok::KeywordReserved: return u"keyword reserved";
    case Tok::KeywordType: return u"keyword type";
    case Tok::Name: return u"name";
    case Tok::NameAttribute: return u"name attribute";
    case Tok::NameBuiltin: return u"name builtin";
    case Tok::NameBuiltinPseudo: return u"name builtin pseudo";
    case Tok::NameClass: return u"name class";
    case Tok::NameConstant: return u"name constant";
    case Tok::NameDecorator: return u"name decorator";
    case Tok::NameEntity: return u"name entity";
    case Tok::NameException: return u"name exception";
    case Tok::NameFunction: return u"name function";
    case Tok::NameFunctionMagic: return u"name function magic";
    case Tok::NameLabel: return u"name label";
    case Tok::NameNamespace: return u"name namespace";
    case Tok::NameOther: return u"name other";
    case Tok::NameProperty: return u"name property";
    case Tok::NameQuoted: return u"name quoted";
    case Tok::NameQuotedEscape: return u"name quoted escape";
    case Tok::NameTag: return u"name tag";
    case Tok::NameVariable: return u"name variable";
    case Tok::NameVariableMagic: return u"name variable magic";
    case Tok::NameVariableClass: return u"name variable class";
    case Tok::NameVariableGlobal: return u"name variable global";
    case Tok::NameVariableInstance: return u"name variable instance";
    case Tok::Literal: return u"literal";
    case Tok::LiteralDate: return u"literal date";
    case Tok::LiteralScalarPlain: return u"literal scalar plain";
    case Tok::String: return u"literal string";
    case Tok::StringAffix: return u"literal string affix";
    case Tok::StringBacktick: return u"literal string backtick";
    case Tok::StringChar: return u"literal string char";
    case Tok::StringDelimiter: return u"literal string delimiter";
    case Tok::StringDoc: return u"literal string doc";
    case Tok::StringDouble: return u"literal string double";
    case Tok::StringEscape: return u"literal string escape";
    case Tok::StringHeredoc: return u"literal string heredoc";
    case Tok::StringInterpol: return u"literal string interpol";
    case Tok::StringOther: return u"literal string other";
    case Tok::StringRegex: return u"literal string regex";
    case Tok::StringSingle: return u"literal string single";
    case Tok::StringSymbol: return u"literal string symbol";
    case Tok::Number: return u"literal number";
    case Tok::NumberBin: return u"literal number bin";
    case Tok::NumberFloat: return u"literal number float";
    case Tok::NumberHex: return u"literal number hex";
    case Tok::NumberInteger: return u"literal number integer";
    case Tok::NumberIntegerLong: return u"literal number integer long";
    case Tok::NumberOct: return u"literal number oct";
    case Tok::Operator: return u"operator";
    case Tok::OperatorWord: return u"operator word";
    case Tok::Punctuation: return u"punctuation";
    case Tok::PunctuationIndicator: return u"punctuation indicator";
    case Tok::PunctuationMarker: return u"punctuation marker";
    case Tok::Comment: return u"comment";
    case Tok::CommentHashbang: return u"comment hashbang";
    case Tok::CommentMultiline: return u"comment multiline";
    case Tok::CommentPreproc: return u"comment preproc";
    case Tok::CommentPreprocFile: return u"comment preprocfile";
    case Tok::CommentSingle: return u"comment single";
    case Tok::CommentSpecial: return u"comment special";
    case Tok::GenericDeleted: return u"generic deleted";
    case Tok::GenericEmph: return u"generic emph";
    case Tok::GenericError: return u"generic error";
    case Tok::GenericHeading: return u"generic heading";
    case Tok::GenericInserted: return u"generic inserted";
    case Tok::GenericOutput: return u"generic output";
    case Tok::GenericPrompt: return u"generic prompt";
    case Tok::GenericPromptVirtualEnv: return u"generic prompt virtualenv";
    case Tok::GenericStrong: return u"generic strong";
    case Tok::GenericSubheading: return u"generic subheading";
    case Tok::GenericTraceback: return u"generic traceback";
    }
    return {};
}

} // namespace CodeTokens

namespace {

using namespace CodeTokens;

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

// `value` is taken over: the runs it comes from are not used afterwards.
void appendToken(NodeList &out, Tok type, QString &&value, int line, bool keepEmpty)
{
    if (type == Tok::Text) {
        if (!value.isEmpty())
            out.push_back(Node::text(std::move(value), line));
        return;
    }
    if (value.isEmpty() && !keepEmpty)
        return;
    auto inl = Node::element(QStringLiteral("inline"), line);
    // the class lists, split once per type (QStringList copies share their data)
    static const auto lists = [] {
        std::array<QStringList, size_t(Tok::GenericTraceback) + 1> all;
        for (size_t t = 0; t < all.size(); ++t)
            all[t] = classes(Tok(t)).toString().split(u' ', Qt::SkipEmptyParts);
        return all;
    }();
    inl->classes = lists[size_t(type)];
    if (!value.isEmpty())
        inl->append(Node::text(std::move(value), line));
    out.push_back(std::move(inl));
}

} // namespace

bool knowsLanguage(const QString &language)
{
    return languageOf(language) != Lang::Unknown;
}

NodeList tokenizeCode(const QString &code, const QString &language, int line, std::optional<int> numberLinesFrom,
                      int lineCount)
{
    const Lang lang = languageOf(language);
    // (type, text) runs after docutils' merging of equal neighbours
    std::vector<std::pair<Tok, QString>> runs;
    if (lang == Lang::Plain || lang == Lang::Unknown) {
        runs.emplace_back(Tok::Text, code);
    } else {
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
        runs.reserve(tokens.size());
        for (const Token &t : tokens) {
            if (!runs.empty() && runs.back().first == t.type)
                runs.back().second += t.text;
            else
                runs.emplace_back(t.type, t.text.toString());
        }
        // docutils drops the newline Pygments adds, and the run if nothing else is left
        if (!runs.empty()) {
            QString &last = runs.back().second;
            if (last.endsWith(u'\n'))
                last.chop(1);
            if (last.isEmpty())
                runs.pop_back();
        }
    }

    NodeList out;
    if (!numberLinesFrom) {
        for (auto &[type, value] : runs)
            appendToken(out, type, std::move(value), line, true);
        return out;
    }
    // :number-lines: a right-aligned number before each line, splitting runs at line ends
    const int width = int(QString::number(qint64(*numberLinesFrom) + lineCount).size());
    qint64 n = *numberLinesFrom;
    auto number = [&](qint64 k) {
        auto ln = Node::element(QStringLiteral("inline"), line);
        ln->classes << QStringLiteral("ln");
        ln->append(Node::text(QStringLiteral("%1 ").arg(k, width), line));
        out.push_back(std::move(ln));
    };
    number(n);
    for (const auto &[type, value] : runs) {
        qsizetype from = 0;
        for (qsizetype nl = value.indexOf(u'\n'); nl >= 0; nl = value.indexOf(u'\n', from)) {
            appendToken(out, type, value.mid(from, nl + 1 - from), line, true);
            number(++n);
            from = nl + 1;
        }
        appendToken(out, type, value.mid(from), line, true);
    }
    return out;
}

} // namespace Docent
