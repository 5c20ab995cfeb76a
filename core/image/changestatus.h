// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layerentry.h"

#include <QLatin1StringView>
#include <QString>

namespace Dockwright::Core {

// How a path differs between two states (a layer and the stack below it, a layer range, two images).
enum class ChangeStatus : quint8 { Unchanged, Added, Modified, Deleted };

// The JSON/CLI spelling: "unchanged", "added", "modified", "deleted" (a CLI contract).
inline QLatin1StringView changeStatusName(ChangeStatus status)
{
    switch (status) {
    case ChangeStatus::Added:
        return QLatin1StringView("added");
    case ChangeStatus::Modified:
        return QLatin1StringView("modified");
    case ChangeStatus::Deleted:
        return QLatin1StringView("deleted");
    case ChangeStatus::Unchanged:
        break;
    }
    return QLatin1StringView("unchanged");
}

// Status of one path given its visible entry before and after (nullptr = absent).
inline ChangeStatus changeStatusOf(const LayerEntry *before, const LayerEntry *after)
{
    if (!before)
        return after ? ChangeStatus::Added : ChangeStatus::Unchanged;
    if (!after)
        return ChangeStatus::Deleted;
    return before->sameAs(*after) ? ChangeStatus::Unchanged : ChangeStatus::Modified;
}

inline QLatin1StringView entryTypeName(LayerEntry::Type type)
{
    switch (type) {
    case LayerEntry::Type::File:
        return QLatin1StringView("file");
    case LayerEntry::Type::Directory:
        return QLatin1StringView("dir");
    case LayerEntry::Type::Symlink:
        return QLatin1StringView("symlink");
    case LayerEntry::Type::Hardlink:
        return QLatin1StringView("hardlink");
    case LayerEntry::Type::CharDevice:
        return QLatin1StringView("char");
    case LayerEntry::Type::BlockDevice:
        return QLatin1StringView("block");
    case LayerEntry::Type::Fifo:
        return QLatin1StringView("fifo");
    case LayerEntry::Type::Whiteout:
        return QLatin1StringView("whiteout");
    case LayerEntry::Type::Opaque:
        return QLatin1StringView("opaque");
    }
    return QLatin1StringView("file");
}

} // namespace Dockwright::Core
