// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerstate.h"

#include <array>
#include <utility>

namespace Dockwright::Core {

namespace {
constexpr std::array<std::pair<ContainerState, const char *>, 8> Names {{
    {ContainerState::Created, "created"},
    {ContainerState::Running, "running"},
    {ContainerState::Paused, "paused"},
    {ContainerState::Restarting, "restarting"},
    {ContainerState::Removing, "removing"},
    {ContainerState::Exited, "exited"},
    {ContainerState::Dead, "dead"},
    {ContainerState::Removed, "removed"},
}};
} // namespace

ContainerState ContainerStates::fromApi(QStringView name)
{
    for (const auto &[state, text] : Names) {
        if (name == QLatin1StringView(text))
            return state;
    }
    return ContainerState::Unknown;
}

QString ContainerStates::apiName(ContainerState state)
{
    for (const auto &[known, text] : Names) {
        if (known == state)
            return QString::fromLatin1(text);
    }
    return {};
}

} // namespace Dockwright::Core
