// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <functional>

namespace Dockwright::Test {

// One HTTP request as the fake engine received it.
struct FakeRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent: /v1.45/images/json?all=1
    QByteArray path; // without the query
    QByteArray route; // path without the /vX.Y prefix: what handlers are keyed on
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// A Docker engine impostor on a unix socket that answers with canned raw HTTP, for what a real
// engine cannot be made to do (die mid-stream, speak garbage, hang, speak API 1.40).
class FakeEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeEngine)
public:
    using Handler = std::function<void(QLocalSocket *socket, const FakeRequest &request)>;

    explicit FakeEngine(QObject *parent = nullptr);
    ~FakeEngine() override;

    bool listen(const QString &path);
    // Closes the server and every connection, like a killed daemon.
    void stop();
    QString socketPath() const { return m_path; }

    void route(const QByteArray &route, Handler handler) { m_routes.insert(route, std::move(handler)); }
    // /_ping and /version of a Docker (or, with a Libpod server header, Podman) engine.
    void serveEngine(const QByteArray &apiVersion = "1.45", const QByteArray &server = "Docker/26.1.5 (linux)",
        const QByteArray &builderVersion = "2");
    const QList<FakeRequest> &requests() const { return m_requests; }
    QList<QByteArray> targets() const;

    // Complete responses; closes the connection after writing.
    static void reply(QLocalSocket *socket, int status, const QByteArray &body,
        const QByteArray &contentType = "application/json", const QByteArray &extraHeaders = {});
    static void replyRaw(QLocalSocket *socket, const QByteArray &bytes, bool close = true);
    // Chunked streams: head, then chunks, then end (or just stop() to cut it).
    static void streamHead(QLocalSocket *socket, const QByteArray &contentType = "application/json");
    static void streamChunk(QLocalSocket *socket, const QByteArray &data);
    static void streamEnd(QLocalSocket *socket);

Q_SIGNALS:
    void requestReceived(const Dockwright::Test::FakeRequest &request);

private:
    void onReadyRead(QLocalSocket *socket);

    QLocalServer m_server;
    QString m_path;
    QHash<QByteArray, Handler> m_routes;
    QList<FakeRequest> m_requests;
    QList<QPointer<QLocalSocket>> m_sockets;
    QHash<QLocalSocket *, QByteArray> m_buffers;
};

} // namespace Dockwright::Test
