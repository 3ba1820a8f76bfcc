#include "searchpanel.h"

#include "search/treesearch.h"
#include "searchresultdelegate.h"
#include "searchresultmodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace Docent {
namespace {

// Long enough that a burst of typing asks once, short enough to feel immediate.
constexpr int kDebounceMs = 90;
constexpr int kShown = 100;

} // namespace

SearchPanel::SearchPanel(TreeSearch *search, QWidget *parent) : QWidget(parent), m_search(search)
{
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search the tree (Ctrl+Shift+F)"));
    m_field->setAccessibleName(tr("Search the text of every page"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this); // the arrows go from the field into the hits
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_notKept = new QLabel(this);
    m_notKept->setWordWrap(true);
    m_notKept->hide();
    m_model = new SearchResultModel(this);
    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setUniformItemSizes(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field);
    layout->addWidget(m_notKept);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    m_status->hide();
    m_results->hide();

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::query);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::textEdited);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        open(m_results->currentIndex().isValid() ? m_results->currentIndex() : m_model->index(0, 0));
    });
    connect(m_results, &QListView::activated, this, &SearchPanel::open);
    connect(m_results, &QListView::clicked, this, &SearchPanel::open);
    connect(m_search, &TreeSearch::resultsReady, this, &SearchPanel::showResults);
    connect(m_search, &TreeSearch::ready, this, [this] { refresh(); });
}

bool SearchPanel::isActive() const
{
    return !m_field->text().trimmed().isEmpty();
}

void SearchPanel::activate()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

bool SearchPanel::refresh()
{
    if (isActive()) {
        query();
        return true;
    }
    updateStatus();
    return false;
}

void SearchPanel::showNotKept(const QString &reason)
{
    m_notKept->setText(reason);
    m_notKept->setVisible(!reason.isEmpty());
}

void SearchPanel::textEdited()
{
    const bool active = isActive();
    m_status->setVisible(active);
    m_results->setVisible(active);
    if (!active) {
        m_debounce->stop();
        m_request = 0;
        m_waiting = false;
        m_model->clear();
    } else {
        m_waiting = true;
        m_debounce->start();
    }
    if (active != m_wasActive) {
        m_wasActive = active;
        Q_EMIT activeChanged(active);
    }
    updateStatus();
}

void SearchPanel::query()
{
    if (isActive())
        m_request = m_search->search(m_field->text(), kShown);
}

void SearchPanel::showResults(int request, const QString &text, const QList<SearchHit> &hits)
{
    if (request != m_request)
        return; // an answer to what was typed before
    m_waiting = false;
    m_model->setHits(text, hits);
    updateStatus();
    Q_EMIT answered();
}

void SearchPanel::open(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT openRequested(index.data(SearchResultModel::DocnameRole).toString(),
                         index.data(SearchResultModel::AnchorRole).toString(),
                         index.data(SearchResultModel::HighlightRole).toString());
}

void SearchPanel::updateStatus()
{
    if (!isActive())
        m_status->clear();
    else if (!m_search->isReady())
        m_status->setText(tr("Indexing the tree…"));
    else if (m_waiting)
        m_status->setText(tr("Searching…"));
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("No matches"));
    else
        m_status->setText(tr("%n section(s)", nullptr, m_model->rowCount()));
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_field && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_model->rowCount() > 0) {
        m_results->setFocus(Qt::TabFocusReason);
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    if (watched == m_results && key->key() == Qt::Key_Up && m_results->currentIndex().row() == 0) {
        m_field->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (key->key() == Qt::Key_Escape && isActive()) {
        m_field->clear(); // back to the section tree
        m_field->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Docent
