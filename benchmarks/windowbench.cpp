// The window's own timings, for BENCHMARKS.md (never a test):
//   docent-bench-window start PATH            process start to the first page shown
//   docent-bench-window reload TREE DOC [N]   a file saved to its page shown again, N times
//   docent-bench-window refresh TREE DOC      what an edit costs besides the page, part by part
//   docent-bench-window search TREE [--screenshot FILE QUERY | --saves N]
//                                             search in the window (searchwindowbench.cpp)
//   docent-bench-window memory PATH           the main process's resident memory: the empty
//                                             window, then PATH open with its first page shown;
//                                             and the longest the window's thread stalled meanwhile
// Run under a display (xvfb-run -a) or with QT_QPA_PLATFORM=offscreen. Settings and bookmarks go
// to a temporary folder; the tree is copied before it is edited.
#include "application.h"
#include "pages/projectcheck.h"
#include "pages/pagerenderer.h"
#include "mainwindow.h"
#include "navigation/navigationtree.h"
#include "sphinx/project.h"
#include "memorystatus.h"
#include "doctree/freedmemory.h"
#include "eventwait.h"
#include "windowopen.h"
#include "searchwindowbench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Docent;

namespace {

// Milliseconds since this process was started by the kernel (Linux), so that loading the
// libraries before main() counts too.
double msSinceExec()
{
    QFile stat(QStringLiteral("/proc/self/stat")), uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = stat.readAll().split(')').value(1).trimmed().split(' ');
    const double started = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK)); // field 22 of stat
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return (now - started) * 1000.0;
}

// The copy is edited, so it must be writable even where the original is read-only.
bool copyTree(const QString &from, const QString &to)
{
    return QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-R"), from + QStringLiteral("/."), to}) == 0 &&
           QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+w"), to}) == 0;
}

// Waits for the next finished load of `view`; false after 30 s.
bool nextLoad(QWebEngineView *view)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(view, &QWebEngineView::loadFinished, &loop, [&](bool done) {
        ok = done;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

// Waits until the page shows `text` (asked of the page itself, which lays it out to answer).
bool shows(QWebEngineView *view, const QString &text)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        bool answered = false, found = false;
        view->page()->runJavaScript(QStringLiteral("document.body.innerText.indexOf('%1') >= 0").arg(text),
                                    QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                                        answered = true;
                                        found = v.toBool();
                                    });
        DocentBench::waitUntil([&] { return answered; });
        if (found)
            return true;
    }
    return false;
}

// What the window does while a tree opens, from openTree(): the first page shown, the whole tree
// in place, or why it cannot be opened.
struct OpenTimes {
    qint64 firstPage = -1, wholeTree = -1;
    QString error;
};

OpenTimes openTimed(MainWindow &window, const QString &path, const QElapsedTimer &clock)
{
    OpenTimes times;
    bool failed = false;
    const auto page = QObject::connect(window.view(), &QWebEngineView::loadFinished, [&](bool ok) {
        if (ok && times.firstPage < 0 && !window.currentDocname().isEmpty())
            times.firstPage = clock.elapsed();
    });
    const auto whole = QObject::connect(&window, &MainWindow::treeOpened, [&] { times.wholeTree = clock.elapsed(); });
    const auto refused = QObject::connect(&window, &MainWindow::treeOpenFailed, [&](const QString &, const QString &why) {
        times.error = why;
        failed = true;
    });
    window.openTree(path, {}, [](const QString &) {});
    DocentBench::waitUntil([&] { return failed || (times.firstPage >= 0 && times.wholeTree >= 0); }, 120000);
    QObject::disconnect(page);
    QObject::disconnect(whole);
    QObject::disconnect(refused);
    if (!failed && (times.firstPage < 0 || times.wholeTree < 0))
        times.error = QStringLiteral("%1: not shown within 120 s").arg(path);
    return times;
}

int start(MainWindow &window, const QString &path, QElapsedTimer &sinceMain)
{
    const qint64 made = sinceMain.elapsed();
    window.show();
    const OpenTimes times = openTimed(window, path, sinceMain);
    if (!times.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(times.error));
        return 1;
    }
    std::printf("first page shown: %.0f ms since the process started, %lld ms since main() "
                "(window made at %lld, whole tree in place at %lld)\n",
                msSinceExec() - double(sinceMain.elapsed() - times.firstPage), static_cast<long long>(times.firstPage),
                static_cast<long long>(made),
                static_cast<long long>(times.wholeTree));
    return 0;
}

// The longest the window's thread went without running its event loop: a timer meant to tick
// every 5 ms notes the widest gap between two ticks (a clock-gap probe), and when it ended.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 gap = m_sinceTick.restart();
            if (gap > m_longest) {
                m_longest = gap;
                m_longestEnded = m_clock.elapsed();
            }
        });
        m_clock.start();
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 longestMs() const { return std::max(m_longest, m_sinceTick.elapsed()); }
    /// Milliseconds from `since` to the end of the longest gap.
    qint64 longestEndedAfter(const QElapsedTimer &since) const
    {
        return m_longestEnded - (since.msecsSinceReference() - m_clock.msecsSinceReference());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock, m_sinceTick;
    qint64 m_longest = 0, m_longestEnded = 0;
};

int memory(MainWindow &window, const QString &path)
{
    window.show();
    DocentBench::pause(1500);
    const DocentBench::MemoryStatus empty = DocentBench::memoryStatus();
    const StallProbe probe;
    DocentBench::pause(50);
    QElapsedTimer clock;
    clock.start();
    const OpenTimes times = openTimed(window, path, clock);
    if (!times.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(times.error));
        return 1;
    }
    DocentBench::pause(3000); // the sidebars, the search index and the web process settle
    const DocentBench::MemoryStatus open = DocentBench::memoryStatus();
    const qint64 bytes = path.startsWith(u':') ? 0 : DocentBench::rstBytes(path);
    std::printf("window memory %s (%.1f MB of reST): empty window VmRSS %.1f MB; first page shown %lld ms, whole "
                "tree in place %lld ms, longest UI stall %lld ms (ending %lld ms after the open began); with the tree VmRSS %.1f MB (peak %.1f MB), +%.1f MB, "
                "%.1f bytes per byte of reST\n",
                qPrintable(path), bytes / 1e6, empty.rssMB, static_cast<long long>(times.firstPage),
                static_cast<long long>(times.wholeTree), static_cast<long long>(probe.longestMs()),
                static_cast<long long>(probe.longestEndedAfter(clock)), open.rssMB, open.hwmMB,
                open.rssMB - empty.rssMB, bytes ? (open.rssMB - empty.rssMB) * 1024 * 1024 / double(bytes) : 0.0);
    std::printf("  %s in use %.1f MB\n", allocatorIsJemalloc() ? "jemalloc" : "malloc", double(allocatedBytes()) / (1024.0 * 1024.0));
    return 0;
}

int reload(MainWindow &window, const QString &tree, const QString &docname, int repeat)
{
    QTemporaryDir copy;
    if (!copyTree(tree, copy.path())) {
        std::fprintf(stderr, "could not copy %s\n", qPrintable(tree));
        return 1;
    }
    QString error;
    const QString file = copy.path() + u'/' + docname + QStringLiteral(".rst");
    if (!DocentBench::openAndWait(window, file, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    window.show();
    if (!nextLoad(window.view())) {
        std::fprintf(stderr, "the page did not load\n");
        return 1;
    }
    std::vector<qint64> times;
    for (int i = 0; i < repeat; ++i) {
        QFile f(file);
        if (!f.open(QIODevice::Append))
            return 1;
        QElapsedTimer clock;
        clock.start();
        const QString marker = QStringLiteral("Edited paragraph %1.").arg(i);
        f.write(QStringLiteral("\n\n%1\n").arg(marker).toUtf8());
        f.close(); // the save: from here to the page showing the new text
        if (!shows(window.view(), marker)) {
            std::fprintf(stderr, "the page was not shown again after save %d\n", i + 1);
            return 1;
        }
        times.push_back(clock.nsecsElapsed() / 1000);

        DocentBench::pause(400); // the navigation and sidebars follow 50 ms after the page
    }
    std::sort(times.begin(), times.end());
    std::printf("%s saved to page shown again, %d times: median %.1f ms, best %.1f ms, worst %.1f ms\n",
                qPrintable(docname), repeat, times[times.size() / 2] / 1000.0, times.front() / 1000.0,
                times.back() / 1000.0);
    return 0;
}

// What the window recomputes after an edit, besides the page, part by part.
int refresh(const QString &tree, const QString &docname)
{
    QString error;
    auto project = Project::open(tree, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        project->reloadDocument(docname);
        const qint64 reparse = t.nsecsElapsed() / 1000;
        t.restart();
        const NavNode nav = NavigationTree::build(*project);
        const qint64 navigation = t.nsecsElapsed() / 1000;
        t.restart();
        const auto todos = NavigationTree::todos(*project);
        const qint64 todoList = t.nsecsElapsed() / 1000;
        t.restart();
        const auto plans = NavigationTree::plans(nav, defaultPlanWords());
        const qint64 planList = t.nsecsElapsed() / 1000;
        t.restart();
        const auto problems = checkProject(*project);
        const qint64 problemList = t.nsecsElapsed() / 1000;
        t.restart();
        const QString body = PageRenderer(*project).body(docname);
        const qint64 render = t.nsecsElapsed() / 1000;
        std::printf("re-parse %lld us, render %lld us, navigation %lld us, todos %lld us, plans %lld us, "
                    "problems %lld us (%lld of them)\n",
                    static_cast<long long>(reparse), static_cast<long long>(render), static_cast<long long>(navigation),
                    static_cast<long long>(todoList), static_cast<long long>(planList),
                    static_cast<long long>(problemList), static_cast<long long>(problems.size()));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const QStringList args = [&] {
        QStringList a;
        for (int i = 1; i < argc; ++i)
            a << QString::fromLocal8Bit(argv[i]);
        return a;
    }();
    const bool onePath = args.value(0) == u"start" || args.value(0) == u"search" || args.value(0) == u"memory";
    if (args.size() < 2 || (!onePath && args[0] != u"reload" && args[0] != u"refresh") || (!onePath && args.size() < 3)) {
        std::fputs("usage: docent-bench-window start PATH | reload TREE DOCNAME [REPEAT] | refresh TREE DOCNAME\n"
                   "       | search TREE [--screenshot FILE QUERY | --saves N] | memory PATH\n",
                   stderr);
        return 2;
    }
    if (args[0] == u"refresh") {
        QCoreApplication app(argc, argv);
        return refresh(args[1], args[2]);
    }
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toLocal8Bit());
    prepareWebEngine();
    QApplication app(argc, argv);
    if (args[0] == u"search" && args.value(2) == u"--screenshot" && args.size() == 5)
        return searchScreenshot(args[1], args[3], args[4]);
    if (args[0] == u"search" && args.value(2) == u"--saves" && args.size() == 4)
        return searchSaveBench(args[1], args[3].toInt());
    if (args[0] == u"search")
        return searchWindowBench(args[1]);
    MainWindow window;
    if (args[0] == u"start")
        return start(window, args[1], sinceMain);
    if (args[0] == u"memory")
        return memory(window, args[1]);
    return reload(window, args[1], args[2], args.value(3, QStringLiteral("20")).toInt());
}
