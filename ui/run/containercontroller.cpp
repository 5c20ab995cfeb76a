// SPDX-License-Identifier: GPL-3.0-or-later
#include "containercontroller.h"

#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/run/containerrunner.h"

#include <QJsonObject>
#include <QTimer>

namespace Dockwright::Ui {

using namespace Dockwright::Core;

ContainerController::ContainerController(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setInterval(1000);
    connect(m_pollTimer, &QTimer::timeout, this, &ContainerController::poll);
}

ContainerController::~ContainerController()
{
    for (EngineCall *call : {m_logs.data(), m_stats.data(), m_inspect.data()}) {
        if (call)
            call->abort();
    }
}

void ContainerController::run(const RunProfile &profile)
{
    if (m_runner || !m_client)
        return;
    for (EngineCall *call : {m_logs.data(), m_stats.data()}) {
        if (call)
            call->abort();
    }
    m_logs = nullptr;
    m_stats = nullptr;
    m_pollTimer->stop();
    setState({});
    m_runner = new ContainerRunner(m_client, this);
    connect(m_runner, &ContainerRunner::created, this, [this](const QString &id) {
        State s;
        s.id = id;
        s.status = ContainerState::Created;
        setState(s);
    });
    connect(m_runner, &ContainerRunner::failed, this,
        [this](const EngineError &error) { Q_EMIT failed(error.toString()); });
    connect(m_runner, &ContainerRunner::finished, this, [this] {
        const bool ok = m_runner->state() == ContainerRunner::State::Running;
        const QString id = m_runner->containerId();
        const QStringList warnings = m_runner->engineWarnings();
        m_runner->deleteLater();
        m_runner = nullptr;
        for (const QString &warning : warnings)
            Q_EMIT note(tr("Engine warning: %1").arg(warning));
        if (ok)
            follow(id);
        else if (!id.isEmpty())
            poll();
    });
    m_runner->start(profile, false);
}

void ContainerController::attach(const QString &id)
{
    if (m_runner || id.isEmpty() || id == m_state.id)
        return;
    for (EngineCall *call : {m_logs.data(), m_stats.data(), m_inspect.data()}) {
        if (call)
            call->abort();
    }
    m_logs = nullptr;
    m_stats = nullptr;
    m_inspect = nullptr;
    m_lastLogTime = {};
    State s;
    s.id = id;
    setState(s);
    // The log of an ended container is read once to its end; a running one's stream stays open.
    startLogs();
    m_pollTimer->start();
    poll();
}

void ContainerController::follow(const QString &id)
{
    m_lastLogTime = {};
    State s = m_state;
    s.id = id;
    s.status = ContainerState::Running;
    setState(s);
    Q_EMIT note(tr("Started container %1").arg(id.left(12)));
    startLogs();
    startStats();
    m_pollTimer->start();
    poll();
}

void ContainerController::startLogs()
{
    if (m_logs || !m_client || m_state.id.isEmpty())
        return;
    EngineApi::LogsOptions logs;
    logs.follow = true;
    logs.standardOutput = true;
    logs.standardError = true;
    // Always with timestamps: the view shows or hides them, and a resumed stream skips what it had.
    logs.timestamps = true;
    logs.since = m_lastLogTime; // invalid until something was shown: from the start
    m_demux = LogDemultiplexer(false, true);
    m_logs = m_client->send(EngineApi::containerLogs(m_state.id, logs));
    // Only a resumed stream repeats what was shown: skip up to where the previous one ended. Within one
    // stream nothing is dropped, since Podman's timestamps have whole seconds and lines share them.
    const QDateTime resumeAfter = m_lastLogTime;
    auto deliver = [this, resumeAfter](QList<LogRecord> records) {
        if (resumeAfter.isValid())
            records.removeIf(
                [&resumeAfter](const LogRecord &r) { return r.timestamp.isValid() && r.timestamp <= resumeAfter; });
        for (const LogRecord &r : std::as_const(records)) {
            if (r.timestamp.isValid() && (!m_lastLogTime.isValid() || r.timestamp > m_lastLogTime))
                m_lastLogTime = r.timestamp;
        }
        if (!records.isEmpty())
            Q_EMIT output(records);
    };
    // A stream of a container no longer followed (aborted by attach or run) delivers nothing more.
    EngineCall *call = m_logs;
    connect(call, &EngineCall::data, this, [this, call, deliver](const QByteArray &chunk) {
        if (call == m_logs)
            deliver(m_demux.feed(chunk));
    });
    connect(call, &EngineCall::finished, this, [this, call, deliver] {
        if (call == m_logs)
            deliver(m_demux.finish());
    });
}

void ContainerController::startStats()
{
    if (m_stats || !m_client || m_state.id.isEmpty())
        return;
    m_stats = m_client->send(EngineApi::containerStats(m_state.id));
    EngineCall *call = m_stats;
    connect(call, &EngineCall::jsonLine, this, [this, call](const QJsonObject &object) {
        const ContainerStats stats = ContainerStats::fromJson(object);
        if (stats.valid && call == m_stats)
            Q_EMIT statsChanged(stats);
    });
}

void ContainerController::poll()
{
    if (m_inspect || !m_client || m_state.id.isEmpty())
        return;
    const QString id = m_state.id;
    m_inspect = m_client->send(EngineApi::inspectContainer(id));
    EngineCall *call = m_inspect;
    connect(call, &EngineCall::finished, this, [this, call, id] { onInspected(call, id); });
}

void ContainerController::onInspected(EngineCall *call, const QString &id)
{
    if (id != m_state.id)
        return; // a newer container replaced this one
    State s = m_state;
    if (call->httpStatus() == 404) {
        // Removed here or by --rm.
        s.status = ContainerState::Removed;
        s.health.clear();
        m_pollTimer->stop();
        if (m_state.status != s.status)
            Q_EMIT note(tr("The container was removed"));
        setState(s);
        return;
    }
    if (call->error())
        return;
    const QJsonObject info = call->jsonObject();
    const QJsonObject st = info.value(QLatin1String("State")).toObject();
    s.name = info.value(QLatin1String("Name")).toString().mid(1);
    s.status = ContainerStates::fromApi(st.value(QLatin1String("Status")).toString());
    s.exitCode = st.value(QLatin1String("ExitCode")).toInt();
    s.oomKilled = st.value(QLatin1String("OOMKilled")).toBool();
    s.error = st.value(QLatin1String("Error")).toString();
    s.health = st.value(QLatin1String("Health")).toObject().value(QLatin1String("Status")).toString();
    const bool wasRunning = m_state.status == ContainerState::Running;
    const bool running = s.status == ContainerState::Running;
    if (wasRunning && !running && s.status == ContainerState::Exited)
        Q_EMIT note(s.oomKilled ? tr("The container was killed: out of memory (exit code %1)").arg(s.exitCode)
                                : tr("The container exited with code %1").arg(s.exitCode));
    setState(s);
    // After a restart (ours, a restart policy or someone else's) the streams need to be picked up again.
    if (running) {
        startLogs();
        startStats();
    }
}

void ContainerController::action(
    EngineApi::ContainerAction action, std::optional<int> timeoutSeconds, const QString &doneNote)
{
    if (!m_client || m_state.id.isEmpty())
        return;
    EngineRequest request = EngineApi::containerAction(m_state.id, action, timeoutSeconds);
    request.timeoutMs = 60000;
    EngineCall *call = m_client->send(request);
    connect(call, &EngineCall::finished, this, [this, call, doneNote] {
        if (call->error()) {
            Q_EMIT failed(call->error().toString());
        } else if (!doneNote.isEmpty()) {
            Q_EMIT note(doneNote);
        }
        poll();
    });
}

void ContainerController::stop(int timeoutSeconds)
{
    action(EngineApi::ContainerAction::Stop, timeoutSeconds, {});
}

void ContainerController::kill()
{
    action(EngineApi::ContainerAction::Kill, std::nullopt, {});
}

void ContainerController::restart()
{
    action(EngineApi::ContainerAction::Restart, 10, tr("Restarted"));
    m_pollTimer->start();
}

void ContainerController::remove()
{
    if (!m_client || m_state.id.isEmpty())
        return;
    EngineCall *call = m_client->send(EngineApi::removeContainer(m_state.id, {.force = true, .volumes = true}));
    connect(call, &EngineCall::finished, this, [this, call] {
        if (call->error() && call->httpStatus() != 404) {
            Q_EMIT failed(call->error().toString());
            return;
        }
        poll();
    });
}

void ContainerController::setState(const State &state)
{
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

} // namespace Dockwright::Ui
