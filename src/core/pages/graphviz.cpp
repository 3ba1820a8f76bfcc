#include "graphviz.h"

#include "doctree/node.h"

#include <QCache>
#include <QCryptographicHash>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Docent {
namespace {

constexpr int kTimeoutMs = 5000;
constexpr qsizetype kMaxSvgBytes = 8 * 1024 * 1024;

QMutex &cacheMutex()
{
    static QMutex m;
    return m;
}

QCache<QByteArray, QByteArray> &cache()
{
    static QCache<QByteArray, QByteArray> c(64);
    return c;
}

} // namespace

QString Graphviz::dotPath()
{
    static const QString path = QStandardPaths::findExecutable(QStringLiteral("dot"));
    return path;
}

QByteArray Graphviz::toSvg(const QString &code, const QString &layout, QString *error)
{
    const QString dot = dotPath();
    if (dot.isEmpty()) {
        *error = QStringLiteral("Graphviz (dot) is not installed");
        return {};
    }
    const QByteArray key = QCryptographicHash::hash((layout + u'\n' + code).toUtf8(), QCryptographicHash::Sha1);
    {
        QMutexLocker lock(&cacheMutex());
        if (const QByteArray *svg = cache().object(key))
            return *svg;
    }
    QProcess p;
    QStringList args{QStringLiteral("-Tsvg")};
    static const QRegularExpression safeLayout(QStringLiteral("^[a-z]+$"));
    if (!layout.isEmpty() && safeLayout.match(layout).hasMatch())
        args << QStringLiteral("-K") + layout;
    p.start(dot, args);
    if (!p.waitForStarted(kTimeoutMs)) {
        *error = QStringLiteral("dot could not be started");
        return {};
    }
    p.write(code.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        *error = QStringLiteral("dot took longer than %1 s").arg(kTimeoutMs / 1000);
        return {};
    }
    const QByteArray svg = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || svg.isEmpty() || svg.size() > kMaxSvgBytes) {
        *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        if (error->isEmpty())
            *error = QStringLiteral("dot failed");
        return {};
    }
    QMutexLocker lock(&cacheMutex());
    cache().insert(key, new QByteArray(svg));
    return svg;
}

QList<Graphviz::Source> Graphviz::sourcesIn(const Node &doctree)
{
    QList<Source> graphs;
    doctree.forEach([&](const Node &n) {
        if (n.is(u"graphviz") && !n.attribute(QStringLiteral("code")).trimmed().isEmpty())
            graphs.append({n.attribute(QStringLiteral("code")), n.attribute(QStringLiteral("layout"))});
    });
    return graphs;
}

} // namespace Docent
