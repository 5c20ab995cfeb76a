// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace Dockwright::Test {

// Models as text, so a failed QCOMPARE shows the whole picture. Cells are joined by " | ".

// A cell's text: its value under role as a string, except that an integer or Qt::CheckState under
// Qt::CheckStateRole prints as "[x]" (checked), "[-]" (partially checked) or "[ ]".
QString cellText(const QModelIndex &index, int role = Qt::DisplayRole);

// One line per top-level row: every column's cell. No header.
QStringList printRows(const QAbstractItemModel &model, int role = Qt::DisplayRole);
// One line per top-level row, made by `line` from the row's column-0 index (use siblingAtColumn).
QStringList printRowsWith(const QAbstractItemModel &model, const std::function<QString(const QModelIndex &)> &line);

// The horizontal header, then printRows(): each line ends in '\n'.
QString printTable(const QAbstractItemModel &model, int role = Qt::DisplayRole);

// A tree, depth first, one line per row indented two spaces per level: the given columns' cells.
QStringList printTree(const QAbstractItemModel &model, const QList<int> &columns);
// The same walk, the text after the indentation made by `line` from the row's column-0 index.
QStringList printTreeWith(const QAbstractItemModel &model, const std::function<QString(const QModelIndex &)> &line);

// The lines as one text, each followed by '\n' (empty for no lines).
QString joinLines(const QStringList &lines);

} // namespace Dockwright::Test
