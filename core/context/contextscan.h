// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contextentry.h"
#include "contexterror.h"

#include <QList>

namespace Dockwright::Core {

// The result of walking a build context: what is sent (in tar order) and what .dockerignore removed.
struct ContextScan
{
    // A path .dockerignore removed: a file, or a directory skipped as a whole (bytes/files then count
    // everything below it when the walk measured excluded directories, else 0).
    struct Excluded
    {
        QByteArray path;
        qint64 bytes = 0;
        qint64 files = 0;
        int pattern = -1; // index into BuildContext::matcher().patterns()
        ContextEntry::Type type = ContextEntry::Type::File;
    };

    QList<ContextEntry> entries;
    QList<Excluded> excluded;
    QList<ContextError> warnings; // special files skipped, odd names; never fatal
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::ContextScan)
