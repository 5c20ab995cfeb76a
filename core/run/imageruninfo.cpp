// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageruninfo.h"

#include <QJsonArray>

namespace Dockwright::Core {

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

} // namespace

ImageRunInfo ImageRunInfo::fromInspect(const QJsonObject &inspect)
{
    // Accept both the full inspect reply and its Config object, so callers holding either can use it.
    const QJsonObject config
        = inspect.contains(QLatin1String("Config")) ? inspect.value(QLatin1String("Config")).toObject() : inspect;
    ImageRunInfo info;
    const QJsonObject exposed = config.value(QLatin1String("ExposedPorts")).toObject();
    info.exposedPorts = exposed.keys();
    info.env = toStringList(config.value(QLatin1String("Env")));
    info.user = config.value(QLatin1String("User")).toString();
    info.entrypoint = toStringList(config.value(QLatin1String("Entrypoint")));
    info.cmd = toStringList(config.value(QLatin1String("Cmd")));
    info.workingDir = config.value(QLatin1String("WorkingDir")).toString();
    info.volumes = config.value(QLatin1String("Volumes")).toObject().keys();
    const QJsonObject health = config.value(QLatin1String("Healthcheck")).toObject();
    info.healthcheckTest = toStringList(health.value(QLatin1String("Test")));
    info.healthIntervalNs = health.value(QLatin1String("Interval")).toInteger();
    info.healthTimeoutNs = health.value(QLatin1String("Timeout")).toInteger();
    info.healthStartPeriodNs = health.value(QLatin1String("StartPeriod")).toInteger();
    info.healthRetries = health.value(QLatin1String("Retries")).toInt();
    const QJsonObject labels = config.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        info.labels.insert(it.key(), it.value().toString());
    return info;
}

void ImageRunInfo::setPasswd(const QByteArray &passwdText)
{
    passwdUsers.clear();
    const QList<QByteArray> lines = passwdText.split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split(':');
        if (fields.size() < 3)
            continue;
        bool ok = false;
        const int uid = fields.at(2).toInt(&ok);
        if (ok)
            passwdUsers.insert(QString::fromUtf8(fields.at(0)), uid);
    }
    passwdKnown = true;
}

QString ImageRunInfo::envValue(const QString &name) const
{
    const QString prefix = name + QLatin1Char('=');
    for (const QString &entry : env) {
        if (entry.startsWith(prefix))
            return entry.mid(prefix.size());
    }
    return {};
}

} // namespace Dockwright::Core
