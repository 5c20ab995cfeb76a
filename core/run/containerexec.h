// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/engineerror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace Dockwright::Core {

class EngineCall;
class EngineClient;

// Runs one command inside a running container, as `docker exec` does: POST /containers/{id}/exec,
// POST /exec/{id}/start attached without a TTY (so stdout and stderr arrive apart, multiplexed), then
// GET /exec/{id}/json for the exit code. The command runs in the container's root and working
// directory unless options say otherwise.
class ContainerExec final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerExec)
public:
    struct Options
    {
        QString user; // --user; empty: the container's
        QString workingDir; // --workdir; empty: the container's
        QStringList env; // --env NAME=value
        int timeoutMs = 30000;
    };

    struct Result
    {
        QByteArray out;
        QByteArray err;
        int exitCode = -1; // -1 when it did not run to the end
        bool created = false; // the engine accepted the exec (false: container gone, stopped, ...)
        int httpStatus = 0; // of the failed call, when error is set (409: the container is not running)
        EngineError error;
    };

    explicit ContainerExec(EngineClient *client, QObject *parent = nullptr);
    ~ContainerExec() override;

    // Starts the command; ends with finished(). A second call while running is ignored.
    void start(const QString &containerId, const QStringList &command, const Options &options);
    void start(const QString &containerId, const QStringList &command) { start(containerId, command, Options()); }
    // Abandons the running exec (the process in the container is not killed: the engine has no call for it).
    void cancel();
    bool isRunning() const { return m_running; }
    const Result &result() const { return m_result; }

Q_SIGNALS:
    void finished(const Dockwright::Core::ContainerExec::Result &result);

private:
    void onCreated(EngineCall *call);
    void onStarted(EngineCall *call);
    void done();

    QPointer<EngineClient> m_client;
    QPointer<EngineCall> m_call;
    QString m_execId;
    int m_timeoutMs = 30000;
    Result m_result;
    bool m_running = false;
};

} // namespace Dockwright::Core
