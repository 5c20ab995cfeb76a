// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/run/runprofile.h"
#include "rowlistmodel.h"

namespace Dockwright::Ui {

// The -p/--publish list: host address, host port, container port and protocol per row. Edits that
// docker would refuse (a port of 0 or above 65535, an unknown protocol) are rejected.
class PortsModel final : public RowListModel<Core::RunProfile::Port>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortsModel)
public:
    enum Column { HostIpColumn, HostPortColumn, ContainerPortColumn, ProtocolColumn, ColumnCount };

    explicit PortsModel(QObject *parent = nullptr);
    ~PortsModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "8080" or "8000-8010" with every port in 1..65535 (empty allowed when allowEmpty).
    static bool isPortOrRange(const QString &text, bool allowEmpty);
};

} // namespace Dockwright::Ui
