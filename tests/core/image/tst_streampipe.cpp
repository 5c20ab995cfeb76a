// SPDX-License-Identifier: GPL-3.0-or-later
// StreamPipe on its own: bytes in order across two threads, push() blocked by the capacity, offer()'s
// Taken/Full/Abandoned and the drained callback at half capacity, the end of the stream with and
// without an error, abandon() and the cancel flag releasing the side that waits. Every wait on the
// other thread is bounded, and a failing check releases that thread before the test returns.
#include "core/image/streampipe.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTest>
#include <atomic>
#include <chrono>
#include <future>
#include <thread>

using namespace Dockwright::Core;
using namespace std::chrono_literals;

namespace {

template<typename T>
bool isReady(const std::future<T> &future, std::chrono::milliseconds within)
{
    return future.wait_for(within) == std::future_status::ready;
}

// Pulls one chunk; "" with *size 0 or -1 at the end or on failure.
QByteArray pullOne(StreamPipe &pipe, qint64 *size = nullptr)
{
    const char *data = nullptr;
    const qint64 got = pipe.pull(&data);
    if (size)
        *size = got;
    return got > 0 ? QByteArray(data, qsizetype(got)) : QByteArray();
}

// Chunk i of the ordered-stream test: its own length (1..997) and bytes.
QByteArray chunk(int i)
{
    QByteArray c(1 + (i * 37) % 997, Qt::Uninitialized);
    for (qsizetype k = 0; k < c.size(); ++k)
        c[k] = char((i * 131 + k * 7) & 0xff);
    return c;
}

} // namespace

class TestStreamPipe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bytesArriveInOrderAcrossThreads()
    {
        std::atomic_bool cancel {false};
        StreamPipe pipe(1000, &cancel); // far smaller than the stream: the writer blocks again and again
        QByteArray expected;
        for (int i = 0; i < 400; ++i)
            expected += chunk(i);

        auto writer = std::async(std::launch::async, [&pipe] {
            for (int i = 0; i < 400; ++i) {
                if (!pipe.push(chunk(i)))
                    return false;
            }
            pipe.finish();
            return true;
        });
        auto reader = std::async(std::launch::async, [&pipe] {
            QByteArray all;
            qint64 last = 0;
            const char *data = nullptr;
            while ((last = pipe.pull(&data)) > 0)
                all.append(data, qsizetype(last));
            return std::make_pair(last, all);
        });
        // Declared after the futures, so it runs before their destructors wait for the threads.
        auto release = qScopeGuard([&] {
            cancel = true;
            pipe.abandon();
        });
        QVERIFY2(isReady(reader, 20s), "the stream did not get through the pipe");
        QVERIFY(isReady(writer, 5s));
        QVERIFY(writer.get());
        const auto [last, all] = reader.get();
        QCOMPARE(last, qint64(0)); // the end, not a failure
        QCOMPARE(all.size(), expected.size());
        QCOMPARE(all, expected);
        QCOMPARE(pipe.bytesPushed(), qint64(expected.size()));
        QVERIFY(!pipe.error());
    }

    void pushBlocksWhileTheCapacityIsUsed()
    {
        StreamPipe pipe(10);
        QVERIFY(pipe.push(QByteArray(8, 'a')));
        auto pusher = std::async(std::launch::async, [&pipe] { return pipe.push(QByteArray(8, 'b')); });
        auto release = qScopeGuard([&pipe] { pipe.abandon(); }); // a pusher still blocked must not hang the test
        QVERIFY2(!isReady(pusher, 300ms), "push() did not wait although 8 + 8 bytes exceed the capacity of 10");
        QCOMPARE(pullOne(pipe), QByteArray(8, 'a')); // room again
        QVERIFY2(isReady(pusher, 5s), "push() still waits after the reader made room");
        QVERIFY(pusher.get());
        QCOMPARE(pullOne(pipe), QByteArray(8, 'b'));
    }

    void aChunkLargerThanTheCapacityPassesAnEmptyPipe()
    {
        StreamPipe pipe(10);
        auto pusher = std::async(std::launch::async, [&pipe] { return pipe.push(QByteArray(50, 'x')); });
        auto release = qScopeGuard([&pipe] { pipe.abandon(); });
        QVERIFY2(isReady(pusher, 5s), "an oversized chunk waits forever for room that cannot come");
        QVERIFY(pusher.get());
        QCOMPARE(pullOne(pipe), QByteArray(50, 'x'));
    }

    void offerSaysFullAndDrainedFiresAtHalfCapacity()
    {
        StreamPipe pipe(10);
        int drained = 0;
        pipe.setDrained([&drained] { ++drained; });
        QCOMPARE(pipe.offer("aaaa"), StreamPipe::Offer::Taken); // 4 of 10
        QCOMPARE(pipe.offer("bbbb"), StreamPipe::Offer::Taken); // 8
        QCOMPARE(pipe.offer("cccc"), StreamPipe::Offer::Full); // 12: taken, but pause the source
        QCOMPARE(pipe.bytesPushed(), qint64(12));
        QCOMPARE(pullOne(pipe), QByteArray("aaaa")); // 8 left: more than half
        QCOMPARE(drained, 0);
        QCOMPARE(pullOne(pipe), QByteArray("bbbb")); // 4 left: at most half
        QCOMPARE(drained, 1);
        QCOMPARE(pullOne(pipe), QByteArray("cccc"));
        QCOMPARE(drained, 1); // once per Full

        // Exactly the capacity is full too, and every Full is answered by its own drained().
        QCOMPARE(pipe.offer(QByteArray(10, 'd')), StreamPipe::Offer::Full);
        QCOMPARE(pullOne(pipe), QByteArray(10, 'd'));
        QCOMPARE(drained, 2);
    }

    void noDrainedWithoutFull()
    {
        StreamPipe pipe(10);
        int drained = 0;
        pipe.setDrained([&drained] { ++drained; });
        QCOMPARE(pipe.offer("aaaa"), StreamPipe::Offer::Taken);
        QCOMPARE(pipe.offer("bbbb"), StreamPipe::Offer::Taken);
        QCOMPARE(pullOne(pipe), QByteArray("aaaa"));
        QCOMPARE(pullOne(pipe), QByteArray("bbbb"));
        QCOMPARE(drained, 0);
    }

    void drainedRunsOnTheReadersThread()
    {
        StreamPipe pipe(10);
        std::thread::id calledOn;
        pipe.setDrained([&calledOn] { calledOn = std::this_thread::get_id(); });
        QCOMPARE(pipe.offer(QByteArray(12, 'x')), StreamPipe::Offer::Full);
        pipe.finish();
        auto reader = std::async(std::launch::async, [&pipe] {
            while (!pullOne(pipe).isEmpty()) { }
            return std::this_thread::get_id();
        });
        QVERIFY(isReady(reader, 5s));
        const std::thread::id readerThread = reader.get();
        QVERIFY(readerThread != std::this_thread::get_id());
        QVERIFY(calledOn == readerThread);
    }

    void emptyChunksAreNotTheEnd()
    {
        StreamPipe pipe(10);
        QVERIFY(pipe.push({}));
        QCOMPARE(pipe.offer({}), StreamPipe::Offer::Taken);
        QVERIFY(pipe.push("a"));
        pipe.finish();
        qint64 size = -2;
        QCOMPARE(pullOne(pipe, &size), QByteArray("a")); // a 0 here would have ended the stream early
        QCOMPARE(size, qint64(1));
        pullOne(pipe, &size);
        QCOMPARE(size, qint64(0));
        QCOMPARE(pipe.bytesPushed(), qint64(1));
    }

    void finishWithoutError()
    {
        StreamPipe pipe;
        QVERIFY(pipe.push("tail"));
        pipe.finish();
        qint64 size = -2;
        QCOMPARE(pullOne(pipe, &size), QByteArray("tail")); // what was queued still comes
        pullOne(pipe, &size);
        QCOMPARE(size, qint64(0));
        pullOne(pipe, &size);
        QCOMPARE(size, qint64(0)); // and stays at the end
        QVERIFY(!pipe.error());
    }

    void finishWithError()
    {
        StreamPipe pipe;
        QVERIFY(pipe.push("tail"));
        pipe.finish(ImageError::make(ImageError::Kind::Engine, QStringLiteral("the export broke off")));
        qint64 size = -2;
        QCOMPARE(pullOne(pipe, &size), QByteArray("tail"));
        pullOne(pipe, &size);
        QCOMPARE(size, qint64(-1)); // a failure, not the end
        QCOMPARE(pipe.error().kind, ImageError::Kind::Engine);
        QCOMPARE(pipe.error().message, QStringLiteral("the export broke off"));
    }

    void finishReleasesAWaitingReader()
    {
        StreamPipe pipe;
        auto reader = std::async(std::launch::async, [&pipe] {
            qint64 size = -2;
            pullOne(pipe, &size);
            return size;
        });
        auto release = qScopeGuard([&pipe] { pipe.finish(); });
        QVERIFY2(!isReady(reader, 200ms), "pull() returned from an empty, unfinished pipe");
        pipe.finish();
        QVERIFY2(isReady(reader, 5s), "pull() still waits after finish()");
        QCOMPARE(reader.get(), qint64(0));
    }

    void abandonReleasesABlockedPusher()
    {
        StreamPipe pipe(10);
        QVERIFY(pipe.push(QByteArray(8, 'a')));
        auto pusher = std::async(std::launch::async, [&pipe] { return pipe.push(QByteArray(8, 'b')); });
        auto unblock = qScopeGuard([&pipe] { // should abandon() not release the pusher: make room instead
            pipe.finish();
            while (!pullOne(pipe).isEmpty()) { }
        });
        QVERIFY2(!isReady(pusher, 200ms), "push() did not wait for room");
        pipe.abandon();
        QVERIFY2(isReady(pusher, 5s), "abandon() left the pusher blocked");
        QVERIFY(!pusher.get()); // the reader gave up: stop the source
        QVERIFY(!pipe.push("more"));
        QCOMPARE(pipe.offer("more"), StreamPipe::Offer::Abandoned);
    }

    void cancelEndsAWaitingPullWithin100ms()
    {
        std::atomic_bool cancel {false};
        StreamPipe pipe(1024, &cancel);
        auto reader = std::async(std::launch::async, [&pipe] {
            qint64 size = -2;
            pullOne(pipe, &size);
            return size;
        });
        auto release = qScopeGuard([&pipe] { pipe.finish(); });
        QVERIFY2(!isReady(reader, 150ms), "pull() returned from an empty, unfinished pipe");
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        cancel = true;
        QVERIFY2(isReady(reader, 5s), "pull() ignores the cancel flag");
        const qint64 waited = sinceCancel.elapsed();
        QCOMPARE(reader.get(), qint64(-1));
        // The pipe looks at the flag at least every 100 ms; the rest is for a loaded machine.
        QVERIFY2(waited < 250, qPrintable(QStringLiteral("pull() returned %1 ms after the cancel").arg(waited)));
        // Once cancelled, a pull on the empty pipe fails at once.
        qint64 size = -2;
        pullOne(pipe, &size);
        QCOMPARE(size, qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestStreamPipe)
#include "tst_streampipe.moc"
