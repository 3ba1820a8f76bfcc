#include "icons.h"

// Resources of a static library must be registered by hand, outside any namespace.
static void initUiResources() { Q_INIT_RESOURCE(ui); }

namespace Docent {

QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name, ownIcon(name));
}

QIcon ownIcon(const QString &name)
{
    static const bool registered = (initUiResources(), true);
    Q_UNUSED(registered);
    return QIcon(QStringLiteral(":/docent/icons/%1.svg").arg(name));
}

} // namespace Docent
