// The command line as a user meets it: headless sub-commands, exit statuses and messages on stderr.
#include "testsupport.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dumpDocutils();
    void dumpFromStdin();
    void renderFile();
    void badInput_data();
    void badInput();
    void noDisplay();
    void versionAndHelp();

private:
    struct Result {
        int status;
        QString out;
        QString err;
    };
    Result run(const QStringList &args, const QByteArray &input = {}, bool withDisplay = true);
    QString m_bin;
};

void TestCli::initTestCase()
{
    m_bin = qEnvironmentVariable("DOCENT_BIN");
    QVERIFY2(QFileInfo::exists(m_bin), "DOCENT_BIN must name the built docent executable");
}

TestCli::Result TestCli::run(const QStringList &args, const QByteArray &input, bool withDisplay)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!withDisplay) {
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    }
    p.setProcessEnvironment(env);
    p.start(m_bin, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::dumpDocutils()
{
    const Result r = run({QStringLiteral("dump"), QStringLiteral("--docutils"),
                          DocentTest::dataDir(QStringLiteral("parser/sections.rst"))});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("<document source=")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("    <section ids=\"title\" names=\"title\">")));
}

void TestCli::dumpFromStdin()
{
    const Result r = run({QStringLiteral("dump"), QStringLiteral("--docutils"), QStringLiteral("-")},
                         "Some *text*.\n\n.. toctree::\n");
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QStringLiteral("<emphasis>")));
    // plain docutils does not know Sphinx directives
    QVERIFY2(r.out.contains(QStringLiteral("type=\"ERROR\"")), qPrintable(r.out));
    const Result sphinx = run({QStringLiteral("dump"), QStringLiteral("-")}, ".. toctree::\n\n   a\n");
    QVERIFY2(sphinx.out.contains(QStringLiteral("<toctree")), qPrintable(sphinx.out));
}

void TestCli::renderFile()
{
    // A file linked to another page of its tree renders as itself, not as the root document.
    {
        QTemporaryDir tree;
        QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("conf.py")), QString()));
        QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("index.rst")), QStringLiteral("Index\n=====\n")));
        QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("real.rst")), QStringLiteral("Real page\n=========\n")));
        QVERIFY(QFile::link(tree.filePath(QStringLiteral("real.rst")), tree.filePath(QStringLiteral("link.rst"))));
        const Result linked = run({QStringLiteral("render"), tree.filePath(QStringLiteral("link.rst"))});
        QCOMPARE(linked.status, 0);
        QVERIFY2(linked.out.contains(QStringLiteral("<h1>Real page")), qPrintable(linked.out.left(2000)));
    }
    const Result r = run({QStringLiteral("render"), DocentTest::dataDir(QStringLiteral("tree/guide/intro.rst"))});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(r.out.contains(QStringLiteral("<h1>Introduction")));
    QVERIFY2(r.out.contains(QStringLiteral("href=\"usage.html\">Usage</a>")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("href=\"../index.html\">Test Tree</a>")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("<span class=\"hl-Keyword\">def</span>")));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("dump missing file") << QStringList{QStringLiteral("dump"), QStringLiteral("/nonexistent/x.rst")}
                                       << "no such file";
    QTest::newRow("render a folder") << QStringList{QStringLiteral("render"), QStringLiteral("/")} << "is a folder";
    QTest::newRow("dump binary") << QStringList{QStringLiteral("dump"), QStringLiteral("@binary")} << "binary";
    QTest::newRow("open missing path") << QStringList{QStringLiteral("/nonexistent/tree")} << "no such file";
    QTest::newRow("bad usage") << QStringList{QStringLiteral("dump")} << "usage:";
    QTest::newRow("render a link out of its tree") << QStringList{QStringLiteral("render"), QStringLiteral("@outlink")}
                                                   << "outside the documentation tree";
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    for (QString &a : args) {
        if (a == u"@binary") {
            a = dir.filePath(QStringLiteral("blob.rst"));
            QFile f(a);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(1024, '\0'));
        }
        if (a == u"@outlink") {
            // tree/passwd.rst -> secret.rst beside the tree
            QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("tree")));
            QVERIFY(DocentTest::writeFile(dir.filePath(QStringLiteral("tree/conf.py")), QString()));
            QVERIFY(DocentTest::writeFile(dir.filePath(QStringLiteral("tree/index.rst")), QStringLiteral("Index\n=====\n")));
            QVERIFY(DocentTest::writeFile(dir.filePath(QStringLiteral("secret.rst")), QStringLiteral("root:x:0:0\n")));
            a = dir.filePath(QStringLiteral("tree/passwd.rst"));
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("secret.rst")), a));
        }
    }
    const Result r = run(args);
    QVERIFY2(r.status > 0, qPrintable(QStringLiteral("exit %1").arg(r.status)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCli::noDisplay()
{
#ifdef Q_OS_LINUX
    const Result r = run({}, {}, false);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no display")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("xvfb-run")));
#else
    QSKIP("the display check applies to X11/Wayland systems");
#endif
}

void TestCli::versionAndHelp()
{
    const Result v = run({QStringLiteral("--version")});
    QCOMPARE(v.status, 0);
    QVERIFY(v.out.startsWith(QStringLiteral("docent ")));
    const Result h = run({QStringLiteral("--help")});
    QCOMPARE(h.status, 0);
    QVERIFY(h.out.contains(QStringLiteral("docent dump")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
