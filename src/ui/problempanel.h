// The Problems panel below the page: the tree's problems grouped by file or by kind, a toggle per
// severity with its count, a text filter, the chosen problem's full message, and Copy. Choosing a
// problem asks for its page at its line.
#pragma once

#include "problemmodel.h"
#include "sphinx/problem.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace Docent {

class ProblemModel;

class ProblemPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemPanel)
public:
    explicit ProblemPanel(QWidget *parent = nullptr);

    /// `root` shortens file paths to the tree's own names.
    void setProblems(const QList<Problem> &problems, const QString &root);
    void setEntries(ProblemModel::Entries entries);

    ProblemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *groupingBox() const { return m_grouping; }
    QToolButton *severityToggle(Problem::Severity severity) const { return m_toggles[size_t(severity)]; }
    QToolButton *copyButton() const { return m_copy; }
    /// The line under the list with the current problem's full message.
    QLabel *detail() const { return m_detail; }
    /// "Problems (N)": N counts what the list shows.
    QString title() const;

    /// Copies the selected problems (a group: all of its problems) to the clipboard.
    void copySelection();

Q_SIGNALS:
    /// The reader chose a problem (a click, or Enter): its page, at its line.
    void openRequested(const QString &docname, int line);
    /// What the list shows changed: the title (its count) with it.
    void titleChanged(const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createBar();
    void countsChanged();
    void showDetail();
    void open(const QModelIndex &index);

    ProblemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_grouping = nullptr;
    std::array<QToolButton *, 3> m_toggles{};
    QToolButton *m_copy = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace Docent
