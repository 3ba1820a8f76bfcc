// What the table directives (tabledirectives.cpp: table and list-table; csvtable.cpp: csv-table)
// share: their errors, the :width:, :widths:, :class:, :name: and :align: options, the title, and
// the table's skeleton and checks.
#pragma once

#include "registry.h"

#include <functional>
#include <memory>
#include <vector>

namespace Docent::TableDirectives {

[[noreturn]] void fail(const QString &text, int level = 3);
/// docutils' "invalid option value" error for `option`, saying `why`.
[[noreturn]] void invalidOption(const DirectiveCall &call, const QString &option, const QString &why);

/// :widths: — "auto", "grid" where the directive allows it, or positive integers separated by commas or
/// whitespace. Returns the integers (empty for a keyword), and the keyword or "list" in `kind`.
std::vector<int> widthsOption(const DirectiveCall &call, const QStringList &keywords, QString &kind);
// :width: — a length or percentage; a bare number is kept as it is.
void checkWidthOption(DirectiveCall &call);
int intOption(const DirectiveCall &call, const QString &name);

/// The title from the directive's argument; its inline messages go to `messages`, after the table.
std::unique_ptr<Node> makeTitle(DirectiveCall &call, Node &messages);
// The options every table directive applies once the table is built, and the title.
NodeList finishTable(DirectiveCall &call, std::unique_ptr<Node> table, std::unique_ptr<Node> title,
                     Node &messages);
void addClasses(DirectiveCall &call, Node &table);
void addWidthClass(const QString &widthsKind, Node &table);

/// The given widths, checked against the number of columns, or equal shares of 100.
std::vector<int> columnWidths(const DirectiveCall &call, const std::vector<int> &given, const QString &kind, int cols);
void checkDimensions(const DirectiveCall &call, const std::vector<int> &rowLengths, int headerRows, int stubColumns);
/// table > tgroup > colspec*: stub columns marked, rows appended by the caller.
std::unique_ptr<Node> tableSkeleton(const std::vector<int> &widths, int stubColumns, int line, Node *&tgroup);

/// A table directive's spec: an optional title, content, and the options all three take.
DirectiveSpec tableSpec(std::function<NodeList(DirectiveCall &)> run);

/// The csv-table directive (csvtable.cpp).
NodeList runCsvTable(DirectiveCall &call);

} // namespace Docent::TableDirectives
