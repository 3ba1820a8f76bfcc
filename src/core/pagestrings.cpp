#include "pagestrings.h"

#include <QRegularExpression>

#include <array>

namespace Docent {
namespace {

struct PageString {
    const char16_t *english;
    const char16_t *de;
    const char16_t *fr;
    const char16_t *es;
};

// Written for Docent; the English texts are what the writer and the page script use.
constexpr std::array kPageStrings{
    // admonition titles
    PageString{u"Attention", u"Achtung", u"Attention", u"Atención"},
    PageString{u"Caution", u"Vorsicht", u"Prudence", u"Precaución"},
    PageString{u"Danger", u"Gefahr", u"Danger", u"Peligro"},
    PageString{u"Error", u"Fehler", u"Erreur", u"Error"},
    PageString{u"Hint", u"Hinweis", u"Indication", u"Pista"},
    PageString{u"Important", u"Wichtig", u"Important", u"Importante"},
    PageString{u"Note", u"Bemerkung", u"Note", u"Nota"},
    PageString{u"Tip", u"Tipp", u"Astuce", u"Consejo"},
    PageString{u"Warning", u"Warnung", u"Avertissement", u"Advertencia"},
    PageString{u"Todo", u"Zu tun", u"À faire", u"Por hacer"},
    PageString{u"See also", u"Siehe auch", u"Voir aussi", u"Ver también"},
    // info field labels of object descriptions
    PageString{u"Parameters", u"Parameter", u"Paramètres", u"Parámetros"},
    PageString{u"Variables", u"Variablen", u"Variables", u"Variables"},
    PageString{u"Raises", u"Verursacht", u"Lève", u"Lanza"},
    PageString{u"Returns", u"Rückgabe", u"Renvoie", u"Devuelve"},
    PageString{u"Return type", u"Rückgabetyp", u"Type renvoyé", u"Tipo devuelto"},
    PageString{u"Return values", u"Rückgabewerte", u"Valeurs renvoyées", u"Valores devueltos"},
    PageString{u"Arguments", u"Argumente", u"Arguments", u"Argumentos"},
    PageString{u"Throws", u"Wirft", u"Lance", u"Lanza"},
    // version notes
    PageString{u"New in version %1", u"Neu in Version %1", u"Nouveau dans la version %1", u"Nuevo en la versión %1"},
    PageString{u"Changed in version %1", u"Geändert in Version %1", u"Modifié dans la version %1",
               u"Cambiado en la versión %1"},
    PageString{u"Deprecated since version %1", u"Veraltet seit Version %1", u"Obsolète depuis la version %1",
               u"Obsoleto desde la versión %1"},
    PageString{u"Removed in version %1", u"Entfernt in Version %1", u"Supprimé dans la version %1",
               u"Eliminado en la versión %1"},
    // the ¶ links' titles
    PageString{u"Link to this heading", u"Link zu dieser Überschrift", u"Lien vers ce titre", u"Enlace a este título"},
    PageString{u"Link to this definition", u"Link zu dieser Definition", u"Lien vers cette définition",
               u"Enlace a esta definición"},
    // the copy button of code blocks (resources/docent.js)
    PageString{u"Copy", u"Kopieren", u"Copier", u"Copiar"},
    PageString{u"Copy the code", u"Code kopieren", u"Copier le code", u"Copiar el código"},
    PageString{u"Copied", u"Kopiert", u"Copié", u"Copiado"},
    PageString{u"Not copied", u"Nicht kopiert", u"Non copié", u"No copiado"},
    // numfig_format's defaults
    PageString{u"Fig. %s", u"Abb. %s", u"Fig. %s", u"Fig. %s"},
    PageString{u"Table %s", u"Tabelle %s", u"Tableau %s", u"Tabla %s"},
    PageString{u"Listing %s", u"Listing %s", u"Code %s", u"Listado %s"},
    PageString{u"Section %s", u"Abschnitt %s", u"Section %s", u"Sección %s"},
};

} // namespace

QString pageLanguage(const QString &language)
{
    const qsizetype end = language.indexOf(QRegularExpression(QStringLiteral("[_-]")));
    return language.left(end).toLower();
}

QString pageText(const QString &language, const QString &english)
{
    const QString code = pageLanguage(language);
    for (const PageString &s : kPageStrings) {
        if (english != QStringView(s.english))
            continue;
        const char16_t *text = code == u"de" ? s.de : code == u"fr" ? s.fr : code == u"es" ? s.es : s.english;
        return QString::fromUtf16(text);
    }
    return english;
}

} // namespace Docent
