// Grid tables ("+---+") and simple tables ("=== ===") of the block parser.
#include "blockparser.h"
#include "parsestate.h"

namespace Docent {

// Not yet implemented: the lines are parsed as text meanwhile.
size_t BlockParser::gridTable(const Block &b, size_t i, size_t end, Node &parent)
{
    return textBlock(b, i, end, parent, false);
}

size_t BlockParser::simpleTable(const Block &b, size_t i, size_t end, Node &parent)
{
    return textBlock(b, i, end, parent, false);
}

} // namespace Docent
