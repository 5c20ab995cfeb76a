// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerruncommand.h"

#include "rununits.h"
#include "shellwords.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Dockwright::Core {

namespace {

enum class Arg { None, Value };

struct FlagSpec
{
    const char *name;
    char shortName;
    Arg arg;
    bool supported;
};

// Every `docker run` flag of docker/cli (cli/command/container/opts.go, run.go), so that unsupported ones
// are named and their values skipped instead of being mistaken for the image.
constexpr FlagSpec flagTable[] = {
    // Supported.
    {"name", 0, Arg::Value, true},
    {"entrypoint", 0, Arg::Value, true},
    {"workdir", 'w', Arg::Value, true},
    {"user", 'u', Arg::Value, true},
    {"hostname", 'h', Arg::Value, true},
    {"platform", 0, Arg::Value, true},
    {"publish", 'p', Arg::Value, true},
    {"publish-all", 'P', Arg::None, true},
    {"expose", 0, Arg::Value, true},
    {"env", 'e', Arg::Value, true},
    {"env-file", 0, Arg::Value, true},
    {"label", 'l', Arg::Value, true},
    {"volume", 'v', Arg::Value, true},
    {"mount", 0, Arg::Value, true},
    {"tmpfs", 0, Arg::Value, true},
    {"network", 0, Arg::Value, true},
    {"net", 0, Arg::Value, true},
    {"restart", 0, Arg::Value, true},
    {"rm", 0, Arg::None, true},
    {"detach", 'd', Arg::None, true},
    {"interactive", 'i', Arg::None, true},
    {"tty", 't', Arg::None, true},
    {"init", 0, Arg::None, true},
    {"read-only", 0, Arg::None, true},
    {"privileged", 0, Arg::None, true},
    {"cap-add", 0, Arg::Value, true},
    {"cap-drop", 0, Arg::Value, true},
    {"security-opt", 0, Arg::Value, true},
    {"memory", 'm', Arg::Value, true},
    {"cpus", 0, Arg::Value, true},
    {"pids-limit", 0, Arg::Value, true},
    {"health-cmd", 0, Arg::Value, true},
    {"health-interval", 0, Arg::Value, true},
    {"health-timeout", 0, Arg::Value, true},
    {"health-start-period", 0, Arg::Value, true},
    {"health-retries", 0, Arg::Value, true},
    {"no-healthcheck", 0, Arg::None, true},
    {"stop-signal", 0, Arg::Value, true},
    {"stop-timeout", 0, Arg::Value, true},
    // Known but not modelled: named in a warning, value skipped.
    {"add-host", 0, Arg::Value, false},
    {"annotation", 0, Arg::Value, false},
    {"attach", 'a', Arg::Value, false},
    {"blkio-weight", 0, Arg::Value, false},
    {"blkio-weight-device", 0, Arg::Value, false},
    {"cgroup-parent", 0, Arg::Value, false},
    {"cgroupns", 0, Arg::Value, false},
    {"cidfile", 0, Arg::Value, false},
    {"cpu-count", 0, Arg::Value, false},
    {"cpu-percent", 0, Arg::Value, false},
    {"cpu-period", 0, Arg::Value, false},
    {"cpu-quota", 0, Arg::Value, false},
    {"cpu-rt-period", 0, Arg::Value, false},
    {"cpu-rt-runtime", 0, Arg::Value, false},
    {"cpu-shares", 'c', Arg::Value, false},
    {"cpuset-cpus", 0, Arg::Value, false},
    {"cpuset-mems", 0, Arg::Value, false},
    {"detach-keys", 0, Arg::Value, false},
    {"device", 0, Arg::Value, false},
    {"device-cgroup-rule", 0, Arg::Value, false},
    {"device-read-bps", 0, Arg::Value, false},
    {"device-read-iops", 0, Arg::Value, false},
    {"device-write-bps", 0, Arg::Value, false},
    {"device-write-iops", 0, Arg::Value, false},
    {"disable-content-trust", 0, Arg::None, false},
    {"dns", 0, Arg::Value, false},
    {"dns-opt", 0, Arg::Value, false},
    {"dns-option", 0, Arg::Value, false},
    {"dns-search", 0, Arg::Value, false},
    {"domainname", 0, Arg::Value, false},
    {"gpus", 0, Arg::Value, false},
    {"group-add", 0, Arg::Value, false},
    {"health-start-interval", 0, Arg::Value, false},
    {"io-maxbandwidth", 0, Arg::Value, false},
    {"io-maxiops", 0, Arg::Value, false},
    {"ip", 0, Arg::Value, false},
    {"ip6", 0, Arg::Value, false},
    {"ipc", 0, Arg::Value, false},
    {"isolation", 0, Arg::Value, false},
    {"kernel-memory", 0, Arg::Value, false},
    {"label-file", 0, Arg::Value, false},
    {"link", 0, Arg::Value, false},
    {"link-local-ip", 0, Arg::Value, false},
    {"log-driver", 0, Arg::Value, false},
    {"log-opt", 0, Arg::Value, false},
    {"mac-address", 0, Arg::Value, false},
    {"memory-reservation", 0, Arg::Value, false},
    {"memory-swap", 0, Arg::Value, false},
    {"memory-swappiness", 0, Arg::Value, false},
    {"network-alias", 0, Arg::Value, false},
    {"oom-kill-disable", 0, Arg::None, false},
    {"oom-score-adj", 0, Arg::Value, false},
    {"pid", 0, Arg::Value, false},
    {"pull", 0, Arg::Value, false},
    {"quiet", 'q', Arg::None, false},
    {"runtime", 0, Arg::Value, false},
    {"shm-size", 0, Arg::Value, false},
    {"sig-proxy", 0, Arg::None, false},
    {"storage-opt", 0, Arg::Value, false},
    {"sysctl", 0, Arg::Value, false},
    {"ulimit", 0, Arg::Value, false},
    {"use-api-socket", 0, Arg::None, false},
    {"userns", 0, Arg::Value, false},
    {"uts", 0, Arg::Value, false},
    {"volume-driver", 0, Arg::Value, false},
    {"volumes-from", 0, Arg::Value, false},
};

const FlagSpec *findLong(QStringView name)
{
    for (const FlagSpec &spec : flagTable) {
        if (name == QLatin1StringView(spec.name))
            return &spec;
    }
    return nullptr;
}

const FlagSpec *findShort(QChar c)
{
    for (const FlagSpec &spec : flagTable) {
        if (spec.shortName && c == QLatin1Char(spec.shortName))
            return &spec;
    }
    return nullptr;
}

std::optional<std::pair<int, int>> parsePortRange(const QString &text)
{
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    bool ok1 = false;
    bool ok2 = false;
    const int start = (dash < 0 ? text : text.left(dash)).toInt(&ok1);
    const int end = dash < 0 ? start : text.mid(dash + 1).toInt(&ok2);
    if (!ok1 || (dash >= 0 && !ok2) || start < 1 || end > 65535 || start > end)
        return std::nullopt;
    return std::make_pair(start, end);
}

std::optional<bool> parseBool(const QString &text)
{
    const QString lower = text.toLower();
    if (lower.isEmpty() || lower == QLatin1String("true") || lower == QLatin1String("1"))
        return true;
    if (lower == QLatin1String("false") || lower == QLatin1String("0"))
        return false;
    return std::nullopt;
}

// CSV fields as docker/cli reads --mount values: commas split, double quotes protect commas.
QStringList splitCsv(const QString &text)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char(',') && !quoted) {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

QString csvField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool isBindSource(const QString &source)
{
    return source.startsWith(QLatin1Char('/')) || source.startsWith(QLatin1Char('.'))
        || source.startsWith(QLatin1Char('~'));
}

RunWarning warning(RunWarning::Severity severity, const char *code, const QString &field, const QString &message)
{
    return RunWarning {severity, QString::fromLatin1(code), field, message};
}

// Applies one flag to a profile. Lives in a struct so tr() has the DockerRunCommand context.
struct FlagApplier
{
    RunProfile &profile;
    RunWarnings &warnings;
    QList<RunProfile::EnvVar> &envFileVars;

    void invalid(const QString &flag, const QString &value, const QString &why)
    {
        warnings.append(warning(RunWarning::Severity::Error, "invalid-value", flag,
            DockerRunCommand::tr("%1 %2: %3; the flag was ignored").arg(flag, value, why)));
    }

    void setBool(const QString &flag, const QString &value, bool hasValue, bool &target)
    {
        const auto parsed = parseBool(hasValue ? value : QString());
        if (!parsed)
            invalid(flag, value, DockerRunCommand::tr("expected true or false"));
        else
            target = *parsed;
    }

    void apply(const FlagSpec &spec, const QString &value, bool hasValue)
    {
        const QString name = QLatin1String(spec.name);
        const QString flag = QLatin1String("--") + name;
        if (!spec.supported) {
            warnings.append(warning(RunWarning::Severity::Warning, "unsupported-flag", flag,
                DockerRunCommand::tr("%1 is not supported by Dockwright and was ignored").arg(flag)));
            return;
        }
        QString error;
        if (name == QLatin1String("name")) {
            profile.name = value;
        } else if (name == QLatin1String("entrypoint")) {
            profile.entrypoint = value;
        } else if (name == QLatin1String("workdir")) {
            profile.workingDir = value;
        } else if (name == QLatin1String("user")) {
            profile.user = value;
        } else if (name == QLatin1String("hostname")) {
            profile.hostname = value;
        } else if (name == QLatin1String("platform")) {
            profile.platform = value;
        } else if (name == QLatin1String("publish")) {
            if (const auto port = DockerRunCommand::parsePublish(value, &error))
                profile.ports.append(*port);
            else
                invalid(flag, value, error);
        } else if (name == QLatin1String("publish-all")) {
            setBool(flag, value, hasValue, profile.publishAll);
        } else if (name == QLatin1String("expose")) {
            profile.expose.append(value);
        } else if (name == QLatin1String("env")) {
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (eq == 0 || value.isEmpty())
                invalid(flag, value, DockerRunCommand::tr("variable name is empty"));
            else if (eq < 0)
                profile.env.append({value, QString(), false});
            else
                profile.env.append({value.left(eq), value.mid(eq + 1), true});
        } else if (name == QLatin1String("env-file")) {
            if (const auto vars = DockerRunCommand::readEnvFile(value, &error)) {
                envFileVars.append(*vars);
                warnings.append(warning(RunWarning::Severity::Info, "env-file-inlined", flag,
                    DockerRunCommand::tr("Variables of %1 were read and are kept as -e flags").arg(value)));
            } else {
                warnings.append(warning(RunWarning::Severity::Warning, "unsupported-flag", flag,
                    DockerRunCommand::tr("--env-file %1 is not supported here: %2; its variables are missing")
                        .arg(value, error)));
            }
        } else if (name == QLatin1String("label")) {
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            profile.labels.insert(eq < 0 ? value : value.left(eq), eq < 0 ? QString() : value.mid(eq + 1));
        } else if (name == QLatin1String("volume")) {
            if (const auto mount = DockerRunCommand::parseVolume(value, &error))
                profile.mounts.append(*mount);
            else
                invalid(flag, value, error);
        } else if (name == QLatin1String("mount")) {
            if (const auto mount = DockerRunCommand::parseMount(value, &error))
                profile.mounts.append(*mount);
            else
                invalid(flag, value, error);
        } else if (name == QLatin1String("tmpfs")) {
            if (const auto tmpfs = DockerRunCommand::parseTmpfs(value, &error))
                profile.tmpfs.append(*tmpfs);
            else
                invalid(flag, value, error);
        } else if (name == QLatin1String("network") || name == QLatin1String("net")) {
            if (!profile.network.isEmpty() && profile.network != value) {
                warnings.append(warning(RunWarning::Severity::Warning, "unsupported-flag", QStringLiteral("--network"),
                    DockerRunCommand::tr("Only one --network is supported; %1 was ignored").arg(value)));
            } else {
                profile.network = value;
            }
        } else if (name == QLatin1String("restart")) {
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            const QString policy = colon < 0 ? value : value.left(colon);
            static const QStringList policies {QStringLiteral("no"), QStringLiteral("always"),
                QStringLiteral("unless-stopped"), QStringLiteral("on-failure")};
            bool ok = true;
            const int retries = colon < 0 ? 0 : value.mid(colon + 1).toInt(&ok);
            if (!policies.contains(policy))
                invalid(flag, value, DockerRunCommand::tr("unknown restart policy"));
            else if (!ok || retries < 0 || (colon >= 0 && policy != QLatin1String("on-failure")))
                invalid(flag, value, DockerRunCommand::tr("only on-failure takes a retry count (on-failure:3)"));
            else {
                profile.restartPolicy = policy;
                profile.restartMaxRetries = retries;
            }
        } else if (name == QLatin1String("rm")) {
            setBool(flag, value, hasValue, profile.autoRemove);
        } else if (name == QLatin1String("detach")) {
            setBool(flag, value, hasValue, profile.detach);
        } else if (name == QLatin1String("interactive")) {
            setBool(flag, value, hasValue, profile.interactive);
        } else if (name == QLatin1String("tty")) {
            setBool(flag, value, hasValue, profile.tty);
        } else if (name == QLatin1String("init")) {
            bool on = false;
            setBool(flag, value, hasValue, on);
            if (parseBool(hasValue ? value : QString()))
                profile.init = on;
        } else if (name == QLatin1String("read-only")) {
            setBool(flag, value, hasValue, profile.readOnlyRootfs);
        } else if (name == QLatin1String("privileged")) {
            setBool(flag, value, hasValue, profile.privileged);
        } else if (name == QLatin1String("cap-add")) {
            profile.capAdd.append(value);
        } else if (name == QLatin1String("cap-drop")) {
            profile.capDrop.append(value);
        } else if (name == QLatin1String("security-opt")) {
            profile.securityOpt.append(value);
            if (value.startsWith(QLatin1String("seccomp=")) && value != QLatin1String("seccomp=unconfined")
                && value != QLatin1String("seccomp=builtin") && !value.mid(8).trimmed().startsWith(QLatin1Char('{'))) {
                warnings.append(warning(RunWarning::Severity::Warning, "seccomp-file", flag,
                    DockerRunCommand::tr("The docker CLI inlines the seccomp profile file %1; Dockwright "
                                         "sends the option as written, so the engine will reject it")
                        .arg(value.mid(8))));
            }
        } else if (name == QLatin1String("memory")) {
            if (const auto bytes = RunUnits::parseBytes(value))
                profile.memoryBytes = *bytes;
            else
                invalid(flag, value, DockerRunCommand::tr("expected a size such as 512m or 1g"));
        } else if (name == QLatin1String("cpus")) {
            if (const auto cpus = RunUnits::parseCpus(value))
                profile.nanoCpus = *cpus;
            else
                invalid(flag, value, DockerRunCommand::tr("expected a number of CPUs such as 0.5 or 2"));
        } else if (name == QLatin1String("pids-limit")) {
            bool ok = false;
            const qint64 limit = value.toLongLong(&ok);
            if (ok)
                profile.pidsLimit = limit;
            else
                invalid(flag, value, DockerRunCommand::tr("expected a whole number"));
        } else if (name == QLatin1String("health-cmd")) {
            profile.healthcheck.test = {QStringLiteral("CMD-SHELL"), value};
        } else if (name.startsWith(QLatin1String("health-")) && name != QLatin1String("health-retries")) {
            const auto ns = RunUnits::parseDuration(value);
            if (!ns) {
                invalid(flag, value, DockerRunCommand::tr("expected a duration such as 30s or 1m30s"));
                return;
            }
            if (name == QLatin1String("health-interval"))
                profile.healthcheck.intervalNs = *ns;
            else if (name == QLatin1String("health-timeout"))
                profile.healthcheck.timeoutNs = *ns;
            else
                profile.healthcheck.startPeriodNs = *ns;
        } else if (name == QLatin1String("health-retries")) {
            bool ok = false;
            const int retries = value.toInt(&ok);
            if (ok)
                profile.healthcheck.retries = retries;
            else
                invalid(flag, value, DockerRunCommand::tr("expected a whole number"));
        } else if (name == QLatin1String("no-healthcheck")) {
            bool on = false;
            setBool(flag, value, hasValue, on);
            if (on)
                profile.healthcheck.test = {QStringLiteral("NONE")};
        } else if (name == QLatin1String("stop-signal")) {
            profile.stopSignal = value;
        } else if (name == QLatin1String("stop-timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (ok)
                profile.stopTimeout = seconds;
            else
                invalid(flag, value, DockerRunCommand::tr("expected a number of seconds"));
        }
    }
};

} // namespace

// ---- single values ------------------------------------------------------------------------------

std::optional<RunProfile::Port> DockerRunCommand::parsePublish(const QString &spec, QString *error)
{
    RunProfile::Port port;
    QString rest = spec.trimmed();
    const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0) {
        port.protocol = rest.mid(slash + 1).toLower();
        rest = rest.left(slash);
        if (port.protocol != QLatin1String("tcp") && port.protocol != QLatin1String("udp")
            && port.protocol != QLatin1String("sctp")) {
            *error = tr("unknown protocol \"%1\" (tcp, udp or sctp)").arg(port.protocol);
            return std::nullopt;
        }
    }
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1String("]:"));
        if (close < 0) {
            *error = tr("an IPv6 address needs the form [addr]:host:container");
            return std::nullopt;
        }
        port.hostIp = rest.mid(1, close - 1);
        rest = rest.mid(close + 2);
    }
    QStringList parts = rest.split(QLatin1Char(':'));
    if (!port.hostIp.isEmpty()) {
        if (parts.size() != 2) {
            *error = tr("expected [addr]:host:container");
            return std::nullopt;
        }
        port.hostPort = parts.at(0);
        port.containerPort = parts.at(1);
    } else if (parts.size() == 1) {
        port.containerPort = parts.at(0);
    } else if (parts.size() == 2) {
        port.hostPort = parts.at(0);
        port.containerPort = parts.at(1);
    } else if (parts.size() == 3) {
        port.hostIp = parts.at(0);
        port.hostPort = parts.at(1);
        port.containerPort = parts.at(2);
    } else {
        *error = tr("expected [ip:][hostPort:]containerPort[/protocol]");
        return std::nullopt;
    }
    const auto container = parsePortRange(port.containerPort);
    if (!container) {
        *error = tr("invalid container port \"%1\"").arg(port.containerPort);
        return std::nullopt;
    }
    if (!port.hostPort.isEmpty()) {
        const auto host = parsePortRange(port.hostPort);
        if (!host) {
            *error = tr("invalid host port \"%1\"").arg(port.hostPort);
            return std::nullopt;
        }
        const int containerCount = container->second - container->first;
        const int hostCount = host->second - host->first;
        // docker allows a host range for a single container port (the engine picks one of them).
        if (containerCount != hostCount && containerCount != 0) {
            *error = tr("host and container port ranges differ in size");
            return std::nullopt;
        }
    }
    return port;
}

QString DockerRunCommand::formatPublish(const RunProfile::Port &port)
{
    QString text;
    if (!port.hostIp.isEmpty())
        text
            = (port.hostIp.contains(QLatin1Char(':')) ? QLatin1Char('[') + port.hostIp + QLatin1Char(']') : port.hostIp)
            + QLatin1Char(':');
    if (!port.hostPort.isEmpty() || !port.hostIp.isEmpty())
        text += port.hostPort + QLatin1Char(':');
    text += port.containerPort;
    if (port.protocol != QLatin1String("tcp"))
        text += QLatin1Char('/') + port.protocol;
    return text;
}

std::optional<RunProfile::Mount> DockerRunCommand::parseVolume(const QString &spec, QString *error)
{
    RunProfile::Mount mount;
    mount.syntax = RunProfile::Mount::Syntax::VolumeFlag;
    mount.readOnly = false;
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() == 1) {
        mount.type = RunProfile::Mount::Type::Volume; // anonymous volume
        mount.target = parts.at(0);
    } else if (parts.size() <= 3) {
        mount.source = parts.at(0);
        mount.target = parts.at(1);
        mount.type = isBindSource(mount.source) ? RunProfile::Mount::Type::Bind : RunProfile::Mount::Type::Volume;
        if (parts.size() == 3) {
            const QStringList options = parts.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &option : options) {
                if (option == QLatin1String("ro"))
                    mount.readOnly = true;
                else if (option != QLatin1String("rw"))
                    mount.options.append(option);
            }
        }
    } else {
        *error = tr("expected [source:]target[:options]");
        return std::nullopt;
    }
    if (mount.source.isEmpty() && parts.size() > 1) {
        *error = tr("the source is empty");
        return std::nullopt;
    }
    if (!mount.target.startsWith(QLatin1Char('/'))) {
        *error = tr("the target \"%1\" is not an absolute path").arg(mount.target);
        return std::nullopt;
    }
    return mount;
}

std::optional<RunProfile::Mount> DockerRunCommand::parseMount(const QString &spec, QString *error)
{
    RunProfile::Mount mount;
    mount.syntax = RunProfile::Mount::Syntax::MountFlag;
    mount.type = RunProfile::Mount::Type::Volume; // docker's default when type= is missing
    mount.readOnly = false;
    const QStringList fields = splitCsv(spec);
    for (const QString &field : fields) {
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? field : field.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : field.mid(eq + 1);
        if (key == QLatin1String("type")) {
            if (value == QLatin1String("bind"))
                mount.type = RunProfile::Mount::Type::Bind;
            else if (value == QLatin1String("volume"))
                mount.type = RunProfile::Mount::Type::Volume;
            else if (value == QLatin1String("tmpfs"))
                mount.type = RunProfile::Mount::Type::Tmpfs;
            else {
                *error = tr("mount type \"%1\" is not supported (bind, volume, tmpfs)").arg(value);
                return std::nullopt;
            }
        } else if (key == QLatin1String("source") || key == QLatin1String("src")) {
            mount.source = value;
        } else if (key == QLatin1String("target") || key == QLatin1String("destination")
            || key == QLatin1String("dst")) {
            mount.target = value;
        } else if (key == QLatin1String("readonly") || key == QLatin1String("ro")) {
            const auto on = parseBool(value);
            if (!on) {
                *error = tr("readonly takes true or false");
                return std::nullopt;
            }
            mount.readOnly = *on;
        } else if (key == QLatin1String("bind-propagation")) {
            mount.bindPropagation = value;
        } else if (key == QLatin1String("volume-nocopy")) {
            const auto on = parseBool(value);
            if (!on) {
                *error = tr("volume-nocopy takes true or false");
                return std::nullopt;
            }
            mount.volumeNoCopy = *on;
        } else if (key == QLatin1String("tmpfs-size")) {
            const auto bytes = RunUnits::parseBytes(value);
            if (!bytes) {
                *error = tr("tmpfs-size \"%1\" is not a size").arg(value);
                return std::nullopt;
            }
            mount.tmpfsSizeBytes = *bytes;
        } else if (key == QLatin1String("tmpfs-mode")) {
            bool ok = false;
            mount.tmpfsMode = value.toInt(&ok, 8);
            if (!ok) {
                *error = tr("tmpfs-mode \"%1\" is not an octal mode").arg(value);
                return std::nullopt;
            }
        } else {
            *error = tr("mount option \"%1\" is not supported").arg(key);
            return std::nullopt;
        }
    }
    if (!mount.target.startsWith(QLatin1Char('/'))) {
        *error = tr("a target path is required (target=/path)");
        return std::nullopt;
    }
    if (mount.type == RunProfile::Mount::Type::Bind && mount.source.isEmpty()) {
        *error = tr("a bind mount needs a source");
        return std::nullopt;
    }
    return mount;
}

QString DockerRunCommand::formatMount(const RunProfile::Mount &mount)
{
    using Type = RunProfile::Mount::Type;
    if (mount.syntax == RunProfile::Mount::Syntax::VolumeFlag && mount.type != Type::Tmpfs) {
        QStringList options;
        if (mount.readOnly)
            options << QStringLiteral("ro");
        options << mount.options;
        QString text = mount.source.isEmpty() ? mount.target : mount.source + QLatin1Char(':') + mount.target;
        if (!options.isEmpty())
            text += QLatin1Char(':') + options.join(QLatin1Char(','));
        return text;
    }
    QStringList fields;
    fields << (mount.type == Type::Bind  ? QStringLiteral("type=bind")
            : mount.type == Type::Volume ? QStringLiteral("type=volume")
                                         : QStringLiteral("type=tmpfs"));
    if (!mount.source.isEmpty() && mount.type != Type::Tmpfs)
        fields << csvField(QLatin1String("source=") + mount.source);
    fields << csvField(QLatin1String("target=") + mount.target);
    if (mount.readOnly)
        fields << QStringLiteral("readonly");
    if (!mount.bindPropagation.isEmpty())
        fields << QLatin1String("bind-propagation=") + mount.bindPropagation;
    if (mount.volumeNoCopy)
        fields << QStringLiteral("volume-nocopy");
    if (mount.tmpfsSizeBytes > 0)
        fields << QLatin1String("tmpfs-size=") + RunUnits::formatBytes(mount.tmpfsSizeBytes);
    if (mount.tmpfsMode > 0)
        fields << QLatin1String("tmpfs-mode=") + QString::number(mount.tmpfsMode, 8);
    return fields.join(QLatin1Char(','));
}

std::optional<RunProfile::Tmpfs> DockerRunCommand::parseTmpfs(const QString &spec, QString *error)
{
    RunProfile::Tmpfs tmpfs;
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    tmpfs.target = colon < 0 ? spec : spec.left(colon);
    if (!tmpfs.target.startsWith(QLatin1Char('/'))) {
        *error = tr("the target \"%1\" is not an absolute path").arg(tmpfs.target);
        return std::nullopt;
    }
    const QStringList options
        = colon < 0 ? QStringList() : spec.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &option : options) {
        if (option == QLatin1String("rw"))
            tmpfs.readOnly = false;
        else if (option == QLatin1String("ro"))
            tmpfs.readOnly = true;
        else if (option == QLatin1String("nosuid") || option == QLatin1String("suid"))
            tmpfs.nosuid = option == QLatin1String("nosuid");
        else if (option == QLatin1String("nodev") || option == QLatin1String("dev"))
            tmpfs.nodev = option == QLatin1String("nodev");
        else if (option == QLatin1String("noexec") || option == QLatin1String("exec"))
            tmpfs.noexec = option == QLatin1String("noexec");
        else if (option.startsWith(QLatin1String("size=")))
            tmpfs.size = option.mid(5);
        else if (option.startsWith(QLatin1String("mode=")))
            tmpfs.mode = option.mid(5);
        else
            tmpfs.extraOptions.append(option);
    }
    return tmpfs;
}

QString DockerRunCommand::formatTmpfs(const RunProfile::Tmpfs &tmpfs)
{
    return tmpfs.target + QLatin1Char(':') + tmpfs.optionsText();
}

std::optional<QList<RunProfile::EnvVar>> DockerRunCommand::readEnvFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = tr("cannot read %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return std::nullopt;
    }
    QList<RunProfile::EnvVar> vars;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq == 0) {
            *error = tr("%1: a line has no variable name").arg(path);
            return std::nullopt;
        }
        if (eq < 0)
            vars.append({line, QString(), false});
        else
            vars.append({line.left(eq), line.mid(eq + 1), true});
    }
    return vars;
}

// ---- generation ---------------------------------------------------------------------------------

QList<QStringList> DockerRunCommand::argumentGroups(const RunProfile &p)
{
    QList<QStringList> groups;
    auto add = [&groups](std::initializer_list<QString> words) { groups.append(QStringList(words)); };
    if (p.autoRemove)
        add({QStringLiteral("--rm")});
    if (p.detach)
        add({QStringLiteral("-d")});
    if (p.interactive && p.tty)
        add({QStringLiteral("-it")});
    else if (p.interactive)
        add({QStringLiteral("-i")});
    else if (p.tty)
        add({QStringLiteral("-t")});
    if (!p.name.isEmpty())
        add({QStringLiteral("--name"), p.name});
    if (!p.platform.isEmpty())
        add({QStringLiteral("--platform"), p.platform});
    if (!p.hostname.isEmpty())
        add({QStringLiteral("--hostname"), p.hostname});
    if (p.init)
        add({*p.init ? QStringLiteral("--init") : QStringLiteral("--init=false")});
    if (p.readOnlyRootfs)
        add({QStringLiteral("--read-only")});
    if (p.privileged)
        add({QStringLiteral("--privileged")});
    for (const QString &cap : p.capDrop)
        add({QLatin1String("--cap-drop=") + cap});
    for (const QString &cap : p.capAdd)
        add({QLatin1String("--cap-add=") + cap});
    for (const QString &opt : p.securityOpt)
        add({QLatin1String("--security-opt=") + opt});
    if (!p.user.isEmpty())
        add({QStringLiteral("--user"), p.user});
    if (p.memoryBytes > 0)
        add({QStringLiteral("--memory"), RunUnits::formatBytes(p.memoryBytes)});
    if (p.nanoCpus > 0)
        add({QStringLiteral("--cpus"), RunUnits::formatCpus(p.nanoCpus)});
    if (p.pidsLimit)
        add({QStringLiteral("--pids-limit"), QString::number(*p.pidsLimit)});
    if (!p.restartPolicy.isEmpty()) {
        const QString value = p.restartPolicy == QLatin1String("on-failure") && p.restartMaxRetries > 0
            ? p.restartPolicy + QLatin1Char(':') + QString::number(p.restartMaxRetries)
            : p.restartPolicy;
        add({QStringLiteral("--restart"), value});
    }
    if (!p.network.isEmpty())
        add({QStringLiteral("--network"), p.network});
    for (const RunProfile::Tmpfs &t : p.tmpfs)
        add({QStringLiteral("--tmpfs"), formatTmpfs(t)});
    for (const RunProfile::Mount &m : p.mounts) {
        const bool volumeFlag
            = m.syntax == RunProfile::Mount::Syntax::VolumeFlag && m.type != RunProfile::Mount::Type::Tmpfs;
        add({volumeFlag ? QStringLiteral("-v") : QStringLiteral("--mount"), formatMount(m)});
    }
    for (const RunProfile::Port &port : p.ports)
        add({QStringLiteral("-p"), formatPublish(port)});
    if (p.publishAll)
        add({QStringLiteral("-P")});
    for (const QString &e : p.expose)
        add({QStringLiteral("--expose"), e});
    for (const RunProfile::EnvVar &var : p.env)
        add({QStringLiteral("-e"), var.hasValue ? var.name + QLatin1Char('=') + var.value : var.name});
    for (auto it = p.labels.cbegin(); it != p.labels.cend(); ++it)
        add({QStringLiteral("--label"), it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value()});
    if (!p.workingDir.isEmpty())
        add({QStringLiteral("--workdir"), p.workingDir});
    if (p.entrypoint)
        add({QStringLiteral("--entrypoint"), *p.entrypoint});
    const RunProfile::Healthcheck &h = p.healthcheck;
    if (h.isSet()) {
        if (h.test.value(0) == QLatin1String("NONE")) {
            add({QStringLiteral("--no-healthcheck")});
        } else {
            if (h.test.value(0) == QLatin1String("CMD-SHELL"))
                add({QStringLiteral("--health-cmd"), h.test.value(1)});
            else if (h.test.value(0) == QLatin1String("CMD"))
                add({QStringLiteral("--health-cmd"), ShellWords::join(h.test.mid(1))}); // run by sh, same words
            if (h.intervalNs)
                add({QStringLiteral("--health-interval"), RunUnits::formatDuration(h.intervalNs)});
            if (h.timeoutNs)
                add({QStringLiteral("--health-timeout"), RunUnits::formatDuration(h.timeoutNs)});
            if (h.startPeriodNs)
                add({QStringLiteral("--health-start-period"), RunUnits::formatDuration(h.startPeriodNs)});
            if (h.retries)
                add({QStringLiteral("--health-retries"), QString::number(h.retries)});
        }
    }
    if (!p.stopSignal.isEmpty())
        add({QStringLiteral("--stop-signal"), p.stopSignal});
    if (p.stopTimeout)
        add({QStringLiteral("--stop-timeout"), QString::number(*p.stopTimeout)});
    groups.append(QStringList {p.image} + p.command);
    return groups;
}

QStringList DockerRunCommand::arguments(const RunProfile &profile)
{
    QStringList args;
    const QList<QStringList> groups = argumentGroups(profile);
    for (const QStringList &group : groups)
        args += group;
    return args;
}

QString DockerRunCommand::toShell(const RunProfile &profile, const Options &options)
{
    const QList<QStringList> groups = argumentGroups(profile);
    QString text = ShellWords::quote(options.program) + QLatin1String(" run");
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString group = ShellWords::join(groups.at(i));
        if (options.multiLine && i > 0)
            text += QLatin1String(" \\\n  ") + group;
        else
            text += QLatin1Char(' ') + group;
    }
    return text;
}

// ---- parsing ------------------------------------------------------------------------------------

DockerRunCommand::ParseResult DockerRunCommand::parse(const QString &commandLine)
{
    const ShellWords::Result split = ShellWords::split(commandLine);
    ParseResult result;
    for (const QString &note : split.notes)
        result.warnings.append(warning(RunWarning::Severity::Warning, "shell", QString(), note));
    if (!split.ok()) {
        result.error = split.error;
        return result;
    }
    QStringList words = split.words;
    for (const QString &assignment : ShellWords::stripCommandPrefix(words))
        result.warnings.append(warning(RunWarning::Severity::Info, "shell", QString(),
            tr("The environment assignment %1 before the command was ignored").arg(assignment)));
    if (words.isEmpty()) {
        result.error = tr("The command is empty");
        return result;
    }
    if (!words.first().startsWith(QLatin1Char('-')) && words.first() != QLatin1String("run")) {
        const QString program = QFileInfo(words.first()).fileName();
        if (program != QLatin1String("docker") && program != QLatin1String("podman")
            && program != QLatin1String("nerdctl")) {
            result.error = tr("Not a docker run command: it starts with \"%1\"").arg(words.first());
            return result;
        }
        words.removeFirst();
        qsizetype runAt = -1;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (words.at(i) == QLatin1String("run")) {
                runAt = i;
                break;
            }
        }
        if (runAt < 0) {
            result.error = tr("Not a docker run command: \"run\" is missing");
            return result;
        }
        const QStringList before = words.mid(0, runAt);
        if (!before.isEmpty() && before != QStringList {QStringLiteral("container")}) {
            result.warnings.append(
                warning(RunWarning::Severity::Warning, "unsupported-flag", before.join(QLatin1Char(' ')),
                    tr("Options before \"run\" (%1) were ignored").arg(before.join(QLatin1Char(' ')))));
        }
        words = words.mid(runAt + 1);
    } else if (words.first() == QLatin1String("run")) {
        words.removeFirst();
    }
    ParseResult parsed = parseArguments(words, ArgumentOrder::Docker);
    parsed.warnings = result.warnings + parsed.warnings;
    // Copied from documentation: <image>:<tag> and the like must be filled in, and in a shell they
    // would be redirections. The image's own message (from parseArguments) names it first.
    if (parsed.ok() && !split.placeholders.isEmpty())
        parsed.error = tr("Replace the placeholder %1 with a real value").arg(split.placeholders.first());
    return parsed;
}

bool DockerRunCommand::isKnownFlag(const QString &word)
{
    if (word.size() < 2 || !word.startsWith(QLatin1Char('-')))
        return false;
    if (word.startsWith(QLatin1String("--"))) {
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        return findLong(QStringView(word).mid(2, eq < 0 ? -1 : eq - 2)) != nullptr;
    }
    return findShort(word.at(1)) != nullptr;
}

bool DockerRunCommand::takesNextWord(const QString &word)
{
    if (word.size() < 2 || !word.startsWith(QLatin1Char('-')))
        return false;
    if (word.startsWith(QLatin1String("--"))) {
        if (word.contains(QLatin1Char('=')))
            return false;
        const FlagSpec *spec = findLong(QStringView(word).mid(2));
        return spec && spec->arg == Arg::Value;
    }
    // A short cluster: the first letter that takes a value takes the rest of the word, or the next word.
    for (qsizetype k = 1; k < word.size(); ++k) {
        const FlagSpec *spec = findShort(word.at(k));
        if (spec && spec->arg == Arg::Value)
            return k + 1 == word.size();
    }
    return false;
}

DockerRunCommand::ParseResult DockerRunCommand::parseArguments(const QStringList &args, ArgumentOrder order)
{
    ParseResult result;
    QList<RunProfile::EnvVar> envFileVars;
    FlagApplier applier {result.profile, result.warnings, envFileVars};
    bool flagsDone = false;
    bool haveImage = false;

    auto takeValue = [&](qsizetype &i, const QString &flag, QString *value) {
        if (i + 1 >= args.size()) {
            result.warnings.append(
                warning(RunWarning::Severity::Error, "missing-value", flag, tr("%1 needs a value").arg(flag)));
            return false;
        }
        *value = args.at(++i);
        return true;
    };

    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!flagsDone && arg == QLatin1String("--")) {
            flagsDone = true;
            continue;
        }
        if (flagsDone || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            if (!haveImage) {
                result.profile.image = arg;
                haveImage = true;
                if (order == ArgumentOrder::Docker) {
                    result.profile.command = args.mid(i + 1);
                    break;
                }
            } else {
                result.profile.command.append(arg);
            }
            continue;
        }
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            const QString name = eq < 0 ? arg.mid(2) : arg.mid(2, eq - 2);
            const FlagSpec *spec = findLong(name);
            if (!spec) {
                result.warnings.append(
                    warning(RunWarning::Severity::Warning, "unknown-flag", QLatin1String("--") + name,
                        tr("--%1 is not a docker run flag Dockwright knows; it was ignored "
                           "(if it takes a separate value, that value was read as the image)")
                            .arg(name)));
                continue;
            }
            QString value = eq < 0 ? QString() : arg.mid(eq + 1);
            if (spec->arg == Arg::Value && eq < 0 && !takeValue(i, QLatin1String("--") + name, &value))
                continue;
            applier.apply(*spec, value, eq >= 0);
            continue;
        }
        // Short flags, possibly combined: -it, -dp 80:80, -p8080:80, -e=K=V.
        for (qsizetype k = 1; k < arg.size(); ++k) {
            const QChar c = arg.at(k);
            const FlagSpec *spec = findShort(c);
            if (!spec) {
                result.warnings.append(warning(RunWarning::Severity::Warning, "unknown-flag", QLatin1String("-") + c,
                    tr("-%1 is not a docker run flag Dockwright knows; it was ignored").arg(c)));
                continue;
            }
            if (spec->arg == Arg::None) {
                applier.apply(*spec, QString(), false);
                continue;
            }
            QString value = arg.mid(k + 1);
            if (value.startsWith(QLatin1Char('=')))
                value = value.mid(1);
            if (value.isEmpty() && !takeValue(i, QLatin1String("-") + c, &value))
                break;
            applier.apply(*spec, value, true);
            break;
        }
    }
    // docker/cli reads --env-file variables before the -e ones.
    result.profile.env = envFileVars + result.profile.env;
    static const QRegularExpression placeholder(QStringLiteral("<[A-Za-z][A-Za-z0-9_.-]*>"));
    if (!haveImage || result.profile.image.isEmpty())
        result.error = tr("No image given");
    else if (placeholder.match(result.profile.image).hasMatch())
        result.error = tr("Replace the placeholder %1 with an image name, e.g. myapp:dev").arg(result.profile.image);
    return result;
}

} // namespace Dockwright::Core
