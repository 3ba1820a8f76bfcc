// The search field above the section tree and the list of hits under it: results come as the
// reader types (debounced; the index answers from its own thread), the arrows move from the
// field into the list, Enter or a click opens a hit, Escape goes back to the section tree.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QTimer;

namespace Docent {

struct SearchHit;
class SearchResultModel;
class TreeSearch;

class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)
public:
    SearchPanel(TreeSearch *search, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QListView *resultView() const { return m_results; }
    SearchResultModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    /// True while the field holds a query: the hits are shown instead of the section tree.
    bool isActive() const;

    /// Focuses the field with its text selected (Ctrl+Shift+F).
    void activate();
    /// Asks the index again for the current query (the tree changed under it); true when a query
    /// was asked (answered() follows), false when the field is empty.
    bool refresh();
    /// Says why the index is not kept on disk, under the field.
    void showNotKept(const QString &reason);

Q_SIGNALS:
    /// A hit was chosen: its page at `anchor`, with `highlight` found on it.
    void openRequested(const QString &docname, const QString &anchor, const QString &highlight);
    /// The field was filled or emptied: the hits or the section tree are to be shown.
    void activeChanged(bool active);
    /// The hits of the query last asked are shown.
    void answered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textEdited();
    void query();
    void showResults(int request, const QString &text, const QList<SearchHit> &hits);
    void open(const QModelIndex &index);
    void updateStatus();

    TreeSearch *m_search;
    QLineEdit *m_field;
    QListView *m_results;
    QLabel *m_status;
    QLabel *m_notKept;
    SearchResultModel *m_model;
    QTimer *m_debounce;
    int m_request = 0;        ///< the query whose answer is awaited
    bool m_waiting = false;   ///< typed, not answered yet
    bool m_wasActive = false;
};

} // namespace Docent
