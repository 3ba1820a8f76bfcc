// The allocator Docent runs on: what it reports handing out, and memory freed by the program
// leaving the resident size when returnFreedMemory() is asked (after a tree's doctrees are released).
#include "doctree/freedmemory.h"

#include <QFile>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestFreedMemory)
#include "tst_freedmemory.moc"
