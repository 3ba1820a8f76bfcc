#include "planmodel.h"

namespace Docent {

PlanModel::PlanModel(QObject *parent) : QStandardItemModel(parent) {}

void PlanModel::setPlans(const std::vector<NavNode> &plans, const std::vector<TodoNote> &todos)
{
    clear();
    for (const NavNode &p : plans) {
        const int count = int(std::count_if(todos.begin(), todos.end(),
                                            [&](const TodoNote &t) { return t.docname == p.docname; }));
        // The title and its todo count, the description from the index page below it.
        QString text = p.title;
        if (count > 0)
            text += tr(" — %n todo(s)", nullptr, count);
        if (!p.description.isEmpty())
            text += u'\n' + p.description;
        auto *item = new QStandardItem(text);
        item->setData(p.docname, DocnameRole);
        item->setData(count, TodoCountRole);
        item->setToolTip(p.description.isEmpty() ? p.docname + QStringLiteral(".rst") : p.description);
        item->setEditable(false);
        appendRow(item);
    }
}

} // namespace Docent
