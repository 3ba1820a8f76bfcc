// The inventories of the other projects conf.py's intersphinx_mapping names, as far as they are
// on this computer: a local objects.inv the mapping names (read within the tree's read scope),
// or one the application fetched into Docent's cache folder. Nothing here touches the network:
// fetching is the application's (src/net), and only when the user allows it.
#pragma once

#include "conffacts.h"
#include "linkinventory.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Docent {

class ReadScope;

class LinkInventories final
{
public:
    /// One project of the mapping and what was found for it.
    struct OtherProject {
        IntersphinxProject mapping;
        std::shared_ptr<const LinkInventory> inventory; ///< null when none could be read
        QString origin;   ///< the file read (a local path or the cache file)
        QDateTime date;   ///< when a cached inventory was fetched; invalid for a local file
        QString problem;  ///< why there is no inventory ("not fetched yet", "damaged: ...")
    };
    /// An inventory the application may fetch for the tree: its project and URL.
    struct Download {
        QString project;
        QString url;
        bool operator==(const Download &) const = default;
    };

    /// Reads what is on this computer for each project of `conf`'s mapping.
    void load(const QString &root, const ConfFacts &conf, const ReadScope &scope);
    const QList<OtherProject> &projects() const { return m_projects; }
    const OtherProject *project(const QString &name) const;
    /// The projects without an inventory, by name.
    QStringList missing() const;

    /// Where the inventory at `location` of `p` is: a URL, or a local path relative to `root`;
    /// an empty location is conf.py's None, the project's own "objects.inv".
    static QString locationOf(const IntersphinxProject &p, const QString &location, const QString &root);
    static bool isUrl(const QString &location);
    /// The URLs to fetch for `conf`'s projects that have no local inventory: those not cached,
    /// or (with maxAgeDays >= 0) cached longer ago than that.
    static QList<Download> downloads(const QString &root, const ConfFacts &conf, const ReadScope &scope,
                                     int maxAgeDays);

    /// Docent's folder of fetched inventories (below the user's cache folder).
    static QString cacheFolder();
    /// The cached copy of `url`: <cache>/intersphinx/<sha1 of url>.inv, its fetch date beside it
    /// in the .date file.
    static QString cachePath(const QString &url);
    static QDateTime cacheDate(const QString &url);
    /// Keeps what was fetched from `url` when it reads as an inventory; false and why otherwise.
    static bool store(const QString &url, const QByteArray &data, QString *error);

private:
    QList<OtherProject> m_projects;
};

} // namespace Docent
