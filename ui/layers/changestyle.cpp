// SPDX-License-Identifier: GPL-3.0-or-later
#include "changestyle.h"

using Dockwright::Core::ChangeStatus;

namespace Dockwright::Ui {

bool ChangeStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor ChangeStyle::foreground(ChangeStatus status, const QPalette &palette)
{
    // GitHub's diff colours: contrast above 4.5:1 on white (light set) and on #1e1e1e (dark set).
    const bool dark = isDark(palette);
    switch (status) {
    case ChangeStatus::Added:
        return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
    case ChangeStatus::Modified:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    case ChangeStatus::Deleted:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
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
    c.setAlpha(isDark(palette) ? 60 : 40);
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
