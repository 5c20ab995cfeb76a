// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineevent.h"

namespace Dockwright::Core {

QString EngineEvent::baseAction() const
{
    const qsizetype colon = action.indexOf(QLatin1Char(':'));
    return colon < 0 ? action : action.left(colon).trimmed();
}

EngineEvent EngineEvent::fromJson(const QJsonObject &object)
{
    EngineEvent e;
    e.type = object.value(QLatin1String("Type")).toString();
    e.action = object.value(QLatin1String("Action")).toString();
    const QJsonObject actor = object.value(QLatin1String("Actor")).toObject();
    e.actorId = actor.value(QLatin1String("ID")).toString();
    const QJsonObject attributes = actor.value(QLatin1String("Attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        e.attributes.insert(it.key(), it.value().toString());
    // Legacy fields (removed in API 1.52) still come from older engines and Podman.
    if (e.action.isEmpty())
        e.action = object.value(QLatin1String("status")).toString();
    if (e.actorId.isEmpty())
        e.actorId = object.value(QLatin1String("id")).toString();
    e.timeNano = object.value(QLatin1String("timeNano")).toInteger();
    if (e.timeNano == 0)
        e.timeNano = object.value(QLatin1String("time")).toInteger() * 1000000000LL;
    return e;
}

} // namespace Dockwright::Core
