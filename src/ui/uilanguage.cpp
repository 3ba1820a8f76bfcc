#include "uilanguage.h"

#include "settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QMenu>
#include <QTranslator>

namespace Docent {
namespace {

// Each language named in itself, as the reader who speaks it looks for it; not translated.
QString nativeName(const QString &code)
{
    if (code == u"en")
        return QStringLiteral("English");
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"es")
        return QStringLiteral("Español");
    return code;
}

} // namespace

QStringList uiLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QLocale uiLocale()
{
    const QString chosen = Settings::language();
    if (!chosen.isEmpty() && uiLanguages().contains(chosen))
        return QLocale(chosen);
    return QLocale();
}

void installTranslators(QApplication &app)
{
    const QLocale locale = uiLocale();
    if (locale != QLocale())
        QLocale::setDefault(locale); // numbers and dates as the chosen language writes them
    // Without a translation for the reader's language, English is loaded for its plural forms.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("docent"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("docent_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

QString nativeLanguageName(const QString &code) { return nativeName(code); }

QMenu *createLanguageMenu(QWidget *parent, const std::function<void()> &changed)
{
    auto *menu = new QMenu(QCoreApplication::translate("Docent::MainWindow", "&Language"), parent);
    auto *group = new QActionGroup(menu);
    const QString chosen = Settings::language();
    auto add = [&](const QString &text, const QString &code) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [code, changed] {
            if (Settings::language() == code)
                return;
            Settings::setLanguage(code);
            changed();
        });
    };
    add(QCoreApplication::translate("Docent::MainWindow", "&System Language"), QString());
    menu->addSeparator();
    for (const QString &code : uiLanguages())
        add(nativeName(code), code);
    // The preferences choose the language too: the menu shows the stored choice when it opens.
    QObject::connect(menu, &QMenu::aboutToShow, menu, [group] {
        for (QAction *action : group->actions())
            action->setChecked(action->data().toString() == Settings::language());
    });
    return menu;
}

} // namespace Docent
