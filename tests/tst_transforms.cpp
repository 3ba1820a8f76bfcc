// docutils' transforms: what each one decides on the doctree, and what it reports when it cannot.
#include "doctree/node.h"
#include "html/htmlwriter.h"
#include "rst/parser.h"
#include "rst/registry.h"
#include "transforms/transforms.h"

#include <QTest>

using namespace Docent;

class TestTransforms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolves_data();
    void resolves();
    void reportsWhatItCannotResolve_data();
    void reportsWhatItCannotResolve();
    void smartQuotes_data();
    void smartQuotes();
    void smartQuotesByLanguage_data();
    void smartQuotesByLanguage();
};

namespace {

struct Result {
    QString html;
    QStringList messages;
};

Result transformed(const QString &rst)
{
    const auto doc = parseRst(rst, QStringLiteral("test"), Registry::sphinx());
    Result r;
    for (const TransformIssue &issue : applyDocutilsTransforms(*doc, {{QStringLiteral("version"), QStringLiteral("2.1")}}))
        r.messages << issue.message;
    r.html = HtmlWriter::body(*doc, {});
    return r;
}

} // namespace

void TestTransforms::resolves_data()
{
    QTest::addColumn<QString>("rst");
    QTest::addColumn<QString>("expected");
    QTest::newRow("substitution") << "|x| here.\n\n.. |x| replace:: *there*\n" << "<p><em>there</em> here.</p>";
    QTest::newRow("substitution, other case") << "|X|.\n\n.. |x| replace:: small\n" << "<p>small.</p>";
    QTest::newRow("nested substitution") << "|a|.\n\n.. |a| replace:: 1 |b|\n.. |b| replace:: 2\n" << "<p>1 2.</p>";
    QTest::newRow("Sphinx role in a substitution") << "Call |f| now.\n\n.. |f| replace:: :func:`spam`\n" << "<p>Call <span class=\"xref unresolved\" title=\"func: spam\">spam()</span> now.</p>";
    QTest::newRow("project's substitution") << "Version |version|.\n" << "<p>Version 2.1.</p>";
    QTest::newRow("named reference") << "See `docs`_.\n\n.. _docs: https://example.org/\n"
                                     << "<a class=\"reference external\" href=\"https://example.org/\">docs</a>";
    QTest::newRow("reference through an alias") << "See `b`_.\n\n.. _b: a_\n.. _a: https://a.example/\n"
                                                << "href=\"https://a.example/\">b</a>";
    QTest::newRow("anonymous references in order") << "`one`__ and `two`__\n\n__ https://1.example/\n__ https://2.example/\n"
                                                   << "href=\"https://1.example/\">one</a> and <a class=\"reference "
                                                      "external\" href=\"https://2.example/\">two</a>";
    QTest::newRow("internal target") << "Go to `Top`_.\n\nTop\n===\n\ntext\n" << "<a class=\"reference internal\" href=\"#top\">";
    QTest::newRow("auto footnote") << "A [#]_ and [#]_.\n\n.. [#] one\n.. [#] two\n"
                                   << "<a class=\"footnote-reference\" id=\"footnote-reference-2\" href=\"#footnote-2\">[2]</a>";
    QTest::newRow("footnote back-link") << "A [#n]_.\n\n.. [#n] note\n"
                                        << "<span class=\"label\">[<a class=\"backref\" href=\"#footnote-reference-1\">1</a>]</span>";
    QTest::newRow("symbol footnote") << "A [*]_.\n\n.. [*] star\n" << ">[*]</a>";
}

void TestTransforms::resolves()
{
    QFETCH(QString, rst);
    QFETCH(QString, expected);
    const Result r = transformed(rst);
    QVERIFY2(r.html.contains(expected), qPrintable(r.html));
    QVERIFY2(r.messages.isEmpty(), qPrintable(r.messages.join(u'\n')));
}

void TestTransforms::reportsWhatItCannotResolve_data()
{
    QTest::addColumn<QString>("rst");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("html");
    QTest::newRow("undefined substitution") << "|nope|\n" << "Undefined substitution referenced: \"nope\"."
                                            << "<span class=\"problematic\" title=\"undefined substitution\">|nope|</span>";
    QTest::newRow("circular substitution") << "|a|\n\n.. |a| replace:: x |a|\n"
                                           << "Circular substitution definition referenced: \"a\"." << "x <span class=\"problematic\"";
    // A chain deeper than eight definitions stops at the ninth.
    QString chain = QStringLiteral("|s0|\n\n");
    for (int i = 0; i < 10; ++i)
        chain += QStringLiteral(".. |s%1| replace:: %1 |s%2|\n").arg(i).arg(i + 1);
    chain += QStringLiteral(".. |s10| replace:: end\n");
    QTest::newRow("substitutions nested too deep") << chain << "Substitution \"s8\" is nested more than 8 definitions deep."
                                                   << "7 <span class=\"problematic\"";
    // Each definition uses the next four times: 4^12 copies of the last, were they all made.
    QString bomb = QStringLiteral("|b0|\n\n");
    for (int i = 0; i < 12; ++i)
        bomb += QStringLiteral(".. |b%1| replace:: |b%2| |b%2| |b%2| |b%2|\n").arg(i).arg(i + 1);
    bomb += QStringLiteral(".. |b12| replace:: x\n");
    QTest::newRow("substitutions that multiply") << bomb << "the document's substitutions would copy more than 200000 nodes."
                                                 << "<span class=\"problematic\"";
    QTest::newRow("unknown target") << "See `gone`_.\n" << "Unknown target name: \"gone\"."
                                    << "<span class=\"reference unresolved\" title=\"unknown target\">gone</span>";
    QTest::newRow("anonymous mismatch") << "`a`__ `b`__\n\n__ https://a.example/\n"
                                        << "Anonymous hyperlink mismatch: 2 references but 1 targets."
                                        << "<span class=\"reference unresolved\" title=\"unknown target\">b</span>";
    QTest::newRow("footnote without a note") << "A [#]_.\n"
                                             << "Too many autonumbered footnote references: only 0 corresponding footnotes "
                                                "available."
                                             << "<a class=\"footnote-reference\" id=\"footnote-reference-1\">[?]</a>";
}

void TestTransforms::reportsWhatItCannotResolve()
{
    QFETCH(QString, rst);
    QFETCH(QString, message);
    QFETCH(QString, html);
    const Result r = transformed(rst);
    bool found = false;
    for (const QString &m : r.messages)
        found = found || m.contains(message);
    QVERIFY2(found, qPrintable(r.messages.join(u'\n')));
    QVERIFY2(r.html.contains(html), qPrintable(r.html.left(2000)));
}

QTEST_GUILESS_MAIN(TestTransforms)
namespace {

QString educated(const QString &rst, const QString &language)
{
    const auto doc = parseRst(rst, QStringLiteral("test"), Registry::sphinx());
    applyDocutilsTransforms(*doc, {});
    applySmartQuotes(*doc, language);
    return HtmlWriter::body(*doc, {}).trimmed();
}

} // namespace

// What Sphinx 5.3 (docutils 0.19's SmartQuotes, English) shows for each input.
void TestTransforms::smartQuotes_data()
{
    QTest::addColumn<QString>("rst");
    QTest::addColumn<QString>("expected"); ///< a part of the page body
    QTest::newRow("quotes, contraction, dashes")
        << "\"Hello,\" she said. He said 'no'. It's -- like -- 10-20. Wow---really... and . . ."
        << "“Hello,” she said. He said ‘no’. It’s – like – 10-20. Wow—really… and …";
    QTest::newRow("decades, nested, brackets")
        << "'80s; rock 'n' roll; \"'quoted'\" ; '\"x\"' ; (\"paren\") ['b'] {\"c\"} -\"d\" --\"e\""
        << "’80s; rock ‘n’ roll; “‘quoted’” ; ‘“x”’ ; (“paren”) [‘b’] {“c”} -“d” –“e”";
    QTest::newRow("after a word or a closing bracket")
        << "a\"b\"c and 5' 6\" tall, (x)\"y\", \"a\"/\"b\" 'a'/'b' \"a\"-\"b\" x \"\u2014\" y"
        << "a”b”c and 5’ 6” tall, (x)”y”, “a”/”b” ‘a’/’b’ “a”-“b” x “—” y";
    QTest::newRow("context from the inline node before")
        << "*\"emph\"* and ``x``\"a\" and \"*c*\"" << "<em>“emph”</em> and <code class=\"literal\">x</code>”a” and “<em>c</em>”";
    QTest::newRow("code stays as written")
        << "``\"lit\" -- x`` and :kbd:`\"k\"` and :command:`\"c\" --x`"
        << "<code class=\"literal\">&quot;lit&quot; -- x</code> and <kbd class=\"kbd\">&quot;k&quot;</kbd> and "
           "<strong class=\"command\">&quot;c&quot; --x</strong>";
    QTest::newRow("literal block stays as written") << "::\n\n   \"x\" -- y\n" << "&quot;x&quot; -- y";
    QTest::newRow("title and term") << "\"T\" -- x\n=========\n\n\"t\" --\n   d's\n" << "<h1>“T” – x";
    QTest::newRow("term of a definition list") << "\"t\" --\n   d's\n" << "<dt>“t” –</dt>";
    QTest::newRow("definition") << "\"t\" --\n   d's\n" << "<p>d’s</p>";
    QTest::newRow("substitution, once replaced") << "|s| and \"after\"\n\n.. |s| replace:: \"sub\"\n"
                                                  << "<p>“sub” and “after”</p>";
    QTest::newRow("lone quote") << "\"\n" << "<p>“</p>";
}

void TestTransforms::smartQuotes()
{
    QFETCH(QString, rst);
    QFETCH(QString, expected);
    const QString html = educated(rst, QStringLiteral("en"));
    QVERIFY2(html.contains(expected), qPrintable(html));
}

void TestTransforms::smartQuotesByLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no language is English") << "" << "<p>“a” ‘b’ it’s</p>";
    QTest::newRow("British English") << "en_GB" << "<p>“a” ‘b’ it’s</p>";
    QTest::newRow("German") << "de" << "<p>„a“ ‚b‘ it’s</p>";
    QTest::newRow("French") << "fr" << "<p>«\u00a0a\u00a0» ‹\u00a0b\u00a0› it’s</p>";
    QTest::newRow("Japanese: as written") << "ja" << "<p>&quot;a&quot; 'b' it's</p>";
}

void TestTransforms::smartQuotesByLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const QString html = educated(QStringLiteral("\"a\" 'b' it's\n"), language);
    QCOMPARE(html, expected);
}

#include "tst_transforms.moc"

