// Icons from the desktop theme, with Docent's own drawings where the theme has none.
#pragma once

#include <QIcon>

namespace Docent {

/// The freedesktop icon `name` ("document-print"), else the bundled one of that name.
QIcon themedIcon(const QString &name);
/// Docent's own drawing `name` ("todo"), for what the themes have no common name for.
QIcon ownIcon(const QString &name);

} // namespace Docent
