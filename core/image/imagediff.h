// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changestatus.h"
#include "layeredimage.h"

#include <QList>
#include <atomic>

namespace Dockwright::Core {

// Image against image: the squashed filesystems of two images compared path by path (the two
// PathTrees are merge-walked by name, so nothing is re-interned).
class ImageDiff final
{
public:
    struct Entry
    {
        QString path;
        ChangeStatus status = ChangeStatus::Unchanged;
        LayerEntry::Type type = LayerEntry::Type::File; // of the newer side, or the deleted one
        qint64 size = 0; // in B (in A for deleted paths)
        qint64 previousSize = 0; // in A (0 for added paths)
    };
    struct Result
    {
        QList<Entry> entries; // tree order
        qint64 addedBytes = 0;
        qint64 removedBytes = 0;
        qint64 modifiedBytes = 0; // size in B of modified files
        int added = 0;
        int modified = 0;
        int deleted = 0;
    };

    // Changes that turn image a into image b. A raised cancel flag stops the walk at the next path
    // (the result is then partial; callers that cancel drop it).
    static Result compare(const LayeredImage &a, const LayeredImage &b, const std::atomic_bool *cancel = nullptr);
};

} // namespace Dockwright::Core
