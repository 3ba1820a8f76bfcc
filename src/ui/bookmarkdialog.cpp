#include "bookmarkdialog.h"

#include "ui_bookmarkdialog.h"

#include <QPushButton>

namespace Docent {

BookmarkDialog::BookmarkDialog(const Bookmark &bookmark, const QList<Folder> &folders, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BookmarkDialog>()), m_bookmark(bookmark)
{
    m_ui->setupUi(this);
    setWindowTitle(bookmark.id == 0 ? tr("Add Bookmark") : tr("Edit Bookmark"));
    m_ui->titleEdit->setText(bookmark.title);
    m_ui->titleEdit->selectAll();
    m_ui->noteEdit->setPlainText(bookmark.note);
    m_ui->folderBox->addItem(tr("(top)"), qint64(0));
    for (const Folder &f : folders)
        m_ui->folderBox->addItem(f.path, f.id);
    m_ui->folderBox->setCurrentIndex(std::max(0, m_ui->folderBox->findData(bookmark.parent)));
    // Only a new bookmark picks its folder here; an existing one moves by drag and drop.
    m_ui->folderBox->setEnabled(bookmark.id == 0);
    if (bookmark.folder) {
        m_ui->targetLabel->hide();
        m_ui->targetCaption->hide();
        m_ui->noteEdit->hide();
        m_ui->noteLabel->hide();
    } else {
        const QString where = bookmark.anchor.isEmpty() ? bookmark.docname : bookmark.docname + u'#' + bookmark.anchor;
        m_ui->targetLabel->setText(bookmark.section.isEmpty() ? where : tr("%1 (%2)").arg(bookmark.section, where));
    }
    auto *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
}

BookmarkDialog::~BookmarkDialog() = default;

Bookmark BookmarkDialog::result() const
{
    Bookmark b = m_bookmark;
    b.title = m_ui->titleEdit->text().trimmed();
    b.note = m_ui->noteEdit->toPlainText().trimmed();
    b.parent = m_ui->folderBox->currentData().toLongLong();
    return b;
}

} // namespace Docent
