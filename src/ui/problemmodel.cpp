#include "problemmodel.h"

#include <QApplication>
#include <QDir>
#include <QStyle>

namespace Docent {

ProblemModel::ProblemModel(QObject *parent) : QStandardItemModel(parent) {}

void ProblemModel::setProblems(const QList<Problem> &problems, const QString &root)
{
    clear();
    QList<Problem> sorted = problems;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Problem &a, const Problem &b) { return int(a.severity) > int(b.severity); });
    m_errors = int(std::count_if(sorted.begin(), sorted.end(),
                                 [](const Problem &p) { return p.severity == Problem::Severity::Error; }));
    const QDir tree(root);
    QStyle *style = QApplication::style();
    for (const Problem &p : std::as_const(sorted)) {
        const QString file = p.file.isEmpty() ? p.docname : tree.relativeFilePath(p.file);
        auto *item = new QStandardItem(tr("%1:%2: %3").arg(file).arg(p.line).arg(p.message));
        item->setData(p.docname, DocnameRole);
        item->setData(p.line, LineRole);
        item->setData(int(p.severity), SeverityRole);
        item->setToolTip(tr("%1 (%2)").arg(Problem::severityName(p.severity), p.kind));
        item->setEditable(false);
        switch (p.severity) {
        case Problem::Severity::Error:
            item->setIcon(style->standardIcon(QStyle::SP_MessageBoxCritical));
            break;
        case Problem::Severity::Warning:
            item->setIcon(style->standardIcon(QStyle::SP_MessageBoxWarning));
            break;
        case Problem::Severity::Notice:
            item->setIcon(style->standardIcon(QStyle::SP_MessageBoxInformation));
            break;
        }
        appendRow(item);
    }
}

} // namespace Docent
