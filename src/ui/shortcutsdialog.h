// Help > Keyboard Shortcuts: every command of the window's menus that has a key, with its keys,
// read from the actions themselves each time it opens, so the list cannot drift from them.
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QMenuBar;
class QTreeWidget;

namespace Docent {

struct ShortcutRow {
    QString menu;    ///< "Go", "File ▸ Open Recent"
    QString command; ///< the action's text, without its mnemonic
    QList<QKeySequence> keys;
};

/// The commands with a key in `bar`'s menus, menu by menu, in the order they appear.
QList<ShortcutRow> shortcutRows(const QMenuBar *bar);

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    explicit ShortcutsDialog(const QMenuBar *bar, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace Docent
