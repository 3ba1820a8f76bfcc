#include "searchresultdelegate.h"

#include "searchresultmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Docent {
namespace {

constexpr int kMargin = 4;
constexpr int kSnippetLines = 2;

} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and focus

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = option.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const QFontMetrics metrics(option.font);
    painter->save();
    painter->setClipRect(option.rect);

    // First line: where the hit is, in bold, elided in the middle when long.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::Active, textRole));
    const QString path = QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, area.width());
    painter->drawText(QRect(area.left(), area.top(), area.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, path);

    // Then the snippet, wrapped, at most two lines.
    QTextDocument snippet;
    snippet.setDefaultFont(option.font);
    snippet.setDocumentMargin(0);
    snippet.setTextWidth(area.width());
    const QColor text = option.palette.color(QPalette::Active, textRole);
    snippet.setDefaultStyleSheet(QStringLiteral("body { color: %1; } b { color: %1; }").arg(text.name()));
    snippet.setHtml(QStringLiteral("<body>") + index.data(SearchResultModel::SnippetHtmlRole).toString() +
                    QStringLiteral("</body>"));
    const QRect snippetArea(area.left(), area.top() + metrics.height(), area.width(), metrics.lineSpacing() * kSnippetLines);
    painter->translate(snippetArea.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), snippetArea.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, text);
    snippet.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {200, metrics.height() + metrics.lineSpacing() * kSnippetLines + kMargin * 2};
}

} // namespace Docent
