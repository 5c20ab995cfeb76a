// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"
#include "engineclient.h"
#include "engineerror.h"
#include "engineevent.h"
#include "engineinfo.h"

#include <QObject>

class QTimer;

namespace Dockwright::Core {

class EngineCall;

// Keeps one engine connection alive for the GUI: connects, watches /events, notices when the engine
// goes away (stream ends, call fails) and reconnects with a growing delay (1 s .. 15 s) until it is back.
class EngineSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineSession)
public:
    explicit EngineSession(QObject *parent = nullptr);
    ~EngineSession() override;

    EngineClient *client() const { return m_client; }
    bool isConnected() const { return m_client->state() == EngineClient::State::Connected; }

    // Starts (or restarts) with this endpoint; reconnects by itself after failures.
    void start(const Endpoint &endpoint);
    void stop();
    // Try now instead of waiting for the next retry.
    void retryNow();
    int retryDelayMs() const { return m_delayMs; }

Q_SIGNALS:
    void connected(const Dockwright::Core::EngineInfo &info);
    // Not connected (first failure or the engine went away); a retry is scheduled in retryInMs.
    void disconnected(const Dockwright::Core::EngineError &error, int retryInMs);
    void engineEvent(const Dockwright::Core::EngineEvent &event);

private:
    void onConnected(const EngineInfo &info);
    void onConnectionFailed(const EngineError &error);
    void startEvents();
    void lost(const EngineError &error);

    EngineClient *m_client = nullptr;
    QTimer *m_retryTimer = nullptr;
    EngineCall *m_events = nullptr;
    int m_delayMs = 1000;
    bool m_running = false;
};

} // namespace Dockwright::Core
