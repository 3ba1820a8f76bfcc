// The table directives: table (a title for a grid or simple table), csv-table and list-table.
#include "blockparser.h"
#include "parsestate.h"
#include "registry.h"

namespace Docent {

void registerTableDirectives(Registry &) {}

} // namespace Docent
