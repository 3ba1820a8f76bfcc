#include "book.h"

#include "html/htmlwriter.h"
#include "pagerenderer.h"
#include "sphinx/project.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace Docent {
namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString unescape(QString s)
{
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    return s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

QString chapterId(qsizetype index) { return QStringLiteral("ch%1").arg(index + 1); }

// Rewrites the ids and links of one page's HTML so it can sit beside the others: ids get the
// chapter's prefix, links to chapters become fragments, everything else becomes absolute.
class ChapterLinks
{
public:
    ChapterLinks(const QString &docname, qsizetype index, const QHash<QString, qsizetype> &chapters)
        : m_base(QStringLiteral("docent://tree/") + docname + QStringLiteral(".html")),
          m_prefix(chapterId(index) + u'-'), m_chapters(chapters)
    {
    }

    QString rewrite(const QString &html) const
    {
        // The writer quotes every attribute with " and escapes it: a plain pattern is exact.
        static const QRegularExpression attribute(QStringLiteral(" (id|href|src)=\"([^\"]*)\""));
        QString out;
        out.reserve(html.size() + html.size() / 16);
        qsizetype last = 0;
        for (auto it = attribute.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(html).mid(last, m.capturedStart() - last);
            const QString name = m.captured(1);
            const QString value = m.captured(2);
            out += u' ' + name + QStringLiteral("=\"") + (name == u"id" ? m_prefix + value : link(value)) + u'"';
            last = m.capturedEnd();
        }
        out += QStringView(html).mid(last);
        return out;
    }

private:
    QString link(const QString &value) const
    {
        if (value.startsWith(u'#'))
            return u'#' + m_prefix + value.mid(1);
        const QUrl target = m_base.resolved(QUrl(unescape(value)));
        if (target.scheme() != u"docent")
            return value; // http:, mailto:, data: ... stay as they are
        QString path = target.path();
        if (path.endsWith(QStringLiteral(".html"))) {
            const QString docname = path.mid(1).chopped(5);
            if (const auto chapter = m_chapters.constFind(docname); chapter != m_chapters.cend()) {
                const QString id = chapterId(*chapter);
                return u'#' + (target.hasFragment() ? id + u'-' + target.fragment() : id);
            }
        }
        return esc(target.toString());
    }

    QUrl m_base;
    QString m_prefix;
    const QHash<QString, qsizetype> &m_chapters;
};

} // namespace

QString bookHtml(const Project &project, const BookSpec &book, PageMode mode)
{
    QStringList docnames;
    for (const QString &d : book.docnames) {
        if (project.document(d) && !docnames.contains(d))
            docnames.append(d);
    }
    QHash<QString, qsizetype> chapters;
    for (qsizetype i = 0; i < docnames.size(); ++i)
        chapters.insert(docnames[i], i);

    QString html = QStringLiteral("<section class=\"book-title\">\n<h1>%1</h1>\n").arg(esc(book.title));
    if (project.title() != book.title)
        html += QStringLiteral("<p class=\"book-subtitle\">%1</p>\n").arg(esc(project.title()));
    html += QStringLiteral("<p class=\"book-date\">%1</p>\n</section>\n")
                .arg(esc(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    html += QStringLiteral("<nav class=\"book-contents\">\n<h2>%1</h2>\n<ol>\n").arg(esc(book.contentsHeading));
    for (qsizetype i = 0; i < docnames.size(); ++i) {
        html += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n")
                    .arg(chapterId(i), esc(project.document(docnames[i])->title));
    }
    html += QStringLiteral("</ol>\n</nav>\n");
    for (qsizetype i = 0; i < docnames.size(); ++i) {
        html += QStringLiteral("<section class=\"chapter\" id=\"%1\">\n").arg(chapterId(i));
        html += ChapterLinks(docnames[i], i, chapters).rewrite(PageRenderer(project).body(docnames[i]));
        html += QStringLiteral("</section>\n");
    }
    return HtmlWriter::wrap(book.title, mode, html, project.conf().language);
}

} // namespace Docent
