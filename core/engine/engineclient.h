// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"
#include "engineerror.h"
#include "engineinfo.h"
#include "enginerequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QVersionNumber>

class QNetworkAccessManager;

namespace Dockwright::Core {

class EngineCall;
class SshBridge;

// Talks HTTP to one engine endpoint through Qt Network: unix sockets via unix+http:// and
// FullLocalServerNameAttribute, tcp:// plain or TLS with the DOCKER_CERT_PATH files. connectToEngine()
// negotiates the API version (/_ping, /version); every later call is prefixed with it.
class EngineClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClient)
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    // Oldest engine we accept (Docker 20.10) and the newest API we speak.
    static QVersionNumber minimumApiVersion() { return {1, 41}; }
    static QVersionNumber maximumApiVersion() { return {1, 47}; }

    explicit EngineClient(QObject *parent = nullptr);
    ~EngineClient() override;

    void setEndpoint(const Endpoint &endpoint); // disconnects; aborts calls in flight
    const Endpoint &endpoint() const { return m_endpoint; }

    State state() const { return m_state; }
    const EngineInfo &info() const { return m_info; }
    const EngineError &lastError() const { return m_lastError; }

    // Asynchronous: ends in connected() or connectionFailed(). Safe to call again to reconnect.
    void connectToEngine();
    // Blocking variant for the CLI and tests (local event loop).
    bool connectAndWait(int timeoutMs = 30000);

    // Sends a request. Versioned requests before the first connected() use the minimum API version.
    // Errors (including unsupported endpoints) arrive through the returned call's finished().
    EngineCall *send(const EngineRequest &request);

    // Checks that a unix socket path can be used, before connecting: missing, not a socket, no access.
    static EngineError checkSocket(const QString &path);
    // The error for a socket file nobody listens on.
    static EngineError refusedError(const QString &path);
    // Why an endpoint cannot be spoken to at all (ssh://, npipe://, invalid); None when it can.
    static EngineError checkEndpoint(const Endpoint &endpoint);

    // Marks a connected engine as gone (EngineSession saw /events end) without aborting other calls.
    void markLost(const EngineError &error);

Q_SIGNALS:
    void stateChanged(Dockwright::Core::EngineClient::State state);
    void connected(const Dockwright::Core::EngineInfo &info);
    void connectionFailed(const Dockwright::Core::EngineError &error);

private:
    void setState(State state);
    void onPingFinished(EngineCall *call);
    void onVersionFinished(EngineCall *call);
    void onInfoFinished(EngineCall *call);
    // The next call of the connect sequence (unversioned path, ping timeout), answered to handler
    // unless a newer connect attempt superseded it.
    void sendConnectStep(const QString &path, void (EngineClient::*handler)(EngineCall *));
    void fail(const EngineError &error);
    void prepareTls();
    EngineError tooOld(const QVersionNumber &engineApi) const;

    QList<QPointer<EngineCall>> m_calls; // in flight, aborted by setEndpoint()
    QPointer<EngineCall> m_connectCall;
    QSslConfiguration m_sslConfig;
    EngineError m_tlsError; // unreadable certificate files, reported by every send()

    QNetworkAccessManager *m_nam = nullptr;
    SshBridge *m_sshBridge = nullptr; // ssh:// endpoints: the local socket Qt Network talks to
    Endpoint m_endpoint;
    EngineInfo m_info;
    EngineInfo m_pending;
    EngineError m_lastError;
    State m_state = State::Disconnected;
    quint64 m_generation = 0; // drops answers of a superseded connect attempt
};

} // namespace Dockwright::Core
