// The lexers' entry points, one per language family (python.cpp, shell.cpp, config.cpp, json.cpp,
// xml.cpp, yaml.cpp, mysql.cpp); lexers.cpp picks one by language name.
#pragma once

#include "scan_p.h"

namespace Docent::Lexers {

// The lexers: each appends the tokens of `text` (already preprocessed as Pygments does, so it
// ends with "\n") to `out`; tokens are views into `text` (or into strings the lexer keeps in
// `keep`, which must outlive `out`).
void lexBash(QStringView text, Tokens &out);
void lexBashSession(QStringView text, Tokens &out, std::vector<QString> &keep);
void lexIni(QStringView text, Tokens &out);
void lexDiff(QStringView text, Tokens &out);
void lexJson(QStringView text, Tokens &out);
void lexPython(QStringView text, Tokens &out);
void lexXml(QStringView text, Tokens &out);
void lexYaml(QStringView text, Tokens &out);
void lexMySql(QStringView text, Tokens &out);

} // namespace Docent::Lexers
