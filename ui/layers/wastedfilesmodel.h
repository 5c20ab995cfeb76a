// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/wastereport.h"

#include <QAbstractTableModel>

namespace Dockwright::Ui {

// The paths that waste the most bytes (WasteReport::topWasted): path, wasted bytes, how many layers
// stored it, and whether the final image still has it.
class WastedFilesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WastedFilesModel)
public:
    enum Column { PathColumn, WastedColumn, LayersColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        NodeRole, // const PathTree::Node * as quintptr
        WastedFractionRole // wasted ÷ the largest wasted, for a size bar
    };

    explicit WastedFilesModel(QObject *parent = nullptr);
    ~WastedFilesModel() override;

    void setReport(const Core::WasteReport &report);
    void clear() { setReport({}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::WastedPath> m_paths;
};

} // namespace Dockwright::Ui
