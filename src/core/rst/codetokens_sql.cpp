// SQL lexers: Pygments' MySqlLexer ("mysql").
#include "codetokens_p.h"

namespace Docent::CodeTokens {

void lexMySql(QStringView text, Tokens &out)
{
    out.push_back({Tok::Text, text});
}

} // namespace Docent::CodeTokens
