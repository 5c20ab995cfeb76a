// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/builder/buildcomparison.h"

#include <QAbstractTableModel>

namespace Dockwright::Ui {

// Two builds step by step (BuildComparison): each step's time and cache use before and after, and
// what changed (cache lost or gained, slower, faster, added, removed).
class BuildComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildComparisonModel)
public:
    enum Column { StepColumn, StageColumn, BeforeColumn, AfterColumn, ChangeColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, ChangeRole, LineRole };

    explicit BuildComparisonModel(QObject *parent = nullptr);
    ~BuildComparisonModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void compare(const Core::BuildResult &before, const Core::BuildResult &after);
    void clear();
    const QList<Core::BuildComparison::Row> &rows() const { return m_rows; }

private:
    QList<Core::BuildComparison::Row> m_rows;
};

} // namespace Dockwright::Ui
