// The Todos sidebar: every `.. todo::` of the tree, grouped by page.
#pragma once

#include "navigation/navigationtree.h"

#include <QStandardItemModel>

namespace Docent {

class Project;

class TodoModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodoModel)
public:
    enum Role { DocnameRole = Qt::UserRole + 1, AnchorRole };

    explicit TodoModel(QObject *parent = nullptr);
    void setTodos(const Project &project, const std::vector<TodoNote> &todos);
    int todoCount() const { return m_count; }

private:
    int m_count = 0;
};

} // namespace Docent
