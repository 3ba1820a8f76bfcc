#include "linkinventory.h"

#include <QFile>
#include <QRegularExpression>

#ifdef DOCENT_HAVE_ZLIB
#include <zlib.h>
#endif

namespace Docent {
namespace {

// The zlib stream after the header, inflated; nullopt (and why) when it is damaged, truncated
// or would grow past kMaxSize.
std::optional<QByteArray> inflated(const QByteArray &compressed, QString *error)
{
#ifdef DOCENT_HAVE_ZLIB
    z_stream s{};
    if (inflateInit(&s) != Z_OK) {
        *error = QStringLiteral("cannot start decompressing");
        return std::nullopt;
    }
    QByteArray out;
    char buffer[64 * 1024];
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    s.avail_in = uInt(compressed.size());
    int status = Z_OK;
    while (status == Z_OK) {
        s.next_out = reinterpret_cast<Bytef *>(buffer);
        s.avail_out = sizeof buffer;
        status = inflate(&s, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(buffer, qsizetype(sizeof buffer - s.avail_out));
        if (out.size() > LinkInventory::kMaxSize)
            status = Z_MEM_ERROR;
        else if (status == Z_OK && s.avail_in == 0 && s.avail_out != 0)
            status = Z_BUF_ERROR; // the input ended before the stream did
    }
    inflateEnd(&s);
    if (status == Z_STREAM_END)
        return out;
    *error = status == Z_MEM_ERROR ? QStringLiteral("its contents are larger than %1 MB").arg(LinkInventory::kMaxSize >> 20)
             : status == Z_BUF_ERROR ? QStringLiteral("the compressed part is truncated")
                                     : QStringLiteral("the compressed part is damaged");
    return std::nullopt;
#else
    // Qt's own zlib wants the inflated size first; it grows the buffer when the guess is short.
    QByteArray prefixed(4, '\0');
    const quint32 guess = quint32(std::min<qsizetype>(compressed.size() * 8, LinkInventory::kMaxSize));
    for (int i = 0; i < 4; ++i)
        prefixed[i] = char(guess >> (24 - 8 * i));
    QByteArray out = qUncompress(prefixed + compressed);
    if (out.isEmpty() && !compressed.isEmpty()) {
        *error = QStringLiteral("the compressed part is damaged or truncated");
        return std::nullopt;
    }
    return out;
#endif
}

// "# Project: Python" -> "Python"
QString headerValue(const QByteArray &line, const char *key)
{
    const QByteArray prefix = QByteArray("# ") + key + ": ";
    return line.startsWith(prefix) ? QString::fromUtf8(line.mid(prefix.size())).trimmed() : QString();
}

} // namespace

std::optional<LinkInventory> LinkInventory::parse(const QByteArray &data, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (data.size() > kMaxSize) {
        why = QStringLiteral("larger than %1 MB").arg(kMaxSize >> 20);
        return std::nullopt;
    }
    // Four header lines, then the entries.
    QList<QByteArray> header;
    qsizetype pos = 0, fourthLine = 0;
    while (header.size() < 4) {
        fourthLine = pos;
        const qsizetype end = data.indexOf('\n', pos);
        if (end < 0) {
            why = QStringLiteral("not a Sphinx inventory (its header is incomplete)");
            return std::nullopt;
        }
        header << data.mid(pos, end - pos).trimmed();
        pos = end + 1;
    }
    const bool v2 = header[0] == "# Sphinx inventory version 2";
    const bool v1 = header[0] == "# Sphinx inventory version 1";
    if (!v1 && !v2) {
        why = QStringLiteral("not a Sphinx inventory (it does not start with \"# Sphinx inventory version 2\")");
        return std::nullopt;
    }
    LinkInventory inv;
    inv.m_project = headerValue(header[1], "Project");
    inv.m_version = headerValue(header[2], "Version");
    QByteArray body;
    if (v2) {
        if (!header[3].contains("zlib")) {
            why = QStringLiteral("not a Sphinx inventory (its body is not zlib-compressed)");
            return std::nullopt;
        }
        std::optional<QByteArray> text = inflated(data.mid(pos), &why);
        if (!text)
            return std::nullopt;
        body = std::move(*text);
    } else {
        // Version 1 has three header lines: the fourth is already an entry.
        body = data.mid(fourthLine);
    }
    static const QRegularExpression v2Line(QStringLiteral("^(.+?)\\s+(\\S+:\\S+)\\s+(-?\\d+)\\s+?(\\S*)\\s+(.*)$"));
    static const QRegularExpression v1Line(QStringLiteral("^(\\S+)\\s+(\\S+)\\s+(\\S+)$"));
    for (const QByteArray &raw : body.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const auto m = (v2 ? v2Line : v1Line).match(line);
        if (!m.hasMatch())
            continue; // Sphinx skips lines it cannot read too
        QString name = m.captured(1), type = m.captured(2), location, dispname;
        if (v2) {
            location = m.captured(4);
            dispname = m.captured(5).trimmed();
            if (dispname == u"-")
                dispname.clear();
        } else {
            // "name type location": modules link to "#module-name", the rest to "#name"
            type = type == u"mod" ? QStringLiteral("py:module") : QStringLiteral("py:") + type;
            location = m.captured(3) + (type == u"py:module" ? QStringLiteral("#module-") + name : u'#' + name);
        }
        if (location.endsWith(u'$'))
            location = location.chopped(1) + name;
        if (type == u"std:term")
            inv.m_termsLowercase.insert(name.toLower(), name);
        inv.m_byType[type].insert(name, {location, dispname});
        ++inv.m_size;
    }
    return inv;
}

std::optional<LinkInventory> LinkInventory::read(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return std::nullopt;
    }
    if (f.size() > kMaxSize) {
        if (error)
            *error = QStringLiteral("larger than %1 MB").arg(kMaxSize >> 20);
        return std::nullopt;
    }
    return parse(f.readAll(), error);
}

const LinkInventory::Entry *LinkInventory::find(const QString &objtype, const QString &name) const
{
    const auto type = m_byType.constFind(objtype);
    if (type == m_byType.cend())
        return nullptr;
    auto it = type->constFind(name);
    if (it == type->cend() && objtype == u"std:term")
        it = type->constFind(m_termsLowercase.value(name.toLower()));
    return it == type->cend() ? nullptr : &*it;
}

} // namespace Docent
