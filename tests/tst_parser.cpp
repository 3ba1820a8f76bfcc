// The reST parser: golden doctree dumps (docutils semantics) and pathological inputs.
#include "doctree/pseudoxml.h"
#include "rst/parser.h"
#include "rst/registry.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>

using namespace Docent;

class TestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void pathological_data();
    void pathological();
    void keepsSourceLines();
};

void TestParser::golden_data()
{
    QTest::addColumn<QString>("source");
    const QDir dir(DocentTest::dataDir(QStringLiteral("parser")));
    const QStringList files = dir.entryList({QStringLiteral("*.rst")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no golden cases found in tests/data/parser");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestParser::golden()
{
    QFETCH(QString, source);
    // Include directives name files relative to the working directory (the source is no file).
    const QString cwd = QDir::currentPath();
    QDir::setCurrent(QFileInfo(source).absolutePath());
    const auto doc = parseRst(DocentTest::readFile(source), QStringLiteral("test data"), Registry::docutils());
    QDir::setCurrent(cwd);
    QString golden = source;
    golden.replace(QStringLiteral(".rst"), QStringLiteral(".pseudoxml"));
    QString diff;
    QVERIFY2(DocentTest::matchesGolden(golden, toPseudoXml(*doc), &diff), qPrintable(diff));
}

void TestParser::pathological_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mustContain");
    // docutils refuses lines over 10,000 characters, so the deepest nesting a document can have
    // is bounded by it: list markers on one line nest 4,999 deep, indentation 2,000 deep here.
    QString deepQuotes;
    for (int i = 0; i < 2000; ++i)
        deepQuotes += QString(i, u' ') + QStringLiteral("level\n\n");
    QTest::newRow("2,000-deep block quotes") << deepQuotes << QStringLiteral("block_quote");
    QTest::newRow("4,999-deep bullet lists") << QStringLiteral("- ").repeated(4999) + QStringLiteral("x\n")
                                             << QStringLiteral("bullet_list");
    QTest::newRow("3,300-deep enumerated lists") << QStringLiteral("1. ").repeated(3300) + QStringLiteral("x\n")
                                                 << QStringLiteral("enumerated_list");
    QTest::newRow("1 MB line is refused") << QString(1 << 20, u'x') + u'\n' << QStringLiteral("system_message");
    QString items;
    for (int i = 0; i < 100000; ++i)
        items += QStringLiteral("- item %1\n").arg(i);
    QTest::newRow("100,000 list items") << items << QStringLiteral("list_item");
    QString unterminated; // 1 MB in lines of 4 kB
    for (int i = 0; i < 50000; ++i)
        unterminated += QStringLiteral("*a **b ``c `d |e _`f") + (i % 200 == 199 ? u'\n' : u' ');
    QTest::newRow("unterminated inline markup everywhere") << unterminated << QStringLiteral("problematic");
}

void TestParser::pathological()
{
    QFETCH(QString, input);
    QFETCH(QString, mustContain);
    const auto doc = parseRst(input, QStringLiteral("test data"), Registry::docutils());
    QVERIFY(doc);
    QVERIFY(doc->childCount() > 0);
    bool found = doc->is(mustContain);
    doc->forEach([&](const Node &n) { found = found || n.is(mustContain); });
    QVERIFY2(found, qPrintable(QStringLiteral("no <%1> in the result").arg(mustContain)));
}

void TestParser::keepsSourceLines()
{
    const auto doc = parseRst(QStringLiteral("Title\n=====\n\npara\n\n- item\n"), QStringLiteral("x"),
                              Registry::docutils());
    const Node *para = doc->findFirst(u"paragraph");
    QVERIFY(para);
    QCOMPARE(para->line(), 4);
    const Node *item = doc->findFirst(u"list_item");
    QVERIFY(item);
    QCOMPARE(item->line(), 6);
}

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
