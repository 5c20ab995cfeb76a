// SPDX-License-Identifier: GPL-3.0-or-later
// The build panel against the real engine (LABELS engine): a busybox Dockerfile built twice shows CACHED
// steps the second time; a failing RUN is highlighted and reported with its Dockerfile line.
#include "core/builder/buildstep.h"
#include "core/engine/engineclient.h"
#include "filejobs.h"
#include "testengine.h"
#include "ui/builder/buildcomparisonmodel.h"
#include "ui/builder/buildhistorymodel.h"
#include "ui/builder/buildpanel.h"
#include "ui/builder/buildstepmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Dockwright;
using namespace Dockwright::Ui;
using namespace Qt::StringLiterals;

class TestBuildPanelEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Core::EngineClient m_client;
    QString m_busybox;

    QString writeDockerfile(const QString &folder, const QByteArray &text)
    {
        QDir().mkpath(m_dir.filePath(folder));
        const QString path = m_dir.filePath(folder + u"/Dockerfile"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return {};
        return path;
    }

    static int cachedRows(const BuildStepModel &model)
    {
        int cached = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            cached += model.index(row, 0).data(BuildStepModel::CachedRole).toBool() ? 1 : 0;
        return cached;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void buildsTwiceWithCache()
    {
        DW_REQUIRE_BUSYBOX(m_client, m_busybox);
        // A per-run value keeps the first build from being a cache hit of an earlier test run.
        const QByteArray nonce = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QString dockerfile = writeDockerfile(u"cached"_s,
            "FROM " + m_busybox.toUtf8() + "\nARG MSG=hello\nRUN echo $MSG " + nonce
                + " > /msg\nRUN echo two > /two && cat /msg\n");
        QVERIFY(!dockerfile.isEmpty());

        BuildPanel panel(&m_client);
        QAbstractItemModelTester tester(panel.stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(FileJobs::openDockerfile(panel, dockerfile));
        panel.setTags({u"dockwright-test/buildpanel:latest"_s});
        QSignalSpy finished(&panel, &BuildPanel::buildFinished);

        panel.startBuild();
        QVERIFY(panel.isBuilding());
        QVERIFY(finished.wait(180000));
        QVERIFY2(panel.lastResult().ok(), qPrintable(panel.lastResult().error.toString()));
        QVERIFY(panel.stepModel()->rowCount() >= 3);
        const int firstCached = cachedRows(*panel.stepModel());
        QVERIFY(panel.resultText().contains(u"dockwright-test/buildpanel:latest"_s));
        // The step that printed last is selected, its output shown.
        const int shownRow = panel.currentStepRow();
        QVERIFY(shownRow >= 0);
        QVERIFY(!panel.stepModel()->steps().at(shownRow).log.isEmpty());
        QVERIFY(panel.findChild<QPlainTextEdit *>(u"stepLog"_s)->toPlainText().contains(u"hello"_s));

        panel.startBuild();
        QVERIFY(finished.wait(180000));
        QVERIFY2(panel.lastResult().ok(), qPrintable(panel.lastResult().error.toString()));
        const int secondCached = cachedRows(*panel.stepModel());
        QVERIFY2(secondCached >= 2 && secondCached > firstCached,
            qPrintable(u"cached rows: first %1, second %2"_s.arg(firstCached).arg(secondCached)));
        QVERIFY(panel.lastResult().cacheRatio() > 0.5);
        QVERIFY2(panel.resultText().contains(u"cache: "_s), qPrintable(panel.resultText()));
        // Both builds are in the project's history; compared, the RUN steps came from the cache.
        QVERIFY(panel.historyModel()->rowCount() >= 2);
        panel.compareHistory(0, 1);
        bool gained = false;
        for (int row = 0; row < panel.comparisonModel()->rowCount(); ++row) {
            gained = gained
                || panel.comparisonModel()->index(row, 0).data(BuildComparisonModel::ChangeRole).toInt()
                    == int(Core::BuildComparison::Change::CacheGained);
        }
        QVERIFY(gained);
        // Shown in Dockerfile order, preparation first and the export last.
        QAbstractItemModel *shown = panel.stepView()->model();
        for (int row = 1; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row - 1, 0).data(BuildStepModel::DisplayOrderRole).toLongLong()
                <= shown->index(row, 0).data(BuildStepModel::DisplayOrderRole).toLongLong());
    }

    void cancelStopsTheBuild()
    {
        DW_REQUIRE_BUSYBOX(m_client, m_busybox);
        const QByteArray nonce = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QString dockerfile
            = writeDockerfile(u"cancel"_s, "FROM " + m_busybox.toUtf8() + "\nRUN echo " + nonce + " && sleep 60\n");
        BuildPanel panel(&m_client);
        QVERIFY(FileJobs::openDockerfile(panel, dockerfile));
        panel.setTags({});
        QSignalSpy finished(&panel, &BuildPanel::buildFinished);
        panel.startBuild();
        // Cancel once the RUN step is running.
        auto running = [&panel] {
            for (const Core::BuildStep &step : panel.stepModel()->steps()) {
                if (step.instruction.startsWith(u"RUN"_s) && step.state() == Core::BuildStep::State::Running)
                    return true;
            }
            return false;
        };
        QSignalSpy changed(panel.stepModel(), &QAbstractItemModel::dataChanged);
        while (!running() && finished.isEmpty() && changed.wait(60000)) { }
        QVERIFY(running());
        QElapsedTimer timer;
        timer.start();
        panel.cancelBuild();
        // The job may end right inside cancel() (the aborted request reports at once).
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QVERIFY(timer.elapsed() < 30000);
        QCOMPARE(panel.lastResult().error.kind, Core::BuildError::Kind::Cancelled);
        QVERIFY(!panel.isBuilding());
        QVERIFY(panel.resultText().contains(u"Cancelled"_s));
        // Issue 11: the RUN step stayed "running" with a frozen clock. It is cancelled now, and no step
        // is left running or waiting.
        bool cancelledRun = false;
        for (int row = 0; row < panel.stepModel()->rowCount(); ++row) {
            const Core::BuildStep &step = panel.stepModel()->steps().at(row);
            QVERIFY2(step.isFinished(), qPrintable(step.name));
            if (step.instruction.startsWith(u"RUN"_s)) {
                cancelledRun = step.state() == Core::BuildStep::State::Cancelled;
                QCOMPARE(panel.stepModel()->index(row, BuildStepModel::StatusColumn).data().toString(), u"cancelled"_s);
            }
        }
        QVERIFY(cancelledRun);
    }

    void failingStepReportsItsLine()
    {
        DW_REQUIRE_BUSYBOX(m_client, m_busybox);
        const QString dockerfile = writeDockerfile(u"failing"_s,
            "FROM " + m_busybox.toUtf8() + "\nRUN echo fine\nRUN echo broken >&2 && exit 3\nRUN echo never\n");
        BuildPanel panel(&m_client);
        QAbstractItemModelTester tester(panel.stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(FileJobs::openDockerfile(panel, dockerfile));
        panel.setTags({});
        QSignalSpy failedAt(&panel, &BuildPanel::failedAt);
        QSignalSpy finished(&panel, &BuildPanel::buildFinished);
        panel.startBuild();
        QVERIFY(finished.wait(180000));
        QVERIFY(!panel.lastResult().ok());
        QCOMPARE(failedAt.count(), 1);
        QCOMPARE(failedAt.first().at(0).toString(), dockerfile);
        QCOMPARE(failedAt.first().at(1).toInt(), 3);
        const int row = panel.stepModel()->failedRow();
        QVERIFY(row >= 0);
        QCOMPARE(panel.stepModel()->index(row, 0).data(BuildStepModel::LineRole).toInt(), 3);
        QVERIFY(panel.resultText().contains(u"line 3"_s));
        // The view points at the failed step, whose output is shown.
        QCOMPARE(panel.currentStepRow(), row);
        // Issue 11: the step after the failure stayed "waiting". It is marked as not run.
        for (int r = 0; r < panel.stepModel()->rowCount(); ++r) {
            const Core::BuildStep &step = panel.stepModel()->steps().at(r);
            QVERIFY2(step.isFinished(), qPrintable(step.name));
            if (step.instruction.startsWith(u"RUN echo never"_s))
                QCOMPARE(step.state(), Core::BuildStep::State::NotRun);
        }
    }

    void followsTheEngineConnection()
    {
        // Issue 11: after a reconnect the Build panel still said "No engine".
        DW_REQUIRE_ENGINE(m_client);
        Core::EngineClient client;
        client.setEndpoint(Core::Endpoint::fromUri(u"unix:///nonexistent/dockwright-buildpanel.sock"_s));
        QVERIFY(!client.connectAndWait(10000));
        BuildPanel panel(&client);
        auto *state = panel.findChild<QLabel *>(u"buildState"_s);
        QVERIFY(state);
        QCOMPARE(state->text(), u"No engine"_s);
        panel.startBuild(); // refused, with why
        QCOMPARE(state->text(), u"No engine"_s);
        QVERIFY(!panel.isBuilding());

        // The engine comes back (EngineSession reconnects the same client).
        client.setEndpoint(Test::testEndpoint());
        QSignalSpy changed(&client, &Core::EngineClient::stateChanged);
        client.connectToEngine();
        while (client.state() != Core::EngineClient::State::Connected && changed.wait(30000)) { }
        QCOMPARE(client.state(), Core::EngineClient::State::Connected);
        QVERIFY2(!state->text().contains(u"engine"_s), qPrintable(state->text()));
        for (QLabel *label : panel.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(u"Not connected"_s), qPrintable(label->text()));

        // And goes away again.
        client.setEndpoint(Core::Endpoint::fromUri(u"unix:///nonexistent/dockwright-buildpanel.sock"_s));
        client.connectToEngine();
        while (client.state() == Core::EngineClient::State::Connecting && changed.wait(30000)) { }
        QCOMPARE(state->text(), u"No engine"_s);
    }
};

QTEST_MAIN(TestBuildPanelEngine)
#include "tst_buildpanelengine.moc"
