// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dockwright::Core {

// Which image of a multi-image or multi-platform archive to read. Empty fields mean "the only one,
// else the host platform, else the first".
struct ImageSelector
{
    QString reference; // "busybox:latest", "docker.io/library/busybox:latest" or a bare tag
    QString platform; // "linux/arm64", "linux/arm/v7", "arm64"
};

} // namespace Dockwright::Core
