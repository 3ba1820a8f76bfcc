#include "aboutdialog.h"

#include "ui_aboutdialog.h"

namespace Docent {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->version->setText(tr("Version %1, built with Qt %2").arg(QStringLiteral(DOCENT_VERSION), QStringLiteral(QT_VERSION_STR)));
    m_ui->icon->setPixmap(QIcon(QStringLiteral(":/docent/icon.svg")).pixmap(64, 64));
}

AboutDialog::~AboutDialog() = default;

} // namespace Docent
