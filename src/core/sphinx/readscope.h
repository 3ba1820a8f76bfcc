// Which files a tree's directives may read (include, literalinclude, csv-table's and raw's :file:):
// those of the tree, those of the repository the tree belongs to (the nearest folder at or above
// its root holding .git, .hg or .svn), and those of the folders the reader allowed for it. Paths
// are compared canonical, links resolved first: a link in the repository that points out of it
// leads outside. What is refused is noted, so that the window can offer to allow its folder.
// The notes are kept per thread, so that documents may be parsed on several threads at once.
#pragma once

#include <QString>
#include <QStringList>

namespace Docent {

class ReadScope final
{
public:
    /// `root` is the tree's root (a real path, or ":/..." for the built-in manual, which reads
    /// nothing outside); `allowed` the folders outside it the reader allowed.
    ReadScope(const QString &root, const QStringList &allowed);

    /// The repository of the tree, or empty. A repository at the file system's root, at a
    /// top-level folder or at the home folder or above (a versioned home) is not taken as the
    /// tree's project: it would let a tree read the whole home folder.
    const QString &repository() const { return m_repository; }
    /// The allowed folders that exist, canonical.
    const QStringList &allowed() const { return m_allowed; }

    /// Whether the file at `canonicalPath` (links resolved) may be read.
    bool allows(const QString &canonicalPath) const;
    /// The folder a reader would allow to read `canonicalPath`: the nearest one holding both it
    /// and the tree. Empty when that folder is too wide to offer (the file system's root, a
    /// top-level folder, the home folder or above).
    QString folderToAllow(const QString &canonicalPath) const;

    /// Refuses the file: notes its folder (when one can be offered) and throws the directive's
    /// error, which names the folder and how to allow it. `what` is how the message names the
    /// file ("File", "Include file"), `shown` how the directive wrote it.
    [[noreturn]] void refuse(const QString &what, const QString &shown, const QString &canonicalPath);
    /// Checks a file a directive is about to read; refuses it (throws) when it lies outside.
    /// A file let through is noted as read (takeReadFiles).
    void check(const QString &what, const QString &shown, const QString &canonicalPath);

    /// Notes a file a directive asked for and did not find (absolute, cleaned): the page is read
    /// again when it appears.
    void noteMissing(const QString &absolutePath);
    /// The files noted missing on this thread since the last call, each once.
    QStringList takeMissingFiles();
    /// The folders refused on this thread since the last call, each once, in the order first refused.
    QStringList takeRefusedFolders();
    /// The files checked and let through on this thread since the last call, each once, canonical:
    /// what a page read besides its own file, so that a cache of it can tell when it is out of date.
    QStringList takeReadFiles();
    ~ReadScope();
    ReadScope(const ReadScope &) = delete;
    ReadScope &operator=(const ReadScope &) = delete;

    /// The nearest folder at or above `canonicalDir` holding .git, .hg or .svn, unless too wide
    /// (see repository()); empty when none.
    static QString enclosingRepository(const QString &canonicalDir);
    /// Whether `folder` is too wide to be a tree's repository or to be offered: the file
    /// system's root, a top-level folder (/home, /etc, /tmp), the home folder or one above it.
    static bool tooWide(const QString &folder);
    /// The nearest folder holding both `folder` and the file at `file` ("/a/b", "/a/c/x.rst" ->
    /// "/a"; "C:/a/b", "C:/a/x.rst" -> "C:/a"); the file system root when they share only that,
    /// empty when they lie on different drives. Windows paths may come with backslashes.
    static QString commonFolder(const QString &folder, const QString &file);

private:
    QString m_root;
    QString m_repository;
    QStringList m_allowed;
};

} // namespace Docent
