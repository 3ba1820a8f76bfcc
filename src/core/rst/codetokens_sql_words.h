// Word tables of the MySQL lexer (codetokens_sql.cpp): lower-case, sorted.
#pragma once

#include <QStringView>

#include <vector>

namespace Docent::CodeTokens::MySqlWords {

const std::vector<QStringView> &constants();
const std::vector<QStringView> &dataTypes();
const std::vector<QStringView> &keywords();
const std::vector<QStringView> &functions();
const std::vector<QStringView> &optimizerHints();

} // namespace Docent::CodeTokens::MySqlWords
