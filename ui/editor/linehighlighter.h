// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>
#include <QList>
#include <QStringView>

namespace Dockwright::Ui {

// Runs KSyntaxHighlighting over one line at a time and hands back the coloured runs, so that the
// caller (the QScintilla lexer) decides where the results go and keeps the per-line states itself.
class LineHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Run
    {
        int offset = 0; // UTF-16 code units into the line
        int length = 0;
        int formatId = 0; // KSyntaxHighlighting::Format::id(), unique across all definitions
    };

    LineHighlighter() = default;

    // Highlights `line` (no line terminator) starting from `state`, the state at the end of the line
    // above; fills `runs` and returns the state at the end of this line.
    KSyntaxHighlighting::State highlight(QStringView line, const KSyntaxHighlighting::State &state, QList<Run> *runs);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QList<Run> *m_runs = nullptr;
};

} // namespace Dockwright::Ui
