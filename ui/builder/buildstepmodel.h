// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/builder/buildstep.h"

#include <QAbstractTableModel>

namespace Dockwright::Ui {

// The steps of one build, live: one row per BuildJob step in the job's order, with the stage, a CACHED
// marker, the duration and the state. The failing step is highlighted.
class BuildStepModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildStepModel)
public:
    enum Column { NameColumn, StageColumn, CacheColumn, DurationColumn, StatusColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StepIdRole, LineRole, StateRole, CachedRole, LogRole, DisplayOrderRole };

    explicit BuildStepModel(QObject *parent = nullptr);
    ~BuildStepModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void setSteps(const Core::BuildSteps &steps);
    // BuildJob's stepAdded/stepChanged: index is the step's position in the job's list.
    void insertStep(int index, const Core::BuildStep &step);
    void updateStep(int index, const Core::BuildStep &step);
    const Core::BuildSteps &steps() const { return m_steps; }
    // Row of the first failed step, -1 when none failed.
    int failedRow() const;
    // Running steps count their time up to now; call on a timer.
    void refreshDurations();

private:
    Core::BuildSteps m_steps;
};

} // namespace Dockwright::Ui
