// SPDX-License-Identifier: GPL-3.0-or-later
#include "containercreatebody.h"

#include "core/engine/engineapi.h"

#include <QJsonArray>

namespace Dockwright::Core {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

std::pair<int, int> portRange(const QString &text)
{
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    const int start = (dash < 0 ? text : text.left(dash)).toInt();
    return {start, dash < 0 ? start : text.mid(dash + 1).toInt()};
}

// -p with ranges becomes one ExposedPorts/PortBindings key per container port, as nat.ParsePortSpec does.
void addPort(const RunProfile::Port &port, QJsonObject &exposed, QJsonObject &bindings)
{
    const auto [cStart, cEnd] = portRange(port.containerPort);
    const bool hostRange = !port.hostPort.isEmpty() && port.hostPort.contains(QLatin1Char('-'));
    const auto [hStart, hEnd] = port.hostPort.isEmpty() ? std::pair<int, int> {0, 0} : portRange(port.hostPort);
    for (int p = cStart; p <= cEnd; ++p) {
        const QString key = QString::number(p) + QLatin1Char('/') + port.protocol;
        exposed.insert(key, QJsonObject());
        QString hostPort;
        if (!port.hostPort.isEmpty()) {
            if (cStart == cEnd && hostRange)
                hostPort = QString::number(hStart) + QLatin1Char('-') + QString::number(hEnd);
            else
                hostPort = QString::number(hStart + (p - cStart));
        }
        QJsonArray list = bindings.value(key).toArray();
        list.append(QJsonObject {{QStringLiteral("HostIp"), port.hostIp}, {QStringLiteral("HostPort"), hostPort}});
        bindings.insert(key, list);
    }
}

QJsonObject mountObject(const RunProfile::Mount &m)
{
    using Type = RunProfile::Mount::Type;
    QJsonObject obj;
    obj.insert(QStringLiteral("Type"),
        m.type == Type::Bind         ? QStringLiteral("bind")
            : m.type == Type::Volume ? QStringLiteral("volume")
                                     : QStringLiteral("tmpfs"));
    if (!m.source.isEmpty() && m.type != Type::Tmpfs)
        obj.insert(QStringLiteral("Source"), m.source);
    obj.insert(QStringLiteral("Target"), m.target);
    if (m.readOnly)
        obj.insert(QStringLiteral("ReadOnly"), true);
    if (m.type == Type::Bind && !m.bindPropagation.isEmpty())
        obj.insert(QStringLiteral("BindOptions"), QJsonObject {{QStringLiteral("Propagation"), m.bindPropagation}});
    if (m.type == Type::Volume && m.volumeNoCopy)
        obj.insert(QStringLiteral("VolumeOptions"), QJsonObject {{QStringLiteral("NoCopy"), true}});
    if (m.type == Type::Tmpfs && (m.tmpfsSizeBytes > 0 || m.tmpfsMode > 0)) {
        QJsonObject tmpfs;
        if (m.tmpfsSizeBytes > 0)
            tmpfs.insert(QStringLiteral("SizeBytes"), m.tmpfsSizeBytes);
        // JSON carries the file mode as a plain (decimal) number: 01777 is sent as 1023.
        if (m.tmpfsMode > 0)
            tmpfs.insert(QStringLiteral("Mode"), m.tmpfsMode);
        obj.insert(QStringLiteral("TmpfsOptions"), tmpfs);
    }
    return obj;
}

} // namespace

QJsonObject ContainerCreateBody::build(const RunProfile &p, const QProcessEnvironment &env)
{
    QJsonObject config;
    config.insert(QStringLiteral("Image"), p.image);
    if (!p.hostname.isEmpty())
        config.insert(QStringLiteral("Hostname"), p.hostname);
    if (!p.user.isEmpty())
        config.insert(QStringLiteral("User"), p.user);
    // docker run attaches stdout/stderr unless detached, and stdin only with -i.
    const bool attachStdin = p.interactive && !p.detach;
    config.insert(QStringLiteral("AttachStdin"), attachStdin);
    config.insert(QStringLiteral("AttachStdout"), !p.detach);
    config.insert(QStringLiteral("AttachStderr"), !p.detach);
    config.insert(QStringLiteral("Tty"), p.tty);
    config.insert(QStringLiteral("OpenStdin"), p.interactive);
    config.insert(QStringLiteral("StdinOnce"), p.interactive && attachStdin);

    QStringList envList;
    for (const RunProfile::EnvVar &var : p.env) {
        if (var.hasValue)
            envList << var.name + QLatin1Char('=') + var.value;
        else if (env.contains(var.name))
            envList << var.name + QLatin1Char('=') + env.value(var.name);
        else
            envList << var.name; // docker/cli sends the bare name when the variable is unset
    }
    if (!envList.isEmpty())
        config.insert(QStringLiteral("Env"), toArray(envList));
    if (!p.command.isEmpty())
        config.insert(QStringLiteral("Cmd"), toArray(p.command));
    if (p.entrypoint)
        config.insert(QStringLiteral("Entrypoint"), QJsonArray {*p.entrypoint});
    if (!p.workingDir.isEmpty())
        config.insert(QStringLiteral("WorkingDir"), p.workingDir);
    QJsonObject labels;
    for (auto it = p.labels.cbegin(); it != p.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    config.insert(QStringLiteral("Labels"), labels);

    QJsonObject exposed;
    QJsonObject bindings;
    for (const RunProfile::Port &port : p.ports)
        addPort(port, exposed, bindings);
    for (const QString &e : p.expose) {
        const qsizetype slash = e.indexOf(QLatin1Char('/'));
        const QString proto = slash < 0 ? QStringLiteral("tcp") : e.mid(slash + 1);
        const auto [start, end] = portRange(slash < 0 ? e : e.left(slash));
        for (int port = start; port <= end; ++port)
            exposed.insert(QString::number(port) + QLatin1Char('/') + proto, QJsonObject());
    }
    if (!exposed.isEmpty())
        config.insert(QStringLiteral("ExposedPorts"), exposed);

    QStringList binds;
    QJsonArray mounts;
    QJsonObject volumes;
    for (const RunProfile::Mount &m : p.mounts) {
        if (m.syntax == RunProfile::Mount::Syntax::MountFlag || m.type == RunProfile::Mount::Type::Tmpfs) {
            mounts.append(mountObject(m));
        } else if (m.source.isEmpty()) {
            volumes.insert(m.target, QJsonObject()); // -v /path: anonymous volume
        } else {
            QStringList options;
            if (m.readOnly)
                options << QStringLiteral("ro");
            options << m.options;
            binds << m.source + QLatin1Char(':') + m.target
                    + (options.isEmpty() ? QString() : QLatin1Char(':') + options.join(QLatin1Char(',')));
        }
    }
    if (!volumes.isEmpty())
        config.insert(QStringLiteral("Volumes"), volumes);

    const RunProfile::Healthcheck &h = p.healthcheck;
    if (h.isSet()) {
        QJsonObject health;
        if (!h.test.isEmpty())
            health.insert(QStringLiteral("Test"), toArray(h.test));
        if (h.intervalNs)
            health.insert(QStringLiteral("Interval"), h.intervalNs);
        if (h.timeoutNs)
            health.insert(QStringLiteral("Timeout"), h.timeoutNs);
        if (h.startPeriodNs)
            health.insert(QStringLiteral("StartPeriod"), h.startPeriodNs);
        if (h.retries)
            health.insert(QStringLiteral("Retries"), h.retries);
        config.insert(QStringLiteral("Healthcheck"), health);
    }
    if (!p.stopSignal.isEmpty())
        config.insert(QStringLiteral("StopSignal"), p.stopSignal);
    if (p.stopTimeout)
        config.insert(QStringLiteral("StopTimeout"), *p.stopTimeout);

    QJsonObject host;
    host.insert(QStringLiteral("NetworkMode"), p.network.isEmpty() ? QStringLiteral("default") : p.network);
    host.insert(QStringLiteral("RestartPolicy"),
        QJsonObject {{QStringLiteral("Name"), p.restartPolicy.isEmpty() ? QStringLiteral("no") : p.restartPolicy},
            {QStringLiteral("MaximumRetryCount"), p.restartMaxRetries}});
    host.insert(QStringLiteral("AutoRemove"), p.autoRemove);
    if (!bindings.isEmpty())
        host.insert(QStringLiteral("PortBindings"), bindings);
    if (p.publishAll)
        host.insert(QStringLiteral("PublishAllPorts"), true);
    if (!binds.isEmpty())
        host.insert(QStringLiteral("Binds"), toArray(binds));
    if (!mounts.isEmpty())
        host.insert(QStringLiteral("Mounts"), mounts);
    if (!p.tmpfs.isEmpty()) {
        QJsonObject tmpfs;
        for (const RunProfile::Tmpfs &t : p.tmpfs)
            tmpfs.insert(t.target, t.optionsText());
        host.insert(QStringLiteral("Tmpfs"), tmpfs);
    }
    if (p.readOnlyRootfs)
        host.insert(QStringLiteral("ReadonlyRootfs"), true);
    if (p.privileged)
        host.insert(QStringLiteral("Privileged"), true);
    if (!p.capAdd.isEmpty())
        host.insert(QStringLiteral("CapAdd"), toArray(p.capAdd));
    if (!p.capDrop.isEmpty())
        host.insert(QStringLiteral("CapDrop"), toArray(p.capDrop));
    if (!p.securityOpt.isEmpty())
        host.insert(QStringLiteral("SecurityOpt"), toArray(p.securityOpt));
    // Init is a pointer in the API: absent means "daemon default", so only send it when asked.
    if (p.init)
        host.insert(QStringLiteral("Init"), *p.init);
    if (p.memoryBytes > 0)
        host.insert(QStringLiteral("Memory"), p.memoryBytes);
    if (p.nanoCpus > 0)
        host.insert(QStringLiteral("NanoCpus"), p.nanoCpus);
    if (p.pidsLimit)
        host.insert(QStringLiteral("PidsLimit"), *p.pidsLimit);
    config.insert(QStringLiteral("HostConfig"), host);

    // docker/cli omits the endpoint settings of a single network without per-network options.
    config.insert(QStringLiteral("NetworkingConfig"), QJsonObject {{QStringLiteral("EndpointsConfig"), QJsonObject()}});
    return config;
}

QUrlQuery ContainerCreateBody::query(const RunProfile &profile)
{
    return EngineApi::createContainer({}, profile.name, profile.platform).query;
}

} // namespace Dockwright::Core
