// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layertreesnapshot.h"

#include <QAbstractItemModel>

namespace Dockwright::Ui {

// The file tree of one layer range over a LayerTreeSnapshot: internal pointers are PathTree nodes
// (createIndex(row, col, node)), parent() is O(1) through the snapshot's row table. A new snapshot is
// swapped in whole with a model reset; the model holds no view state.
class FileTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTreeModel)
public:
    enum Column { NameColumn, StatusColumn, SizeColumn, ModeColumn, OwnerColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // lower-case name, or bytes for the size column
        StatusRole, // Core::ChangeStatus as int
        NodeRole, // const PathTree::Node * as quintptr
        PathRole, // "usr/bin/sh"
        SizeRole, // subtree bytes
    };

    explicit FileTreeModel(QObject *parent = nullptr);
    ~FileTreeModel() override;

    void setSnapshot(LayerTreeSnapshotPtr snapshot);
    const LayerTreeSnapshotPtr &snapshot() const { return m_snapshot; }
    // The index of a node shown in the current snapshot (column 0), else invalid.
    QModelIndex indexForNode(const LayerTreeSnapshot::Node *node) const;
    static const LayerTreeSnapshot::Node *nodeOf(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "rwxr-xr-x" with s/t for set-id and sticky bits, led by the type letter.
    static QString modeString(const Core::LayerEntry &entry);

private:
    LayerTreeSnapshotPtr m_snapshot;
};

} // namespace Dockwright::Ui
