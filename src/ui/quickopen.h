// Ctrl+K: jump to any page or section by typing a few letters of its title or of its file's path.
#pragma once

#include <QDialog>

#include <functional>
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
        QString anchor;  ///< empty for a page
        QString context; ///< the page a section belongs to, or the page's file
        QString path;    ///< the page's file within the tree ("admin/architecture.rst")
    };
    /// The roles of a result row beside its title (Qt::DisplayRole).
    enum Role {
        EntryRole = Qt::UserRole + 1,
        SecondaryRole,  ///< "Page · admin/architecture.rst" or "Section of Architecture"
        MatchesRole,    ///< the positions of the title's matched characters (QList<int>)
        PathMatchesRole ///< the positions in the secondary line's path, when the path matched
    };

    explicit QuickOpen(QWidget *parent = nullptr);
    /// Everything reachable in the navigation: pages and their sections. `fileOf` gives a page's
    /// file within the tree; without it, docname.rst.
    void setNavigation(const NavNode &root, const std::function<QString(const QString &docname)> &fileOf = {});
    QLineEdit *field() const { return m_field; }
    QListWidget *results() const { return m_results; }

    /// How well `query` matches `text` as a subsequence (letters in order, case ignored): higher
    /// is better, -1 when it does not match. "schev" matches "Scheduler Evolution".
    static int score(const QString &query, const QString &text);
    /// Where `query`'s letters were found in `text` by score(); empty when it does not match.
    static QList<int> matchPositions(const QString &query, const QString &text);

Q_SIGNALS:
    void chosen(const QString &docname, const QString &anchor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void choose();

    QLineEdit *m_field = nullptr;
    QListWidget *m_results = nullptr;
    std::vector<Entry> m_entries;
};

} // namespace Docent
