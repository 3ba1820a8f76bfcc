<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="6"/>
        <source>About Docent</source>
        <translation>Acerca de Docent</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="17"/>
        <source>&lt;h2&gt;Docent&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Docent&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="33"/>
        <source>A reader for Sphinx and reStructuredText documentation trees: it opens the sources and shows them rendered, navigable and cross-linked, with no build step.</source>
        <translation>Un lector de documentación de Sphinx y reStructuredText: abre las fuentes y las muestra con formato, navegables y enlazadas entre sí, sin paso de compilación.</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="46"/>
        <source>Code highlighting by KSyntaxHighlighting; pages by Qt WebEngine.</source>
        <translation>Resaltado de código con KSyntaxHighlighting; páginas con Qt WebEngine.</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="6"/>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="20"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="30"/>
        <source>Bookmark title</source>
        <translation>Título del marcador</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="37"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="47"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="54"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="64"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="70"/>
        <source>Why this place matters (optional)</source>
        <translation>Por qué importa este lugar (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="77"/>
        <source>Goes to:</source>
        <translation>Lleva a:</translation>
    </message>
</context>
<context>
    <name>Docent::AboutDialog</name>
    <message>
        <location filename="../src/ui/aboutdialog.cpp" line="10"/>
        <source>Version %1, built with Qt %2</source>
        <translation>Versión %1, compilada con Qt %2</translation>
    </message>
</context>
<context>
    <name>Docent::BookmarkDialog</name>
    <message>
        <location filename="../src/ui/bookmarkdialog.cpp" line="13"/>
        <source>Add Bookmark</source>
        <translation>Añadir marcador</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkdialog.cpp" line="13"/>
        <source>Edit Bookmark</source>
        <translation>Editar marcador</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkdialog.cpp" line="17"/>
        <source>(top)</source>
        <translation>(nivel superior)</translation>
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
        <translation>el archivo ocupa más de 64 MB</translation>
    </message>
</context>
<context>
    <name>Docent::BookmarkPanel</name>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="48"/>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="63"/>
        <source>Bookmark commands</source>
        <translation>Órdenes de marcadores</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="64"/>
        <location filename="../src/ui/bookmarkpanel.cpp" line="280"/>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="65"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="69"/>
        <source>Undo Delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="82"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="104"/>
        <source>The bookmark file was damaged and could not be read (%1). It was kept as %2, and a new, empty one was started.</source>
        <translation>El archivo de marcadores estaba dañado y no se pudo leer (%1). Se ha guardado como %2 y se ha empezado uno nuevo, vacío.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="108"/>
        <source>The bookmarks are in use by another program (%1). They are left as they are; Docent tries again every few seconds and whenever you add a bookmark.</source>
        <translation>Otro programa está usando los marcadores (%1). Se dejan como están; Docent vuelve a intentarlo cada pocos segundos y cada vez que añade un marcador.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="112"/>
        <source>The bookmarks cannot be opened because the disk is full (%1). Nothing was changed; Docent tries again every few seconds, so free some space and they come back.</source>
        <translation>No se pueden abrir los marcadores porque el disco está lleno (%1). No se ha cambiado nada; Docent vuelve a intentarlo cada pocos segundos: libere espacio y volverán.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="116"/>
        <source>The bookmarks cannot be opened: %1. They are left as they are, and bookmarks are off until this is fixed.</source>
        <translation>No se pueden abrir los marcadores: %1. Se dejan como están, y los marcadores quedan desactivados hasta que se resuelva.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="120"/>
        <source>The bookmarks were saved by a newer version of Docent (%1). They are left as they are, and bookmarks are off in this version.</source>
        <translation>Los marcadores se guardaron con una versión más reciente de Docent (%1). Se dejan como están, y en esta versión los marcadores quedan desactivados.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="135"/>
        <source>The bookmarks can be used again.</source>
        <translation>Los marcadores se pueden volver a usar.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="143"/>
        <source>Bookmarks could not be saved: %1</source>
        <translation>No se pudieron guardar los marcadores: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="168"/>
        <source>Bookmarks are off</source>
        <translation>Marcadores desactivados</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="194"/>
        <source>Bookmarked “%1”</source>
        <translation>«%1» añadido a marcadores</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="223"/>
        <source>Folder “%1” deleted with its bookmarks.</source>
        <translation>Carpeta «%1» eliminada con sus marcadores.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="223"/>
        <source>“%1” deleted.</source>
        <translation>«%1» eliminado.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="238"/>
        <source>Deletion undone</source>
        <translation>Eliminación deshecha</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="299"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="300"/>
        <source>Open in New &amp;Tab</source>
        <translation>Abrir en una &amp;pestaña nueva</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="304"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="305"/>
        <source>&amp;Rename</source>
        <translation>&amp;Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="307"/>
        <source>New &amp;Folder</source>
        <translation>Nueva &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="309"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="369"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="369"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="371"/>
        <location filename="../src/ui/bookmarkpanel.cpp" line="430"/>
        <source>Import Bookmarks</source>
        <translation>Importar marcadores</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="378"/>
        <source>Import cancelled; no bookmarks were added.</source>
        <translation>Importación cancelada; no se ha añadido ningún marcador.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/bookmarkpanel.cpp" line="406"/>
        <source>Imported %n bookmark(s).</source>
        <translation>
            <numerusform>%n marcador importado.</numerusform>
            <numerusform>%n marcadores importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/bookmarkpanel.cpp" line="408"/>
        <source>%n entries were not Docent bookmarks and were left out.</source>
        <translation>
            <numerusform>%n entrada no era un marcador de Docent y se ha omitido.</numerusform>
            <numerusform>%n entradas no eran marcadores de Docent y se han omitido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/bookmarkpanel.cpp" line="410"/>
        <source>%n title(s) longer than 1,000 characters were shortened.</source>
        <translation>
            <numerusform>%n título de más de 1000 caracteres se ha acortado.</numerusform>
            <numerusform>%n títulos de más de 1000 caracteres se han acortado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="419"/>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="420"/>
        <source>%1 could not be imported: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="431"/>
        <source>XBEL bookmarks (*.xbel *.xml);;All files (*)</source>
        <translation>Marcadores XBEL (*.xbel *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="433"/>
        <source>Another import is still running.</source>
        <translation>Todavía hay otra importación en curso.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="440"/>
        <source>Export Bookmarks</source>
        <translation>Exportar marcadores</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="441"/>
        <source>XBEL bookmarks (*.xbel)</source>
        <translation>Marcadores XBEL (*.xbel)</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="446"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="446"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="448"/>
        <source>Bookmarks exported to %1</source>
        <translation>Marcadores exportados a %1</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="463"/>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
</context>
<context>
    <name>Docent::FindBar</name>
    <message>
        <location filename="../src/ui/findbar.cpp" line="17"/>
        <location filename="../src/ui/findbar.cpp" line="18"/>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="22"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="23"/>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="25"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="26"/>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="28"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="29"/>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="53"/>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="55"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Docent::MainWindow</name>
    <message>
        <location filename="../src/ui/application.cpp" line="80"/>
        <location filename="../src/ui/application.cpp" line="158"/>
        <location filename="../src/ui/mainwindow.cpp" line="384"/>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <location filename="../src/ui/application.cpp" line="80"/>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe el archivo o la carpeta</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="109"/>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="117"/>
        <source>Time from asking for the page to its being shown</source>
        <translation>Tiempo desde que se pide la página hasta que se muestra</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="152"/>
        <source>Filter titles</source>
        <translation>Filtrar títulos</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="154"/>
        <source>Filter sections</source>
        <translation>Filtrar secciones</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="157"/>
        <source>No tree open. Open a documentation folder with File ▸ Open Folder… (%1).</source>
        <translation>No hay ningún árbol abierto. Abra una carpeta de documentación con Archivo ▸ Abrir carpeta… (%1).</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="162"/>
        <source>No page or section matches “%1”.</source>
        <translation>Ninguna página ni sección coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="204"/>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="72"/>
        <source>Docent manual: %1.rst</source>
        <translation>Manual de Docent: %1.rst</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="74"/>
        <source>%1 (generated by Docent)</source>
        <translation>%1 (generada por Docent)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="81"/>
        <source>Rendered in %1 ms</source>
        <translation>Mostrada en %1 ms</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="116"/>
        <source>This section is bookmarked; %1 bookmarks it again</source>
        <translation>Esta sección tiene un marcador; %1 añade otro</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="117"/>
        <source>Bookmark the section you are reading (%1)</source>
        <translation>Añadir un marcador a la sección que está leyendo (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="369"/>
        <source>Open reStructuredText File</source>
        <translation>Abrir un archivo reStructuredText</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="370"/>
        <source>reStructuredText (*.rst *.rest *.txt);;All files (*)</source>
        <translation>reStructuredText (*.rst *.rest *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="377"/>
        <source>Open Documentation Folder</source>
        <translation>Abrir una carpeta de documentación</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="28"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="29"/>
        <source>&amp;Bookmark This Section…</source>
        <translation>Añadir esta &amp;sección a marcadores…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="32"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="42"/>
        <source>No bookmarks yet. Press %1 to bookmark the section you are reading.</source>
        <translation>Aún no hay marcadores. Pulse %1 para añadir un marcador a la sección que está leyendo.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="45"/>
        <source>Bookmark This &amp;Page…</source>
        <translation>Añadir esta &amp;página a marcadores…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="46"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="47"/>
        <source>&amp;Show All Bookmarks</source>
        <translation>&amp;Mostrar todos los marcadores</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="52"/>
        <source>&amp;Import Bookmarks…</source>
        <translation>&amp;Importar marcadores…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="53"/>
        <source>&amp;Export Bookmarks…</source>
        <translation>&amp;Exportar marcadores…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="71"/>
        <source>No bookmarks in this tree yet</source>
        <translation>Aún no hay marcadores en este árbol</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="108"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="125"/>
        <source>Cannot open bookmark</source>
        <translation>No se puede abrir el marcador</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="126"/>
        <source>“%1” belongs to %2, which cannot be opened: %3</source>
        <translation>«%1» pertenece a %2, que no se puede abrir: %3</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="160"/>
        <source>“%1” has moved; the bookmark now points to its new place</source>
        <translation>«%1» se ha movido; el marcador apunta ahora a su nuevo lugar</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="164"/>
        <source>Bookmark target not found</source>
        <translation>No se encuentra el destino del marcador</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="165"/>
        <source>The section “%1” of %2 is no longer there.</source>
        <translation>La sección «%1» de %2 ya no existe.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="169"/>
        <source>The closest match is “%1” in %2.</source>
        <translation>La más parecida es «%1», en %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="170"/>
        <source>Go to Closest Match</source>
        <translation>Ir a la más parecida</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="171"/>
        <source>Go There and Update Bookmark</source>
        <translation>Ir allí y actualizar el marcador</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="173"/>
        <source>Nothing similar was found in this tree.</source>
        <translation>No se ha encontrado nada parecido en este árbol.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="176"/>
        <source>Open the Page</source>
        <translation>Abrir la página</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="30"/>
        <source>Open in New &amp;Tab</source>
        <translation>Abrir en una &amp;pestaña nueva</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="32"/>
        <source>&amp;Bookmark…</source>
        <translation>Añadir a &amp;marcadores…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="35"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="39"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="43"/>
        <source>&amp;Print This Part (%1)…</source>
        <translation>&amp;Imprimir esta parte (%1)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="44"/>
        <source>Print Pre&amp;view of This Part (%1)…</source>
        <translation>&amp;Vista previa de impresión de esta parte (%1)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="45"/>
        <source>&amp;Export This Part as PDF (%1)…</source>
        <translation>&amp;Exportar esta parte como PDF (%1)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="66"/>
        <source>Bookmark This Section…</source>
        <translation>Añadir esta sección a marcadores…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="26"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="31"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="33"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="35"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="39"/>
        <source>&amp;About Docent</source>
        <translation>&amp;Acerca de Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="44"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="45"/>
        <source>Open &amp;File…</source>
        <translation>Abrir &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="47"/>
        <source>Open F&amp;older…</source>
        <translation>Abrir &amp;carpeta…</translation>
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
        <translation>Abiertos &amp;recientemente</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="52"/>
        <source>Reopen &amp;Last Session</source>
        <translation>Reabrir la ú&amp;ltima sesión</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="53"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="64"/>
        <source>Reopen Closed T&amp;ab</source>
        <translation>Reabrir pest&amp;aña cerrada</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="68"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="54"/>
        <source>The last tree you read, with its tabs and places</source>
        <translation>El último árbol que leyó, con sus pestañas y los lugares donde estaba</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="56"/>
        <source>New &amp;Tab</source>
        <translation>&amp;Pestaña nueva</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="58"/>
        <source>&amp;Close Tab</source>
        <translation>C&amp;errar pestaña</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="78"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="79"/>
        <source>&amp;Find in Page…</source>
        <translation>&amp;Buscar en la página…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="82"/>
        <source>Copy &amp;Link to This Section</source>
        <translation>Copiar el &amp;enlace a esta sección</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="85"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="88"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="90"/>
        <source>&amp;Reload Page</source>
        <translation>&amp;Recargar página</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="96"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="98"/>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="102"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="104"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="105"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="106"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="108"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="109"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="113"/>
        <source>Docent will use the new language the next time it starts.</source>
        <translation>Docent usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="20"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="21"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="26"/>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="31"/>
        <source>&amp;Home Page</source>
        <translation>Página de &amp;inicio</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="35"/>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="36"/>
        <source>The page the tree opens with</source>
        <translation>La página con la que se abre el árbol</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="40"/>
        <source>Go to &amp;Page or Section…</source>
        <translation>Ir a una &amp;página o sección…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="41"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="43"/>
        <source>General &amp;Index</source>
        <translation>Índice &amp;general</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="44"/>
        <source>Python &amp;Module Index</source>
        <translation>Índice de &amp;módulos de Python</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="65"/>
        <source>Pre&amp;vious Page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="66"/>
        <source>Ctrl+Alt+Left</source>
        <translation>Ctrl+Alt+Left</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="67"/>
        <source>&amp;Next Page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="68"/>
        <source>Ctrl+Alt+Right</source>
        <translation>Ctrl+Alt+Right</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="69"/>
        <source>&amp;Up to Parent Page</source>
        <translation>S&amp;ubir a la página superior</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="70"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="80"/>
        <source>Previous page: %1</source>
        <translation>Página anterior: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="80"/>
        <source>No page before this one in reading order</source>
        <translation>No hay ninguna página antes de esta en el orden de lectura</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="81"/>
        <source>Next page: %1</source>
        <translation>Página siguiente: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="81"/>
        <source>No page after this one in reading order</source>
        <translation>No hay ninguna página después de esta en el orden de lectura</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="82"/>
        <source>Up: %1</source>
        <translation>Subir: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="82"/>
        <source>No page lists this one</source>
        <translation>Ninguna página enumera esta</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="91"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="106"/>
        <source>No pages visited yet</source>
        <translation>Aún no se ha visitado ninguna página</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="128"/>
        <source>No recent trees</source>
        <translation>No hay árboles recientes</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="27"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="29"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="30"/>
        <source>Page Set&amp;up…</source>
        <translation>&amp;Configurar página…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="33"/>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exportar como PDF…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="34"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../src/ui/uilanguage.cpp" line="62"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../src/ui/uilanguage.cpp" line="78"/>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="38"/>
        <source>The search index is not kept for the next start: %1. Search works meanwhile.</source>
        <translation>El índice de búsqueda no se conserva para el próximo inicio: %1. Mientras tanto, la búsqueda funciona.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="47"/>
        <source>&amp;Search the Tree…</source>
        <translation>&amp;Buscar en el árbol…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="53"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="54"/>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="55"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="56"/>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="57"/>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_preferences.cpp" line="22"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_preferences.cpp" line="25"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_preferences.cpp" line="31"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_preferences.cpp" line="32"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_problems.cpp" line="36"/>
        <source>Show or hide the Problems panel</source>
        <translation>Mostrar u ocultar el panel de problemas</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_problems.cpp" line="37"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_problems.cpp" line="63"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_problems.cpp" line="65"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_problems.cpp" line="67"/>
        <source>%Ln notice(s)</source>
        <translation>
            <numerusform>%Ln aviso</numerusform>
            <numerusform>%Ln avisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_linkinventories.cpp" line="39"/>
        <source>Links to other projects (%1) need their inventories: allow Docent to fetch them in the preferences, or run “docent intersphinx fetch”.</source>
        <translation>Los enlaces a otros proyectos (%1) necesitan sus inventarios: permita que Docent los descargue en las preferencias o ejecute «docent intersphinx fetch».</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_linkinventories.cpp" line="57"/>
        <source>Fetching the link inventories of other projects (%1)…</source>
        <translation>Descargando los inventarios de enlaces de otros proyectos (%1)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_linkinventories.cpp" line="72"/>
        <source>The link inventories of %1 could not be fetched; references to them stay without links.</source>
        <translation>No se pudieron descargar los inventarios de enlaces de %1; las referencias a ellos quedan sin enlace.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_linkinventories.cpp" line="76"/>
        <source>Links to other projects are up to date.</source>
        <translation>Los enlaces a otros proyectos están al día.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_open.cpp" line="45"/>
        <location filename="../src/ui/mainwindow_open.cpp" line="196"/>
        <source>Reading the tree: %1%</source>
        <translation>Leyendo el árbol: %1%</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_open.cpp" line="196"/>
        <source>Reading again: %1%</source>
        <translation>Leyendo de nuevo: %1%</translation>
    </message>
</context>
<context>
    <name>Docent::OpenFailureNotice</name>
    <message>
        <location filename="../src/ui/openfailurenotice.cpp" line="15"/>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <location filename="../src/ui/openfailurenotice.cpp" line="19"/>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/openfailurenotice.cpp" line="28"/>
        <source>%n requests to open a file failed.</source>
        <translation>
            <numerusform>Ha fallado %n petición de abrir un archivo.</numerusform>
            <numerusform>Han fallado %n peticiones de abrir un archivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::OutsideFilesBar</name>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="21"/>
        <source>Allow for this tree</source>
        <translation>Permitir para este árbol</translation>
    </message>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="22"/>
        <source>Let this tree&apos;s pages read the files of this folder from now on; the tree is read again</source>
        <translation>Las páginas de este árbol podrán leer a partir de ahora los archivos de esta carpeta; el árbol se vuelve a leer</translation>
    </message>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="24"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="25"/>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="43"/>
        <source>This page includes files from %1, which lies outside the documentation tree. Docent reads them only if you allow it for this tree.</source>
        <translation>Esta página incluye archivos de %1, que está fuera del árbol de documentación. Docent solo los lee si lo permite para este árbol.</translation>
    </message>
</context>
<context>
    <name>Docent::PageView</name>
    <message>
        <location filename="../src/ui/pageview.cpp" line="18"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
</context>
<context>
    <name>Docent::PlanModel</name>
    <message numerus="yes">
        <location filename="../src/ui/planmodel.cpp" line="16"/>
        <source> — %n todo(s)</source>
        <translation>
            <numerusform> — %n tarea pendiente</numerusform>
            <numerusform> — %n tareas pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::PreferencesDialog</name>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="30"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="30"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="30"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="31"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="85"/>
        <location filename="../src/ui/preferencesdialog.cpp" line="91"/>
        <source>Clear Cache</source>
        <translation>Vaciar la caché</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="86"/>
        <source>Remove the search indexes kept in %1? They are made again when a tree is opened; bookmarks and settings stay.</source>
        <translation>¿Eliminar los índices de búsqueda guardados en %1? Se rehacen al abrir un árbol; los marcadores y ajustes se conservan.</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="91"/>
        <source>Some of the cache could not be removed.</source>
        <translation>Parte de la caché no se pudo eliminar.</translation>
    </message>
</context>
<context>
    <name>Docent::Printing</name>
    <message>
        <location filename="../src/ui/printing.cpp" line="112"/>
        <location filename="../src/ui/printing.cpp" line="125"/>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="113"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="119"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="122"/>
        <location filename="../src/ui/printing.cpp" line="149"/>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="123"/>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="126"/>
        <source>%1 could not be written. Is the folder writable?</source>
        <translation>No se pudo escribir %1. ¿Se puede escribir en la carpeta?</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="140"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="151"/>
        <source>Sent to the printer</source>
        <translation>Enviado a la impresora</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="147"/>
        <source>Printing failed</source>
        <translation>Error al imprimir</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="161"/>
        <source>Print Preview — %1</source>
        <translation>Vista previa de impresión — %1</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="169"/>
        <location filename="../src/ui/printing.cpp" line="187"/>
        <source>Still printing; try again in a moment</source>
        <translation>Todavía se está imprimiendo; vuelva a intentarlo en un momento</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/printing.cpp" line="195"/>
        <source>Laying out “%1” (%n page(s))…</source>
        <translation>
            <numerusform>Maquetando «%1» (%n página)…</numerusform>
            <numerusform>Maquetando «%1» (%n páginas)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="99"/>
        <location filename="../src/ui/printing.cpp" line="199"/>
        <source>The pages could not be laid out for printing</source>
        <translation>No se pudieron maquetar las páginas para imprimirlas</translation>
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
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <location filename="../src/ui/problemmodel.cpp" line="266"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/problemmodel.cpp" line="267"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>Docent::ProblemPanel</name>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="36"/>
        <location filename="../src/ui/problempanel.cpp" line="106"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="46"/>
        <source>Full message</source>
        <translation>Mensaje completo</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="76"/>
        <source>By file</source>
        <translation>Por archivo</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="77"/>
        <source>By kind</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="78"/>
        <source>Group problems</source>
        <translation>Agrupar problemas</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="84"/>
        <location filename="../src/ui/problempanel.cpp" line="86"/>
        <source>Filter problems</source>
        <translation>Filtrar problemas</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="90"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="91"/>
        <source>Copy the selected problems, or all that are shown</source>
        <translation>Copiar los problemas elegidos, o todos los mostrados</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="106"/>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="114"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="119"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="120"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="121"/>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="125"/>
        <location filename="../src/ui/problempanel.cpp" line="133"/>
        <source>No problem found in this tree.</source>
        <translation>No se encontró ningún problema en este árbol.</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="135"/>
        <source>No problem matches the filter.</source>
        <translation>Ningún problema coincide con el filtro.</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="137"/>
        <source>Choose a problem to open its page at its line.</source>
        <translation>Elija un problema para abrir su página en su línea.</translation>
    </message>
</context>
<context>
    <name>Docent::QuickOpen</name>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="95"/>
        <source>Go to Page or Section</source>
        <translation>Ir a una página o sección</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="97"/>
        <source>Type part of a title or file name</source>
        <translation>Escriba parte de un título o de un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="98"/>
        <source>Search titles</source>
        <translation>Buscar en los títulos</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="100"/>
        <source>Matching pages and sections</source>
        <translation>Páginas y secciones que coinciden</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="206"/>
        <source>Page · </source>
        <translation>Página · </translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="217"/>
        <source>Section of %1</source>
        <translation>Sección de %1</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="218"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="222"/>
        <source>No page or section matches “%1”</source>
        <translation>Ninguna página ni sección coincide con «%1»</translation>
    </message>
</context>
<context>
    <name>Docent::SearchPanel</name>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="27"/>
        <source>Search the tree (Ctrl+Shift+F)</source>
        <translation>Buscar en el árbol (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="28"/>
        <source>Search the text of every page</source>
        <translation>Buscar en el texto de todas las páginas</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="41"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="147"/>
        <source>Indexing the tree…</source>
        <translation>Indexando el árbol…</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="149"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="151"/>
        <source>No matches</source>
        <translation>Sin resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/searchpanel.cpp" line="153"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n sección</numerusform>
            <numerusform>%n secciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::ShortcutsDialog</name>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="49"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="52"/>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="52"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="55"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
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
        <translation>Barra lateral</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="28"/>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="31"/>
        <location filename="../src/ui/sidebar.cpp" line="51"/>
        <location filename="../src/ui/sidebar.cpp" line="61"/>
        <location filename="../src/ui/sidebar.cpp" line="107"/>
        <source>Todos</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="32"/>
        <location filename="../src/ui/sidebar.cpp" line="70"/>
        <location filename="../src/ui/sidebar.cpp" line="74"/>
        <location filename="../src/ui/sidebar.cpp" line="116"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="40"/>
        <source>%1: none in this tree</source>
        <translation>%1: ninguno en este árbol</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="62"/>
        <source>No todo in this tree. A “.. todo::” note in a page is listed here.</source>
        <translation>No hay tareas pendientes en este árbol. Una nota «.. todo::» de una página aparece aquí.</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="75"/>
        <source>No plans in this tree. Sections titled like “Roadmap” or “Future plans”, and pages in a specs folder, are listed here.</source>
        <translation>No hay planes en este árbol. Las secciones tituladas como «Roadmap» o «Future plans», y las páginas de una carpeta specs, aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="85"/>
        <location filename="../src/ui/sidebar.cpp" line="87"/>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="88"/>
        <location filename="../src/ui/sidebar.cpp" line="145"/>
        <source>Open a page to see its sections here.</source>
        <translation>Abra una página para ver aquí sus secciones.</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="145"/>
        <source>“%1” has no sections.</source>
        <translation>«%1» no tiene secciones.</translation>
    </message>
</context>
<context>
    <name>Docent::SingleInstance</name>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="47"/>
        <source>%1 cannot be read</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="51"/>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="53"/>
        <source>%1 belongs to another user</source>
        <translation>%1 pertenece a otro usuario</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="55"/>
        <source>%1 is open to other users</source>
        <translation>%1 está abierto a otros usuarios</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="110"/>
        <source>no private folder for the single-instance socket: %1</source>
        <translation>no hay carpeta privada para el socket de instancia única: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="129"/>
        <source>the socket %1 belongs to another user</source>
        <translation>el socket %1 pertenece a otro usuario</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="139"/>
        <source>the running window closed the connection without an answer</source>
        <translation>la ventana abierta cerró la conexión sin responder</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="145"/>
        <source>the running window refused the request: %1</source>
        <translation>la ventana abierta rechazó la petición: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="158"/>
        <source>another Docent owns %1</source>
        <translation>otro Docent tiene %1</translation>
    </message>
</context>
<context>
    <name>Docent::TabWidget</name>
    <message>
        <location filename="../src/ui/tabwidget.cpp" line="17"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../src/ui/tabwidget.cpp" line="18"/>
        <location filename="../src/ui/tabwidget.cpp" line="66"/>
        <location filename="../src/ui/tabwidget.cpp" line="97"/>
        <source>New Tab</source>
        <translation>Pestaña nueva</translation>
    </message>
</context>
<context>
    <name>Docent::TodoModel</name>
    <message>
        <location filename="../src/ui/todomodel.cpp" line="31"/>
        <source>%1

In “%2”, line %3 of %4.rst</source>
        <translation>%1

En «%2», línea %3 de %4.rst</translation>
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
            <numerusform>El sistema no permite más vigilancias de archivos: los cambios de este árbol se comprueban cada segundo.</numerusform>
            <numerusform>El sistema no permite más vigilancias de archivos: los cambios de este árbol se comprueban cada %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="6"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="18"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="31"/>
        <source>Page &amp;font size:</source>
        <translation>&amp;Tamaño de letra de las páginas:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="41"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="57"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="70"/>
        <source>A new language takes effect the next time Docent starts.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicie Docent.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="83"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="89"/>
        <source>Fetch &amp;link inventories of other projects (intersphinx) from the network</source>
        <translation>Descargar los inventarios de &amp;enlaces de otros proyectos (intersphinx)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="96"/>
        <source>Off: links into other projects&apos; documentation are shown as text, and nothing is sent anywhere.</source>
        <translation>Desactivado: los enlaces a la documentación de otros proyectos se muestran como texto y no se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="109"/>
        <source>Where data is kept</source>
        <translation>Dónde se guardan los datos</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="115"/>
        <source>Cache (search indexes):</source>
        <translation>Caché (índices de búsqueda):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="129"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="136"/>
        <source>&amp;Clear Cache…</source>
        <translation>&amp;Vaciar la caché…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="143"/>
        <source>Data (bookmarks):</source>
        <translation>Datos (marcadores):</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="157"/>
        <source>O&amp;pen</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="164"/>
        <source>Settings:</source>
        <translation>Ajustes:</translation>
    </message>
</context>
</TS>
