// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changestatus.h"
#include "layeredimage.h"

#include <functional>
#include <vector>

namespace Dockwright::Core {

// The stacked (union filesystem) view of an image: which entry is visible at each path after any
// layer, and what a layer or a range of layers changed. States are plain vectors indexed by node id
// (8 bytes per path), computed on demand instead of dive's 2·N tree copies.
class LayerStack final
{
public:
    using State = std::vector<const LayerEntry *>;
    struct Change
    {
        const PathTree::Node *node = nullptr;
        ChangeStatus status = ChangeStatus::Unchanged;
        const LayerEntry *before = nullptr; // visible entry in the lower state
        const LayerEntry *after = nullptr; // visible entry in the upper state
    };
    // Called for every visible entry a layer hides (overwrite, whiteout, opaque dir, dir→file).
    using KillFn = std::function<void(quint32 node, const LayerEntry *hidden)>;

    explicit LayerStack(LayeredImagePtr image);
    const LayeredImage &image() const { return *m_image; }

    // Visible entry per node after applying layers 0..top; top = -1 is the empty filesystem.
    State stateAt(int top) const;
    // Paths whose visible entry differs between the state after layer `from` and after layer `to`
    // (from < to; from = to - 1 is "this layer against the stack below", from = -1 "against
    // nothing"), in tree order. Unchanged paths are left out unless includeUnchanged is set.
    QList<Change> changes(int from, int to, bool includeUnchanged = false) const;
    // Status of every node (indexed by id) for a tree view of the same range.
    std::vector<ChangeStatus> statusMap(int from, int to) const;

    // Applies one layer's entries to state, following the OCI whiteout rules: an opaque marker hides
    // all lower children of its directory first, ".wh.x" hides x and everything below it, and a
    // non-directory entry replaces whatever (and whatever subtree) was there.
    static void apply(const PathTree &tree, const ImageLayer &layer, State &state, const KillFn &onKill,
        std::vector<quint32> *touched);
    // Node ids in depth-first order of the name-sorted tree (rank[id]).
    const std::vector<quint32> &treeOrder() const { return m_rank; }

private:
    LayeredImagePtr m_image;
    std::vector<quint32> m_rank;
};

} // namespace Dockwright::Core
