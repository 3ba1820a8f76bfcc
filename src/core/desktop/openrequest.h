// What a second `docent PATH` sends the running window over the single-instance channel: one
// line naming a file (or nothing: just raise the window) and a section of it.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Docent {

struct OpenRequest {
    QString path;     ///< absolute; empty asks the window only to come to the front
    QString fragment; ///< a section anchor, or empty

    /// Decoded limits: a path of PATH_MAX, an anchor far longer than any section id.
    static constexpr qsizetype maxPathChars = 4096;
    static constexpr qsizetype maxFragmentChars = 1024;
    /// The longest line read, without its newline: both limits, every character percent-encoded
    /// as up to four UTF-8 bytes.
    static constexpr qsizetype maxLineBytes = 12 * (maxPathChars + maxFragmentChars) + 64;

    /// {"/doc/a #1.rst", "intro"} -> "file:///doc/a%20%231.rst#intro": ASCII without spaces, so
    /// the line ends at its newline and a '#' in a file name is never taken for the anchor.
    QByteArray encode() const;
    /// The line (without its newline) back into a request; nullopt, with the reason in `error`,
    /// for anything that is not exactly such a line.
    static std::optional<OpenRequest> decode(QByteArrayView line, QString *error = nullptr);
};

} // namespace Docent
