// Code runs from the lexers of src/core/lexers, classed by their token types' long names.
#include "coderuns_p.h"

#include "lexers/lexers.h"

#include <array>
#include <utility>

namespace Docent {

std::vector<CodeRun> codeRuns(const QString &code, const QString &language)
{
    using Lexers::Tok;
    // the class lists, split once per type (QStringList copies share their data)
    static const auto lists = [] {
        std::array<QStringList, size_t(Tok::GenericTraceback) + 1> all;
        for (size_t t = 0; t < all.size(); ++t)
            all[t] = Lexers::classes(Tok(t)).toString().split(u' ', Qt::SkipEmptyParts);
        return all;
    }();
    std::vector<Lexers::Run> runs = Lexers::tokenRuns(code, language);
    std::vector<CodeRun> out;
    out.reserve(runs.size());
    for (auto &[type, text] : runs) {
        const bool typed = type != Tok::Text;
        out.push_back({typed, typed ? lists[size_t(type)] : QStringList(), std::move(text)});
    }
    return out;
}

} // namespace Docent
