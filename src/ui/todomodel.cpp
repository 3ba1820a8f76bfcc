#include "todomodel.h"

#include "sphinx/project.h"

namespace Docent {

TodoModel::TodoModel(QObject *parent) : QStandardItemModel(parent) {}

void TodoModel::setTodos(const Project &project, const std::vector<TodoNote> &todos)
{
    clear();
    m_count = int(todos.size());
    QStandardItem *page = nullptr;
    QString pageName;
    for (const TodoNote &t : todos) {
        if (!page || pageName != t.docname) {
            const Project::Document *doc = project.document(t.docname);
            page = new QStandardItem(doc ? doc->title : t.docname);
            page->setData(t.docname, DocnameRole);
            page->setToolTip(t.docname + QStringLiteral(".rst"));
            page->setEditable(false);
            appendRow(page);
            pageName = t.docname;
        }
        QString first = t.text;
        if (first.size() > 120)
            first = first.left(117) + QStringLiteral("…");
        auto *item = new QStandardItem(first);
        item->setData(t.docname, DocnameRole);
        item->setData(t.anchor, AnchorRole);
        item->setToolTip(tr("%1\n\nIn “%2”, line %3 of %4.rst").arg(t.text, t.section).arg(t.line).arg(t.docname));
        item->setEditable(false);
        page->appendRow(item);
    }
    // a page row shows how many notes it holds
    for (int r = 0; r < rowCount(); ++r)
        item(r)->setText(tr("%1 (%2)").arg(item(r)->text()).arg(item(r)->rowCount()));
}

} // namespace Docent
