// SPDX-License-Identifier: GPL-3.0-or-later
// The build history view on its own: attempts recorded to the project's file as jobs (never on the
// GUI thread), newest first, read back by a fresh view, and two builds compared step by step.
#include "core/builder/buildcomparison.h"
#include "ui/builder/buildcomparisonmodel.h"
#include "ui/builder/buildhistorymodel.h"
#include "ui/builder/buildhistoryview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright;
using namespace Dockwright::Core;
using namespace Dockwright::Ui;
using namespace Qt::StringLiterals;

namespace {
BuildResult build(const QString &id, bool cached, const QDateTime &started)
{
    BuildResult result;
    result.imageId = id;
    result.started = started;
    result.durationMs = 1200;
    BuildStep step;
    step.id = u"step-1"_s;
    step.name = u"[1/1] RUN make"_s;
    step.instruction = u"RUN make"_s;
    step.started = started;
    step.completed = started.addMSecs(1000);
    step.cached = cached;
    result.steps = {step};
    result.cacheableSteps = 1;
    result.cachedSteps = cached ? 1 : 0;
    return result;
}
} // namespace

class TestBuildHistoryView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recordsReadsBackAndCompares()
    {
        const QString file = m_dir.filePath(u"history.json"_s);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-60);
        {
            BuildHistoryView view;
            QAbstractItemModelTester tester(
                view.historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy recorded(&view, &BuildHistoryView::recorded);
            view.record(file, build(u"sha256:aaa"_s, false, t0));
            QVERIFY(view.isRecording());
            QCOMPARE(view.historyModel()->rowCount(), 0); // nothing was read or written on this thread yet
            QVERIFY(recorded.wait(5000));
            view.record(file, build(u"sha256:bbb"_s, true, t0.addSecs(30)));
            QVERIFY(recorded.wait(5000));
            QCOMPARE(view.historyModel()->rowCount(), 2);
            QCOMPARE(view.historyModel()->record(0).imageId, u"sha256:bbb"_s); // newest first
        }
        // A new view (another session, or dockwright-cli build wrote it) reads the same file.
        BuildHistoryView view;
        QSignalSpy loaded(&view, &BuildHistoryView::loaded);
        view.load(file);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(view.historyModel()->rowCount(), 2);

        view.compare(0, 1);
        QAbstractItemModelTester tester(view.comparisonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.comparisonModel()->rowCount(), 1);
        // The older build ran the step, the newer one took it from the cache.
        QCOMPARE(view.comparisonModel()
                     ->index(0, BuildComparisonModel::ChangeColumn)
                     .data(BuildComparisonModel::ChangeRole)
                     .toInt(),
            int(BuildComparison::Change::CacheGained));
        QVERIFY(view.findChild<QLabel *>()->text().contains(u"→"_s));
    }

    void aMissingFileIsAnEmptyHistory()
    {
        BuildHistoryView view;
        QSignalSpy loaded(&view, &BuildHistoryView::loaded);
        view.load(m_dir.filePath(u"none.json"_s));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(view.historyModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestBuildHistoryView)
#include "tst_buildhistoryview.moc"
