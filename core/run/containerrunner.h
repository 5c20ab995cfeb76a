// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/engineerror.h"
#include "logdemultiplexer.h"
#include "logrecord.h"
#include "runprofile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Dockwright::Core {

class EngineCall;
class EngineClient;

// Runs one RunProfile through the Engine API the way `docker run` does: create, start, then (when
// following) stream the demultiplexed logs and wait for the exit code. With --rm and following, the
// container is created without AutoRemove and removed here once its output is read, because a
// container the engine removes itself can vanish before the logs request reaches it.
class ContainerRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerRunner)
public:
    enum class State { Idle, Creating, Starting, Running, Exited, Failed };
    Q_ENUM(State)

    explicit ContainerRunner(EngineClient *client, QObject *parent = nullptr);
    ~ContainerRunner() override;

    // follow = false is `docker run -d`: finished() right after the start.
    void start(const RunProfile &profile, bool follow = true);
    // Stops the container (SIGTERM, SIGKILL after timeoutSeconds); a following run then ends normally.
    void stop(int timeoutSeconds = 10);
    // Sends one signal to the container's main process ("SIGINT"), as docker run's signal proxy does.
    void signal(const QString &signal);

    State state() const { return m_state; }
    QString containerId() const { return m_id; }
    int exitCode() const { return m_exitCode; }
    const EngineError &error() const { return m_error; }
    QStringList engineWarnings() const { return m_engineWarnings; }

Q_SIGNALS:
    void created(const QString &id);
    void started(const QString &id);
    void output(const Dockwright::Core::LogRecord &record);
    void exited(int exitCode);
    void failed(const Dockwright::Core::EngineError &error);
    void finished(); // always last, after exited() or failed() (or after started() when not following)

private:
    void onCreated(EngineCall *call);
    void onStarted(EngineCall *call);
    void followOutput();
    void maybeDone();
    void fail(const EngineError &error, bool removeContainer);
    void finish();

    QPointer<EngineClient> m_client;
    RunProfile m_profile;
    LogDemultiplexer m_demux;
    QPointer<EngineCall> m_logs;
    QPointer<EngineCall> m_wait;
    QString m_id;
    QStringList m_engineWarnings;
    EngineError m_error;
    State m_state = State::Idle;
    int m_exitCode = -1;
    bool m_follow = true;
    bool m_removeAfter = false;
    bool m_logsDone = false;
    bool m_waitDone = false;
};

} // namespace Dockwright::Core
