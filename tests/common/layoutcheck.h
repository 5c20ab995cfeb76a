// SPDX-License-Identifier: GPL-3.0-or-later
// Layout checks for GUI acceptance tests: is a control really there for a person to see and use?
#pragma once

#include <QString>
#include <QStringList>

class QWidget;
class QTreeView;

namespace Dockwright::Test {

// Empty when `widget` is shown, not hidden behind a collapsed splitter or a non-current tab, lies
// entirely inside its window and every ancestor's visible area (so a scroll area has not scrolled it
// away), and is not squeezed below its minimum size; else one sentence saying what is wrong, naming
// the widget by objectName, class and, for buttons and labels, its text.
QString layoutProblem(const QWidget *widget);

// Same for a column of a tree or table: the header section must be at least as wide as the widest
// of the first `rows` rows' texts in that column (at most `enough` px, at least `minimum` px), and
// inside the viewport.
// `enough`: the width at which a longer text may be elided.
QString columnProblem(const QTreeView *view, int column, int rows = 20, int minimum = 0, int enough = 240);

// A short name of the widget for messages: objectName, class, text.
QString describe(const QWidget *widget);

} // namespace Dockwright::Test
