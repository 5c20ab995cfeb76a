// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linediff.h"

#include <QPlainTextEdit>

namespace Dockwright::Ui {

// A read-only monospace text pane that shows either a file's contents or a line diff: removed lines
// start with "-" on a red tint, added lines with "+" on a green tint, hunk headers dimmed.
class DiffView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)
public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    void showText(const QString &text);
    void showDiff(const QList<LineDiff::Hunk> &hunks);
    void showMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void colourLines();

    enum class Kind : quint8 { Plain, Header, Removed, Added };
    QList<Kind> m_kinds; // per block, for recolouring after a palette change
};

} // namespace Dockwright::Ui
