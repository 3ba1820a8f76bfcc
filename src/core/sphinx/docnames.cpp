#include "docnames.h"

#include <QDir>

namespace Docent {

QString cleanDocname(QString name)
{
    if (name.endsWith(QStringLiteral(".rst")))
        name.chop(4);
    name = QDir::cleanPath(name);
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    return name;
}

QString dirOf(const QString &docname)
{
    const qsizetype slash = docname.lastIndexOf(u'/');
    return slash < 0 ? QString() : docname.left(slash);
}

bool isGlobEntry(bool glob, const QString &target)
{
    return glob && (target.contains(u'*') || target.contains(u'?') || target.contains(u'['));
}

QString urlPath(const QString &path)
{
    QString out;
    out.reserve(path.size());
    for (const QChar c : path) {
        if (c == u'%')
            out += QStringLiteral("%25");
        else if (c == u'#')
            out += QStringLiteral("%23");
        else if (c == u'?')
            out += QStringLiteral("%3F");
        else
            out += c;
    }
    return out;
}

} // namespace Docent
