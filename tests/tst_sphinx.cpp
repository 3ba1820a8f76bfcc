// The Sphinx layer: directives and roles rendered (golden pages of tests/data/sphinx), reference
// resolution, the problems list and `docent check`, hostile sources, and the figures over nova.
#include "cli/headlesscommands.h"
#include "pages/projectcheck.h"
#include "pages/pagerenderer.h"
#include "html/htmlwriter.h"
#include "transforms/transforms.h"
#include "sphinx/xrefresolvers.h"
#include "rst/parser.h"
#include "rst/registry.h"
#include "sphinx/conffacts.h"
#include "pages/graphviz.h"
#include "sphinx/project.h"
#include "doctree/pseudoxml.h"
#include "sphinx/readscope.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Docent;

class TestSphinx : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void resolves_data();
    void resolves();
    void rendersRoles_data();
    void rendersRoles();
    void problems_data();
    void problems();
    void readsConfFacts();
    void appliesPrologAndSubstitutions();
    void hostileSourceStaysInside();
    void checkCommand();
    void onlyEvaluatesTags_data();
    void onlyEvaluatesTags();
    void reloadsOneDocument();
    void rendersGraphviz();
    void novaReferences();
    void novaReadsItsOwnProjectWhenAllowed();
    void numbersWithoutNumfig();
    void extrasReportOnlyWhatSphinxDoes();

private:
    std::optional<Project> m_project;
};

namespace {

QString sampleDir() { return DocentTest::dataDir(QStringLiteral("sphinx")); }

// The body of a page, without the head whose stylesheet link is the same everywhere.
QString pageBody(const Project &p, const QString &docname)
{
    const QString html = PageRenderer(p).page(docname, PageMode::Standalone);
    const qsizetype start = html.indexOf(QStringLiteral("<article"));
    return start < 0 ? html : html.mid(start);
}

QString renderSnippet(const QString &rst)
{
    const auto doc = parseRst(rst, QStringLiteral("snippet"), Registry::sphinx());
    applyDocutilsTransforms(*doc, {});
    return HtmlWriter::body(*doc, {});
}

} // namespace

void TestSphinx::initTestCase()
{
    QString error;
    m_project = Project::open(sampleDir(), &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestSphinx::golden_data()
{
    QTest::addColumn<QString>("docname");
    for (const char *d : {"index", "roles", "directives", "guide/options", "guide/glossary", "code/index", "hostile",
                          "numbers/index", "numbers/first", "numbers/second", "extras/index", "extras/grammar",
                          "domains/index", "domains/python", "domains/c", "domains/cpp", "domains/other"})
        QTest::newRow(d) << QString::fromLatin1(d);
}

void TestSphinx::golden()
{
    QFETCH(QString, docname);
    QVERIFY(m_project->document(docname));
    const QString golden = sampleDir() + QStringLiteral("/_golden/") + QString(docname).replace(u'/', u'-') +
                           QStringLiteral(".html");
    QString diff;
    QVERIFY2(DocentTest::matchesGolden(golden, pageBody(*m_project, docname), &diff), qPrintable(diff));
}

void TestSphinx::resolves_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("href"); ///< expected link; empty: unresolved
    QTest::addColumn<QString>("title");
    QTest::newRow("ref to section label") << "roles" << ":ref:`index-welcome`" << "index.html#index-welcome" << "Welcome";
    QTest::newRow("ref explicit title") << "index" << ":ref:`the directives <directives-top>`"
                                        << "directives.html#directives-top" << "the directives";
    QTest::newRow("ref same page") << "roles" << ":ref:`roles-section`" << "#roles-section" << "Roles";
    QTest::newRow("ref case-insensitive") << "roles" << ":ref:`Roles-Section`" << "#roles-section" << "Roles";
    QTest::newRow("ref to code caption") << "roles" << ":ref:`code-caption`" << "code/index.html#code-caption"
                                         << "Code caption";
    QTest::newRow("ref untitled label") << "roles" << ":ref:`anon-para`" << "" << "";
    QTest::newRow("ref untitled label, explicit") << "roles" << ":ref:`X <anon-para>`" << "#anon-para" << "X";
    QTest::newRow("ref missing") << "roles" << ":ref:`nope`" << "" << "";
    QTest::newRow("doc relative") << "guide/options" << ":doc:`glossary`" << "glossary.html" << "Glossary";
    QTest::newRow("doc absolute") << "guide/options" << ":doc:`/roles`" << "../roles.html" << "Roles";
    QTest::newRow("doc no space before <") << "index" << ":doc:`Opts<guide/options>`" << "guide/options.html" << "Opts";
    QTest::newRow("term") << "roles" << ":term:`cell`" << "guide/glossary.html#term-Cell" << "cell";
    QTest::newRow("term multiword") << "roles" << ":term:`availability zone`"
                                    << "guide/glossary.html#term-Availability-Zone" << "availability zone";
    QTest::newRow("term, second of a group") << "roles" << ":term:`hypervisor host`"
                                             << "guide/glossary.html#term-Hypervisor-host" << "hypervisor host";
    QTest::newRow("option with program") << "roles" << ":option:`tool --verbose`"
                                         << "guide/options.html#cmdoption-tool-verbose" << "tool --verbose";
    QTest::newRow("option with subcommand") << "roles" << ":option:`tool sub --force`"
                                            << "guide/options.html#cmdoption-tool-sub-force" << "tool sub --force";
    // as in Sphinx, "--opt=value" is only understood for the current program
    QTest::newRow("option value form, other program") << "roles" << ":option:`tool --level=3`" << "" << "";
    QTest::newRow("option unknown") << "roles" << ":option:`--nothing`" << "" << "";
    QTest::newRow("download") << "roles" << ":download:`code/sample.py`" << "code/sample.py" << "code/sample.py";
    QTest::newRow("download outside") << "roles" << ":download:`/../tree/conf.py`" << "" << "";
    QTest::newRow("numref") << "roles" << ":numref:`code-caption`" << "code/index.html#code-caption" << "Listing 1";
    QTest::newRow("numref figure in a chapter") << "roles" << ":numref:`fig-plot`" << "numbers/first.html#fig-plot"
                                                << "Fig. 1.2";
    QTest::newRow("numref table") << "roles" << ":numref:`tab-sizes`" << "numbers/first.html#tab-sizes" << "Table 1.1";
    QTest::newRow("numref section") << "roles" << ":numref:`sec-filters`" << "numbers/first.html#sec-filters"
                                    << "Chapter 1.1";
    QTest::newRow("numref %s") << "roles" << ":numref:`Figure %s <fig-plot>`" << "numbers/first.html#fig-plot"
                               << "Figure 1.2";
    QTest::newRow("numref {name}") << "roles" << ":numref:`{name}, {number} <fig-plot>`" << "numbers/first.html#fig-plot"
                                   << "A plot of filters., 1.2";
    QTest::newRow("any label") << "roles" << ":any:`directives-top`" << "directives.html#directives-top" << "Directives";
    QTest::newRow("any doc") << "roles" << ":any:`guide/glossary`" << "guide/glossary.html" << "Glossary";
    QTest::newRow("envvar") << "roles" << ":envvar:`TOOL_HOME`" << "guide/options.html#envvar-TOOL_HOME" << "TOOL_HOME";
    // Sphinx normalises whitespace in targets: one split over lines still finds its term or option.
    QTest::newRow("term over two lines") << "roles" << ":term:`availability\nzone`"
                                         << "guide/glossary.html#term-Availability-Zone" << "availability\nzone";
    QTest::newRow("option over two lines") << "roles" << ":option:`tool\n--verbose`"
                                           << "guide/options.html#cmdoption-tool-verbose" << "tool\n--verbose";
    QTest::newRow("ref over two lines") << "roles" << ":ref:`split\nlabel`" << "extras/index.html#split-label"
                                        << "Whitespace in targets";
    QTest::newRow("ref, ! after a title") << "roles" << ":ref:`Shown <!extras-top>`" << "" << "";
    QTest::newRow("ref to a definition list") << "roles" << ":ref:`extras-deflist`"
                                              << "extras/index.html#extras-deflist" << "first term";
    QTest::newRow("ref across a program directive") << "roles" << ":ref:`extras-program`"
                                                    << "extras/index.html#extras-program" << "Program section";
    QTest::newRow("token") << "roles" << ":token:`sum`" << "extras/grammar.html#grammar-token-sum" << "sum";
    QTest::newRow("token of a group") << "roles" << ":token:`~math:factor`"
                                      << "extras/grammar.html#grammar-token-math-factor" << "factor";
    QTest::newRow("confval") << "roles" << ":confval:`extras_depth`" << "extras/index.html#confval-extras_depth"
                             << "extras_depth";
    QTest::newRow("confval missing") << "roles" << ":confval:`nothing`" << "" << "";
    QTest::newRow("keyword is a label") << "roles" << ":keyword:`roles-section`" << "#roles-section" << "roles-section";
    // The domains (tests/data/sphinx/domains): Sphinx's titles and search rules.
    QTest::newRow("py func, full name") << "domains/index" << ":py:func:`spam.eggs.join`"
                                        << "python.html#spam.eggs.join" << "spam.eggs.join()";
    QTest::newRow("py func, ~") << "domains/index" << ":func:`~spam.eggs.split`" << "python.html#spam.eggs.split"
                                << "split()";
    QTest::newRow("py meth, . searches suffixes") << "domains/index" << ":meth:`.fry`"
                                                  << "python.html#spam.eggs.Spam.fry" << "fry()";
    QTest::newRow("py builtin class") << "domains/index" << ":class:`list`" << "python.html#list" << "list";
    QTest::newRow("py method of a builtin") << "domains/index" << ":meth:`list.append`" << "python.html#list.append"
                                            << "list.append()";
    QTest::newRow("py module") << "domains/index" << ":mod:`spam.eggs`" << "python.html#module-spam.eggs"
                               << "spam.eggs";
    QTest::newRow("py attr finds a property") << "domains/index" << ":attr:`spam.eggs.Spam.area`"
                                              << "python.html#spam.eggs.Spam.area" << "spam.eggs.Spam.area";
    QTest::newRow("py explicit title") << "domains/index" << ":func:`joining <spam.eggs.join>`"
                                       << "python.html#spam.eggs.join" << "joining";
    QTest::newRow("py missing") << "domains/index" << ":func:`no.such`" << "" << "";
    QTest::newRow("c function") << "domains/index" << ":c:func:`PyObject_GetAttr`" << "c.html#c.PyObject_GetAttr"
                                << "PyObject_GetAttr()";
    QTest::newRow("c member") << "domains/index" << ":c:member:`PyObject.ob_refcnt`"
                              << "c.html#c.PyObject.ob_refcnt" << "PyObject.ob_refcnt";
    QTest::newRow("c enumerator in its enum") << "domains/index" << ":c:enumerator:`Color.RED`"
                                              << "c.html#c.Color.RED" << "Color.RED";
    QTest::newRow("c pointer is no name") << "domains/index" << ":c:type:`PyObject*`" << "" << "";
    QTest::newRow("rst directive") << "domains/index" << ":rst:dir:`toctree`" << "other.html#directive-toctree"
                                   << "toctree";
    QTest::newRow("rst directive option") << "domains/index" << ":rst:dir:`toctree:maxdepth`"
                                          << "other.html#directive-option-toctree-maxdepth" << "toctree:maxdepth";
    QTest::newRow("rst role") << "domains/index" << ":rst:role:`ref`" << "other.html#role-ref" << "ref";
    QTest::newRow("js function in its module") << "domains/index" << ":js:func:`widgets.render`"
                                               << "other.html#widgets.render" << "widgets.render()";
    QTest::newRow("envvar keeps case") << "domains/index" << ":envvar:`MYVAR`" << "other.html#envvar-MYVAR" << "MYVAR";
    // C++: Sphinx's v4 ids; names looked up in the reference's namespace, then outward.
    QTest::newRow("cpp class, qualified") << "domains/index" << ":cpp:class:`geo::Shape`"
                                          << "cpp.html#_CPPv4N3geo5ShapeE" << "geo::Shape";
    QTest::newRow("cpp const member function") << "domains/index" << ":cpp:func:`geo::Shape::area`"
                                               << "cpp.html#_CPPv4NK3geo5Shape4areaEv" << "geo::Shape::area()";
    QTest::newRow("cpp template function") << "domains/index" << ":cpp:func:`geo::clamp`"
                                           << "cpp.html#_CPPv4I0EN3geo5clampE1T1T1T1T" << "geo::clamp()";
    QTest::newRow("cpp enumerator in its enum") << "domains/index" << ":cpp:enumerator:`geo::Color::Red`"
                                                << "cpp.html#_CPPv4N3geo5Color3RedE" << "geo::Color::Red";
    QTest::newRow("cpp in a pushed namespace") << "domains/index" << ":cpp:func:`geo::detail::helper`"
                                               << "cpp.html#_CPPv4N3geo6detail6helperEiz" << "geo::detail::helper()";
    QTest::newRow("cpp ~ shows the last component") << "domains/index" << ":cpp:class:`~geo::Shape`"
                                                    << "cpp.html#_CPPv4N3geo5ShapeE" << "Shape";
    QTest::newRow("cpp unqualified, outside its namespace") << "domains/index" << ":cpp:class:`Shape`" << "" << "";
    QTest::newRow("cpp unqualified, in its namespace")
        << "domains/index" << ".. cpp:namespace:: geo\n\n:cpp:class:`Shape`" << "cpp.html#_CPPv4N3geo5ShapeE" << "Shape";
    QTest::newRow("cpp outward from a nested namespace")
        << "domains/index" << ".. cpp:namespace:: geo::detail\n\n:cpp:struct:`Point`" << "cpp.html#_CPPv4N3geo5PointE"
        << "Point";
    QTest::newRow("cpp global scope written") << "domains/index" << ".. cpp:namespace:: geo\n\n:cpp:func:`::draw`"
                                              << "cpp.html#_CPPv44drawRN3geo5ShapeE" << "::draw()";
    QTest::newRow("cpp missing") << "domains/index" << ":cpp:func:`missing`" << "" << "";
}

void TestSphinx::resolves()
{
    QFETCH(QString, from);
    QFETCH(QString, role);
    QFETCH(QString, href);
    QFETCH(QString, title);
    // A role parsed on its own, then resolved as if written in `from`.
    const auto doc = parseRst(role + u'\n', QStringLiteral("snippet"), m_project->registry());
    const Node *xref = doc->findFirst(u"pending_xref");
    QVERIFY2(xref, qPrintable(role));
    const XrefResolution link = XrefResolvers::standard().resolve(*m_project, from, *xref);
    QCOMPARE(link.href, href);
    if (href.isEmpty())
        QVERIFY2(!link.reason.isEmpty(), "an unresolved reference must say why");
    else
        QCOMPARE(link.text, title);
}

void TestSphinx::rendersRoles_data()
{
    QTest::addColumn<QString>("rst");
    QTest::addColumn<QString>("expected");
    QTest::newRow("command") << ":command:`ls`" << "<strong class=\"command\">ls</strong>";
    QTest::newRow("program") << ":program:`nova`" << "<strong class=\"program\">nova</strong>";
    QTest::newRow("file variable") << ":file:`/etc/{x}.conf`" << "<code class=\"literal file\">/etc/<em>x</em>.conf</code>";
    QTest::newRow("samp") << ":samp:`a {b} c`" << "<code class=\"literal samp\">a <em>b</em>";
    QTest::newRow("kbd") << ":kbd:`Ctrl-C`" << "<kbd class=\"kbd\">Ctrl-C</kbd>";
    QTest::newRow("guilabel") << ":guilabel:`&Cancel`" << "<span class=\"guilabel\">Cancel</span>";
    QTest::newRow("menuselection") << ":menuselection:`A --> B`" << "<span class=\"menuselection\">A \u2023 B</span>";
    QTest::newRow("abbr") << ":abbr:`LIFO (last-in, first-out)`" << "<abbr title=\"last-in, first-out\">LIFO</abbr>";
    QTest::newRow("pep") << ":pep:`8`" << "href=\"https://peps.python.org/pep-0008";
    QTest::newRow("rfc") << ":rfc:`2822`" << "rfc2822";
    QTest::newRow("pep with title and anchor") << ":pep:`the style guide <8#naming>`"
                                               << "<a class=\"reference external pep\" href=\"https://peps.python.org/pep-0008/#naming\">"
                                                  "<strong>the style guide</strong></a>";
    QTest::newRow("rfc with anchor") << ":rfc:`2822#section-3.6`"
                                     << "href=\"https://datatracker.ietf.org/doc/html/rfc2822.html#section-3.6\">"
                                        "<strong>RFC 2822#section-3.6</strong></a>";
    QTest::newRow("manpage without manpages_url") << ":manpage:`ls(1)`" << "<em class=\"manpage\">ls(1)</em>";
    QTest::newRow("mailheader") << ":mailheader:`Content-Type`" << "<em class=\"mailheader\">Content-Type</em>";
    QTest::newRow("! no link") << ":option:`!--foo`" << "<code class=\"literal xref std std-option\">--foo</code>";
    QTest::newRow("! keeps the title as written") << ":ref:`!Title <x>`" << "<span class=\"xref std std-ref\">Title &lt;x&gt;</span>";
    QTest::newRow("py signature") << ".. function:: f(a, b=1, *, c: int = 2) -> bool"
                                  << "<em class=\"sig-param\"><span class=\"n\">b</span><span class=\"o\">=</span>"
                                     "<span class=\"default_value\">1</span></em>";
    QTest::newRow("py optional parameters") << ".. function:: f(a[, b])"
                                            << "<span class=\"optional\">[</span>, <em class=\"sig-param\">";
    QTest::newRow("py class is not docutils' class") << ".. class:: Thing(x)\n\n   Body."
                                                     << "<dl class=\"py class\"><dt class=\"sig sig-object py\" id=\"Thing\">";
    QTest::newRow("c declaration") << ".. c:function:: int f(const char *s)"
                                   << "<span class=\"sig-name descname\"><span class=\"n\">f</span></span>";
    QTest::newRow("info fields grouped") << ".. function:: f(x)\n\n   :param int x: the x\n   :raises ValueError: bad\n   :rtype: str"
                                         << "<dt>Parameters</dt>\n<dd><p><strong>x</strong> (<span class=\"xref unresolved\" title=\"class: int\">int</span>) \u2013 the x</p>";
    QTest::newRow("collapsible") << ".. note::\n   :collapsible:\n\n   Text."
                                 << "<details class=\"admonition note collapsible\" open><summary class=\"admonition-title\">Note</summary>";
    QTest::newRow("collapsible closed") << ".. admonition:: Mine\n   :collapsible: closed\n\n   Text."
                                        << "<details class=\"admonition collapsible admonition-mine\"><summary class=\"admonition-title\">Mine</summary>";
    QTest::newRow("productionlist") << ".. productionlist::\n   a: `b` | \"c\"\n    : | \"d\"\n   b: \"e\""
                                    << "| &quot;c&quot;\n       | &quot;d&quot;\n<strong id=\"grammar-token-b\">b</strong> ::=  "
                                       "&quot;e&quot;\n";
    QTest::newRow("math") << ":math:`x^2`" << "<code class=\"math\"";
    QTest::newRow("py class tilde") << ":py:class:`~a.b.C`" << "title=\"class: a.b.C\">C</span>";
    QTest::newRow("oslo option") << ":oslo.config:option:`DEFAULT.debug`" << "title=\":oslo.config:option: DEFAULT.debug";
    QTest::newRow("nova extra spec") << ":nova:extra-spec:`hw:cpu_policy`" << "class=\"xref domain-role\"";
    QTest::newRow("version note") << ".. versionadded:: 2.0\n\n   Text."
                                  << "<span class=\"versionmodified-label\">New in version 2.0:</span> Text.";
    QTest::newRow("deprecated inline") << ".. deprecated:: 3.0 Gone." << "Deprecated since version 3.0:</span> Gone.";
    QTest::newRow("seealso") << ".. seealso:: Other." << "<p class=\"admonition-title\">See also</p>";
    QTest::newRow("centered") << ".. centered:: MID" << "<p class=\"centered\"><strong>MID</strong></p>";
    QTest::newRow("hlist") << ".. hlist::\n   :columns: 2\n\n   * a\n   * b\n   * c"
                           << "<table class=\"hlist\"><tr><td><ul><li><p>a</p>\n</li>\n<li><p>b</p>\n</li>\n</ul></td><td><ul><li><p>c</p>";
    QTest::newRow("glossary sorted") << ".. glossary::\n   :sorted:\n\n   b\n      Bee.\n\n   A\n      Ay."
                                     << "<dt id=\"term-A\">A</dt>\n<dd><p>Ay.</p>\n</dd>\n<dt id=\"term-b\">b</dt>";
    QTest::newRow("index invisible") << ".. index:: x\n\nText." << "<p>Text.</p>";
    QTest::newRow("todo") << ".. todo:: Later." << "<p class=\"admonition-title\">Todo</p>";
    QTest::newRow("placeholder") << ".. automodule:: nova.x\n   :members:" << "<code>.. automodule::</code> nova.x";
    QTest::newRow("code linenos") << ".. code-block:: text\n   :linenos:\n\n   a\n   b"
                                  << "<span class=\"linenos\">1</span>a\n<span class=\"linenos\">2</span>b";
    QTest::newRow("emphasize") << ".. code-block:: text\n   :emphasize-lines: 2\n\n   a\n   b"
                               << "a\n<span class=\"hll\">b</span>";
    QTest::newRow("dedent") << ".. code-block:: text\n   :dedent: 2\n\n     a" << "<pre class=\"code lang-text\">a</pre>";
    QTest::newRow("option directive") << ".. option:: -x, --ex <v>\n\n   Help."
                                      << "<span class=\"sig-name descname\">--ex</span>";
    QTest::newRow("option signatures on two lines") << ".. cmdoption:: -h\n               --help\n\n   Help."
                                                   << "<dl class=\"std cmdoption\"><dt class=\"sig sig-object std\"><span class=\"sig-name descname\">-h</span>, <span class=\"sig-name descname\">--help</span>";
    QTest::newRow("footnote backref") << "A [1]_.\n\n.. [1] Note." << "<a class=\"backref\" href=\"#footnote-reference-1\">1</a>";
    QTest::newRow("table rowspan") << "+---+---+\n| a | b |\n+   +---+\n|   | c |\n+---+---+"
                                   << "<td rowspan=\"2\">a</td>";
    QTest::newRow("option list") << "-a   All." << "<dl class=\"option-list\">";
    QTest::newRow("named reference") << "`Foo`_ and bar_\n\n.. _foo: https://x.org/\n.. _bar: Foo_"
                                     << "<a class=\"reference external\" href=\"https://x.org/\">Foo</a> and "
                                        "<a class=\"reference external\" href=\"https://x.org/\">bar</a>";
    QTest::newRow("anonymous references") << "`a`__ `b`__\n\n__ https://a.org/\n\n.. __: https://b.org/"
                                          << "href=\"https://a.org/\">a</a> <a class=\"reference external\" href=\"https://b.org/\">b</a>";
    QTest::newRow("reference to a section") << "Title\n=====\n\nSee `Title`_." << "<a class=\"reference internal\" href=\"#title\">Title</a>";
    QTest::newRow("substitution") << "A |x|.\n\n.. |x| replace:: *ex*" << "<p>A <em>ex</em>.</p>";
}

void TestSphinx::rendersRoles()
{
    QFETCH(QString, rst);
    QFETCH(QString, expected);
    const QString html = renderSnippet(rst + u'\n');
    QVERIFY2(html.contains(expected), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("class=\"problem")), qPrintable(html));
}

void TestSphinx::problems_data()
{
    QTest::addColumn<QString>("expected"); ///< "file:line: severity: message part"
    QTest::newRow("undefined label") << "roles.rst:20: error: :ref:`no-such-label`: undefined label";
    QTest::newRow("missing doc") << "roles.rst:20: error: :doc:`missing-page`: unknown document";
    QTest::newRow("missing term") << "roles.rst:20: error: :term:`nothing`: term not in glossary";
    QTest::newRow("untitled label") << "roles.rst:20: error: :ref:`anon-para`: label anon-para has no title";
    QTest::newRow("missing download") << "roles.rst:20: error: :download:`gone.txt`: download file not found";
    QTest::newRow("placeholder") << "directives.rst:54: notice: directive extra-specs is generated at build time";
    QTest::newRow("unknown directive") << "directives.rst:57: notice: directive totally-unknown is generated";
    QTest::newRow("unknown domain role") << "roles.rst:13: notice: role :made.up:role: is not resolved";
    QTest::newRow("literalinclude outside") << "hostile.rst:10: warning: Include file \"../../../../../../etc/passwd\"";
    QTest::newRow("literalinclude root escape") << "hostile.rst:12: warning: Include file \"/../../../../../../../../etc/passwd\" is outside";
    QTest::newRow("include outside") << "hostile.rst:18: warning: File \"../../../../../../../../etc/passwd\" is outside";
    QTest::newRow("csv-table file outside") << "hostile.rst:20: warning: File \"../../../../../../../../etc/passwd\" is outside";
    QTest::newRow("include root escape") << "hostile.rst:23: warning: File \"/../../../../../../../../etc/passwd\" is outside";
    QTest::newRow("include outside") << "hostile.rst:18: warning: File \"../../../../../../../../etc/passwd\" is outside";
    QTest::newRow("csv-table file outside") << "hostile.rst:20: warning: File \"../../../../../../../../etc/passwd\" is outside";
    QTest::newRow("include root escape") << "hostile.rst:23: warning: File \"/../../../../../../../../etc/passwd\" is outside";
    QTest::newRow("unknown target name") << "roles.rst:27: error: Unknown target name: \"nowhere\"";
    QTest::newRow("download outside") << "hostile.rst:14: error: :download:`/../../../../etc/passwd`: download file";
    QTest::newRow("numref, section not numbered")
        << "numbers/index.rst:19: warning: :numref:`numbers-top`: no number is assigned for section";
    QTest::newRow("numref, uncaptioned figure") << "numbers/index.rst:19: warning: :numref:`plain-fig`: no number is assigned";
    QTest::newRow("numref, no label") << "numbers/index.rst:19: error: :numref:`no-such-figure`: undefined label";
    QTest::newRow("! after a title") << "extras/index.rst:15: error: :ref:`!kept`: undefined label: !kept";
    QTest::newRow("cpp name outside its namespace")
        << "domains/cpp.rst:52: notice: :class:`Shape`: cpp:class reference target not found: Shape";
    QTest::newRow("unknown confval") << "extras/index.rst:51: error: :confval:`no_such_value`: unknown configuration value";
}

void TestSphinx::problems()
{
    QFETCH(QString, expected);
    QStringList lines;
    const QDir root(m_project->root());
    for (const Problem &p : checkProject(*m_project))
        lines << QStringLiteral("%1:%2: %3: %4")
                     .arg(root.relativeFilePath(p.file))
                     .arg(p.line)
                     .arg(Problem::severityName(p.severity), p.message);
    for (const QString &l : std::as_const(lines))
        if (l.startsWith(expected))
            return;
    QFAIL(qPrintable(QStringLiteral("no problem starts with\n  %1\namong\n  %2").arg(expected, lines.join(QStringLiteral("\n  ")))));
}

void TestSphinx::readsConfFacts()
{
    const ConfFacts &c = m_project->conf();
    QCOMPARE(c.project, QStringLiteral("Sphinx Sample"));
    QCOMPARE(c.version, QStringLiteral("1.2"));
    QCOMPARE(c.release, QStringLiteral("1.2.3"));
    QVERIFY(c.todoIncludeTodos);
    QCOMPARE(c.highlightLanguage, QStringLiteral("python"));
    QCOMPARE(c.extlinks.value(QStringLiteral("bug")).first, QStringLiteral("https://bugs.example.org/%s"));
    QCOMPARE(c.extlinks.value(QStringLiteral("bug")).second, QStringLiteral("bug %s"));
    QCOMPARE(c.extlinks.value(QStringLiteral("pypi")).second, QString());
    QCOMPARE(c.openstackProjects, QStringList{QStringLiteral("neutron")});
    QVERIFY(c.rstEpilog.contains(QStringLiteral("|product| replace::")));
    const ConfFacts prolog = ConfFacts::parse(QStringLiteral("rst_prolog = '''\n.. |a| replace:: b\n'''\n"));
    QCOMPARE(prolog.rstProlog, QStringLiteral("\n.. |a| replace:: b\n"));
    QVERIFY(c.numfig);
    QCOMPARE(c.numfigFormat.value(QStringLiteral("section")), QStringLiteral("Chapter {number}"));
    QCOMPARE(c.numfigFormat.value(QStringLiteral("figure")), QStringLiteral("Fig. %s")); // Sphinx's default
    const ConfFacts formats = ConfFacts::parse(QStringLiteral(
        "numfig = False\nnumfig_secnum_depth = 2\nnumfig_format = {\n    'figure': 'Abb. {number}: {name}',  # braces\n"
        "    \"table\": \"Tab. %s\",\n}\n"));
    QVERIFY(!formats.numfig);
    QCOMPARE(formats.numfigSecnumDepth, 2);
    QCOMPARE(formats.numfigFormat.value(QStringLiteral("figure")), QStringLiteral("Abb. {number}: {name}"));
    QCOMPARE(formats.numfigFormat.value(QStringLiteral("table")), QStringLiteral("Tab. %s"));
    QCOMPARE(formats.numfigFormat.value(QStringLiteral("code-block")), QStringLiteral("Listing %s"));
    QCOMPARE(c.manpagesUrl, QStringLiteral("https://manpages.example.org/{section}/{page}.{section}.html"));
}

void TestSphinx::appliesPrologAndSubstitutions()
{
    // The epilog's substitution and Sphinx's |version| are replaced on the page.
    const QString html = PageRenderer(*m_project).page(QStringLiteral("roles"), PageMode::Standalone);
    QVERIFY2(html.contains(QStringLiteral("The product is Sphinx Sample Product, version 1.2.")), qPrintable(html));

    // A prolog does not move line numbers: the broken reference stays on line 3 of its file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile conf(dir.filePath(QStringLiteral("conf.py")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("rst_prolog = \"\"\"\n.. |p| replace:: prologue\n\n\"\"\"\n");
    conf.close();
    QFile index(dir.filePath(QStringLiteral("index.rst")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("Title\n=====\n\nSee :ref:`nowhere` and |p| and |q|.\n");
    index.close();
    QString error;
    const auto p = Project::open(dir.path(), &error);
    QVERIFY2(p, qPrintable(error));
    QStringList found;
    for (const Problem &problem : checkProject(*p))
        found << QStringLiteral("%1 %2").arg(problem.line).arg(problem.message);
    QVERIFY2(found.contains(QStringLiteral("4 :ref:`nowhere`: undefined label: nowhere")), qPrintable(found.join(u'\n')));
    QVERIFY2(found.contains(QStringLiteral("4 Undefined substitution referenced: \"q\".")), qPrintable(found.join(u'\n')));
    QVERIFY(PageRenderer(*p).page(QStringLiteral("index"), PageMode::Standalone).contains(QStringLiteral("and prologue and")));
}

void TestSphinx::hostileSourceStaysInside()
{
    const QString html = PageRenderer(*m_project).page(QStringLiteral("hostile"), PageMode::Standalone);
    QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("root:x:0")), "literalinclude read /etc/passwd");
    QVERIFY2(!html.contains(QStringLiteral("href=\"javascript:")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("Test Tree")), "literalinclude read outside the tree root");
    QVERIFY2(!html.contains(QRegularExpression(QStringLiteral("href=\"[^\"]*passwd"))), "a download link leads outside the tree");
}

void TestSphinx::checkCommand()
{
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int status = runHeadlessCommand({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), sampleDir()},
                                          out, err);
    out.flush();
    QCOMPARE(status, 1);
    QJsonParseError parseError;
    const QJsonObject report = QJsonDocument::fromJson(outText.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(outText));
    QVERIFY(report.value(QStringLiteral("errors")).toInt() > 0);
    QCOMPARE(report.value(QStringLiteral("documents")).toInt(), 17);
    const QJsonObject first = report.value(QStringLiteral("problems")).toArray().at(0).toObject();
    for (const char *key : {"file", "line", "severity", "kind", "message"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QVERIFY(report.value(QStringLiteral("references")).toObject().contains(QStringLiteral("ref")));

    QString text;
    QTextStream textOut(&text);
    QCOMPARE(runHeadlessCommand({QStringLiteral("check"), sampleDir()}, textOut, err), 1);
    textOut.flush();
    QVERIFY2(text.contains(QStringLiteral("roles.rst:20: error: :ref:`no-such-label`: undefined label")), qPrintable(text));
    // Sphinx is silent about domain references it cannot find unless nitpicky: notices, not errors.
    QVERIFY2(text.contains(QStringLiteral("notice: :func:`missing.function`: py:func reference target not found")),
             qPrintable(text));

    // A tree without errors exits 0.
    QString clean;
    QTextStream cleanOut(&clean);
    QCOMPARE(runHeadlessCommand({QStringLiteral("check"), DocentTest::dataDir(QStringLiteral("reader"))}, cleanOut, err), 0);
}

void TestSphinx::onlyEvaluatesTags_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<bool>("shown");
    QTest::newRow("html") << "html" << true;
    QTest::newRow("latex") << "latex" << false;
    QTest::newRow("not latex") << "not latex" << true;
    QTest::newRow("html and latex") << "html and latex" << false;
    QTest::newRow("latex or builder_html") << "latex or builder_html" << true;
    QTest::newRow("parens") << "not (latex or man)" << true;
}

void TestSphinx::onlyEvaluatesTags()
{
    QFETCH(QString, expr);
    QFETCH(bool, shown);
    const QString html = renderSnippet(QStringLiteral(".. only:: %1\n\n   MARKER\n").arg(expr));
    QCOMPARE(html.contains(QStringLiteral("MARKER")), shown);
}

void TestSphinx::reloadsOneDocument()
{
    // A copy of the tree, so one file can change under the project.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *f : {"conf.py", "index.rst", "guide/glossary.rst"}) {
        const QString to = dir.filePath(QLatin1String(f));
        QDir().mkpath(QFileInfo(to).absolutePath());
        QVERIFY(QFile::copy(sampleDir() + u'/' + QLatin1String(f), to));
        QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    QString error;
    auto p = Project::open(dir.path(), &error);
    QVERIFY2(p, qPrintable(error));
    QVERIFY(p->inventory().term(QStringLiteral("cell")));
    QVERIFY(!p->inventory().label(QStringLiteral("fresh")));
    QFile f(dir.filePath(QStringLiteral("guide/glossary.rst")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(".. _fresh:\n\nFresh\n=====\n\n.. glossary::\n\n   Pod\n      A pod.\n");
    f.close();
    p->reloadDocument(QStringLiteral("guide/glossary"));
    QVERIFY2(!p->inventory().term(QStringLiteral("cell")), "terms of the old text must be gone");
    QVERIFY(p->inventory().term(QStringLiteral("pod")));
    QVERIFY(p->inventory().label(QStringLiteral("fresh")));
    QCOMPARE(p->inventory().label(QStringLiteral("fresh"))->title, QStringLiteral("Fresh"));
    QCOMPARE(p->document(QStringLiteral("guide/glossary"))->title, QStringLiteral("Fresh"));
}

void TestSphinx::rendersGraphviz()
{
    const auto doc = parseRst(QStringLiteral(".. graphviz::\n   :caption: A graph\n\n   digraph g { a -> b; }\n\n"
                                             ".. digraph:: h\n\n   x -> y\n"),
                              QStringLiteral("snippet"), Registry::sphinx());
    const QString source = HtmlWriter::body(*doc, {}); // nothing draws graphs: shown as source
    QVERIFY2(source.contains(QStringLiteral("<pre class=\"code lang-dot\">")), qPrintable(source));
    QVERIFY2(source.contains(QStringLiteral("<figcaption>A graph</figcaption>")), qPrintable(source));
    QVERIFY2(source.contains(QStringLiteral("digraph</span> <span class=\"hl-Variable\">h</span>")) ||
                 source.contains(QStringLiteral("digraph h {")),
             qPrintable(source));
    if (Graphviz::dotPath().isEmpty())
        QSKIP("Graphviz (dot) is not installed: only the source fallback was checked");
    HtmlOptions o;
    o.drawGraph = Graphviz::toSvg;
    const QString svg = HtmlWriter::body(*doc, o);
    // The SVG is an image: it can neither run script nor load anything.
    QVERIFY2(svg.contains(QStringLiteral("<img src=\"data:image/svg+xml;base64,")), qPrintable(svg.left(500)));
    QVERIFY(!svg.contains(QStringLiteral("<svg")));
}

void TestSphinx::novaReferences()
{
    const QString shared = qEnvironmentVariable("DOCENT_SHARED", QStringLiteral("../shared"));
    const QString nova = shared + QStringLiteral("/corpus/nova/doc/source");
    if (!QFileInfo::exists(nova + QStringLiteral("/conf.py")))
        QSKIP(qPrintable(QStringLiteral("the nova corpus is not at %1 (set DOCENT_SHARED)").arg(nova)));
    QString error;
    QElapsedTimer timer;
    timer.start();
    const auto p = Project::open(nova, &error);
    QVERIFY2(p, qPrintable(error));
    const qint64 openMs = timer.elapsed();
    QCOMPARE(p->docnames().size(), 190);
    const auto counts = countReferences(*p);
    qInfo("nova opened in %lld ms, references resolved in %lld ms", openMs, timer.elapsed() - openMs);
    qInfo("nova :doc: %d/%d, :ref: %d/%d", counts.value(QStringLiteral("doc")).resolved,
          counts.value(QStringLiteral("doc")).total, counts.value(QStringLiteral("ref")).resolved,
          counts.value(QStringLiteral("ref")).total);
    QCOMPARE(counts.value(QStringLiteral("doc")).total, 309);
    QCOMPARE(counts.value(QStringLiteral("doc")).resolved, 309);
    QVERIFY(counts.value(QStringLiteral("ref")).total >= 160);
    QVERIFY(counts.value(QStringLiteral("ref")).resolved >= 160);
    // What does not resolve is listed, with its place and a reason.
    int listed = 0;
    for (const Problem &problem : checkProject(*p))
        if (problem.kind == u"reference" && problem.message.startsWith(QStringLiteral(":ref:"))) {
            QVERIFY(problem.line > 0 && !problem.file.isEmpty());
            ++listed;
        }
    QCOMPARE(listed, counts.value(QStringLiteral("ref")).total - counts.value(QStringLiteral("ref")).resolved);
    // Extension directives and domain roles are notices, never errors.
    for (const Problem &problem : checkProject(*p))
        QVERIFY2(problem.kind != u"parser" || !problem.message.contains(QStringLiteral("Unknown")),
                 qPrintable(problem.file + u':' + QString::number(problem.line) + u' ' + problem.message));
    // Every page renders.
    for (const QString &docname : p->docnames())
        QVERIFY2(!PageRenderer(*p).page(docname, PageMode::Standalone).isEmpty(), qPrintable(docname));
}

// nova's API version history is a file of nova's code, included from the documentation tree:
// without a repository around the copy it is refused and the page says how to allow it; allowed,
// the history is shown and the four labels it holds resolve.
void TestSphinx::novaReadsItsOwnProjectWhenAllowed()
{
    const QString shared = qEnvironmentVariable("DOCENT_SHARED", QStringLiteral("../shared"));
    const QString repository = QFileInfo(shared + QStringLiteral("/corpus/nova")).canonicalFilePath();
    const QString nova = repository + QStringLiteral("/doc/source");
    if (!QFileInfo::exists(nova + QStringLiteral("/conf.py")))
        QSKIP(qPrintable(QStringLiteral("the nova corpus is not at %1 (set DOCENT_SHARED)").arg(nova)));
    if (!ReadScope::enclosingRepository(nova).isEmpty())
        QSKIP("this copy of nova is a repository: its files are read without an allowance");
    const QString history = QStringLiteral("reference/api-microversion-history");
    QString error;
    const auto refused = Project::open(nova, &error);
    QVERIFY2(refused, qPrintable(error));
    QCOMPARE(refused->document(history)->refusedFolders, QStringList{repository});
    const QString empty = PageRenderer(*refused).page(history, PageMode::Standalone);
    QVERIFY2(empty.contains(QStringLiteral("--allow-outside ") + repository), qPrintable(empty));
    QVERIFY(!empty.contains(QStringLiteral("Maximum in Kilo")));

    const auto allowed = Project::open(nova, &error, [&](const QString &) { return QStringList{repository}; });
    QVERIFY2(allowed, qPrintable(error));
    const auto counts = countReferences(*allowed);
    QCOMPARE(counts.value(QStringLiteral("ref")).resolved, counts.value(QStringLiteral("ref")).total);
    QVERIFY(counts.value(QStringLiteral("ref")).total >= 165);
    const QString page = PageRenderer(*allowed).page(history, PageMode::Standalone);
    QVERIFY(page.contains(QStringLiteral("Maximum in Kilo")));
    QVERIFY(!page.contains(QStringLiteral("--allow-outside")));
    QVERIFY(allowed->document(history)->refusedFolders.isEmpty());
}

void TestSphinx::numbersWithoutNumfig()
{
    // Sphinx without numfig: no figure numbers; :numref: to a figure shows its text without a
    // link (Sphinx warns "numfig is disabled"), while sections under a :numbered: toctree still
    // have numbers, in headings, toctrees and :numref:.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const char *name, const char *text) {
        QFile f(dir.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write("conf.py", "project = 'No numfig'\n");
    write("index.rst", "Book\n====\n\n.. toctree::\n   :numbered: 1\n\n   a\n   b\n\n"
                       "See :numref:`fig` and :numref:`sec` and :numref:`deep`.\n");
    write("a.rst", "Alpha\n=====\n\n.. _fig:\n\n.. figure:: x.png\n\n   Caption.\n\n.. _sec:\n\nSub\n---\n");
    write("b.rst", "Beta\n====\n\n.. _deep:\n\nSub of beta\n-----------\n");
    QString error;
    const auto p = Project::open(dir.path(), &error);
    QVERIFY2(p, qPrintable(error));
    const QString index = pageBody(*p, QStringLiteral("index"));
    QVERIFY2(index.contains(QStringLiteral("See fig and ")), qPrintable(index));
    // :numbered: 1 numbers the documents only: "Sub" has no number, so :numref: shows the label
    QVERIFY2(index.contains(QStringLiteral("and sec and deep.")), qPrintable(index));
    QVERIFY2(index.contains(QStringLiteral(">1. Alpha</a>")), qPrintable(index));
    QVERIFY2(index.contains(QStringLiteral(">2. Beta</a>")), qPrintable(index));
    const QString a = pageBody(*p, QStringLiteral("a"));
    QVERIFY2(a.contains(QStringLiteral("<h1><span class=\"section-number\">1. </span>Alpha")), qPrintable(a));
    QVERIFY2(a.contains(QStringLiteral("<h2>Sub<")), qPrintable(a));
    QVERIFY2(!a.contains(QStringLiteral("caption-number")), qPrintable(a));
    QStringList found;
    for (const Problem &problem : checkProject(*p))
        found << QStringLiteral("%1 %2").arg(Problem::severityName(problem.severity), problem.message);
    QVERIFY2(found.contains(QStringLiteral("warning :numref:`fig`: numfig is disabled in conf.py, so Sphinx ignores :numref:")),
             qPrintable(found.join(u'\n')));
}

void TestSphinx::extrasReportOnlyWhatSphinxDoes()
{
    // Sphinx 5.3 on tests/data/sphinx/extras warns only about these: "!" roles, targets split over
    // lines, labels before definition lists and program directives, the std roles and two pages
    // with a ".. contents::" each (implicit names, no "duplicate label contents") are all valid.
    QStringList found;
    for (const Problem &p : checkProject(*m_project))
        if (p.docname.startsWith(QStringLiteral("extras/")))
            found << QStringLiteral("%1:%2 %3").arg(p.docname).arg(p.line).arg(p.message);
    const QStringList expected{QStringLiteral("extras/index:15 :ref:`!kept`: undefined label: !kept"),
                               QStringLiteral("extras/index:51 :confval:`no_such_value`: unknown configuration value: "
                                              "no_such_value")};
    QCOMPARE(found, expected);
    // The doctree keeps the collapsible choice; the manpage role links with conf.py's manpages_url.
    const std::shared_ptr<const Node> doctree = m_project->doctree(QStringLiteral("extras/index"));
    QVERIFY(doctree);
    QVERIFY(toPseudoXml(*doctree).contains(QStringLiteral("<warning collapsible=\"closed\">")));
    QVERIFY(pageBody(*m_project, QStringLiteral("extras/index"))
                .contains(QStringLiteral("href=\"https://manpages.example.org/1/ls.1.html\">ls(1)</a></em>")));
}

QTEST_GUILESS_MAIN(TestSphinx)
#include "tst_sphinx.moc"
