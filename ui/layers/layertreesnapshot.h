// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/changestatus.h"
#include "core/image/layeredimage.h"

#include <atomic>
#include <memory>
#include <vector>

namespace Dockwright::Ui {

// What the file tree shows for one layer range (from, to]: the stacked filesystem after layer `to`
// plus the paths the range deleted, each with its status against the state after `from`, subtree
// sizes and the visible children of every node. Built off the GUI thread, then shared read-only by
// the tree model and the treemap; the PathTree nodes it points to belong to the image it keeps alive.
struct LayerTreeSnapshot
{
    using Node = Core::PathTree::Node;

    Core::LayeredImagePtr image;
    int from = -1;
    int to = -1;
    std::vector<const Core::LayerEntry *> entry; // per node id: visible entry (the old one for deleted paths)
    std::vector<Core::ChangeStatus> status; // per node id
    std::vector<qint64> size; // per node id: bytes of files below (deleted paths: what was deleted)
    std::vector<qint64> changedSize; // per node id: bytes of added or modified files below
    std::vector<quint32> row; // per shown node: its row among the shown siblings
    std::vector<quint32> childStart; // per node id: first shown child in `children`
    std::vector<quint32> childCount; // per node id: shown children
    std::vector<const Node *> children;
    int added = 0;
    int modified = 0;
    int deleted = 0;

    const Node *root() const { return image->tree->root(); }
    const Node *childAt(const Node *parent, quint32 r) const { return children[childStart[parent->id] + r]; }
    // Shown in this snapshot (visible after `to`, deleted by the range, or a parent of either).
    bool isShown(const Node *node) const { return node == root() || childCount[node->id] > 0 || entry[node->id]; }

    // from < to; from = to - 1 is "what layer `to` changed", from = -1 "everything up to `to`".
    // Returns null when cancel is set before it is done.
    static std::shared_ptr<const LayerTreeSnapshot> build(
        const Core::LayeredImagePtr &image, int from, int to, const std::atomic_bool *cancel = nullptr);
};

using LayerTreeSnapshotPtr = std::shared_ptr<const LayerTreeSnapshot>;

} // namespace Dockwright::Ui
