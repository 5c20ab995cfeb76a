// SPDX-License-Identifier: GPL-3.0-or-later
#include "layertreesnapshot.h"

#include "core/image/layerstack.h"

using namespace Dockwright::Core;

namespace Dockwright::Ui {

std::shared_ptr<const LayerTreeSnapshot> LayerTreeSnapshot::build(
    const LayeredImagePtr &image, int from, int to, const std::atomic_bool *cancel)
{
    const auto stopped = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto s = std::make_shared<LayerTreeSnapshot>();
    s->image = image;
    s->from = from;
    s->to = to;
    const PathTree &tree = *image->tree;
    const quint32 n = tree.size();
    const LayerStack stack(image);
    s->entry = stack.stateAt(to);
    s->status.assign(n, ChangeStatus::Unchanged);
    if (stopped())
        return {};
    for (const LayerStack::Change &change : stack.changes(from, to)) {
        const quint32 id = change.node->id;
        s->status[id] = change.status;
        switch (change.status) {
        case ChangeStatus::Added:
            ++s->added;
            break;
        case ChangeStatus::Modified:
            ++s->modified;
            break;
        case ChangeStatus::Deleted:
            ++s->deleted;
            s->entry[id] = change.before;
            break;
        case ChangeStatus::Unchanged:
            break;
        }
    }
    if (stopped())
        return {};

    // Children have higher ids than their parents, so one backwards sweep sums every subtree.
    std::vector<bool> shown(n, false);
    s->size.assign(n, 0);
    s->changedSize.assign(n, 0);
    for (quint32 id = n; id-- > 1;) {
        const LayerEntry *e = s->entry[id];
        if (!e && !shown[id])
            continue;
        shown[id] = true;
        if (e && !e->isDirectory() && !e->isMarker()) {
            s->size[id] += e->size;
            if (s->status[id] == ChangeStatus::Added || s->status[id] == ChangeStatus::Modified)
                s->changedSize[id] += e->size;
        }
        const quint32 parent = tree.node(id)->parent->id;
        shown[parent] = true;
        // A surviving directory does not count what was deleted below it.
        if (s->status[id] != ChangeStatus::Deleted || s->status[parent] == ChangeStatus::Deleted)
            s->size[parent] += s->size[id];
        s->changedSize[parent] += s->changedSize[id];
    }
    if (stopped())
        return {};

    s->row.assign(n, 0);
    s->childStart.assign(n, 0);
    s->childCount.assign(n, 0);
    shown[0] = true;
    for (quint32 id = 0; id < n; ++id) {
        if (!shown[id])
            continue;
        const PathTree::Node *node = tree.node(id);
        s->childStart[id] = quint32(s->children.size());
        for (quint32 r = 0; r < node->childCount; ++r) {
            const PathTree::Node *child = tree.childAt(node, r);
            if (!shown[child->id])
                continue;
            s->row[child->id] = s->childCount[id]++;
            s->children.push_back(child);
        }
    }
    return s;
}

} // namespace Dockwright::Ui
