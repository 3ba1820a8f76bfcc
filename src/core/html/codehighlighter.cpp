#include "codehighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QHash>
#include <QMetaEnum>
#include <QMutex>

namespace Docent {
namespace {

namespace KSH = KSyntaxHighlighting;

// Creating the repository loads every syntax definition; do it once per process.
KSH::Repository &repository()
{
    static KSH::Repository repo;
    return repo;
}

QMutex &repositoryMutex()
{
    static QMutex m;
    return m;
}

QString styleName(KSH::Theme::TextStyle style)
{
    return QString::fromLatin1(QMetaEnum::fromType<KSH::Theme::TextStyle>().valueToKey(style));
}

class HtmlCollector final : public KSH::AbstractHighlighter
{
public:
    KSH::State highlight(QStringView text, const KSH::State &state) { return highlightLine(text, state); }
    QString out;
    QStringView line;
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        const QString text = line.mid(offset, length).toString().toHtmlEscaped();
        if (format.isDefaultTextStyle(theme()) || text.trimmed().isEmpty()) {
            out += text;
            return;
        }
        out += QStringLiteral("<span class=\"hl-") + styleName(format.textStyle()) + QStringLiteral("\">") + text +
               QStringLiteral("</span>");
    }
};

} // namespace

QString CodeHighlighter::definitionName(const QString &language)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("python"), QStringLiteral("Python")},   {QStringLiteral("py"), QStringLiteral("Python")},
        {QStringLiteral("python3"), QStringLiteral("Python")},  {QStringLiteral("pycon"), QStringLiteral("Python")},
        {QStringLiteral("console"), QStringLiteral("Bash")},    {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("bash"), QStringLiteral("Bash")},       {QStringLiteral("sh"), QStringLiteral("Bash")},
        {QStringLiteral("shell-session"), QStringLiteral("Bash")}, {QStringLiteral("zsh"), QStringLiteral("Zsh")},
        {QStringLiteral("ini"), QStringLiteral("INI Files")},   {QStringLiteral("cfg"), QStringLiteral("INI Files")},
        {QStringLiteral("yaml"), QStringLiteral("YAML")},       {QStringLiteral("json"), QStringLiteral("JSON")},
        {QStringLiteral("javascript"), QStringLiteral("JavaScript")}, {QStringLiteral("js"), QStringLiteral("JavaScript")},
        {QStringLiteral("c"), QStringLiteral("C")},             {QStringLiteral("cpp"), QStringLiteral("C++")},
        {QStringLiteral("c++"), QStringLiteral("C++")},         {QStringLiteral("xml"), QStringLiteral("XML")},
        {QStringLiteral("html"), QStringLiteral("HTML")},       {QStringLiteral("diff"), QStringLiteral("Diff")},
        {QStringLiteral("rst"), QStringLiteral("reStructuredText")}, {QStringLiteral("sql"), QStringLiteral("SQL")},
        {QStringLiteral("make"), QStringLiteral("Makefile")},   {QStringLiteral("go"), QStringLiteral("Go")},
        {QStringLiteral("rust"), QStringLiteral("Rust")},       {QStringLiteral("toml"), QStringLiteral("TOML")},
        {QStringLiteral("dockerfile"), QStringLiteral("Dockerfile")}, {QStringLiteral("css"), QStringLiteral("CSS")},
        {QStringLiteral("java"), QStringLiteral("Java")},       {QStringLiteral("ruby"), QStringLiteral("Ruby")},
        {QStringLiteral("perl"), QStringLiteral("Perl")},       {QStringLiteral("powershell"), QStringLiteral("PowerShell")},
        {QStringLiteral("cmake"), QStringLiteral("CMake")},     {QStringLiteral("nginx"), QStringLiteral("Nginx Configuration")},
    };
    const QString key = language.trimmed().toLower();
    if (key.isEmpty() || key == u"none" || key == u"text" || key == u"default" || key == u"raw")
        return {};
    if (auto it = aliases.constFind(key); it != aliases.cend())
        return *it;
    QMutexLocker lock(&repositoryMutex());
    const KSH::Definition def = repository().definitionForName(language);
    return def.isValid() ? def.name() : QString();
}

QString CodeHighlighter::toHtml(const QString &code, const QString &language)
{
    const QString name = definitionName(language);
    if (name.isEmpty())
        return code.toHtmlEscaped();
    QMutexLocker lock(&repositoryMutex());
    const KSH::Definition def = repository().definitionForName(name);
    if (!def.isValid())
        return code.toHtmlEscaped();
    HtmlCollector h;
    h.setDefinition(def);
    h.setTheme(repository().defaultTheme(KSH::Repository::LightTheme));
    KSH::State state;
    const QStringList lines = code.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i)
            h.out += u'\n';
        h.line = lines[i];
        state = h.highlight(lines[i], state);
    }
    return h.out;
}

QString CodeHighlighter::themeCss()
{
    QMutexLocker lock(&repositoryMutex());
    auto rules = [](const KSH::Theme &theme) {
        QString css;
        const QMetaEnum e = QMetaEnum::fromType<KSH::Theme::TextStyle>();
        for (int k = 0; k < e.keyCount(); ++k) {
            const auto style = KSH::Theme::TextStyle(e.value(k));
            if (style == KSH::Theme::Normal)
                continue;
            QString decl;
            if (const QRgb c = theme.textColor(style))
                decl += QStringLiteral("color:%1;").arg(QColor::fromRgba(c).name());
            if (theme.isBold(style))
                decl += QStringLiteral("font-weight:bold;");
            if (theme.isItalic(style))
                decl += QStringLiteral("font-style:italic;");
            if (!decl.isEmpty())
                css += QStringLiteral(".hl-%1{%2}\n").arg(QString::fromLatin1(e.key(k)), decl);
        }
        return css;
    };
    return rules(repository().defaultTheme(KSH::Repository::LightTheme)) +
           QStringLiteral("@media screen and (prefers-color-scheme: dark) {\n") +
           rules(repository().defaultTheme(KSH::Repository::DarkTheme)) + QStringLiteral("}\n");
}

} // namespace Docent
