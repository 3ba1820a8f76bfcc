#include "pseudoxml.h"

#include "node.h"

#include <algorithm>

namespace Docent {
namespace {

QString serialEscape(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char(' '), QLatin1String("\\ "));
    return v;
}

void startTag(const Node &node, QString &out)
{
    std::vector<std::pair<QString, QString>> attrs(node.attributes().begin(), node.attributes().end());
    auto addList = [&](const char *name, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList escaped;
        for (const QString &v : values)
            escaped << serialEscape(v);
        attrs.emplace_back(QLatin1String(name), escaped.join(QLatin1Char(' ')));
    };
    addList("ids", node.ids);
    addList("classes", node.classes);
    addList("names", node.names);
    addList("dupnames", node.dupnames);
    addList("backrefs", node.backrefs);
    std::sort(attrs.begin(), attrs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    out += QLatin1Char('<') + node.tag();
    for (const auto &[k, v] : attrs)
        out += QLatin1Char(' ') + k + QLatin1String("=\"") + v + QLatin1Char('"');
    out += QLatin1String(">\n");
}

void print(const Node &node, int level, QString &out)
{
    const QString indent(level * 4, QLatin1Char(' '));
    if (node.isText()) {
        const QString &t = node.textContent();
        qsizetype start = 0;
        while (start <= t.size()) {
            qsizetype end = t.indexOf(QLatin1Char('\n'), start);
            if (end < 0)
                end = t.size();
            if (end > start || end < t.size()) {
                out += indent;
                out += QStringView(t).mid(start, end - start);
                out += QLatin1Char('\n');
            }
            start = end + 1;
        }
        return;
    }
    out += indent;
    startTag(node, out);
    for (const auto &c : node.children())
        print(*c, level + 1, out);
}

} // namespace

QString toPseudoXml(const Node &root)
{
    QString out;
    print(root, 0, out);
    return out;
}

} // namespace Docent
