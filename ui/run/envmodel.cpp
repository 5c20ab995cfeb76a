// SPDX-License-Identifier: GPL-3.0-or-later
#include "envmodel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace Dockwright::Ui {

EnvModel::EnvModel(QObject *parent)
    : RowListModel(parent)
{ }

EnvModel::~EnvModel() = default;

int EnvModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::RunProfile::EnvVar &var = m_rows.at(index.row());
    const bool passThrough = index.column() == ValueColumn && !var.hasValue;
    switch (role) {
    case Qt::DisplayRole:
        if (passThrough)
            return tr("(from your environment)");
        return index.column() == NameColumn ? var.name : var.value;
    case Qt::EditRole:
        return index.column() == NameColumn ? var.name : var.value;
    case Qt::ForegroundRole:
        if (passThrough)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (passThrough)
            return tr("-e %1 without a value copies %1 from the environment docker runs in.").arg(var.name);
        return {};
    }
    return {};
}

bool EnvModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Core::RunProfile::EnvVar var = m_rows.at(index.row());
    if (index.column() == NameColumn) {
        const QString name = value.toString().trimmed();
        // docker splits at the first '=', so a name cannot contain one.
        if (name.isEmpty() || name.contains(QLatin1Char('=')) || name.contains(QLatin1Char(' ')))
            return false;
        var.name = name;
    } else {
        var.value = value.toString();
        var.hasValue = true;
    }
    updateRow(index.row(), var);
    return true;
}

QVariant EnvModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Value");
}

} // namespace Dockwright::Ui
