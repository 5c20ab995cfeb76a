// SPDX-License-Identifier: GPL-3.0-or-later
#include "exitcode.h"

namespace Dockwright::Core {

int ExitCode::signalNumber(int code)
{
    // Shells and docker report "killed by signal n" as 128+n; 255 is often exit(-1), not a signal.
    return code > 128 && code < 128 + 65 ? code - 128 : 0;
}

QString ExitCode::signalName(int signal)
{
    switch (signal) {
    case 1:
        return QStringLiteral("SIGHUP");
    case 2:
        return QStringLiteral("SIGINT");
    case 3:
        return QStringLiteral("SIGQUIT");
    case 4:
        return QStringLiteral("SIGILL");
    case 6:
        return QStringLiteral("SIGABRT");
    case 7:
        return QStringLiteral("SIGBUS");
    case 8:
        return QStringLiteral("SIGFPE");
    case 9:
        return QStringLiteral("SIGKILL");
    case 11:
        return QStringLiteral("SIGSEGV");
    case 13:
        return QStringLiteral("SIGPIPE");
    case 14:
        return QStringLiteral("SIGALRM");
    case 15:
        return QStringLiteral("SIGTERM");
    default:
        return {};
    }
}

QString ExitCode::meaning(int code, bool oomKilled)
{
    if (oomKilled)
        return tr("killed by the kernel for using more memory than its limit (out of memory)");
    switch (code) {
    case 0:
        return tr("finished successfully");
    case 1:
        return tr("the application reported an error; its log says why");
    case 2:
        return tr("the command was used wrongly (bad arguments or shell syntax)");
    case 125:
        return tr("the container runtime failed before the command started");
    case 126:
        return tr("the command exists but cannot be executed (not executable, or on a noexec mount)");
    case 127:
        return tr("the command was not found in the image (check the command, the entrypoint and PATH)");
    case 130:
        return tr("interrupted by SIGINT (Ctrl+C)");
    case 134:
        return tr("aborted by SIGABRT, often a failed assertion");
    case 137:
        return tr("killed by SIGKILL: docker kill, or docker stop after the process ignored SIGTERM for the "
                  "whole timeout");
    case 139:
        return tr("crashed with a segmentation fault (SIGSEGV)");
    case 141:
        return tr("ended by SIGPIPE: it wrote to a pipe nobody reads");
    case 143:
        return tr("stopped by SIGTERM, as docker stop sends it; the application ended on the signal");
    default:
        break;
    }
    if (const int signal = signalNumber(code)) {
        const QString name = signalName(signal);
        return name.isEmpty() ? tr("ended by signal %1").arg(signal)
                              : tr("ended by signal %1 (%2)").arg(signal).arg(name);
    }
    return tr("the application's own exit code; its documentation or log says what it means");
}

} // namespace Dockwright::Core
