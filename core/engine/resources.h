// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "containerstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

class QJsonObject;

namespace Dockwright::Core {

// An ID as docker prints it without --no-trunc (stringid.TruncateID): the algorithm prefix ("sha256:")
// dropped, 12 characters kept.
QString truncateId(const QString &id);

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

// A row of GET /images/{name}/history (docker history), newest layer first.
struct ImageHistoryEntry
{
    QString id; // the image id of that step, or "<missing>" for steps built elsewhere
    QDateTime created;
    QString createdBy; // the instruction, as "/bin/sh -c #(nop)  CMD [...]" or BuildKit's "RUN ..."
    QStringList tags;
    qint64 size = 0;
    QString comment;
    bool isMissing() const { return id.isEmpty() || id == QLatin1String("<missing>"); }

    static QList<ImageHistoryEntry> listFromJson(const QJsonArray &array);
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

// What GET /containers/{id}/json adds to a list row: the times and codes docker's status text
// ("Up 5 minutes", "Exited (0) 3 days ago") is computed from, so the text can age between listings.
struct ContainerStateDetail
{
    QDateTime startedAt; // invalid: never started
    QDateTime finishedAt; // invalid: has not ended since it last started
    int exitCode = 0;
    QString health; // starting, healthy, unhealthy; empty without a healthcheck
    bool running = false;
    bool paused = false;
    bool restarting = false;
    bool dead = false;
    bool removing = false;

    // From the inspect answer's State object; docker's zero time ("0001-01-01T00:00:00Z") is invalid.
    static ContainerStateDetail fromInspect(const QJsonObject &inspect);
    friend bool operator==(const ContainerStateDetail &, const ContainerStateDetail &) = default;
};

// A row of GET /containers/json?all=1.
struct ContainerSummary
{
    QString id;
    QString name; // without the leading '/'
    QString image; // as it was given to create: a reference, a digest reference or an image ID
    QString imageId;
    // The IMAGE column of docker ps: a container created from an image ID shows the short ID
    // ("2ee0f9a8b558", not the 71-character ID); a digest reference shows its name ("app:1" for
    // "app:1@sha256:..."); anything else as given.
    QString shownImage() const;
    QString command;
    QString state; // as the engine spells it: created, running, paused, restarting, removing, exited, dead
    ContainerState stateValue() const { return ContainerStates::fromApi(state); } // what code compares
    QString status; // "Up 5 minutes (healthy)", as the engine said it when listing (it does not age)
    std::optional<ContainerStateDetail> detail; // from an inspect; lets the status be computed at any time
    QList<PortMapping> ports;
    QDateTime created;
    QString portsText() const; // docker ps style, comma separated

    static QList<ContainerSummary> listFromJson(const QJsonArray &array);
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::ImageSummary)
Q_DECLARE_METATYPE(Dockwright::Core::ContainerSummary)
Q_DECLARE_METATYPE(Dockwright::Core::ImageHistoryEntry)
