#include "settings.h"

#include "navigation/navigationtree.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QVariantMap>

namespace Docent::Settings {
namespace {

// The keys as written by every release so far: renaming one would lose the reader's setting.
const QString kZoom = QStringLiteral("view/zoom");
const QString kLanguage = QStringLiteral("view/language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSidebarTab = QStringLiteral("window/sidebarTab");
const QString kPlanWords = QStringLiteral("plans/words");
const QString kPlanFolders = QStringLiteral("plans/folders");
const QString kLastTree = QStringLiteral("session/lastTree");
const QString kRecent = QStringLiteral("session/recent");
const QString kSessions = QStringLiteral("sessions");
const QString kOutside = QStringLiteral("outside");
const QString kFetchLinkInventories = QStringLiteral("network/fetchLinkInventories");
constexpr qsizetype kRecentKept = 10;

// What is kept for a tree (its session, its allowed folders) is stored under a hash of its root: a
// path is no good as a key.
QString treeGroup(const QString &section, const QString &root)
{
    return section + u'/' +
           QString::fromLatin1(QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString sessionGroup(const QString &root) { return treeGroup(kSessions, root); }

} // namespace

qreal zoom() { return QSettings().value(kZoom, 1.0).toReal(); }
void setZoom(qreal factor) { QSettings().setValue(kZoom, factor); }

QString language() { return QSettings().value(kLanguage).toString(); }
void setLanguage(const QString &code) { QSettings().setValue(kLanguage, code); }

QByteArray windowGeometry() { return QSettings().value(kGeometry).toByteArray(); }
void setWindowGeometry(const QByteArray &geometry) { QSettings().setValue(kGeometry, geometry); }
QByteArray windowState() { return QSettings().value(kState).toByteArray(); }
void setWindowState(const QByteArray &state) { QSettings().setValue(kState, state); }
int sidebarTab() { return QSettings().value(kSidebarTab, 0).toInt(); }
void setSidebarTab(int index) { QSettings().setValue(kSidebarTab, index); }

QStringList planWords() { return QSettings().value(kPlanWords, defaultPlanWords()).toStringList(); }
void setPlanWords(const QStringList &words) { QSettings().setValue(kPlanWords, words); }
QStringList planFolders() { return QSettings().value(kPlanFolders, defaultPlanFolders()).toStringList(); }

QString lastTree() { return QSettings().value(kLastTree).toString(); }
void setLastTree(const QString &root) { QSettings().setValue(kLastTree, root); }
QStringList recentPaths() { return QSettings().value(kRecent).toStringList(); }

void addRecentPath(const QString &path)
{
    QStringList recent = recentPaths();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(kRecent, recent.mid(0, kRecentKept));
}

QList<SessionTab> sessionTabs(const QString &root, int *current)
{
    QSettings settings;
    settings.beginGroup(sessionGroup(root));
    // Two roots may share a hash: the stored root tells whose session it is.
    if (settings.value(QStringLiteral("root")).toString() != root)
        return {};
    QList<SessionTab> tabs;
    for (const QVariant &t : settings.value(QStringLiteral("tabs")).toList()) {
        const QVariantMap tab = t.toMap();
        tabs.append({tab.value(QStringLiteral("url")).toUrl(), tab.value(QStringLiteral("scrollY")).toInt()});
    }
    *current = settings.value(QStringLiteral("current")).toInt();
    return tabs;
}

void setSessionTabs(const QString &root, const QList<SessionTab> &tabs, int current)
{
    QVariantList list;
    for (const SessionTab &tab : tabs)
        list.append(QVariantMap{{QStringLiteral("url"), tab.url}, {QStringLiteral("scrollY"), tab.scrollY}});
    QSettings settings;
    settings.beginGroup(sessionGroup(root));
    settings.setValue(QStringLiteral("root"), root);
    settings.setValue(QStringLiteral("tabs"), list);
    settings.setValue(QStringLiteral("current"), current);
}

void clearSessions() { QSettings().remove(kSessions); }

QStringList allowedOutside(const QString &root)
{
    QSettings settings;
    settings.beginGroup(treeGroup(kOutside, root));
    // Two roots may share a hash: the stored root tells whose folders they are.
    if (settings.value(QStringLiteral("root")).toString() != root)
        return {};
    return settings.value(QStringLiteral("folders")).toStringList();
}

void allowOutside(const QString &root, const QString &folder)
{
    QStringList folders = allowedOutside(root);
    if (folders.contains(folder))
        return;
    folders << folder;
    QSettings settings;
    settings.beginGroup(treeGroup(kOutside, root));
    settings.setValue(QStringLiteral("root"), root);
    settings.setValue(QStringLiteral("folders"), folders);
}

bool fetchLinkInventories() { return QSettings().value(kFetchLinkInventories, false).toBool(); }
void setFetchLinkInventories(bool on) { QSettings().setValue(kFetchLinkInventories, on); }

} // namespace Docent::Settings
