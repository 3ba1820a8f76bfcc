// A reader's query made into an FTS5 query that FTS5 always accepts: words (all must match),
// "phrases", -exclusions and title: restrictions; everything else is taken as words to find.
#pragma once

#include <QString>
#include <QStringList>

namespace Docent {

struct SearchQuery {
    /// The FTS5 MATCH expression; empty when the query asks for nothing findable (only
    /// punctuation, only exclusions).
    QString match;
    /// The words and phrases to find, as typed, for highlighting them on the page.
    QStringList terms;
    /// The whole query as a name key (sectiontext.h's nameKey), for names matched whole.
    QString nameKey;
};

enum class QueryMode {
    Words,     ///< every word whole (the command line, the tests)
    AsYouType, ///< the last word may be the start of a longer one
};

SearchQuery parseSearchQuery(const QString &text, QueryMode mode);

} // namespace Docent
