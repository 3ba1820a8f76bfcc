// A C++ declaration as Sphinx's cpp domain reads it, reduced to what Docent shows and links: the
// template parameters, the tokens before the declared name (return type, specifiers), the
// declared name, the function parameters and what follows them, and the ids Sphinx gives it
// (v4 first, then v3, v2 and, for the simple cases, v1).
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Docent {

struct CppToken {
    enum Kind { Word, Number, String, Punct } kind;
    QString text;
};
using CppTokens = std::vector<CppToken>;

CppTokens cppTokenize(const QString &text);
bool isCppTypeKeyword(const QString &word);
bool isCppKeyword(const QString &word);

struct CppTemplateParameter {
    CppTokens tokens;
    QString name;
    bool isType = true; ///< typename/class T (else a value: int N)
};

struct CppParameter {
    CppTokens type;         ///< the tokens before the name (or all of them when unnamed)
    QString name;           ///< empty when unnamed
    CppTokens afterName;    ///< "[10]", "= 0" ...
    bool variadic = false;  ///< "..."
};

struct CppDeclaration {
    bool valid = false;
    bool isTemplate = false;
    std::vector<CppTemplateParameter> templateParameters;
    CppTokens before;            ///< return type and specifiers, or the member's type
    QStringList name;            ///< the declared name as written, by component ("Widget", "size")
    QString shownName;           ///< the last component as shown ("operator==", "~Widget")
    bool isCallable = false;
    std::vector<CppParameter> parameters;
    CppTokens after;             ///< after the parameters (const, noexcept, = 0) or after the name (: bases, = 42)
    bool isConst = false;        ///< a const member function
    bool isUsingAlias = false;   ///< type: "using Name = ..."
};

/// Reads one signature of an object of `objtype` (class, function, member, type, enum ...).
CppDeclaration parseCppDeclaration(const QString &objtype, const QString &text);

/// Sphinx's ids for the declaration in `scope` (the enclosing namespaces and classes): v4 first.
QStringList cppIds(const CppDeclaration &d, const QStringList &scope, const QString &objtype);

} // namespace Docent
