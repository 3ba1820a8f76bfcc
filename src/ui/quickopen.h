// Ctrl+K: jump to any page or section by typing a few letters of its title or name.
#pragma once

#include <QDialog>

#include <vector>

class QLineEdit;
class QListWidget;

namespace Docent {

struct NavNode;

class QuickOpen final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickOpen)
public:
    struct Entry {
        QString title;
        QString docname;
        QString anchor;
        QString context; ///< the page a section belongs to, or the page's file name
    };

    explicit QuickOpen(QWidget *parent = nullptr);
    /// Everything reachable in the navigation: pages and their sections.
    void setNavigation(const NavNode &root);
    QLineEdit *field() const { return m_field; }
    QListWidget *results() const { return m_results; }

    /// How well `query` matches `text` as a subsequence (letters in order, case ignored): higher
    /// is better, -1 when it does not match. "schev" matches "Scheduler Evolution".
    static int score(const QString &query, const QString &text);

Q_SIGNALS:
    void chosen(const QString &docname, const QString &anchor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void choose();

    QLineEdit *m_field = nullptr;
    QListWidget *m_results = nullptr;
    std::vector<Entry> m_entries;
};

} // namespace Docent
