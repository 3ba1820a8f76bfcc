#include "openrequest.h"

#include <QDir>
#include <QUrl>

namespace Docent {
namespace {

std::optional<OpenRequest> refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

QByteArray OpenRequest::encode() const
{
    if (path.isEmpty())
        return {};
    QUrl url = QUrl::fromLocalFile(QDir::cleanPath(path)); // "//x" would name a host
    if (!fragment.isEmpty())
        url.setFragment(fragment, QUrl::DecodedMode); // "%41" stays three characters
    return url.toEncoded();
}

std::optional<OpenRequest> OpenRequest::decode(QByteArrayView line, QString *error)
{
    if (line.isEmpty())
        return OpenRequest{};
    if (line.size() > maxLineBytes)
        return refuse(error, QStringLiteral("the request is longer than %1 bytes").arg(maxLineBytes));
    // Percent-encoding leaves only printable ASCII: anything else was not written by encode().
    for (const char c : line) {
        if (c <= 0x20 || c >= 0x7f)
            return refuse(error, QStringLiteral("the request holds a byte that is not printable ASCII"));
    }
    const QUrl url = QUrl::fromEncoded(QByteArray(line.data(), line.size()), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"file" || !url.host().isEmpty() || url.hasQuery())
        return refuse(error, QStringLiteral("the request is not a local file URL"));
    OpenRequest request;
    request.path = QDir::cleanPath(url.toLocalFile()); // as encode() writes it
    request.fragment = url.fragment(QUrl::FullyDecoded);
    // Qt counts ":/x" (its resources) as absolute: not a file another program can mean.
    if (request.path.isEmpty() || !QDir::isAbsolutePath(request.path) || request.path.startsWith(u':'))
        return refuse(error, QStringLiteral("the request's path is not absolute"));
    if (request.path.size() > maxPathChars || request.fragment.size() > maxFragmentChars)
        return refuse(error, QStringLiteral("the request's path or anchor is too long"));
    // A file name may hold a newline, but not a NUL; an anchor is a section id, one line of text.
    if (request.path.contains(QChar(0)) || hasControlCharacter(request.fragment))
        return refuse(error, QStringLiteral("the request's path or anchor holds a control character"));
    return request;
}

} // namespace Docent
