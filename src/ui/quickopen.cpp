#include "quickopen.h"

#include "navigation/navigationtree.h"

#include <QApplication>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QScreen>
#include <QSet>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <functional>

namespace Docent {
namespace {

constexpr int kShown = 50;

// Draws `text` from `x` on the baseline `y`, the characters at `bold` in bold, cut with an
// ellipsis at `right`.
void drawMarked(QPainter *p, const QFont &font, const QString &text, const QList<int> &bold, int x, int y, int right)
{
    QFont strong = font;
    strong.setBold(true);
    const QString ellipsis = QStringLiteral("…");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool marked = bold.contains(int(i));
        p->setFont(marked ? strong : font);
        const int width = p->fontMetrics().horizontalAdvance(text[i]);
        if (x + width > right - p->fontMetrics().horizontalAdvance(ellipsis) && i + 1 < text.size()) {
            p->setFont(font);
            p->drawText(x, y, ellipsis);
            return;
        }
        p->drawText(x, y, QString(text[i]));
        x += width;
    }
}

// A result: its title with the matched letters in bold, and below it in a quieter colour what it
// is (a page and its file, or a section and its page).
class ResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(4, 0, -4, 0);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorRole ink = selected ? QPalette::HighlightedText : QPalette::Text;
        painter->save();
        const QFontMetrics fm(opt.font);
        const QString secondary = index.data(QuickOpen::SecondaryRole).toString();
        const int top = secondary.isEmpty() ? r.center().y() - fm.height() / 2 : r.top() + 2;
        painter->setPen(opt.palette.color(ink));
        drawMarked(painter, opt.font, title, index.data(QuickOpen::MatchesRole).value<QList<int>>(), r.left(), top + fm.ascent(),
                   r.right());
        if (!secondary.isEmpty()) {
            QFont small = opt.font;
            small.setPointSizeF(opt.font.pointSizeF() * 0.9);
            QColor quiet = opt.palette.color(ink);
            quiet.setAlphaF(0.7f);
            painter->setPen(quiet);
            drawMarked(painter, small, secondary, index.data(QuickOpen::PathMatchesRole).value<QList<int>>(), r.left(),
                       top + fm.height() + QFontMetrics(small).ascent() + 1, r.right());
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QFontMetrics fm(option.font);
        if (!index.data(QuickOpen::SecondaryRole).toString().isEmpty())
            size.setHeight(std::max(size.height(), fm.height() * 2 + 6));
        return size;
    }
};

} // namespace

QuickOpen::QuickOpen(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Go to Page or Section"));
    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(tr("Type part of a title or file name"));
    m_field->setAccessibleName(tr("Search titles"));
    m_results = new QListWidget(this);
    m_results->setAccessibleName(tr("Matching pages and sections"));
    m_results->setItemDelegate(new ResultDelegate(m_results));
    m_results->setIconSize(QSize(16, 16));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results);
    resize(760, 480);
    connect(m_field, &QLineEdit::textChanged, this, &QuickOpen::refresh);
    connect(m_field, &QLineEdit::returnPressed, this, &QuickOpen::choose);
    connect(m_results, &QListWidget::itemActivated, this, &QuickOpen::choose);
    m_field->installEventFilter(this); // arrows move through the results while typing
}

void QuickOpen::showEvent(QShowEvent *event)
{
    // Long titles need the room: most of the window's width, within the screen.
    const QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    const QRect screen = (window ? window->screen() : this->screen())->availableGeometry();
    const int wanted = window ? window->width() * 2 / 3 : 760;
    resize(std::clamp(wanted, std::min(560, screen.width()), std::min(1100, screen.width() - 40)),
           std::min(520, screen.height() - 80));
    if (window)
        move(window->geometry().center().x() - width() / 2, window->geometry().top() + 80);
    QDialog::showEvent(event);
}

void QuickOpen::setNavigation(const NavNode &root, const std::function<QString(const QString &)> &fileOf)
{
    m_entries.clear();
    // A page listed by two toctrees, and a page's own title section, are one row.
    QSet<QString> seen;
    std::function<void(const NavNode &, const NavNode *)> add = [&](const NavNode &n, const NavNode *page) {
        const QString key = n.docname + u'#' + n.anchor;
        const bool sameAsPage = page && n.kind == NavNode::Kind::Section && n.docname == page->docname && n.title == page->title;
        if (n.kind != NavNode::Kind::Group && !n.docname.isEmpty() && !sameAsPage && !seen.contains(key)) {
            seen.insert(key);
            const QString path = fileOf ? fileOf(n.docname) : n.docname + QStringLiteral(".rst");
            if (n.kind == NavNode::Kind::Document)
                m_entries.push_back({n.title, n.docname, {}, path, path});
            else
                m_entries.push_back({n.title, n.docname, n.anchor, page ? page->title : QString(), path});
        }
        for (const NavNode &c : n.children)
            add(c, n.kind == NavNode::Kind::Document ? &n : page);
    };
    add(root, nullptr);
    refresh();
}

QList<int> QuickOpen::matchPositions(const QString &query, const QString &text)
{
    QList<int> found;
    qsizetype at = 0;
    for (const QChar q : query) {
        if (q.isSpace())
            continue;
        const qsizetype i = text.indexOf(q, at, Qt::CaseInsensitive);
        if (i < 0)
            return {};
        found << int(i);
        at = i + 1;
    }
    return found;
}

int QuickOpen::score(const QString &query, const QString &text)
{
    if (query.isEmpty())
        return 0;
    const QList<int> found = matchPositions(query, text);
    if (found.isEmpty())
        return -1;
    int score = 0, run = 0;
    int at = 0;
    for (const int i : found) {
        // consecutive letters and letters at word starts count most
        run = i == at ? run + 1 : 0;
        const bool wordStart = i == 0 || !text[i - 1].isLetterOrNumber();
        score += 1 + run * 2 + (wordStart ? 3 : 0);
        at = i + 1;
    }
    return score * 100 / int(std::max<qsizetype>(text.size(), 1)) + score;
}

void QuickOpen::refresh()
{
    m_results->clear();
    const QString query = m_field->text().trimmed();
    // A page is found by its title or its file's path; a section by its title.
    std::vector<std::pair<int, size_t>> ranked;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        int s = score(query, e.title);
        if (e.anchor.isEmpty())
            s = std::max(s, score(query, e.path) - 1);
        if (s >= 0)
            ranked.emplace_back(s, i);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    const QIcon pageIcon = style()->standardIcon(QStyle::SP_FileIcon);
    for (size_t k = 0; k < ranked.size() && k < size_t(kShown); ++k) {
        const Entry &e = m_entries[ranked[k].second];
        auto *item = new QListWidgetItem(e.title, m_results);
        item->setData(EntryRole, qulonglong(ranked[k].second));
        item->setData(MatchesRole, QVariant::fromValue(matchPositions(query, e.title)));
        if (e.anchor.isEmpty()) {
            const QString prefix = tr("Page · ");
            item->setIcon(pageIcon);
            item->setData(SecondaryRole, prefix + e.path);
            QList<int> inPath;
            if (score(query, e.title) < 0) { // found by its path: show where
                for (int i : matchPositions(query, e.path))
                    inPath << int(prefix.size()) + i;
            }
            item->setData(PathMatchesRole, QVariant::fromValue(inPath));
            item->setToolTip(e.path);
        } else {
            item->setData(SecondaryRole, tr("Section of %1").arg(e.context));
            item->setToolTip(tr("%1 — %2").arg(e.title, e.context));
        }
    }
    if (m_results->count() == 0 && !query.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No page or section matches “%1”").arg(query), m_results);
        none->setFlags(Qt::NoItemFlags);
    }
    m_results->setCurrentRow(0);
}

void QuickOpen::choose()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item || !item->data(EntryRole).isValid())
        return;
    const Entry &e = m_entries[size_t(item->data(EntryRole).toULongLong())];
    Q_EMIT chosen(e.docname, e.anchor);
    accept();
}

bool QuickOpen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Docent
