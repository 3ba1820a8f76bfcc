// The HTML writer: golden pages, highlighting, links, and what must never reach the page.
#include "html/codehighlighter.h"
#include "html/htmlwriter.h"
#include "rst/parser.h"
#include "rst/registry.h"
#include "testsupport.h"

using namespace Docent;

class TestHtmlWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void highlightsCode_data();
    void highlightsCode();
    void resolvesDocLinks();
    void neverPassesScript();
};

namespace {
QString render(const QString &rst, const HtmlOptions &o = {})
{
    const auto doc = parseRst(rst, QStringLiteral("test"), Registry::sphinx());
    return HtmlWriter::body(*doc, o);
}
} // namespace

void TestHtmlWriter::golden_data()
{
    QTest::addColumn<QString>("source");
    const QDir dir(DocentTest::dataDir(QStringLiteral("html")));
    const QStringList files = dir.entryList({QStringLiteral("*.rst")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no golden cases found in tests/data/html");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestHtmlWriter::golden()
{
    QFETCH(QString, source);
    QString golden = source;
    golden.replace(QStringLiteral(".rst"), QStringLiteral(".html"));
    QString diff;
    QVERIFY2(DocentTest::matchesGolden(golden, render(DocentTest::readFile(source)), &diff), qPrintable(diff));
}

void TestHtmlWriter::highlightsCode_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expectedSpan");
    QTest::newRow("python keyword") << "python" << "def f(): pass" << "<span class=\"hl-Keyword\">def</span>";
    QTest::newRow("console is shell") << "console" << "echo $HOME" << "<span class=\"hl-";
    QTest::newRow("ini section") << "ini" << "[DEFAULT]\nkey = value" << "<span class=\"hl-";
    QTest::newRow("yaml") << "yaml" << "key: value" << "<span class=\"hl-";
}

void TestHtmlWriter::highlightsCode()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, expectedSpan);
    const QString html = CodeHighlighter::toHtml(code, language);
    QVERIFY2(html.contains(expectedSpan), qPrintable(html));
    QVERIFY(CodeHighlighter::toHtml(QStringLiteral("<b>"), QStringLiteral("none")) == QStringLiteral("&lt;b&gt;"));
    QVERIFY(CodeHighlighter::themeCss().contains(QStringLiteral(".hl-Keyword")));
}

void TestHtmlWriter::resolvesDocLinks()
{
    HtmlOptions o;
    o.resolveDoc = [](const QString &target) {
        return target == u"other" ? DocLink{QStringLiteral("other.html"), QStringLiteral("Other Page")} : DocLink{};
    };
    const QString html = render(QStringLiteral("See :doc:`other`, :doc:`Mine <other>` and :doc:`gone`.\n"), o);
    QVERIFY2(html.contains(QStringLiteral("<a class=\"reference internal doc\" href=\"other.html\">Other Page</a>")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("href=\"other.html\">Mine</a>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("class=\"xref unresolved\" title=\"doc: gone\">gone</span>")), qPrintable(html));
}

void TestHtmlWriter::neverPassesScript()
{
    const QString html = render(QStringLiteral(".. raw:: html\n\n   <script>alert(1)</script>\n\n"
                                               "Text with <script> in it.\n\n`x <javascript:alert(1)>`_\n"));
    QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(html));
    const auto doc = parseRst(QStringLiteral("x"), QStringLiteral("t"), Registry::sphinx());
    const QString page = HtmlWriter::page(*doc, {});
    QVERIFY(page.contains(QStringLiteral("Content-Security-Policy")));
    QVERIFY(page.contains(QStringLiteral("default-src 'none'")));
}

QTEST_GUILESS_MAIN(TestHtmlWriter)
#include "tst_htmlwriter.moc"
