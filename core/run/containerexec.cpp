// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerexec.h"

#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "logdemultiplexer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

namespace Dockwright::Core {

ContainerExec::ContainerExec(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ContainerExec::~ContainerExec()
{
    cancel();
}

void ContainerExec::start(const QString &containerId, const QStringList &command, const Options &options)
{
    if (m_running)
        return;
    m_running = true;
    m_result = Result();
    m_execId.clear();
    m_timeoutMs = options.timeoutMs;
    if (!m_client) {
        m_result.error = EngineError::make(EngineError::Kind::Unsupported, tr("No engine connection"));
        done();
        return;
    }
    QJsonObject body {
        {QStringLiteral("AttachStdin"), false},
        {QStringLiteral("AttachStdout"), true},
        {QStringLiteral("AttachStderr"), true},
        {QStringLiteral("Tty"), false},
        {QStringLiteral("Cmd"), QJsonArray::fromStringList(command)},
    };
    if (!options.user.isEmpty())
        body.insert(QStringLiteral("User"), options.user);
    if (!options.workingDir.isEmpty())
        body.insert(QStringLiteral("WorkingDir"), options.workingDir);
    if (!options.env.isEmpty())
        body.insert(QStringLiteral("Env"), QJsonArray::fromStringList(options.env));
    EngineCall *call = m_client->send(EngineApi::createExec(containerId, body));
    m_call = call;
    connect(call, &EngineCall::finished, this, [this, call] { onCreated(call); });
}

void ContainerExec::cancel()
{
    if (!m_running)
        return;
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    m_running = false;
}

void ContainerExec::onCreated(EngineCall *call)
{
    if (call->error()) {
        m_result.error = call->error();
        m_result.httpStatus = call->httpStatus();
        done();
        return;
    }
    m_result.created = true;
    m_execId = call->jsonObject().value(QLatin1String("Id")).toString();
    EngineRequest start = EngineApi::startExec(m_execId);
    start.timeoutMs = m_timeoutMs;
    auto demux = std::make_shared<LogDemultiplexer>(false, false);
    EngineCall *startCall = m_client->send(start);
    m_call = startCall;
    auto collect = [this](const QList<LogRecord> &records) {
        for (const LogRecord &r : records) {
            if (r.stream == LogRecord::Stream::Stderr)
                m_result.err += r.payload;
            else
                m_result.out += r.payload;
        }
    };
    connect(
        startCall, &EngineCall::data, this, [demux, collect](const QByteArray &chunk) { collect(demux->feed(chunk)); });
    connect(startCall, &EngineCall::finished, this, [this, startCall, demux, collect] {
        collect(demux->finish());
        onStarted(startCall);
    });
}

void ContainerExec::onStarted(EngineCall *call)
{
    // The engine hijacks the connection for an attached exec and ends the output by closing it, which
    // Qt reports as a reply cut short; the exec's own state (inspected next) says whether it finished.
    const bool closedByEngine = call->error().kind == EngineError::Kind::Interrupted && call->httpStatus() == 200;
    if (call->error() && !closedByEngine) {
        m_result.error = call->error();
        m_result.httpStatus = call->httpStatus();
        done();
        return;
    }
    EngineCall *inspect = m_client->send(EngineApi::inspectExec(m_execId));
    m_call = inspect;
    connect(inspect, &EngineCall::finished, this, [this, inspect] {
        if (!inspect->error())
            m_result.exitCode = inspect->jsonObject().value(QLatin1String("ExitCode")).toInt(-1);
        done();
    });
}

void ContainerExec::done()
{
    m_running = false;
    m_call = nullptr;
    Q_EMIT finished(m_result);
}

} // namespace Dockwright::Core
