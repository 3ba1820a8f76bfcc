// The line list of docutils' outermost state machine, as included files grow it.
//
// docutils keeps one list of input lines for the whole document. An include directive inserts the
// included file's lines into it, after the directive, between two padding lines (one numbered 0
// and one numbered one past the last inserted line). Each entry remembers its own file's line number. Some
// docutils messages name a line by its position in that list although they computed a line
// number of one file ("No directive entry" takes the line of the directive in its own file), so
// the number they show is that of whatever entry stands at that position: after an include it
// belongs to another file, or is a padding line. This class answers "which line number does
// position N show" for the list as it stands at that moment of the parse.
//
// The parse moves forward through the list and every insertion happens at the line it has just
// reached, so the list is kept as a fixed prefix (segments, searched by bisection) followed by the
// unread rest of each file still being read, innermost first.
#pragma once

#include <optional>
#include <vector>

namespace Docent {

class RootLines final
{
public:
    /// Starts over with a document of `lineCount` lines.
    void reset(int lineCount);
    /// An included file of `lineCount` lines is inserted after line `afterLine` of the file being read.
    void beginInclude(int afterLine, int lineCount);
    /// The innermost included file has been read.
    void endInclude();
    /// The line number shown for 1-based position `position`; nullopt where docutils shows none.
    std::optional<int> lineAt(long long position) const;

private:
    struct Segment {
        long long start; ///< 0-based position of the first entry
        int firstLine;   ///< line number of the first entry; the following entries count up
        int count;
    };
    struct OpenFile {
        int lineCount;
        int nextLine; ///< first line not yet moved to the prefix
    };
    void flush(OpenFile &file, int throughLine);
    void push(int firstLine, int count);

    std::vector<Segment> m_prefix;
    long long m_prefixSize = 0;
    std::vector<OpenFile> m_open; ///< the document first, the innermost included file last
};

} // namespace Docent
