// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runprofile.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QUrlQuery>

namespace Dockwright::Core {

// The POST /containers/create request for a RunProfile: the Config with nested HostConfig and
// NetworkingConfig, filled field by field the way docker/cli's `run` fills them (opts.go `parse`), so a
// profile created from a pasted command creates the same container the docker CLI would.
class ContainerCreateBody final
{
public:
    // env resolves "-e NAME" pass-through variables, like the docker CLI does with its own environment.
    static QJsonObject build(
        const RunProfile &profile, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // Query of the create call: name= and platform= when set (as EngineApi::createContainer sends them).
    static QUrlQuery query(const RunProfile &profile);
};

} // namespace Dockwright::Core
