// The reader's appearance preferences applied: to the pages (what is added to Docent's page theme)
// and to the window's widgets (their palette).
#pragma once

#include <QString>

namespace Docent {

/// CSS that follows docent://app/theme.css: the pages' base font size, and for "light" or "dark"
/// those colours on screen whatever the system's ("system": none). Paper stays light.
QString preferenceCss(const QString &theme, int fontPixels);
/// The widgets' palette: the desktop's for "system", else a light or a dark one.
void applyWidgetTheme(const QString &theme);

} // namespace Docent
