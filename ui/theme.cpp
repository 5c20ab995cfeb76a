// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

namespace Dockwright::Ui::Theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor color(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const auto shade = [dark](QRgb light, QRgb darkShade) { return QColor::fromRgb(dark ? darkShade : light); };
    const auto marker = [dark](int hue) { return QColor::fromHsl(hue, hue < 0 ? 0 : 170, dark ? 150 : 95); };
    switch (tone) {
    case Tone::Error:
        return shade(0xb71c1c, 0xff8a80);
    case Tone::Warning:
        return shade(0x9a5b00, 0xffcc80);
    case Tone::Good:
        return shade(0x1b5e20, 0xa5d6a7);
    case Tone::Info:
        return shade(0x1a4fa0, 0x82b1ff);
    case Tone::Failure:
        return shade(0xa01010, 0xff8a80);
    case Tone::Success:
        return shade(0x107020, 0xa5d6a7);
    case Tone::Muted:
        return shade(0x606060, 0xa0a0a0);
    case Tone::ErrorLabel:
        return QColor::fromHsl(0, 190, dark ? 165 : 95);
    case Tone::Added:
        return shade(0x1a7f37, 0x56d364);
    case Tone::Modified:
        return shade(0x9a6700, 0xe3b341);
    case Tone::Deleted:
        return shade(0xcf222e, 0xff7b72);
    case Tone::FailureBackground:
        return shade(0xffd8d8, 0x5a1e1e);
    case Tone::ErrorBorder:
        return shade(0xc62828, 0xe27272);
    case Tone::ErrorSquiggle:
        return shade(0xe01b24, 0xed676d);
    case Tone::WarningSquiggle:
        return shade(0xd08a00, 0xffc655);
    case Tone::InfoSquiggle:
        return shade(0x1c71d8, 0x69a4eb);
    case Tone::MarkerGood:
        return marker(130);
    case Tone::MarkerPending:
        return marker(40);
    case Tone::MarkerBad:
        return marker(0);
    case Tone::MarkerIdle:
        return marker(-1);
    }
    return palette.color(QPalette::Text);
}

QString cssColor(Tone tone, const QPalette &palette)
{
    return color(tone, palette).name(QColor::HexRgb);
}

QColor textOn(const QColor &fill)
{
    return fill.lightness() > 128 ? QColor(0x20, 0x20, 0x20) : QColor(0xf0, 0xf0, 0xf0);
}

} // namespace Dockwright::Ui::Theme
