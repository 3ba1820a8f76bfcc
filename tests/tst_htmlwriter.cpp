// The HTML writer: golden pages, highlighting, links, and what must never reach the page.
#include "html/appfiles.h"
#include "html/codehighlighter.h"
#include "html/htmlwriter.h"
#include "sphinx/conffacts.h"
#include "transforms/transforms.h"
#include "doctree/node.h"
#include "doctree/xrefresolution.h"
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
    void writesResolvedXrefs();
    void neverPassesScript();
    void scriptsOnlyFromTheAppHost();
    void appHostServesDocentFilesOnly();
    void pageWordsFollowTheTreesLanguage_data();
    void pageWordsFollowTheTreesLanguage();
    void indexTargetsOfRolesAreNumberedWithTheDirectives();
    void copyButtonAndLangFollowTheTreesLanguage();
    void figureNumbersFollowTheTreesLanguage();
};

namespace {
QString render(const QString &rst, const HtmlOptions &o = {})
{
    const auto doc = parseRst(rst, QStringLiteral("test"), Registry::sphinx());
    applyDocutilsTransforms(*doc, {});
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

void TestHtmlWriter::writesResolvedXrefs()
{
    // The writer only reads what the resolve pass decided; here the decisions are made by hand.
    const auto doc = parseRst(QStringLiteral("See :doc:`other`, :doc:`Mine <other>`, :doc:`gone`, :doc:`plain` and "
                                             ":doc:`never`.\n"),
                              QStringLiteral("test"), Registry::sphinx());
    std::vector<Node *> xrefs;
    doc->forEach([&](const Node &n) {
        if (n.is(u"pending_xref"))
            xrefs.push_back(const_cast<Node *>(&n));
    });
    QCOMPARE(xrefs.size(), size_t(5));
    XrefResolution{XrefResolution::State::Link, QStringLiteral("other.html"), QStringLiteral("Other Page"), {}}.writeTo(*xrefs[0]);
    XrefResolution{XrefResolution::State::Link, QStringLiteral("other.html"), QStringLiteral("Mine"), {}}.writeTo(*xrefs[1]);
    XrefResolution{XrefResolution::State::Unresolved, {}, {}, QStringLiteral("unknown document: gone")}.writeTo(*xrefs[2]);
    XrefResolution{XrefResolution::State::Text, {}, QStringLiteral("Plain"), {}}.writeTo(*xrefs[3]);
    const QString html = HtmlWriter::body(*doc, {});
    QVERIFY2(html.contains(QStringLiteral("<a class=\"reference internal doc\" href=\"other.html\">Other Page</a>")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("href=\"other.html\">Mine</a>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("class=\"xref unresolved\" title=\"doc: unknown document: gone\">gone</span>")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral(", Plain and")), qPrintable(html));
    // No resolve pass ran on the last one (a page outside a project): shown as unresolved.
    QVERIFY2(html.contains(QStringLiteral("class=\"xref unresolved\" title=\"doc: never\">never</span>")), qPrintable(html));
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

void TestHtmlWriter::scriptsOnlyFromTheAppHost()
{
    const auto doc = parseRst(QStringLiteral("Inline :math:`\\frac{1}{2}`.\n"), QStringLiteral("t"), Registry::sphinx());
    HtmlOptions o;
    // `docent render`: the theme inline, no script, and a policy without script-src
    const QString standalone = HtmlWriter::page(*doc, o);
    QVERIFY(!standalone.contains(QStringLiteral("<script")));
    QVERIFY(!standalone.contains(QStringLiteral("script-src")));
    // the math stays LaTeX source, backslashes kept, for KaTeX to typeset (or not)
    QVERIFY2(standalone.contains(QStringLiteral("<code class=\"math\" title=\"LaTeX math, shown as source\">\\frac{1}{2}</code>")),
             qPrintable(standalone));
    // in the app: Docent's script (and KaTeX's, when installed) from docent://app, and the policy
    // allows that origin only, no 'unsafe-inline' or 'unsafe-eval' for scripts
    o.mode = PageMode::InApp;
    const QString app = HtmlWriter::page(*doc, o);
    QVERIFY2(app.contains(QStringLiteral("; font-src docent://app; script-src docent://app\">")), qPrintable(app));
    QVERIFY(!app.contains(QStringLiteral("unsafe-eval")));
    QVERIFY(app.contains(QStringLiteral("<script defer src=\"docent://app/docent.js\"></script>")));
    QCOMPARE(app.count(QStringLiteral("<script")), AppFiles::katexDir().isEmpty() ? 1 : 2);
}

void TestHtmlWriter::appHostServesDocentFilesOnly()
{
    QVERIFY(AppFiles::read(QStringLiteral("/docent.js")));
    QCOMPARE(AppFiles::read(QStringLiteral("/theme.css"))->mime, QByteArray("text/css"));
    for (const char *path : {"/", "/evil.js", "/index.rst", "/katex/../../../etc/passwd", "/katex/fonts/../../katex.min.js",
                             "/katex/fonts/KaTeX_Main-Regular.woff2/../x", "/katex/katex.js", "/katex/contrib/auto-render.js",
                             "/katex/fonts/../../../../../../etc/passwd"})
        QVERIFY2(!AppFiles::read(QLatin1String(path)), path);
    if (AppFiles::katexDir().isEmpty())
        QSKIP("libjs-katex is not installed");
    QCOMPARE(AppFiles::read(QStringLiteral("/katex/katex.min.js"))->mime, QByteArray("text/javascript"));
    QCOMPARE(AppFiles::read(QStringLiteral("/katex/fonts/KaTeX_Main-Regular.woff2"))->mime, QByteArray("font/woff2"));
    // set empty, the override makes KaTeX absent
    qputenv("DOCENT_KATEX_DIR", "");
    QVERIFY(AppFiles::katexDir().isEmpty());
    QVERIFY(!AppFiles::read(QStringLiteral("/katex/katex.min.js")));
    qunsetenv("DOCENT_KATEX_DIR");
}

// conf.py's `language` puts the words Docent writes into its pages in that language, as Sphinx
// does; an unknown language, or none, leaves them English.
void TestHtmlWriter::pageWordsFollowTheTreesLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected"); // texts separated by |
    QTest::newRow("none") << "" << "\">Note</p>|\">Warning</p>|\">See also</p>|New in version 2.0|title=\"Link to this heading\"|<dt>Parameters</dt>|<dt>Returns</dt>";
    QTest::newRow("de") << "de" << "\">Bemerkung</p>|\">Warnung</p>|\">Siehe auch</p>|Neu in Version 2.0|title=\"Link zu dieser Überschrift\"|<dt>Parameter</dt>|<dt>Rückgabe</dt>";
    QTest::newRow("fr_CA") << "fr_CA" << "\">Note</p>|\">Avertissement</p>|\">Voir aussi</p>|Nouveau dans la version 2.0|title=\"Lien vers ce titre\"|<dt>Paramètres</dt>|<dt>Renvoie</dt>";
    QTest::newRow("es") << "es" << "\">Nota</p>|\">Advertencia</p>|\">Ver también</p>|Nuevo en la versión 2.0|title=\"Enlace a este título\"|<dt>Parámetros</dt>|<dt>Devuelve</dt>";
    QTest::newRow("unknown") << "ja" << "\">Note</p>|\">Warning</p>";
}

void TestHtmlWriter::pageWordsFollowTheTreesLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    HtmlOptions o;
    o.language = language;
    const QString html = render(QStringLiteral("Title\n=====\n\n.. note:: A.\n\n.. warning:: B.\n\n.. seealso:: C.\n\n"
                                               ".. versionadded:: 2.0\n\n"
                                               ".. py:function:: f(x)\n\n   :param x: An x.\n   :returns: A y.\n"),
                                o);
    for (const QString &text : expected.split(u'|'))
        QVERIFY2(html.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + html));
}

// Sphinx's :pep:, :rfc: and :envvar: put an "index-N" target before what they show, counted with
// the index directive's, so links into a page by those ids land where Sphinx's do.
void TestHtmlWriter::indexTargetsOfRolesAreNumberedWithTheDirectives()
{
    const QString html = render(QStringLiteral(".. index:: first\n\nSee :pep:`8`, :rfc:`2822` and :envvar:`HOME`.\n\n"
                                               ".. index:: last\n\nEnd.\n"));
    const QStringList ids = {QStringLiteral("index-0"), QStringLiteral("index-1"), QStringLiteral("index-2"),
                             QStringLiteral("index-3"), QStringLiteral("index-4")};
    qsizetype at = 0;
    for (const QString &id : ids) {
        const qsizetype found = html.indexOf(QStringLiteral("id=\"%1\"").arg(id), at);
        QVERIFY2(found >= 0, qPrintable(id + QStringLiteral(" missing or out of order in:\n") + html));
        at = found;
    }
    QVERIFY(html.indexOf(QStringLiteral("id=\"index-1\"")) < html.indexOf(QStringLiteral("PEP 8")));
    QVERIFY(html.indexOf(QStringLiteral("id=\"index-3\"")) < html.indexOf(QStringLiteral("HOME")));
}

void TestHtmlWriter::copyButtonAndLangFollowTheTreesLanguage()
{
    const QString german = HtmlWriter::wrap(QStringLiteral("T"), PageMode::InApp, {}, QStringLiteral("de_DE"));
    QVERIFY(german.contains(QStringLiteral("<html lang=\"de\" data-copy=\"Kopieren\" data-copy-title=\"Code kopieren\" "
                                           "data-copied=\"Kopiert\" data-not-copied=\"Nicht kopiert\">")));
    const QString english = HtmlWriter::wrap(QStringLiteral("T"), PageMode::InApp, {});
    QVERIFY(english.contains(QStringLiteral("<html data-copy=\"Copy\" ")));
    // `docent render` has no page script, so no words for it.
    QVERIFY(HtmlWriter::wrap(QStringLiteral("T"), PageMode::Standalone, {}, QStringLiteral("es")).contains(
        QStringLiteral("<html lang=\"es\"><head>")));
}

void TestHtmlWriter::figureNumbersFollowTheTreesLanguage()
{
    const ConfFacts german = ConfFacts::parse(QStringLiteral("language = 'de'\nnumfig_format = {'table': 'Tab. %s'}\n"));
    QCOMPARE(german.language, QStringLiteral("de"));
    QCOMPARE(german.numfigFormat.value(QStringLiteral("figure")), QStringLiteral("Abb. %s"));
    QCOMPARE(german.numfigFormat.value(QStringLiteral("table")), QStringLiteral("Tab. %s")); // conf.py's own wins
    const ConfFacts spanish = ConfFacts::parse(QStringLiteral("language = \"es\"\n"));
    QCOMPARE(spanish.numfigFormat.value(QStringLiteral("code-block")), QStringLiteral("Listado %s"));
    QCOMPARE(ConfFacts::parse({}).numfigFormat.value(QStringLiteral("figure")), QStringLiteral("Fig. %s"));
}

QTEST_GUILESS_MAIN(TestHtmlWriter)
#include "tst_htmlwriter.moc"
