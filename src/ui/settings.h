// Every setting Docent keeps between runs, typed, with its key and default in one place
// (settings.cpp). The storage is QSettings under the application's organisation and name.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Docent::Settings {

/// The pages' zoom factor, shared by every tab.
qreal zoom();
void setZoom(qreal factor);

/// The language of the window chosen in View > Language ("de", "fr" ...); empty: the system's.
QString language();
void setLanguage(const QString &code);

/// The colours of the window and the pages: "system" (the desktop's), "light" or "dark".
QString theme();
void setTheme(const QString &theme);
/// The pages' base font size in CSS pixels (16 unless the reader chose another).
int pageFontSize();
void setPageFontSize(int pixels);

/// Whether the window may fetch the inventories (objects.inv) of the other projects a tree's
/// conf.py names (intersphinx), so that references to them become links; off by default.
bool fetchLinkInventories();
void setFetchLinkInventories(bool on);

/// The window's size and place, and its toolbars' and docks' layout (QMainWindow's blobs).
QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);
QByteArray windowState();
void setWindowState(const QByteArray &state);
/// Which tab of the sidebar was shown.
int sidebarTab();
void setSidebarTab(int index);

/// Words that make a section a list of plans, and folders that hold one plan a page (specs/).
QStringList planWords();
void setPlanWords(const QStringList &words);
QStringList planFolders();

/// The tree read last (File > Reopen Last Session) and the paths opened lately, newest first.
QString lastTree();
void setLastTree(const QString &root);
QStringList recentPaths();
/// Puts `path` first in the recent paths, which keep the ten newest.
void addRecentPath(const QString &path);

/// One open tab of a tree's session: its page and how far it was scrolled.
struct SessionTab {
    QUrl url;
    int scrollY = 0;
};
/// The tabs that were open on the tree at `root`, and which was current; none when it has no
/// session saved.
QList<SessionTab> sessionTabs(const QString &root, int *current);
void setSessionTabs(const QString &root, const QList<SessionTab> &tabs, int current);
/// Forgets the sessions of every tree.
void clearSessions();

/// The folders outside its repository that the tree at `root` may read files of (include,
/// literalinclude, csv-table and raw :file:), as the reader allowed them on its pages.
QStringList allowedOutside(const QString &root);
/// Lets the tree at `root` read the files of `folder` from now on.
void allowOutside(const QString &root, const QString &folder);

} // namespace Docent::Settings
