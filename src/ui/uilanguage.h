// The language the window speaks: the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix) unless
// the reader chose one in View > Language, which takes effect at the next start.
#pragma once

#include <QLocale>
#include <QStringList>

#include <functional>

class QApplication;
class QMenu;
class QWidget;

namespace Docent {

/// The languages Docent's window is translated into, as ISO 639-1 codes ("en" first).
QStringList uiLanguages();
/// A language's name in itself: "Deutsch" for "de".
QString nativeLanguageName(const QString &code);
/// The locale the window's strings follow: the one chosen in the settings, else the system's.
QLocale uiLocale();
/// Loads Docent's catalogue and Qt's own for uiLocale() into `app` (English when Docent has none
/// for it: its plural forms).
void installTranslators(QApplication &app);
/// View > Language: the system's language or one of uiLanguages(), each named in its own
/// language. Choosing one stores it and calls `changed` (the window says it applies at the next start).
QMenu *createLanguageMenu(QWidget *parent, const std::function<void()> &changed);

} // namespace Docent
