// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardening.h"

#include "core/common/bytesize.h"
#include "runprofile.h"
#include "rununits.h"

#include <QRegularExpression>

namespace Dockwright::Core {

namespace {

const QString noNewPrivileges = QStringLiteral("no-new-privileges");

QString userPart(const QString &user)
{
    const qsizetype colon = user.indexOf(QLatin1Char(':'));
    return colon < 0 ? user : user.left(colon);
}

bool isNumeric(const QString &text)
{
    bool ok = false;
    text.toLongLong(&ok);
    return ok;
}

bool tmpfsHardened(const RunProfile::Tmpfs &t)
{
    return t.nosuid && t.nodev && t.noexec && !t.size.isEmpty();
}

bool mountHardened(const RunProfile::Mount &m)
{
    // --mount type=tmpfs always gets nosuid,nodev from the engine; a size is what matters here.
    return m.type != RunProfile::Mount::Type::Tmpfs || m.tmpfsSizeBytes > 0;
}

int firstPort(const QString &range)
{
    const qsizetype dash = range.indexOf(QLatin1Char('-'));
    return (dash < 0 ? range : range.left(dash)).toInt();
}

RunWarning make(RunWarning::Severity severity, const char *code, const char *field, const QString &message)
{
    return RunWarning {severity, QString::fromLatin1(code), QString::fromLatin1(field), message};
}

const char *const cacheVars[] = {"HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"};
const char *const cacheValues[] = {"/tmp", "/tmp/.cache", "/tmp/.config"};

} // namespace

QList<Hardening::Check> Hardening::allChecks()
{
    return {Check::ReadOnlyRoot, Check::DropAllCapabilities, Check::NoNewPrivileges, Check::NonRootUser, Check::Init,
        Check::TmpfsWritablePaths, Check::CachesInTmp, Check::MemoryLimit, Check::CpuLimit, Check::PidsLimit,
        Check::NetworkNone, Check::NotPrivileged};
}

QString Hardening::statusName(Status status)
{
    switch (status) {
    case Status::Applied:
        return QStringLiteral("applied");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::NotApplicable:
        return QStringLiteral("n/a");
    }
    return {};
}

Hardening::Item Hardening::describe(Check check)
{
    Item item;
    item.check = check;
    switch (check) {
    case Check::ReadOnlyRoot:
        item.id = QStringLiteral("read-only");
        item.title = tr("Read-only root filesystem");
        item.flags = QStringLiteral("--read-only");
        item.explanation
            = tr("Mounts the image's filesystem read-only, so the process can only write where you give it "
                 "a tmpfs or a volume. Writable places become an explicit, reviewable list.");
        item.withoutIt
            = tr("A compromised or buggy process can modify binaries, libraries and configuration inside the "
                 "container, plant files that survive a restart of the same container, and fill the "
                 "container's writable layer on the host disk.");
        item.weight = 15;
        break;
    case Check::DropAllCapabilities:
        item.id = QStringLiteral("cap-drop-all");
        item.title = tr("Drop all capabilities");
        item.flags = QStringLiteral("--cap-drop=ALL [--cap-add=...]");
        item.explanation = tr("Removes every Linux capability Docker grants by default (chown, kill, setuid, "
                              "net_raw, mknod and more) and adds back only the ones the application needs, "
                              "for example NET_BIND_SERVICE to listen on a port below 1024.");
        item.withoutIt = tr("A process running as root in the container keeps powers such as changing file "
                            "ownership, sending raw packets (ARP/ICMP spoofing on the bridge) and switching user "
                            "ids, which make container escapes and lateral movement easier.");
        item.weight = 15;
        break;
    case Check::NoNewPrivileges:
        item.id = QStringLiteral("no-new-privileges");
        item.title = tr("No new privileges");
        item.flags = QStringLiteral("--security-opt=no-new-privileges");
        item.explanation = tr("Sets the kernel's no_new_privs flag: setuid/setgid binaries and file capabilities can "
                              "no longer raise the privileges of the process or its children.");
        item.withoutIt = tr("A process that starts as an unprivileged user can become root again through a setuid "
                            "binary left in the image (su, sudo, mount, ping on older images).");
        item.weight = 10;
        break;
    case Check::NonRootUser:
        item.id = QStringLiteral("non-root-user");
        item.title = tr("Run as a non-root user");
        item.flags = QStringLiteral("--user UID[:GID]");
        item.explanation = tr("Runs the process as an unprivileged user, from the image's USER or --user. Root in a "
                              "container is the host's root user, only fenced in by namespaces and capabilities.");
        item.withoutIt = tr("Any kernel or runtime escape gives root on the host, files written to bind mounts are "
                            "owned by root, and the process can read every file in the image.");
        item.weight = 15;
        break;
    case Check::Init:
        item.id = QStringLiteral("init");
        item.title = tr("Init process");
        item.flags = QStringLiteral("--init");
        item.explanation = tr("Runs a tiny init (docker-init/tini) as PID 1 that forwards signals to the application "
                              "and reaps zombie processes.");
        item.withoutIt = tr("The application becomes PID 1, which ignores SIGTERM unless it installs a handler, so "
                            "docker stop waits the full timeout and then kills it; orphaned children pile up as "
                            "zombies until the pids limit is reached.");
        item.weight = 5;
        break;
    case Check::TmpfsWritablePaths:
        item.id = QStringLiteral("tmpfs");
        item.title = tr("Size-limited tmpfs for writable paths");
        item.flags = QStringLiteral("--tmpfs /tmp:rw,nosuid,nodev,noexec,size=256m");
        item.explanation = tr("Gives the paths the application must write to (/tmp and app-specific ones such as "
                              "/app/logs) an in-memory filesystem with a size cap, without setuid, device files or "
                              "executables.");
        item.withoutIt = tr("With a read-only root, programs that need /tmp fail. Without noexec an attacker can "
                            "download and run a binary from /tmp; without a size an endless write exhausts the "
                            "host's memory.");
        item.weight = 5;
        break;
    case Check::CachesInTmp:
        item.id = QStringLiteral("caches-in-tmp");
        item.title = tr("HOME and XDG directories in /tmp");
        item.flags = QStringLiteral("-e HOME=/tmp -e XDG_CACHE_HOME=/tmp/.cache -e XDG_CONFIG_HOME=/tmp/.config");
        item.explanation = tr("Points HOME, XDG_CACHE_HOME and XDG_CONFIG_HOME at the writable tmpfs, so libraries "
                              "that keep caches or settings (pip, matplotlib, Hugging Face, git) work under a "
                              "read-only root.");
        item.withoutIt = tr("Under --read-only those libraries crash or hang at start with \"Read-only file system\" "
                            "errors when they try to create ~/.cache or ~/.config.");
        item.weight = 5;
        break;
    case Check::MemoryLimit:
        item.id = QStringLiteral("memory");
        item.title = tr("Memory limit");
        item.flags = QStringLiteral("--memory 512m");
        item.explanation = tr("Caps the memory of the container's cgroup; the kernel OOM-kills the container instead "
                              "of the host running out of memory.");
        item.withoutIt = tr("A leak or a hostile input can take all of the host's memory and get other containers "
                            "and host services killed.");
        item.weight = 10;
        break;
    case Check::CpuLimit:
        item.id = QStringLiteral("cpus");
        item.title = tr("CPU limit");
        item.flags = QStringLiteral("--cpus 1");
        item.explanation = tr("Limits the container to a share of the host's CPUs (CFS quota).");
        item.withoutIt = tr("A busy loop or a crypto miner can starve every other workload on the host.");
        item.weight = 5;
        break;
    case Check::PidsLimit:
        item.id = QStringLiteral("pids");
        item.title = tr("Process limit");
        item.flags = QStringLiteral("--pids-limit 256");
        item.explanation = tr("Limits how many processes and threads the container may have at once.");
        item.withoutIt = tr("A fork bomb or a thread leak exhausts the host's process table, and nothing new can "
                            "start anywhere on the host.");
        item.weight = 5;
        break;
    case Check::NetworkNone:
        item.id = QStringLiteral("network-none");
        item.title = tr("No network");
        item.flags = QStringLiteral("--network none");
        item.explanation = tr("Gives the container only a loopback interface. Use it for batch jobs and tools that "
                              "read and write files but never talk to the network.");
        item.withoutIt = tr("Compromised code can download payloads, exfiltrate data and reach other containers and "
                            "services on the host's networks.");
        item.weight = 5;
        break;
    case Check::NotPrivileged:
        item.id = QStringLiteral("not-privileged");
        item.title = tr("Not privileged");
        item.flags = QStringLiteral("no --privileged");
        item.explanation = tr("--privileged grants every capability, all host devices and disables seccomp, AppArmor "
                              "and the read-only /proc and /sys paths. Leave it off.");
        item.withoutIt = tr("A privileged container is root on the host in all but name: it can mount the host's "
                            "disks and load kernel modules.");
        item.weight = 10;
        break;
    }
    return item;
}

std::optional<QString> Hardening::effectiveUser(const RunProfile &profile, const ImageRunInfo *image)
{
    if (!profile.user.isEmpty())
        return profile.user;
    if (image)
        return image->user;
    return std::nullopt;
}

bool Hardening::isRootUser(const QString &user)
{
    const QString name = userPart(user);
    return name.isEmpty() || name == QLatin1String("root") || name == QLatin1String("0");
}

Hardening::Report Hardening::evaluate(const RunProfile &p, const ImageRunInfo *image)
{
    Report report;
    int applicable = 0;
    int applied = 0;
    const bool publishesPorts = !p.ports.isEmpty() || p.publishAll;
    for (const Check check : allChecks()) {
        Item item = describe(check);
        bool on = false;
        bool relevant = true;
        switch (check) {
        case Check::ReadOnlyRoot:
            on = p.readOnlyRootfs;
            break;
        case Check::DropAllCapabilities:
            on = p.hasCapDrop(QStringLiteral("ALL"));
            if (on && !p.capAdd.isEmpty())
                item.detail = tr("Added back: %1").arg(p.capAdd.join(QLatin1String(", ")));
            break;
        case Check::NoNewPrivileges:
            on = p.hasSecurityOpt(noNewPrivileges)
                && !p.securityOpt.contains(noNewPrivileges + QLatin1String("=false"));
            break;
        case Check::NonRootUser: {
            const auto user = effectiveUser(p, image);
            on = user && !isRootUser(*user);
            if (!user)
                item.detail = tr("The image's USER is not known; set --user or inspect the image");
            else if (p.user.isEmpty())
                item.detail = on ? tr("The image runs as %1").arg(*user) : tr("The image runs as root");
            break;
        }
        case Check::Init:
            on = p.init.value_or(false);
            break;
        case Check::TmpfsWritablePaths: {
            bool anyTmpfs = !p.tmpfs.isEmpty();
            bool allHardened = true;
            for (const RunProfile::Tmpfs &t : p.tmpfs)
                allHardened = allHardened && tmpfsHardened(t);
            for (const RunProfile::Mount &m : p.mounts) {
                if (m.type == RunProfile::Mount::Type::Tmpfs) {
                    anyTmpfs = true;
                    allHardened = allHardened && mountHardened(m);
                }
            }
            relevant = anyTmpfs || p.readOnlyRootfs;
            on = anyTmpfs && allHardened;
            if (anyTmpfs && !allHardened)
                item.detail = tr("A tmpfs lacks a size or nosuid,nodev,noexec");
            break;
        }
        case Check::CachesInTmp: {
            relevant = p.readOnlyRootfs;
            on = true;
            for (const char *var : cacheVars) {
                const RunProfile::EnvVar *env = p.findEnv(QLatin1String(var));
                on = on && env && env->hasValue && p.isPathWritable(env->value);
            }
            break;
        }
        case Check::MemoryLimit:
            on = p.memoryBytes > 0;
            break;
        case Check::CpuLimit:
            on = p.nanoCpus > 0;
            break;
        case Check::PidsLimit:
            on = p.pidsLimit.value_or(0) > 0;
            break;
        case Check::NetworkNone:
            on = p.network == QLatin1String("none");
            relevant = on || !publishesPorts;
            if (!relevant)
                item.detail = tr("The container publishes ports, so it needs a network");
            break;
        case Check::NotPrivileged:
            on = !p.privileged;
            if (!on)
                item.detail = tr("While --privileged is set the score stays at %1 or below, whatever else is "
                                 "ticked: the other checks no longer protect much.")
                                  .arg(PrivilegedScoreCap);
            break;
        }
        item.status = !relevant ? Status::NotApplicable : on ? Status::Applied : Status::Missing;
        if (relevant) {
            applicable += item.weight;
            if (on)
                applied += item.weight;
        }
        report.items.append(item);
    }
    report.score = applicable == 0 ? 100 : (applied * 100 + applicable / 2) / applicable;
    if (p.privileged && report.score > PrivilegedScoreCap) {
        report.score = PrivilegedScoreCap;
        report.scoreNote
            = tr("--privileged caps the score at %1: it grants every capability and all host devices and turns "
                 "off seccomp and AppArmor, so the other checks protect little while it is set.")
                  .arg(PrivilegedScoreCap);
    }
    report.warnings = warnings(p, image);
    return report;
}

RunWarnings Hardening::warnings(const RunProfile &p, const ImageRunInfo *image)
{
    using S = RunWarning::Severity;
    RunWarnings out;
    if (p.image.isEmpty())
        out << make(S::Error, "no-image", "image", tr("No image is set"));

    static const QRegularExpression validName(QStringLiteral("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$"));
    if (!p.name.isEmpty() && !validName.match(p.name).hasMatch())
        out << make(S::Error, "invalid-name", "name",
            tr("The name \"%1\" is invalid: use letters, digits, '_', '.' and '-', starting with a letter or "
               "digit")
                .arg(p.name));

    if (p.autoRemove && !p.restartPolicy.isEmpty() && p.restartPolicy != QLatin1String("no"))
        out << make(S::Error, "autoremove-restart", "restartPolicy",
            tr("--rm cannot be combined with --restart %1: the engine refuses to create the container")
                .arg(p.restartPolicy));

    if (p.readOnlyRootfs && !p.isPathWritable(QStringLiteral("/tmp")))
        out << make(S::Warning, "read-only-no-tmp", "tmpfs",
            tr("The root filesystem is read-only but /tmp is not writable; programs that create temporary "
               "files will fail. Add --tmpfs /tmp."));

    if (p.readOnlyRootfs) {
        const RunProfile::EnvVar *home = p.findEnv(QStringLiteral("HOME"));
        QString homeDir = home && home->hasValue ? home->value
            : image                              ? image->envValue(QStringLiteral("HOME"))
                                                 : QString();
        if (!homeDir.isEmpty() && !p.isPathWritable(homeDir))
            out << make(S::Warning, "read-only-home", "env",
                tr("HOME (%1) is on the read-only root; tools that write caches or settings will fail. Point "
                   "HOME, XDG_CACHE_HOME and XDG_CONFIG_HOME at /tmp.")
                    .arg(homeDir));
    }

    const auto user = effectiveUser(p, image);
    if (user && isRootUser(*user)) {
        out << make(S::Warning, "root-user", "user",
            p.user.isEmpty() ? tr("The image's USER is root (or not set) and no --user is given; the process "
                                  "runs as root")
                             : tr("--user %1 runs the process as root").arg(p.user));
    }
    if (image && image->passwdKnown && !p.user.isEmpty()) {
        const QString name = userPart(p.user);
        if (!name.isEmpty() && !isNumeric(name) && !image->passwdUsers.contains(name))
            out << make(S::Error, RunWarningCode::UnknownUser.data(), "user",
                tr("User \"%1\" does not exist in the image's /etc/passwd; the container will fail to start. "
                   "Use a numeric uid or a user the image defines.")
                    .arg(name));
    }

    // Low ports need NET_BIND_SERVICE unless the runtime lowered net.ipv4.ip_unprivileged_port_start.
    const bool nonRoot = user && !isRootUser(*user);
    const bool noBindCap = (p.hasCapDrop(QStringLiteral("ALL")) || p.hasCapDrop(QStringLiteral("NET_BIND_SERVICE")))
        && !p.hasCapAdd(QStringLiteral("NET_BIND_SERVICE")) && !p.privileged;
    if (nonRoot && noBindCap) {
        QStringList low;
        for (const RunProfile::Port &port : p.ports) {
            if (firstPort(port.containerPort) < 1024)
                low << port.containerPort;
        }
        for (const QString &e : p.expose) {
            if (firstPort(e) < 1024)
                low << e;
        }
        if (!low.isEmpty()) {
            const bool hostNet = p.network == QLatin1String("host");
            out << make(hostNet ? S::Error : S::Warning, "low-port-no-cap", "ports",
                tr("Port %1 is below 1024, the process runs as non-root and all capabilities are dropped "
                   "without NET_BIND_SERVICE: binding fails with \"permission denied\" on host networking, "
                   "rootless engines and engines that keep the kernel's unprivileged port start. Use a port "
                   "of 1024 or more inside the container, or --cap-add=NET_BIND_SERVICE.")
                    .arg(low.join(QLatin1String(", "))));
        }
    }

    if (p.privileged && (!p.capDrop.isEmpty() || p.readOnlyRootfs))
        out << make(S::Warning, "privileged", "privileged",
            tr("--privileged grants every capability and all devices; --cap-drop and the other hardening "
               "flags no longer protect much"));
    else if (p.privileged)
        out << make(
            S::Warning, "privileged", "privileged", tr("--privileged grants every capability and all host devices"));

    if ((!p.ports.isEmpty() || p.publishAll)
        && (p.network == QLatin1String("none") || p.network == QLatin1String("host")
            || p.network.startsWith(QLatin1String("container:"))))
        out << make(S::Warning, "ports-ignored", "ports",
            tr("Published ports have no effect with --network %1").arg(p.network));

    for (const RunProfile::Tmpfs &t : p.tmpfs) {
        if (t.size.isEmpty())
            out << make(S::Info, "tmpfs-no-size", "tmpfs",
                tr("The tmpfs at %1 has no size limit; it may grow to half of the host's memory").arg(t.target));
    }

    QStringList targets;
    for (const RunProfile::Tmpfs &t : p.tmpfs)
        targets << t.target;
    for (const RunProfile::Mount &m : p.mounts)
        targets << m.target;
    QStringList seen;
    for (const QString &target : std::as_const(targets)) {
        if (seen.contains(target))
            out << make(S::Error, "duplicate-mount", "mounts",
                tr("%1 is mounted twice; the engine refuses duplicate mount points").arg(target));
        seen << target;
    }

    for (const RunProfile::Mount &m : p.mounts) {
        if (m.type == RunProfile::Mount::Type::Bind
            && (m.source.startsWith(QLatin1Char('.')) || m.source.startsWith(QLatin1Char('~'))))
            out << make(S::Warning, "bind-relative", "mounts",
                tr("The bind source %1 is not an absolute path; the engine needs an absolute host path").arg(m.source));
    }

    // The engine's floor is 6 MiB (moby's linuxMinMemory), the `--memory 6m` the user would type.
    constexpr qint64 MinMemoryBytes = 6 * 1024 * 1024;
    if (p.memoryBytes > 0 && p.memoryBytes < MinMemoryBytes)
        out << make(S::Error, "memory-too-low", "memoryBytes",
            tr("The memory limit is below the engine's minimum of %1 (%2)")
                .arg(RunUnits::formatBytes(MinMemoryBytes), formatBytes(MinMemoryBytes)));
    return out;
}

void Hardening::setApplied(RunProfile &p, Check check, bool on)
{
    switch (check) {
    case Check::ReadOnlyRoot:
        p.readOnlyRootfs = on;
        break;
    case Check::DropAllCapabilities:
        p.capDrop.removeIf(
            [](const QString &c) { return RunProfile::normalizedCapability(c) == QLatin1String("ALL"); });
        if (on)
            p.capDrop.prepend(QStringLiteral("ALL"));
        break;
    case Check::NoNewPrivileges:
        p.securityOpt.removeIf([](const QString &o) { return o.startsWith(noNewPrivileges); });
        if (on)
            p.securityOpt.append(noNewPrivileges);
        break;
    case Check::NonRootUser:
        if (on && isRootUser(p.user))
            p.user = QStringLiteral("65534:65534");
        else if (!on)
            p.user.clear();
        break;
    case Check::Init:
        p.init = on ? std::optional<bool>(true) : std::nullopt;
        break;
    case Check::TmpfsWritablePaths:
        if (on) {
            bool haveTmp = false;
            for (RunProfile::Tmpfs &t : p.tmpfs) {
                t.nosuid = t.nodev = t.noexec = true;
                if (t.size.isEmpty())
                    t.size = QStringLiteral("64m");
                haveTmp = haveTmp || t.target == QLatin1String("/tmp");
            }
            if (!haveTmp) {
                RunProfile::Tmpfs tmp;
                tmp.target = QStringLiteral("/tmp");
                tmp.size = QStringLiteral("256m");
                p.tmpfs.prepend(tmp);
            }
        } else {
            p.tmpfs.removeIf([](const RunProfile::Tmpfs &t) { return t.target == QLatin1String("/tmp"); });
        }
        break;
    case Check::CachesInTmp:
        for (int i = 2; i >= 0; --i) {
            const QString name = QLatin1String(cacheVars[i]);
            p.env.removeIf([&name](const RunProfile::EnvVar &v) { return v.name == name; });
            if (on)
                p.env.prepend({name, QLatin1String(cacheValues[i]), true});
        }
        break;
    case Check::MemoryLimit:
        p.memoryBytes = on ? (p.memoryBytes > 0 ? p.memoryBytes : 512LL * 1024 * 1024) : 0;
        break;
    case Check::CpuLimit:
        p.nanoCpus = on ? (p.nanoCpus > 0 ? p.nanoCpus : 1000000000LL) : 0;
        break;
    case Check::PidsLimit:
        p.pidsLimit = on ? std::optional<qint64>(p.pidsLimit.value_or(0) > 0 ? *p.pidsLimit : 256) : std::nullopt;
        break;
    case Check::NetworkNone:
        if (on)
            p.network = QStringLiteral("none");
        else if (p.network == QLatin1String("none"))
            p.network.clear();
        break;
    case Check::NotPrivileged:
        p.privileged = !on;
        break;
    }
}

QList<Hardening::WritablePath> Hardening::productionWritablePaths(const ImageRunInfo *image)
{
    QList<WritablePath> paths {
        {QStringLiteral("/tmp"), QStringLiteral("256m"), tr("temporary files, and HOME and the caches")}};
    const QString appDir = QStringLiteral("/app");
    const QString logs = QStringLiteral("/app/logs");
    if (image && image->workingDir == appDir && !image->volumes.contains(logs))
        paths.append(
            {logs, QStringLiteral("64m"), tr("the image works in /app, the guide's layout, which logs there")});
    return paths;
}

QString Hardening::productionWritablePathsNote(const ImageRunInfo *image)
{
    const QList<WritablePath> paths = productionWritablePaths(image);
    QStringList parts;
    for (const WritablePath &w : paths)
        parts << tr("%1 (%2): %3").arg(w.path, w.size, w.reason);
    QString note = tr("Production posture adds tmpfs for %1.").arg(parts.join(QLatin1String("; ")));
    if (paths.size() == 1) {
        if (!image)
            note += QLatin1Char(' ')
                + tr("The image is not inspected yet, so no path of its own was added; add a tmpfs for any other "
                     "path the application writes to.");
        else
            note += QLatin1Char(' ')
                + tr("The image's working directory is %1, not the guide's /app, so the guide's /app/logs was not "
                     "added; add a tmpfs for any other path the application writes to.")
                      .arg(image->workingDir.isEmpty() ? QStringLiteral("/") : image->workingDir);
    }
    return note;
}

void Hardening::applyProductionPosture(RunProfile &p, const ImageRunInfo *image)
{
    QStringList extra;
    for (const WritablePath &w : productionWritablePaths(image)) {
        if (w.path != QLatin1String("/tmp"))
            extra << w.path;
    }
    applyProductionPosture(p, extra);
}

void Hardening::applyProductionPosture(RunProfile &p, const QStringList &appWritablePaths)
{
    setApplied(p, Check::Init, true);
    setApplied(p, Check::ReadOnlyRoot, true);
    setApplied(p, Check::NotPrivileged, true);
    if (!p.hasCapDrop(QStringLiteral("ALL")))
        setApplied(p, Check::DropAllCapabilities, true);
    if (!p.hasSecurityOpt(noNewPrivileges))
        setApplied(p, Check::NoNewPrivileges, true);
    auto addTmpfs = [&p](const QString &target, const QString &size) {
        for (RunProfile::Tmpfs &t : p.tmpfs) {
            if (t.target == target) {
                t.nosuid = t.nodev = t.noexec = true;
                if (t.size.isEmpty())
                    t.size = size;
                return;
            }
        }
        RunProfile::Tmpfs t;
        t.target = target;
        t.size = size;
        p.tmpfs.append(t);
    };
    addTmpfs(QStringLiteral("/tmp"), QStringLiteral("256m"));
    for (const QString &path : appWritablePaths)
        addTmpfs(path, QStringLiteral("64m"));
    setApplied(p, Check::CachesInTmp, true);
}

} // namespace Dockwright::Core
