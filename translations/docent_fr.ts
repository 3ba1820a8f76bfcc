<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="6"/>
        <source>About Docent</source>
        <translation>À propos de Docent</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="17"/>
        <source>&lt;h2&gt;Docent&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Docent&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="33"/>
        <source>A reader for Sphinx and reStructuredText documentation trees: it opens the sources and shows them rendered, navigable and cross-linked, with no build step.</source>
        <translation>Un lecteur de documentation Sphinx et reStructuredText&#xa0;: il ouvre les sources et les affiche mises en forme, navigables et reliées entre elles, sans étape de construction.</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="46"/>
        <source>Code highlighting by KSyntaxHighlighting; pages by Qt WebEngine.</source>
        <translation>Coloration du code par KSyntaxHighlighting&#xa0;; affichage des pages par Qt WebEngine.</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="6"/>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="20"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="30"/>
        <source>Bookmark title</source>
        <translation>Titre du signet</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="37"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="47"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="54"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="64"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="70"/>
        <source>Why this place matters (optional)</source>
        <translation>Pourquoi cet endroit compte (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="77"/>
        <source>Goes to:</source>
        <translation>Mène à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Docent::AboutDialog</name>
    <message>
        <location filename="../src/ui/aboutdialog.cpp" line="10"/>
        <source>Version %1, built with Qt %2</source>
        <translation>Version %1, compilée avec Qt %2</translation>
    </message>
</context>
<context>
    <name>Docent::BookmarkDialog</name>
    <message>
        <location filename="../src/ui/bookmarkdialog.cpp" line="13"/>
        <source>Add Bookmark</source>
        <translation>Ajouter un signet</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkdialog.cpp" line="13"/>
        <source>Edit Bookmark</source>
        <translation>Modifier le signet</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkdialog.cpp" line="17"/>
        <source>(top)</source>
        <translation>(niveau supérieur)</translation>
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
        <translation>le fichier dépasse 64&#xa0;Mo</translation>
    </message>
</context>
<context>
    <name>Docent::BookmarkPanel</name>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="48"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="63"/>
        <source>Bookmark commands</source>
        <translation>Commandes des signets</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="64"/>
        <location filename="../src/ui/bookmarkpanel.cpp" line="280"/>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="65"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="69"/>
        <source>Undo Delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="82"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="104"/>
        <source>The bookmark file was damaged and could not be read (%1). It was kept as %2, and a new, empty one was started.</source>
        <translation>Le fichier des signets était endommagé et n’a pas pu être lu (%1). Il a été conservé sous le nom %2 et un nouveau fichier, vide, a été créé.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="108"/>
        <source>The bookmarks are in use by another program (%1). They are left as they are; Docent tries again every few seconds and whenever you add a bookmark.</source>
        <translation>Les signets sont utilisés par un autre programme (%1). Ils restent tels quels&#xa0;; Docent réessaie toutes les quelques secondes et à chaque nouveau signet.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="112"/>
        <source>The bookmarks cannot be opened because the disk is full (%1). Nothing was changed; Docent tries again every few seconds, so free some space and they come back.</source>
        <translation>Les signets ne peuvent pas être ouverts, car le disque est plein (%1). Rien n’a été modifié&#xa0;; Docent réessaie toutes les quelques secondes&#xa0;: libérez de la place et ils reviendront.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="116"/>
        <source>The bookmarks cannot be opened: %1. They are left as they are, and bookmarks are off until this is fixed.</source>
        <translation>Les signets ne peuvent pas être ouverts&#xa0;: %1. Ils restent tels quels, et les signets sont désactivés jusqu’à ce que le problème soit résolu.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="120"/>
        <source>The bookmarks were saved by a newer version of Docent (%1). They are left as they are, and bookmarks are off in this version.</source>
        <translation>Les signets ont été enregistrés par une version plus récente de Docent (%1). Ils restent tels quels, et les signets sont désactivés dans cette version.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="135"/>
        <source>The bookmarks can be used again.</source>
        <translation>Les signets sont de nouveau utilisables.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="143"/>
        <source>Bookmarks could not be saved: %1</source>
        <translation>Les signets n’ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="168"/>
        <source>Bookmarks are off</source>
        <translation>Signets désactivés</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="194"/>
        <source>Bookmarked “%1”</source>
        <translation>«&#xa0;%1&#xa0;» ajouté aux signets</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="223"/>
        <source>Folder “%1” deleted with its bookmarks.</source>
        <translation>Dossier «&#xa0;%1&#xa0;» supprimé avec ses signets.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="223"/>
        <source>“%1” deleted.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="238"/>
        <source>Deletion undone</source>
        <translation>Suppression annulée</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="299"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="300"/>
        <source>Open in New &amp;Tab</source>
        <translation>Ouvrir dans un nouvel &amp;onglet</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="304"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="305"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="307"/>
        <source>New &amp;Folder</source>
        <translation>Nouveau &amp;dossier</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="309"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="369"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="369"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="371"/>
        <location filename="../src/ui/bookmarkpanel.cpp" line="430"/>
        <source>Import Bookmarks</source>
        <translation>Importer des signets</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="378"/>
        <source>Import cancelled; no bookmarks were added.</source>
        <translation>Importation annulée&#xa0;; aucun signet n’a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/bookmarkpanel.cpp" line="406"/>
        <source>Imported %n bookmark(s).</source>
        <translation>
            <numerusform>%n signet importé.</numerusform>
            <numerusform>%n signets importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/bookmarkpanel.cpp" line="408"/>
        <source>%n entries were not Docent bookmarks and were left out.</source>
        <translation>
            <numerusform>%n entrée n’était pas un signet Docent et a été ignorée.</numerusform>
            <numerusform>%n entrées n’étaient pas des signets Docent et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/bookmarkpanel.cpp" line="410"/>
        <source>%n title(s) longer than 1,000 characters were shortened.</source>
        <translation>
            <numerusform>%n titre de plus de 1&#xa0;000 caractères a été raccourci.</numerusform>
            <numerusform>%n titres de plus de 1&#xa0;000 caractères ont été raccourcis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="419"/>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="420"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 n’a pas pu être importé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="431"/>
        <source>XBEL bookmarks (*.xbel *.xml);;All files (*)</source>
        <translation>Signets XBEL (*.xbel *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="433"/>
        <source>Another import is still running.</source>
        <translation>Une autre importation est encore en cours.</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="440"/>
        <source>Export Bookmarks</source>
        <translation>Exporter les signets</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="441"/>
        <source>XBEL bookmarks (*.xbel)</source>
        <translation>Signets XBEL (*.xbel)</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="446"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="446"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="448"/>
        <source>Bookmarks exported to %1</source>
        <translation>Signets exportés vers %1</translation>
    </message>
    <message>
        <location filename="../src/ui/bookmarkpanel.cpp" line="463"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>Docent::FindBar</name>
    <message>
        <location filename="../src/ui/findbar.cpp" line="17"/>
        <location filename="../src/ui/findbar.cpp" line="18"/>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="22"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="23"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="25"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="26"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="28"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="29"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="53"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location filename="../src/ui/findbar.cpp" line="55"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Docent::MainWindow</name>
    <message>
        <location filename="../src/ui/application.cpp" line="133"/>
        <location filename="../src/ui/mainwindow.cpp" line="399"/>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="52"/>
        <source>Docent</source>
        <translation>Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="73"/>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="91"/>
        <location filename="../src/ui/mainwindow.cpp" line="151"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="97"/>
        <source>Sidebar</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="105"/>
        <source>Time to render and show the page</source>
        <translation>Temps de mise en forme et d’affichage de la page</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="138"/>
        <source>Filter titles</source>
        <translation>Filtrer les titres</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="140"/>
        <source>Filter sections</source>
        <translation>Filtrer les sections</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="183"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="291"/>
        <source>%1 — Docent</source>
        <translation>%1 — Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="373"/>
        <source>Docent manual: %1.rst</source>
        <translation>Manuel de Docent&#xa0;: %1.rst</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="378"/>
        <source>Open reStructuredText File</source>
        <translation>Ouvrir un fichier reStructuredText</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="379"/>
        <source>reStructuredText (*.rst *.rest *.txt);;All files (*)</source>
        <translation>reStructuredText (*.rst *.rest *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="389"/>
        <source>Open Documentation Folder</source>
        <translation>Ouvrir un dossier de documentation</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="26"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Signets</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="27"/>
        <source>&amp;Bookmark This Section…</source>
        <translation>Ajouter cette &amp;section aux signets…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="29"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="30"/>
        <source>Bookmark the section you are reading (Ctrl+D)</source>
        <translation>Ajouter aux signets la section que vous lisez (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="31"/>
        <source>Bookmark This &amp;Page…</source>
        <translation>Ajouter cette &amp;page aux signets…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="32"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="33"/>
        <source>&amp;Show All Bookmarks</source>
        <translation>&amp;Afficher tous les signets</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="38"/>
        <source>&amp;Import Bookmarks…</source>
        <translation>&amp;Importer des signets…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="39"/>
        <source>&amp;Export Bookmarks…</source>
        <translation>&amp;Exporter les signets…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="57"/>
        <source>No bookmarks in this tree yet</source>
        <translation>Aucun signet dans cet arbre pour l’instant</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="94"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="113"/>
        <source>Cannot open bookmark</source>
        <translation>Impossible d’ouvrir le signet</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="114"/>
        <source>“%1” belongs to %2, which cannot be opened: %3</source>
        <translation>«&#xa0;%1&#xa0;» appartient à %2, qui ne peut pas être ouvert&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="141"/>
        <source>“%1” has moved; the bookmark now points to its new place</source>
        <translation>«&#xa0;%1&#xa0;» a été déplacé&#xa0;; le signet pointe désormais vers son nouvel emplacement</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="145"/>
        <source>Bookmark target not found</source>
        <translation>Cible du signet introuvable</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="146"/>
        <source>The section “%1” of %2 is no longer there.</source>
        <translation>La section «&#xa0;%1&#xa0;» de %2 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="150"/>
        <source>The closest match is “%1” in %2.</source>
        <translation>La section la plus proche est «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="151"/>
        <source>Go to Closest Match</source>
        <translation>Aller à la plus proche</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="152"/>
        <source>Go There and Update Bookmark</source>
        <translation>Y aller et mettre à jour le signet</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="154"/>
        <source>Nothing similar was found in this tree.</source>
        <translation>Rien d’approchant n’a été trouvé dans cet arbre.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="157"/>
        <source>Open the Page</source>
        <translation>Ouvrir la page</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="30"/>
        <source>Open in New &amp;Tab</source>
        <translation>Ouvrir dans un nouvel &amp;onglet</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="32"/>
        <source>&amp;Bookmark…</source>
        <translation>Ajouter aux &amp;signets…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="35"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="39"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="43"/>
        <source>&amp;Print This Part (%1)…</source>
        <translation>&amp;Imprimer cette partie (%1)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="44"/>
        <source>Print Pre&amp;view of This Part (%1)…</source>
        <translation>A&amp;perçu avant impression de cette partie (%1)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="45"/>
        <source>&amp;Export This Part as PDF (%1)…</source>
        <translation>&amp;Exporter cette partie en PDF (%1)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_contextmenus.cpp" line="66"/>
        <source>Bookmark This Section…</source>
        <translation>Ajouter cette section aux signets…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="24"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="29"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="31"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="33"/>
        <source>&amp;About Docent</source>
        <translation>À &amp;propos de Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="38"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="39"/>
        <source>Open &amp;File…</source>
        <translation>Ouvrir un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="41"/>
        <source>Open F&amp;older…</source>
        <translation>Ouvrir un d&amp;ossier…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="42"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="43"/>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="45"/>
        <source>Reopen &amp;Last Session</source>
        <translation>Rouvrir la &amp;dernière session</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="46"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="47"/>
        <source>The last tree you read, with its tabs and places</source>
        <translation>Le dernier arbre lu, avec ses onglets et les endroits où vous en étiez</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="49"/>
        <source>New &amp;Tab</source>
        <translation>Nouvel &amp;onglet</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="51"/>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="52"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="54"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="62"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="63"/>
        <source>&amp;Find in Page…</source>
        <translation>&amp;Rechercher dans la page…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="66"/>
        <source>Copy &amp;Link to This Section</source>
        <translation>Copier le &amp;lien vers cette section</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="69"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="71"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="72"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="73"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="74"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="76"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="77"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="81"/>
        <source>Docent will use the new language the next time it starts.</source>
        <translation>Docent utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="90"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="91"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="93"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="95"/>
        <source>Go to &amp;Page or Section…</source>
        <translation>Aller à une &amp;page ou une section…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="96"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="98"/>
        <source>General &amp;Index</source>
        <translation>&amp;Index général</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="99"/>
        <source>Python &amp;Module Index</source>
        <translation>Index des &amp;modules Python</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="100"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="113"/>
        <source>No pages visited yet</source>
        <translation>Aucune page visitée pour l’instant</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="140"/>
        <source>No recent trees</source>
        <translation>Aucun arbre récent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="27"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="29"/>
        <source>Print Pre&amp;view…</source>
        <translation>A&amp;perçu avant impression…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="30"/>
        <source>Page Set&amp;up…</source>
        <translation>Mise en pa&amp;ge…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="33"/>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_printing.cpp" line="34"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../src/ui/uilanguage.cpp" line="60"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../src/ui/uilanguage.cpp" line="76"/>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="38"/>
        <source>The search index is not kept for the next start: %1. Search works meanwhile.</source>
        <translation>L’index de recherche n’est pas conservé pour le prochain démarrage : %1. La recherche fonctionne malgré tout.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="47"/>
        <source>&amp;Search the Tree…</source>
        <translation>&amp;Rechercher dans l’arbre…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="53"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="54"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="55"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_search.cpp" line="56"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
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
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <location filename="../src/ui/openfailurenotice.cpp" line="19"/>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/openfailurenotice.cpp" line="28"/>
        <source>%n requests to open a file failed.</source>
        <translation>
            <numerusform>%n demande d’ouverture de fichier a échoué.</numerusform>
            <numerusform>%n demandes d’ouverture de fichier ont échoué.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::OutsideFilesBar</name>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="21"/>
        <source>Allow for this tree</source>
        <translation>Autoriser pour cet arbre</translation>
    </message>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="22"/>
        <source>Let this tree&apos;s pages read the files of this folder from now on; the tree is read again</source>
        <translation>Les pages de cet arbre pourront désormais lire les fichiers de ce dossier&#xa0;; l’arbre est relu</translation>
    </message>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="24"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="25"/>
        <source>Hide this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
    <message>
        <location filename="../src/ui/outsidefilesbar.cpp" line="43"/>
        <source>This page includes files from %1, which lies outside the documentation tree. Docent reads them only if you allow it for this tree.</source>
        <translation>Cette page inclut des fichiers de %1, qui se trouve hors de l’arbre de documentation. Docent ne les lit que si vous l’autorisez pour cet arbre.</translation>
    </message>
</context>
<context>
    <name>Docent::PageView</name>
    <message>
        <location filename="../src/ui/pageview.cpp" line="18"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>Docent::PlanModel</name>
    <message numerus="yes">
        <location filename="../src/ui/planmodel.cpp" line="16"/>
        <source> — %n todo(s)</source>
        <translation>
            <numerusform> — %n tâche</numerusform>
            <numerusform> — %n tâches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::Printing</name>
    <message>
        <location filename="../src/ui/printing.cpp" line="85"/>
        <location filename="../src/ui/printing.cpp" line="98"/>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="86"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="92"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="95"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="96"/>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="99"/>
        <source>%1 could not be written. Is the folder writable?</source>
        <translation>%1 n’a pas pu être écrit. Le dossier est-il accessible en écriture&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="112"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="117"/>
        <source>Sent to the printer</source>
        <translation>Envoyé à l’imprimante</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="117"/>
        <source>Printing failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="140"/>
        <location filename="../src/ui/printing.cpp" line="158"/>
        <source>Still printing; try again in a moment</source>
        <translation>Impression en cours&#xa0;; réessayez dans un instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/printing.cpp" line="166"/>
        <source>Laying out “%1” (%n page(s))…</source>
        <translation>
            <numerusform>Mise en page de «&#xa0;%1&#xa0;» (%n page)…</numerusform>
            <numerusform>Mise en page de «&#xa0;%1&#xa0;» (%n pages)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="170"/>
        <source>The pages could not be laid out for printing</source>
        <translation>Les pages n’ont pas pu être mises en page pour l’impression</translation>
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
        <translation>Aller à une page ou une section</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="23"/>
        <source>Type part of a title or file name</source>
        <translation>Tapez une partie d’un titre ou d’un nom de fichier</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="24"/>
        <source>Search titles</source>
        <translation>Rechercher dans les titres</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="26"/>
        <source>Matching pages and sections</source>
        <translation>Pages et sections correspondantes</translation>
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
        <translation>Rechercher dans l’arbre (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="28"/>
        <source>Search the text of every page</source>
        <translation>Rechercher dans le texte de toutes les pages</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="41"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="145"/>
        <source>Indexing the tree…</source>
        <translation>Indexation de l’arbre…</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="147"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="149"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/searchpanel.cpp" line="151"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::Sidebar</name>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="21"/>
        <source>Sidebar</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="26"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="37"/>
        <location filename="../src/ui/sidebar.cpp" line="47"/>
        <location filename="../src/ui/sidebar.cpp" line="101"/>
        <source>Todos</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="55"/>
        <location filename="../src/ui/sidebar.cpp" line="59"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="68"/>
        <location filename="../src/ui/sidebar.cpp" line="70"/>
        <source>Outline</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="79"/>
        <location filename="../src/ui/sidebar.cpp" line="81"/>
        <location filename="../src/ui/sidebar.cpp" line="112"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="101"/>
        <source>Todos (%1)</source>
        <translation>Tâches (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="112"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
</context>
<context>
    <name>Docent::SingleInstance</name>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="47"/>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="51"/>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="53"/>
        <source>%1 belongs to another user</source>
        <translation>%1 appartient à un autre utilisateur</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="55"/>
        <source>%1 is open to other users</source>
        <translation>%1 est accessible à d’autres utilisateurs</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="110"/>
        <source>no private folder for the single-instance socket: %1</source>
        <translation>pas de dossier privé pour la socket d’instance unique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="129"/>
        <source>the socket %1 belongs to another user</source>
        <translation>la socket %1 appartient à un autre utilisateur</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="139"/>
        <source>the running window closed the connection without an answer</source>
        <translation>la fenêtre ouverte a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="145"/>
        <source>the running window refused the request: %1</source>
        <translation>la fenêtre ouverte a refusé la demande&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/singleinstance.cpp" line="158"/>
        <source>another Docent owns %1</source>
        <translation>un autre Docent possède %1</translation>
    </message>
</context>
<context>
    <name>Docent::TabWidget</name>
    <message>
        <location filename="../src/ui/tabwidget.cpp" line="15"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../src/ui/tabwidget.cpp" line="16"/>
        <location filename="../src/ui/tabwidget.cpp" line="64"/>
        <source>New Tab</source>
        <translation>Nouvel onglet</translation>
    </message>
</context>
<context>
    <name>Docent::TodoModel</name>
    <message>
        <location filename="../src/ui/todomodel.cpp" line="31"/>
        <source>%1

In “%2”, line %3 of %4.rst</source>
        <translation>%1

Dans «&#xa0;%2&#xa0;», ligne %3 de %4.rst</translation>
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
            <numerusform>Le système n’autorise plus de surveillance de fichiers : les modifications de cette arborescence sont vérifiées chaque seconde.</numerusform>
            <numerusform>Le système n’autorise plus de surveillance de fichiers : les modifications de cette arborescence sont vérifiées toutes les %n secondes.</numerusform>
        </translation>
    </message>
</context>
</TS>
