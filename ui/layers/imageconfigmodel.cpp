// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageconfigmodel.h"

namespace Dockwright::Ui {

using Core::ImageConfigRow;

ImageConfigModel::ImageConfigModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ImageConfigModel::~ImageConfigModel() = default;

void ImageConfigModel::setConfig(const QJsonObject &config)
{
    beginResetModel();
    m_rows = config.isEmpty() ? QList<ImageConfigRow>() : Core::ImageRunInfo::fromInspect(config).configRows();
    endResetModel();
}

int ImageConfigModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageConfigModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageConfigModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageConfigRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == FieldColumn ? ImageConfigRow::fieldName(row.field) : row.value;
    case Qt::ToolTipRole:
        return index.column() == FieldColumn ? ImageConfigRow::fieldHelp(row.field)
                                             : row.value + QLatin1Char('\n') + ImageConfigRow::fieldHelp(row.field);
    default:
        return {};
    }
}

QVariant ImageConfigModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == FieldColumn ? tr("Field") : tr("Value");
}

} // namespace Dockwright::Ui
