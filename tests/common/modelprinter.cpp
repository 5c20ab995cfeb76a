// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelprinter.h"

#include <QMetaType>
#include <QVariant>

namespace Dockwright::Test {

namespace {

const QString Separator = QStringLiteral(" | ");

void walkTree(const QAbstractItemModel &model, const QModelIndex &parent, int depth,
    const std::function<QString(const QModelIndex &)> &line, QStringList &out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        out << QString(depth * 2, QLatin1Char(' ')) + line(index);
        walkTree(model, index, depth + 1, line, out);
    }
}

} // namespace

QString cellText(const QModelIndex &index, int role)
{
    const QVariant value = index.data(role);
    const int type = value.typeId();
    if (role == Qt::CheckStateRole && (type == QMetaType::Int || type == QMetaType::fromType<Qt::CheckState>().id())) {
        switch (value.toInt()) {
        case Qt::Checked:
            return QStringLiteral("[x]");
        case Qt::PartiallyChecked:
            return QStringLiteral("[-]");
        default:
            return QStringLiteral("[ ]");
        }
    }
    return value.toString();
}

QStringList printRows(const QAbstractItemModel &model, int role)
{
    return printRowsWith(model, [&model, role](const QModelIndex &first) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << cellText(model.index(first.row(), column), role);
        return cells.join(Separator);
    });
}

QStringList printRowsWith(const QAbstractItemModel &model, const std::function<QString(const QModelIndex &)> &line)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << line(model.index(row, 0));
    return rows;
}

QString printTable(const QAbstractItemModel &model, int role)
{
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << model.headerData(column, Qt::Horizontal).toString();
    return joinLines(QStringList {header.join(Separator)} + printRows(model, role));
}

QStringList printTree(const QAbstractItemModel &model, const QList<int> &columns)
{
    return printTreeWith(model, [&model, &columns](const QModelIndex &first) {
        QStringList cells;
        for (int column : columns)
            cells << model.index(first.row(), column, first.parent()).data().toString();
        return cells.join(Separator);
    });
}

QStringList printTreeWith(const QAbstractItemModel &model, const std::function<QString(const QModelIndex &)> &line)
{
    QStringList out;
    walkTree(model, {}, 0, line, out);
    return out;
}

QString joinLines(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines)
        text += line + QLatin1Char('\n');
    return text;
}

} // namespace Dockwright::Test
