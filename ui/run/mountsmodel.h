// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/run/runprofile.h"
#include "rowlistmodel.h"

namespace Dockwright::Ui {

// Bind mounts or named volumes (one model per type): source, path in the container, read-only. New
// rows are read-only, because a container rarely needs to change the files it is given.
class MountsModel final : public RowListModel<Core::RunProfile::Mount>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MountsModel)
public:
    enum Column { SourceColumn, TargetColumn, ReadOnlyColumn, ColumnCount };

    explicit MountsModel(Core::RunProfile::Mount::Type type, QObject *parent = nullptr);
    ~MountsModel() override;

    Core::RunProfile::Mount::Type type() const { return m_type; }
    // A new row of this model's type: read-only, -v syntax.
    Core::RunProfile::Mount newMount(const QString &source, const QString &target) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Core::RunProfile::Mount::Type m_type;
};

} // namespace Dockwright::Ui
