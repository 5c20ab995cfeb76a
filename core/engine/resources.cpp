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

} // namespace

bool ImageSummary::hasReference(const QString &reference) const
{
    return std::any_of(repoTags.cbegin(), repoTags.cend(),
        [&reference](const QString &tag) { return ImageReference::same(tag, reference); });
}

QString ImageSummary::shortId() const
{
    const QString hex = id.startsWith(QLatin1String("sha256:")) ? id.mid(7) : id;
    return hex.left(12);
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
