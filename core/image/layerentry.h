// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace Dockwright::Core {

// One tar entry of one layer, about 48 bytes: the path is a PathTree node id, the link target an
// interned view owned by the same PathTree. Whiteouts are entries on the node they delete.
struct LayerEntry
{
    enum class Type : quint8 {
        File,
        Directory,
        Symlink,
        Hardlink,
        CharDevice,
        BlockDevice,
        Fifo,
        Whiteout, // ".wh.name": deletes name (and everything below it) from lower layers
        Opaque, // ".wh..wh..opq" in a directory: hides all lower children of that directory
    };

    quint32 node = 0;
    Type type = Type::File;
    quint32 mode = 0; // permission and set-id bits (07777)
    quint32 uid = 0;
    quint32 gid = 0;
    qint64 size = 0; // bytes the tar header declares for the entry (0 for hardlinks, dirs, links)
    quint64 hash = 0; // ContentHasher value of the contents; for hardlinks, the target's
    const char *link = nullptr; // symlink or hardlink target (raw bytes, interned)
    quint32 linkLength = 0;

    QByteArrayView linkTarget() const { return {link, qsizetype(linkLength)}; }
    bool isMarker() const { return type == Type::Whiteout || type == Type::Opaque; }
    bool isDirectory() const { return type == Type::Directory; }

    // Same visible state: type, mode, owner, size, contents and link target (mtime is ignored
    // because every rebuild changes it).
    bool sameAs(const LayerEntry &other) const
    {
        if (type != other.type || mode != other.mode || uid != other.uid || gid != other.gid)
            return false;
        if (type == Type::Directory)
            return true;
        return size == other.size && hash == other.hash && linkTarget() == other.linkTarget();
    }
};

} // namespace Dockwright::Core
