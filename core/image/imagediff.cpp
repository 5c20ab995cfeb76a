// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagediff.h"

#include "layerstack.h"

namespace Dockwright::Core {

namespace {
struct Walker
{
    const PathTree &treeA;
    const PathTree &treeB;
    const LayerStack::State &stateA;
    const LayerStack::State &stateB;
    ImageDiff::Result &result;
    const std::atomic_bool *cancel;

    void walk(const PathTree::Node *a, const PathTree::Node *b, const QByteArray &path)
    {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return;
        const LayerEntry *ea = a ? stateA[a->id] : nullptr;
        const LayerEntry *eb = b ? stateB[b->id] : nullptr;
        const ChangeStatus status = changeStatusOf(ea, eb);
        if (status != ChangeStatus::Unchanged && !path.isEmpty()) {
            ImageDiff::Entry entry;
            entry.path = QString::fromUtf8(path);
            entry.status = status;
            entry.type = eb ? eb->type : ea->type;
            entry.size = eb ? eb->size : ea->size;
            entry.previousSize = ea ? ea->size : 0;
            switch (status) {
            case ChangeStatus::Added:
                ++result.added;
                result.addedBytes += entry.size;
                break;
            case ChangeStatus::Deleted:
                ++result.deleted;
                result.removedBytes += entry.size;
                break;
            case ChangeStatus::Modified:
                ++result.modified;
                result.modifiedBytes += entry.size;
                break;
            case ChangeStatus::Unchanged:
                break;
            }
            result.entries.append(entry);
        }
        const quint32 countA = a ? a->childCount : 0;
        const quint32 countB = b ? b->childCount : 0;
        quint32 i = 0;
        quint32 j = 0;
        while (i < countA || j < countB) {
            const PathTree::Node *ca = i < countA ? treeA.childAt(a, i) : nullptr;
            const PathTree::Node *cb = j < countB ? treeB.childAt(b, j) : nullptr;
            if (ca && cb) {
                const int order = ca->nameView().compare(cb->nameView());
                if (order < 0)
                    cb = nullptr;
                else if (order > 0)
                    ca = nullptr;
            }
            const QByteArrayView name = ca ? ca->nameView() : cb->nameView();
            walk(ca, cb, path.isEmpty() ? name.toByteArray() : path + '/' + name);
            if (ca)
                ++i;
            if (cb)
                ++j;
        }
    }
};
} // namespace

ImageDiff::Result ImageDiff::compare(const LayeredImage &a, const LayeredImage &b, const std::atomic_bool *cancel)
{
    const LayerStack::State stateA = LayerStack(std::shared_ptr<const LayeredImage>(&a, [](const LayeredImage *) {
    })).stateAt(int(a.layers.size()) - 1);
    const LayerStack::State stateB = LayerStack(std::shared_ptr<const LayeredImage>(&b, [](const LayeredImage *) {
    })).stateAt(int(b.layers.size()) - 1);
    Result result;
    Walker walker {*a.tree, *b.tree, stateA, stateB, result, cancel};
    walker.walk(a.tree->root(), b.tree->root(), {});
    return result;
}

} // namespace Dockwright::Core
