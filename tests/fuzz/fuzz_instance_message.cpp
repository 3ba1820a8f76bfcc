// libFuzzer target: the line a second Docent sends the running window. Any bytes are either
// refused with a reason or decode into a request within the limits, which encodes back into a
// line of the same request. Built only with -DDOCENT_FUZZ=ON; see README.md.
#include "desktop/openrequest.h"

#include <QByteArrayView>
#include <QDir>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using Docent::OpenRequest;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView line(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<OpenRequest> request = OpenRequest::decode(line, &error);
    if (!request) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    if (request->path.size() > OpenRequest::maxPathChars || request->fragment.size() > OpenRequest::maxFragmentChars)
        std::abort();
    if (!request->path.isEmpty() && (!QDir::isAbsolutePath(request->path) || request->path.startsWith(u':')))
        std::abort();
    const QByteArray again = request->encode();
    if (again.contains('\n') || again.size() > OpenRequest::maxLineBytes)
        std::abort();
    const std::optional<OpenRequest> back = OpenRequest::decode(again);
    if (!back || back->path != request->path || back->fragment != request->fragment)
        std::abort();
    return 0;
}
