// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <Qsci/qsciscintilla.h>

namespace Dockwright::Ui {

FindBar::FindBar(QsciScintilla *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_caseSensitive = new QCheckBox(tr("Match &case"), this);
    m_status = new QLabel(this);

    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    auto *replaceOne = new QPushButton(tr("&Replace"), this);
    auto *replaceEvery = new QPushButton(tr("Replace &All"), this);

    grid->addWidget(m_find, 0, 0);
    grid->addWidget(previous, 0, 1);
    grid->addWidget(next, 0, 2);
    grid->addWidget(m_caseSensitive, 0, 3);
    grid->addWidget(m_status, 0, 4);
    grid->addWidget(close, 0, 5, Qt::AlignRight);
    grid->addWidget(m_replace, 1, 0);
    grid->addWidget(replaceOne, 1, 1);
    grid->addWidget(replaceEvery, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(4, 1);
    // The replace row's widgets hide and show together.
    for (QWidget *w :
        {static_cast<QWidget *>(m_replace), static_cast<QWidget *>(replaceOne), static_cast<QWidget *>(replaceEvery)})
        w->setProperty("replaceRow", true);

    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // Search as you type, from where the current match starts.
        // getSelection() writes all four out-parameters (null ones crashed here: issue 11).
        int line = -1, index = -1, lineTo = -1, indexTo = -1;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
        if (line >= 0)
            m_editor->setCursorPosition(line, index);
        find(true);
    });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceEvery, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

FindBar::~FindBar() = default;

void FindBar::open(bool replace)
{
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_find->setText(m_editor->selectedText());
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (w->property("replaceRow").toBool())
            w->setVisible(replace);
    }
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showFind()
{
    open(false);
}

void FindBar::showReplace()
{
    open(true);
}

void FindBar::setCaseSensitive(bool on)
{
    m_caseSensitive->setChecked(on);
}

void FindBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

bool FindBar::find(bool forward)
{
    if (m_find->text().isEmpty()) {
        setStatus({});
        return false;
    }
    int line = -1, index = -1;
    if (!forward && m_editor->hasSelectedText()) {
        // Search backwards from the start of the current match, not from inside it.
        int lineTo = 0, indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    }
    const bool found = m_editor->findFirst(
        m_find->text(), false, m_caseSensitive->isChecked(), false, true, forward, line, index, true);
    setStatus(found ? QString() : tr("Not found"));
    return found;
}

bool FindBar::findNext()
{
    return find(true);
}

bool FindBar::findPrevious()
{
    return find(false);
}

void FindBar::replaceCurrent()
{
    if (m_find->text().isEmpty())
        return;
    const Qt::CaseSensitivity cs = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (m_editor->hasSelectedText() && m_editor->selectedText().compare(m_find->text(), cs) == 0)
        m_editor->replaceSelectedText(m_replace->text());
    findNext();
}

int FindBar::replaceAll()
{
    if (m_find->text().isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    // No wrapping: each search continues after the previous replacement, so this ends.
    bool found
        = m_editor->findFirst(m_find->text(), false, m_caseSensitive->isChecked(), false, false, true, 0, 0, false);
    while (found) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    setStatus(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Dockwright::Ui
