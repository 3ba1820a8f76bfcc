// Sphinx's generated indices (general and Python module index) as pages, Sphinx's own extensions
// that need no Python, the project's own extensions read without running them, and
// `docent render TREE -o DIR` (golden pages of tests/data/sphinxext, cpython when present).
#include "cli/headlesscommands.h"
#include "doctree/indexentry.h"
#include "pages/pagerenderer.h"
#include "pages/projectcheck.h"
#include "sphinx/confexpression.h"
#include "sphinx/conffacts.h"
#include "sphinx/indices.h"
#include "sphinx/project.h"
#include "sphinx/projectextensions.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Docent;

Q_DECLARE_METATYPE(Docent::IndexEntry)

class TestSphinxExtensions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void readsIndexEntries_data();
    void readsIndexEntries();
    void sortsGeneralIndex();
    void groupsModules();
    void scansProjectExtension();
    void checkListsExtensionsAsNotices();
    void rendersTreeToFolder();
    void cpythonHasNoExtensionErrors();
    void evaluatesIfconfigConditions_data();
    void evaluatesIfconfigConditions();
    void summarisesDescribedObjects();
    void readsIfconfigValues();

private:
    std::optional<Project> m_project;
};

namespace {

QString sampleDir() { return DocentTest::dataDir(QStringLiteral("sphinxext")); }

QString pageBody(const Project &p, const QString &docname)
{
    const QString html = PageRenderer(p).page(docname, PageMode::Standalone);
    const qsizetype start = html.indexOf(QStringLiteral("<article"));
    return start < 0 ? html : html.mid(start);
}

IndexEntry single(const QString &value, const QString &id, const QString &main = {})
{
    return {QStringLiteral("single"), value, id, main, {}};
}

} // namespace

void TestSphinxExtensions::initTestCase()
{
    QString error;
    m_project = Project::open(sampleDir(), &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestSphinxExtensions::golden_data()
{
    QTest::addColumn<QString>("docname");
    for (const char *d : {"index", "other", "genindex", "py-modindex"})
        QTest::newRow(d) << QString::fromLatin1(d);
}

void TestSphinxExtensions::golden()
{
    QFETCH(QString, docname);
    QVERIFY(PageRenderer(*m_project).hasPage(docname));
    const QString golden = sampleDir() + QStringLiteral("/_golden/") + docname + QStringLiteral(".html");
    QString diff;
    QVERIFY2(DocentTest::matchesGolden(golden, pageBody(*m_project, docname), &diff), qPrintable(diff));
}

void TestSphinxExtensions::readsIndexEntries_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QList<IndexEntry>>("expected");
    const QString id = QStringLiteral("index-0");
    QTest::newRow("plain words split on commas")
        << QStringLiteral("a, b") << QList<IndexEntry>{single(QStringLiteral("a"), id), single(QStringLiteral("b"), id)};
    QTest::newRow("typed") << QStringLiteral("pair: a; b")
                           << QList<IndexEntry>{{QStringLiteral("pair"), QStringLiteral("a; b"), id, {}, {}}};
    QTest::newRow("double is a pair") << QStringLiteral("double: a; b")
                                      << QList<IndexEntry>{{QStringLiteral("pair"), QStringLiteral("a; b"), id, {}, {}}};
    QTest::newRow("main") << QStringLiteral("!single: a")
                          << QList<IndexEntry>{single(QStringLiteral("a"), id, QStringLiteral("main"))};
    QTest::newRow("object kind") << QStringLiteral("module: os")
                                 << QList<IndexEntry>{{QStringLiteral("pair"), QStringLiteral("module; os"), id, {}, {}}};
}

void TestSphinxExtensions::readsIndexEntries()
{
    QFETCH(QString, line);
    QFETCH(QList<IndexEntry>, expected);
    const QList<IndexEntry> entries = indexEntriesFromText(line, QStringLiteral("index-0"));
    QCOMPARE(entries, expected);
    // The attribute reads back in Sphinx's pseudo-XML spelling and in the Python one.
    QCOMPARE(parseIndexEntries(formatIndexEntries(entries)), expected);
    QCOMPARE(parseIndexEntries(QStringLiteral("[('single', 'join() (in module os.path)', 'os.path.join', '', None)]")),
             (QList<IndexEntry>{single(QStringLiteral("join() (in module os.path)"), QStringLiteral("os.path.join"))}));
}

void TestSphinxExtensions::sortsGeneralIndex()
{
    const std::vector<LocatedIndexEntry> entries{
        {QStringLiteral("b"), single(QStringLiteral("join() (in module posixpath)"), QStringLiteral("posixpath.join"))},
        {QStringLiteral("a"), single(QStringLiteral("join() (in module os.path)"), QStringLiteral("os.path.join"))},
        {QStringLiteral("a"), single(QStringLiteral("Zeta"), QStringLiteral("index-1"))},
        {QStringLiteral("a"), single(QStringLiteral("__init__"), QStringLiteral("index-2"))},
        {QStringLiteral("a"), single(QStringLiteral("+ operator"), QStringLiteral("index-3"))},
        {QStringLiteral("a"), single(QStringLiteral("alpha"), QStringLiteral("index-4"))},
        {QStringLiteral("c"), single(QStringLiteral("alpha"), QStringLiteral("index-0"), QStringLiteral("main"))},
    };
    const std::vector<IndexGroup> groups = buildGeneralIndex(entries);
    QStringList letters;
    for (const IndexGroup &g : groups)
        letters << g.letter;
    // Symbols first; "_" is a heading of its own, between them and the letters' order by case-folded key.
    QCOMPARE(letters, (QStringList{QStringLiteral("Symbols"), QStringLiteral("_"), QStringLiteral("A"),
                                   QStringLiteral("J"), QStringLiteral("Z")}));
    const IndexItem &alpha = groups[2].items.at(0);
    QCOMPARE(alpha.links.size(), size_t(2));
    QVERIFY(alpha.links[0].main); // the main entry first
    QCOMPARE(alpha.links[0].docname, QStringLiteral("c"));
    // The second join() folds under the first as "(in module posixpath)".
    const IndexItem &join = groups[3].items.at(0);
    QCOMPARE(join.name, QStringLiteral("join() (in module os.path)"));
    QCOMPARE(join.subitems.size(), size_t(1));
    QCOMPARE(join.subitems[0].name, QStringLiteral("(in module posixpath)"));
}

void TestSphinxExtensions::groupsModules()
{
    auto module = [](const QString &name) {
        ModuleInfo m;
        m.name = name;
        m.docname = QStringLiteral("lib");
        m.anchor = QStringLiteral("module-") + name;
        return m;
    };
    const std::vector<ModuleGroup> groups = buildModuleIndex(
        {module(QStringLiteral("zlib")), module(QStringLiteral("os.path")), module(QStringLiteral("os")),
         module(QStringLiteral("email.mime")), module(QStringLiteral("Abc"))});
    QCOMPARE(groups.size(), size_t(4));
    QCOMPARE(groups[0].letter, QStringLiteral("a"));
    QCOMPARE(groups[1].letter, QStringLiteral("e"));
    // A package only its submodule names: a heading without a link, then the submodule.
    QCOMPARE(groups[1].rows.size(), size_t(2));
    QVERIFY(!groups[1].rows[0].linked);
    QCOMPARE(groups[1].rows[0].module.name, QStringLiteral("email"));
    QVERIFY(groups[1].rows[1].submodule);
    // A described package with its submodule under it.
    QCOMPARE(groups[2].rows.size(), size_t(2));
    QVERIFY(groups[2].rows[0].hasSubmodules);
    QVERIFY(groups[2].rows[1].submodule);
}

void TestSphinxExtensions::scansProjectExtension()
{
    const ProjectExtensions ext = ProjectExtensions::read(m_project->root(), m_project->conf());
    QCOMPARE(ext.sphinxExtensions, (QStringList{QStringLiteral("sphinx.ext.doctest"), QStringLiteral("sphinx.ext.ifconfig")}));
    QCOMPARE(ext.projectExtensions, QStringList{QStringLiteral("projectroles")});
    QCOMPARE(ext.thirdParty, QStringList{QStringLiteral("thirdparty.widgets")});
    QCOMPARE(ext.roles.size(), 1);
    QCOMPARE(ext.roles[0].name, QStringLiteral("issue"));
    QVERIFY(ext.roles[0].origin.contains(QStringLiteral("_ext/projectroles.py")));
    QStringList directives;
    for (const auto &d : ext.directives)
        directives << d.name + u'=' + d.derivesFrom;
    QCOMPARE(directives, (QStringList{QStringLiteral("impl-detail="), QStringLiteral("py:coroutinefunction=py:function"),
                                      QStringLiteral("coroutinefunction=py:function")}));
    QCOMPARE(ext.objectTypes.size(), 2);
    QVERIFY(ext.objectTypes[0].parsedSignature);
    QCOMPARE(ext.objectTypes[0].indexTemplate, QStringLiteral("%s (opcode)"));
    QVERIFY(ext.objectTypes[1].crossref);
    QCOMPARE(ext.configValues.value(QStringLiteral("sample_flag")), QStringLiteral("True"));
}

void TestSphinxExtensions::checkListsExtensionsAsNotices()
{
    const QList<Problem> problems = checkProject(*m_project);
    QStringList errors, notices;
    for (const Problem &p : problems) {
        if (p.severity == Problem::Severity::Error)
            errors << p.message;
        else if (p.severity == Problem::Severity::Notice)
            notices << p.message;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QVERIFY2(notices.filter(QRegularExpression(QStringLiteral("^role :issue: is evaluated by the project extension "
                                                              "projectroles")))
                     .size() == 1,
             qPrintable(notices.join(u'\n')));
    QVERIFY2(notices.filter(QRegularExpression(QStringLiteral("^directive impl-detail is built by the project "
                                                              "extension projectroles")))
                     .size() == 1,
             qPrintable(notices.join(u'\n')));
}

void TestSphinxExtensions::rendersTreeToFolder()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QString text, errors;
    QTextStream o(&text), e(&errors);
    const int status = runHeadlessCommand({QStringLiteral("render"), sampleDir(), QStringLiteral("-o"), out.path()}, o, e);
    QVERIFY2(status == 0, qPrintable(errors));
    QStringList written;
    for (QDirIterator it(out.path(), {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        written << QDir(out.path()).relativeFilePath(it.next());
    written.sort();
    QCOMPARE(written, (QStringList{QStringLiteral("genindex.html"), QStringLiteral("index.html"),
                                   QStringLiteral("other.html"), QStringLiteral("py-modindex.html")}));
    const QString index = DocentTest::readFile(out.path() + QStringLiteral("/index.html"));
    QVERIFY(index.contains(QStringLiteral("href=\"genindex.html\"")));
    QVERIFY(index.contains(QStringLiteral("href=\"other.html\"")));
    QVERIFY(!index.contains(QStringLiteral("<script"))); // no script in a static page
    // Without a tree to write, nothing is written and the status says so.
    QCOMPARE(runHeadlessCommand({QStringLiteral("render"), QStringLiteral("-"), QStringLiteral("-o"), out.path()}, o, e), 2);
}

void TestSphinxExtensions::cpythonHasNoExtensionErrors()
{
    const QString tree = qEnvironmentVariable("DOCENT_SHARED") + QStringLiteral("/corpus/cpython/Doc");
    if (!QFileInfo::exists(tree + QStringLiteral("/conf.py")))
        QSKIP("../shared/corpus/cpython is not here");
    QString error;
    const auto project = Project::open(tree, &error);
    QVERIFY2(project, qPrintable(error));
    QStringList unknown;
    for (const Problem &p : checkProject(*project)) {
        if (p.severity == Problem::Severity::Error && p.message.contains(QStringLiteral("Unknown interpreted text role")))
            unknown << p.message;
    }
    // :issue:, :source: (pyspecific's roles), :opcode: and :pdbcmd: (its object types) are all known.
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.mid(0, 5).join(u'\n')));
    QVERIFY(PageRenderer(*project).page(QStringLiteral("genindex"), PageMode::Standalone).contains(QStringLiteral("id=\"Symbols\"")));
}

QTEST_GUILESS_MAIN(TestSphinxExtensions)
void TestSphinxExtensions::evaluatesIfconfigConditions_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("expected"); ///< 1 true, 0 false, -1 undecidable
    QTest::newRow("true name") << "flag" << 1;
    QTest::newRow("false name") << "off" << 0;
    QTest::newRow("not") << "not off" << 1;
    QTest::newRow("string equality") << "target == 'html'" << 1;
    QTest::newRow("double quotes") << "target != \"html\"" << 0;
    QTest::newRow("number comparison") << "level >= 2 and level < 4" << 1;
    QTest::newRow("chained comparison") << "1 < level <= 3" << 1;
    QTest::newRow("float and int") << "ratio > 1" << 1;
    QTest::newRow("negative number") << "-1 < level" << 1;
    QTest::newRow("string ordering") << "'abc' < target" << 1;
    QTest::newRow("in a list value") << "'admins' in audiences" << 1;
    QTest::newRow("not in a list value") << "'guests' not in audiences" << 1;
    QTest::newRow("in a tuple literal") << "target in ('latex', 'epub')" << 0;
    QTest::newRow("in a list literal") << "target in ['html']" << 1;
    QTest::newRow("substring") << "'tm' in target" << 1;
    QTest::newRow("or, and precedence") << "off or flag and level == 3" << 1;
    QTest::newRow("parentheses") << "(off or flag) and not (level == 3)" << 0;
    QTest::newRow("is None") << "nothing is None" << 1;
    QTest::newRow("is not None") << "target is not None" << 1;
    QTest::newRow("True equals 1") << "flag == 1" << 1;
    QTest::newRow("empty list is false") << "empty" << 0;
    QTest::newRow("value naming a value") << "alias == 'html'" << 1;
    QTest::newRow("unknown name") << "unknown_value" << -1;
    QTest::newRow("attribute") << "target.startswith('h')" << -1;
    QTest::newRow("call") << "len(audiences) > 1" << -1;
    QTest::newRow("comparing a string with a number") << "target < 3" << -1;
    QTest::newRow("arithmetic") << "level + 1 == 4" << -1;
    QTest::newRow("unbalanced") << "(flag" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestSphinxExtensions::evaluatesIfconfigConditions()
{
    QFETCH(QString, condition);
    QFETCH(int, expected);
    const QHash<QString, QString> values{
        {QStringLiteral("flag"), QStringLiteral("True")},          {QStringLiteral("off"), QStringLiteral("False")},
        {QStringLiteral("target"), QStringLiteral("'html'")},      {QStringLiteral("level"), QStringLiteral("3")},
        {QStringLiteral("ratio"), QStringLiteral("1.5")},          {QStringLiteral("nothing"), QStringLiteral("None")},
        {QStringLiteral("audiences"), QStringLiteral("['users', 'admins']")},
        {QStringLiteral("empty"), QStringLiteral("[]")},           {QStringLiteral("alias"), QStringLiteral("target")}};
    const std::optional<bool> result = evaluateConfCondition(condition, [&](const QString &name) -> std::optional<QString> {
        if (auto it = values.constFind(name); it != values.cend())
            return *it;
        return std::nullopt;
    });
    QCOMPARE(result.has_value() ? int(*result) : -1, expected);
}

// autosummary's second column: the first sentence of the description the tree holds.
void TestSphinxExtensions::summarisesDescribedObjects()
{
    const QString html = pageBody(*m_project, QStringLiteral("index"));
    QVERIFY2(html.contains(QStringLiteral("Boil the water for a while.</td>")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("Then take it off the heat")));
    QVERIFY(html.contains(QStringLiteral("A pot to cook in, written over two lines and with no full stop</td>")));
    // conf.py's values decide the conditions Docent can evaluate
    QVERIFY(html.contains(QStringLiteral("Shown when the flag is set.")));
    QVERIFY(html.contains(QStringLiteral("Shown: the target is html")));
    QVERIFY(!html.contains(QStringLiteral("Never shown")));
    QVERIFY(html.contains(QStringLiteral("Shown with its condition")));
}

// What ifconfig may name: conf.py's literal assignments (lists too) and setup()'s defaults.
void TestSphinxExtensions::readsIfconfigValues()
{
    const ConfFacts conf = ConfFacts::read(sampleDir() + QStringLiteral("/conf.py"));
    QCOMPARE(conf.literals.value(QStringLiteral("docs_target")), QStringLiteral("'html'"));
    QCOMPARE(conf.literals.value(QStringLiteral("doc_level")), QStringLiteral("3"));
    QCOMPARE(conf.literals.value(QStringLiteral("audiences")), QStringLiteral("['users', 'admins']"));
    QCOMPARE(conf.configDefaults.value(QStringLiteral("kitchen_open")), QStringLiteral("True"));
    QVERIFY(!conf.literals.contains(QStringLiteral("kitchen_open")));
}

#include "tst_sphinxextensions.moc"
