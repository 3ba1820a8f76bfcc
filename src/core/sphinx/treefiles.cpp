#include "treefiles.h"

#include "conffacts.h"
#include "docnames.h"
#include "rst/parselimits.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Docent::TreeFiles {
namespace {

// How many files and folders a file's own folder may hold to be read as its tree.
constexpr int kLoneFolderBudget = 5000;

bool excluded(const QString &relative, const QStringList &patterns)
{
    for (const QString &p : patterns) {
        const auto re = QRegularExpression::fromWildcard(p, Qt::CaseSensitive, QRegularExpression::UnanchoredWildcardConversion);
        if (QRegularExpression(QRegularExpression::anchoredPattern(re.pattern())).match(relative).hasMatch() ||
            relative.startsWith(p + u'/'))
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> readText(const QString &path, QString *error)
{
    QFile f(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = QStringLiteral("%1: no such file or folder").arg(path);
        return std::nullopt;
    }
    if (info.size() > kMaxSourceBytes) {
        if (error)
            *error = QStringLiteral("%1: too large to open (%2 MB; the limit is %3 MB)")
                         .arg(path)
                         .arg(info.size() / (1024 * 1024))
                         .arg(kMaxSourceBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot be read (%2)").arg(path, f.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = f.readAll();
    if (bytes.contains('\0')) {
        if (error)
            *error = QStringLiteral("%1: is a binary file, not reStructuredText").arg(path);
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Old trees are sometimes Latin-1; read them rather than refuse them.
        text = QString::fromLatin1(bytes);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QString RealFolders::realPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return info.canonicalFilePath();
    if (!info.exists())
        return {};
    const QString folder = info.path();
    {
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_real.constFind(folder); it != m_real.cend())
            return it->isEmpty() ? QString() : *it + u'/' + info.fileName();
    }
    const QString real = QFileInfo(folder).canonicalFilePath();
    const std::lock_guard lock(m_mutex);
    m_real.insert(folder, real);
    return real.isEmpty() ? QString() : real + u'/' + info.fileName();
}

std::optional<QString> readPage(const QString &root, const QString &path, QString *error, RealFolders *folders)
{
    // A page that is a link (or lies under a linked folder) is read only where it really lies
    // inside the tree: a hostile tree's "passwd.rst -> /etc/passwd" is not shown. The same rule
    // as for included files; the built-in manual (":/...") has no links.
    if (!root.startsWith(u':')) {
        const QString real = folders ? folders->realPath(path) : QFileInfo(path).canonicalFilePath();
        if (!real.isEmpty() && !isWithinFolder(real, root)) {
            if (error)
                *error = QStringLiteral("%1: is a link to %2, outside the documentation tree %3; Docent does not "
                                        "read it (open %2 itself to read it)")
                             .arg(path, real, root);
            return std::nullopt;
        }
    }
    return readText(path, error);
}

QString findRoot(const QString &dir, bool isResource)
{
    for (QDir d(dir);;) {
        if (d.exists(QStringLiteral("conf.py")))
            return isResource ? QDir::cleanPath(d.path()) : d.canonicalPath();
        if (!d.cdUp())
            return dir;
    }
}

bool tooBigForATree(const QString &folder)
{
    int entries = 0;
    QDirIterator scan(folder, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (scan.hasNext() && entries <= kLoneFolderBudget) {
        scan.next();
        ++entries;
    }
    return entries > kLoneFolderBudget;
}

std::vector<SourceFile> documentFiles(const QString &root, const ConfFacts &conf)
{
    // conf.py's source_suffix decides which files are documents (".rst" by default; only
    // reStructuredText ones: a ".md" suffix needs a parser Docent does not have).
    QStringList patterns;
    for (const QString &suffix : conf.sourceSuffixes)
        if (suffix.startsWith(u'.') && suffix != u".md")
            patterns << u'*' + suffix;
    if (patterns.isEmpty())
        patterns << QStringLiteral("*.rst");
    QDirIterator it(root, patterns, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    const QDir rootDir(root);
    std::vector<SourceFile> files;
    for (const QString &path : std::as_const(paths)) {
        const QString rel = rootDir.relativeFilePath(path);
        if (rel.startsWith(QStringLiteral("_build/")) || rel.startsWith(u'.') || rel.contains(QStringLiteral("/.")) ||
            excluded(rel, conf.excludePatterns))
            continue;
        QString docname = rel;
        for (const QString &suffix : conf.sourceSuffixes)
            if (docname.endsWith(suffix)) {
                docname.chop(suffix.size());
                break;
            }
        files.push_back({cleanDocname(docname), path});
    }
    return files;
}

} // namespace Docent::TreeFiles
