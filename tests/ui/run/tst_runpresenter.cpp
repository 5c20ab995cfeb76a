// SPDX-License-Identifier: GPL-3.0-or-later
// The run area's texts: an exit code says what it means (143 is docker stop's SIGTERM, 137 with
// OOMKilled the memory limit), a stopped container shows its last stats or "Not running", never
// "0 bytes of 0 bytes", and the score line says why --privileged keeps it low.
#include "core/run/dockerruncommand.h"
#include "ui/run/runpresenter.h"

#include <QApplication>
#include <QTest>

using namespace Dockwright;
using namespace Dockwright::Ui;
using namespace Qt::StringLiterals;

class TestRunPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodesAreExplained()
    {
        ContainerController::State s;
        s.id = u"0123456789abcdef"_s;
        s.name = u"web"_s;
        s.status = Core::ContainerState::Exited;
        s.exitCode = 143;
        const QString stopped = RunPresenter::stateHtml(s, QApplication::palette());
        QVERIFY2(stopped.contains(u"exit code 143"_s), qPrintable(stopped));
        QVERIFY2(stopped.contains(u"SIGTERM"_s) && stopped.contains(u"docker stop"_s), qPrintable(stopped));
        QVERIFY(stopped.contains(u"Exited"_s));
        s.exitCode = 137;
        QVERIFY(RunPresenter::stateHtml(s, QApplication::palette()).contains(u"SIGKILL"_s));
        s.oomKilled = true;
        QVERIFY(RunPresenter::stateHtml(s, QApplication::palette()).contains(u"memory"_s));
        s.oomKilled = false;
        s.exitCode = 127;
        QVERIFY(RunPresenter::stateHtml(s, QApplication::palette()).contains(u"not found"_s));
        // A running container has no exit code to explain.
        s.status = Core::ContainerState::Running;
        QVERIFY(!RunPresenter::stateHtml(s, QApplication::palette()).contains(u"exit code"_s));
    }

    void statsAfterTheContainerStopped()
    {
        QCOMPARE(RunPresenter::stoppedStatsText(std::nullopt), u"Not running."_s);
        ContainerStats last;
        last.valid = true;
        last.cpuPercent = 2.5;
        last.memoryUsage = 3'000'000;
        last.memoryLimit = 512'000'000;
        last.pids = 2;
        const QString text = RunPresenter::stoppedStatsText(last);
        QVERIFY2(text.startsWith(u"Not running. Last seen while running: CPU 2.5 %"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"0 bytes of 0 bytes"_s), qPrintable(text));
        QVERIFY(text.contains(u"2 process(es)"_s) || text.contains(u"2 processes"_s));
    }

    void scoreLineSaysWhyPrivilegedIsLow()
    {
        Core::RunProfile p = Core::DockerRunCommand::parse(u"docker run img"_s).profile;
        for (const Core::Hardening::Check check : Core::Hardening::allChecks())
            Core::Hardening::setApplied(p, check, true);
        p.privileged = true;
        const Core::Hardening::Report report = Core::Hardening::evaluate(p);
        QCOMPARE(report.score, Core::Hardening::PrivilegedScoreCap);
        QVERIFY(RunPresenter::scoreText(report).contains(u"--privileged caps the score"_s));
        QVERIFY(RunPresenter::firstError(report).isEmpty());
        p.image.clear();
        QVERIFY(!RunPresenter::firstError(Core::Hardening::evaluate(p)).isEmpty());
    }
};

QTEST_MAIN(TestRunPresenter)
#include "tst_runpresenter.moc"
