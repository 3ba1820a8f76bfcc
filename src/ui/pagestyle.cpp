#include "pagestyle.h"

#include "html/htmlwriter.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace Docent {
namespace {

// The declarations of the first `:root { ... }` in `css` from `from` on: the theme's colours are
// written once, in theme.css, and taken from there.
QString rootBlock(const QString &css, qsizetype from)
{
    const qsizetype open = css.indexOf(QLatin1String(":root {"), from);
    const qsizetype close = open < 0 ? -1 : css.indexOf(u'}', open);
    return close < 0 ? QString() : css.mid(open + 7, close - open - 7);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2e, 0x33), base(0x1b, 0x1e, 0x22), text(0xdd, 0xe1, 0xe6), muted(0x8a, 0x93, 0x9c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(140));
    p.setColor(QPalette::Midlight, window.lighter(120));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, base.darker(130));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7f, 0xb0, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    return p;
}

} // namespace

QString preferenceCss(const QString &theme, int fontPixels)
{
    QString css;
    if (fontPixels > 0 && fontPixels != 16)
        css += QStringLiteral("body { font-size: %1px; }\n").arg(fontPixels);
    if (theme != u"light" && theme != u"dark")
        return css;
    const QString themeCss = HtmlWriter::themeCss();
    const QString light = rootBlock(themeCss, 0);
    const QString dark = rootBlock(themeCss, themeCss.indexOf(QLatin1String("prefers-color-scheme: dark")));
    // Later than the theme's own rules, so it wins over the system's choice; on screens only.
    css += QStringLiteral("@media screen { :root { %1 color-scheme: %2; } }\n").arg(theme == u"dark" ? dark : light, theme);
    return css;
}

void applyWidgetTheme(const QString &theme)
{
    // The desktop's palette as it was before Docent changed it, to go back to.
    static const QPalette system = QApplication::palette();
    if (theme == u"dark")
        QApplication::setPalette(darkPalette());
    else if (theme == u"light")
        QApplication::setPalette(QApplication::style()->standardPalette());
    else
        QApplication::setPalette(system);
}

} // namespace Docent
