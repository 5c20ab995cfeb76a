// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/resources.h"
#include "keyedrowsmodel.h"

#include <QDateTime>
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
    // Adds what an inspect said about one listed container (ResourceRefresher); from then on its status
    // is computed from the start/finish times instead of the text the listing had.
    void setDetail(const QString &id, const Dockwright::Core::ContainerStateDetail &detail);
    // Fixes "now" for the status texts (tests); an invalid time means the clock.
    void setReferenceTime(const QDateTime &now);
    // Re-renders the status texts that changed since they were last shown ("Up 3 seconds" ->
    // "Up 4 seconds"); cheap enough for a one-second clock, as only changed rows are announced.
    void refreshTimes();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The translated name of a state; a state this version does not know is shown as the engine spelled it.
    static QString stateText(Core::ContainerState state, const QString &asSpelled = {});
    // docker ps's Status column at `now`: "Up 5 minutes (healthy)", "Exited (0) 3 days ago", "Created".
    // Without a detail it is the text the engine sent with the listing.
    static QString statusText(const Dockwright::Core::ContainerSummary &container, const QDateTime &now);

protected:
    bool sameContent(
        const Dockwright::Core::ContainerSummary &a, const Dockwright::Core::ContainerSummary &b) const override;

private:
    QDateTime now() const;

    mutable QHash<QRgb, QIcon> m_stateIcons;
    mutable QHash<QString, QString> m_shownStatus; // id -> status text last handed to a view
    QDateTime m_referenceTime;
};

} // namespace Dockwright::Ui
