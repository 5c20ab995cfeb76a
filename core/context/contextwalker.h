// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buildcontext.h"
#include "contextscan.h"

#include <atomic>
#include <optional>

namespace Dockwright::Core {

// Walks a build context like BuildKit's fsutil with docker/cli's exclude list: names sorted bytewise,
// symlinks never followed, excluded directories skipped unless an exception could re-include something
// inside, a re-included path brings its parent directories along. Reads no file contents.
class ContextWalker final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::ContextWalker)
public:
    struct Options
    {
        bool measureExcluded = false; // lstat inside skipped directories to size them (the preview)
        bool checkReadable = true; // open each sent file once, like docker/cli's ValidateContextDirectory
        const std::atomic_bool *cancel = nullptr;
    };

    // Fatal errors (as docker): an unreadable sent file or directory, a stat failure other than a
    // vanished path. Permission errors inside excluded directories are ignored, as fsutil does.
    static std::optional<ContextScan> scan(const BuildContext &context, const Options &options, ContextError *error);
};

} // namespace Dockwright::Core
