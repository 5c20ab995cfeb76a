// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageruninfo.h"

#include "rununits.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    info.stopSignal = config.value(QLatin1String("StopSignal")).toString();
    return info;
}

QList<ImageConfigRow> ImageRunInfo::configRows() const
{
    using Field = ImageConfigRow::Field;
    const auto jsonList = [](const QStringList &words) {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(words)).toJson(QJsonDocument::Compact));
    };
    QList<ImageConfigRow> rows;
    rows.append({Field::User, user.isEmpty() ? ImageConfigRow::tr("(none: root)") : user});
    rows.append({Field::WorkingDir, workingDir.isEmpty() ? QStringLiteral("/") : workingDir});
    if (!entrypoint.isEmpty())
        rows.append({Field::Entrypoint, jsonList(entrypoint)});
    if (!cmd.isEmpty())
        rows.append({Field::Cmd, jsonList(cmd)});
    if (entrypoint.isEmpty() && cmd.isEmpty())
        rows.append({Field::NoCommand, ImageConfigRow::tr("(none: docker run must name one)")});
    for (const QString &e : env)
        rows.append({Field::Env, e});
    for (const QString &p : exposedPorts)
        rows.append({Field::ExposedPort, p});
    for (const QString &v : volumes)
        rows.append({Field::Volume, v});
    if (!healthcheckTest.isEmpty()) {
        QStringList test = healthcheckTest;
        const QString kind = test.takeFirst();
        QString text = kind == QLatin1String("NONE") ? ImageConfigRow::tr("disabled (NONE)")
            : kind == QLatin1String("CMD-SHELL")     ? test.join(QLatin1Char(' '))
                                                     : jsonList(test);
        QStringList timing;
        if (healthIntervalNs > 0)
            timing << ImageConfigRow::tr("every %1").arg(RunUnits::formatDuration(healthIntervalNs));
        if (healthTimeoutNs > 0)
            timing << ImageConfigRow::tr("timeout %1").arg(RunUnits::formatDuration(healthTimeoutNs));
        if (healthStartPeriodNs > 0)
            timing << ImageConfigRow::tr("start period %1").arg(RunUnits::formatDuration(healthStartPeriodNs));
        if (healthRetries > 0)
            timing << ImageConfigRow::tr("%n retries", nullptr, healthRetries);
        if (!timing.isEmpty())
            text += QStringLiteral(" (") + timing.join(QStringLiteral(", ")) + QLatin1Char(')');
        rows.append({Field::Healthcheck, text});
    }
    if (!stopSignal.isEmpty())
        rows.append({Field::StopSignal, stopSignal});
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        rows.append({Field::Label, it.key() + QLatin1Char('=') + it.value()});
    return rows;
}

QString ImageConfigRow::fieldName(Field field)
{
    switch (field) {
    case Field::User:
        return tr("User");
    case Field::WorkingDir:
        return tr("Working dir");
    case Field::Entrypoint:
        return tr("Entrypoint");
    case Field::Cmd:
        return tr("Cmd");
    case Field::NoCommand:
        return tr("Command");
    case Field::Env:
        return tr("Env");
    case Field::ExposedPort:
        return tr("Exposed");
    case Field::Volume:
        return tr("Volume");
    case Field::Healthcheck:
        return tr("Healthcheck");
    case Field::StopSignal:
        return tr("Stop signal");
    case Field::Label:
        return tr("Label");
    }
    return {};
}

QString ImageConfigRow::fieldHelp(Field field)
{
    switch (field) {
    case Field::User:
        return tr("The account a container's process runs as (USER in the Dockerfile). None means root, "
                  "which a break-out from the app turns into root on the whole container; docker run --user "
                  "overrides it.");
    case Field::WorkingDir:
        return tr("The directory the command starts in (WORKDIR); docker run -w overrides it.");
    case Field::Entrypoint:
        return tr("The program every container of this image starts (ENTRYPOINT); the command's words are "
                  "passed to it as arguments. docker run --entrypoint replaces it.");
    case Field::Cmd:
        return tr("The default command or arguments (CMD); the words after the image in docker run "
                  "replace them.");
    case Field::NoCommand:
        return tr("The image names no ENTRYPOINT or CMD, so docker run fails unless it is given a command.");
    case Field::Env:
        return tr("An environment variable every container starts with (ENV); docker run -e overrides it. "
                  "Never put secrets here: they are readable by anyone who has the image.");
    case Field::ExposedPort:
        return tr("A port the app listens on (EXPOSE). Documentation only: nothing is reachable from the "
                  "host until docker run -p publishes it.");
    case Field::Volume:
        return tr("A path declared as a volume (VOLUME): each container gets an anonymous volume there unless "
                  "docker run mounts a named volume or a folder on it.");
    case Field::Healthcheck:
        return tr("How the engine checks that the app still works (HEALTHCHECK); docker ps shows the result "
                  "as healthy or unhealthy.");
    case Field::StopSignal:
        return tr("The signal docker stop sends first (STOPSIGNAL) before it kills the process.");
    case Field::Label:
        return tr("Metadata (LABEL), such as the org.opencontainers.image.* provenance labels: source, "
                  "revision, version, created.");
    }
    return {};
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
