// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/run/runprofile.h"
#include "rowlistmodel.h"

namespace Dockwright::Ui {

// The --tmpfs list: in-memory writable paths with a size cap and the nosuid, nodev and noexec
// options as check boxes, which is how a read-only container gets the few places it must write to.
class TmpfsModel final : public RowListModel<Core::RunProfile::Tmpfs>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TmpfsModel)
public:
    enum Column { PathColumn, SizeColumn, NosuidColumn, NodevColumn, NoexecColumn, ColumnCount };

    explicit TmpfsModel(QObject *parent = nullptr);
    ~TmpfsModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace Dockwright::Ui
