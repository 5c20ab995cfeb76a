// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildstepmodel.h"

#include "core/common/duration.h"
#include "ui/theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

namespace {

QString stateText(BuildStep::State state)
{
    switch (state) {
    case BuildStep::State::Waiting:
        return BuildStepModel::tr("waiting");
    case BuildStep::State::Running:
        return BuildStepModel::tr("running");
    case BuildStep::State::Done:
        return BuildStepModel::tr("done");
    case BuildStep::State::Cached:
        return BuildStepModel::tr("cached");
    case BuildStep::State::Failed:
        return BuildStepModel::tr("failed");
    case BuildStep::State::Cancelled:
        return BuildStepModel::tr("cancelled");
    case BuildStep::State::NotRun:
        return BuildStepModel::tr("not run");
    }
    return {};
}
} // namespace

BuildStepModel::BuildStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

BuildStepModel::~BuildStepModel() = default;

int BuildStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int BuildStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuildStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BuildStep &step = m_steps.at(index.row());
    const BuildStep::State state = step.state();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return step.instruction.isEmpty() ? step.name : step.instruction;
        case StageColumn:
            return step.stage;
        case CacheColumn:
            return step.cached ? tr("CACHED") : QString();
        case DurationColumn:
            return step.cached ? QString() : Duration::format(step.durationMs(), QLocale());
        case StatusColumn:
            return step.status.isEmpty() || step.isFinished() ? stateText(state)
                                                              : stateText(state) + QStringLiteral(" · ") + step.status;
        }
        return {};
    case Qt::ToolTipRole:
        if (step.line > 0)
            return tr("%1\nDockerfile line %2").arg(step.name).arg(step.line);
        return step.name;
    case Qt::ForegroundRole:
        if (state == BuildStep::State::Failed)
            return QBrush(Theme::color(Theme::Tone::Failure));
        if (step.internal || state == BuildStep::State::NotRun
            || ((index.column() == CacheColumn || index.column() == StatusColumn) && step.cached))
            return QBrush(Theme::color(Theme::Tone::Muted));
        return {};
    case Qt::BackgroundRole:
        if (state == BuildStep::State::Failed)
            return QBrush(Theme::color(Theme::Tone::FailureBackground));
        return {};
    case Qt::FontRole:
        if (state == BuildStep::State::Failed
            || ((index.column() == CacheColumn || index.column() == StatusColumn) && step.cached)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case DurationColumn:
            return step.durationMs();
        case CacheColumn:
            return step.cached;
        case StatusColumn:
            return int(state);
        default:
            return data(index, Qt::DisplayRole);
        }
    case StepIdRole:
        return step.id;
    case LineRole:
        return step.line;
    case StateRole:
        return int(state);
    case CachedRole:
        return step.cached;
    case LogRole:
        return step.log;
    case DisplayOrderRole: {
        // Dockerfile order, between the builder's preparation steps and its export: BuildKit reports
        // vertexes (cached ones especially) in no order a reader can follow.
        constexpr qint64 Group = 1'000'000'000;
        if (step.internal)
            return step.name.startsWith(QLatin1String("export")) ? 2 * Group : qint64(0);
        return step.line > 0 ? Group + qint64(step.line) * 10 : 2 * Group - 1;
    }
    }
    return {};
}

QVariant BuildStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Step");
    case StageColumn:
        return tr("Stage");
    case CacheColumn:
        return tr("Cache");
    case DurationColumn:
        return tr("Time");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void BuildStepModel::clear()
{
    if (m_steps.isEmpty())
        return;
    beginResetModel();
    m_steps.clear();
    endResetModel();
}

void BuildStepModel::setSteps(const BuildSteps &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

void BuildStepModel::insertStep(int index, const BuildStep &step)
{
    const int row = qBound(0, index, int(m_steps.size()));
    beginInsertRows({}, row, row);
    m_steps.insert(row, step);
    endInsertRows();
}

void BuildStepModel::updateStep(int index, const BuildStep &step)
{
    if (index < 0 || index >= m_steps.size())
        return;
    m_steps[index] = step;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

int BuildStepModel::failedRow() const
{
    for (int row = 0; row < m_steps.size(); ++row) {
        if (m_steps.at(row).state() == BuildStep::State::Failed)
            return row;
    }
    return -1;
}

void BuildStepModel::refreshDurations()
{
    for (int row = 0; row < m_steps.size(); ++row) {
        if (m_steps.at(row).state() == BuildStep::State::Running)
            Q_EMIT dataChanged(index(row, DurationColumn), index(row, DurationColumn), {Qt::DisplayRole});
    }
}

} // namespace Dockwright::Ui
