// Helpers for tests that drive the real window: run script in the page and wait for it.
#pragma once

#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace DocentTest {

/// Runs `script` in the page and waits (up to 10 s) for its result, as text.
inline QString js(QWebEngineView *view, const QString &script)
{
    QString result;
    bool done = false;
    view->page()->runJavaScript(script, [&](const QVariant &v) {
        result = v.toString();
        done = true;
    });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 10000)
        QTest::qWait(10);
    return result;
}

/// Waits (up to 15 s) until the page has loaded completely (Docent's page script has run: it
/// changes the page, which would disturb a search begun earlier) and its first heading starts
/// with `text`.
inline bool waitForHeading(QWebEngineView *view, const QString &text)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15000) {
        const QString h1 = js(view, QStringLiteral("document.readyState === 'complete' && document.querySelector('h1') ? "
                                                   "document.querySelector('h1').textContent : ''"));
        if (h1.startsWith(text))
            return true;
        QTest::qWait(50);
    }
    return false;
}

/// Copies the test tree `name` (of tests/data) into `to`, for tests that edit it.
inline bool copyTree(const QString &name, const QString &to)
{
    const QString source = dataDir(name);
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString target = to + u'/' + QDir(source).relativeFilePath(from);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(from, target))
            return false;
    }
    return true;
}

} // namespace DocentTest
