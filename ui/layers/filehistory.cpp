// SPDX-License-Identifier: GPL-3.0-or-later
#include "filehistory.h"

#include <algorithm>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

namespace {

// The layer's entries at node (entries are sorted by node id).
std::pair<const LayerEntry *, const LayerEntry *> entriesAt(const ImageLayer &layer, quint32 node)
{
    const auto range
        = std::equal_range(layer.entries.begin(), layer.entries.end(), node, [](const auto &a, const auto &b) {
              if constexpr (std::is_same_v<std::decay_t<decltype(a)>, LayerEntry>)
                  return a.node < b;
              else
                  return a < b.node;
          });
    if (range.first == range.second)
        return {nullptr, nullptr};
    return {&*range.first, &*range.first + (range.second - range.first)};
}

// Applies one layer to the visible entry of one path. Ancestors have lower ids, so (as in
// LayerStack::apply) their entries act before the path's own.
const LayerEntry *applyLayer(
    const ImageLayer &layer, const std::vector<quint32> &ancestors, quint32 node, const LayerEntry *visible)
{
    for (quint32 ancestor : ancestors) {
        const auto [begin, end] = entriesAt(layer, ancestor);
        for (const LayerEntry *e = begin; e != end; ++e) {
            if (e->type != LayerEntry::Type::Directory)
                visible = nullptr; // whiteout, opaque marker, or a file replacing the directory
        }
    }
    const auto [begin, end] = entriesAt(layer, node);
    for (const LayerEntry *e = begin; e != end; ++e) {
        if (e->type == LayerEntry::Type::Whiteout)
            visible = nullptr;
        else if (e->type != LayerEntry::Type::Opaque)
            visible = e;
    }
    return visible;
}

std::vector<quint32> ancestorsOf(const PathTree::Node *node)
{
    std::vector<quint32> out;
    for (const PathTree::Node *p = node->parent; p; p = p->parent)
        out.push_back(p->id);
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace

QList<FileHistory::Step> FileHistory::of(const LayeredImage &image, const PathTree::Node *node)
{
    QList<Step> steps;
    if (!node)
        return steps;
    const std::vector<quint32> ancestors = ancestorsOf(node);
    const LayerEntry *visible = nullptr;
    for (const ImageLayer &layer : image.layers) {
        const LayerEntry *before = visible;
        visible = applyLayer(layer, ancestors, node->id, visible);
        const ChangeStatus status = changeStatusOf(before, visible);
        if (status != ChangeStatus::Unchanged)
            steps.append({layer.index, status, visible ? visible : before});
    }
    return steps;
}

const LayerEntry *FileHistory::visibleAt(const LayeredImage &image, const PathTree::Node *node, int top)
{
    if (!node)
        return nullptr;
    const std::vector<quint32> ancestors = ancestorsOf(node);
    const LayerEntry *visible = nullptr;
    for (int i = 0; i <= top && i < int(image.layers.size()); ++i)
        visible = applyLayer(image.layers[size_t(i)], ancestors, node->id, visible);
    return visible;
}

} // namespace Dockwright::Ui
