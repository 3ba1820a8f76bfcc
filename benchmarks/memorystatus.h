// The process's resident memory as the kernel reports it (/proc/self/status, Linux), and the size
// of a tree's reST, for the memory figures of docent-bench and docent-bench-window.
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QString>

namespace DocentBench {

struct MemoryStatus {
    double rssMB = 0; ///< VmRSS: resident now
    double hwmMB = 0; ///< VmHWM: the most resident so far
    double anonMB = 0; ///< RssAnon: resident and not backed by a file (the heap, not the libraries' code)
};

inline MemoryStatus memoryStatus()
{
    MemoryStatus m;
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const auto kb = [&] { return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; };
        if (line.startsWith("VmRSS:"))
            m.rssMB = kb();
        else if (line.startsWith("VmHWM:"))
            m.hwmMB = kb();
        else if (line.startsWith("RssAnon:"))
            m.anonMB = line.mid(8).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return m;
}

/// Bytes of the .rst files under `dir`.
inline qint64 rstBytes(const QString &dir)
{
    qint64 bytes = 0;
    QDirIterator it(dir, {QStringLiteral("*.rst")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

} // namespace DocentBench
