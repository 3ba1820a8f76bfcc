#include "bookselection.h"

#include "sectiontreemodel.h"

#include <functional>

namespace Docent {
namespace {

void collect(const SectionTreeModel &model, const QModelIndex &index, QStringList &docnames)
{
    // A group is a section of its landing page, not a page of its own.
    const bool group = index.data(SectionTreeModel::KindRole).toInt() == int(NavNode::Kind::Group);
    const QString docname = index.data(SectionTreeModel::DocnameRole).toString();
    if (!group && !docname.isEmpty() && !docnames.contains(docname))
        docnames.append(docname);
    for (int r = 0; r < model.rowCount(index); ++r)
        collect(model, model.index(r, 0, index), docnames);
}

} // namespace

BookSpec bookFor(const SectionTreeModel &model, const QModelIndex &index)
{
    BookSpec book;
    book.title = index.data().toString();
    const bool wholeTree = !index.parent().isValid() && index.row() == 0;
    if (wholeTree) {
        for (int r = 0; r < model.rowCount(); ++r)
            collect(model, model.index(r, 0), book.docnames);
    } else {
        collect(model, index, book.docnames);
    }
    return book;
}

QModelIndex findNode(const SectionTreeModel &model, const QString &name)
{
    std::function<QModelIndex(const QModelIndex &)> search = [&](const QModelIndex &parent) -> QModelIndex {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (i.data().toString().compare(name, Qt::CaseInsensitive) == 0 ||
                (i.data(SectionTreeModel::AnchorRole).toString().isEmpty() &&
                 i.data(SectionTreeModel::DocnameRole).toString().compare(name, Qt::CaseInsensitive) == 0))
                return i;
            if (const QModelIndex found = search(i); found.isValid())
                return found;
        }
        return {};
    };
    return search({});
}

} // namespace Docent
