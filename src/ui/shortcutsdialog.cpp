#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Docent {
namespace {

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

void collect(const QMenu *menu, const QString &path, QList<ShortcutRow> *rows)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collect(action->menu(), path + QStringLiteral(" ▸ ") + withoutMnemonic(action->text()), rows);
            continue;
        }
        if (!action->shortcuts().isEmpty())
            rows->append({path, withoutMnemonic(action->text()), action->shortcuts()});
    }
}

} // namespace

QList<ShortcutRow> shortcutRows(const QMenuBar *bar)
{
    QList<ShortcutRow> rows;
    for (const QAction *top : bar->actions()) {
        if (top->menu())
            collect(top->menu(), withoutMnemonic(top->text()), &rows);
    }
    return rows;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *bar, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    // One group a menu, the menu's name in bold, its commands under it.
    QTreeWidgetItem *group = nullptr;
    for (const ShortcutRow &row : shortcutRows(bar)) {
        if (!group || group->text(0) != row.menu) {
            group = new QTreeWidgetItem(m_list, {row.menu});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        QStringList keys;
        for (const QKeySequence &key : row.keys)
            keys << key.toString(QKeySequence::NativeText);
        new QTreeWidgetItem(m_list, {QStringLiteral("    ") + row.command, keys.join(tr(", "))});
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace Docent
