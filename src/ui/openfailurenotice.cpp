#include "openfailurenotice.h"

#include <QMessageBox>
#include <QStatusBar>

namespace Docent {

OpenFailureNotice::OpenFailureNotice(QWidget *window, QStatusBar *statusBar)
    : QObject(window), m_window(window), m_statusBar(statusBar)
{
}

void OpenFailureNotice::report(const QString &error)
{
    m_statusBar->showMessage(tr("Cannot open %1").arg(error));
    if (!m_box) {
        m_count = 0;
        m_latest.clear();
        m_box = new QMessageBox(QMessageBox::Warning, tr("Cannot open"), QString(), QMessageBox::Close, m_window);
        m_box->setObjectName(QStringLiteral("openFailureNotice"));
        m_box->setWindowModality(Qt::NonModal);
        m_box->setAttribute(Qt::WA_DeleteOnClose);
    }
    ++m_count;
    m_latest.prepend(error);
    if (m_latest.size() > listed)
        m_latest.removeLast();
    m_box->setText(m_count == 1 ? error : tr("%n requests to open a file failed.", nullptr, m_count));
    m_box->setDetailedText(m_count == 1 ? QString() : m_latest.join(u'\n'));
    m_box->show();
}

} // namespace Docent
