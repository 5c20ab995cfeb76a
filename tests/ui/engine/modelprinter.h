// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QStringList>

namespace Dockwright::Test {

// A table model as text: the header row, then one line per row, cells joined by " | ". Tests compare
// it with the expected table so a failure shows the whole picture.
inline QString printTable(const QAbstractItemModel *model, int role = Qt::DisplayRole)
{
    QStringList lines;
    QStringList cells;
    for (int column = 0; column < model->columnCount(); ++column)
        cells << model->headerData(column, Qt::Horizontal).toString();
    lines << cells.join(QLatin1String(" | "));
    for (int row = 0; row < model->rowCount(); ++row) {
        cells.clear();
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data(role).toString();
        lines << cells.join(QLatin1String(" | "));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Dockwright::Test
