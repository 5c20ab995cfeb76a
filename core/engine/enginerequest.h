// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

class QIODevice;

namespace Dockwright::Core {

// One Engine API request. Path is unversioned ("/containers/json"); the client adds "/v<negotiated>"
// unless versioned is false (/_ping). POST bodies always carry an explicit content type, because Qt's
// default (form-urlencoded) makes /build and /containers/create fail.
struct EngineRequest
{
    enum class Delivery {
        Buffered, // whole body kept; read it after finished()
        JsonLines, // newline-separated JSON objects emitted one by one as they arrive (/events, /build)
        Raw, // chunks emitted as they arrive (logs, image export); nothing kept
    };

    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body;
    QPointer<QIODevice> bodyDevice; // streamed upload (build context); not owned
    // With bodyDevice: the exact body length. Sent as Content-Length so Qt streams the device into the
    // request instead of reading all of it into memory first; -1 lets Qt buffer (small bodies).
    qint64 contentLength = -1;
    QByteArray contentType; // required with a body
    bool versioned = true;
    Delivery delivery = Delivery::Buffered;
    int timeoutMs = 30000; // no data for this long fails with Timeout; 0 waits forever (streams)

    static EngineRequest get(const QString &path, const QUrlQuery &query = {});
    static EngineRequest postJson(const QString &path, const QByteArray &json, const QUrlQuery &query = {});
    static EngineRequest post(const QString &path, const QUrlQuery &query = {});
    static EngineRequest del(const QString &path, const QUrlQuery &query = {});
    static EngineRequest stream(
        const QString &path, const QUrlQuery &query = {}, Delivery delivery = Delivery::JsonLines);
};

} // namespace Dockwright::Core
