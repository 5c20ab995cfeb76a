// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/builder/buildresult.h"

#include <QAbstractTableModel>

namespace Dockwright::Ui {

// The builds of a project from BuildHistory, newest first: when, outcome, time, cache hits, image.
class BuildHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildHistoryModel)
public:
    enum Column { StartedColumn, OutcomeColumn, DurationColumn, CacheColumn, ImageColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, RecordRole };

    explicit BuildHistoryModel(QObject *parent = nullptr);
    ~BuildHistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Records oldest first, as BuildHistory keeps them.
    void setRecords(const QList<Core::BuildResult> &records);
    const Core::BuildResult &record(int row) const { return m_records.at(row); }

private:
    QList<Core::BuildResult> m_records; // newest first
};

} // namespace Dockwright::Ui
