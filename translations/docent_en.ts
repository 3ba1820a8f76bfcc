<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Docent::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="109"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::PlanModel</name>
    <message numerus="yes">
        <location filename="../src/ui/planmodel.cpp" line="15"/>
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
        <location filename="../src/ui/printing.cpp" line="165"/>
        <source>Laying out “%1” (%n page(s))…</source>
        <translation>
            <numerusform>Laying out “%1” (%n page)…</numerusform>
            <numerusform>Laying out “%1” (%n pages)…</numerusform>
        </translation>
    </message>
</context>
</TS>
