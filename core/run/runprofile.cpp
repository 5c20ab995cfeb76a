// SPDX-License-Identifier: GPL-3.0-or-later
#include "runprofile.h"

#include "imageruninfo.h"

namespace Dockwright::Core {

QString RunProfile::Tmpfs::optionsText() const
{
    QStringList options {readOnly ? QStringLiteral("ro") : QStringLiteral("rw")};
    // Docker mounts --tmpfs with nosuid,nodev,noexec unless told otherwise, so a cleared flag has to be
    // spelled out (suid, dev, exec) rather than omitted.
    options << (nosuid ? QStringLiteral("nosuid") : QStringLiteral("suid"));
    options << (nodev ? QStringLiteral("nodev") : QStringLiteral("dev"));
    options << (noexec ? QStringLiteral("noexec") : QStringLiteral("exec"));
    if (!size.isEmpty())
        options << QLatin1String("size=") + size;
    if (!mode.isEmpty())
        options << QLatin1String("mode=") + mode;
    options << extraOptions;
    return options.join(QLatin1Char(','));
}

RunProfile RunProfile::fromImage(const QString &imageRef, const ImageRunInfo &info)
{
    RunProfile profile;
    profile.image = imageRef;
    for (const QString &exposed : info.exposedPorts) {
        Port port;
        const qsizetype slash = exposed.indexOf(QLatin1Char('/'));
        port.containerPort = slash < 0 ? exposed : exposed.left(slash);
        if (slash >= 0)
            port.protocol = exposed.mid(slash + 1);
        port.hostPort = port.containerPort;
        profile.ports.append(port);
    }
    for (const QLatin1String name : {QLatin1String("ENVIRONMENT"), QLatin1String("LOG_LEVEL"), QLatin1String("PORT")}) {
        const QString value = info.envValue(name);
        if (!value.isNull())
            profile.env.append({name, value, true});
    }
    profile.user = info.user;
    if (!info.healthcheckTest.isEmpty()) {
        profile.healthcheck.test = info.healthcheckTest;
        profile.healthcheck.intervalNs = info.healthIntervalNs;
        profile.healthcheck.timeoutNs = info.healthTimeoutNs;
        profile.healthcheck.startPeriodNs = info.healthStartPeriodNs;
        profile.healthcheck.retries = info.healthRetries;
        profile.healthcheck.inherited = true;
    }
    return profile;
}

const RunProfile::EnvVar *RunProfile::findEnv(const QString &envName) const
{
    // The last -e wins in docker, so search from the end.
    for (auto it = env.crbegin(); it != env.crend(); ++it) {
        if (it->name == envName)
            return &*it;
    }
    return nullptr;
}

void RunProfile::setEnv(const QString &envName, const QString &value)
{
    for (EnvVar &var : env) {
        if (var.name == envName) {
            var.value = value;
            var.hasValue = true;
            return;
        }
    }
    env.append({envName, value, true});
}

QString RunProfile::normalizedCapability(const QString &cap)
{
    QString upper = cap.trimmed().toUpper();
    if (upper.startsWith(QLatin1String("CAP_")))
        upper = upper.mid(4);
    return upper;
}

bool RunProfile::hasCapDrop(const QString &cap) const
{
    const QString wanted = normalizedCapability(cap);
    for (const QString &c : capDrop) {
        if (normalizedCapability(c) == wanted)
            return true;
    }
    return false;
}

bool RunProfile::hasCapAdd(const QString &cap) const
{
    const QString wanted = normalizedCapability(cap);
    for (const QString &c : capAdd) {
        if (normalizedCapability(c) == wanted)
            return true;
    }
    return false;
}

bool RunProfile::hasSecurityOpt(const QString &key) const
{
    for (const QString &opt : securityOpt) {
        if (opt == key || opt.startsWith(key + QLatin1Char('=')) || opt.startsWith(key + QLatin1Char(':')))
            return true;
    }
    return false;
}

QStringList RunProfile::writablePaths() const
{
    QStringList paths;
    for (const Tmpfs &t : tmpfs) {
        if (!t.readOnly)
            paths << t.target;
    }
    for (const Mount &m : mounts) {
        if (!m.readOnly)
            paths << m.target;
    }
    return paths;
}

bool RunProfile::isPathWritable(const QString &path) const
{
    if (!readOnlyRootfs)
        return true;
    const QStringList roots = writablePaths();
    for (QString root : roots) {
        while (root.size() > 1 && root.endsWith(QLatin1Char('/')))
            root.chop(1);
        if (path == root || path.startsWith(root + QLatin1Char('/')) || root == QLatin1String("/"))
            return true;
    }
    return false;
}

} // namespace Dockwright::Core
