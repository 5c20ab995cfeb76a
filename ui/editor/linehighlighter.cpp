// SPDX-License-Identifier: GPL-3.0-or-later
#include "linehighlighter.h"

#include <KSyntaxHighlighting/Format>

namespace Dockwright::Ui {

KSyntaxHighlighting::State LineHighlighter::highlight(
    QStringView line, const KSyntaxHighlighting::State &state, QList<Run> *runs)
{
    runs->clear();
    m_runs = runs;
    KSyntaxHighlighting::State next = highlightLine(line, state);
    m_runs = nullptr;
    return next;
}

void LineHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (!m_runs || length <= 0 || !format.isValid())
        return;
    // Adjacent pieces in the same format (KSyntaxHighlighting reports words one by one) become one run.
    if (!m_runs->isEmpty()) {
        Run &last = m_runs->last();
        if (last.formatId == format.id() && last.offset + last.length == offset) {
            last.length += length;
            return;
        }
    }
    m_runs->append(Run {offset, length, format.id()});
}

} // namespace Dockwright::Ui
