// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"
#include "engineerror.h"
#include "enginerequest.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace Dockwright::Core {

class SshBridge;

// One request in flight. Emits jsonLine/data incrementally for streams, then finished() exactly once
// (also after abort() or a failure). Deletes itself after finished() unless the caller took
// ownership with setAutoDelete(false). Errors are values: check error() in the finished handler.
class EngineCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineCall)
public:
    EngineCall(QNetworkReply *reply, const EngineRequest &request, QObject *parent = nullptr);
    // endpoint lets transport failures on a unix socket be explained (missing, refused, permission).
    EngineCall(QNetworkReply *reply, const EngineRequest &request, const Endpoint &endpoint, QObject *parent = nullptr);
    ~EngineCall() override;

    // A call that never reached the network (unsupported endpoint, socket check, TLS files): it
    // finishes with error on the next event-loop turn, so callers connect to finished() as usual.
    static EngineCall *failed(const EngineRequest &request, const EngineError &error, QObject *parent = nullptr);

    QUrl url() const { return m_url; } // the URL sent, with the /v<version> prefix

    const EngineRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    const EngineError &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    QByteArray header(const QByteArray &name) const;

    QByteArray body() const { return m_body; } // Buffered delivery
    QJsonDocument json() const; // Buffered delivery; Malformed error set if not JSON
    QJsonObject jsonObject() const { return json().object(); }

    void setAutoDelete(bool on) { m_autoDelete = on; }
    // ssh:// endpoints: the bridge whose ssh failure explains a connection that closed unanswered.
    void setSshBridge(SshBridge *bridge);
    // Cancels the request; finished() follows with a Cancelled error. Closing the connection also
    // cancels the work on the engine (a build stops, a log follow ends).
    void abort();
    // Raw streams: a paused call reads nothing more from the engine (the network layer keeps at most
    // RawReadBuffer bytes and then stops reading the socket), so a slow consumer holds the engine back
    // instead of filling memory or blocking this thread. Resuming delivers what waited.
    static constexpr qint64 RawReadBuffer = qint64(4) << 20;
    static constexpr qint64 RawChunk = qint64(256) << 10; // the largest data() chunk
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Blocks in a local event loop until finished (CLI and tests only; never in the GUI thread).
    bool waitForFinished(int timeoutMs = -1);

Q_SIGNALS:
    void jsonLine(const QJsonObject &object);
    void data(const QByteArray &chunk);
    // Upload progress for streamed bodies (build context).
    void uploadProgress(qint64 sent, qint64 total);
    void finished();

private:
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void finish(const EngineError &error);
    void flushLines(bool atEnd);
    bool isHttpError() const { return m_status >= 400; }
    EngineError transportError(int networkError, const QString &qtMessage) const;

    QPointer<QNetworkReply> m_reply;
    EngineRequest m_request;
    QTimer *m_idleTimer = nullptr;
    QByteArray m_body;
    QByteArray m_lineBuffer;
    mutable EngineError m_error; // json() reports Malformed through it
    EngineError m_pendingError; // set before aborting the reply ourselves (bad JSON line)
    Endpoint m_endpoint;
    QPointer<SshBridge> m_sshBridge;
    QUrl m_url;
    QStringList m_sslErrors;
    QHash<QByteArray, QByteArray> m_headers; // lower-case names
    qint64 m_received = 0;
    int m_status = 0;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_paused = false;
    bool m_flushing = false; // finishing: the rest is delivered even while paused
};

} // namespace Dockwright::Core
