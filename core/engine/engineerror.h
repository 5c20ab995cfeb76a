// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Dockwright::Core {

// A failure talking to the engine, as a value: a kind to branch on, a user-facing message, and a
// hint that says what to do about it. Nothing in core throws.
struct EngineError
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::EngineError)
public:
    enum class Kind {
        None,
        SocketMissing, // no socket file at the path: daemon not running or wrong host
        ConnectionRefused, // socket/port exists but nobody answers
        PermissionDenied, // socket not accessible: docker group, rootless or Podman socket
        HostNotFound,
        Tls, // handshake or verification failure, unreadable certificates
        Http, // HTTP error status; engineMessage holds the engine's "message"
        Malformed, // reply is not what the API promises (bad JSON, garbage HTTP)
        Timeout,
        Cancelled,
        Unsupported, // ssh://, npipe://, unknown scheme
        ApiTooOld, // engine's API below our minimum (1.41)
        Interrupted, // the connection dropped in the middle of a reply or stream
        InBand, // HTTP 200 stream that reported an error line (errorDetail)
        Network, // any other transport failure
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP status was received
    QString message; // one sentence for the user, translated
    QString hint; // what to do about it, translated; may be empty
    QString engineMessage; // the engine's own "message" text, untranslated
    QString detail; // technical detail (Qt error string, URL) for logs and --verbose

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    QString toString() const; // message + hint on separate lines

    static EngineError make(Kind kind, const QString &message, const QString &hint = {});
    // Builds the error for an HTTP status, reading {"message": ...} (or plain text) from the body.
    static EngineError fromHttp(int status, const QByteArray &body, const QString &what = {});
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::EngineError)
