#include "linkinventories.h"

#include "readscope.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Docent {
namespace {

// A local inventory the tree may read: it exists and lies within the tree's read scope.
QString readableLocal(const QString &path, const ReadScope &scope, QString *problem)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty()) {
        *problem = QStringLiteral("%1 does not exist").arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (!scope.allows(canonical)) {
        *problem = QStringLiteral("%1 is outside the folders the tree may read").arg(QDir::toNativeSeparators(path));
        return {};
    }
    return canonical;
}

} // namespace

bool LinkInventories::isUrl(const QString &location)
{
    return location.contains(QStringLiteral("://"));
}

QString LinkInventories::locationOf(const IntersphinxProject &p, const QString &location, const QString &root)
{
    QString where = location.isEmpty() ? p.uri : location;
    if (location.isEmpty())
        where = (where.endsWith(u'/') ? where : where + u'/') + QStringLiteral("objects.inv");
    if (isUrl(where))
        return where;
    return QDir::cleanPath(QDir(root).absoluteFilePath(where));
}

void LinkInventories::load(const QString &root, const ConfFacts &conf, const ReadScope &scope)
{
    m_projects.clear();
    for (const IntersphinxProject &mapping : conf.intersphinxMapping) {
        OtherProject p{mapping, nullptr, {}, {}, QStringLiteral("its inventory is not fetched")};
        QStringList problems;
        for (const QString &location : mapping.inventories) {
            const QString where = locationOf(mapping, location, root);
            QString problem, path = where;
            if (isUrl(where))
                path = QFileInfo::exists(cachePath(where)) ? cachePath(where) : QString();
            else
                path = readableLocal(where, scope, &problem);
            if (path.isEmpty()) {
                if (!problem.isEmpty())
                    problems << problem;
                continue;
            }
            std::optional<LinkInventory> inventory = LinkInventory::read(path, &problem);
            if (!inventory) {
                problems << QStringLiteral("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), problem);
                continue;
            }
            p.inventory = std::make_shared<const LinkInventory>(std::move(*inventory));
            p.origin = path;
            p.date = isUrl(where) ? cacheDate(where) : QDateTime();
            p.problem.clear();
            break;
        }
        if (!p.inventory && !problems.isEmpty())
            p.problem = problems.join(QStringLiteral("; "));
        m_projects.append(p);
    }
}

const LinkInventories::OtherProject *LinkInventories::project(const QString &name) const
{
    for (const OtherProject &p : m_projects)
        if (p.mapping.name == name)
            return &p;
    return nullptr;
}

QStringList LinkInventories::missing() const
{
    QStringList out;
    for (const OtherProject &p : m_projects)
        if (!p.inventory)
            out << p.mapping.name;
    return out;
}

QList<LinkInventories::Download> LinkInventories::downloads(const QString &root, const ConfFacts &conf,
                                                            const ReadScope &scope, int maxAgeDays)
{
    QList<Download> out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const IntersphinxProject &mapping : conf.intersphinxMapping) {
        QList<Download> urls;
        bool haveLocal = false;
        for (const QString &location : mapping.inventories) {
            const QString where = locationOf(mapping, location, root);
            QString problem;
            if (!isUrl(where))
                haveLocal = haveLocal || !readableLocal(where, scope, &problem).isEmpty();
            else if (!urls.contains(Download{mapping.name, where}))
                urls.append({mapping.name, where});
        }
        if (haveLocal)
            continue;
        for (const Download &d : std::as_const(urls)) {
            const QDateTime date = cacheDate(d.url);
            if (!date.isValid() || !QFileInfo::exists(cachePath(d.url)) ||
                (maxAgeDays >= 0 && date.daysTo(now) >= maxAgeDays))
                out.append(d);
        }
    }
    return out;
}

QString LinkInventories::cacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/intersphinx");
}

QString LinkInventories::cachePath(const QString &url)
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex();
    return cacheFolder() + u'/' + QString::fromLatin1(hash) + QStringLiteral(".inv");
}

QDateTime LinkInventories::cacheDate(const QString &url)
{
    QFile f(cachePath(url).chopped(4) + QStringLiteral(".date"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QDateTime::fromString(QString::fromUtf8(f.readLine(64)).trimmed(), Qt::ISODate);
}

bool LinkInventories::store(const QString &url, const QByteArray &data, QString *error)
{
    if (!LinkInventory::parse(data, error))
        return false;
    if (!QDir().mkpath(cacheFolder())) {
        *error = QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(cacheFolder()));
        return false;
    }
    const QString path = cachePath(url);
    const QByteArray stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n' + url.toUtf8() + '\n';
    for (const auto &[file, bytes] : {std::pair{path, data}, std::pair{path.chopped(4) + QStringLiteral(".date"), stamp}}) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
            return false;
        }
    }
    return true;
}

} // namespace Docent
