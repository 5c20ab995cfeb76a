// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginesession.h"

#include "engineapi.h"
#include "enginecall.h"

#include <QTimer>

namespace Dockwright::Core {

namespace {
constexpr int FirstDelayMs = 1000;
constexpr int MaxDelayMs = 15000;
} // namespace

EngineSession::EngineSession(QObject *parent)
    : QObject(parent)
    , m_client(new EngineClient(this))
    , m_retryTimer(new QTimer(this))
{
    qRegisterMetaType<EngineEvent>();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &EngineSession::retryNow);
    connect(m_client, &EngineClient::connected, this, &EngineSession::onConnected);
    connect(m_client, &EngineClient::connectionFailed, this, &EngineSession::onConnectionFailed);
}

EngineSession::~EngineSession()
{
    stop();
}

void EngineSession::start(const Endpoint &endpoint)
{
    stop();
    m_running = true;
    m_delayMs = FirstDelayMs;
    m_client->setEndpoint(endpoint);
    m_client->connectToEngine();
}

void EngineSession::stop()
{
    m_running = false;
    m_retryTimer->stop();
    if (m_events) {
        EngineCall *events = m_events;
        m_events = nullptr;
        events->disconnect(this);
        events->abort();
    }
}

void EngineSession::retryNow()
{
    if (!m_running)
        return;
    m_retryTimer->stop();
    m_client->connectToEngine();
}

void EngineSession::onConnected(const EngineInfo &info)
{
    if (!m_running)
        return;
    m_delayMs = FirstDelayMs;
    startEvents();
    Q_EMIT connected(info);
}

void EngineSession::onConnectionFailed(const EngineError &error)
{
    lost(error);
}

void EngineSession::startEvents()
{
    if (m_events) {
        m_events->disconnect(this);
        m_events->abort();
    }
    // The event stream is also the heartbeat: when it ends, the engine went away.
    m_events = m_client->send(EngineApi::events());
    EngineCall *call = m_events;
    connect(call, &EngineCall::jsonLine, this,
        [this](const QJsonObject &object) { Q_EMIT engineEvent(EngineEvent::fromJson(object)); });
    connect(call, &EngineCall::finished, this, [this, call] {
        if (m_events != call)
            return;
        m_events = nullptr;
        EngineError error = call->error();
        if (!error)
            error = EngineError::make(EngineError::Kind::Interrupted,
                tr("The engine at %1 closed its event stream.").arg(m_client->endpoint().displayName()),
                tr("The engine may have stopped or restarted; reconnecting."));
        m_client->markLost(error);
        lost(error);
    });
}

void EngineSession::lost(const EngineError &error)
{
    if (!m_running)
        return;
    if (m_events) {
        EngineCall *events = m_events;
        m_events = nullptr;
        events->disconnect(this);
        events->abort();
    }
    const int delay = m_delayMs;
    m_delayMs = std::min(m_delayMs * 2, MaxDelayMs);
    m_retryTimer->start(delay);
    Q_EMIT disconnected(error, delay);
}

} // namespace Dockwright::Core
