// SPDX-License-Identifier: GPL-3.0-or-later
#include "changestyle.h"

#include "ui/theme.h"

using Dockwright::Core::ChangeStatus;

namespace Dockwright::Ui {

QColor ChangeStyle::foreground(ChangeStatus status, const QPalette &palette)
{
    switch (status) {
    case ChangeStatus::Added:
        return Theme::color(Theme::Tone::Added, palette);
    case ChangeStatus::Modified:
        return Theme::color(Theme::Tone::Modified, palette);
    case ChangeStatus::Deleted:
        return Theme::color(Theme::Tone::Deleted, palette);
    case ChangeStatus::Unchanged:
        break;
    }
    return palette.color(QPalette::Text);
}

QColor ChangeStyle::tint(ChangeStatus status, const QPalette &palette)
{
    if (status == ChangeStatus::Unchanged)
        return {};
    QColor c = foreground(status, palette);
    c.setAlpha(Theme::isDark(palette) ? 60 : 40);
    return c;
}

QString ChangeStyle::marker(ChangeStatus status)
{
    switch (status) {
    case ChangeStatus::Added:
        return QStringLiteral("+");
    case ChangeStatus::Modified:
        return QStringLiteral("~");
    case ChangeStatus::Deleted:
        return QStringLiteral("\u2212");
    case ChangeStatus::Unchanged:
        break;
    }
    return {};
}

QString ChangeStyle::label(ChangeStatus status)
{
    switch (status) {
    case ChangeStatus::Added:
        return tr("added");
    case ChangeStatus::Modified:
        return tr("modified");
    case ChangeStatus::Deleted:
        return tr("deleted");
    case ChangeStatus::Unchanged:
        break;
    }
    return tr("unchanged");
}

} // namespace Dockwright::Ui
