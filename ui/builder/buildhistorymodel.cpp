// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildhistorymodel.h"

#include "core/common/duration.h"

#include <QLocale>
#include <algorithm>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

BuildHistoryModel::BuildHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

BuildHistoryModel::~BuildHistoryModel() = default;

int BuildHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int BuildHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuildHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BuildResult &record = m_records.at(index.row());
    if (role == RecordRole)
        return QVariant::fromValue(record);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StartedColumn:
            return QLocale().toString(record.started.toLocalTime(), QLocale::ShortFormat);
        case OutcomeColumn:
            if (record.ok())
                return tr("built");
            return record.error.kind == BuildError::Kind::Cancelled ? tr("cancelled") : tr("failed");
        case DurationColumn:
            return Duration::format(record.durationMs, QLocale());
        case CacheColumn:
            return record.cacheableSteps == 0 ? QString()
                                              : tr("%1 of %2").arg(record.cachedSteps).arg(record.cacheableSteps);
        case ImageColumn:
            return record.tags.isEmpty() ? record.imageId.section(u':', -1).left(12)
                                         : record.tags.join(QLatin1String(", "));
        }
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case StartedColumn:
            return record.started;
        case DurationColumn:
            return record.durationMs;
        case CacheColumn:
            return record.cacheRatio();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && !record.ok())
        return record.error.toString();
    return {};
}

QVariant BuildHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case OutcomeColumn:
        return tr("Outcome");
    case DurationColumn:
        return tr("Time");
    case CacheColumn:
        return tr("Cache");
    case ImageColumn:
        return tr("Image");
    }
    return {};
}

void BuildHistoryModel::setRecords(const QList<BuildResult> &records)
{
    beginResetModel();
    m_records = records;
    std::reverse(m_records.begin(), m_records.end());
    endResetModel();
}

} // namespace Dockwright::Ui
