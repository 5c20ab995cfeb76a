// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Dockwright::Core {

// Splits the body of GET /containers/{id}/logs (and attach) into records. Without a TTY the engine
// multiplexes: an 8-byte header (byte 0 stream, bytes 4-7 big-endian payload length) before each
// payload. With a TTY the bytes are raw and passed through as stdout. Chunks may end anywhere: a frame
// split across chunks is kept until complete, several frames in one chunk give several records.
class LogDemultiplexer final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::LogDemultiplexer)
public:
    // timestamps: the request had timestamps=1, so each message starts with an RFC 3339 time and a space.
    explicit LogDemultiplexer(bool tty = false, bool timestamps = false);

    QList<LogRecord> feed(QByteArrayView chunk);
    // End of stream: returns what is still buffered (a TTY line without newline). A partial frame is
    // reported through error().
    QList<LogRecord> finish();

    bool isTty() const { return m_tty; }
    // Set when the stream is not valid framing (unknown stream byte, truncated frame); the rest of
    // the data is then passed through raw as stdout so nothing is lost.
    QString error() const { return m_error; }

private:
    void emitRecord(LogRecord::Stream stream, QByteArray payload, QList<LogRecord> &out) const;
    void drainTtyLines(bool atEnd, QList<LogRecord> &out);

    QByteArray m_buffer;
    QString m_error;
    bool m_tty = false;
    bool m_timestamps = false;
    bool m_raw = false; // TTY, or framing was abandoned after an error
};

} // namespace Dockwright::Core
