// libFuzzer target: any bytes through the XBEL reader. What it accepts must survive the way an
// export and a re-import take it: written out and read back it gives the same bookmarks, and a
// bookmark store (a fresh file for each input, in memory where the system offers it) takes all of
// it in one transaction. A broken promise aborts, so the fuzzer reports it like a crash. Built only
// with -DDOCENT_FUZZ=ON; see README.md.
#include "bookmarks/bookmarkstore.h"
#include "bookmarks/xbel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool kept, const char *promise)
{
    if (!kept) {
        std::fprintf(stderr, "fuzz_xbel: broken: %s\n", promise);
        std::abort();
    }
}

const QString &storePath()
{
    static const QString path = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        return base + QStringLiteral("/docent-fuzz-xbel-%1.sqlite").arg(QCoreApplication::applicationPid());
    }();
    return path;
}

} // namespace

// Qt's SQL drivers are plugins, found only with an application object.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 64 * 1024)
        return 0; // keep each run short; length is not what finds bugs here
    QString error;
    const auto read = Docent::Xbel::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!read) {
        check(!error.isEmpty(), "a refused file comes with a reason");
        return 0;
    }
    const QByteArray written = Docent::Xbel::write(read->items);
    const auto again = Docent::Xbel::read(written, &error);
    check(again.has_value(), "an export can be read back");
    check(again->items.size() == read->items.size() && again->skipped == 0 && again->shortened == 0,
          "an export read back gives the same bookmarks");
    check(Docent::Xbel::write(again->items) == written, "an export read back writes the same file");
    if (read->items.isEmpty())
        return 0;
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(storePath() + QLatin1String(suffix));
    Docent::BookmarkStore store(storePath());
    check(store.isOpen(), "a new store opens");
    check(store.addAll(read->items), "the store takes every bookmark read");
    check(store.items().size() == read->items.size(), "the store holds every bookmark read");
    return 0;
}
