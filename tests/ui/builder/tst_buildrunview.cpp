// SPDX-License-Identifier: GPL-3.0-or-later
// The build run view on its own: a job's steps and output as they arrive (appended, not re-set),
// following the printing step until the user picks one, and the result and failure lines.
#include "core/builder/buildjob.h"
#include "ui/builder/buildrunview.h"
#include "ui/builder/buildstepmodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace Dockwright;
using namespace Dockwright::Core;
using namespace Dockwright::Ui;
using namespace Qt::StringLiterals;

namespace {
BuildStep step(const QString &name, const QByteArray &log)
{
    BuildStep s;
    s.id = name;
    s.name = name;
    s.started = QDateTime::currentDateTimeUtc();
    s.log = log;
    return s;
}

QPushButton *button(const QWidget &view, const QString &text)
{
    for (QPushButton *b : view.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}
} // namespace

class TestBuildRunView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outputIsAppendedAsItArrives()
    {
        BuildRunView view;
        QAbstractItemModelTester tester(view.stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        BuildJob job(nullptr);
        view.follow(&job);
        auto *log = view.findChild<QPlainTextEdit *>(u"stepLog"_s);
        QVERIFY(log);

        Q_EMIT job.stepAdded(0, step(u"[1/2] RUN one"_s, {}));
        Q_EMIT job.stepAdded(1, step(u"[2/2] RUN two"_s, {}));
        // The step that prints is shown until the user picks one.
        BuildStep two = step(u"[2/2] RUN two"_s, "line 1\n");
        Q_EMIT job.stepChanged(1, two);
        Q_EMIT job.logReceived(1, 1, "line 1\n");
        QCOMPARE(view.currentStepRow(), 1);
        QCOMPARE(log->toPlainText(), u"line 1\n"_s);

        // New output is inserted at the end; the text shown so far is never replaced.
        QSignalSpy changes(log->document(), &QTextDocument::contentsChange);
        QByteArray all = two.log;
        for (int i = 2; i <= 200; ++i) {
            all += "line " + QByteArray::number(i) + '\n';
            two.log = all;
            Q_EMIT job.stepChanged(1, two);
        }
        QCOMPARE(log->toPlainText(), QString::fromUtf8(all));
        QVERIFY(!changes.isEmpty());
        for (const QList<QVariant> &change : std::as_const(changes))
            QCOMPARE(change.at(1).toInt(), 0); // charsRemoved: nothing shown was taken away

        // A character split across two chunks arrives whole.
        const QByteArray e = "\xc3\xa9"; // é
        two.log = all + e.left(1);
        Q_EMIT job.stepChanged(1, two);
        two.log = all + e + '\n';
        Q_EMIT job.stepChanged(1, two);
        QVERIFY(log->toPlainText().endsWith(u"é\n"_s));

        // Another step: its own output, from the start.
        view.stepView()->setCurrentIndex(view.stepView()->model()->index(0, 0));
        QCOMPARE(view.currentStepRow(), 0);
        QCOMPARE(log->toPlainText(), QString());
    }

    void interruptedStepsNeitherRunNorWait()
    {
        // Issue 11: a cancelled step stayed "running" with a frozen timer, later steps "waiting".
        BuildRunView view;
        QAbstractItemModelTester tester(view.stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        BuildJob job(nullptr);
        view.follow(&job);
        BuildStep running = step(u"[1/2] RUN sleep 60"_s, {});
        running.started = QDateTime::currentDateTimeUtc().addSecs(-3);
        BuildStep waiting = step(u"[2/2] RUN echo later"_s, {});
        waiting.started = {};
        Q_EMIT job.stepAdded(0, running);
        Q_EMIT job.stepAdded(1, waiting);
        BuildStepModel *model = view.stepModel();
        const auto status
            = [model](int row) { return model->index(row, BuildStepModel::StatusColumn).data().toString(); };
        QCOMPARE(status(0), u"running"_s);
        QCOMPARE(status(1), u"waiting"_s);

        // What BuildJob sends when the build ends early (BuildOutputParser::interrupt()).
        running.interrupted = true;
        running.completed = running.started.addSecs(3);
        waiting.interrupted = true;
        Q_EMIT job.stepChanged(0, running);
        Q_EMIT job.stepChanged(1, waiting);
        QCOMPARE(status(0), u"cancelled"_s);
        QCOMPARE(status(1), u"not run"_s);
        QCOMPARE(model->index(0, BuildStepModel::DurationColumn).data().toString(), u"3.0 s"_s);
        QCOMPARE(model->index(1, BuildStepModel::DurationColumn).data().toString(), QString());
        // The clock has nothing left to count.
        QSignalSpy ticks(model, &QAbstractItemModel::dataChanged);
        model->refreshDurations();
        QCOMPARE(ticks.count(), 0);
        QCOMPARE(model->failedRow(), -1);
    }

    void successAndFailureLines()
    {
        BuildRunView view;
        BuildJob job(nullptr);
        view.follow(&job);
        QVERIFY(!button(view, u"Build"_s)->isEnabled());
        QVERIFY(button(view, u"Cancel"_s)->isEnabled());
        QVERIFY(!button(view, u"Explore layers"_s)->isEnabled());

        BuildStep failing = step(u"[1/1] RUN false"_s, "oops\n");
        failing.error = u"process exited with code 1"_s;
        Q_EMIT job.stepAdded(0, failing);
        BuildError error;
        error.kind = BuildError::Kind::Build;
        error.message = u"RUN false failed"_s;
        error.line = 3;
        view.showFailed(error, u"Dockerfile"_s);
        QVERIFY2(view.resultText().contains(u"Dockerfile line 3"_s), qPrintable(view.resultText()));
        QCOMPARE(view.currentStepRow(), 0);
        QVERIFY(
            view.findChild<QPlainTextEdit *>(u"stepLog"_s)->toPlainText().endsWith(u"process exited with code 1"_s));
        view.showFinished(job);
        QVERIFY(button(view, u"Build"_s)->isEnabled());
        QVERIFY(!button(view, u"Cancel"_s)->isEnabled());

        BuildResult result;
        result.imageId = u"sha256:0123456789abcdef"_s;
        result.tags = QStringList {u"demo:latest"_s};
        result.imageSize = 2'030'000;
        result.durationMs = 1500;
        view.showSucceeded(result);
        QVERIFY2(view.resultText().contains(u"0123456789ab"_s) && view.resultText().contains(u"demo:latest"_s)
                && view.resultText().contains(u"2.03 MB"_s),
            qPrintable(view.resultText()));
        QVERIFY(button(view, u"Explore layers"_s)->isEnabled());
        QVERIFY(button(view, u"Run"_s)->isEnabled());
        QSignalSpy explore(&view, &BuildRunView::exploreClicked);
        button(view, u"Explore layers"_s)->click();
        QCOMPARE(explore.size(), 1);
    }
};

QTEST_MAIN(TestBuildRunView)
#include "tst_buildrunview.moc"
