// Option lists of the block parser: "-a", "--all=VALUE", "/V" followed by a description.
#include "blockparser.h"
#include "parsestate.h"

namespace Docent {

bool BlockParser::isOptionListItem(QStringView) const { return false; }

size_t BlockParser::optionList(const Block &b, size_t i, size_t end, Node &parent)
{
    return textBlock(b, i, end, parent, false);
}

} // namespace Docent
