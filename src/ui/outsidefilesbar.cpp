#include "outsidefilesbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Docent {

OutsideFilesBar::OutsideFilesBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("outsideFilesBar"));
    // The colours of a tooltip: a notice that stands out from the page and the toolbars alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFrameShape(QFrame::StyledPanel);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_allow = new QPushButton(tr("Allow for this tree"), this);
    m_allow->setToolTip(tr("Let this tree's pages read the files of this folder from now on; the tree is read again"));
    auto *dismiss = new QToolButton(this);
    dismiss->setText(tr("Not now"));
    dismiss->setAccessibleName(tr("Hide this notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_allow);
    layout->addWidget(dismiss);
    connect(m_allow, &QPushButton::clicked, this, [this] { Q_EMIT allowRequested(m_folders); });
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void OutsideFilesBar::showFolders(const QStringList &folders)
{
    m_folders = folders;
    if (folders.isEmpty()) {
        hide();
        return;
    }
    m_message->setText(tr("This page includes files from %1, which lies outside the documentation tree. Docent "
                          "reads them only if you allow it for this tree.")
                           .arg(folders.join(QStringLiteral(", "))));
    show();
}

} // namespace Docent
