// SPDX-License-Identifier: GPL-3.0-or-later
// The run panel against the real engine (LABELS engine): Run starts the busybox image, both log lines
// arrive with their stream, state and stats follow, the checkup answers, Stop and Remove end it.
#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/engine/resources.h"
#include "core/run/hardening.h"
#include "testengine.h"
#include "ui/engine/containersmodel.h"
#include "ui/run/containercontroller.h"
#include "ui/run/containerview.h"
#include "ui/run/logmodel.h"
#include "ui/run/runcontainersproxy.h"
#include "ui/run/runpanel.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Dockwright;
using namespace Dockwright::Ui;
using Core::LogRecord;
using namespace Qt::StringLiterals;

namespace {
const QString testLabel = u"dockwright.test.runpanel"_s;

const LogModel::Line *findLine(const LogModel &model, const QString &text)
{
    for (const LogModel::Line &line : model.lines()) {
        if (line.text == text)
            return &line;
    }
    return nullptr;
}
} // namespace

class TestRunPanelEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Core::EngineClient m_client;

    // Waits for the controller to report a state with this status.
    bool waitForStatus(ContainerController *controller, Core::ContainerState status, int timeoutMs = 30000)
    {
        QSignalSpy spy(controller, &ContainerController::stateChanged);
        QDeadlineTimer deadline(timeoutMs);
        while (controller->state().status != status) {
            if (deadline.hasExpired() || !spy.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
                return controller->state().status == status;
        }
        return true;
    }

    int inspectStatus(const QString &id)
    {
        Core::EngineCall *call = m_client.send(Core::EngineRequest::get(u"/containers/"_s + id + u"/json"_s));
        call->setAutoDelete(false);
        call->waitForFinished(30000);
        const int status = call->httpStatus();
        delete call;
        return status;
    }

    // What the Containers page's refresher does: the engine's list, into the shared model.
    void listInto(ContainersModel &model)
    {
        Core::EngineCall *call = m_client.send(Core::EngineApi::listContainers(true));
        call->setAutoDelete(false);
        call->waitForFinished(30000);
        model.setContainers(Core::ContainerSummary::listFromJson(call->json().array()));
        delete call;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"DockwrightTest"_s);
        QCoreApplication::setApplicationName(u"tst_runpanelengine"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }

    // Issue 13 item 2, seen in the GUI walkthrough: Run from the Build panel set the image without
    // inspecting it, so an image whose USER is 65534 scored "non-root: missing". The checks use the
    // effective configuration: the image's USER counts without --user.
    void runImageCountsTheImagesUser()
    {
        QString busybox;
        DW_REQUIRE_BUSYBOX(m_client, busybox);
        const QString tag = u"dockwright-test/run-user:latest"_s;
        QString error;
        QVERIFY2(!Dockwright::Test::buildImage(
                     m_client, tag, "FROM dockwright-test/busybox:latest\nUSER 65534:65534\n", {}, &error)
                     .isEmpty(),
            qPrintable(error));
        const auto nonRoot = [](const RunPanel &panel) {
            for (const Core::Hardening::Item &item : panel.hardeningReport().items) {
                if (item.check == Core::Hardening::Check::NonRootUser)
                    return item.status == Core::Hardening::Status::Applied;
            }
            return false;
        };
        {
            RunPanel panel(&m_client, nullptr);
            panel.runImage(tag);
            QVERIFY2(QTest::qWaitFor([&] { return nonRoot(panel); }, 20000),
                "the image's USER 65534 does not count as non-root");
            // setProfile (a restored or pasted form) asks too.
            RunPanel other(&m_client, nullptr);
            Core::RunProfile profile;
            profile.image = tag;
            other.setProfile(profile);
            QVERIFY(QTest::qWaitFor([&] { return nonRoot(other); }, 20000));
        }
        QSettings().clear(); // the panels saved their forms: the next test starts from an empty one
    }

    void runsFollowsChecksStopsAndRemoves()
    {
        QString image;
        DW_REQUIRE_BUSYBOX(m_client, image);

        RunPanel panel(&m_client, nullptr);
        panel.show();
        // Connected, but no image yet: nothing to run.
        QVERIFY(!panel.findChild<QPushButton *>(u"runButton"_s)->isEnabled());
        QVERIFY(panel.commandText().isEmpty());
        QVERIFY(panel.pasteCommand(u"docker run --init --label "_s + testLabel + u" "_s + image
            + u" sh -c 'echo out; echo err >&2; sleep 30'"_s));
        auto *runButton = panel.findChild<QPushButton *>(u"runButton"_s);
        QVERIFY(runButton->isEnabled());
        runButton->click();
        ContainerController *controller = panel.controller();
        QVERIFY2(waitForStatus(controller, Core::ContainerState::Running),
            qPrintable(panel.findChild<QLabel *>(u"stateLabel"_s)->text()));
        const QString id = controller->containerId();
        QVERIFY(!id.isEmpty());

        QSignalSpy rows(panel.logModel(), &QAbstractItemModel::rowsInserted);
        QDeadlineTimer deadline(20000);
        while (
            !(findLine(*panel.logModel(), u"out"_s) && findLine(*panel.logModel(), u"err"_s)) && !deadline.hasExpired())
            rows.wait(int(qMax<qint64>(1, deadline.remainingTime())));
        const LogModel::Line *out = findLine(*panel.logModel(), u"out"_s);
        const LogModel::Line *err = findLine(*panel.logModel(), u"err"_s);
        QVERIFY(out);
        QVERIFY(err);
        QCOMPARE(out->stream, LogRecord::Stream::Stdout);
        QCOMPARE(err->stream, LogRecord::Stream::Stderr);
        QVERIFY(out->timestamp.isValid()); // asked with timestamps=1, so the toggle needs no refetch
        const int errRow = panel.logModel()->find(u"err"_s, -1);
        QVERIFY(panel.logModel()->index(errRow).data(Qt::ForegroundRole).isValid());

        QSignalSpy stats(controller, &ContainerController::statsChanged);
        QVERIFY(stats.wait(20000));
        QVERIFY(!panel.findChild<QLabel *>(u"statsLabel"_s)->text().isEmpty());

        QSignalSpy checkup(&panel, &RunPanel::checkupFinished);
        auto *checkupButton = panel.findChild<QPushButton *>(u"checkupButton"_s);
        QVERIFY(checkupButton->isEnabled());
        checkupButton->click();
        QVERIFY(checkup.wait(30000));
        const Core::Checkup::Result result = panel.checkupResult();
        QVERIFY2(!result.error, qPrintable(result.error.toString()));
        // The image has no /etc/passwd; Podman sets no supplementary groups.
        QVERIFY2(result.idOutput == u"uid=0 gid=0 groups=0"_s || result.idOutput == u"uid=0 gid=0"_s,
            qPrintable(result.idOutput));
        QCOMPARE(result.rootWritable, std::optional<bool>(true));

        panel.findChild<QPushButton *>(u"stopButton"_s)->click();
        QVERIFY(waitForStatus(controller, Core::ContainerState::Exited));
        // --init forwards SIGTERM to sh, which ends at once with 143.
        QCOMPARE(controller->state().exitCode, 143);
        const QString state = panel.findChild<QLabel *>(u"stateLabel"_s)->text();
        QVERIFY2(state.contains(u"exit code 143"_s), qPrintable(state));
        // What 143 means, and the stats of the stopped container are the last ones seen, not zeros.
        QVERIFY2(state.contains(u"SIGTERM"_s) && state.contains(u"docker stop"_s), qPrintable(state));
        const QString statsText = panel.findChild<QLabel *>(u"statsLabel"_s)->text();
        QVERIFY2(statsText.startsWith(u"Not running."_s), qPrintable(statsText));
        QVERIFY2(!statsText.contains(u"0 B of 0 B"_s) && !statsText.contains(u"0 bytes of 0 bytes"_s),
            qPrintable(statsText));
        QVERIFY(!panel.findChild<QPushButton *>(u"stopButton"_s)->isEnabled());

        auto *removeButton = panel.findChild<QPushButton *>(u"removeButton"_s);
        QVERIFY(removeButton->isEnabled());
        removeButton->click();
        QVERIFY(waitForStatus(controller, Core::ContainerState::Removed));
        QCOMPARE(inspectStatus(id), 404);
        QVERIFY(!removeButton->isEnabled());
    }

    void aSecondRunLeavesTheFirstManageable()
    {
        QString image;
        DW_REQUIRE_BUSYBOX(m_client, image);
        ContainersModel containers;
        RunPanel panel(&m_client, nullptr);
        panel.setContainersModel(&containers);
        panel.show();
        QVERIFY(panel.pasteCommand(u"docker run --init --label "_s + testLabel + u" "_s + image + u" sleep 30"_s));
        auto *runButton = panel.findChild<QPushButton *>(u"runButton"_s);
        ContainerController *controller = panel.controller();
        runButton->click();
        QVERIFY(waitForStatus(controller, Core::ContainerState::Running));
        const QString first = controller->containerId();
        QVERIFY(runButton->isEnabled());
        runButton->click();
        QSignalSpy changed(controller, &ContainerController::stateChanged);
        QDeadlineTimer deadline(30000);
        while (!(controller->containerId() != first && controller->isRunning()) && !deadline.hasExpired())
            changed.wait(int(qMax<qint64>(1, deadline.remainingTime())));
        const QString second = controller->containerId();
        QVERIFY(second != first && controller->isRunning());

        // Both are listed from the shared model; picking the first follows it, and Stop stops it.
        listInto(containers);
        RunContainersProxy *list = panel.containerView()->containers();
        QVERIFY(list->rowOfId(first) >= 0);
        QVERIFY(list->rowOfId(second) >= 0);
        auto *view = panel.findChild<QTreeView *>(u"runContainersView"_s);
        view->setCurrentIndex(list->index(list->rowOfId(first), 0));
        QCOMPARE(controller->containerId(), first);
        QVERIFY(waitForStatus(controller, Core::ContainerState::Running));
        panel.findChild<QPushButton *>(u"stopButton"_s)->click();
        QVERIFY(waitForStatus(controller, Core::ContainerState::Exited));
        listInto(containers);
        QCOMPARE(list->index(list->rowOfId(first), ContainersModel::StateColumn).data().toString(), u"Exited"_s);
        QCOMPARE(list->index(list->rowOfId(second), ContainersModel::StateColumn).data().toString(), u"Running"_s);
        for (const QString &id : {first, second})
            Test::removeContainer(m_client, id);
    }
};

QTEST_MAIN(TestRunPanelEngine)
#include "tst_runpanelengine.moc"
