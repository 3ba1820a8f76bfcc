#include "quickopen.h"

#include "navigation/navigationtree.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Docent {
namespace {

constexpr int kShown = 50;
constexpr int kEntryRole = Qt::UserRole + 1;

} // namespace

QuickOpen::QuickOpen(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Go to Page or Section"));
    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(tr("Type part of a title or file name"));
    m_field->setAccessibleName(tr("Search titles"));
    m_results = new QListWidget(this);
    m_results->setAccessibleName(tr("Matching pages and sections"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results);
    resize(560, 420);
    connect(m_field, &QLineEdit::textChanged, this, &QuickOpen::refresh);
    connect(m_field, &QLineEdit::returnPressed, this, &QuickOpen::choose);
    connect(m_results, &QListWidget::itemActivated, this, &QuickOpen::choose);
    m_field->installEventFilter(this); // arrows move through the results while typing
}

void QuickOpen::setNavigation(const NavNode &root)
{
    m_entries.clear();
    std::function<void(const NavNode &, const QString &)> add = [&](const NavNode &n, const QString &page) {
        if (n.kind == NavNode::Kind::Document)
            m_entries.push_back({n.title, n.docname, {}, n.docname + QStringLiteral(".rst")});
        else if (n.kind == NavNode::Kind::Section)
            m_entries.push_back({n.title, n.docname, n.anchor, page});
        for (const NavNode &c : n.children)
            add(c, n.kind == NavNode::Kind::Document ? n.title : page);
    };
    add(root, root.title);
    refresh();
}

int QuickOpen::score(const QString &query, const QString &text)
{
    if (query.isEmpty())
        return 0;
    int score = 0, run = 0;
    qsizetype at = 0;
    for (const QChar q : query) {
        if (q.isSpace())
            continue;
        const qsizetype found = text.indexOf(q, at, Qt::CaseInsensitive);
        if (found < 0)
            return -1;
        // consecutive letters and letters at word starts count most
        run = found == at ? run + 1 : 0;
        const bool wordStart = found == 0 || !text[found - 1].isLetterOrNumber();
        score += 1 + run * 2 + (wordStart ? 3 : 0);
        at = found + 1;
    }
    return score * 100 / int(std::max<qsizetype>(text.size(), 1)) + score;
}

void QuickOpen::refresh()
{
    m_results->clear();
    const QString query = m_field->text().trimmed();
    std::vector<std::pair<int, size_t>> ranked;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        const int s = std::max(score(query, e.title), score(query, e.docname) - 1);
        if (s >= 0)
            ranked.emplace_back(s, i);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t k = 0; k < ranked.size() && k < size_t(kShown); ++k) {
        const Entry &e = m_entries[ranked[k].second];
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(e.title, e.context), m_results);
        item->setData(kEntryRole, qulonglong(ranked[k].second));
    }
    m_results->setCurrentRow(0);
}

void QuickOpen::choose()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const Entry &e = m_entries[size_t(item->data(kEntryRole).toULongLong())];
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
