// Several pages of a tree as one printable document (a "book"): a title page, the contents in
// order, then each page as a chapter that starts on a new sheet. Links between its chapters stay
// inside it, so they work in the PDF; links to pages left out go to the tree.
#pragma once

#include "html/htmlwriter.h"

#include <QString>
#include <QStringList>

namespace Docent {

class Project;

struct BookSpec {
    QString title;        ///< "Internals"
    QStringList docnames; ///< the chapters, in reading order (unknown names are left out)
    QString contentsHeading = QStringLiteral("Contents"); ///< in the reader's language
};

/// The whole HTML page of the book.
QString bookHtml(const Project &project, const BookSpec &book, PageMode mode);

} // namespace Docent
