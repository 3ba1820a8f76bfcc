#include "conffacts.h"

#include <QFile>
#include <QRegularExpression>

namespace Docent {
namespace {

QString stringValue(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1\\s*=\\s*(?:u|r)?(['\"])(.*?)\\1\\s*(?:#.*)?$").arg(name),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(2) : QString();
}

QStringList listValue(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1\\s*=\\s*[\\[(]([^\\])]*)[\\])]").arg(name),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    QStringList out;
    if (!m.hasMatch())
        return out;
    static const QRegularExpression item(QStringLiteral("(['\"])(.*?)\\1"));
    for (auto it = item.globalMatch(m.captured(1)); it.hasNext();)
        out << it.next().captured(2);
    return out;
}

} // namespace

ConfFacts ConfFacts::parse(const QString &text)
{
    ConfFacts f;
    f.project = stringValue(text, QStringLiteral("project"));
    const QString root = stringValue(text, QStringLiteral("root_doc"));
    const QString master = stringValue(text, QStringLiteral("master_doc"));
    if (!root.isEmpty())
        f.rootDoc = root;
    else if (!master.isEmpty())
        f.rootDoc = master;
    f.excludePatterns = listValue(text, QStringLiteral("exclude_patterns"));
    f.highlightLanguage = stringValue(text, QStringLiteral("highlight_language"));
    return f;
}

ConfFacts ConfFacts::read(const QString &confPyPath)
{
    QFile f(confPyPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(QString::fromUtf8(f.read(1 << 20)));
}

} // namespace Docent
