// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerstack.h"

#include <algorithm>

namespace Dockwright::Core {

LayerStack::LayerStack(LayeredImagePtr image)
    : m_image(std::move(image))
{
    const PathTree &tree = *m_image->tree;
    Q_ASSERT(tree.isFinalized());
    m_rank.assign(tree.size(), 0);
    std::vector<const PathTree::Node *> stack {tree.root()};
    quint32 next = 0;
    while (!stack.empty()) {
        const PathTree::Node *n = stack.back();
        stack.pop_back();
        m_rank[n->id] = next++;
        for (quint32 row = n->childCount; row > 0; --row)
            stack.push_back(tree.childAt(n, row - 1));
    }
}

void LayerStack::apply(
    const PathTree &tree, const ImageLayer &layer, State &state, const KillFn &onKill, std::vector<quint32> *touched)
{
    std::vector<const PathTree::Node *> pending;
    // OCI image spec, "Whiteouts": a whiteout applies only to lower layers. A file the same layer
    // holds stays, whether the tar lists it before or after the whiteout naming it.
    const auto ownEntry = [&](const LayerEntry *e) {
        return !layer.entries.empty() && !std::less<const LayerEntry *>()(e, layer.entries.data())
            && std::less<const LayerEntry *>()(e, layer.entries.data() + layer.entries.size());
    };
    // lowerOnly: leave what this layer itself put there (a whiteout's rule).
    const auto hide = [&](quint32 node, bool lowerOnly) {
        const LayerEntry *visible = state[node];
        if (!visible || (lowerOnly && ownEntry(visible)))
            return;
        if (onKill)
            onKill(node, visible);
        state[node] = nullptr;
        if (touched)
            touched->push_back(node);
    };
    const auto hideBelow = [&](quint32 node, bool lowerOnly) {
        pending.clear();
        const PathTree::Node *n = tree.node(node);
        for (quint32 row = 0; row < n->childCount; ++row)
            pending.push_back(tree.childAt(n, row));
        while (!pending.empty()) {
            const PathTree::Node *d = pending.back();
            pending.pop_back();
            hide(d->id, lowerOnly);
            for (quint32 row = 0; row < d->childCount; ++row)
                pending.push_back(tree.childAt(d, row));
        }
    };
    for (const LayerEntry &entry : layer.entries) {
        const quint32 node = entry.node;
        switch (entry.type) {
        case LayerEntry::Type::Opaque:
            hideBelow(node, true);
            break;
        case LayerEntry::Type::Whiteout:
            hide(node, true);
            hideBelow(node, true);
            break;
        case LayerEntry::Type::Directory:
            if (state[node] && state[node]->isDirectory()) {
                if (onKill)
                    onKill(node, state[node]); // a directory re-listed: replaced, holds no bytes
            } else {
                hide(node, false);
            }
            state[node] = &entry;
            if (touched)
                touched->push_back(node);
            break;
        default:
            hide(node, false);
            hideBelow(node, false);
            state[node] = &entry;
            if (touched)
                touched->push_back(node);
            break;
        }
    }
}

LayerStack::State LayerStack::stateAt(int top) const
{
    State state(m_image->tree->size(), nullptr);
    const int last = qMin(top, int(m_image->layers.size()) - 1);
    for (int i = 0; i <= last; ++i)
        apply(*m_image->tree, m_image->layers[size_t(i)], state, {}, nullptr);
    return state;
}

QList<LayerStack::Change> LayerStack::changes(int from, int to, bool includeUnchanged) const
{
    const PathTree &tree = *m_image->tree;
    const int last = qMin(to, int(m_image->layers.size()) - 1);
    State lower = stateAt(from);
    State upper = lower;
    std::vector<quint32> touched;
    for (int i = qMax(from + 1, 0); i <= last; ++i)
        apply(tree, m_image->layers[size_t(i)], upper, {}, &touched);
    std::sort(touched.begin(), touched.end(), [this](quint32 a, quint32 b) { return m_rank[a] < m_rank[b]; });
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    QList<Change> result;
    for (quint32 node : touched) {
        const ChangeStatus status = changeStatusOf(lower[node], upper[node]);
        if (status == ChangeStatus::Unchanged && (!includeUnchanged || !upper[node]))
            continue;
        result.append({tree.node(node), status, lower[node], upper[node]});
    }
    return result;
}

std::vector<ChangeStatus> LayerStack::statusMap(int from, int to) const
{
    std::vector<ChangeStatus> map(m_image->tree->size(), ChangeStatus::Unchanged);
    for (const Change &change : changes(from, to))
        map[change.node->id] = change.status;
    return map;
}

} // namespace Dockwright::Core
