// The reST parser: golden doctree dumps (docutils semantics) and pathological inputs.
#include "doctree/pseudoxml.h"
#include "rst/parser.h"
#include "rst/registry.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#endif

#if defined(__SANITIZE_ADDRESS__) // gcc
#define DOCENT_ASAN
#elif defined(__has_feature) // clang
#if __has_feature(address_sanitizer)
#define DOCENT_ASAN
#endif
#endif

using namespace Docent;

class TestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // First: it measures the growth of this process's peak memory, which earlier tests would raise.
    void nestingCopiesNothing_data();
    void nestingCopiesNothing();
    void includedBytesBounded_data();
    void includedBytesBounded();
    void golden_data();
    void golden();
    void pathological_data();
    void pathological();
    void keepsSourceLines();
    void goldenMismatchLeavesOutput();
};

namespace {

// The peak resident memory of this process so far, in bytes; -1 where it says nothing about what
// the code needs: off Linux, and under AddressSanitizer, which holds freed memory in quarantine
// and does not reuse it for allocations of other sizes.
qint64 peakResidentBytes()
{
#if defined(Q_OS_LINUX) && !defined(DOCENT_ASAN)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux
#else
    return -1;
#endif
}

// `depth` directives, each in the one before, around `body` (lines of the innermost content).
QString nestedDirectives(const QString &directive, int depth, const QString &body)
{
    QString text;
    for (int k = 0; k < depth; ++k)
        text += QString(3 * k, u' ') + QStringLiteral(".. ") + directive + QStringLiteral("::\n\n");
    const QString indent(3 * depth, u' ');
    for (const QString &line : body.split(u'\n'))
        text += (line.isEmpty() ? QString() : indent + line) + u'\n';
    return text;
}

// `depth` grid tables, each in the one cell of the one before, around `body` (written out at
// once: building each table around the one before would copy as much as the parser once did).
QString nestedGridTables(int depth, const QString &body)
{
    const QStringList lines = body.split(u'\n');
    qsizetype width = 0;
    for (const QString &l : lines)
        width = std::max(width, l.size());
    // the border of the table `k` levels out from the innermost one (k = 0)
    const auto border = [&](int k) {
        const int outside = depth - 1 - k;
        return QStringLiteral("| ").repeated(outside) + u'+' + QString(width + 4 * k + 2, u'-') + u'+' +
               QStringLiteral(" |").repeated(outside) + u'\n';
    };
    QString text;
    for (int k = depth - 1; k >= 0; --k)
        text += border(k);
    for (const QString &l : lines)
        text += QStringLiteral("| ").repeated(depth) + l.leftJustified(width) +
                QStringLiteral(" |").repeated(depth) + u'\n';
    for (int k = 0; k < depth; ++k)
        text += border(k);
    return text;
}

} // namespace

void TestParser::nestingCopiesNothing_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("tag"); // of the nested elements
    QTest::addColumn<int>("count");   // how many of them the doctree has
    // Each input needed gigabytes while every nesting level copied its lines or its text; read
    // in place it needs little more than its own size.
    const QString blankLines = QStringLiteral("first\n") + QString(150000, u'\n') + QStringLiteral("last");
    QTest::newRow("150,000 blank lines in 199 nested directives")
        << nestedDirectives(QStringLiteral("note"), 199, blankLines) << QStringLiteral("note") << 199;
    QTest::newRow("150,000 blank lines in 199 nested epigraphs")
        << nestedDirectives(QStringLiteral("epigraph"), 199, blankLines) << QStringLiteral("block_quote")
        << 199;
    const QString paragraph = QStringLiteral("A paragraph deep inside nested notes, long enough.\n\n");
    const QString paragraphs = paragraph.repeated(4 * 1024 * 1024 / (paragraph.size() + 3 * 199)); // 4 MB
    QTest::newRow("4 MB of text in 199 nested directives")
        << nestedDirectives(QStringLiteral("note"), 199, paragraphs) << QStringLiteral("note") << 199;
    QTest::newRow("4,000 lines in 150 nested grid tables")
        << nestedGridTables(150, QStringLiteral("Some words in a cell.\n\n").repeated(2000).chopped(2))
        << QStringLiteral("table") << 150;
}

void TestParser::nestingCopiesNothing()
{
    QFETCH(QString, input);
    QFETCH(QString, tag);
    QFETCH(int, count);
    const qint64 before = peakResidentBytes();
    const auto doc = parseRst(input, QStringLiteral("test data"), Registry::docutils());
    const qint64 growth = peakResidentBytes() - before;
    int found = 0;
    doc->forEach([&](const Node &n) { found += n.is(tag) ? 1 : 0; });
    QCOMPARE(found, count);
    if (before < 0)
        return; // the doctree is checked; the memory cannot be
    // A bound far above what the parse needs (below 50 MB) and far below what copies at every
    // level took (0.8 to 2 GB).
    QVERIFY2(growth < 512 * 1024 * 1024,
             qPrintable(QStringLiteral("peak memory grew by %1 MB").arg(growth >> 20)));
}

void TestParser::includedBytesBounded_data()
{
    QTest::addColumn<QString>("directive"); // reads big.txt (1 MB, one line) once
    QTest::addColumn<bool>("sphinx");
    QTest::newRow("include") << QStringLiteral(".. include:: big.txt\n   :end-line: 1\n") << false;
    QTest::newRow("include, literal") << QStringLiteral(".. include:: big.txt\n   :literal:\n") << false;
    QTest::newRow("raw") << QStringLiteral(".. raw:: html\n   :file: big.txt\n") << false;
    QTest::newRow("csv-table") << QStringLiteral(".. csv-table::\n   :file: big.txt\n") << false;
    QTest::newRow("literalinclude") << QStringLiteral(".. literalinclude:: big.txt\n") << true;
}

void TestParser::includedBytesBounded()
{
    QFETCH(QString, directive);
    QFETCH(bool, sphinx);
    // 20 reads of a 1 MB file: the first 16 fit in what one document may read together.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile big(dir.filePath(QStringLiteral("big.txt")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(1024 * 1024 - 1, 'x').append('\n')); // one line: cheap for every reader to refuse
    big.close();
    const QString page = dir.filePath(QStringLiteral("page.rst"));
    const QString text = (directive + u'\n').repeated(20);
    QFile f(page);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    f.close();
    const auto doc = parseRst(text, page, sphinx ? Registry::sphinx() : Registry::docutils());
    int refused = 0;
    doc->forEach([&](const Node &n) {
        if (n.is(u"system_message") && n.astext().contains(QStringLiteral("big.txt' (1.0 MB) is not read")))
            ++refused;
    });
    QCOMPARE(refused, 4);
}

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
#ifndef DOCENT_CODE_TOKENS
    // Built without the lexers, code is plain text: a golden with Pygments' token inlines cannot match.
    static const QRegularExpression token(
        QStringLiteral("<inline classes=\"(keyword|name|literal|punctuation|comment|operator|generic|whitespace|error)"));
    if (token.match(DocentTest::readFile(golden)).hasMatch())
        QSKIP("built with DOCENT_CODE_TOKENS off: code is plain text, not the tokens this golden holds");
#endif
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

// What tools/update-goldens.sh works from: the output of a mismatch, at the golden's place below
// the records folder, gone again once the golden matches; and a record of every golden compared.
void TestParser::goldenMismatchLeavesOutput()
{
    QTemporaryDir data, out;
    QVERIFY(data.isValid() && out.isValid());
    const QByteArray oldData = qgetenv("DOCENT_TEST_DATA"), oldOut = qgetenv("DOCENT_GOLDEN_OUT");
    qputenv("DOCENT_TEST_DATA", data.path().toUtf8());
    qputenv("DOCENT_GOLDEN_OUT", out.path().toUtf8());
    const QString golden = data.filePath(QStringLiteral("unit/case.pseudoxml"));
    QVERIFY(DocentTest::writeFile(golden, QStringLiteral("<document>\n")));
    QString diff;
    const bool mismatch = !DocentTest::matchesGolden(golden, QStringLiteral("<document>\n    <paragraph>\n"), &diff);
    const QString actual = DocentTest::readFile(out.filePath(QStringLiteral("actual/unit/case.pseudoxml")));
    const bool recorded = QFile::exists(out.filePath(QStringLiteral("seen/unit/case.pseudoxml")));
    const bool match = DocentTest::matchesGolden(golden, QStringLiteral("<document>\n"), &diff);
    const bool actualGone = !QFile::exists(out.filePath(QStringLiteral("actual/unit/case.pseudoxml")));
    for (const auto &[name, old] : {std::pair{"DOCENT_TEST_DATA", oldData}, std::pair{"DOCENT_GOLDEN_OUT", oldOut}}) {
        if (old.isNull())
            qunsetenv(name);
        else
            qputenv(name, old);
    }
    QVERIFY(mismatch);
    QCOMPARE(actual, QStringLiteral("<document>\n    <paragraph>\n"));
    QVERIFY(recorded);
    QVERIFY(match);
    QVERIFY(actualGone);
}

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
