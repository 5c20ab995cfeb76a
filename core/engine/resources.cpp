// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources.h"

#include "imagereference.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>
#include <algorithm>

namespace Dockwright::Core {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray(); // null (Podman, old Docker) gives an empty list
    for (const QJsonValue &v : array) {
        if (v.isString())
            result.append(v.toString());
    }
    return result;
}

// "Created" is Unix seconds in both Docker and Podman's compatible API; accept RFC 3339 too.
QDateTime createdTime(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromSecsSinceEpoch(value.toInteger(), QTimeZone::UTC);
    if (value.isString())
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return {};
}

// RFC 3339 with nanoseconds; Go's zero time stands for "never".
QDateTime apiTime(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01")))
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

ContainerStateDetail ContainerStateDetail::fromInspect(const QJsonObject &inspect)
{
    const QJsonObject state = inspect.value(QLatin1String("State")).toObject();
    ContainerStateDetail d;
    d.startedAt = apiTime(state.value(QLatin1String("StartedAt")));
    d.finishedAt = apiTime(state.value(QLatin1String("FinishedAt")));
    d.exitCode = state.value(QLatin1String("ExitCode")).toInt();
    d.health = state.value(QLatin1String("Health")).toObject().value(QLatin1String("Status")).toString();
    d.running = state.value(QLatin1String("Running")).toBool();
    d.paused = state.value(QLatin1String("Paused")).toBool();
    d.restarting = state.value(QLatin1String("Restarting")).toBool();
    d.dead = state.value(QLatin1String("Dead")).toBool();
    d.removing = state.value(QLatin1String("Status")).toString() == QLatin1String("removing");
    return d;
}

bool ImageSummary::hasReference(const QString &reference) const
{
    return std::any_of(repoTags.cbegin(), repoTags.cend(),
        [&reference](const QString &tag) { return ImageReference::same(tag, reference); });
}

QString truncateId(const QString &id)
{
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    return (colon < 0 ? id : id.mid(colon + 1)).left(12);
}

QString ImageSummary::shortId() const
{
    return truncateId(id);
}

QString ContainerSummary::shownImage() const
{
    if (image.isEmpty())
        return QStringLiteral("<no image>");
    if (!imageId.isEmpty() && truncateId(imageId) == truncateId(image))
        return truncateId(image);
    // reference.FamiliarString of the name (and tag, if one was given), without the digest: Podman
    // reports "docker.io/me/app:1" where docker ps prints "me/app:1"; no ":latest" is added.
    const qsizetype at = image.indexOf(QLatin1Char('@'));
    const QString ref = at > 0 ? image.left(at) : image;
    const bool hasTag = ref.indexOf(QLatin1Char(':'), ref.lastIndexOf(QLatin1Char('/')) + 1) >= 0;
    QString shown = ImageReference::familiar(ref);
    if (!hasTag && shown.endsWith(QLatin1String(":latest")))
        shown.chop(7);
    return shown;
}

QList<ImageSummary> ImageSummary::listFromJson(const QJsonArray &array)
{
    QList<ImageSummary> result;
    result.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            continue;
        ImageSummary image;
        image.id = o.value(QLatin1String("Id")).toString();
        image.repoTags = stringList(o.value(QLatin1String("RepoTags")));
        image.repoDigests = stringList(o.value(QLatin1String("RepoDigests")));
        image.size = o.value(QLatin1String("Size")).toInteger();
        image.created = createdTime(o.value(QLatin1String("Created")));
        image.containers = o.value(QLatin1String("Containers")).toInt(-1);
        result.append(image);
    }
    return result;
}

QList<ImageHistoryEntry> ImageHistoryEntry::listFromJson(const QJsonArray &array)
{
    QList<ImageHistoryEntry> result;
    result.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            continue;
        ImageHistoryEntry entry;
        entry.id = o.value(QLatin1String("Id")).toString();
        entry.created = createdTime(o.value(QLatin1String("Created")));
        entry.createdBy = o.value(QLatin1String("CreatedBy")).toString();
        entry.tags = stringList(o.value(QLatin1String("Tags")));
        entry.size = o.value(QLatin1String("Size")).toInteger();
        entry.comment = o.value(QLatin1String("Comment")).toString();
        result.append(entry);
    }
    return result;
}

QString PortMapping::toString() const
{
    const QString inside
        = QString::number(privatePort) + QLatin1Char('/') + (type.isEmpty() ? QStringLiteral("tcp") : type);
    if (publicPort <= 0)
        return inside;
    const QString address = ip.contains(QLatin1Char(':')) ? QLatin1Char('[') + ip + QLatin1Char(']') : ip;
    return (address.isEmpty() ? QString() : address + QLatin1Char(':')) + QString::number(publicPort)
        + QLatin1String("->") + inside;
}

QString ContainerSummary::portsText() const
{
    QStringList parts;
    for (const PortMapping &port : ports)
        parts.append(port.toString());
    return parts.join(QLatin1String(", "));
}

QList<ContainerSummary> ContainerSummary::listFromJson(const QJsonArray &array)
{
    QList<ContainerSummary> result;
    result.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            continue;
        ContainerSummary c;
        c.id = o.value(QLatin1String("Id")).toString();
        const QStringList names = stringList(o.value(QLatin1String("Names")));
        if (!names.isEmpty())
            c.name = names.first().startsWith(QLatin1Char('/')) ? names.first().mid(1) : names.first();
        c.image = o.value(QLatin1String("Image")).toString();
        c.imageId = o.value(QLatin1String("ImageID")).toString();
        c.command = o.value(QLatin1String("Command")).toString();
        const QJsonValue state = o.value(QLatin1String("State"));
        // Docker and Podman's compatible API send a string; libpod-style replies an object.
        c.state = state.isObject() ? state.toObject().value(QLatin1String("Status")).toString() : state.toString();
        c.status = o.value(QLatin1String("Status")).toString();
        c.created = createdTime(o.value(QLatin1String("Created")));
        const QJsonArray ports = o.value(QLatin1String("Ports")).toArray();
        for (const QJsonValue &p : ports) {
            const QJsonObject po = p.toObject();
            PortMapping mapping;
            mapping.ip = po.value(QLatin1String("IP")).toString();
            mapping.privatePort = po.value(QLatin1String("PrivatePort")).toInt();
            mapping.publicPort = po.value(QLatin1String("PublicPort")).toInt();
            mapping.type = po.value(QLatin1String("Type")).toString();
            c.ports.append(mapping);
        }
        result.append(c);
    }
    return result;
}

} // namespace Dockwright::Core
