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

/// Compares `actual` with the golden file; DOCENT_UPDATE_GOLDEN=1 rewrites the file instead.
inline bool matchesGolden(const QString &goldenPath, const QString &actual, QString *diff)
{
    if (qEnvironmentVariableIntValue("DOCENT_UPDATE_GOLDEN") == 1) {
        QFile f(goldenPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(actual.toUtf8());
        return true;
    }
    const QString expected = readFile(goldenPath);
    if (expected == actual)
        return true;
    *diff = expected.isEmpty() ? QStringLiteral("missing golden file %1").arg(goldenPath) : unifiedDiff(expected, actual);
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
