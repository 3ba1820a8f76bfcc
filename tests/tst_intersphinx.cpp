// Intersphinx: conf.py's intersphinx_mapping read statically, other projects' objects.inv read
// (and refused when damaged), references resolved against them into external links, and the
// inventories fetched from a server (here one on 127.0.0.1) into the cache, by the fetcher and by
// `docent intersphinx fetch`.
#include "testsupport.h"

#include "inventoryfetcher.h"
#include "pages/pagerenderer.h"
#include "pages/projectcheck.h"
#include "sphinx/conffacts.h"
#include "sphinx/linkinventories.h"
#include "sphinx/linkinventory.h"
#include "sphinx/project.h"
#include "sphinx/readscope.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Docent;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kEntries = "str py:class 1 library/stdtypes.html#$ -\n"
                            "os.path.join py:function 1 library/os.path.html#$ -\n"
                            "ValueError py:exception 1 library/exceptions.html#$ -\n"
                            "iterable std:term -1 glossary.html#term-iterable -\n"
                            "core-metadata std:label -1 specs/core-metadata.html#$ Core metadata specifications\n"
                            "library/os std:doc -1 library/os.html Miscellaneous operating system interfaces\n"
                            "a label with spaces std:label -1 x.html#spaces Spaces\n";

// An objects.inv as Sphinx writes it: four header lines, then the entries as a zlib stream.
QByteArray inventory(const QByteArray &entries = kEntries, const QByteArray &project = "Python",
                     const QByteArray &version = "3.11")
{
    return "# Sphinx inventory version 2\n# Project: " + project + "\n# Version: " + version +
           "\n# The remainder of this file is compressed using zlib.\n" + qCompress(entries).mid(4);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

const QByteArray kPage = "Page\n====\n\n"
                         ":py:class:`str` :class:`~python:str` :func:`os.path.join` :exc:`ValueError`\n\n"
                         ":ref:`packaging:core-metadata` :ref:`meta <packaging:core-metadata>` :term:`Iterable`\n\n"
                         ":doc:`python:library/os` :doc:`library/os` :term:`python:nothing` :class:`other:thing`\n";

// Serves one answer to every request on 127.0.0.1, counting the requests.
class InventoryServer : public QTcpServer
{
public:
    QByteArray body;
    QByteArray status = "200 OK";
    QByteArray extraHeaders;
    int requests = 0;

    InventoryServer()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    s->write("HTTP/1.1 " + status + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n" + extraHeaders + "Connection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QString url(const QString &path = {}) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(serverPort()).arg(path);
    }
};

} // namespace

class TestIntersphinx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mapping_data();
    void mapping();
    void reads();
    void badInventories_data();
    void badInventories();
    void resolvesFromLocalInventory();
    void missingInventoryIsANotice();
    void fetchesIntoTheCache();
    void staleAndCorrupt();
    void commandLine();

private:
    /// A tree whose conf.py maps "python" and "packaging" (conf.py's text given).
    QString makeTree(const QByteArray &conf);

    QTemporaryDir m_cache;
    QList<std::shared_ptr<QTemporaryDir>> m_trees;
};

void TestIntersphinx::initTestCase()
{
    // The fetched inventories go to a cache of this run's own, shared with the docent it starts.
    QVERIFY(m_cache.isValid());
    qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("Docent"));
    QCoreApplication::setApplicationName(QStringLiteral("Docent"));
    QVERIFY(LinkInventories::cacheFolder().startsWith(m_cache.path()));
}

QString TestIntersphinx::makeTree(const QByteArray &conf)
{
    auto dir = std::make_shared<QTemporaryDir>();
    m_trees << dir;
    writeFile(dir->filePath(QStringLiteral("conf.py")), conf);
    writeFile(dir->filePath(QStringLiteral("index.rst")), kPage);
    return dir->path();
}

void TestIntersphinx::mapping_data()
{
    QTest::addColumn<QByteArray>("conf");
    QTest::addColumn<QByteArrayList>("expected"); // "name|uri|inventory;inventory"
    QTest::newRow("named, None") << QByteArray("intersphinx_mapping = {'python': ('https://docs.python.org/3', None)}")
                                 << QByteArrayList{"python|https://docs.python.org/3|"};
    QTest::newRow("local path and alternatives")
        << QByteArray("intersphinx_mapping = {\n    # the standard library\n    \"python\": (\"https://docs.python.org/3\", "
                      "'inv/python.inv'),\n    'pkg': ('https://packaging.python.org/en/latest/', ('local.inv', None)),\n}")
        << QByteArrayList{"python|https://docs.python.org/3|inv/python.inv",
                          "pkg|https://packaging.python.org/en/latest/|local.inv;"};
    QTest::newRow("old unnamed form") << QByteArray("intersphinx_mapping = {'https://docs.python.org/': None}")
                                      << QByteArrayList{"https://docs.python.org/|https://docs.python.org/|"};
    QTest::newRow("expression skipped")
        << QByteArray("intersphinx_mapping = {'a': (base + '/a', None), 'b': ('https://b.org', None)}")
        << QByteArrayList{"b|https://b.org|"};
    QTest::newRow("item assignment")
        << QByteArray("intersphinx_mapping = {}\nintersphinx_mapping['np'] = ('https://numpy.org/doc/stable/', None)")
        << QByteArrayList{"np|https://numpy.org/doc/stable/|"};
    QTest::newRow("none") << QByteArray("project = 'x'") << QByteArrayList{};
    QTest::newRow("unterminated") << QByteArray("intersphinx_mapping = {'a': ('https://a.org', ") << QByteArrayList{};
}

void TestIntersphinx::mapping()
{
    QFETCH(QByteArray, conf);
    QFETCH(QByteArrayList, expected);
    QByteArrayList actual;
    for (const IntersphinxProject &p : ConfFacts::parse(QString::fromUtf8(conf)).intersphinxMapping)
        actual << (p.name + u'|' + p.uri + u'|' + p.inventories.join(u';')).toUtf8();
    QCOMPARE(actual, expected);
}

void TestIntersphinx::reads()
{
    QString error;
    const std::optional<LinkInventory> inv = LinkInventory::parse(inventory(), &error);
    QVERIFY2(inv, qPrintable(error));
    QCOMPARE(inv->project(), QStringLiteral("Python"));
    QCOMPARE(inv->version(), QStringLiteral("3.11"));
    QCOMPARE(inv->size(), 7);
    QVERIFY(inv->find(QStringLiteral("py:class"), QStringLiteral("str")));
    QCOMPARE(inv->find(QStringLiteral("py:class"), QStringLiteral("str"))->location, QStringLiteral("library/stdtypes.html#str"));
    QCOMPARE(inv->find(QStringLiteral("std:label"), QStringLiteral("a label with spaces"))->dispname, QStringLiteral("Spaces"));
    QVERIFY(inv->find(QStringLiteral("std:term"), QStringLiteral("Iterable"))); // terms in any case
    QVERIFY(!inv->find(QStringLiteral("py:class"), QStringLiteral("Str")));
    QVERIFY(!inv->find(QStringLiteral("py:function"), QStringLiteral("str")));

    const QByteArray v1 = "# Sphinx inventory version 1\n# Project: Old\n# Version: 1.0\nos mod library/os.html\n"
                          "os.getcwd function library/os.html\n";
    const std::optional<LinkInventory> old = LinkInventory::parse(v1, &error);
    QVERIFY2(old, qPrintable(error));
    QCOMPARE(old->find(QStringLiteral("py:module"), QStringLiteral("os"))->location, QStringLiteral("library/os.html#module-os"));
    QCOMPARE(old->find(QStringLiteral("py:function"), QStringLiteral("os.getcwd"))->location,
             QStringLiteral("library/os.html#os.getcwd"));
}

void TestIntersphinx::badInventories_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("why");
    const QByteArray good = inventory();
    QTest::newRow("empty") << QByteArray() << u"header"_s;
    QTest::newRow("html") << QByteArray("<html><body>Not found</body></html>\n\n\n\n") << u"not a Sphinx inventory"_s;
    QTest::newRow("header only") << good.left(good.indexOf("zlib.\n") + 6) << u"truncated"_s;
    QTest::newRow("truncated stream") << good.left(good.size() - 10) << u"truncated"_s;
    QByteArray damaged = good;
    damaged[damaged.size() - 20] = char(damaged[damaged.size() - 20] ^ 0x55);
    damaged[damaged.size() - 21] = char(damaged[damaged.size() - 21] ^ 0x55);
    QTest::newRow("damaged stream") << damaged << u"damaged"_s;
    QTest::newRow("not compressed") << QByteArray("# Sphinx inventory version 2\n# Project: X\n# Version: 1\n"
                                                  "# The remainder of this file is compressed using zlib.\n"
                                                  "str py:class 1 x.html -\n")
                                    << u"damaged"_s;
    QTest::newRow("version 3") << QByteArray("# Sphinx inventory version 3\n# Project: X\n# Version: 1\n# zlib\n")
                               << u"not a Sphinx inventory"_s;
    // A small file that inflates past the limit (a "zip bomb") is refused, not inflated.
    QTest::newRow("inflates too far") << inventory(QByteArray(LinkInventory::kMaxSize + 1024, ' ')) << u"larger than"_s;
}

void TestIntersphinx::badInventories()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, why);
    QString error;
    QVERIFY(!LinkInventory::parse(data, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
}

void TestIntersphinx::resolvesFromLocalInventory()
{
    const QString root = makeTree("project = 'T'\nextensions = ['sphinx.ext.intersphinx']\n"
                                  "intersphinx_mapping = {\n"
                                  "    'python': ('https://docs.python.org/3', 'inv/python.inv'),\n"
                                  "    'packaging': ('https://packaging.python.org/en/latest/', ('missing.inv', 'inv/python.inv')),\n"
                                  "}\n");
    writeFile(root + QStringLiteral("/inv/python.inv"), inventory());
    QString error;
    const std::optional<Project> project = Project::open(root, &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->linkInventories().missing(), QStringList());
    const QString html = PageRenderer(*project).body(QStringLiteral("index"));
    const QString title = QStringLiteral("title=\"(in Python v3.11)\"");
    for (const QString &expected :
         {QStringLiteral("<a class=\"reference external class\" href=\"https://docs.python.org/3/library/stdtypes.html#str\" ") + title +
              QStringLiteral("><code class=\"xref\">str</code></a>"),
          QStringLiteral("href=\"https://docs.python.org/3/library/os.path.html#os.path.join\" ") + title +
              QStringLiteral("><code class=\"xref\">os.path.join()</code></a>"),
          QStringLiteral("href=\"https://packaging.python.org/en/latest/specs/core-metadata.html#core-metadata\" ") + title +
              QStringLiteral(">Core metadata specifications</a>"),
          QStringLiteral("href=\"https://packaging.python.org/en/latest/specs/core-metadata.html#core-metadata\" ") + title +
              QStringLiteral(">meta</a>"),
          QStringLiteral("href=\"https://docs.python.org/3/glossary.html#term-iterable\" ") + title + QStringLiteral(">Iterable</a>"),
          QStringLiteral("href=\"https://docs.python.org/3/library/os.html\" ") + title +
              QStringLiteral(">Miscellaneous operating system interfaces</a>")})
        QVERIFY2(html.contains(expected), qPrintable(expected + QStringLiteral("\nnot in\n") + html));
    // Sphinx looks documents up only in a project named: the unprefixed :doc: stays unresolved.
    QVERIFY(!html.contains(QStringLiteral(">library/os</a>")));
    QCOMPARE(html.count(QStringLiteral("class=\"reference external")), 8);
}

void TestIntersphinx::missingInventoryIsANotice()
{
    const QString root = makeTree("intersphinx_mapping = {'python': ('https://docs.python.org/3', None),\n"
                                  "                       'packaging': ('https://packaging.python.org/', 'nothing.inv')}\n");
    QString error;
    const std::optional<Project> project = Project::open(root, &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->linkInventories().missing(), (QStringList{u"python"_s, u"packaging"_s}));
    const QString html = PageRenderer(*project).body(QStringLiteral("index"));
    QVERIFY(!html.contains(QStringLiteral("reference external")));
    // Shown as text without the project's prefix, its tooltip naming the project.
    QVERIFY2(html.contains(QStringLiteral("<span class=\"xref notfound\" title=\"core-metadata is in the documentation of "
                                          "packaging (https://packaging.python.org/)")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral(">Core metadata specifications<")) == false);
    QVERIFY(html.contains(QStringLiteral("<code class=\"xref\">str</code></span>")));
    const QList<Problem> problems = checkProject(*project);
    int notices = 0;
    for (const Problem &p : problems) {
        QVERIFY2(p.severity != Problem::Severity::Error || !p.message.contains(QStringLiteral("packaging")),
                 qPrintable(p.message));
        if (p.kind == u"intersphinx") {
            QCOMPARE(p.severity, Problem::Severity::Notice);
            ++notices;
        }
    }
    QCOMPARE(notices, 2);
}

void TestIntersphinx::fetchesIntoTheCache()
{
    InventoryServer server;
    QVERIFY(server.isListening());
    server.body = inventory("str py:class 1 library/stdtypes.html#$ -\n", "Served", "");
    const QString root = makeTree("intersphinx_mapping = {'python': ('" + server.url(QStringLiteral("docs")).toUtf8() + "', None)}\n");
    QString error;
    std::optional<Project> project = Project::open(root, &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->linkInventories().missing(), QStringList{u"python"_s});
    const QList<LinkInventories::Download> downloads =
        LinkInventories::downloads(root, project->conf(), project->readScope(), 7);
    QCOMPARE(downloads.size(), 1);
    QCOMPARE(downloads.first().url, server.url(QStringLiteral("docs/objects.inv")));

    InventoryFetcher fetcher;
    QSignalSpy finished(&fetcher, &InventoryFetcher::finished);
    QSignalSpy fetched(&fetcher, &InventoryFetcher::fetched);
    fetcher.fetch(downloads);
    QVERIFY(finished.wait(20000));
    QCOMPARE(fetched.size(), 1);
    QCOMPARE(finished.first().at(0).toInt(), 1);
    QVERIFY(QFileInfo::exists(LinkInventories::cachePath(downloads.first().url)));
    QVERIFY(LinkInventories::cacheDate(downloads.first().url).secsTo(QDateTime::currentDateTimeUtc()) < 600);
    QVERIFY(LinkInventories::downloads(root, project->conf(), project->readScope(), 7).isEmpty());

    project->reloadLinkInventories();
    QCOMPARE(project->linkInventories().missing(), QStringList());
    const QString html = PageRenderer(*project).body(QStringLiteral("index"));
    QVERIFY2(html.contains(QStringLiteral("href=\"") + server.url(QStringLiteral("docs/library/stdtypes.html#str")) +
                           QStringLiteral("\" title=\"(in Served)\"><code class=\"xref\">str</code></a>")),
             qPrintable(html));
}

void TestIntersphinx::staleAndCorrupt()
{
    InventoryServer server;
    const QString url = server.url(QStringLiteral("stale/objects.inv"));
    server.body = inventory();
    const QString root = makeTree("intersphinx_mapping = {'python': ('" + server.url(QStringLiteral("stale")).toUtf8() + "', None)}\n");
    QString error;
    QVERIFY2(LinkInventories::store(url, inventory(), &error), qPrintable(error));
    const ConfFacts conf = ConfFacts::read(root + QStringLiteral("/conf.py"));
    const ReadScope scope(root, {});
    QVERIFY(LinkInventories::downloads(root, conf, scope, 7).isEmpty());
    // Fetched eight days ago: fetched again.
    writeFile(LinkInventories::cachePath(url).chopped(4) + QStringLiteral(".date"),
              QDateTime::currentDateTimeUtc().addDays(-8).toString(Qt::ISODate).toUtf8() + '\n');
    QCOMPARE(LinkInventories::downloads(root, conf, scope, 7).size(), 1);

    // A damaged answer, an error status and a refused redirect keep what the cache has.
    InventoryFetcher fetcher;
    QSignalSpy finished(&fetcher, &InventoryFetcher::finished);
    QSignalSpy failed(&fetcher, &InventoryFetcher::failed);
    server.body = inventory().left(inventory().size() - 10);
    fetcher.fetch(LinkInventories::downloads(root, conf, scope, 7));
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(2).toString().contains(QStringLiteral("truncated")), qPrintable(failed.first().at(2).toString()));
    server.status = "404 Not Found";
    fetcher.fetch(LinkInventories::downloads(root, conf, scope, 7));
    QVERIFY(finished.wait(20000));
    QVERIFY2(failed.last().at(2).toString().contains(QStringLiteral("404")), qPrintable(failed.last().at(2).toString()));
    server.status = "302 Found";
    server.extraHeaders = "Location: https://elsewhere.example/objects.inv\r\n";
    fetcher.fetch(LinkInventories::downloads(root, conf, scope, 7));
    QVERIFY(finished.wait(20000));
    QVERIFY2(failed.last().at(2).toString().contains(QStringLiteral("elsewhere.example")), qPrintable(failed.last().at(2).toString()));
    QCOMPARE(failed.size(), 3);
    QVERIFY(LinkInventory::read(LinkInventories::cachePath(url), &error));

    // A damaged cache file: the project has no inventory, and says why.
    writeFile(LinkInventories::cachePath(url), "# Sphinx inventory version 2\ngarbage");
    LinkInventories inventories;
    inventories.load(root, conf, scope);
    QCOMPARE(inventories.missing(), QStringList{u"python"_s});
    QVERIFY2(inventories.projects().first().problem.contains(QStringLiteral("cannot be read")),
             qPrintable(inventories.projects().first().problem));
}

void TestIntersphinx::commandLine()
{
    const QString bin = qEnvironmentVariable("DOCENT_BIN");
    QVERIFY2(QFileInfo::exists(bin), "DOCENT_BIN must name the built docent executable");
    InventoryServer server;
    server.body = inventory();
    const QString root = makeTree("intersphinx_mapping = {'python': ('" + server.url(QStringLiteral("cli")).toUtf8() +
                                  "', None), 'gone': ('http://127.0.0.1:1/', None)}\n");
    QProcess p;
    p.start(bin, {QStringLiteral("intersphinx"), QStringLiteral("fetch"), root});
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000); // the server answers from this loop
    const QString out = QString::fromUtf8(p.readAllStandardOutput()), err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1); // "gone" has no inventory
    QVERIFY2(out.contains(QStringLiteral("python: fetched ") + server.url(QStringLiteral("cli/objects.inv"))), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("python: 7 entries, fetched")), qPrintable(out));
    QVERIFY2(err.contains(QStringLiteral("docent: gone: cannot fetch http://127.0.0.1:1/objects.inv: ")), qPrintable(err));
    QVERIFY(server.requests >= 1);

    // render and check now use the fetched inventory, and the missing one is a notice.
    QProcess render;
    render.start(bin, {QStringLiteral("render"), root + QStringLiteral("/index.rst")});
    QVERIFY(render.waitForFinished(60000));
    const QString html = QString::fromUtf8(render.readAllStandardOutput());
    QVERIFY2(html.contains(QStringLiteral("href=\"") + server.url(QStringLiteral("cli/library/stdtypes.html#str")) +
                           QStringLiteral("\" title=\"(in Python v3.11)\"")),
             qPrintable(html));
    QProcess check;
    check.start(bin, {QStringLiteral("check"), root});
    QVERIFY(check.waitForFinished(60000));
    const QString report = QString::fromUtf8(check.readAllStandardOutput());
    QVERIFY2(report.contains(QStringLiteral("references to gone (http://127.0.0.1:1/) stay without links")), qPrintable(report));

    QProcess usage;
    usage.start(bin, {QStringLiteral("intersphinx"), QStringLiteral("pull"), root});
    QVERIFY(usage.waitForFinished(60000));
    QCOMPARE(usage.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestIntersphinx)
#include "tst_intersphinx.moc"
