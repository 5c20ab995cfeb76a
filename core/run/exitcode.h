// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Dockwright::Core {

// What a container's exit code means, the way docker's documentation explains it: 125-127 are the
// runtime's own codes, 128+n means the process ended on signal n (143 = SIGTERM from docker stop,
// 137 = SIGKILL from docker kill, a stop timeout or the OOM killer), the rest is the program's own.
class ExitCode final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::ExitCode)
public:
    // One translated phrase, e.g. "stopped by SIGTERM (docker stop)". oomKilled is inspect's
    // State.OOMKilled: it tells a memory-limit kill from a docker kill for 137.
    static QString meaning(int code, bool oomKilled = false);
    // The signal number for a code above 128, or 0.
    static int signalNumber(int code);
    // "SIGTERM" for 15; an empty string for a signal without a well-known name.
    static QString signalName(int signal);
};

} // namespace Dockwright::Core
