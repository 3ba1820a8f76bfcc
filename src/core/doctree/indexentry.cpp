#include "indexentry.h"

#include <QStringList>

namespace Docent {
namespace {

QString quoted(const QString &s)
{
    QString out = QStringLiteral("'");
    for (const QChar c : s) {
        if (c == u'\'' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'\'';
}

// Reads one item of a tuple or list: a quoted string (either quote), None, or a bare word.
// `i` stands on its first character and ends after it.
QString readItem(const QString &s, qsizetype &i)
{
    if (i < s.size() && (s[i] == u'\'' || s[i] == u'"')) {
        const QChar quote = s[i++];
        QString out;
        for (; i < s.size() && s[i] != quote; ++i) {
            if (s[i] == u'\\' && i + 1 < s.size())
                ++i;
            out += s[i];
        }
        ++i;
        return out;
    }
    const qsizetype start = i;
    while (i < s.size() && s[i] != u',' && s[i] != u')' && s[i] != u']' && s[i] != u'(' && s[i] != u'[')
        ++i;
    const QString word = s.mid(start, i - start).trimmed();
    return word == u"None" ? QString() : word;
}

} // namespace

QString formatIndexEntries(const QList<IndexEntry> &entries)
{
    QStringList out;
    for (const IndexEntry &e : entries) {
        const QString key = e.key.isEmpty() ? QStringLiteral("None") : quoted(e.key);
        const QString tuple =
            QStringLiteral("[%1, %2, %3, %4, %5]").arg(quoted(e.type), quoted(e.value), quoted(e.targetId), quoted(e.main), key);
        out << QString(tuple).replace(u' ', QStringLiteral("\\ "));
    }
    return out.join(u' ');
}

QList<IndexEntry> parseIndexEntries(const QString &attribute)
{
    // Escaped spaces are spaces; an entry is the items one innermost pair of brackets encloses
    // (so the Python spelling's outer list is no entry).
    const QString s = QString(attribute).replace(QStringLiteral("\\ "), QStringLiteral(" "));
    QList<IndexEntry> out;
    QStringList items;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c == u'[' || c == u'(') {
            items.clear();
            ++i;
        } else if (c == u']' || c == u')') {
            if (items.size() >= 4)
                out.append({items[0], items[1], items[2], items[3], items.value(4)});
            items.clear();
            ++i;
        } else if (c.isSpace() || c == u',') {
            ++i;
        } else {
            items << readItem(s, i);
        }
    }
    return out;
}

QList<IndexEntry> indexEntriesFromText(const QString &line, const QString &targetId)
{
    QString text = line.trimmed();
    QString main;
    if (text.startsWith(u'!')) {
        main = QStringLiteral("main");
        text = text.mid(1).trimmed();
    }
    // Object kinds written as a type of their own are pairs with the kind's name.
    for (const char *kind : {"module", "keyword", "operator", "object", "exception", "statement", "builtin"}) {
        const QString prefix = QLatin1String(kind) + u':';
        if (text.startsWith(prefix))
            return {{QStringLiteral("pair"), QLatin1String(kind) + QStringLiteral("; ") + text.mid(prefix.size()).trimmed(),
                     targetId, main, {}}};
    }
    for (const char *type : {"single", "pair", "double", "triple", "see", "seealso"}) {
        const QString prefix = QLatin1String(type) + u':';
        if (text.startsWith(prefix)) {
            const QString kind = QLatin1String(type) == QLatin1String("double") ? QStringLiteral("pair") : QString::fromLatin1(type);
            return {{kind, text.mid(prefix.size()).trimmed(), targetId, main, {}}};
        }
    }
    QList<IndexEntry> out;
    for (const QString &part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            out.append({QStringLiteral("single"), part.trimmed(), targetId, main, {}});
    }
    return out;
}

} // namespace Docent
