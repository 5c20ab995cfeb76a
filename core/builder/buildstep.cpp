// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildstep.h"

namespace Dockwright::Core {

QString BuildStep::stateName(State state)
{
    // Lower-case names are a contract of the CLI's JSON events (docs/cli/build.md).
    switch (state) {
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Running:
        return QStringLiteral("running");
    case State::Done:
        return QStringLiteral("done");
    case State::Cached:
        return QStringLiteral("cached");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::NotRun:
        return QStringLiteral("not-run");
    }
    return {};
}

} // namespace Dockwright::Core
