// SPDX-License-Identifier: GPL-3.0-or-later
#include "logdemultiplexer.h"

#include <QtEndian>

namespace Dockwright::Core {

namespace {

constexpr qsizetype headerSize = 8;

// RFC 3339 with up to nanoseconds ("2026-11-26T22:15:05.328125873Z"); Qt keeps milliseconds.
QDateTime parseTimestamp(const QByteArray &text)
{
    QByteArray trimmed = text;
    const qsizetype dot = trimmed.indexOf('.');
    if (dot >= 0) {
        qsizetype end = dot + 1;
        while (end < trimmed.size() && std::isdigit(static_cast<unsigned char>(trimmed.at(end))))
            ++end;
        trimmed = trimmed.left(std::min(end, dot + 4)) + trimmed.mid(end);
    }
    return QDateTime::fromString(QString::fromLatin1(trimmed), Qt::ISODateWithMs);
}

} // namespace

LogDemultiplexer::LogDemultiplexer(bool tty, bool timestamps)
    : m_tty(tty)
    , m_timestamps(timestamps)
    , m_raw(tty)
{ }

void LogDemultiplexer::emitRecord(LogRecord::Stream stream, QByteArray payload, QList<LogRecord> &out) const
{
    LogRecord record;
    record.stream = stream;
    if (m_timestamps) {
        const qsizetype space = payload.indexOf(' ');
        if (space > 0) {
            const QDateTime time = parseTimestamp(payload.left(space));
            if (time.isValid()) {
                record.timestamp = time;
                payload.remove(0, space + 1);
            }
        }
    }
    record.payload = std::move(payload);
    out.append(record);
}

void LogDemultiplexer::drainTtyLines(bool atEnd, QList<LogRecord> &out)
{
    // Raw output has no message boundaries; with timestamps each line carries its own time.
    if (!m_timestamps) {
        if (!m_buffer.isEmpty())
            emitRecord(LogRecord::Stream::Stdout, std::exchange(m_buffer, {}), out);
        return;
    }
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        emitRecord(LogRecord::Stream::Stdout, m_buffer.mid(start, newline + 1 - start), out);
        start = newline + 1;
    }
    m_buffer.remove(0, start);
    if (atEnd && !m_buffer.isEmpty())
        emitRecord(LogRecord::Stream::Stdout, std::exchange(m_buffer, {}), out);
}

QList<LogRecord> LogDemultiplexer::feed(QByteArrayView chunk)
{
    QList<LogRecord> out;
    m_buffer.append(chunk);
    if (m_raw) {
        drainTtyLines(false, out);
        return out;
    }
    qsizetype pos = 0;
    while (m_buffer.size() - pos >= headerSize) {
        const auto *header = reinterpret_cast<const uchar *>(m_buffer.constData() + pos);
        const uchar streamByte = header[0];
        if (streamByte > 3 || header[1] || header[2] || header[3]) {
            m_error = tr("The log stream is not in the multiplexed format (unexpected header bytes); the rest is "
                         "shown as it came");
            m_raw = true;
            m_buffer.remove(0, pos);
            drainTtyLines(false, out);
            return out;
        }
        const quint32 length = qFromBigEndian<quint32>(header + 4);
        if (m_buffer.size() - pos - headerSize < qsizetype(length))
            break;
        const LogRecord::Stream stream = streamByte == 0 ? LogRecord::Stream::Stdout : LogRecord::Stream(streamByte);
        emitRecord(stream, m_buffer.mid(pos + headerSize, length), out);
        pos += headerSize + length;
    }
    m_buffer.remove(0, pos);
    return out;
}

QList<LogRecord> LogDemultiplexer::finish()
{
    QList<LogRecord> out;
    if (m_raw) {
        drainTtyLines(true, out);
        return out;
    }
    if (!m_buffer.isEmpty()) {
        m_error = tr("The log stream ended inside a frame (%n byte(s) left over)", nullptr, int(m_buffer.size()));
        m_buffer.clear();
    }
    return out;
}

} // namespace Dockwright::Core
