// The Problems sidebar: broken references, missing files, parser messages and placeholders of the
// open tree, errors first, each with its file and line.
#pragma once

#include "sphinx/problem.h"

#include <QStandardItemModel>

namespace Docent {

class ProblemModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemModel)
public:
    enum Role { DocnameRole = Qt::UserRole + 1, LineRole, SeverityRole };

    explicit ProblemModel(QObject *parent = nullptr);
    /// `root` shortens file paths to the tree's own names.
    void setProblems(const QList<Problem> &problems, const QString &root);
    int errorCount() const { return m_errors; }

private:
    int m_errors = 0;
};

} // namespace Docent
