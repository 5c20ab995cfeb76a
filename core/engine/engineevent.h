// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Dockwright::Core {

// One /events message. Actions like "health_status: healthy" or "exec_start: cmd" carry a suffix;
// baseAction() strips it.
struct EngineEvent
{
    QString type; // container, image, volume, network, daemon, ...
    QString action; // as sent
    QString actorId;
    QMap<QString, QString> attributes;
    qint64 timeNano = 0;

    QString baseAction() const;
    static EngineEvent fromJson(const QJsonObject &object);
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::EngineEvent)
