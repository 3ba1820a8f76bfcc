// docutils' names of Pygments' token types.
#include "tokentype.h"

namespace Docent::Lexers {

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

} // namespace Docent::Lexers
