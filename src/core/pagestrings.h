// The words Docent writes into pages itself (admonition titles, version notes, link titles, the
// copy button, figure numbers), in the language a tree's conf.py names (`language = 'de'`), as
// Sphinx writes them in that language. The window's own strings are Qt translations instead.
#pragma once

#include <QString>

namespace Docent {

/// `english` (one of the page strings listed in pagestrings.cpp) in `language`, a conf.py
/// language code ("de", "fr_CA", "es-MX", "pt_BR" ...); the English text when Docent has no
/// translation into that language, or none of that text.
QString pageText(const QString &language, const QString &english);

/// The ISO 639 language of a conf.py code ("fr_CA" -> "fr"), for <html lang>; empty for none.
QString pageLanguage(const QString &language);

} // namespace Docent
