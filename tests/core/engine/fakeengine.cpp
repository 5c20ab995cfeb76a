// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeengine.h"

#include <QRegularExpression>

namespace Dockwright::Test {

FakeEngine::FakeEngine(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            m_sockets.append(socket);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
        }
    });
}

FakeEngine::~FakeEngine()
{
    stop();
}

bool FakeEngine::listen(const QString &path)
{
    m_path = path;
    QLocalServer::removeServer(path);
    m_server.setSocketOptions(QLocalServer::WorldAccessOption);
    return m_server.listen(path);
}

void FakeEngine::stop()
{
    m_server.close();
    const auto sockets = m_sockets;
    m_sockets.clear();
    for (const QPointer<QLocalSocket> &socket : sockets) {
        if (socket) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    }
    m_buffers.clear();
}

QList<QByteArray> FakeEngine::targets() const
{
    QList<QByteArray> result;
    for (const FakeRequest &r : m_requests)
        result.append(r.target);
    return result;
}

void FakeEngine::serveEngine(const QByteArray &apiVersion, const QByteArray &server, const QByteArray &builderVersion)
{
    route("/_ping", [=](QLocalSocket *socket, const FakeRequest &) {
        QByteArray headers = "Server: " + server + "\r\nOstype: linux\r\nDocker-Experimental: false\r\n";
        if (!apiVersion.isEmpty())
            headers += "Api-Version: " + apiVersion + "\r\n";
        if (!builderVersion.isEmpty())
            headers += "Builder-Version: " + builderVersion + "\r\n";
        reply(socket, 200, "OK", "text/plain; charset=utf-8", headers);
    });
    route("/version", [=](QLocalSocket *socket, const FakeRequest &) {
        const QByteArray api = apiVersion.isEmpty() ? QByteArray("1.44") : apiVersion;
        const QByteArray component = server.startsWith("Libpod") ? "Podman Engine" : "Engine";
        reply(socket, 200,
            R"({"Platform":{"Name":""},"Components":[{"Name":")" + component
                + R"(","Version":"26.1.5"}],)"
                  R"("Version":"26.1.5","ApiVersion":")"
                + api
                + R"(","MinAPIVersion":"1.24","Os":"linux","Arch":"amd64",)"
                  R"("KernelVersion":"6.1.0"})");
    });
    route("/info", [](QLocalSocket *socket, const FakeRequest &) {
        reply(socket, 200, R"({"Driver":"overlay2","DriverStatus":[["Backing Filesystem","extfs"]]})");
    });
}

void FakeEngine::reply(QLocalSocket *socket, int status, const QByteArray &body, const QByteArray &contentType,
    const QByteArray &extraHeaders)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += extraHeaders;
    head += "Connection: close\r\n\r\n";
    replyRaw(socket, head + body);
}

void FakeEngine::replyRaw(QLocalSocket *socket, const QByteArray &bytes, bool close)
{
    socket->write(bytes);
    socket->flush();
    if (close)
        socket->disconnectFromServer();
}

void FakeEngine::streamHead(QLocalSocket *socket, const QByteArray &contentType)
{
    replyRaw(socket,
        "HTTP/1.1 200 OK\r\nContent-Type: " + contentType
            + "\r\nTransfer-Encoding: chunked\r\n"
              "Connection: close\r\n\r\n",
        false);
}

void FakeEngine::streamChunk(QLocalSocket *socket, const QByteArray &data)
{
    replyRaw(socket, QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n", false);
}

void FakeEngine::streamEnd(QLocalSocket *socket)
{
    replyRaw(socket, "0\r\n\r\n", true);
}

void FakeEngine::onReadyRead(QLocalSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        FakeRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(
                    lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return; // body still on its way
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        request.path = request.target.left(
            request.target.indexOf('?') < 0 ? request.target.size() : request.target.indexOf('?'));
        static const QRegularExpression versionPrefix(QStringLiteral("^/v[0-9]+\\.[0-9]+(?=/)"));
        request.route = QString::fromLatin1(request.path).remove(versionPrefix).toLatin1();
        m_requests.append(request);
        Q_EMIT requestReceived(request);
        const auto handler = m_routes.value(request.route);
        if (handler)
            handler(socket, request);
        else
            reply(socket, 404, R"({"message":"page not found"})");
        // A handler may have stopped the engine or closed this connection.
        if (!m_buffers.contains(socket) || socket->state() != QLocalSocket::ConnectedState)
            return;
    }
}

} // namespace Dockwright::Test
