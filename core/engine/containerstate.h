// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Dockwright::Core {

// A container's state as the Engine API names it in State.Status (inspect) and State (list), plus
// Removed for a container that is gone. The UI compares these, never the strings.
enum class ContainerState {
    Unknown, // a state this version does not know (shown as the engine spelled it)
    Created,
    Running,
    Paused,
    Restarting,
    Removing,
    Exited,
    Dead,
    Removed, // ours: inspect answered 404
};

class ContainerStates final
{
public:
    static ContainerState fromApi(QStringView name);
    // The API's spelling ("running"); "removed" for Removed, "" for Unknown.
    static QString apiName(ContainerState state);
    // The container holds no process and will not get one by itself.
    static bool hasEnded(ContainerState state)
    {
        return state == ContainerState::Exited || state == ContainerState::Dead || state == ContainerState::Removed;
    }
};

} // namespace Dockwright::Core
