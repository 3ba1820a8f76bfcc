#include "pagescripts.h"

#include <QFile>
#include <QJsonDocument>

namespace Docent::PageScripts {
namespace {

const QString &source()
{
    static const QString text = [] {
        QFile file(QStringLiteral(":/docent/pagescripts.js"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened); // compiled into the program: only a build error can lose it
        Q_UNUSED(opened);
        return QString::fromUtf8(file.readAll());
    }();
    return text;
}

} // namespace

QString call(const char *name, const QJsonArray &args)
{
    // The whole file goes with each call: it is small, and a page loaded since the last call
    // holds nothing of it (the application world starts empty with each document).
    return QStringLiteral("(function(){%1\nreturn docentPage.%2.apply(null,%3);})()")
        .arg(source(), QLatin1String(name), QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
}

} // namespace Docent::PageScripts
