// Helpers shared by the test executables: where the test data is, and golden-file comparison.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryFile>
#include <QTest>

namespace DocentTest {

inline QString dataDir(const QString &sub = {})
{
    const QString base = qEnvironmentVariable("DOCENT_TEST_DATA", QStringLiteral(DOCENT_TEST_DATA_FALLBACK));
    return sub.isEmpty() ? base : base + u'/' + sub;
}

inline QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

/// A unified diff of two texts, for readable failures (uses diff(1) when present).
inline QString unifiedDiff(const QString &expected, const QString &actual)
{
    QTemporaryFile a, b;
    if (!a.open() || !b.open())
        return {};
    a.write(expected.toUtf8());
    b.write(actual.toUtf8());
    a.flush();
    b.flush();
    QProcess p;
    p.start(QStringLiteral("diff"), {QStringLiteral("-u"), QStringLiteral("--label"), QStringLiteral("expected"),
                                     QStringLiteral("--label"), QStringLiteral("actual"), a.fileName(), b.fileName()});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Where the golden comparisons leave their records for tools/update-goldens.sh: below actual/,
/// the output of each golden it does not match; below seen/, an empty file for each golden compared,
/// so that the script can tell which goldens lost their case. Both mirror the paths below dataDir().
inline QString goldenOutDir()
{
    return qEnvironmentVariable("DOCENT_GOLDEN_OUT", QStringLiteral(DOCENT_GOLDEN_OUT_FALLBACK));
}

/// Compares `actual` with the golden file and records the outcome in goldenOutDir().
inline bool matchesGolden(const QString &goldenPath, const QString &actual, QString *diff)
{
    const QString relative = QDir(dataDir()).relativeFilePath(goldenPath);
    const QString seenPath = goldenOutDir() + QStringLiteral("/seen/") + relative;
    const QString actualPath = goldenOutDir() + QStringLiteral("/actual/") + relative;
    QDir().mkpath(QFileInfo(seenPath).absolutePath());
    if (QFile seen(seenPath); !seen.open(QIODevice::WriteOnly))
        qWarning("cannot record %s", qPrintable(seenPath));
    const QString expected = readFile(goldenPath);
    if (expected == actual) {
        QFile::remove(actualPath);  // a mismatch of an earlier run is no longer there to copy
        return true;
    }
    QDir().mkpath(QFileInfo(actualPath).absolutePath());
    QFile f(actualPath);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(actual.toUtf8());
    *diff = (expected.isEmpty() ? QStringLiteral("missing golden file %1").arg(goldenPath)
                                : unifiedDiff(expected, actual)) +
            QStringLiteral("\nactual output: %1 (tests/tools/update-goldens.sh copies it over)").arg(actualPath);
    return false;
}

} // namespace DocentTest

namespace DocentTest {

/// Writes `text` to `path` (creating its folder), for tests that build a tree on the fly.
inline bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(text.toUtf8()) >= 0;
}

} // namespace DocentTest
