// Reads an XBEL file on a thread of its own, so that a large file does not stop the window. How far
// it has got and what it found come back as signals, on the thread that started it.
#pragma once

#include "bookmarks/xbel.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace Docent {

class BookmarkImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookmarkImport)
public:
    /// Starts reading `path` at once.
    explicit BookmarkImport(const QString &path, QObject *parent = nullptr);
    /// Stops the reading and waits for its thread.
    ~BookmarkImport() override;

    /// Stops the reading without waiting for it: neither read() nor failed() comes any more, and
    /// the object deletes itself once its thread has ended.
    void abandon();

Q_SIGNALS:
    /// How far the reading has got, from 0 to 1000.
    void progress(int permille);
    void read(const Docent::Xbel::ReadResult &result);
    void failed(const QString &reason);

private:
    void run(const QString &path);

    std::atomic<bool> m_abandoned = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Docent
