// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginecall.h"

#include "engineclient.h"
#include "sshbridge.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

namespace Dockwright::Core {

namespace {

bool isSuccess(int status)
{
    // 304: start/stop of a container that already is in that state; harmless.
    return (status >= 200 && status < 300) || status == 304;
}

} // namespace

EngineCall::EngineCall(QNetworkReply *reply, const EngineRequest &request, QObject *parent)
    : EngineCall(reply, request, Endpoint(), parent)
{ }

EngineCall::EngineCall(QNetworkReply *reply, const EngineRequest &request, const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_request(request)
    , m_endpoint(endpoint)
{
    if (!m_reply)
        return;
    m_url = m_reply->url();
    m_reply->setParent(this);
    if (m_request.delivery == EngineRequest::Delivery::Raw)
        m_reply->setReadBufferSize(RawReadBuffer); // lets setPaused() hold the engine back
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &EngineCall::onTimeout);
    if (m_request.timeoutMs > 0)
        m_idleTimer->start(m_request.timeoutMs);
    const auto keepAlive = [this] {
        if (m_request.timeoutMs > 0 && !m_finished)
            m_idleTimer->start(m_request.timeoutMs);
    };
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this, keepAlive] {
        keepAlive();
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &pair : m_reply->rawHeaderPairs())
            m_headers.insert(pair.first.toLower(), pair.second);
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &EngineCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &EngineCall::onFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this, keepAlive](qint64 sent, qint64 total) {
        keepAlive();
        // Qt resets to (0, 0) when the upload is done; that is not progress.
        if (sent > 0 || total > 0)
            Q_EMIT uploadProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors.append(e.errorString());
    });
}

EngineCall::~EngineCall()
{
    if (m_reply) {
        // Deleting an unfinished reply closes the connection, which also stops the work on the engine.
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

EngineCall *EngineCall::failed(const EngineRequest &request, const EngineError &error, QObject *parent)
{
    auto *call = new EngineCall(nullptr, request, parent);
    QTimer::singleShot(0, call, [call, error] { call->finish(error); });
    return call;
}

QByteArray EngineCall::header(const QByteArray &name) const
{
    return m_headers.value(name.toLower());
}

QJsonDocument EngineCall::json() const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError && !m_error) {
        m_error = EngineError::make(EngineError::Kind::Malformed,
            tr("The engine's reply to %1 is not valid JSON: %2 at offset %3.")
                .arg(m_request.path, parseError.errorString())
                .arg(parseError.offset));
        m_error.detail = QString::fromUtf8(m_body.left(200));
    }
    return doc;
}

void EngineCall::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply && m_reply->isRunning())
        m_reply->abort(); // finished() follows, synchronously
    else
        finish(EngineError::make(EngineError::Kind::Cancelled, tr("The request was cancelled.")));
}

bool EngineCall::waitForFinished(int timeoutMs)
{
    if (m_finished)
        return true;
    QPointer<EngineCall> self(this);
    QEventLoop loop;
    connect(this, &EngineCall::finished, &loop, &QEventLoop::quit);
    if (timeoutMs >= 0)
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !self || m_finished;
}

void EngineCall::setPaused(bool paused)
{
    if (m_paused == paused || m_finished)
        return;
    m_paused = paused;
    if (!m_idleTimer) {
        return; // never reached the network
    } else if (paused) {
        m_idleTimer->stop(); // waiting for our consumer is not the engine being idle
    } else {
        if (m_request.timeoutMs > 0)
            m_idleTimer->start(m_request.timeoutMs);
        if (m_reply && m_reply->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &EngineCall::onReadyRead);
    }
}

void EngineCall::onReadyRead()
{
    if (!m_reply || m_finished)
        return;
    if (m_paused && !m_flushing && m_request.delivery == EngineRequest::Delivery::Raw && !isHttpError())
        return; // left in the reply's bounded buffer until setPaused(false)
    if (m_request.timeoutMs > 0)
        m_idleTimer->start(m_request.timeoutMs);
    if (m_status == 0)
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_request.delivery == EngineRequest::Delivery::Raw && !isHttpError()) {
        // In pieces of at most RawChunk, so that a consumer can pause between them (and a loaded
        // machine that lets megabytes pile up still hands them on as a stream).
        QPointer<EngineCall> self(this);
        while (self && !m_finished && (!m_paused || m_flushing) && m_reply && m_reply->bytesAvailable() > 0) {
            const QByteArray chunk = m_reply->read(RawChunk);
            m_received += chunk.size();
            Q_EMIT data(chunk);
        }
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    // Error bodies are always kept whole: they carry the engine's message.
    if (isHttpError() || m_request.delivery == EngineRequest::Delivery::Buffered) {
        m_body.append(chunk);
        return;
    }
    m_lineBuffer.append(chunk);
    flushLines(false);
}

void EngineCall::flushLines(bool atEnd)
{
    QPointer<EngineCall> self(this);
    qsizetype start = 0;
    while (self && !m_finished && m_pendingError.kind == EngineError::Kind::None) {
        const qsizetype newline = m_lineBuffer.indexOf('\n', start);
        if (newline < 0 && !atEnd)
            break;
        const qsizetype end = newline < 0 ? m_lineBuffer.size() : newline;
        const QByteArray line = m_lineBuffer.mid(start, end - start).trimmed();
        start = newline < 0 ? m_lineBuffer.size() : newline + 1;
        if (!line.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                m_pendingError = EngineError::make(EngineError::Kind::Malformed,
                    tr("The engine sent a line that is not a JSON object in the stream of %1.").arg(m_request.path));
                m_pendingError.detail = QString::fromUtf8(line.left(200));
                break;
            }
            Q_EMIT jsonLine(doc.object());
        }
        if (newline < 0)
            break;
    }
    if (!self)
        return;
    m_lineBuffer.remove(0, std::min(start, m_lineBuffer.size()));
    if (m_pendingError && m_reply && m_reply->isRunning())
        m_reply->abort();
}

void EngineCall::onTimeout()
{
    if (m_finished || !m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void EngineCall::onFinished()
{
    if (m_finished || !m_reply)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : m_reply->rawHeaderPairs())
        m_headers.insert(pair.first.toLower(), pair.second);
    const QNetworkReply::NetworkError netError = m_reply->error();
    const QString qtMessage = m_reply->errorString();
    m_flushing = true; // the rest is delivered now, paused or not: there is nothing left to hold back
    if (m_reply->bytesAvailable() > 0)
        onReadyRead();
    m_paused = false;

    EngineError error;
    if (m_pendingError) {
        error = m_pendingError;
    } else if (m_aborted) {
        error = EngineError::make(EngineError::Kind::Cancelled, tr("The request was cancelled."));
    } else if (m_timedOut) {
        error = EngineError::make(EngineError::Kind::Timeout,
            tr("The engine did not answer %1 for %2 s.")
                .arg(m_request.path)
                .arg(m_request.timeoutMs / 1000.0, 0, 'g', 3),
            tr("The engine may be overloaded or hung; try again, or restart the daemon."));
    } else if (isHttpError()) {
        error = EngineError::fromHttp(m_status, m_body);
    } else if (netError != QNetworkReply::NoError) {
        error = transportError(int(netError), qtMessage);
    } else if (!isSuccess(m_status)) {
        error = EngineError::make(EngineError::Kind::Malformed,
            tr("The engine answered %1 with an unexpected HTTP status %2.").arg(m_request.path).arg(m_status));
    } else if (m_request.delivery == EngineRequest::Delivery::JsonLines) {
        // The last line may come without a trailing newline.
        flushLines(true);
        if (m_pendingError)
            error = m_pendingError;
    }
    if (error && error.detail.isEmpty())
        error.detail = m_url.toString() + QLatin1String(": ") + qtMessage;
    finish(error);
}

void EngineCall::setSshBridge(SshBridge *bridge)
{
    m_sshBridge = bridge;
}

EngineError EngineCall::transportError(int networkError, const QString &qtMessage) const
{
    using Kind = EngineError::Kind;
    const QString where = m_endpoint.isValid() ? m_endpoint.displayName() : m_url.toString();
    // Once the status line arrived, any transport failure means the reply was cut short.
    if (m_status > 0)
        return EngineError::make(Kind::Interrupted,
            tr("The connection to the engine at %1 dropped in the middle of the reply to %2.")
                .arg(where, m_request.path),
            tr("The engine may have stopped or restarted; try again when it is back."));
    if (m_sshBridge && m_sshBridge->lastFailure())
        return m_sshBridge->lastFailure(); // what ssh said: unknown host, refused key, no docker there
    if (m_endpoint.scheme == Endpoint::Scheme::Unix) {
        // Qt reports a missing socket, a refused connection and EACCES alike; the file tells them apart.
        const EngineError socketError = EngineClient::checkSocket(m_endpoint.socketPath);
        if (socketError)
            return socketError;
    }
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::ConnectionRefusedError:
        if (m_endpoint.scheme == Endpoint::Scheme::Unix)
            return EngineClient::refusedError(m_endpoint.socketPath);
        return EngineError::make(Kind::ConnectionRefused, tr("Nobody answers at %1: is the daemon running?").arg(where),
            tr("Start the daemon, or check the host and port (DOCKER_HOST, the docker context)."));
    case QNetworkReply::HostNotFoundError:
        return EngineError::make(Kind::HostNotFound, tr("The engine host %1 was not found.").arg(where),
            tr("Check the host name in DOCKER_HOST or the docker context."));
    case QNetworkReply::TimeoutError:
        return EngineError::make(Kind::Timeout, tr("Connecting to the engine at %1 timed out.").arg(where));
    case QNetworkReply::OperationCanceledError:
        return EngineError::make(Kind::Cancelled, tr("The request was cancelled."));
    case QNetworkReply::SslHandshakeFailedError: {
        QString reason = m_sslErrors.isEmpty() ? qtMessage : m_sslErrors.join(QLatin1String("; "));
        QString hint = m_endpoint.caFile.isEmpty()
            ? tr("No ca.pem was given, so the system CAs were used; set DOCKER_CERT_PATH or "
                 "use a context with the engine's CA.")
            : tr("The engine's certificate was checked against %1; make sure it is the CA that "
                 "signed it (DOCKER_CERT_PATH, the context's TLS files).")
                  .arg(m_endpoint.caFile);
        return EngineError::make(Kind::Tls, tr("The TLS handshake with %1 failed: %2").arg(where, reason), hint);
    }
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return EngineError::make(
            Kind::Malformed, tr("The reply from %1 is not valid HTTP; is this a Docker engine?").arg(where));
    case QNetworkReply::RemoteHostClosedError:
        // Qt reports a peer that sends no valid status line (not HTTP at all) as a closed connection.
        return EngineError::make(Kind::Malformed,
            tr("The engine at %1 closed the connection without a valid HTTP reply to %2.").arg(where, m_request.path),
            tr("Is this a Docker engine? It may also have stopped just now."));
    default:
        break;
    }
    return EngineError::make(Kind::Network, tr("Talking to the engine at %1 failed: %2").arg(where, qtMessage));
}

void EngineCall::finish(const EngineError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_idleTimer)
        m_idleTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace Dockwright::Core
