// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Dockwright::Core {

// One line of an image's run configuration in plain words (`inspect`'s Configuration section and the
// Layers area's Configuration tab). Env, ports, volumes and labels give one row per item.
struct ImageConfigRow
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::ImageConfigRow)
public:
    enum class Field {
        User,
        WorkingDir,
        Entrypoint,
        Cmd,
        NoCommand,
        Env,
        ExposedPort,
        Volume,
        Healthcheck,
        StopSignal,
        Label
    };
    Field field = Field::User;
    QString value;

    // "User", "Working dir", ... (translated).
    static QString fieldName(Field field);
    // What the field means for a container and where it comes from in the Dockerfile.
    static QString fieldHelp(Field field);
};

// What an image says about how it wants to run (image inspect "Config"), plus what the caller learned
// about its users. Used to prefill a RunProfile and to check it (root user, unknown user).
struct ImageRunInfo
{
    QStringList exposedPorts; // "8080/tcp", in the image's order
    QStringList env; // "K=V"
    QString user; // USER; "" means root
    QStringList entrypoint;
    QStringList cmd;
    QString workingDir;
    QStringList volumes;
    QStringList healthcheckTest; // Healthcheck.Test
    qint64 healthIntervalNs = 0;
    qint64 healthTimeoutNs = 0;
    qint64 healthStartPeriodNs = 0;
    int healthRetries = 0;
    QMap<QString, QString> labels;
    QString stopSignal;

    // name -> uid from the image's /etc/passwd, when the caller read it; empty means unknown, in which
    // case a user name cannot be checked (numeric uids always work).
    QMap<QString, int> passwdUsers;
    bool passwdKnown = false;

    // Reads GET /images/{name}/json (the whole reply, or just its "Config" object).
    static ImageRunInfo fromInspect(const QJsonObject &inspect);
    // Parses /etc/passwd text ("name:x:uid:gid:...") into passwdUsers and sets passwdKnown.
    void setPasswd(const QByteArray &passwdText);
    // Value of an ENV entry declared by the image, or a null string.
    QString envValue(const QString &name) const;
    bool declaresEnv(const QString &name) const { return !envValue(name).isNull(); }
    // The configuration as rows, in docker inspect's order; user and working dir always (root and /
    // when the image sets none), a NoCommand row when there is neither entrypoint nor cmd.
    QList<ImageConfigRow> configRows() const;

    friend bool operator==(const ImageRunInfo &, const ImageRunInfo &) = default;
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::ImageRunInfo)
