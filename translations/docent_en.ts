<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Docent::BookmarkPanel</name>
    <message numerus="yes">
        <location filename="../src/ui/bookmarkpanel.cpp" line="406"/>
        <source>Imported %n bookmark(s).</source>
        <translation>
            <numerusform>Imported %n bookmark.</numerusform>
            <numerusform>Imported %n bookmarks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/bookmarkpanel.cpp" line="408"/>
        <source>%n entries were not Docent bookmarks and were left out.</source>
        <translation>
            <numerusform>%n entry was not a Docent bookmark and was left out.</numerusform>
            <numerusform>%n entries were not Docent bookmarks and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/bookmarkpanel.cpp" line="410"/>
        <source>%n title(s) longer than 1,000 characters were shortened.</source>
        <translation>
            <numerusform>%n title longer than 1,000 characters was shortened.</numerusform>
            <numerusform>%n titles longer than 1,000 characters were shortened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="35"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_problems.cpp" line="56"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_problems.cpp" line="58"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_problems.cpp" line="60"/>
        <source>%Ln notice(s)</source>
        <translation>
            <numerusform>%Ln notice</numerusform>
            <numerusform>%Ln notices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::OpenFailureNotice</name>
    <message numerus="yes">
        <location filename="../src/ui/openfailurenotice.cpp" line="28"/>
        <source>%n requests to open a file failed.</source>
        <translation>
            <numerusform>%n request to open a file failed.</numerusform>
            <numerusform>%n requests to open a file failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::PlanModel</name>
    <message numerus="yes">
        <location filename="../src/ui/planmodel.cpp" line="16"/>
        <source> — %n todo(s)</source>
        <translation>
            <numerusform> — %n todo</numerusform>
            <numerusform> — %n todos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::Printing</name>
    <message numerus="yes">
        <location filename="../src/ui/printing.cpp" line="192"/>
        <source>Laying out “%1” (%n page(s))…</source>
        <translation>
            <numerusform>Laying out “%1” (%n page)…</numerusform>
            <numerusform>Laying out “%1” (%n pages)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::SearchPanel</name>
    <message numerus="yes">
        <location filename="../src/ui/searchpanel.cpp" line="151"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
</context>
</TS>
