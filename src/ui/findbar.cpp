#include "findbar.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

namespace Docent {

FindBar::FindBar(QWidget *parent) : QWidget(parent)
{
    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(tr("Find in page"));
    m_field->setAccessibleName(tr("Find in page"));
    m_field->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setAccessibleName(tr("Next match"));
    auto *done = new QToolButton(this);
    done->setText(tr("Close"));
    done->setAccessibleName(tr("Close the find bar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(done);
    connect(m_field, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(m_field, &QLineEdit::returnPressed, this,
            [this] { find(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(previous, &QToolButton::clicked, this, [this] { find(true); });
    connect(next, &QToolButton::clicked, this, [this] { find(false); });
    connect(done, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::setPage(QWebEnginePage *page)
{
    m_page = page;
    connect(page, &QWebEnginePage::findTextFinished, this, [this](const QWebEngineFindTextResult &r) {
        if (m_field->text().isEmpty())
            m_count->clear();
        else if (r.numberOfMatches() == 0)
            m_count->setText(tr("No matches"));
        else
            m_count->setText(tr("%1 of %2").arg(r.activeMatch()).arg(r.numberOfMatches()));
    });
}

void FindBar::activate()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
}

void FindBar::showMatches(const QString &text)
{
    show();
    if (m_field->text() == text)
        find(false);
    else
        m_field->setText(text); // finds it
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::find(bool backward)
{
    if (!m_page)
        return;
    m_page->findText(m_field->text(), backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

void FindBar::close()
{
    if (m_page)
        m_page->findText(QString()); // clears the highlights
    m_count->clear();
    hide();
}

} // namespace Docent
