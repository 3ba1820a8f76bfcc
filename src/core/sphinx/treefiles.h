// Where a tree's documents are and how one is read: the root (the nearest folder with conf.py),
// which files are documents (conf.py's source_suffix and exclude_patterns; _build and hidden
// folders never), and the reading rules every page obeys (size limit, binary refused, UTF-8 with a
// Latin-1 fallback, links out of the tree refused). No parsing: Project does that.
#pragma once

#include <QHash>
#include <QString>

#include <mutex>
#include <optional>
#include <vector>

namespace Docent {

struct ConfFacts;

namespace TreeFiles {

/// Reads a text file for parsing; refuses binary, huge or missing files with a message.
std::optional<QString> readText(const QString &path, QString *error);
/// The real paths of a tree's pages, each folder's resolved once however many pages it holds:
/// resolving every page's path link by link was six system calls a page, a third of the time
/// reading a big tree's files took. For one reading of a tree: a link made later is not seen.
/// Safe to share between threads.
class RealFolders
{
public:
    /// `path`'s real path (empty when there is no such file): its folder's with its name, unless
    /// the file is a link itself.
    QString realPath(const QString &path);

private:
    std::mutex m_mutex;
    QHash<QString, QString> m_real; ///< folder -> its real path
};

/// readText for a page of the tree rooted at `root` (a real path): refuses a file whose real
/// path, links resolved, lies outside the root. `folders`, when given, resolves its folder.
std::optional<QString> readPage(const QString &root, const QString &path, QString *error, RealFolders *folders = nullptr);

/// The nearest folder at or above `dir` holding conf.py, or `dir` itself when none does. Real
/// paths, except for the built-in manual (":/..."), whose paths are only cleaned.
QString findRoot(const QString &dir, bool isResource);

/// Whether `folder` holds so many files and folders that it cannot be a documentation folder (a
/// home folder, say): a file opened there is a project of one document.
bool tooBigForATree(const QString &folder);

struct SourceFile {
    QString docname; ///< "reference/index"
    QString path;    ///< absolute
};
/// The tree's documents, sorted by path: files with one of conf.py's reStructuredText suffixes,
/// less those excluded.
std::vector<SourceFile> documentFiles(const QString &root, const ConfFacts &conf);

} // namespace TreeFiles
} // namespace Docent
