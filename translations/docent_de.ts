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
    <name>Docent::MainWindow</name>
    <message>
        <location filename="../src/ui/application.cpp" line="110"/>
        <location filename="../src/ui/mainwindow.cpp" line="314"/>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="53"/>
        <source>Docent</source>
        <translation>Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="65"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="69"/>
        <location filename="../src/ui/mainwindow.cpp" line="112"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="75"/>
        <location filename="../src/ui/mainwindow.cpp" line="130"/>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>Todo notes of the tree will be listed here.</source>
        <translation type="vanished">Die Todo-Notizen des Baums werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="137"/>
        <location filename="../src/ui/mainwindow.cpp" line="144"/>
        <location filename="../src/ui/mainwindow.cpp" line="189"/>
        <source>Todos</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Forward-looking plans of the tree will be listed here.</source>
        <translation type="vanished">Die Zukunftspläne des Baums werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="149"/>
        <location filename="../src/ui/mainwindow.cpp" line="154"/>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>The outline of the current page will be shown here.</source>
        <translation type="vanished">Die Gliederung der aktuellen Seite wird hier angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="100"/>
        <source>Filter titles</source>
        <translation>Titel filtern</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="102"/>
        <source>Filter sections</source>
        <translation>Abschnitte filtern</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="160"/>
        <location filename="../src/ui/mainwindow.cpp" line="167"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="169"/>
        <source>Your bookmarks will be listed here.</source>
        <translation>Ihre Lesezeichen werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="169"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="189"/>
        <source>Todos (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="212"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="213"/>
        <source>Open &amp;File…</source>
        <translation>&amp;Datei öffnen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="215"/>
        <source>Open F&amp;older…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="216"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="218"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="221"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="225"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="226"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="228"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="231"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="232"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="234"/>
        <source>&amp;About Docent</source>
        <translation>Ü&amp;ber Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="248"/>
        <source>%1 — Docent</source>
        <translation>%1 — Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="288"/>
        <source>Docent manual: %1.rst</source>
        <translation>Docent-Handbuch: %1.rst</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="293"/>
        <source>Open reStructuredText File</source>
        <translation>reStructuredText-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="294"/>
        <source>reStructuredText (*.rst *.rest *.txt);;All files (*)</source>
        <translation>reStructuredText (*.rst *.rest *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="304"/>
        <source>Open Documentation Folder</source>
        <translation>Dokumentationsordner öffnen</translation>
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
