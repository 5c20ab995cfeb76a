// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace Dockwright::Core {

struct ImageRunInfo;

// Everything `docker run` can say about one container that Dockwright supports, as a plain value the
// run panel binds to. DockerRunCommand turns it into (and back from) a command line, ContainerCreateBody
// into the Engine API create body, Hardening scores it. Empty/zero fields mean "engine or image default".
struct RunProfile
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::RunProfile)
public:
    // One -p/--publish entry. Ports are strings because both sides may be ranges ("8080-8081").
    struct Port
    {
        QString hostIp; // "" = all interfaces; IPv6 without brackets
        QString hostPort; // "" = engine picks a free port
        QString containerPort; // "80" or "80-81"
        QString protocol = QStringLiteral("tcp");

        friend bool operator==(const Port &, const Port &) = default;
    };

    // -e NAME=VALUE, or -e NAME (hasValue false) to pass the caller's environment variable through.
    struct EnvVar
    {
        QString name;
        QString value;
        bool hasValue = true;

        friend bool operator==(const EnvVar &, const EnvVar &) = default;
    };

    // A -v or --mount entry. Bind mounts of data are read-only unless the user asks for write access,
    // so the default here is readOnly = true; the command parser sets what the command says.
    struct Mount
    {
        enum class Type { Bind, Volume, Tmpfs };
        enum class Syntax { VolumeFlag, MountFlag }; // -v src:dst[:opts] vs --mount type=...,...

        Type type = Type::Bind;
        Syntax syntax = Syntax::VolumeFlag;
        QString source; // host path (bind), volume name (volume; "" = anonymous), unused for tmpfs
        QString target;
        bool readOnly = true;
        QStringList options; // -v extras ("z", "rprivate", "nocopy"), kept in order
        QString bindPropagation; // --mount bind-propagation=
        bool volumeNoCopy = false; // --mount volume-nocopy
        qint64 tmpfsSizeBytes = 0; // --mount tmpfs-size= (0 = unlimited, half the RAM)
        int tmpfsMode = 0; // --mount tmpfs-mode= as a number (01777 = 1023); 0 = default

        friend bool operator==(const Mount &, const Mount &) = default;
    };

    // A --tmpfs PATH:OPTIONS entry (HostConfig.Tmpfs). The hardening defaults are nosuid,nodev,noexec.
    struct Tmpfs
    {
        QString target;
        QString size; // "256m" as docker/mount take it; "" = unlimited
        QString mode; // octal text ("1777"); "" = default
        bool readOnly = false;
        bool nosuid = true;
        bool nodev = true;
        bool noexec = true;
        QStringList extraOptions; // anything else (uid=, gid=, exec, ...), kept in order

        QString optionsText() const; // "rw,nosuid,nodev,noexec,size=256m"
        friend bool operator==(const Tmpfs &, const Tmpfs &) = default;
    };

    // --health-* flags. Durations are nanoseconds; 0 = inherit the image's value.
    struct Healthcheck
    {
        QStringList test; // ["CMD-SHELL", cmd], ["CMD", args...] or ["NONE"]; empty = inherit
        qint64 intervalNs = 0;
        qint64 timeoutNs = 0;
        qint64 startPeriodNs = 0;
        int retries = 0;
        // Copied from the image for display only: not re-sent, because the image already carries it.
        bool inherited = false;

        bool isSet() const
        {
            return !inherited && (!test.isEmpty() || intervalNs || timeoutNs || startPeriodNs || retries);
        }
        friend bool operator==(const Healthcheck &, const Healthcheck &) = default;
    };

    QString image;
    QString name;
    QStringList command; // arguments after the image; empty = image CMD
    std::optional<QString> entrypoint; // --entrypoint; "" resets the image's ENTRYPOINT
    QString workingDir;
    QString user; // "name", "uid", "uid:gid"; "" = image USER
    QString hostname;
    QString platform; // --platform, sent as the create query parameter

    QList<Port> ports;
    bool publishAll = false; // -P
    QStringList expose; // --expose 80/tcp
    QList<EnvVar> env;
    QMap<QString, QString> labels;
    QList<Mount> mounts;
    QList<Tmpfs> tmpfs;

    QString network; // "" = default bridge; bridge, host, none, container:ID, or a network name
    QString restartPolicy; // "" = no; always, unless-stopped, on-failure
    int restartMaxRetries = 0; // on-failure:N
    bool autoRemove = false; // --rm
    bool detach = false; // -d
    bool interactive = false; // -i
    bool tty = false; // -t
    std::optional<bool> init; // --init; unset = daemon default

    // Hardening.
    bool readOnlyRootfs = false;
    bool privileged = false;
    QStringList capAdd;
    QStringList capDrop;
    QStringList securityOpt;
    qint64 memoryBytes = 0; // --memory; 0 = unlimited
    qint64 nanoCpus = 0; // --cpus x 1e9; 0 = unlimited
    std::optional<qint64> pidsLimit; // --pids-limit; unset = daemon default, -1/0 unlimited

    Healthcheck healthcheck;
    QString stopSignal;
    std::optional<int> stopTimeout;

    // Prefills a profile from an inspected image: publishes every EXPOSEd port on the same host port,
    // takes the image's USER and HEALTHCHECK (shown, not re-sent), and copies ENVIRONMENT, LOG_LEVEL and
    // PORT when the image declares them, since those are the knobs people change per deployment.
    static RunProfile fromImage(const QString &imageRef, const ImageRunInfo &info);

    // Environment helpers keep the order of -e flags, which is the order the engine sees.
    const EnvVar *findEnv(const QString &envName) const;
    void setEnv(const QString &envName, const QString &value);
    bool hasCapDrop(const QString &cap) const;
    bool hasCapAdd(const QString &cap) const;
    bool hasSecurityOpt(const QString &key) const; // matches "key", "key=..." and "key:..."
    // Every path in the container that stays writable under --read-only: tmpfs, binds and volumes not ro.
    QStringList writablePaths() const;
    bool isPathWritable(const QString &path) const;

    // "CAP_NET_ADMIN" and "net_admin" name the same capability; docker accepts both. Returns "NET_ADMIN".
    static QString normalizedCapability(const QString &cap);

    friend bool operator==(const RunProfile &, const RunProfile &) = default;
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::RunProfile)
