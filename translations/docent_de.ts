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
    <name>Docent::AboutDialog</name>
    <message>
        <location filename="../src/ui/aboutdialog.cpp" line="10"/>
        <source>Version %1, built with Qt %2</source>
        <translation>Version %1, erstellt mit Qt %2</translation>
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
        <location filename="../src/ui/application.cpp" line="37"/>
        <location filename="../src/ui/application.cpp" line="147"/>
        <location filename="../src/ui/application.cpp" line="162"/>
        <location filename="../src/ui/mainwindow.cpp" line="482"/>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="66"/>
        <source>Docent</source>
        <translation>Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="78"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="80"/>
        <location filename="../src/ui/mainwindow.cpp" line="296"/>
        <source>New Tab</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="270"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="288"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="95"/>
        <location filename="../src/ui/mainwindow.cpp" line="146"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="101"/>
        <location filename="../src/ui/mainwindow.cpp" line="164"/>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>Todo notes of the tree will be listed here.</source>
        <translation type="vanished">Die Todo-Notizen des Baums werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="171"/>
        <location filename="../src/ui/mainwindow.cpp" line="178"/>
        <location filename="../src/ui/mainwindow.cpp" line="234"/>
        <source>Todos</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Forward-looking plans of the tree will be listed here.</source>
        <translation type="vanished">Die Zukunftspläne des Baums werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="183"/>
        <location filename="../src/ui/mainwindow.cpp" line="188"/>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>The outline of the current page will be shown here.</source>
        <translation type="vanished">Die Gliederung der aktuellen Seite wird hier angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="109"/>
        <source>Time to render and show the page</source>
        <translation>Zeit, die Seite zu erzeugen und anzuzeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="134"/>
        <source>Filter titles</source>
        <translation>Titel filtern</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="136"/>
        <source>Filter sections</source>
        <translation>Abschnitte filtern</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="194"/>
        <location filename="../src/ui/mainwindow.cpp" line="201"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="203"/>
        <source>Your bookmarks will be listed here.</source>
        <translation>Ihre Lesezeichen werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="203"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="209"/>
        <location filename="../src/ui/mainwindow.cpp" line="214"/>
        <location filename="../src/ui/mainwindow.cpp" line="238"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="234"/>
        <source>Todos (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="239"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="324"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="325"/>
        <source>Open &amp;File…</source>
        <translation>&amp;Datei öffnen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="327"/>
        <source>Open F&amp;older…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="328"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="329"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="332"/>
        <source>New &amp;Tab</source>
        <translation>Neuer &amp;Tab</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="334"/>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="335"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="337"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="340"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="341"/>
        <source>&amp;Find in Page…</source>
        <translation>In Seite &amp;suchen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="343"/>
        <source>Copy &amp;Link to This Section</source>
        <translation>&amp;Link zu diesem Abschnitt kopieren</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="346"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="348"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="349"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="350"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="351"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="353"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="354"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="359"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="360"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="362"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="364"/>
        <source>Go to &amp;Page or Section…</source>
        <translation>Zu &amp;Seite oder Abschnitt gehen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="365"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="366"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="379"/>
        <source>No pages visited yet</source>
        <translation>Noch keine Seiten besucht</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="383"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="395"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="396"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="398"/>
        <source>&amp;About Docent</source>
        <translation>Ü&amp;ber Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="413"/>
        <source>%1 — Docent</source>
        <translation>%1 — Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="456"/>
        <source>Docent manual: %1.rst</source>
        <translation>Docent-Handbuch: %1.rst</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="461"/>
        <source>Open reStructuredText File</source>
        <translation>reStructuredText-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="462"/>
        <source>reStructuredText (*.rst *.rest *.txt);;All files (*)</source>
        <translation>reStructuredText (*.rst *.rest *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="472"/>
        <source>Open Documentation Folder</source>
        <translation>Dokumentationsordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="572"/>
        <source>No recent trees</source>
        <translation>Keine zuletzt geöffneten Bäume</translation>
    </message>
</context>
<context>
    <name>Docent::PlanModel</name>
    <message numerus="yes">
        <location filename="../src/ui/planmodel.cpp" line="15"/>
        <source> — %n todo(s)</source>
        <translation>
            <numerusform> — %n Todo</numerusform>
            <numerusform> — %n Todos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::ProblemModel</name>
    <message>
        <location filename="../src/ui/problemmodel.cpp" line="23"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../src/ui/problemmodel.cpp" line="27"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Docent::QuickOpen</name>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="21"/>
        <source>Go to Page or Section</source>
        <translation>Zu Seite oder Abschnitt gehen</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="23"/>
        <source>Type part of a title or file name</source>
        <translation>Teil eines Titels oder Dateinamens eingeben</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="24"/>
        <source>Search titles</source>
        <translation>Titel durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="26"/>
        <source>Matching pages and sections</source>
        <translation>Passende Seiten und Abschnitte</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="87"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
</TS>
