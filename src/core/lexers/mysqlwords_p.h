// Word tables of the MySQL lexer (mysql.cpp): lower-case, sorted.
#pragma once

#include <QStringView>

#include <vector>

namespace Docent::Lexers::MySqlWords {

const std::vector<QStringView> &constants();
const std::vector<QStringView> &dataTypes();
const std::vector<QStringView> &keywords();
const std::vector<QStringView> &functions();
const std::vector<QStringView> &optimizerHints();

} // namespace Docent::Lexers::MySqlWords
