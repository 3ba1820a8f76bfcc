// Watches the open tree on disk: an edited page is reported by name; a file added or removed
// means the tree itself changed. Editors that save by replacing the file are followed.
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

class QFileSystemWatcher;
class QTimer;

namespace Docent {

class Project;

class TreeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeWatcher)
public:
    explicit TreeWatcher(QObject *parent = nullptr);
    /// Starts over with the documents and folders of `project` (an embedded tree is not watched).
    void watch(const Project &project);

Q_SIGNALS:
    void documentChanged(const QString &docname);
    void treeChanged();

private:
    void flush();

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_settle = nullptr;
    QHash<QString, QString> m_docnames; ///< file path -> docname
    QSet<QString> m_changedFiles;
    bool m_treeChanged = false;
};

} // namespace Docent
