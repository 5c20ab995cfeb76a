// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "containerstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Dockwright::Core {

// A row of GET /images/json.
struct ImageSummary
{
    QString id; // sha256:...
    QStringList repoTags; // "repo:tag"; empty or "<none>:<none>" for dangling images
    QStringList repoDigests;
    qint64 size = 0;
    QDateTime created;
    int containers = -1; // -1: engine did not say
    QString shortId() const; // 12 hex digits, as docker prints it
    // Whether one of repoTags names `reference`, in any form an engine reports (see ImageReference).
    bool hasReference(const QString &reference) const;

    static QList<ImageSummary> listFromJson(const QJsonArray &array);
};

// A port mapping of a container: "0.0.0.0:8080->80/tcp".
struct PortMapping
{
    QString ip;
    int privatePort = 0;
    int publicPort = 0;
    QString type;
    QString toString() const;
};

// A row of GET /containers/json?all=1.
struct ContainerSummary
{
    QString id;
    QString name; // without the leading '/'
    QString image;
    QString imageId;
    QString command;
    QString state; // as the engine spells it: created, running, paused, restarting, removing, exited, dead
    ContainerState stateValue() const { return ContainerStates::fromApi(state); } // what code compares
    QString status; // "Up 5 minutes (healthy)"
    QList<PortMapping> ports;
    QDateTime created;
    QString portsText() const; // docker ps style, comma separated

    static QList<ContainerSummary> listFromJson(const QJsonArray &array);
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::ImageSummary)
Q_DECLARE_METATYPE(Dockwright::Core::ContainerSummary)
