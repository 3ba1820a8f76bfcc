// Adding or editing one bookmark: its title, the folder it goes in and a note.
#pragma once

#include "bookmarks/bookmark.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BookmarkDialog;
}

namespace Docent {

class BookmarkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookmarkDialog)
public:
    struct Folder {
        qint64 id = 0;
        QString path; ///< "Reading list / Cells"
    };
    /// `folders` are those of the bookmark's tree; id 0 is the top.
    BookmarkDialog(const Bookmark &bookmark, const QList<Folder> &folders, QWidget *parent = nullptr);
    ~BookmarkDialog() override;

    /// The bookmark with the reader's changes.
    Bookmark result() const;

private:
    std::unique_ptr<Ui::BookmarkDialog> m_ui;
    Bookmark m_bookmark;
};

} // namespace Docent
