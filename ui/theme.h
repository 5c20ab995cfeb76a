// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

// The one place that knows Dockwright's own colours. Everything else follows the palette; these are the
// hues a palette has no role for (errors, changes, state markers). Each tone has a light and a dark shade,
// picked by isDark(), so it reads on the palette's Base colour either way.
namespace Dockwright::Ui::Theme {

// Light shade / dark shade.
enum class Tone {
    // Text (item foregrounds, rich-text spans) on Base.
    Error, // #b71c1c / #ff8a80: run-panel errors, stderr log lines
    Warning, // #9a5b00 / #ffcc80
    Good, // #1b5e20 / #a5d6a7: checks that passed
    Info, // #1a4fa0 / #82b1ff: Dockwright's own log lines
    Failure, // #a01010 / #ff8a80: failed build steps, slower or cache-lost steps, build-panel errors
    Success, // #107020 / #a5d6a7: faster or cache-gained steps
    Muted, // #606060 / #a0a0a0: internal and cached build steps
    ErrorLabel, // HSL(0, 190, 95) / HSL(0, 190, 165): an error label's WindowText
    // File changes: GitHub's diff colours, above 4.5:1 contrast on white and on #1e1e1e (also the fills
    // of changed treemap cells).
    Added, // #1a7f37 / #56d364
    Modified, // #9a6700 / #e3b341
    Deleted, // #cf222e / #ff7b72
    // Backgrounds.
    FailureBackground, // #ffd8d8 / #5a1e1e: behind Failure text
    // Lines and marks.
    ErrorBorder, // #c62828 / #e27272: the border of an invalid field
    ErrorSquiggle, // #e01b24 / #ed676d: the editor's lint underlines
    WarningSquiggle, // #d08a00 / #ffc655
    InfoSquiggle, // #1c71d8 / #69a4eb
    // Round state markers: the hue says what, the lightness (95 / 150) follows the palette.
    MarkerGood, // HSL(130, 170, L): running, connected
    MarkerPending, // HSL(40, 170, L): paused, restarting, created, connecting
    MarkerBad, // HSL(0, 170, L): dead, removing, unreachable
    MarkerIdle, // grey HSL(-1, 0, L): exited, removed, unknown
};

// The palette is dark when its Base colour (behind text in views and editors) has a lightness below 128.
bool isDark(const QPalette &palette = QGuiApplication::palette());

// The tone's shade for the palette.
QColor color(Tone tone, const QPalette &palette = QGuiApplication::palette());

// color() as "#rrggbb", for style sheets and rich text.
QString cssColor(Tone tone, const QPalette &palette = QGuiApplication::palette());

// Text that reads on a fill of any colour: near-black on light fills, near-white on dark ones.
QColor textOn(const QColor &fill);

} // namespace Dockwright::Ui::Theme
