// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/changestatus.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace Dockwright::Ui {

// How a change status looks: a colour that reads on the palette's base colour (light or dark, from
// Theme), a background tint, and a text marker so colour is never the only cue.
class ChangeStyle final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Ui::ChangeStyle)
public:
    static QColor foreground(Core::ChangeStatus status, const QPalette &palette);
    // A faint fill for rows and treemap cells (invalid for Unchanged).
    static QColor tint(Core::ChangeStatus status, const QPalette &palette);
    static QString marker(Core::ChangeStatus status); // "+", "~", "−" or ""
    static QString label(Core::ChangeStatus status); // "added", translated
};

} // namespace Dockwright::Ui
