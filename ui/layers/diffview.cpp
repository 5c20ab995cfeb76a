// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffview.h"

#include "changestyle.h"

#include <QFontDatabase>
#include <QTextBlock>

using Dockwright::Core::ChangeStatus;

namespace Dockwright::Ui {

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUndoRedoEnabled(false);
}

DiffView::~DiffView() = default;

void DiffView::showText(const QString &text)
{
    m_kinds.clear();
    setPlainText(text);
    colourLines();
}

void DiffView::showMessage(const QString &message)
{
    showText(message);
}

void DiffView::showDiff(const QList<LineDiff::Hunk> &hunks)
{
    QStringList lines;
    m_kinds.clear();
    if (hunks.isEmpty()) {
        lines.append(tr("The two versions have the same text."));
        m_kinds.append(Kind::Header);
    }
    for (const LineDiff::Hunk &hunk : hunks) {
        lines.append(hunk.header);
        m_kinds.append(Kind::Header);
        for (const LineDiff::Line &line : hunk.lines) {
            switch (line.op) {
            case LineDiff::Op::Equal:
                lines.append(QStringLiteral("  ") + line.text);
                m_kinds.append(Kind::Plain);
                break;
            case LineDiff::Op::Delete:
                lines.append(QStringLiteral("- ") + line.text);
                m_kinds.append(Kind::Removed);
                break;
            case LineDiff::Op::Insert:
                lines.append(QStringLiteral("+ ") + line.text);
                m_kinds.append(Kind::Added);
                break;
            }
        }
    }
    setPlainText(lines.join(u'\n'));
    colourLines();
}

void DiffView::colourLines()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette &pal = palette();
    QTextBlock block = document()->firstBlock();
    for (qsizetype i = 0; i < m_kinds.size() && block.isValid(); ++i, block = block.next()) {
        QTextEdit::ExtraSelection selection;
        switch (m_kinds[i]) {
        case Kind::Plain:
            continue;
        case Kind::Header:
            selection.format.setForeground(pal.color(QPalette::PlaceholderText));
            break;
        case Kind::Removed:
            selection.format.setBackground(ChangeStyle::tint(ChangeStatus::Deleted, pal));
            selection.format.setForeground(ChangeStyle::foreground(ChangeStatus::Deleted, pal));
            break;
        case Kind::Added:
            selection.format.setBackground(ChangeStyle::tint(ChangeStatus::Added, pal));
            selection.format.setForeground(ChangeStyle::foreground(ChangeStatus::Added, pal));
            break;
        }
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(block);
        selection.cursor.clearSelection();
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void DiffView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourLines();
}

} // namespace Dockwright::Ui
