// Find in page: a bar under the page that highlights every match and counts them.
#pragma once

#include <QWidget>

class QLineEdit;
class QLabel;
class QWebEnginePage;

namespace Docent {

class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)
public:
    explicit FindBar(QWidget *parent = nullptr);
    void setPage(QWebEnginePage *page);
    /// Shows the bar with the field focused and its text selected.
    void activate();
    /// Shows the bar finding `text` on the page, its matches highlighted, leaving the focus
    /// where it is (a search result just opened: the reader may pick another).
    void showMatches(const QString &text);
    /// The next and the previous match (F3, Shift+F3), from the bar's text.
    void findNext() { find(false); }
    void findPrevious() { find(true); }
    QLineEdit *field() const { return m_field; }
    QLabel *countLabel() const { return m_count; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void find(bool backward);
    void close();

    QWebEnginePage *m_page = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Docent
