#include "fetchcommand.h"

#include "cli/commandline.h"
#include "inventoryfetcher.h"
#include "sphinx/conffacts.h"
#include "sphinx/readscope.h"
#include "sphinx/treefiles.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

namespace Docent {

int runIntersphinxFetch(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    const QFileInfo info(command.path);
    if (!info.exists()) {
        err << "docent: " << command.path << ": no such file or folder\n";
        return 2;
    }
    const QString root = TreeFiles::findRoot(info.isDir() ? info.absoluteFilePath() : info.absolutePath(), false);
    const QString confPy = root + QStringLiteral("/conf.py");
    if (!QFileInfo::exists(confPy)) {
        err << "docent: " << command.path << ": no conf.py in it or above it: not a Sphinx tree\n";
        return 2;
    }
    const ConfFacts conf = ConfFacts::read(confPy);
    if (conf.intersphinxMapping.isEmpty()) {
        out << QDir::toNativeSeparators(confPy) << ": names no other projects (intersphinx_mapping)\n";
        return 0;
    }
    const ReadScope scope(root, command.allowedOutside);
    // Asked for by name: every inventory on the web is fetched again, whatever its age.
    const QList<LinkInventories::Download> downloads = LinkInventories::downloads(root, conf, scope, 0);
    InventoryFetcher fetcher;
    QEventLoop loop;
    QObject::connect(&fetcher, &InventoryFetcher::fetched, [&](const QString &project, const QString &url) {
        out << project << ": fetched " << url << '\n';
    });
    QObject::connect(&fetcher, &InventoryFetcher::failed, [&](const QString &project, const QString &url, const QString &why) {
        err << "docent: " << project << ": cannot fetch " << url << ": " << why << '\n';
    });
    QObject::connect(&fetcher, &InventoryFetcher::finished, &loop, &QEventLoop::quit);
    if (!downloads.isEmpty()) {
        fetcher.fetch(downloads);
        loop.exec();
    }
    LinkInventories inventories;
    inventories.load(root, conf, scope);
    int status = 0;
    for (const LinkInventories::OtherProject &p : inventories.projects()) {
        if (!p.inventory) {
            err << "docent: " << p.mapping.name << ": no inventory: " << p.problem << '\n';
            status = 1;
        } else if (!p.date.isValid()) {
            out << p.mapping.name << ": " << p.inventory->size() << " entries in " << QDir::toNativeSeparators(p.origin)
                << " (local)\n";
        } else {
            out << p.mapping.name << ": " << p.inventory->size() << " entries, fetched "
                << p.date.toLocalTime().toString(Qt::ISODate) << '\n';
        }
    }
    return status;
}

} // namespace Docent
