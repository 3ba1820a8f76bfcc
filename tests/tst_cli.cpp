// The command line as a user meets it: headless sub-commands, exit statuses and messages on stderr.
#include "testsupport.h"

#include <QProcessEnvironment>
#include <QRegularExpression>
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
    void commandHelp_data();
    void commandHelp();
    void usageErrors_data();
    void usageErrors();
    void allowOutside();

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
    // Every sub-command is named, with what it does, and the options of the window.
    for (const char *command : {"dump", "render", "check", "export-pdf"})
        QVERIFY2(h.out.contains(QRegularExpression(QStringLiteral("\\n  %1 +\\S").arg(QLatin1String(command)))),
                 qPrintable(h.out));
    QVERIFY(h.out.contains(QStringLiteral("--version")));
    QVERIFY(h.out.contains(QStringLiteral("PATH")));
    QCOMPARE(run({QStringLiteral("-h")}).out, h.out);
    QVERIFY(h.err.isEmpty());
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("dump") << "dump" << QStringList{QStringLiteral("usage: docent dump [--docutils] [--allow-outside DIR] FILE|-"),
                                                   QStringLiteral("--docutils"), QStringLiteral("standard input"),
                                                   QStringLiteral("--allow-outside <DIR>")};
    QTest::newRow("render") << "render" << QStringList{QStringLiteral("usage: docent render [--allow-outside DIR] FILE|-"),
                                                       QStringLiteral("HTML"), QStringLiteral("--allow-outside <DIR>")};
    QTest::newRow("check") << "check" << QStringList{QStringLiteral("usage: docent check [--format text|json] [--allow-outside DIR] TREE"),
                                                     QStringLiteral("--format <text|json>"), QStringLiteral("exit status"),
                                                     QStringLiteral("--allow-outside <DIR>"), QStringLiteral(".git, .hg or .svn")};
    QTest::newRow("export-pdf") << "export-pdf"
                                << QStringList{QStringLiteral("usage: docent export-pdf PATH [-o FILE.pdf] [--subtree NODE] "
                                                              "[--allow-outside DIR]"),
                                               QStringLiteral("-o, --output <FILE>"), QStringLiteral("--subtree <NODE>"),
                                               QStringLiteral("--allow-outside <DIR>")};
}

void TestCli::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, mentions);
    // The help of one command, asked for before or after its arguments, says all of it.
    const Result r = run({command, QStringLiteral("--help")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY2(r.out.startsWith(mentions.first()), qPrintable(r.out));
    for (const QString &m : mentions)
        QVERIFY2(r.out.contains(m), qPrintable(QStringLiteral("%1 missing from:\n%2").arg(m, r.out)));
    QVERIFY(r.out.contains(QStringLiteral("-h, --help")));
    QCOMPARE(run({command, QStringLiteral("some.rst"), QStringLiteral("-h")}).out, r.out);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option of the window") << QStringList{QStringLiteral("--bogus")} << "Unknown option 'bogus'";
    QTest::newRow("unknown option of dump") << QStringList{QStringLiteral("dump"), QStringLiteral("--bogus"), QStringLiteral("-")}
                                            << "Unknown option 'bogus'";
    QTest::newRow("render has no --docutils")
        << QStringList{QStringLiteral("render"), QStringLiteral("--docutils"), QStringLiteral("-")} << "Unknown option 'docutils'";
    QTest::newRow("check's format") << QStringList{QStringLiteral("check"), QStringLiteral("--format=xml"), QStringLiteral(".")}
                                    << "unknown format 'xml'";
    QTest::newRow("check's format without value") << QStringList{QStringLiteral("check"), QStringLiteral("--format")}
                                                  << "Missing value after '--format'";
    QTest::newRow("two files") << QStringList{QStringLiteral("dump"), QStringLiteral("a.rst"), QStringLiteral("b.rst")}
                               << "one path only";
    QTest::newRow("export-pdf without a path") << QStringList{QStringLiteral("export-pdf")} << "a path is missing";
    QTest::newRow("unknown option of export-pdf")
        << QStringList{QStringLiteral("export-pdf"), QStringLiteral("--pages"), QStringLiteral("1")} << "Unknown option 'pages'";
    QTest::newRow("allow-outside a missing folder")
        << QStringList{QStringLiteral("check"), QStringLiteral("--allow-outside"), QStringLiteral("/nonexistent/dir"),
                       QStringLiteral(".")}
        << "--allow-outside /nonexistent/dir: no such folder";
    QTest::newRow("the window has no --allow-outside")
        << QStringList{QStringLiteral("--allow-outside"), QStringLiteral("/")} << "Unknown option 'allow-outside'";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    // A usage error says what is wrong, the command's synopsis and where its help is; status 2.
    const Result r = run(args);
    QCOMPARE(r.status, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("docent: ") + message), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("\nusage: docent")), qPrintable(r.err));
    const QString command = args.first().startsWith(u'-') ? QStringLiteral("docent") : QStringLiteral("docent ") + args.first();
    QVERIFY2(r.err.contains(QStringLiteral("Try '%1 --help'.").arg(command)), qPrintable(r.err));
}

// PROJECT/docs includes PROJECT/README.rst, and PROJECT is no repository: check says what it was
// refused and how to allow it; with --allow-outside PROJECT, check, render and dump read it.
void TestCli::allowOutside()
{
    QTemporaryDir base;
    const QString project = QFileInfo(base.path()).canonicalFilePath() + QStringLiteral("/project");
    QVERIFY(DocentTest::writeFile(project + QStringLiteral("/README.rst"), QStringLiteral("The project's README.\n")));
    QVERIFY(DocentTest::writeFile(project + QStringLiteral("/notes.txt"), QStringLiteral("literalmarker\n")));
    QVERIFY(DocentTest::writeFile(project + QStringLiteral("/docs/conf.py"), QString()));
    const QString index = project + QStringLiteral("/docs/index.rst");
    QVERIFY(DocentTest::writeFile(index, QStringLiteral("Index\n=====\n\n.. include:: ../README.rst\n\n"
                                                        ".. literalinclude:: ../notes.txt\n")));
    const Result refused = run({QStringLiteral("check"), project + QStringLiteral("/docs")});
    QVERIFY2(refused.out.contains(QStringLiteral("index.rst:4: warning: File \"../README.rst\" is outside the "
                                                 "documentation tree, in %1").arg(project)),
             qPrintable(refused.out));
    QVERIFY2(refused.out.contains(QStringLiteral("--allow-outside %1").arg(project)), qPrintable(refused.out));

    const Result allowed = run({QStringLiteral("check"), QStringLiteral("--allow-outside"), project, project + QStringLiteral("/docs")});
    QCOMPARE(allowed.status, 0);
    QVERIFY2(!allowed.out.contains(QStringLiteral("outside")), qPrintable(allowed.out));
    QVERIFY2(allowed.out.contains(QStringLiteral("0 errors, 0 warnings")), qPrintable(allowed.out));

    const Result page = run({QStringLiteral("render"), QStringLiteral("--allow-outside"), project, index});
    QCOMPARE(page.status, 0);
    QVERIFY2(page.out.contains(QStringLiteral("README.")) && page.out.contains(QStringLiteral("literalmarker")), qPrintable(page.out));
    QVERIFY(!run({QStringLiteral("render"), index}).out.contains(QStringLiteral("literalmarker")));

    // dump reads include as docutils does; its literalinclude keeps to the tree and what is allowed
    QVERIFY(!run({QStringLiteral("dump"), index}).out.contains(QStringLiteral("literalmarker")));
    QVERIFY(run({QStringLiteral("dump"), QStringLiteral("--allow-outside"), project, index}).out.contains(QStringLiteral("literalmarker")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
