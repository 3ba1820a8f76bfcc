// The line a list shows while it has nothing in it: what would be there and how to get it
// ("No todo in this tree…"), centred over the view and gone as soon as a row arrives.
#pragma once

#include <QLabel>

class QAbstractItemView;

namespace Docent {

class EmptyState final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)
public:
    /// Shows `text` over `view` whenever its model has no rows; the label belongs to the view.
    static EmptyState *attach(QAbstractItemView *view, const QString &text);
    /// The message `view` shows when empty; null when it has none.
    static EmptyState *of(const QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit EmptyState(QAbstractItemView *view);
    void follow();
    void place();

    QAbstractItemView *m_view;
};

} // namespace Docent
