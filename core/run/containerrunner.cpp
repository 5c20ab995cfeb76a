// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerrunner.h"

#include "containercreatebody.h"
#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Dockwright::Core {

namespace {

enum class Step { Create, Start };

// Adds what the user can do about the usual run failures to the engine's own message.
EngineError explained(EngineError error, Step step, const RunProfile &profile)
{
    const QString said = error.engineMessage.isEmpty() ? error.message : error.engineMessage;
    if (error.kind != EngineError::Kind::Http)
        return error;
    if (step == Step::Create) {
        error.message = ContainerRunner::tr("Cannot create the container: %1").arg(said);
        if (error.httpStatus == 404)
            error.hint = ContainerRunner::tr("The image %1 is not on this engine; build or pull it first (the API "
                                             "never pulls on create).")
                             .arg(profile.image);
        else if (error.httpStatus == 409)
            error.hint = ContainerRunner::tr("A container named %1 already exists; remove it or choose another "
                                             "--name.")
                             .arg(profile.name);
    } else {
        error.message = ContainerRunner::tr("Cannot start the container: %1").arg(said);
        if (said.contains(QLatin1String("port is already allocated"))
            || said.contains(QLatin1String("address already in use")))
            error.hint = ContainerRunner::tr("Another container or program already uses that host port; choose a "
                                             "different host port with -p.");
        else if (said.contains(QLatin1String("unable to find user"))
            || said.contains(QLatin1String("no matching entries in passwd")))
            error.hint = ContainerRunner::tr("The user %1 does not exist in the image; use a numeric uid[:gid] or a "
                                             "user from the image's /etc/passwd.")
                             .arg(profile.user);
        else if (said.contains(QLatin1String("executable file not found"))
            || said.contains(QLatin1String("no such file or directory")))
            error.hint = ContainerRunner::tr("The command or entrypoint does not exist in the image.");
    }
    return error;
}

} // namespace

ContainerRunner::ContainerRunner(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ContainerRunner::~ContainerRunner()
{
    // Calls in flight are children of the client; abandoning them closes their connections.
    if (m_logs)
        m_logs->abort();
    if (m_wait)
        m_wait->abort();
}

void ContainerRunner::start(const RunProfile &profile, bool follow)
{
    m_profile = profile;
    m_follow = follow;
    m_demux = LogDemultiplexer(profile.tty);
    m_removeAfter = follow && profile.autoRemove;
    m_state = State::Creating;
    if (!m_client) {
        fail(EngineError::make(EngineError::Kind::Unsupported, tr("No engine connection")), false);
        return;
    }
    QJsonObject body = ContainerCreateBody::build(profile);
    if (m_removeAfter) {
        QJsonObject host = body.value(QLatin1String("HostConfig")).toObject();
        host.insert(QStringLiteral("AutoRemove"), false);
        body.insert(QStringLiteral("HostConfig"), host);
    }
    EngineCall *call = m_client->send(EngineApi::createContainer(body, profile.name, profile.platform));
    connect(call, &EngineCall::finished, this, [this, call] { onCreated(call); });
}

void ContainerRunner::onCreated(EngineCall *call)
{
    if (call->error()) {
        fail(explained(call->error(), Step::Create, m_profile), false);
        return;
    }
    const QJsonObject reply = call->jsonObject();
    m_id = reply.value(QLatin1String("Id")).toString();
    const QJsonArray warnings = reply.value(QLatin1String("Warnings")).toArray();
    for (const QJsonValue &w : warnings)
        m_engineWarnings << w.toString();
    if (m_id.isEmpty()) {
        fail(EngineError::make(EngineError::Kind::Malformed, tr("The engine created a container but sent no id")),
            false);
        return;
    }
    Q_EMIT created(m_id);
    m_state = State::Starting;
    EngineCall *startCall = m_client->send(EngineApi::containerAction(m_id, EngineApi::ContainerAction::Start));
    connect(startCall, &EngineCall::finished, this, [this, startCall] { onStarted(startCall); });
}

void ContainerRunner::onStarted(EngineCall *call)
{
    if (call->error()) {
        // docker run removes a --rm container whose start failed; so do we, whichever side removes it.
        fail(explained(call->error(), Step::Start, m_profile), m_profile.autoRemove);
        return;
    }
    m_state = State::Running;
    Q_EMIT started(m_id);
    if (!m_follow) {
        finish();
        return;
    }
    followOutput();
}

void ContainerRunner::followOutput()
{
    EngineApi::LogsOptions logs;
    logs.follow = true;
    logs.standardOutput = true;
    logs.standardError = true;
    m_logs = m_client->send(EngineApi::containerLogs(m_id, logs)); // no idle limit
    connect(m_logs, &EngineCall::data, this, [this](const QByteArray &chunk) {
        const QList<LogRecord> records = m_demux.feed(chunk);
        for (const LogRecord &record : records)
            Q_EMIT output(record);
    });
    connect(m_logs, &EngineCall::finished, this, [this] {
        const QList<LogRecord> records = m_demux.finish();
        for (const LogRecord &record : records)
            Q_EMIT output(record);
        m_logsDone = true;
        maybeDone();
    });

    m_wait = m_client->send(EngineApi::waitContainer(m_id, EngineApi::WaitCondition::NotRunning)); // no idle limit
    connect(m_wait, &EngineCall::finished, this, [this, call = m_wait.data()] {
        if (call->error()) {
            m_error = call->error();
        } else {
            const QJsonObject reply = call->jsonObject();
            m_exitCode = reply.value(QLatin1String("StatusCode")).toInt(-1);
            const QString waitError
                = reply.value(QLatin1String("Error")).toObject().value(QLatin1String("Message")).toString();
            if (!waitError.isEmpty())
                m_error = EngineError::make(
                    EngineError::Kind::InBand, tr("Waiting for the container failed: %1").arg(waitError));
        }
        m_waitDone = true;
        maybeDone();
    });
}

void ContainerRunner::maybeDone()
{
    if (!m_logsDone || !m_waitDone)
        return;
    auto done = [this] {
        if (m_error) {
            fail(m_error, false);
            return;
        }
        m_state = State::Exited;
        Q_EMIT exited(m_exitCode);
        finish();
    };
    if (!m_removeAfter) {
        done();
        return;
    }
    EngineCall *call = m_client->send(EngineApi::removeContainer(m_id, {.force = false, .volumes = true}));
    connect(call, &EngineCall::finished, this, done);
}

void ContainerRunner::stop(int timeoutSeconds)
{
    if (m_id.isEmpty() || !m_client)
        return;
    EngineRequest request = EngineApi::containerAction(m_id, EngineApi::ContainerAction::Stop, timeoutSeconds);
    request.timeoutMs = (timeoutSeconds + 30) * 1000;
    m_client->send(request);
}

void ContainerRunner::signal(const QString &signal)
{
    if (m_id.isEmpty() || !m_client || m_state != State::Running)
        return;
    m_client->send(EngineApi::killContainer(m_id, signal));
}

void ContainerRunner::fail(const EngineError &error, bool removeContainer)
{
    m_error = error;
    m_state = State::Failed;
    if (removeContainer && !m_id.isEmpty() && m_client) {
        m_client->send(EngineApi::removeContainer(m_id, {.force = true, .volumes = true}));
    }
    Q_EMIT failed(m_error);
    finish();
}

void ContainerRunner::finish()
{
    Q_EMIT finished();
}

} // namespace Dockwright::Core
