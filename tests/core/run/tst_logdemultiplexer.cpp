// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/logdemultiplexer.h"

#include <QTest>
#include <QtEndian>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

QByteArray frame(quint8 stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    qToBigEndian<quint32>(quint32(payload.size()), header.data() + 4);
    return header + payload;
}

QString printed(const QList<LogRecord> &records)
{
    QStringList lines;
    for (const LogRecord &r : records) {
        QString line = QString::number(int(r.stream)) + u' ' + QString::fromUtf8(r.payload).toHtmlEscaped();
        if (r.timestamp.isValid())
            line = r.timestamp.toString(Qt::ISODateWithMs) + u' ' + line;
        lines << line;
    }
    return lines.join(u'|');
}

} // namespace

class TestLogDemultiplexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesInOneChunk()
    {
        LogDemultiplexer demux;
        const QByteArray data = frame(1, "out 1\n") + frame(2, "err 1\n") + frame(1, "out 2\n") + frame(0, "in\n");
        const QList<LogRecord> records = demux.feed(data);
        QCOMPARE(printed(records), u"1 out 1\n|2 err 1\n|1 out 2\n|1 in\n"_s);
        QVERIFY(demux.finish().isEmpty());
        QVERIFY(demux.error().isEmpty());
    }

    void everySplitPoint()
    {
        // The same stream cut at every byte offset, and fed byte by byte, gives the same records.
        const QByteArray data = frame(1, "hello\n") + frame(2, QByteArray(300, 'x')) + frame(1, QByteArray())
            + frame(3, "daemon error") + frame(1, "bye");
        LogDemultiplexer whole;
        const QString expected = printed(whole.feed(data));
        QCOMPARE(expected.count(u'|'), 4);
        for (qsizetype cut = 0; cut <= data.size(); ++cut) {
            LogDemultiplexer demux;
            QList<LogRecord> records = demux.feed(data.left(cut));
            records += demux.feed(data.mid(cut));
            records += demux.finish();
            QCOMPARE(printed(records), expected);
        }
        LogDemultiplexer bytewise;
        QList<LogRecord> records;
        for (const char c : data)
            records += bytewise.feed(QByteArrayView(&c, 1));
        QCOMPARE(printed(records), expected);
        QVERIFY(bytewise.error().isEmpty());
    }

    void largeFrameLength()
    {
        // Length bytes above 0x7f must be read unsigned and big-endian.
        const QByteArray payload(0x1234 + 0x80, 'a');
        LogDemultiplexer demux;
        const QList<LogRecord> records = demux.feed(frame(2, payload));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().payload.size(), payload.size());
        QCOMPARE(records.first().stream, LogRecord::Stream::Stderr);
    }

    void timestamps()
    {
        LogDemultiplexer demux(false, true);
        const QList<LogRecord> records = demux.feed(
            QByteArray(frame(1, "2026-11-26T22:15:05.328125873Z started\n") + frame(2, "2026-11-26T22:15:06Z oops\n")));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).payload, QByteArray("started\n"));
        QCOMPARE(records.at(0).timestamp, QDateTime(QDate(2026, 11, 26), QTime(22, 15, 5, 328), QTimeZone::UTC));
        QCOMPARE(records.at(1).timestamp, QDateTime(QDate(2026, 11, 26), QTime(22, 15, 6), QTimeZone::UTC));
    }

    void ttyPassthrough()
    {
        LogDemultiplexer demux(true);
        const QByteArray binary("\x01\x00\x00\x00 raw", 8); // looks like a header, but TTY output is never framed
        const QList<LogRecord> first = demux.feed(binary);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().payload, binary);
        QCOMPARE(first.first().stream, LogRecord::Stream::Stdout);
        QCOMPARE(printed(demux.feed("line\r\n")), u"1 line\r\n"_s);
        QVERIFY(demux.finish().isEmpty());
        QVERIFY(demux.error().isEmpty());
    }

    void ttyWithTimestampsSplitsLines()
    {
        LogDemultiplexer demux(true, true);
        QList<LogRecord> records = demux.feed("2026-01-01T00:00:00Z a\r\n2026-01-01T00:00:01Z b");
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().payload, QByteArray("a\r\n"));
        records = demux.finish();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().payload, QByteArray("b"));
        QCOMPARE(records.first().timestamp.time(), QTime(0, 0, 1));
    }

    void corruptStreams()
    {
        LogDemultiplexer truncated;
        QVERIFY(truncated.feed(QByteArray(frame(1, "complete") + frame(1, "cut short").left(12))).size() == 1);
        QVERIFY(truncated.finish().isEmpty());
        QVERIFY(!truncated.error().isEmpty());

        // A stream that is not framed (a TTY container read as multiplexed) is passed through, not lost.
        LogDemultiplexer wrong;
        const QList<LogRecord> records = wrong.feed(QByteArray(frame(1, "ok") + QByteArray("plain text output\n")));
        QVERIFY(!wrong.error().isEmpty());
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).payload, QByteArray("plain text output\n"));
    }
};

QTEST_GUILESS_MAIN(TestLogDemultiplexer)
#include "tst_logdemultiplexer.moc"
