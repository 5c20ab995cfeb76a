// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/changestatus.h"
#include "core/image/layeredimage.h"

#include <QList>

namespace Dockwright::Ui {

// One path's story through the layers: every layer that added, modified or deleted it (directly, by
// a whiteout, an opaque parent, or a parent replaced by a file), with the same rules as LayerStack.
// Costs O(layers × depth × log entries), so it is cheap enough for the GUI thread on a click.
class FileHistory final
{
public:
    struct Step
    {
        int layer = 0;
        Core::ChangeStatus status = Core::ChangeStatus::Unchanged;
        const Core::LayerEntry *entry = nullptr; // the new entry; for Deleted, the one that disappeared
    };

    static QList<Step> of(const Core::LayeredImage &image, const Core::PathTree::Node *node);
    // The entry visible at node after layer `top` (nullptr when absent), by the same rules.
    static const Core::LayerEntry *visibleAt(
        const Core::LayeredImage &image, const Core::PathTree::Node *node, int top);
};

} // namespace Dockwright::Ui
