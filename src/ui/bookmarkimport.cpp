#include "bookmarkimport.h"

#include <QFile>
#include <QThread>

namespace Docent {
namespace {

// XBEL files are text; a larger one is a mistake, not bookmarks.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

} // namespace

BookmarkImport::BookmarkImport(const QString &path, QObject *parent)
    : QObject(parent), m_thread(QThread::create([this, path] { run(path); }))
{
    m_thread->start();
}

BookmarkImport::~BookmarkImport()
{
    m_abandoned = true;
    m_thread->wait();
}

void BookmarkImport::abandon()
{
    m_abandoned = true;
    // Connected before looking, so that an end in between is not missed; deleteLater() twice is fine.
    connect(m_thread.get(), &QThread::finished, this, &QObject::deleteLater);
    if (m_thread->isFinished())
        deleteLater();
}

// On the import's own thread.
void BookmarkImport::run(const QString &path)
{
    QString error;
    std::optional<Xbel::ReadResult> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
    } else if (file.size() > kMaxFileSize) {
        error = tr("the file is larger than 64 MB");
    } else {
        int told = -1;
        result = Xbel::read(file.readAll(), &error, [this, &told](qint64 done, qint64 total) {
            if (const int permille = total > 0 ? int(done * 1000 / total) : 0; permille != told) {
                told = permille;
                Q_EMIT progress(permille);
            }
            return !m_abandoned;
        });
    }
    // The outcome is handed over on the thread that owns this object, unless abandoned by then.
    QMetaObject::invokeMethod(
        this,
        [this, result, error] {
            if (m_abandoned)
                return;
            if (result)
                Q_EMIT read(*result);
            else
                Q_EMIT failed(error);
        },
        Qt::QueuedConnection);
}

} // namespace Docent
