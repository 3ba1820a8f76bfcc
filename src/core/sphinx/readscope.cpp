#include "readscope.h"

#include "docnames.h"
#include "rst/registry.h"

#include <QDir>
#include <QFileInfo>

#include <utility>

namespace Docent {

namespace {

// What the directives of the document being parsed on this thread refused, read and missed: a
// thread parses one document at a time, so these are that document's.
struct ThreadNotes {
    const ReadScope *scope = nullptr;
    QStringList refused;
    QStringList read;
    QStringList missing;
};

thread_local ThreadNotes t_notes;

// This thread's notes for `scope`: those of another scope (a project this thread parsed before)
// are dropped.
ThreadNotes &notesOf(const ReadScope *scope)
{
    if (t_notes.scope != scope)
        t_notes = ThreadNotes{scope, {}, {}, {}};
    return t_notes;
}

} // namespace

ReadScope::~ReadScope()
{
    if (t_notes.scope == this)
        t_notes = {}; // a scope made later at the same address must not find them
}

bool ReadScope::tooWide(const QString &folder)
{
    // The root ("/", "C:/", "//server/share") or a folder right below it ("/home", "C:/Users").
    if (fileSystemRootLength(folder) == 0 || folderParts(folder).size() < 2)
        return true;
    const QString home = QFileInfo(QDir::homePath()).canonicalFilePath();
    return !home.isEmpty() && isWithinFolder(home, folder);
}

ReadScope::ReadScope(const QString &root, const QStringList &allowed) : m_root(root)
{
    if (root.startsWith(u':'))
        return; // the built-in manual: nothing outside it
    m_root = QFileInfo(root).canonicalFilePath();
    m_repository = enclosingRepository(m_root);
    for (const QString &folder : allowed) {
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (!canonical.isEmpty() && QFileInfo(canonical).isDir() && !m_allowed.contains(canonical))
            m_allowed << canonical;
    }
}

QString ReadScope::enclosingRepository(const QString &canonicalDir)
{
    if (canonicalDir.isEmpty() || canonicalDir.startsWith(u':'))
        return {};
    for (QDir d(canonicalDir);;) {
        for (const char *marker : {".git", ".hg", ".svn"}) {
            // .git is a folder, or a file in a worktree or a submodule
            if (QFileInfo::exists(d.filePath(QLatin1String(marker))))
                return tooWide(d.path()) ? QString() : d.path();
        }
        if (!d.cdUp())
            return {};
    }
}

bool ReadScope::allows(const QString &canonicalPath) const
{
    if (m_root.startsWith(u':'))
        return true; // the built-in manual's files are Docent's own
    if (isWithinFolder(canonicalPath, m_root) || isWithinFolder(canonicalPath, m_repository))
        return true;
    for (const QString &folder : m_allowed)
        if (isWithinFolder(canonicalPath, folder))
            return true;
    return false;
}

QString ReadScope::folderToAllow(const QString &canonicalPath) const
{
    if (m_root.isEmpty() || m_root.startsWith(u':'))
        return {};
    const QString folder = commonFolder(m_root, canonicalPath);
    return tooWide(folder) ? QString() : folder;
}

QString ReadScope::commonFolder(const QString &folder, const QString &file)
{
    const QString a = slashPath(folder), b = slashPath(file);
    const qsizetype rootLength = fileSystemRootLength(a);
    // On different drives (or shares) nothing holds both.
    if (rootLength == 0 || a.left(rootLength) != b.left(fileSystemRootLength(b)))
        return {};
    const QStringList folderDirs = folderParts(a), fileParts = folderParts(b);
    qsizetype common = 0;
    while (common < folderDirs.size() && common < fileParts.size() - 1 && folderDirs[common] == fileParts[common])
        ++common;
    return a.left(rootLength) + folderDirs.mid(0, common).join(u'/');
}

void ReadScope::refuse(const QString &what, const QString &shown, const QString &canonicalPath)
{
    const QString folder = folderToAllow(canonicalPath);
    if (folder.isEmpty())
        throw DirectiveError{QStringLiteral("%1 \"%2\" is outside the documentation tree; Docent does not read it")
                                 .arg(what, shown),
                             2};
    if (QStringList &refused = notesOf(this).refused; !refused.contains(folder))
        refused << folder;
    throw DirectiveError{QStringLiteral("%1 \"%2\" is outside the documentation tree%3, in %4: Docent reads files "
                                        "there only when they are allowed for this tree (\"Allow for this tree\" "
                                        "above the page, or --allow-outside %4 on the command line)")
                             .arg(what, shown,
                                  m_repository.isEmpty() ? QString() : QStringLiteral(" and its repository"), folder),
                         2};
}

void ReadScope::check(const QString &what, const QString &shown, const QString &canonicalPath)
{
    if (canonicalPath.isEmpty())
        return;
    if (!allows(canonicalPath))
        refuse(what, shown, canonicalPath);
    if (QStringList &read = notesOf(this).read; !read.contains(canonicalPath))
        read << canonicalPath;
}

void ReadScope::noteMissing(const QString &absolutePath)
{
    if (absolutePath.isEmpty())
        return;
    if (QStringList &missing = notesOf(this).missing; !missing.contains(absolutePath))
        missing << absolutePath;
}

QStringList ReadScope::takeMissingFiles()
{
    return std::exchange(notesOf(this).missing, {});
}

QStringList ReadScope::takeRefusedFolders()
{
    return std::exchange(notesOf(this).refused, {});
}

QStringList ReadScope::takeReadFiles()
{
    return std::exchange(notesOf(this).read, {});
}

} // namespace Docent
