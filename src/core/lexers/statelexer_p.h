// The base of the lexers that follow a Pygments RegexLexer: a cursor over the text, a stack of
// states, the token output, and Pygments' answer where no rule of the current state matches.
// A lexer derives from StateLexer<Itself, State> and gives one function, `bool step()`, that tries
// the rules of `stack.back()` at `p` and returns whether one matched (State{} is the root state).
#pragma once

#include "scan_p.h"

namespace Docent::Lexers {

template<typename Derived, typename State> class StateLexer
{
public:
    StateLexer(QStringView text, Tokens &out) : s(text), n(text.size()), out(out) {}

    /// Lexes the text from `from` to `to`; what lies around stays visible to look-behinds.
    void run(qsizetype from, qsizetype to)
    {
        p = from;
        n = to;
        while (p < n) {
            if (static_cast<Derived *>(this)->step())
                continue;
            noRuleMatches();
        }
    }
    void run() { run(0, s.size()); }

protected:
    QStringView s;
    qsizetype n;  // the end of what is lexed
    qsizetype p = 0;
    Tokens &out;
    std::vector<State> stack{State{}};
    /// The token of a newline no rule matches: Pygments' RegexLexer gives Whitespace, its
    /// ExtendedRegexLexer (YAML's) Text.
    Tok unmatchedNewline = Tok::Whitespace;
    /// Whether `take` drops empty tokens, as lexers whose rules are callbacks do (a rule's plain
    /// token type yields even an empty match).
    bool dropEmpty = false;

    QStringView text() const { return s.first(n); }
    QChar ch(qsizetype i) const { return i < n ? s[i] : QChar(); }
    /// Whether the text at p starts with `lit` (scan_p.h).
    template<typename Literal> bool at(const Literal &lit) const { return literalAt(text(), p, lit); }

    /// A token of a group of the matched rule: empty groups give none, as in Pygments' bygroups.
    void emit(Tok t, qsizetype from, qsizetype len)
    {
        if (len > 0)
            out.push_back({t, s.mid(from, len)});
    }
    /// One token up to `end`, then go on from there.
    bool take(Tok t, qsizetype end)
    {
        if (end > p || !dropEmpty)
            out.push_back({t, s.mid(p, end - p)});
        p = end;
        return true;
    }
    void push(State st) { stack.push_back(st); }
    void pop(int count = 1)  // never below the root
    {
        while (count-- > 0 && stack.size() > 1)
            stack.pop_back();
    }
    bool pushTake(Tok t, qsizetype end, State st)
    {
        push(st);
        return take(t, end);
    }
    bool popTake(Tok t, qsizetype end)
    {
        pop();
        return take(t, end);
    }

private:
    /// A newline sends the lexer back to its root state; any other character is an Error token
    /// of its own.
    void noRuleMatches()
    {
        if (s[p] == u'\n') {
            stack.assign(1, State{});
            out.push_back({unmatchedNewline, s.mid(p, 1)});
            ++p;
            return;
        }
        const qsizetype len = charLength(s, p);
        out.push_back({Tok::Error, s.mid(p, len)});
        p += len;
    }
};

} // namespace Docent::Lexers
