// SPDX-License-Identifier: GPL-3.0-or-later
#include "runwarning.h"

namespace Dockwright::Core {

QString RunWarning::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace Dockwright::Core
