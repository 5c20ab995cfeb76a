// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/run/runprofile.h"
#include "rowlistmodel.h"

namespace Dockwright::Ui {

// The -e NAME=VALUE list, in the order the engine sees it. A row without a value (-e NAME) passes the
// variable of the environment the command runs in through, which the value column says in grey.
class EnvModel final : public RowListModel<Core::RunProfile::EnvVar>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvModel)
public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    explicit EnvModel(QObject *parent = nullptr);
    ~EnvModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace Dockwright::Ui
