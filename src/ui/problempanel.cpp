#include "problempanel.h"

#include "problemmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Docent {
namespace {

// Up to this many problems shown, the groups open by themselves; beyond, the groups are the
// overview and the reader opens the one wanted.
constexpr int kExpandedUpTo = 300;

} // namespace

ProblemPanel::ProblemPanel(QWidget *parent) : QWidget(parent)
{
    m_model = new ProblemModel(this);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true); // thousands of rows stay quick to lay out
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAccessibleName(tr("Problems"));
    connect(m_view, &QAbstractItemView::clicked, this, &ProblemPanel::open);
    connect(m_view, &QAbstractItemView::activated, this, &ProblemPanel::open);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProblemPanel::showDetail);
    m_view->installEventFilter(this); // Ctrl+C copies the problems chosen

    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText); // messages hold markup ("<" in code) to show as written
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setAccessibleName(tr("Full message"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(createBar());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    connect(m_model, &ProblemModel::countsChanged, this, &ProblemPanel::countsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemPanel::showDetail);
    countsChanged();
}

QWidget *ProblemPanel::createBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const std::array<Problem::Severity, 3> severities{Problem::Severity::Error, Problem::Severity::Warning,
                                                      Problem::Severity::Notice};
    for (Problem::Severity severity : severities) {
        auto *toggle = new QToolButton(bar);
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(toggle, &QToolButton::toggled, this, [this, severity](bool on) { m_model->setSeverityShown(severity, on); });
        m_toggles[size_t(severity)] = toggle;
        row->addWidget(toggle);
    }
    m_grouping = new QComboBox(bar);
    m_grouping->addItem(tr("By file"));
    m_grouping->addItem(tr("By kind"));
    m_grouping->setAccessibleName(tr("Group problems"));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setGrouping(i == 1 ? ProblemModel::Grouping::ByKind : ProblemModel::Grouping::ByFile);
    });
    row->addWidget(m_grouping);
    m_filter = new QLineEdit(bar);
    m_filter->setPlaceholderText(tr("Filter problems"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter problems"));
    connect(m_filter, &QLineEdit::textChanged, m_model, &ProblemModel::setFilterText);
    row->addWidget(m_filter, 1);
    m_copy = new QToolButton(bar);
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the selected problems, or all that are shown"));
    connect(m_copy, &QToolButton::clicked, this, &ProblemPanel::copySelection);
    row->addWidget(m_copy);
    return bar;
}

void ProblemPanel::setProblems(const QList<Problem> &problems, const QString &root)
{
    m_model->setProblems(problems, root);
}

void ProblemPanel::setEntries(ProblemModel::Entries entries) { m_model->setEntries(std::move(entries)); }

QString ProblemPanel::title() const
{
    return m_model->shownCount() == 0 ? tr("Problems") : tr("Problems (%1)").arg(QLocale().toString(m_model->shownCount()));
}

void ProblemPanel::countsChanged()
{
    const QLocale locale;
    const auto label = [&](Problem::Severity s, const QString &name) {
        QToolButton *toggle = m_toggles[size_t(s)];
        toggle->setText(tr("%1 %2").arg(name, locale.toString(m_model->count(s))));
        toggle->setIcon(QApplication::style()->standardIcon(s == Problem::Severity::Error     ? QStyle::SP_MessageBoxCritical
                                                            : s == Problem::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                              : QStyle::SP_MessageBoxInformation));
    };
    label(Problem::Severity::Error, tr("Errors"));
    label(Problem::Severity::Warning, tr("Warnings"));
    label(Problem::Severity::Notice, tr("Notices"));
    if (m_model->shownCount() <= kExpandedUpTo)
        m_view->expandAll();
    if (m_model->totalCount() == 0)
        m_detail->setText(tr("No problem found in this tree."));
    Q_EMIT titleChanged(title());
}

void ProblemPanel::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_model->totalCount() == 0)
        m_detail->setText(tr("No problem found in this tree."));
    else if (m_model->shownCount() == 0)
        m_detail->setText(tr("No problem matches the filter."));
    else if (!current.isValid())
        m_detail->setText(tr("Choose a problem to open its page at its line."));
    else if (current.data(ProblemModel::IsGroupRole).toBool())
        m_detail->setText(current.data(Qt::DisplayRole).toString());
    else
        m_detail->setText(current.data(ProblemModel::MessageRole).toString());
}

void ProblemPanel::open(const QModelIndex &index)
{
    const QString docname = index.data(ProblemModel::DocnameRole).toString();
    if (!docname.isEmpty())
        Q_EMIT openRequested(docname, index.data(ProblemModel::LineRole).toInt());
}

bool ProblemPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Edit > Copy owns Ctrl+C in the window (it copies from the page); in the list, the list
    // takes the key first and copies whole messages.
    if (watched == m_view && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            copySelection();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ProblemPanel::copySelection()
{
    QModelIndexList chosen = m_view->selectionModel()->selectedIndexes();
    if (chosen.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            chosen << m_model->index(r, 0);
    }
    QApplication::clipboard()->setText(m_model->copyText(chosen));
}

} // namespace Docent
