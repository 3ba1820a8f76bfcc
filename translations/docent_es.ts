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
        <location filename="../src/ui/application.cpp" line="133"/>
        <location filename="../src/ui/mainwindow.cpp" line="399"/>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="52"/>
        <source>Docent</source>
        <translation>Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="73"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="91"/>
        <location filename="../src/ui/mainwindow.cpp" line="151"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="97"/>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="105"/>
        <source>Time to render and show the page</source>
        <translation>Tiempo para dar formato a la página y mostrarla</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="138"/>
        <source>Filter titles</source>
        <translation>Filtrar títulos</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="140"/>
        <source>Filter sections</source>
        <translation>Filtrar secciones</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="183"/>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="291"/>
        <source>%1 — Docent</source>
        <translation>%1 — Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="373"/>
        <source>Docent manual: %1.rst</source>
        <translation>Manual de Docent: %1.rst</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="378"/>
        <source>Open reStructuredText File</source>
        <translation>Abrir un archivo reStructuredText</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="379"/>
        <source>reStructuredText (*.rst *.rest *.txt);;All files (*)</source>
        <translation>reStructuredText (*.rst *.rest *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="389"/>
        <source>Open Documentation Folder</source>
        <translation>Abrir una carpeta de documentación</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="26"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="27"/>
        <source>&amp;Bookmark This Section…</source>
        <translation>Añadir esta &amp;sección a marcadores…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="29"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="30"/>
        <source>Bookmark the section you are reading (Ctrl+D)</source>
        <translation>Añadir a marcadores la sección que está leyendo (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="31"/>
        <source>Bookmark This &amp;Page…</source>
        <translation>Añadir esta &amp;página a marcadores…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="32"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="33"/>
        <source>&amp;Show All Bookmarks</source>
        <translation>&amp;Mostrar todos los marcadores</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="38"/>
        <source>&amp;Import Bookmarks…</source>
        <translation>&amp;Importar marcadores…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="39"/>
        <source>&amp;Export Bookmarks…</source>
        <translation>&amp;Exportar marcadores…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="57"/>
        <source>No bookmarks in this tree yet</source>
        <translation>Aún no hay marcadores en este árbol</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="94"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="113"/>
        <source>Cannot open bookmark</source>
        <translation>No se puede abrir el marcador</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="114"/>
        <source>“%1” belongs to %2, which cannot be opened: %3</source>
        <translation>«%1» pertenece a %2, que no se puede abrir: %3</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="141"/>
        <source>“%1” has moved; the bookmark now points to its new place</source>
        <translation>«%1» se ha movido; el marcador apunta ahora a su nuevo lugar</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="145"/>
        <source>Bookmark target not found</source>
        <translation>No se encuentra el destino del marcador</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="146"/>
        <source>The section “%1” of %2 is no longer there.</source>
        <translation>La sección «%1» de %2 ya no existe.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="150"/>
        <source>The closest match is “%1” in %2.</source>
        <translation>La más parecida es «%1», en %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="151"/>
        <source>Go to Closest Match</source>
        <translation>Ir a la más parecida</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="152"/>
        <source>Go There and Update Bookmark</source>
        <translation>Ir allí y actualizar el marcador</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="154"/>
        <source>Nothing similar was found in this tree.</source>
        <translation>No se ha encontrado nada parecido en este árbol.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="157"/>
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
        <location filename="../src/ui/mainwindow_menus.cpp" line="24"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="29"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="31"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="33"/>
        <source>&amp;About Docent</source>
        <translation>&amp;Acerca de Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="38"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="39"/>
        <source>Open &amp;File…</source>
        <translation>Abrir &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="41"/>
        <source>Open F&amp;older…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="42"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="43"/>
        <source>Open &amp;Recent</source>
        <translation>Abiertos &amp;recientemente</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="45"/>
        <source>Reopen &amp;Last Session</source>
        <translation>Reabrir la ú&amp;ltima sesión</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="46"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="47"/>
        <source>The last tree you read, with its tabs and places</source>
        <translation>El último árbol que leyó, con sus pestañas y los lugares donde estaba</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="49"/>
        <source>New &amp;Tab</source>
        <translation>&amp;Pestaña nueva</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="51"/>
        <source>&amp;Close Tab</source>
        <translation>C&amp;errar pestaña</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="52"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="54"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="62"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="63"/>
        <source>&amp;Find in Page…</source>
        <translation>&amp;Buscar en la página…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="66"/>
        <source>Copy &amp;Link to This Section</source>
        <translation>Copiar el &amp;enlace a esta sección</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="69"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="71"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="72"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="73"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="74"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="76"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="77"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="81"/>
        <source>Docent will use the new language the next time it starts.</source>
        <translation>Docent usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="90"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="91"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="93"/>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="95"/>
        <source>Go to &amp;Page or Section…</source>
        <translation>Ir a una &amp;página o sección…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="96"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="98"/>
        <source>General &amp;Index</source>
        <translation>Índice &amp;general</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="99"/>
        <source>Python &amp;Module Index</source>
        <translation>Índice de &amp;módulos de Python</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="100"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="113"/>
        <source>No pages visited yet</source>
        <translation>Aún no se ha visitado ninguna página</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="140"/>
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
        <location filename="../src/ui/uilanguage.cpp" line="60"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../src/ui/uilanguage.cpp" line="76"/>
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
    <name>Docent::Printing</name>
    <message>
        <location filename="../src/ui/printing.cpp" line="85"/>
        <location filename="../src/ui/printing.cpp" line="98"/>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="86"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="92"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="95"/>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="96"/>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="99"/>
        <source>%1 could not be written. Is the folder writable?</source>
        <translation>No se pudo escribir %1. ¿Se puede escribir en la carpeta?</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="112"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="117"/>
        <source>Sent to the printer</source>
        <translation>Enviado a la impresora</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="117"/>
        <source>Printing failed</source>
        <translation>Error al imprimir</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="140"/>
        <location filename="../src/ui/printing.cpp" line="158"/>
        <source>Still printing; try again in a moment</source>
        <translation>Todavía se está imprimiendo; vuelva a intentarlo en un momento</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/printing.cpp" line="166"/>
        <source>Laying out “%1” (%n page(s))…</source>
        <translation>
            <numerusform>Maquetando «%1» (%n página)…</numerusform>
            <numerusform>Maquetando «%1» (%n páginas)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="170"/>
        <source>The pages could not be laid out for printing</source>
        <translation>No se pudieron maquetar las páginas para imprimirlas</translation>
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
        <translation>Ir a una página o sección</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="23"/>
        <source>Type part of a title or file name</source>
        <translation>Escriba parte de un título o de un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="24"/>
        <source>Search titles</source>
        <translation>Buscar en los títulos</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="26"/>
        <source>Matching pages and sections</source>
        <translation>Páginas y secciones que coinciden</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="87"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
        <location filename="../src/ui/searchpanel.cpp" line="145"/>
        <source>Indexing the tree…</source>
        <translation>Indexando el árbol…</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="147"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="149"/>
        <source>No matches</source>
        <translation>Sin resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/searchpanel.cpp" line="151"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n sección</numerusform>
            <numerusform>%n secciones</numerusform>
        </translation>
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
        <location filename="../src/ui/sidebar.cpp" line="26"/>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="37"/>
        <location filename="../src/ui/sidebar.cpp" line="47"/>
        <location filename="../src/ui/sidebar.cpp" line="101"/>
        <source>Todos</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="55"/>
        <location filename="../src/ui/sidebar.cpp" line="59"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="68"/>
        <location filename="../src/ui/sidebar.cpp" line="70"/>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="79"/>
        <location filename="../src/ui/sidebar.cpp" line="81"/>
        <location filename="../src/ui/sidebar.cpp" line="112"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="101"/>
        <source>Todos (%1)</source>
        <translation>Pendientes (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="112"/>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
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
        <location filename="../src/ui/tabwidget.cpp" line="15"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../src/ui/tabwidget.cpp" line="16"/>
        <location filename="../src/ui/tabwidget.cpp" line="64"/>
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
        <location filename="../src/ui/treewatcher.cpp" line="93"/>
        <source>The system allows no more file watches: changes to this tree are checked every %n second(s).</source>
        <translation>
            <numerusform>El sistema no permite más vigilancias de archivos: los cambios de este árbol se comprueban cada segundo.</numerusform>
            <numerusform>El sistema no permite más vigilancias de archivos: los cambios de este árbol se comprueban cada %n segundos.</numerusform>
        </translation>
    </message>
</context>
</TS>
