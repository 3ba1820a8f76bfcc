// Full-text search: what a page gives the index, queries made safe, ranking, the index kept up to
// date after edits and deletions, the cache reused and invalidated, a cache that cannot be kept,
// the worker thread, `docent search`, and the ranking on nova (when ../shared is here).
#include "cli/headlesscommands.h"
#include "search/searchindex.h"
#include "search/treesearch.h"
#include "sphinx/project.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace Docent;

class TestSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sectionsOfAPage();
    void queriesAreMadeSafe_data();
    void queriesAreMadeSafe();
    void finds_data();
    void finds();
    void namesComeFirst();
    void snippetsMarkTheMatches();
    void editAndDeletionUpdateTheIndex();
    void cacheIsReusedAndInvalidated();
    void includedFilesInvalidateTheirPage();
    void damagedCacheIsMadeAgain();
    void unwritableCacheKeepsSearchInMemory();
    void workerAnswersTheLatestQuery();
    void aClosedTreeAnswersNothing();
    void commandLine();
    void novaRanking_data();
    void novaRanking();

private:
    static QString fixture() { return DocentTest::dataDir(QStringLiteral("search/tree")); }
    static QStringList targets(const QList<SearchHit> &hits);
};

namespace {

std::optional<Project> openTree(const QString &path)
{
    QString error;
    auto project = Project::open(path, &error);
    if (!project)
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(error));
    return project;
}

// A copy of the fixture tree that a test may edit.
bool copyFixture(const QString &to)
{
    const QDir from(DocentTest::dataDir(QStringLiteral("search/tree")));
    for (const QString &name : from.entryList(QDir::Files))
        if (!QFile::copy(from.filePath(name), to + u'/' + name))
            return false;
    return true;
}

// Rewrites a file so that its size changes, as an editor's save does.
bool rewrite(const QString &path, const QString &text)
{
    return DocentTest::writeFile(path, text);
}

} // namespace

QStringList TestSearch::targets(const QList<SearchHit> &hits)
{
    QStringList list;
    for (const SearchHit &hit : hits)
        list << hit.docname + u'#' + hit.anchor;
    return list;
}

void TestSearch::sectionsOfAPage()
{
    const auto project = openTree(fixture());
    QVERIFY(project);
    const QList<SearchSection> sections = searchSections(*project->doctree(QStringLiteral("migration")));
    QCOMPARE(sections.size(), 4);
    QCOMPARE(sections[0].anchor, QStringLiteral("moving-servers"));
    QCOMPARE(sections[1].titles, (QStringList{QStringLiteral("Moving Servers"), QStringLiteral("Live migration")}));
    QVERIFY(sections[1].body.startsWith(QStringLiteral("A live migration moves a running server")));
    QVERIFY2(!sections[0].body.contains(QStringLiteral("running")), "a nested section's text is its own");
    QCOMPARE(sections[2].code.trimmed(), QStringLiteral("openstack server migrate --wait my-server"));
    QVERIFY(!sections[2].body.contains(QStringLiteral("openstack")));

    const QList<SearchSection> terms = searchSections(*project->doctree(QStringLiteral("glossary")));
    QCOMPARE(terms.size(), 1);
    QCOMPARE(terms[0].names.size(), 3);
    QCOMPARE(terms[0].names[2].text, QStringLiteral("Host aggregate"));
    QCOMPARE(terms[0].names[2].anchor, QStringLiteral("term-Host-aggregate"));
    QCOMPARE(nameKey(QStringLiteral("nova-manage cell_v2 map_instances")), nameKey(QStringLiteral("nova-manage-cell_v2-map_instances")));
    QCOMPARE(nameKey(QStringLiteral(" os.path.join ")), QStringLiteral("os.path.join"));
}

void TestSearch::queriesAreMadeSafe_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("match"); // what FTS5 is asked; "" for nothing to find
    QTest::newRow("words") << "live migration" << "\"live\" AND \"migration\"";
    QTest::newRow("stray quote") << "live \"migr" << "\"live\" AND \"migr\"";
    QTest::newRow("quote inside a word") << "a\"b" << "\"a\"\"b\"";
    QTest::newRow("AND alone") << "AND" << "\"AND\"";
    QTest::newRow("operators as words") << "OR NOT NEAR" << "\"OR\" AND \"NOT\" AND \"NEAR\"";
    QTest::newRow("star alone") << "*" << "";
    QTest::newRow("punctuation only") << "-- ( ) ^ :" << "";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("only an exclusion") << "-server" << "";
    QTest::newRow("exclusion") << "server -host" << "(\"server\") NOT (\"host\")";
    QTest::newRow("phrase") << "\"cold migration\"" << "\"cold migration\"";
    QTest::newRow("title") << "title:resizing" << "title : \"resizing\"";
    QTest::newRow("title without a word") << "title:" << "\"title:\"";
    QTest::newRow("column syntax") << "body:x" << "\"body:x\"";
    QTest::newRow("brackets") << "NEAR(a b)" << "\"NEAR(a\" AND \"b)\"";
    QTest::newRow("hyphenated option") << "--local-cell" << "\"--local-cell\"";
}

void TestSearch::queriesAreMadeSafe()
{
    QFETCH(QString, query);
    QFETCH(QString, match);
    QCOMPARE(parseSearchQuery(query, QueryMode::Words).match, match);
    // and FTS5 takes every one of them, as you type too
    SearchIndex index(fixture(), QString());
    index.synchronize(searchDocuments(*openTree(fixture())));
    for (QueryMode mode : {QueryMode::Words, QueryMode::AsYouType}) {
        index.search(query, 10, mode);
        QVERIFY2(index.lastError().isEmpty(), qPrintable(index.lastError()));
    }
}

void TestSearch::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("asYouType");
    QTest::addColumn<QStringList>("expected"); // the first hits, in order; empty: no hit at all
    const QString live = QStringLiteral("migration#live-migration"), cold = QStringLiteral("migration#cold-migration"),
                  resizing = QStringLiteral("migration#resizing"), brewing = QStringLiteral("cooking#brewing");
    QTest::newRow("title above body") << "cold migration" << false << QStringList{cold, resizing};
    QTest::newRow("stemming") << "migrating" << false << QStringList{live, cold};
    QTest::newRow("prefix as you type") << "resiz" << true << QStringList{resizing};
    QTest::newRow("no prefix in words") << "flavo" << false << QStringList{};
    QTest::newRow("one letter is no prefix") << "r" << true << QStringList{};
    QTest::newRow("prefix of a term") << "flavo" << true << QStringList{QStringLiteral("glossary#glossary")};
    QTest::newRow("diacritics folded") << "cafe naive" << false << QStringList{brewing};
    QTest::newRow("all words must match") << "scheduler descale" << false << QStringList{};
    QTest::newRow("phrase") << "\"running server\"" << false << QStringList{live};
    QTest::newRow("without exclusion") << "host server sentence" << false << QStringList{brewing};
    QTest::newRow("exclusion") << "host server sentence -coffee" << false << QStringList{};
    QTest::newRow("title restriction") << "title:migration cold" << false << QStringList{cold};
    QTest::newRow("code") << "migrate --wait" << false << QStringList{cold};
}

void TestSearch::finds()
{
    QFETCH(QString, query);
    QFETCH(bool, asYouType);
    QFETCH(QStringList, expected);
    SearchIndex index(fixture(), QString());
    index.synchronize(searchDocuments(*openTree(fixture())));
    const QStringList found = targets(index.search(query, 10, asYouType ? QueryMode::AsYouType : QueryMode::Words));
    if (expected.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));
    else
        QCOMPARE(found.mid(0, expected.size()), expected);
}

void TestSearch::namesComeFirst()
{
    SearchIndex index(fixture(), QString());
    index.synchronize(searchDocuments(*openTree(fixture())));
    // "flavor" is in the titles and text of the migration page too; the term goes first.
    const QList<SearchHit> flavor = index.search(QStringLiteral("flavor"), 10);
    QVERIFY(!flavor.isEmpty());
    QCOMPARE(flavor[0].docname + u'#' + flavor[0].anchor, QStringLiteral("glossary#term-Flavor"));
    QVERIFY(flavor[0].nameMatch);
    // a program typed whole, with spaces where its id has hyphens
    const QList<SearchHit> sync = index.search(QStringLiteral("fixture-manage db sync"), 10);
    QVERIFY(!sync.isEmpty());
    QCOMPARE(sync[0].docname + u'#' + sync[0].anchor, QStringLiteral("manage#db-sync"));
    const QList<SearchHit> option = index.search(QStringLiteral("--local-cell"), 10);
    QVERIFY(!option.isEmpty());
    QCOMPARE(option[0].anchor, QStringLiteral("cmdoption-fixture-manage-db-sync-local-cell"));
    QCOMPARE(option[0].titles.last(), QStringLiteral("--local-cell"));
    QVERIFY(option[0].snippet.startsWith(QStringLiteral("--local-cell — Only the local cell’s database.")));
    // the glossary's section stands once in the list, at its term
    QCOMPARE(targets(flavor).count(QStringLiteral("glossary#glossary")), 0);
}

void TestSearch::snippetsMarkTheMatches()
{
    SearchIndex index(fixture(), QString());
    index.synchronize(searchDocuments(*openTree(fixture())));
    const QList<SearchHit> hits = index.search(QStringLiteral("descale"), 10);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].pageTitle, QStringLiteral("Café Notes"));
    QCOMPARE(hits[0].titles, (QStringList{QStringLiteral("Café Notes"), QStringLiteral("Cleaning")}));
    QCOMPARE(hits[0].snippet, QStringLiteral("Descale the machine every week."));
    QCOMPARE(hits[0].marks.size(), 1);
    QCOMPARE(hits[0].firstMatch(), QStringLiteral("Descale"));
    // a stemmed match marks the word as the page spells it
    const QList<SearchHit> stemmed = index.search(QStringLiteral("migrating"), 10);
    QVERIFY(!stemmed.isEmpty());
    QCOMPARE(stemmed[0].firstMatch().toLower(), QStringLiteral("migration"));
}

void TestSearch::editAndDeletionUpdateTheIndex()
{
    QTemporaryDir tree, cache;
    QVERIFY(copyFixture(tree.path()));
    auto project = openTree(tree.path());
    QVERIFY(project);
    SearchIndex index(project->root(), cache.path());
    index.synchronize(searchDocuments(*project));
    QVERIFY(index.search(QStringLiteral("quokka"), 10).isEmpty());

    // an edit: the page is parsed again (as the window's live reload does) and only its rows change
    const QString cooking = tree.filePath(QStringLiteral("cooking.rst"));
    QVERIFY(rewrite(cooking, DocentTest::readFile(cooking) + QStringLiteral("\nA quokka visits the café.\n")));
    project->reloadDocument(QStringLiteral("cooking"));
    const int before = index.sectionCount();
    index.updateDocument(searchDocument(*project, QStringLiteral("cooking")));
    QCOMPARE(index.sectionCount(), before);
    QCOMPARE(targets(index.search(QStringLiteral("quokka"), 10)), QStringList{QStringLiteral("cooking#cleaning")});
    QCOMPARE(targets(index.search(QStringLiteral("descale"), 10)), QStringList{QStringLiteral("cooking#cleaning")});

    // a deletion: the tree is read again, and the page's rows go
    QVERIFY(QFile::remove(cooking));
    project = openTree(tree.path());
    const SearchIndex::Sync sync = index.synchronize(searchDocuments(*project));
    QCOMPARE(sync.removed, 1);
    QCOMPARE(sync.indexed, 0);
    QVERIFY(index.search(QStringLiteral("quokka"), 10).isEmpty());
    QVERIFY(!index.search(QStringLiteral("migration"), 10).isEmpty());
}

void TestSearch::cacheIsReusedAndInvalidated()
{
    QTemporaryDir tree, cache;
    QVERIFY(copyFixture(tree.path()));
    const auto project = openTree(tree.path());
    QVERIFY(project);
    const int pages = int(project->docnames().size());
    {
        SearchIndex index(project->root(), cache.path());
        QVERIFY(index.notKeptReason().isEmpty());
        QVERIFY(QFileInfo::exists(index.filePath()));
        QCOMPARE(index.synchronize(searchDocuments(*project)).indexed, pages);
    }
    {
        // the next start: nothing changed, nothing read again, and it still finds
        SearchIndex index(project->root(), cache.path());
        const SearchIndex::Sync sync = index.synchronize(searchDocuments(*project));
        QCOMPARE(sync.reused, pages);
        QCOMPARE(sync.indexed, 0);
        QCOMPARE(targets(index.search(QStringLiteral("descale"), 10)), QStringList{QStringLiteral("cooking#cleaning")});
    }
    // one file changed while Docent was closed: that one is read again
    const QString glossary = tree.filePath(QStringLiteral("glossary.rst"));
    QVERIFY(rewrite(glossary, DocentTest::readFile(glossary) + QStringLiteral("\n   Wombat\n      A marsupial.\n")));
    const auto edited = openTree(tree.path());
    {
        SearchIndex index(edited->root(), cache.path());
        const SearchIndex::Sync sync = index.synchronize(searchDocuments(*edited));
        QCOMPARE(sync.indexed, 1);
        QCOMPARE(sync.reused, pages - 1);
        QVERIFY(!index.search(QStringLiteral("wombat"), 10).isEmpty());
    }
    // conf.py changed: every page may read otherwise, so all are read again
    QVERIFY(rewrite(tree.filePath(QStringLiteral("conf.py")), QStringLiteral("project = 'Renamed'\n")));
    {
        SearchIndex index(edited->root(), cache.path());
        QCOMPARE(index.synchronize(searchDocuments(*edited)).indexed, pages);
    }
}

void TestSearch::includedFilesInvalidateTheirPage()
{
    QTemporaryDir tree, cache;
    QVERIFY(copyFixture(tree.path()));
    // A page that includes a reST fragment and shows a source file: neither is a document.
    QVERIFY(rewrite(tree.filePath(QStringLiteral("parts.rst")),
                    QStringLiteral("Parts\n=====\n\n.. include:: shared.inc\n\n.. literalinclude:: example.py\n")));
    QVERIFY(rewrite(tree.filePath(QStringLiteral("shared.inc")), QStringLiteral("The platypus lays eggs.\n")));
    QVERIFY(rewrite(tree.filePath(QStringLiteral("example.py")), QStringLiteral("def echidna():\n    pass\n")));
    auto project = openTree(tree.path());
    QVERIFY(project);
    const int pages = int(project->docnames().size());
    QCOMPARE(project->document(QStringLiteral("parts"))->readFiles.size(), 2);
    {
        SearchIndex index(project->root(), cache.path());
        QCOMPARE(index.synchronize(searchDocuments(*project)).indexed, pages);
        QCOMPARE(targets(index.search(QStringLiteral("platypus"), 10)), QStringList{QStringLiteral("parts#parts")});
        QCOMPARE(targets(index.search(QStringLiteral("echidna"), 10)), QStringList{QStringLiteral("parts#parts")});
    }
    // the included fragment changed, the page's own file did not: the page is read again
    QVERIFY(rewrite(tree.filePath(QStringLiteral("shared.inc")), QStringLiteral("The numbat eats termites.\n")));
    project = openTree(tree.path());
    {
        SearchIndex index(project->root(), cache.path());
        const SearchIndex::Sync sync = index.synchronize(searchDocuments(*project));
        QCOMPARE(sync.indexed, 1);
        QCOMPARE(sync.reused, pages - 1);
        QVERIFY(index.search(QStringLiteral("platypus"), 10).isEmpty());
        QCOMPARE(targets(index.search(QStringLiteral("numbat"), 10)), QStringList{QStringLiteral("parts#parts")});
    }
    // so does the literalinclude'd source; and then nothing has changed
    QVERIFY(rewrite(tree.filePath(QStringLiteral("example.py")), QStringLiteral("def bilby():\n    return 1\n")));
    project = openTree(tree.path());
    for (int expected : {1, 0}) {
        SearchIndex index(project->root(), cache.path());
        QCOMPARE(index.synchronize(searchDocuments(*project)).indexed, expected);
        QCOMPARE(targets(index.search(QStringLiteral("bilby"), 10)), QStringList{QStringLiteral("parts#parts")});
    }
}

void TestSearch::damagedCacheIsMadeAgain()
{
    QTemporaryDir cache;
    const QString file = SearchIndex::cacheFile(fixture(), cache.path());
    QVERIFY(DocentTest::writeFile(file, QStringLiteral("this is not a database, just text left by something else\n").repeated(100)));
    SearchIndex index(fixture(), cache.path());
    QVERIFY(index.notKeptReason().isEmpty());
    QCOMPARE(index.filePath(), file);
    index.synchronize(searchDocuments(*openTree(fixture())));
    QVERIFY(!index.search(QStringLiteral("descale"), 10).isEmpty());
}

void TestSearch::unwritableCacheKeepsSearchInMemory()
{
    QTemporaryDir base;
    // The cache folder cannot be made: a file is where it would go (tests may run as root, for
    // whom no permission bit stops a write).
    QVERIFY(DocentTest::writeFile(base.filePath(QStringLiteral("cache")), QStringLiteral("a file\n")));
    {
        SearchIndex index(fixture(), base.filePath(QStringLiteral("cache/search")));
        QVERIFY(index.notKeptReason().contains(QStringLiteral("cannot create")));
        QVERIFY(index.filePath().isEmpty());
        index.synchronize(searchDocuments(*openTree(fixture())));
        QVERIFY(!index.search(QStringLiteral("descale"), 10).isEmpty());
    }
    // The index file cannot be replaced: a folder stands in its place.
    const QString folder = base.filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(SearchIndex::cacheFile(fixture(), folder) + QStringLiteral("/inside")));
    SearchIndex index(fixture(), folder);
    QVERIFY(index.notKeptReason().contains(QStringLiteral("cannot write")));
    index.synchronize(searchDocuments(*openTree(fixture())));
    QVERIFY(!index.search(QStringLiteral("descale"), 10).isEmpty());
}

void TestSearch::workerAnswersTheLatestQuery()
{
    QTemporaryDir cache;
    TreeSearch search(cache.path());
    QSignalSpy ready(&search, &TreeSearch::ready);
    QSignalSpy results(&search, &TreeSearch::resultsReady);
    search.openTree(fixture(), searchDocuments(*openTree(fixture())));
    // Asked before the index is there: the queries wait for it; only the last is answered.
    search.search(QStringLiteral("mig"));
    search.search(QStringLiteral("migra"));
    const int last = search.search(QStringLiteral("migration"));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
    QCOMPARE(ready.size(), 1);
    QVERIFY(search.isReady());
    QCOMPARE(results[0][0].toInt(), last);
    QCOMPARE(results[0][1].toString(), QStringLiteral("migration"));
    QVERIFY(!results[0][2].value<QList<SearchHit>>().isEmpty());
    QCOMPARE(search.thread(), QThread::currentThread());
}

void TestSearch::aClosedTreeAnswersNothing()
{
    QTemporaryDir cache;
    TreeSearch search(cache.path());
    QSignalSpy ready(&search, &TreeSearch::ready);
    QSignalSpy results(&search, &TreeSearch::resultsReady);
    search.openTree(fixture(), searchDocuments(*openTree(fixture())));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    search.search(QStringLiteral("migration"));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
    QVERIFY(!results[0][2].value<QList<SearchHit>>().isEmpty());
    // Another tree is being read: the one left answers no more, and is no longer ready.
    search.closeTree();
    QVERIFY(!search.isReady());
    search.search(QStringLiteral("migration"));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 10000);
    QVERIFY(results[1][2].value<QList<SearchHit>>().isEmpty());
    // Its index, opened again, is whole again from the cache.
    search.openTree(fixture(), searchDocuments(*openTree(fixture())));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 10000);
    search.search(QStringLiteral("migration"));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 10000);
    QVERIFY(!results[2][2].value<QList<SearchHit>>().isEmpty());
}

void TestSearch::commandLine()
{
    auto run = [](const QStringList &args, QString *out, QString *err) {
        QTextStream o(out), e(err);
        return runHeadlessCommand(args, o, e);
    };
    QString out, err;
    QCOMPARE(run({QStringLiteral("search"), fixture(), QStringLiteral("cold"), QStringLiteral("migration")}, &out, &err), 0);
    QVERIFY2(out.startsWith(QStringLiteral("migration#cold-migration  Moving Servers › Cold migration\n")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("**migration**")));
    out.clear();
    QCOMPARE(run({QStringLiteral("search"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--limit"),
                  QStringLiteral("1"), fixture(), QStringLiteral("descale")}, &out, &err), 0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json[QStringLiteral("hits")].toArray().size(), 1);
    const QJsonObject hit = json[QStringLiteral("hits")].toArray()[0].toObject();
    QCOMPARE(hit[QStringLiteral("target")].toString(), QStringLiteral("cooking#cleaning"));
    QCOMPARE(hit[QStringLiteral("titles")].toArray().size(), 2);
    QCOMPARE(hit[QStringLiteral("marks")].toArray()[0].toArray()[1].toInt(), 7);
    // nothing matches: status 1; a hostile query is no error
    out.clear();
    QCOMPARE(run({QStringLiteral("search"), fixture(), QStringLiteral("zebra")}, &out, &err), 1);
    QVERIFY(out.isEmpty());
    QCOMPARE(run({QStringLiteral("search"), fixture(), QStringLiteral("\"AND* NEAR(zebra")}, &out, &err), 1);
    // usage errors
    QCOMPARE(run({QStringLiteral("search"), fixture()}, &out, &err), 2);
    QCOMPARE(run({QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("none"), fixture(), QStringLiteral("x")}, &out, &err), 2);
    out.clear();
    QCOMPARE(run({QStringLiteral("search"), QStringLiteral("--help")}, &out, &err), 0);
    QVERIFY(out.contains(QStringLiteral("--limit <N>")));
}

void TestSearch::novaRanking_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // docname#anchor
    QTest::addColumn<int>("within");       // must be among the first `within` hits
    // Written from reading the pages: where a reader typing these words wants to land.
    QTest::newRow("huge pages tlb miss") << QStringLiteral("huge pages tlb miss") << QStringLiteral("admin/huge-pages#pages-the-tlb-and-huge-pages") << 3;
    QTest::newRow("transparent huge pages") << QStringLiteral("transparent huge pages") << QStringLiteral("admin/huge-pages#pages-the-tlb-and-huge-pages") << 3;
    QTest::newRow("enabling huge pages") << QStringLiteral("enabling huge pages") << QStringLiteral("admin/huge-pages#enabling-huge-pages-on-the-host") << 3;
    QTest::newRow("evacuate single instance") << QStringLiteral("evacuate single instance") << QStringLiteral("admin/evacuate#evacuate-a-single-instance") << 1;
    QTest::newRow("nova-manage cell_v2 map_instances") << QStringLiteral("nova-manage cell_v2 map_instances") << QStringLiteral("cli/nova-manage#cell-v2-map-instances") << 1;
    QTest::newRow("heal allocations") << QStringLiteral("heal allocations") << QStringLiteral("cli/nova-manage#placement-heal-allocations") << 3;
    QTest::newRow("archive deleted rows shadow tables") << QStringLiteral("archive deleted rows shadow tables") << QStringLiteral("cli/nova-manage#db-archive-deleted-rows") << 3;
    QTest::newRow("Host Aggregate") << QStringLiteral("Host Aggregate") << QStringLiteral("reference/glossary#term-Host-Aggregate") << 1;
    QTest::newRow("cross-cell resize") << QStringLiteral("cross-cell resize") << QStringLiteral("reference/glossary#term-Cross-Cell-Resize") << 1;
    QTest::newRow("secure boot uefi") << QStringLiteral("secure boot uefi") << QStringLiteral("admin/secure-boot#enabling-secure-boot") << 3;
    QTest::newRow("guru meditation report usr2 signal") << QStringLiteral("guru meditation report usr2 signal") << QStringLiteral("reference/gmr#generating-a-gmr") << 1;
    QTest::newRow("eventlet sleep long-running") << QStringLiteral("eventlet sleep long-running") << QStringLiteral("reference/threading#yielding-the-thread-in-long-running-tasks") << 1;
    QTest::newRow("nested guests kvm") << QStringLiteral("nested guests kvm") << QStringLiteral("admin/configuration/hypervisor-kvm#nested-guest-support") << 3;
    QTest::newRow("signed-off-by certificate of origin") << QStringLiteral("signed-off-by certificate of origin") << QStringLiteral("contributor/commit-messages#developer-certificate-of-origin") << 1;
    QTest::newRow("AI attribution trailers") << QStringLiteral("AI attribution trailers") << QStringLiteral("contributor/commit-messages#ai-attribution-trailers") << 1;
    QTest::newRow("rescue instance") << QStringLiteral("rescue instance") << QStringLiteral("user/rescue#rescue-an-instance") << 3;
    QTest::newRow("server groups") << QStringLiteral("server groups") << QStringLiteral("user/server-groups#server-groups") << 3;
    QTest::newRow("securing live migration streams") << QStringLiteral("securing live migration streams") << QStringLiteral("admin/configuring-migrations#securing-live-migration-streams") << 3;
    QTest::newRow("block migration") << QStringLiteral("block migration") << QStringLiteral("admin/configuring-migrations#block-migration-volume-based-live-migration") << 3;
    QTest::newRow("template urls cell mappings") << QStringLiteral("template urls cell mappings") << QStringLiteral("admin/cells#template-urls-in-cell-mappings") << 1;
    QTest::newRow("disabling down cells") << QStringLiteral("disabling down cells") << QStringLiteral("admin/cells#disabling-down-cells") << 1;
    QTest::newRow("cpu thread pinning policies") << QStringLiteral("cpu thread pinning policies") << QStringLiteral("admin/cpu-topologies#customizing-instance-cpu-thread-pinning-policies") << 1;
    QTest::newRow("emulator thread pinning") << QStringLiteral("emulator thread pinning") << QStringLiteral("admin/cpu-topologies#customizing-instance-emulator-thread-pinning-policies") << 1;
    QTest::newRow("tenant isolation placement") << QStringLiteral("tenant isolation placement") << QStringLiteral("admin/aggregates#tenant-isolation-with-placement-1") << 1;
    QTest::newRow("compute hosts with SSDs") << QStringLiteral("compute hosts with SSDs") << QStringLiteral("admin/aggregates#example-specify-compute-hosts-with-ssds") << 1;
    QTest::newRow("when do I need a new microversion") << QStringLiteral("when do I need a new microversion") << QStringLiteral("contributor/microversions#when-do-i-need-a-new-microversion") << 3;
    QTest::newRow("allowed state transitions") << QStringLiteral("allowed state transitions") << QStringLiteral("reference/vm-states#allowed-state-transitions") << 1;
    QTest::newRow("StaticJSON vendordata") << QStringLiteral("StaticJSON vendordata") << QStringLiteral("admin/vendordata#staticjson") << 3;
    QTest::newRow("config drive requirements") << QStringLiteral("config drive requirements") << QStringLiteral("admin/config-drive#requirements-and-guidelines") << 3;
}

void TestSearch::novaRanking()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QFETCH(int, within);
    const QString nova = qEnvironmentVariable("DOCENT_SHARED") + QStringLiteral("/corpus/nova/doc/source");
    if (!QFileInfo(nova + QStringLiteral("/conf.py")).exists())
        QSKIP("the nova tree (../shared/corpus/nova) is not here");
    // One index for every row: nova is read once.
    static std::unique_ptr<SearchIndex> index;
    static QStringList sections;
    if (!index) {
        const auto project = openTree(nova);
        QVERIFY(project);
        index = std::make_unique<SearchIndex>(project->root(), QString());
        index->synchronize(searchDocuments(*project));
        for (const SearchDocument &d : searchDocuments(*project)) {
            for (const SearchSection &s : searchSections(*d.doctree)) {
                sections << d.docname + u'#' + s.anchor;
                for (const SearchSection::Name &n : s.names)
                    sections << d.docname + u'#' + n.anchor;
            }
        }
    }
    QVERIFY2(sections.contains(expected), qPrintable(QStringLiteral("no section %1 in nova").arg(expected)));
    const QStringList found = targets(index->search(query, within));
    QVERIFY2(found.contains(expected), qPrintable(QStringLiteral("first %1: %2").arg(within).arg(found.join(QStringLiteral(", ")))));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
