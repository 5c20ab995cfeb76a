// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "containerstats.h"
#include "core/engine/containerstate.h"
#include "core/engine/engineapi.h"
#include "core/engine/engineerror.h"
#include "core/run/logdemultiplexer.h"
#include "core/run/logrecord.h"
#include "core/run/runprofile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Dockwright::Core {
class ContainerRunner;
class EngineCall;
class EngineClient;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

// The run panel's container: creates and starts it (ContainerRunner, detached), then follows its
// logs (with timestamps, so a restart resumes without duplicates), its state and health (inspect once
// a second) and its CPU/memory (the stats stream). Everything is asynchronous; nothing blocks the GUI.
class ContainerController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerController)
public:
    // What inspect says about the container.
    struct State
    {
        QString id;
        QString name;
        Core::ContainerState status = Core::ContainerState::Unknown; // Unknown while there is no container
        int exitCode = 0;
        QString health; // starting, healthy, unhealthy; "" = no healthcheck
        bool oomKilled = false;
        QString error; // the runtime's start error, if any
    };

    explicit ContainerController(Core::EngineClient *client, QObject *parent = nullptr);
    ~ContainerController() override;

    // Creates and starts a container; the previous one (if any) is left as it is and no longer followed.
    void run(const Core::RunProfile &profile);
    // Follows an existing container instead (one picked from the list of containers this form started):
    // its whole log, its state and, while it runs, its stats. The actions then act on it.
    void attach(const QString &id);
    void stop(int timeoutSeconds = 10);
    void kill();
    void restart();
    void remove();

    const State &state() const { return m_state; }
    QString containerId() const { return m_state.id; }
    bool hasContainer() const { return !m_state.id.isEmpty() && m_state.status != Core::ContainerState::Removed; }
    bool isRunning() const { return m_state.status == Core::ContainerState::Running; }
    bool isBusy() const { return m_runner != nullptr; }

Q_SIGNALS:
    void stateChanged(const Dockwright::Ui::ContainerController::State &state);
    void output(const QList<Dockwright::Core::LogRecord> &records);
    void statsChanged(const Dockwright::Ui::ContainerStats &stats);
    // A user-facing note for the log (started, exited with code, removed).
    void note(const QString &text);
    void failed(const QString &message);

private:
    void follow(const QString &id);
    void startLogs();
    void startStats();
    void poll();
    void onInspected(Core::EngineCall *call, const QString &id);
    void action(Core::EngineApi::ContainerAction action, std::optional<int> timeoutSeconds, const QString &doneNote);
    void setState(const State &state);

    QPointer<Core::EngineClient> m_client;
    Core::ContainerRunner *m_runner = nullptr;
    QTimer *m_pollTimer = nullptr;
    QPointer<Core::EngineCall> m_logs;
    QPointer<Core::EngineCall> m_stats;
    QPointer<Core::EngineCall> m_inspect;
    Core::LogDemultiplexer m_demux;
    QDateTime m_lastLogTime;
    State m_state;
};

} // namespace Dockwright::Ui

Q_DECLARE_METATYPE(Dockwright::Ui::ContainerController::State)
