#include "emptystate.h"

#include <QAbstractItemView>
#include <QEvent>

#include <algorithm>

namespace Docent {

EmptyState::EmptyState(QAbstractItemView *view) : QLabel(view->viewport()), m_view(view)
{
    setObjectName(QStringLiteral("emptyState"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(12);
    setForegroundRole(QPalette::PlaceholderText);
    // Clicks and the context menu still reach the view underneath.
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

EmptyState *EmptyState::attach(QAbstractItemView *view, const QString &text)
{
    auto *state = new EmptyState(view);
    state->setText(text);
    view->viewport()->installEventFilter(state);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, state, &EmptyState::follow);
    connect(model, &QAbstractItemModel::layoutChanged, state, &EmptyState::follow);
    connect(model, &QAbstractItemModel::rowsInserted, state, &EmptyState::follow);
    connect(model, &QAbstractItemModel::rowsRemoved, state, &EmptyState::follow);
    state->place();
    state->follow();
    return state;
}

EmptyState *EmptyState::of(const QAbstractItemView *view)
{
    return view->viewport()->findChild<EmptyState *>(QStringLiteral("emptyState"), Qt::FindDirectChildrenOnly);
}

void EmptyState::follow()
{
    setVisible(m_view->model() && m_view->model()->rowCount() == 0);
}

void EmptyState::place()
{
    // The upper part of the view, where the eye looks for the first row.
    const QRect area = m_view->viewport()->rect();
    setGeometry(area.x(), area.y(), area.width(), std::min(area.height(), std::max(area.height() / 3, 80)));
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

} // namespace Docent
