<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="6"/>
        <source>About Docent</source>
        <translation>Über Docent</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="17"/>
        <source>&lt;h2&gt;Docent&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Docent&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="33"/>
        <source>A reader for Sphinx and reStructuredText documentation trees: it opens the sources and shows them rendered, navigable and cross-linked, with no build step.</source>
        <translation>Ein Leseprogramm für Sphinx- und reStructuredText-Dokumentationsbäume: Es öffnet die Quellen und zeigt sie gerendert, navigierbar und verlinkt an, ganz ohne Build-Schritt.</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="46"/>
        <source>Code highlighting by KSyntaxHighlighting; pages by Qt WebEngine.</source>
        <translation>Syntaxhervorhebung durch KSyntaxHighlighting; Seitendarstellung durch Qt WebEngine.</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="6"/>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="20"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="30"/>
        <source>Bookmark title</source>
        <translation>Titel des Lesezeichens</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="37"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="47"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="54"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="64"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="70"/>
        <source>Why this place matters (optional)</source>
        <translation>Warum diese Stelle wichtig ist (optional)</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="77"/>
        <source>Goes to:</source>
        <translation>Führt zu:</translation>
    </message>
</context>
<context>
    <name>Docent::AboutDialog</name>
    <message>
        <location filename="../src/ui/aboutdialog.cpp" line="10"/>
        <source>Version %1, built with Qt %2</source>
        <translation>Version %1, erstellt mit Qt %2</translation>
    </message>
</context>
<context>
    <name>Docent::BookmarkDialog</name>
    <message>
        <location filename="../src/ui/bookmarkdialog.cpp" line="13"/>
        <source>Add Bookmark</source>
        <translation>Lesezeichen hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkdialog.cpp" line="13"/>
        <source>Edit Bookmark</source>
        <translation>Lesezeichen bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkdialog.cpp" line="17"/>
        <source>(top)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkdialog.cpp" line="30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Docent::BookmarkImport</name>
    <message>
        <location filename="../src/ui/bookmarkimport.cpp" line="44"/>
        <source>the file is larger than 64 MB</source>
        <translation>die Datei ist größer als 64 MB</translation>
    </message>
</context>
<context>
    <name>Docent::BookmarkPanel</name>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="48"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="63"/>
        <source>Bookmark commands</source>
        <translation>Lesezeichen-Befehle</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="64"/>
        <location filename="../src/ui/bookmarkpanel.cpp" line="280"/>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="65"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="69"/>
        <source>Undo Delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="82"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="104"/>
        <source>The bookmark file was damaged and could not be read (%1). It was kept as %2, and a new, empty one was started.</source>
        <translation>Die Lesezeichendatei war beschädigt und konnte nicht gelesen werden (%1). Sie wurde als %2 aufbewahrt, und eine neue, leere wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="108"/>
        <source>The bookmarks are in use by another program (%1). They are left as they are; Docent tries again every few seconds and whenever you add a bookmark.</source>
        <translation>Die Lesezeichen werden gerade von einem anderen Programm benutzt (%1). Sie bleiben unverändert; Docent versucht es alle paar Sekunden und bei jedem neuen Lesezeichen erneut.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="112"/>
        <source>The bookmarks cannot be opened because the disk is full (%1). Nothing was changed; Docent tries again every few seconds, so free some space and they come back.</source>
        <translation>Die Lesezeichen können nicht geöffnet werden, weil der Datenträger voll ist (%1). Nichts wurde geändert; Docent versucht es alle paar Sekunden erneut. Sobald wieder Platz frei ist, sind sie zurück.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="116"/>
        <source>The bookmarks cannot be opened: %1. They are left as they are, and bookmarks are off until this is fixed.</source>
        <translation>Die Lesezeichen können nicht geöffnet werden: %1. Sie bleiben unverändert; Lesezeichen sind abgeschaltet, bis das behoben ist.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="120"/>
        <source>The bookmarks were saved by a newer version of Docent (%1). They are left as they are, and bookmarks are off in this version.</source>
        <translation>Die Lesezeichen wurden von einer neueren Docent-Version gespeichert (%1). Sie bleiben unverändert; in dieser Version sind Lesezeichen abgeschaltet.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="135"/>
        <source>The bookmarks can be used again.</source>
        <translation>Die Lesezeichen können wieder benutzt werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="143"/>
        <source>Bookmarks could not be saved: %1</source>
        <translation>Lesezeichen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="168"/>
        <source>Bookmarks are off</source>
        <translation>Lesezeichen sind abgeschaltet</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="194"/>
        <source>Bookmarked “%1”</source>
        <translation>„%1“ als Lesezeichen gespeichert</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="223"/>
        <source>Folder “%1” deleted with its bookmarks.</source>
        <translation>Ordner „%1“ samt Lesezeichen gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="223"/>
        <source>“%1” deleted.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="238"/>
        <source>Deletion undone</source>
        <translation>Löschen rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="299"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="300"/>
        <source>Open in New &amp;Tab</source>
        <translation>In neuem &amp;Tab öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="304"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="305"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="307"/>
        <source>New &amp;Folder</source>
        <translation>Neuer &amp;Ordner</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="309"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="371"/>
        <location filename="../src/ui/bookmarkpanel.cpp" line="430"/>
        <source>Import Bookmarks</source>
        <translation>Lesezeichen importieren</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="431"/>
        <source>XBEL bookmarks (*.xbel *.xml);;All files (*)</source>
        <translation>XBEL-Lesezeichen (*.xbel *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="419"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="369"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="369"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="378"/>
        <source>Import cancelled; no bookmarks were added.</source>
        <translation>Import abgebrochen; es wurden keine Lesezeichen hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/bookmarkpanel.cpp" line="406"/>
        <source>Imported %n bookmark(s).</source>
        <translation>
            <numerusform>%n Lesezeichen importiert.</numerusform>
            <numerusform>%n Lesezeichen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/bookmarkpanel.cpp" line="408"/>
        <source>%n entries were not Docent bookmarks and were left out.</source>
        <translation>
            <numerusform>%n Eintrag war kein Docent-Lesezeichen und wurde ausgelassen.</numerusform>
            <numerusform>%n Einträge waren keine Docent-Lesezeichen und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/bookmarkpanel.cpp" line="410"/>
        <source>%n title(s) longer than 1,000 characters were shortened.</source>
        <translation>
            <numerusform>%n Titel mit mehr als 1.000 Zeichen wurde gekürzt.</numerusform>
            <numerusform>%n Titel mit mehr als 1.000 Zeichen wurden gekürzt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="420"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="433"/>
        <source>Another import is still running.</source>
        <translation>Ein anderer Import läuft noch.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="440"/>
        <source>Export Bookmarks</source>
        <translation>Lesezeichen exportieren</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="441"/>
        <source>XBEL bookmarks (*.xbel)</source>
        <translation>XBEL-Lesezeichen (*.xbel)</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="446"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="446"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="448"/>
        <source>Bookmarks exported to %1</source>
        <translation>Lesezeichen nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="463"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>Docent::FindBar</name>
    <message>
        <location filename="../src/ui/findbar.cpp" line="17"/>
        <location filename="../src/ui/findbar.cpp" line="18"/>
        <source>Find in page</source>
        <translation>In Seite suchen</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="22"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="23"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="25"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="26"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="28"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="29"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="53"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="55"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Docent::MainWindow</name>
    <message>
        <location filename="../src/ui/application.cpp" line="80"/>
        <location filename="../src/ui/application.cpp" line="158"/>
        <location filename="../src/ui/mainwindow.cpp" line="384"/>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/ui/application.cpp" line="80"/>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="54"/>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="51"/>
        <source>Docent</source>
        <translation>Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="103"/>
        <location filename="../src/ui/mainwindow.cpp" line="169"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="109"/>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="117"/>
        <source>Time from asking for the page to its being shown</source>
        <translation>Zeit von der Anforderung der Seite bis zu ihrer Anzeige</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="152"/>
        <source>Filter titles</source>
        <translation>Titel filtern</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="154"/>
        <source>Filter sections</source>
        <translation>Abschnitte filtern</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="157"/>
        <source>No tree open. Open a documentation folder with File ▸ Open Folder… (%1).</source>
        <translation>Kein Baum geöffnet. Öffnen Sie einen Dokumentationsordner mit Datei ▸ Ordner öffnen … (%1).</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="162"/>
        <source>No page or section matches “%1”.</source>
        <translation>Keine Seite und kein Abschnitt passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="204"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="44"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="45"/>
        <source>Open &amp;File…</source>
        <translation>&amp;Datei öffnen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="47"/>
        <source>Open F&amp;older…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="158"/>
        <location filename="../src/ui/mainwindow_menus.cpp" line="48"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="49"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="52"/>
        <source>Reopen &amp;Last Session</source>
        <translation>&amp;Letzte Sitzung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="53"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="64"/>
        <source>Reopen Closed T&amp;ab</source>
        <translation>Geschlossenen T&amp;ab wieder öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="68"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="54"/>
        <source>The last tree you read, with its tabs and places</source>
        <translation>Der zuletzt gelesene Baum mit seinen Tabs und Lesestellen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="56"/>
        <source>New &amp;Tab</source>
        <translation>Neuer &amp;Tab</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="58"/>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="78"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="79"/>
        <source>&amp;Find in Page…</source>
        <translation>In Seite &amp;suchen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="82"/>
        <source>Copy &amp;Link to This Section</source>
        <translation>&amp;Link zu diesem Abschnitt kopieren</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="85"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="88"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="90"/>
        <source>&amp;Reload Page</source>
        <translation>Seite neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="96"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="98"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="102"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="104"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="105"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="106"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="108"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="109"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="113"/>
        <source>Docent will use the new language the next time it starts.</source>
        <translation>Docent verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="20"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="21"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="26"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="31"/>
        <source>&amp;Home Page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="35"/>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="36"/>
        <source>The page the tree opens with</source>
        <translation>Die Seite, mit der sich der Baum öffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="40"/>
        <source>Go to &amp;Page or Section…</source>
        <translation>Zu &amp;Seite oder Abschnitt gehen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="41"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="43"/>
        <source>General &amp;Index</source>
        <translation>Allgemeiner &amp;Index</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="44"/>
        <source>Python &amp;Module Index</source>
        <translation>Python-&amp;Modulindex</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="65"/>
        <source>Pre&amp;vious Page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="66"/>
        <source>Ctrl+Alt+Left</source>
        <translation>Ctrl+Alt+Left</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="67"/>
        <source>&amp;Next Page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="68"/>
        <source>Ctrl+Alt+Right</source>
        <translation>Ctrl+Alt+Right</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="69"/>
        <source>&amp;Up to Parent Page</source>
        <translation>&amp;Hoch zur übergeordneten Seite</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="70"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="80"/>
        <source>Previous page: %1</source>
        <translation>Vorherige Seite: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="80"/>
        <source>No page before this one in reading order</source>
        <translation>Keine Seite vor dieser in der Lesereihenfolge</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="81"/>
        <source>Next page: %1</source>
        <translation>Nächste Seite: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="81"/>
        <source>No page after this one in reading order</source>
        <translation>Keine Seite nach dieser in der Lesereihenfolge</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="82"/>
        <source>Up: %1</source>
        <translation>Hoch: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="82"/>
        <source>No page lists this one</source>
        <translation>Keine Seite führt diese auf</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="91"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="106"/>
        <source>No pages visited yet</source>
        <translation>Noch keine Seiten besucht</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="26"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="31"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="33"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="35"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="39"/>
        <source>&amp;About Docent</source>
        <translation>Ü&amp;ber Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="72"/>
        <source>Docent manual: %1.rst</source>
        <translation>Docent-Handbuch: %1.rst</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="74"/>
        <source>%1 (generated by Docent)</source>
        <translation>%1 (von Docent erzeugt)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="81"/>
        <source>Rendered in %1 ms</source>
        <translation>Dargestellt in %1 ms</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="116"/>
        <source>This section is bookmarked; %1 bookmarks it again</source>
        <translation>Dieser Abschnitt hat ein Lesezeichen; %1 setzt ein weiteres</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="117"/>
        <source>Bookmark the section you are reading (%1)</source>
        <translation>Den gerade gelesenen Abschnitt als Lesezeichen speichern (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="369"/>
        <source>Open reStructuredText File</source>
        <translation>reStructuredText-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="370"/>
        <source>reStructuredText (*.rst *.rest *.txt);;All files (*)</source>
        <translation>reStructuredText (*.rst *.rest *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="377"/>
        <source>Open Documentation Folder</source>
        <translation>Dokumentationsordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="128"/>
        <source>No recent trees</source>
        <translation>Keine zuletzt geöffneten Bäume</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="28"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="29"/>
        <source>&amp;Bookmark This Section…</source>
        <translation>Diesen &amp;Abschnitt als Lesezeichen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="32"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="45"/>
        <source>Bookmark This &amp;Page…</source>
        <translation>Diese &amp;Seite als Lesezeichen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="46"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="47"/>
        <source>&amp;Show All Bookmarks</source>
        <translation>Alle Lesezeichen &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="52"/>
        <source>&amp;Import Bookmarks…</source>
        <translation>Lesezeichen &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="53"/>
        <source>&amp;Export Bookmarks…</source>
        <translation>Lesezeichen &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="71"/>
        <source>No bookmarks in this tree yet</source>
        <translation>Noch keine Lesezeichen in diesem Baum</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="27"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="29"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="30"/>
        <source>Page Set&amp;up…</source>
        <translation>Seite ein&amp;richten …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="33"/>
        <source>&amp;Export as PDF…</source>
        <translation>Als PDF &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="34"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="30"/>
        <source>Open in New &amp;Tab</source>
        <translation>In neuem &amp;Tab öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="32"/>
        <source>&amp;Bookmark…</source>
        <translation>&amp;Lesezeichen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="35"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="39"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="43"/>
        <source>&amp;Print This Part (%1)…</source>
        <translation>Diesen Teil &amp;drucken (%1) …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="44"/>
        <source>Print Pre&amp;view of This Part (%1)…</source>
        <translation>Druck&amp;vorschau dieses Teils (%1) …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="45"/>
        <source>&amp;Export This Part as PDF (%1)…</source>
        <translation>Diesen Teil als PDF &amp;exportieren (%1) …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="66"/>
        <source>Bookmark This Section…</source>
        <translation>Diesen Abschnitt als Lesezeichen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="42"/>
        <source>No bookmarks yet. Press %1 to bookmark the section you are reading.</source>
        <translation>Noch keine Lesezeichen. Drücken Sie %1, um den gerade gelesenen Abschnitt als Lesezeichen zu speichern.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="108"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="125"/>
        <source>Cannot open bookmark</source>
        <translation>Lesezeichen kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="126"/>
        <source>“%1” belongs to %2, which cannot be opened: %3</source>
        <translation>„%1“ gehört zu %2, das nicht geöffnet werden kann: %3</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="160"/>
        <source>“%1” has moved; the bookmark now points to its new place</source>
        <translation>„%1“ wurde verschoben; das Lesezeichen zeigt jetzt auf die neue Stelle</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="164"/>
        <source>Bookmark target not found</source>
        <translation>Ziel des Lesezeichens nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="165"/>
        <source>The section “%1” of %2 is no longer there.</source>
        <translation>Der Abschnitt „%1“ in %2 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="169"/>
        <source>The closest match is “%1” in %2.</source>
        <translation>Am ähnlichsten ist „%1“ in %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="170"/>
        <source>Go to Closest Match</source>
        <translation>Zum ähnlichsten Abschnitt</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="171"/>
        <source>Go There and Update Bookmark</source>
        <translation>Dorthin gehen und Lesezeichen anpassen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="173"/>
        <source>Nothing similar was found in this tree.</source>
        <translation>In diesem Baum wurde nichts Ähnliches gefunden.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="176"/>
        <source>Open the Page</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/uilanguage.cpp" line="62"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../src/ui/uilanguage.cpp" line="78"/>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="38"/>
        <source>The search index is not kept for the next start: %1. Search works meanwhile.</source>
        <translation>Der Suchindex wird nicht für den nächsten Start aufbewahrt: %1. Die Suche funktioniert trotzdem.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="47"/>
        <source>&amp;Search the Tree…</source>
        <translation>Im Baum &amp;suchen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="53"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="54"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="55"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="56"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="57"/>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_preferences.cpp" line="22"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_preferences.cpp" line="25"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_preferences.cpp" line="31"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_preferences.cpp" line="32"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_problems.cpp" line="36"/>
        <source>Show or hide the Problems panel</source>
        <translation>Problembereich ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_problems.cpp" line="37"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_problems.cpp" line="63"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_problems.cpp" line="65"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_problems.cpp" line="67"/>
        <source>%Ln notice(s)</source>
        <translation>
            <numerusform>%Ln Hinweis</numerusform>
            <numerusform>%Ln Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_linkinventories.cpp" line="39"/>
        <source>Links to other projects (%1) need their inventories: allow Docent to fetch them in the preferences, or run “docent intersphinx fetch”.</source>
        <translation>Links zu anderen Projekten (%1) brauchen deren Inventare: Erlauben Sie Docent in den Einstellungen, sie zu laden, oder führen Sie „docent intersphinx fetch“ aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_linkinventories.cpp" line="57"/>
        <source>Fetching the link inventories of other projects (%1)…</source>
        <translation>Die Link-Inventare anderer Projekte (%1) werden geladen…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_linkinventories.cpp" line="72"/>
        <source>The link inventories of %1 could not be fetched; references to them stay without links.</source>
        <translation>Die Link-Inventare von %1 konnten nicht geladen werden; Verweise darauf bleiben ohne Link.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_linkinventories.cpp" line="76"/>
        <source>Links to other projects are up to date.</source>
        <translation>Die Links zu anderen Projekten sind aktuell.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_open.cpp" line="45"/>
        <location filename="../src/ui/mainwindow_open.cpp" line="196"/>
        <source>Reading the tree: %1%</source>
        <translation>Baum wird gelesen: %1%</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_open.cpp" line="196"/>
        <source>Reading again: %1%</source>
        <translation>Wird neu gelesen: %1%</translation>
    </message>
</context>
<context>
    <name>Docent::OpenFailureNotice</name>
    <message>
        <location filename="../src/ui/openfailurenotice.cpp" line="15"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/ui/openfailurenotice.cpp" line="19"/>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/openfailurenotice.cpp" line="28"/>
        <source>%n requests to open a file failed.</source>
        <translation>
            <numerusform>%n Anfrage, eine Datei zu öffnen, ist fehlgeschlagen.</numerusform>
            <numerusform>%n Anfragen, eine Datei zu öffnen, sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::OutsideFilesBar</name>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="21"/>
        <source>Allow for this tree</source>
        <translation>Für diesen Baum erlauben</translation>
    </message>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="22"/>
        <source>Let this tree&apos;s pages read the files of this folder from now on; the tree is read again</source>
        <translation>Die Seiten dieses Baums dürfen die Dateien dieses Ordners von nun an lesen; der Baum wird neu eingelesen</translation>
    </message>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="24"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="25"/>
        <source>Hide this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="43"/>
        <source>This page includes files from %1, which lies outside the documentation tree. Docent reads them only if you allow it for this tree.</source>
        <translation>Diese Seite bindet Dateien aus %1 ein, das außerhalb des Dokumentationsbaums liegt. Docent liest sie nur, wenn Sie es für diesen Baum erlauben.</translation>
    </message>
</context>
<context>
    <name>Docent::PageView</name>
    <message>
        <location filename="../src/ui/pageview.cpp" line="18"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>Docent::PlanModel</name>
    <message numerus="yes">
        <location filename="../src/ui/planmodel.cpp" line="16"/>
        <source> — %n todo(s)</source>
        <translation>
            <numerusform> — %n Todo</numerusform>
            <numerusform> — %n Todos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::PreferencesDialog</name>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="30"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="30"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="30"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="31"/>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="85"/>
        <location filename="../src/ui/preferencesdialog.cpp" line="91"/>
        <source>Clear Cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="86"/>
        <source>Remove the search indexes kept in %1? They are made again when a tree is opened; bookmarks and settings stay.</source>
        <translation>Die in %1 gespeicherten Suchindizes entfernen? Sie werden beim Öffnen eines Baums neu erstellt; Lesezeichen und Einstellungen bleiben.</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="91"/>
        <source>Some of the cache could not be removed.</source>
        <translation>Ein Teil des Caches konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Docent::Printing</name>
    <message>
        <location filename="../src/ui/printing.cpp" line="112"/>
        <location filename="../src/ui/printing.cpp" line="125"/>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="113"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="119"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="122"/>
        <location filename="../src/ui/printing.cpp" line="149"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="123"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="126"/>
        <source>%1 could not be written. Is the folder writable?</source>
        <translation>%1 konnte nicht geschrieben werden. Ist der Ordner beschreibbar?</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="140"/>
        <source>Printing…</source>
        <translation>Wird gedruckt …</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="151"/>
        <source>Sent to the printer</source>
        <translation>An den Drucker gesendet</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="147"/>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="161"/>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="169"/>
        <location filename="../src/ui/printing.cpp" line="187"/>
        <source>Still printing; try again in a moment</source>
        <translation>Es wird noch gedruckt; bitte gleich noch einmal versuchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/printing.cpp" line="195"/>
        <source>Laying out “%1” (%n page(s))…</source>
        <translation>
            <numerusform>„%1“ wird gesetzt (%n Seite) …</numerusform>
            <numerusform>„%1“ wird gesetzt (%n Seiten) …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="99"/>
        <location filename="../src/ui/printing.cpp" line="199"/>
        <source>The pages could not be laid out for printing</source>
        <translation>Die Seiten konnten nicht für den Druck gesetzt werden</translation>
    </message>
</context>
<context>
    <name>Docent::ProblemModel</name>
    <message>
        <location filename="../src/ui/problemmodel.cpp" line="240"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/problemmodel.cpp" line="240"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../src/ui/problemmodel.cpp" line="266"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../src/ui/problemmodel.cpp" line="266"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/problemmodel.cpp" line="267"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Docent::ProblemPanel</name>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="36"/>
        <location filename="../src/ui/problempanel.cpp" line="106"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="46"/>
        <source>Full message</source>
        <translation>Vollständige Meldung</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="76"/>
        <source>By file</source>
        <translation>Nach Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="77"/>
        <source>By kind</source>
        <translation>Nach Art</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="78"/>
        <source>Group problems</source>
        <translation>Probleme gruppieren</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="84"/>
        <location filename="../src/ui/problempanel.cpp" line="86"/>
        <source>Filter problems</source>
        <translation>Probleme filtern</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="90"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="91"/>
        <source>Copy the selected problems, or all that are shown</source>
        <translation>Die gewählten Probleme kopieren, oder alle angezeigten</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="106"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="114"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="119"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="120"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="121"/>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="125"/>
        <location filename="../src/ui/problempanel.cpp" line="133"/>
        <source>No problem found in this tree.</source>
        <translation>In diesem Baum wurde kein Problem gefunden.</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="135"/>
        <source>No problem matches the filter.</source>
        <translation>Kein Problem passt zum Filter.</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="137"/>
        <source>Choose a problem to open its page at its line.</source>
        <translation>Ein Problem wählen, um seine Seite an seiner Zeile zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Docent::QuickOpen</name>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="95"/>
        <source>Go to Page or Section</source>
        <translation>Zu Seite oder Abschnitt gehen</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="97"/>
        <source>Type part of a title or file name</source>
        <translation>Teil eines Titels oder Dateinamens eingeben</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="98"/>
        <source>Search titles</source>
        <translation>Titel durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="100"/>
        <source>Matching pages and sections</source>
        <translation>Passende Seiten und Abschnitte</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="206"/>
        <source>Page · </source>
        <translation>Seite · </translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="217"/>
        <source>Section of %1</source>
        <translation>Abschnitt von %1</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="218"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="222"/>
        <source>No page or section matches “%1”</source>
        <translation>Keine Seite und kein Abschnitt passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>Docent::SearchPanel</name>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="27"/>
        <source>Search the tree (Ctrl+Shift+F)</source>
        <translation>Im Baum suchen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="28"/>
        <source>Search the text of every page</source>
        <translation>Den Text aller Seiten durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="41"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="147"/>
        <source>Indexing the tree…</source>
        <translation>Der Baum wird indiziert …</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="149"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="151"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/searchpanel.cpp" line="153"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n Abschnitt</numerusform>
            <numerusform>%n Abschnitte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::ShortcutsDialog</name>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="49"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="52"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="52"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="55"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="70"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Docent::Sidebar</name>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="21"/>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="28"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="31"/>
        <location filename="../src/ui/sidebar.cpp" line="51"/>
        <location filename="../src/ui/sidebar.cpp" line="61"/>
        <location filename="../src/ui/sidebar.cpp" line="107"/>
        <source>Todos</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="32"/>
        <location filename="../src/ui/sidebar.cpp" line="70"/>
        <location filename="../src/ui/sidebar.cpp" line="74"/>
        <location filename="../src/ui/sidebar.cpp" line="116"/>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="40"/>
        <source>%1: none in this tree</source>
        <translation>%1: keine in diesem Baum</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="62"/>
        <source>No todo in this tree. A “.. todo::” note in a page is listed here.</source>
        <translation>Keine Todos in diesem Baum. Eine „.. todo::“-Notiz in einer Seite wird hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="75"/>
        <source>No plans in this tree. Sections titled like “Roadmap” or “Future plans”, and pages in a specs folder, are listed here.</source>
        <translation>Keine Pläne in diesem Baum. Abschnitte mit Titeln wie „Roadmap“ oder „Future plans“ und Seiten in einem specs-Ordner werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="85"/>
        <location filename="../src/ui/sidebar.cpp" line="87"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="88"/>
        <location filename="../src/ui/sidebar.cpp" line="145"/>
        <source>Open a page to see its sections here.</source>
        <translation>Öffnen Sie eine Seite, um hier ihre Abschnitte zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="145"/>
        <source>“%1” has no sections.</source>
        <translation>„%1“ hat keine Abschnitte.</translation>
    </message>
</context>
<context>
    <name>Docent::SingleInstance</name>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="47"/>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="51"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="53"/>
        <source>%1 belongs to another user</source>
        <translation>%1 gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="55"/>
        <source>%1 is open to other users</source>
        <translation>%1 ist für andere Benutzer zugänglich</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="110"/>
        <source>no private folder for the single-instance socket: %1</source>
        <translation>kein privater Ordner für den Socket der Einzelinstanz: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="129"/>
        <source>the socket %1 belongs to another user</source>
        <translation>der Socket %1 gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="139"/>
        <source>the running window closed the connection without an answer</source>
        <translation>das laufende Fenster hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="145"/>
        <source>the running window refused the request: %1</source>
        <translation>das laufende Fenster hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="158"/>
        <source>another Docent owns %1</source>
        <translation>ein anderes Docent besitzt %1</translation>
    </message>
</context>
<context>
    <name>Docent::TabWidget</name>
    <message>
        <location filename="../src/ui/tabwidget.cpp" line="17"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../src/ui/tabwidget.cpp" line="18"/>
        <location filename="../src/ui/tabwidget.cpp" line="66"/>
        <location filename="../src/ui/tabwidget.cpp" line="97"/>
        <source>New Tab</source>
        <translation>Neuer Tab</translation>
    </message>
</context>
<context>
    <name>Docent::TodoModel</name>
    <message>
        <location filename="../src/ui/todomodel.cpp" line="31"/>
        <source>%1

In “%2”, line %3 of %4.rst</source>
        <translation>%1

In „%2“, Zeile %3 von %4.rst</translation>
    </message>
    <message>
        <location filename="../src/ui/todomodel.cpp" line="37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Docent::TreeWatcher</name>
    <message numerus="yes">
        <location filename="../src/ui/treewatcher.cpp" line="121"/>
        <source>The system allows no more file watches: changes to this tree are checked every %n second(s).</source>
        <translation>
            <numerusform>Das System erlaubt keine weiteren Dateiüberwachungen: Änderungen an diesem Baum werden jede Sekunde geprüft.</numerusform>
            <numerusform>Das System erlaubt keine weiteren Dateiüberwachungen: Änderungen an diesem Baum werden alle %n Sekunden geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="6"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="18"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="31"/>
        <source>Page &amp;font size:</source>
        <translation>&amp;Schriftgröße der Seiten:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="41"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="57"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="70"/>
        <source>A new language takes effect the next time Docent starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Docent.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="83"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="89"/>
        <source>Fetch &amp;link inventories of other projects (intersphinx) from the network</source>
        <translation>&amp;Linkinventare anderer Projekte (intersphinx) aus dem Netz laden</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="96"/>
        <source>Off: links into other projects&apos; documentation are shown as text, and nothing is sent anywhere.</source>
        <translation>Aus: Links in die Dokumentation anderer Projekte erscheinen als Text, und nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="109"/>
        <source>Where data is kept</source>
        <translation>Wo Daten gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="115"/>
        <source>Cache (search indexes):</source>
        <translation>Cache (Suchindizes):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="129"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="136"/>
        <source>&amp;Clear Cache…</source>
        <translation>Cache &amp;leeren…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="143"/>
        <source>Data (bookmarks):</source>
        <translation>Daten (Lesezeichen):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="157"/>
        <source>O&amp;pen</source>
        <translation>Öff&amp;nen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="164"/>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
</context>
</TS>
