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
        <location filename="../src/ui/application.cpp" line="80"/>
        <location filename="../src/ui/application.cpp" line="158"/>
        <location filename="../src/ui/mainwindow.cpp" line="384"/>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <location filename="../src/ui/application.cpp" line="80"/>
        <source>%1: no such file or folder</source>
        <translation>%1 : fichier ou dossier introuvable</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="109"/>
        <source>Sidebar</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="117"/>
        <source>Time from asking for the page to its being shown</source>
        <translation>Temps entre la demande de la page et son affichage</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="152"/>
        <source>Filter titles</source>
        <translation>Filtrer les titres</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="154"/>
        <source>Filter sections</source>
        <translation>Filtrer les sections</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="157"/>
        <source>No tree open. Open a documentation folder with File ▸ Open Folder… (%1).</source>
        <translation>Aucune arborescence ouverte. Ouvrez un dossier de documentation avec Fichier ▸ Ouvrir un dossier… (%1).</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="162"/>
        <source>No page or section matches “%1”.</source>
        <translation>Aucune page ni section ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="204"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="72"/>
        <source>Docent manual: %1.rst</source>
        <translation>Manuel de Docent&#xa0;: %1.rst</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="74"/>
        <source>%1 (generated by Docent)</source>
        <translation>%1 (générée par Docent)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="81"/>
        <source>Rendered in %1 ms</source>
        <translation>Rendue en %1 ms</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="116"/>
        <source>This section is bookmarked; %1 bookmarks it again</source>
        <translation>Cette section a un signet ; %1 en ajoute un autre</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_chrome.cpp" line="117"/>
        <source>Bookmark the section you are reading (%1)</source>
        <translation>Ajouter un signet à la section que vous lisez (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="369"/>
        <source>Open reStructuredText File</source>
        <translation>Ouvrir un fichier reStructuredText</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="370"/>
        <source>reStructuredText (*.rst *.rest *.txt);;All files (*)</source>
        <translation>reStructuredText (*.rst *.rest *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="377"/>
        <source>Open Documentation Folder</source>
        <translation>Ouvrir un dossier de documentation</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="28"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Signets</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="29"/>
        <source>&amp;Bookmark This Section…</source>
        <translation>Ajouter cette &amp;section aux signets…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="32"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="42"/>
        <source>No bookmarks yet. Press %1 to bookmark the section you are reading.</source>
        <translation>Aucun signet pour l’instant. Appuyez sur %1 pour ajouter un signet à la section que vous lisez.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="45"/>
        <source>Bookmark This &amp;Page…</source>
        <translation>Ajouter cette &amp;page aux signets…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="46"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="47"/>
        <source>&amp;Show All Bookmarks</source>
        <translation>&amp;Afficher tous les signets</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="52"/>
        <source>&amp;Import Bookmarks…</source>
        <translation>&amp;Importer des signets…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="53"/>
        <source>&amp;Export Bookmarks…</source>
        <translation>&amp;Exporter les signets…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="71"/>
        <source>No bookmarks in this tree yet</source>
        <translation>Aucun signet dans cet arbre pour l’instant</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="108"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="125"/>
        <source>Cannot open bookmark</source>
        <translation>Impossible d’ouvrir le signet</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="126"/>
        <source>“%1” belongs to %2, which cannot be opened: %3</source>
        <translation>«&#xa0;%1&#xa0;» appartient à %2, qui ne peut pas être ouvert&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="160"/>
        <source>“%1” has moved; the bookmark now points to its new place</source>
        <translation>«&#xa0;%1&#xa0;» a été déplacé&#xa0;; le signet pointe désormais vers son nouvel emplacement</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="164"/>
        <source>Bookmark target not found</source>
        <translation>Cible du signet introuvable</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="165"/>
        <source>The section “%1” of %2 is no longer there.</source>
        <translation>La section «&#xa0;%1&#xa0;» de %2 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="169"/>
        <source>The closest match is “%1” in %2.</source>
        <translation>La section la plus proche est «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="170"/>
        <source>Go to Closest Match</source>
        <translation>Aller à la plus proche</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="171"/>
        <source>Go There and Update Bookmark</source>
        <translation>Y aller et mettre à jour le signet</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="173"/>
        <source>Nothing similar was found in this tree.</source>
        <translation>Rien d’approchant n’a été trouvé dans cet arbre.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_bookmarks.cpp" line="176"/>
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
        <location filename="../src/ui/mainwindow_menus.cpp" line="26"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="31"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="33"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="35"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="39"/>
        <source>&amp;About Docent</source>
        <translation>À &amp;propos de Docent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="44"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="45"/>
        <source>Open &amp;File…</source>
        <translation>Ouvrir un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="47"/>
        <source>Open F&amp;older…</source>
        <translation>Ouvrir un d&amp;ossier…</translation>
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
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="52"/>
        <source>Reopen &amp;Last Session</source>
        <translation>Rouvrir la &amp;dernière session</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="53"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="64"/>
        <source>Reopen Closed T&amp;ab</source>
        <translation>Rouvrir l’ongl&amp;et fermé</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="68"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="54"/>
        <source>The last tree you read, with its tabs and places</source>
        <translation>Le dernier arbre lu, avec ses onglets et les endroits où vous en étiez</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="56"/>
        <source>New &amp;Tab</source>
        <translation>Nouvel &amp;onglet</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="58"/>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="78"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="79"/>
        <source>&amp;Find in Page…</source>
        <translation>&amp;Rechercher dans la page…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="82"/>
        <source>Copy &amp;Link to This Section</source>
        <translation>Copier le &amp;lien vers cette section</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="85"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="88"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="90"/>
        <source>&amp;Reload Page</source>
        <translation>&amp;Recharger la page</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="96"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="98"/>
        <source>&amp;Full Screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="102"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="104"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="105"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="106"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="108"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="109"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="113"/>
        <source>Docent will use the new language the next time it starts.</source>
        <translation>Docent utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="20"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="21"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="26"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="31"/>
        <source>&amp;Home Page</source>
        <translation>Page d’&amp;accueil</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="35"/>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="36"/>
        <source>The page the tree opens with</source>
        <translation>La page par laquelle l’arborescence s’ouvre</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="40"/>
        <source>Go to &amp;Page or Section…</source>
        <translation>Aller à une &amp;page ou une section…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="41"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="43"/>
        <source>General &amp;Index</source>
        <translation>&amp;Index général</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="44"/>
        <source>Python &amp;Module Index</source>
        <translation>Index des &amp;modules Python</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="65"/>
        <source>Pre&amp;vious Page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="66"/>
        <source>Ctrl+Alt+Left</source>
        <translation>Ctrl+Alt+Left</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="67"/>
        <source>&amp;Next Page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="68"/>
        <source>Ctrl+Alt+Right</source>
        <translation>Ctrl+Alt+Right</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="69"/>
        <source>&amp;Up to Parent Page</source>
        <translation>&amp;Remonter à la page parente</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="70"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="80"/>
        <source>Previous page: %1</source>
        <translation>Page précédente : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="80"/>
        <source>No page before this one in reading order</source>
        <translation>Aucune page avant celle-ci dans l’ordre de lecture</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="81"/>
        <source>Next page: %1</source>
        <translation>Page suivante : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="81"/>
        <source>No page after this one in reading order</source>
        <translation>Aucune page après celle-ci dans l’ordre de lecture</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="82"/>
        <source>Up: %1</source>
        <translation>Niveau supérieur : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="82"/>
        <source>No page lists this one</source>
        <translation>Aucune page ne liste celle-ci</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="91"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_go.cpp" line="106"/>
        <source>No pages visited yet</source>
        <translation>Aucune page visitée pour l’instant</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_menus.cpp" line="128"/>
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
        <location filename="../src/ui/uilanguage.cpp" line="62"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../src/ui/uilanguage.cpp" line="78"/>
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
    <message>
        <location filename="../src/ui/mainwindow_preferences.cpp" line="22"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_preferences.cpp" line="25"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_preferences.cpp" line="31"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_preferences.cpp" line="32"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_problems.cpp" line="36"/>
        <source>Show or hide the Problems panel</source>
        <translation>Afficher ou masquer le panneau des problèmes</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_problems.cpp" line="37"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_problems.cpp" line="63"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_problems.cpp" line="65"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow_problems.cpp" line="67"/>
        <source>%Ln notice(s)</source>
        <translation>
            <numerusform>%Ln remarque</numerusform>
            <numerusform>%Ln remarques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_linkinventories.cpp" line="39"/>
        <source>Links to other projects (%1) need their inventories: allow Docent to fetch them in the preferences, or run “docent intersphinx fetch”.</source>
        <translation>Les liens vers d’autres projets (%1) ont besoin de leurs inventaires : autorisez Docent à les télécharger dans les préférences, ou lancez « docent intersphinx fetch ».</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_linkinventories.cpp" line="57"/>
        <source>Fetching the link inventories of other projects (%1)…</source>
        <translation>Téléchargement des inventaires de liens d’autres projets (%1)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_linkinventories.cpp" line="72"/>
        <source>The link inventories of %1 could not be fetched; references to them stay without links.</source>
        <translation>Les inventaires de liens de %1 n’ont pas pu être téléchargés ; les références vers eux restent sans lien.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_linkinventories.cpp" line="76"/>
        <source>Links to other projects are up to date.</source>
        <translation>Les liens vers d’autres projets sont à jour.</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_open.cpp" line="45"/>
        <location filename="../src/ui/mainwindow_open.cpp" line="196"/>
        <source>Reading the tree: %1%</source>
        <translation>Lecture de l’arbre : %1%</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow_open.cpp" line="196"/>
        <source>Reading again: %1%</source>
        <translation>Nouvelle lecture : %1%</translation>
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
    <name>Docent::PreferencesDialog</name>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="30"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="30"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="30"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="31"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="85"/>
        <location filename="../src/ui/preferencesdialog.cpp" line="91"/>
        <source>Clear Cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="86"/>
        <source>Remove the search indexes kept in %1? They are made again when a tree is opened; bookmarks and settings stay.</source>
        <translation>Supprimer les index de recherche conservés dans %1 ? Ils sont refaits à l’ouverture d’une arborescence ; signets et réglages restent.</translation>
    </message>
    <message>
        <location filename="../src/ui/preferencesdialog.cpp" line="91"/>
        <source>Some of the cache could not be removed.</source>
        <translation>Une partie du cache n’a pas pu être supprimée.</translation>
    </message>
</context>
<context>
    <name>Docent::Printing</name>
    <message>
        <location filename="../src/ui/printing.cpp" line="112"/>
        <location filename="../src/ui/printing.cpp" line="125"/>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="113"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="119"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="122"/>
        <location filename="../src/ui/printing.cpp" line="149"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="123"/>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="126"/>
        <source>%1 could not be written. Is the folder writable?</source>
        <translation>%1 n’a pas pu être écrit. Le dossier est-il accessible en écriture&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="140"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="151"/>
        <source>Sent to the printer</source>
        <translation>Envoyé à l’imprimante</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="147"/>
        <source>Printing failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="161"/>
        <source>Print Preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="169"/>
        <location filename="../src/ui/printing.cpp" line="187"/>
        <source>Still printing; try again in a moment</source>
        <translation>Impression en cours&#xa0;; réessayez dans un instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/printing.cpp" line="195"/>
        <source>Laying out “%1” (%n page(s))…</source>
        <translation>
            <numerusform>Mise en page de «&#xa0;%1&#xa0;» (%n page)…</numerusform>
            <numerusform>Mise en page de «&#xa0;%1&#xa0;» (%n pages)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/printing.cpp" line="99"/>
        <location filename="../src/ui/printing.cpp" line="199"/>
        <source>The pages could not be laid out for printing</source>
        <translation>Les pages n’ont pas pu être mises en page pour l’impression</translation>
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
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/ui/problemmodel.cpp" line="266"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/ui/problemmodel.cpp" line="267"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>Docent::ProblemPanel</name>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="36"/>
        <location filename="../src/ui/problempanel.cpp" line="106"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="46"/>
        <source>Full message</source>
        <translation>Message complet</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="76"/>
        <source>By file</source>
        <translation>Par fichier</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="77"/>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="78"/>
        <source>Group problems</source>
        <translation>Grouper les problèmes</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="84"/>
        <location filename="../src/ui/problempanel.cpp" line="86"/>
        <source>Filter problems</source>
        <translation>Filtrer les problèmes</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="90"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="91"/>
        <source>Copy the selected problems, or all that are shown</source>
        <translation>Copier les problèmes choisis, ou tous ceux affichés</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="106"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="114"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="119"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="120"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="121"/>
        <source>Notices</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="125"/>
        <location filename="../src/ui/problempanel.cpp" line="133"/>
        <source>No problem found in this tree.</source>
        <translation>Aucun problème dans cette arborescence.</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="135"/>
        <source>No problem matches the filter.</source>
        <translation>Aucun problème ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../src/ui/problempanel.cpp" line="137"/>
        <source>Choose a problem to open its page at its line.</source>
        <translation>Choisissez un problème pour ouvrir sa page à sa ligne.</translation>
    </message>
</context>
<context>
    <name>Docent::QuickOpen</name>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="95"/>
        <source>Go to Page or Section</source>
        <translation>Aller à une page ou une section</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="97"/>
        <source>Type part of a title or file name</source>
        <translation>Tapez une partie d’un titre ou d’un nom de fichier</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="98"/>
        <source>Search titles</source>
        <translation>Rechercher dans les titres</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="100"/>
        <source>Matching pages and sections</source>
        <translation>Pages et sections correspondantes</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="206"/>
        <source>Page · </source>
        <translation>Page · </translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="217"/>
        <source>Section of %1</source>
        <translation>Section de %1</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="218"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/quickopen.cpp" line="222"/>
        <source>No page or section matches “%1”</source>
        <translation>Aucune page ni section ne correspond à « %1 »</translation>
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
        <location filename="../src/ui/searchpanel.cpp" line="147"/>
        <source>Indexing the tree…</source>
        <translation>Indexation de l’arbre…</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="149"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../src/ui/searchpanel.cpp" line="151"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/searchpanel.cpp" line="153"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Docent::ShortcutsDialog</name>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="49"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="52"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="52"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="55"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
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
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="28"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="31"/>
        <location filename="../src/ui/sidebar.cpp" line="51"/>
        <location filename="../src/ui/sidebar.cpp" line="61"/>
        <location filename="../src/ui/sidebar.cpp" line="107"/>
        <source>Todos</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="32"/>
        <location filename="../src/ui/sidebar.cpp" line="70"/>
        <location filename="../src/ui/sidebar.cpp" line="74"/>
        <location filename="../src/ui/sidebar.cpp" line="116"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="40"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="40"/>
        <source>%1: none in this tree</source>
        <translation>%1 : aucun dans cette arborescence</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="62"/>
        <source>No todo in this tree. A “.. todo::” note in a page is listed here.</source>
        <translation>Aucun todo dans cette arborescence. Une note « .. todo:: » dans une page apparaît ici.</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="75"/>
        <source>No plans in this tree. Sections titled like “Roadmap” or “Future plans”, and pages in a specs folder, are listed here.</source>
        <translation>Aucun plan dans cette arborescence. Les sections intitulées comme « Roadmap » ou « Future plans », et les pages d’un dossier specs, apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="85"/>
        <location filename="../src/ui/sidebar.cpp" line="87"/>
        <source>Outline</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="88"/>
        <location filename="../src/ui/sidebar.cpp" line="145"/>
        <source>Open a page to see its sections here.</source>
        <translation>Ouvrez une page pour voir ses sections ici.</translation>
    </message>
    <message>
        <location filename="../src/ui/sidebar.cpp" line="145"/>
        <source>“%1” has no sections.</source>
        <translation>« %1 » n’a pas de sections.</translation>
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
        <location filename="../src/ui/tabwidget.cpp" line="17"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../src/ui/tabwidget.cpp" line="18"/>
        <location filename="../src/ui/tabwidget.cpp" line="66"/>
        <location filename="../src/ui/tabwidget.cpp" line="97"/>
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
        <location filename="../src/ui/treewatcher.cpp" line="121"/>
        <source>The system allows no more file watches: changes to this tree are checked every %n second(s).</source>
        <translation>
            <numerusform>Le système n’autorise plus de surveillance de fichiers : les modifications de cette arborescence sont vérifiées chaque seconde.</numerusform>
            <numerusform>Le système n’autorise plus de surveillance de fichiers : les modifications de cette arborescence sont vérifiées toutes les %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="6"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="18"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="31"/>
        <source>Page &amp;font size:</source>
        <translation>&amp;Taille du texte des pages :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="41"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="57"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="70"/>
        <source>A new language takes effect the next time Docent starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Docent.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="83"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="89"/>
        <source>Fetch &amp;link inventories of other projects (intersphinx) from the network</source>
        <translation>Télécharger les inventaires de &amp;liens d’autres projets (intersphinx)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="96"/>
        <source>Off: links into other projects&apos; documentation are shown as text, and nothing is sent anywhere.</source>
        <translation>Désactivé : les liens vers la documentation d’autres projets s’affichent en texte, et rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="109"/>
        <source>Where data is kept</source>
        <translation>Où les données sont conservées</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="115"/>
        <source>Cache (search indexes):</source>
        <translation>Cache (index de recherche) :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="129"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="136"/>
        <source>&amp;Clear Cache…</source>
        <translation>&amp;Vider le cache…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="143"/>
        <source>Data (bookmarks):</source>
        <translation>Données (signets) :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="157"/>
        <source>O&amp;pen</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="164"/>
        <source>Settings:</source>
        <translation>Réglages :</translation>
    </message>
</context>
</TS>
