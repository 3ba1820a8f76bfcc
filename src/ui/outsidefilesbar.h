// A bar above the page when the page's directives (include, literalinclude, csv-table and raw
// :file:) asked for files outside the tree and its repository and were refused: it names their
// folder and offers to allow it for this tree, after which the tree is read again.
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace Docent {

class OutsideFilesBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutsideFilesBar)
public:
    explicit OutsideFilesBar(QWidget *parent = nullptr);

    /// Shows the bar for the folders the page was refused, or hides it when there are none.
    void showFolders(const QStringList &folders);
    const QStringList &folders() const { return m_folders; }
    QLabel *message() const { return m_message; }
    QPushButton *allowButton() const { return m_allow; }

Q_SIGNALS:
    /// The reader chose to let the tree read these folders' files.
    void allowRequested(const QStringList &folders);

private:
    QStringList m_folders;
    QLabel *m_message = nullptr;
    QPushButton *m_allow = nullptr;
};

} // namespace Docent
