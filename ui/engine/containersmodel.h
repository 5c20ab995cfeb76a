// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/resources.h"
#include "keyedrowsmodel.h"

#include <QHash>
#include <QIcon>

namespace Dockwright::Ui {

// The engine's containers, running or not (GET /containers/json?all=1), one row per container id.
class ContainersModel final : public KeyedRowsModel<Dockwright::Core::ContainerSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainersModel)
public:
    enum Column { NameColumn, ImageColumn, StateColumn, StatusColumn, PortsColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // state rank for State, creation time for Status, lower-case text otherwise
        IdRole, // full container id
        FilterRole, // name, image, state, id and ports, for the filter box
        StateColorRole, // QColor of the state marker (the decoration is an icon in this colour)
    };

    explicit ContainersModel(QObject *parent = nullptr);
    ~ContainersModel() override;

    void setContainers(const QList<Dockwright::Core::ContainerSummary> &containers);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The translated name of a state; a state this version does not know is shown as the engine spelled it.
    static QString stateText(Core::ContainerState state, const QString &asSpelled = {});

protected:
    bool sameContent(
        const Dockwright::Core::ContainerSummary &a, const Dockwright::Core::ContainerSummary &b) const override;

private:
    mutable QHash<QRgb, QIcon> m_stateIcons;
};

} // namespace Dockwright::Ui
