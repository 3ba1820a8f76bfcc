// The allocator Docent runs on: what it reports handing out, and memory freed by the program
// leaving the resident size when returnFreedMemory() is asked (after a tree's doctrees are released).
#include "doctree/freedmemory.h"

#include <QFile>
#include <QTest>

#include <new>

#include <cstdlib>
#include <cstring>
#include <vector>

using namespace Docent;

namespace {

// Many blocks of a doctree's sizes: 200,000 of 256 bytes, 51 MB in all.
constexpr int kBlocks = 200000;
constexpr size_t kBlockSize = 256;
constexpr double kAllMB = double(kBlocks) * kBlockSize / (1024 * 1024);

std::vector<void *> allocateTouched()
{
    std::vector<void *> blocks(kBlocks);
    for (void *&block : blocks) {
        block = std::malloc(kBlockSize);
        std::memset(block, 0x5a, kBlockSize); // resident, not only reserved
    }
    return blocks;
}

void freeAll(std::vector<void *> &blocks)
{
    for (void *block : blocks)
        std::free(block);
    blocks.clear();
}

// This process's resident size in MB (Linux), -1 elsewhere.
double residentMB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

class TestFreedMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allocatedBytesCountsWhatMallocHandsOut();
    void freedMemoryLeavesTheResidentSize();
    void aSizedDeleteWithAnotherSizeFreesTheBlock();
};

// When Docent is built with jemalloc, its statistics moving with malloc show that malloc is
// jemalloc's: linked, but with the C library's malloc found first, they would not move.
void TestFreedMemory::allocatedBytesCountsWhatMallocHandsOut()
{
    const long long before = allocatedBytes();
    if (before < 0)
        QSKIP("this system's allocator does not say what it has handed out");
    std::vector<void *> blocks = allocateTouched();
    const double grewMB = double(allocatedBytes() - before) / (1024 * 1024);
    freeAll(blocks);
    const double leftMB = double(allocatedBytes() - before) / (1024 * 1024);
    qInfo("allocator: %s; %.1f MB handed out for %.1f MB of blocks, %.1f MB left after freeing them",
          allocatorIsJemalloc() ? "jemalloc" : "the system's", grewMB, kAllMB, leftMB);
    QVERIFY2(grewMB >= kAllMB * 0.9, qPrintable(QStringLiteral("%1 MB").arg(grewMB)));
    QVERIFY2(leftMB <= kAllMB * 0.1, qPrintable(QStringLiteral("%1 MB").arg(leftMB)));
}

void TestFreedMemory::freedMemoryLeavesTheResidentSize()
{
    returnFreedMemory(); // what the case before freed: kept, its blocks would be reused here unseen
    const double before = residentMB();
    if (before < 0)
        QSKIP("no /proc/self/status here to read the resident size from");
    std::vector<void *> blocks = allocateTouched();
    const double full = residentMB();
    QVERIFY2(full - before >= kAllMB * 0.9, qPrintable(QStringLiteral("%1 MB -> %2 MB").arg(before).arg(full)));
    freeAll(blocks);
    returnFreedMemory();
    const double after = residentMB();
    qInfo("resident: %.1f MB, %.1f MB with the blocks, %.1f MB after freeing them", before, full, after);
    QVERIFY2(after - before <= kAllMB * 0.2, qPrintable(QStringLiteral("%1 MB -> %2 MB").arg(before).arg(after)));
}

// Chromium, in the same process as the window, deletes some objects with another size than they
// were made with. The whole block must go back all the same, as glibc's allocator does: jemalloc's
// own sized delete trusted the size and filed the block in the wrong size class (the window tests
// crashed when the heap was read next). What the allocator counts as handed out shows which.
void TestFreedMemory::aSizedDeleteWithAnotherSizeFreesTheBlock()
{
    const long long before = allocatedBytes();
    if (before < 0)
        QSKIP("this system's allocator does not say what it has handed out");
    constexpr int kObjects = 100000;
    std::vector<void *> objects(kObjects);
    for (void *&object : objects)
        object = ::operator new(64);
    const long long made = allocatedBytes();
    for (void *object : objects)
        ::operator delete(object, 8); // made with 64
    const long long left = allocatedBytes();
    qInfo("%.1f MB handed out for the objects, %.1f MB of it back after deleting them as 8 bytes each",
          double(made - before) / (1024 * 1024), double(made - left) / (1024 * 1024));
    QVERIFY2(made - before >= kObjects * 64LL * 9 / 10, qPrintable(QString::number(made - before)));
    // Three quarters at least (the per-thread caches keep some): deleted as 8 bytes, a ninth came back.
    QVERIFY2(made - left >= (made - before) * 3 / 4, qPrintable(QStringLiteral("%1 of %2").arg(made - left).arg(made - before)));
}

QTEST_GUILESS_MAIN(TestFreedMemory)
#include "tst_freedmemory.moc"
