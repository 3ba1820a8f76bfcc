// Tables: the caption, column widths as the author gave them, header and stub cells, and cells
// spanning rows and columns.
#include "bodywriter_p.h"

namespace Docent {

void BodyWriter::table(const Node &n)
{
    out += QStringLiteral("<table") + idAttr(n) + classAttr(n, QStringLiteral("docutils")) + u'>' + extraAnchors(n);
    for (const auto &c : n.children()) {
        if (c->is(u"title")) {
            out += QStringLiteral("<caption>") + captionNumber(n);
            children(*c);
            out += QStringLiteral("</caption>\n");
        } else if (c->is(u"tgroup")) {
            tgroup(*c, n);
        } else {
            visit(*c);
        }
    }
    out += QStringLiteral("</table>\n");
}

void BodyWriter::tgroup(const Node &g, const Node &table)
{
    // Column widths are proportions of the colspecs, applied only when the author asked for
    // them (":widths:"), as docutils' HTML5 writer does; otherwise the browser fits the content.
    QList<double> widths;
    double total = 0;
    for (const auto &c : g.children())
        if (c->is(u"colspec")) {
            widths << c->attribute(QStringLiteral("colwidth")).toDouble();
            total += widths.last();
        }
    const bool given = table.classes.contains(QStringLiteral("colwidths-given"));
    if (total > 0 && given && widths.size() > 1) {
        out += QStringLiteral("<colgroup>");
        for (double w : widths)
            out += QStringLiteral("<col style=\"width:%1%\">").arg(QString::number(100.0 * w / total, 'f', 1));
        out += QStringLiteral("</colgroup>\n");
    }
    QList<bool> stub;
    for (const auto &c : g.children())
        if (c->is(u"colspec"))
            stub << c->hasAttribute(QStringLiteral("stub"));
    for (const auto &c : g.children())
        if (c->is(u"thead") || c->is(u"tbody"))
            tableBody(*c, stub);
}

// A thead or a tbody: its rows, with header cells in the head and in stub columns.
void BodyWriter::tableBody(const Node &body, const QList<bool> &stub)
{
    const bool head = body.is(u"thead");
    out += head ? QStringLiteral("<thead>\n") : QStringLiteral("<tbody>\n");
    // Which columns are still covered by a cell spanning down from an earlier row.
    QList<int> coveredUntil(stub.size() + 64, -1);
    int rowIndex = 0;
    for (const auto &row : body.children()) {
        if (!row->is(u"row"))
            continue;
        out += QStringLiteral("<tr>");
        int col = 0;
        for (const auto &entry : row->children()) {
            if (!entry->is(u"entry"))
                continue;
            while (col < coveredUntil.size() && coveredUntil[col] >= rowIndex)
                ++col;
            const int morerows = entry->attribute(QStringLiteral("morerows")).toInt();
            const int morecols = entry->attribute(QStringLiteral("morecols")).toInt();
            const bool th = head || stub.value(col);
            out += th ? QStringLiteral("<th") : QStringLiteral("<td");
            if (morerows)
                out += QStringLiteral(" rowspan=\"%1\"").arg(morerows + 1);
            if (morecols)
                out += QStringLiteral(" colspan=\"%1\"").arg(morecols + 1);
            out += idAttr(*entry) + classAttr(*entry) + u'>';
            // A lone paragraph needs no <p> margins inside a cell.
            if (entry->childCount() == 1 && entry->child(0)->is(u"paragraph"))
                children(*entry->child(0));
            else
                children(*entry);
            out += th ? QStringLiteral("</th>") : QStringLiteral("</td>");
            for (int k = 0; k <= morecols; ++k)
                if (col + k < coveredUntil.size() && morerows)
                    coveredUntil[col + k] = rowIndex + morerows;
            col += morecols + 1;
        }
        out += QStringLiteral("</tr>\n");
        ++rowIndex;
    }
    out += head ? QStringLiteral("</thead>\n") : QStringLiteral("</tbody>\n");
}

} // namespace Docent
