// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>

namespace Dockwright::Core {

// One path the build context sends, as lstat saw it during the walk. Paths are context-relative UTF-8
// bytes with '/' separators (Linux names are bytes; they are sent unchanged, as docker does).
struct ContextEntry
{
    enum class Type : quint8 { File, Dir, Symlink };

    QByteArray path;
    QByteArray linkTarget; // symlinks only, never followed
    qint64 size = 0; // regular files only
    qint64 mtime = 0; // seconds since the epoch (docker truncates to seconds too)
    quint32 mode = 0; // permission bits incl. setuid/setgid/sticky
    Type type = Type::File;
    bool forced = false; // excluded by .dockerignore but sent anyway (the Dockerfile, the ignore file)
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::ContextEntry)
