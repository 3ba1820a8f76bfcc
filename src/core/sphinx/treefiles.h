// Where a tree's documents are and how one is read: the root (the nearest folder with conf.py),
// which files are documents (conf.py's source_suffix and exclude_patterns; _build and hidden
// folders never), and the reading rules every page obeys (size limit, binary refused, UTF-8 with a
// Latin-1 fallback, links out of the tree refused). No parsing: Project does that.
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace Docent {

struct ConfFacts;

namespace TreeFiles {

/// Reads a text file for parsing; refuses binary, huge or missing files with a message.
std::optional<QString> readText(const QString &path, QString *error);
/// readText for a page of the tree rooted at `root` (a real path): refuses a file whose real
/// path, links resolved, lies outside the root.
std::optional<QString> readPage(const QString &root, const QString &path, QString *error);

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
