#include "resources.h"

#include <QtGlobal>

static void initCoreQrc() { Q_INIT_RESOURCE(core); }

namespace Docent {

void initCoreResources()
{
    static const bool done = (initCoreQrc(), true);
    Q_UNUSED(done);
}

} // namespace Docent
