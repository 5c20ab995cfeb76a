// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildcomparisonmodel.h"

#include "core/common/duration.h"
#include "ui/theme.h"

#include <QBrush>
#include <QColor>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

namespace {
QString timeText(qint64 ms, bool cached)
{
    if (cached)
        return BuildComparisonModel::tr("CACHED");
    if (ms < 0)
        return QStringLiteral("—");
    return Duration::format(ms, QLocale());
}

QString changeText(BuildComparison::Change change)
{
    switch (change) {
    case BuildComparison::Change::Same:
        return {};
    case BuildComparison::Change::Added:
        return BuildComparisonModel::tr("added");
    case BuildComparison::Change::Removed:
        return BuildComparisonModel::tr("removed");
    case BuildComparison::Change::CacheLost:
        return BuildComparisonModel::tr("cache lost");
    case BuildComparison::Change::CacheGained:
        return BuildComparisonModel::tr("from cache");
    case BuildComparison::Change::Slower:
        return BuildComparisonModel::tr("slower");
    case BuildComparison::Change::Faster:
        return BuildComparisonModel::tr("faster");
    }
    return {};
}
} // namespace

BuildComparisonModel::BuildComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

BuildComparisonModel::~BuildComparisonModel() = default;

int BuildComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BuildComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuildComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BuildComparison::Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn:
            return row.instruction.isEmpty() ? row.name : row.instruction;
        case StageColumn:
            return row.stage;
        case BeforeColumn:
            return row.before < 0 ? QStringLiteral("—") : timeText(row.beforeMs, row.cachedBefore);
        case AfterColumn:
            return row.after < 0 ? QStringLiteral("—") : timeText(row.afterMs, row.cachedAfter);
        case ChangeColumn:
            return changeText(row.change);
        }
        return {};
    case Qt::ForegroundRole:
        if (row.change == BuildComparison::Change::CacheLost || row.change == BuildComparison::Change::Slower)
            return QBrush(Theme::color(Theme::Tone::Failure));
        if (row.change == BuildComparison::Change::CacheGained || row.change == BuildComparison::Change::Faster)
            return QBrush(Theme::color(Theme::Tone::Success));
        return {};
    case SortRole:
        return index.column() == ChangeColumn ? QVariant(int(row.change)) : data(index, Qt::DisplayRole);
    case ChangeRole:
        return int(row.change);
    case LineRole:
        return row.line;
    }
    return {};
}

QVariant BuildComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn:
        return tr("Step");
    case StageColumn:
        return tr("Stage");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

void BuildComparisonModel::compare(const BuildResult &before, const BuildResult &after)
{
    beginResetModel();
    m_rows = BuildComparison::compare(before, after);
    endResetModel();
}

void BuildComparisonModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace Dockwright::Ui
