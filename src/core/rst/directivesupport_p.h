// What the directive implementations share: splitting a directive block, docutils' option value
// conversions, "pending" nodes, and reading the files directives name.
#pragma once

#include "registry.h"

#include <functional>
#include <limits>
#include <utility>
#include <vector>

namespace Docent {

/// A directive block taken apart: arguments, options (a null value: the option was given no value)
/// and content.
struct DirectiveParts {
    QStringList arguments;
    QHash<QString, QString> options;
    Block content;
    int contentLine = 0;
};

/// Splits a directive block (its first line is the text after "::") into arguments, options and
/// content as `spec` asks, converting the options of the kinds OptionKind names.
/// Returns the reason the block is invalid, or an empty string.
QString splitDirectiveBlock(const Block &block, int line, const DirectiveSpec &spec, DirectiveParts &out);

/// A field marker ":name: " at the start of `text`: the column after it (and its spaces), or -1.
/// `name` receives the name as written (escapes intact).
int fieldMarkerEnd(QStringView text, QString *name = nullptr);

/// Splits at whitespace like Python's str.split(None, maxSplit).
QStringList splitWhitespace(const QString &text, int maxSplit = -1);

/// docutils' option conversions; they throw DirectiveError describing the bad value.
namespace DirectiveOptions {
QString lengthOrUnitless(const QString &option, const QString &value);
QString lengthOrPercentageOrUnitless(const QString &option, const QString &value, const QString &defaultUnit = {});
/// Python's int(); `minimum` rejects smaller values.
int integer(const QString &option, const QString &value, int minimum = std::numeric_limits<int>::min());
/// "50 %" or "50" -> "50"
QString percentage(const QString &option, const QString &value);
QString choice(const QString &option, const QString &value, const QStringList &values);
/// A URI argument: unescaped whitespace dropped, escaped whitespace kept, escapes removed.
QString uri(const QString &value);
/// Replaces an Unchanged option by its conversion, when present.
void convert(DirectiveCall &call, const QString &option, const std::function<QString(const QString &)> &f);
} // namespace DirectiveOptions

/// Python's repr() of a string, for the details of a pending node.
QString pythonRepr(const QString &text);
QString pythonRepr(const QStringList &list);

/// docutils' "pending" node: a transform to run later with its details (key -> repr'd value),
/// printed the way docutils prints one.
std::unique_ptr<Node> pendingNode(const QString &transform, std::vector<std::pair<QString, QString>> details, int line);

/// A directive's result of one node.
NodeList one(std::unique_ptr<Node> node);

/// Concatenates the content lines with newlines.
QString contentText(const Block &content);

/// Gives the node the :class: and :name: options (the name becomes an explicit target).
void applyClassAndName(DirectiveCall &call, Node &node);
/// The first number of :number-lines: (1 when the option has no value); throws when it is no integer.
int numberLinesStart(const DirectiveCall &call);
/// docutils' NumberLines: a right-aligned "n " before each line of `text`, from `startLine`, as
/// wide as the number `startLine + lineCount`.
void appendNumberedLines(Node &block, const QString &text, int startLine, int lineCount);
/// Throws "Content block expected" when the directive has no content.
void requireContent(const DirectiveCall &call);
QHash<QString, OptionKind> classAndName();
/// True when the directive is part of a substitution definition.
bool inSubstitution(const DirectiveCall &call);
// A temporary parent for nested parses whose results are sorted afterwards; not "holder", which
// marks a substitution definition's contents.
std::unique_ptr<Node> scratch(int line);

/// A file a directive reads (include, raw :file:).
struct DirectiveFile {
    QString absolutePath;
    QString shownPath; ///< as docutils shows it: relative to the working directory when below it
    QString text;      ///< decoded; line ends as in the file
};
/// Counts a file of `bytes` that a directive is about to read against what all the directives of
/// one document may read together (kMaxIncludedBytes). Throws a severe DirectiveError naming the
/// file and the limit, instead, when it would go over.
void chargeIncludedBytes(const DirectiveCall &call, qint64 bytes, const QString &shownPath);
/// Reads `path` (relative paths against directiveBaseDirectory) with the given encoding (empty: UTF-8,
/// else Latin-1). Throws a severe DirectiveError for a missing, unreadable, oversized or
/// undecodable file.
DirectiveFile readDirectiveFile(const DirectiveCall &call, const QString &path, const QString &encoding);
/// How docutils names a file in "source" attributes: relative to the working directory when they
/// share more than the root.
QString shownPath(const QString &absolutePath);

} // namespace Docent
