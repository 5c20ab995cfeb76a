// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/jobtracker.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <memory>

using namespace Dockwright::Core;

namespace {
// Polls the stop flag every millisecond for up to `ms`, as a well-behaved job does.
bool busyFor(const JobControl &control, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (control.isCancelled())
            return false;
        QThread::msleep(1);
    }
    return true;
}
} // namespace

class TestJobTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversOnTheContextThreadAndClearsRunning()
    {
        QObject context;
        JobTracker tracker(&context);
        QThread *worker = nullptr;
        QThread *deliveredOn = nullptr;
        int value = 0;
        QVERIFY(!tracker.isRunning());
        const quint64 id = tracker.start(
            [&worker](const JobControl &control) {
                worker = QThread::currentThread();
                return int(control.jobId()) * 10;
            },
            [&](int result) {
                deliveredOn = QThread::currentThread();
                value = result;
            });
        QCOMPARE(tracker.currentJobId(), id);
        QVERIFY(tracker.isRunning());
        QTRY_COMPARE(value, int(id) * 10);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(worker != QThread::currentThread());
        QVERIFY(!tracker.isRunning());
    }

    void aNewStartSupersedesAndStopsTheOldJob()
    {
        QObject context;
        JobTracker tracker(&context);
        auto oldStopped = std::make_shared<std::atomic_bool>(false);
        QList<QString> delivered;
        tracker.start(
            [oldStopped](const JobControl &control) {
                if (!busyFor(control, 5000))
                    oldStopped->store(true);
                return QStringLiteral("old");
            },
            [&](const QString &r) { delivered.append(r); });
        QElapsedTimer timer;
        timer.start();
        tracker.start(
            [](const JobControl &) { return QStringLiteral("new"); }, [&](const QString &r) { delivered.append(r); });
        QVERIFY2(timer.elapsed() < 16, "start() must not wait for the job it supersedes");
        QTRY_VERIFY(oldStopped->load());
        QTRY_COMPARE(delivered, QList<QString> {QStringLiteral("new")});
        // The old job has returned by now; its result must not come late either.
        QVERIFY(!QTest::qWaitFor([&] { return delivered != QList<QString> {QStringLiteral("new")}; }, 50));
        QCOMPARE(delivered, QList<QString> {QStringLiteral("new")});
    }

    void cancelStopsWithin100msAndTheAnswerStillArrives()
    {
        QObject context;
        JobTracker tracker(&context);
        bool sawCancel = false;
        bool answered = false;
        QSemaphore started;
        tracker.start(
            [&started](const JobControl &control) {
                started.release();
                return !busyFor(control, 10000);
            },
            [&](bool cancelled) {
                sawCancel = cancelled;
                answered = true;
            });
        QVERIFY(started.tryAcquire(1, 5000));
        QElapsedTimer timer;
        timer.start();
        tracker.cancel();
        QVERIFY(tracker.isCancelling());
        QTRY_VERIFY_WITH_TIMEOUT(answered, 1000);
        QVERIFY2(timer.elapsed() <= 100, qPrintable(QStringLiteral("stopped after %1 ms").arg(timer.elapsed())));
        QVERIFY(sawCancel);
        QVERIFY(!tracker.isRunning());
    }

    void discardDropsTheResultAtOnce()
    {
        QObject context;
        JobTracker tracker(&context);
        bool delivered = false;
        QSemaphore release;
        tracker.start(
            [&release](const JobControl &) {
                release.tryAcquire(1, 5000);
                return 1;
            },
            [&](int) { delivered = true; });
        tracker.discard();
        QVERIFY(!tracker.isRunning());
        release.release();
        QVERIFY(!QTest::qWaitFor([&] { return delivered; }, 200));
    }

    void aDeadContextOrTrackerGetsNothing()
    {
        auto delivered = std::make_shared<int>(0);
        QSemaphore release;
        {
            QObject context;
            JobTracker tracker(&context);
            tracker.start(
                [&release](const JobControl &) {
                    release.tryAcquire(1, 5000);
                    return 1;
                },
                [delivered](int) { ++*delivered; });
        } // tracker and context die while the job runs
        auto context = std::make_unique<QObject>();
        {
            JobTracker tracker(context.get());
            tracker.start([](const JobControl &) { return 2; }, [delivered](int) { ++*delivered; });
            context.reset(); // the context dies first, the tracker after it
        }
        release.release();
        QVERIFY(!QTest::qWaitFor([&] { return *delivered > 0; }, 200));
    }

    void postReachesTheContextOnlyWhileCurrent()
    {
        QObject context;
        JobTracker tracker(&context);
        QList<int> progress;
        QSemaphore step;
        QSemaphore posted;
        tracker.start(
            [&](const JobControl &control) {
                control.post([&progress] { progress.append(1); });
                posted.release();
                step.tryAcquire(1, 5000);
                control.post([&progress] { progress.append(2); }); // superseded by now: dropped
                posted.release();
            },
            [] {});
        QVERIFY(posted.tryAcquire(1, 5000));
        QTRY_COMPARE(progress, QList<int> {1});
        tracker.discard();
        step.release();
        QVERIFY(posted.tryAcquire(1, 5000));
        QVERIFY(!QTest::qWaitFor([&] { return progress.size() > 1; }, 100));
    }

    void voidJobsAndTheStopFlag()
    {
        QObject context;
        JobTracker tracker(&context);
        const std::atomic_bool *flag = nullptr;
        bool done = false;
        tracker.start([&flag](const JobControl &control) { flag = control.stopFlag(); }, [&done] { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(flag);
        QVERIFY(!JobControl().isCancelled());
        QVERIFY(!JobControl().stopFlag());
    }

    void theSharedPoolHasRoomForWaitingJobs()
    {
        QVERIFY(JobTracker::pool()->maxThreadCount() >= 8);
        // Two jobs that wait on IO do not keep a third, quick one from running.
        QObject context;
        JobTracker a(&context), b(&context), c(&context);
        QSemaphore release;
        a.start([&](const JobControl &) { release.tryAcquire(1, 5000); }, [] {});
        b.start([&](const JobControl &) { release.tryAcquire(1, 5000); }, [] {});
        bool quick = false;
        c.start([](const JobControl &) {}, [&quick] { quick = true; });
        QTRY_VERIFY_WITH_TIMEOUT(quick, 2000);
        release.release(2);
        QVERIFY(JobTracker::pool()->waitForDone(5000)); // the jobs use `release`, which dies with us
    }
};

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
