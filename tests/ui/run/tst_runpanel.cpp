// SPDX-License-Identifier: GPL-3.0-or-later
// The run panel without an engine: form and command stay in sync both ways, a pasted command fills
// the form and names what it left out, the production preset adds the guide's flags and raises the
// score, and every check's explanation can be read where the learner is.
#include "core/run/dockerruncommand.h"
#include "ui/engine/containersmodel.h"
#include "ui/run/capabilitiesmodel.h"
#include "ui/run/containercontroller.h"
#include "ui/run/containerview.h"
#include "ui/run/envmodel.h"
#include "ui/run/hardeningmodel.h"
#include "ui/run/hardeningview.h"
#include "ui/run/logmodel.h"
#include "ui/run/mountsmodel.h"
#include "ui/run/portsmodel.h"
#include "ui/run/runcontainersproxy.h"
#include "ui/run/runpanel.h"
#include "ui/run/tmpfsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Dockwright;
using namespace Dockwright::Ui;
using Core::Hardening;
using Core::RunProfile;
using namespace Qt::StringLiterals;

class TestRunPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    template<typename T>
    static T *child(const RunPanel &panel, const char *name)
    {
        T *w = panel.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    static QString commandView(const RunPanel &panel)
    {
        return child<QPlainTextEdit>(panel, "commandView")->toPlainText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"DockwrightTest"_s);
        QCoreApplication::setApplicationName(u"tst_runpanel"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }

    void init() { QSettings().clear(); }

    void editingFieldsChangesTheCommand()
    {
        RunPanel panel(nullptr, nullptr);
        // Testers before any data reaches the models.
        QAbstractItemModelTester ports(panel.portsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester env(panel.envModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester binds(panel.bindsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tmpfs(panel.tmpfsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester caps(
            panel.capabilitiesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester checks(panel.hardeningModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();

        child<QComboBox>(panel, "imageEdit")->setEditText(u"myapp:dev"_s);
        QCOMPARE(panel.profile().image, u"myapp:dev"_s);
        QCOMPARE(commandView(panel), u"docker run myapp:dev"_s);

        QSignalSpy changed(&panel, &RunPanel::profileChanged);
        QTest::keyClicks(child<QLineEdit>(panel, "nameEdit"), u"web"_s);
        QCOMPARE(changed.size(), 3); // one per key
        QVERIFY(commandView(panel).contains(u"--name web \\\n"_s));
        QTest::keyClicks(child<QLineEdit>(panel, "commandEdit"), u"sh -c 'echo hi there'"_s);
        QCOMPARE(panel.profile().command, (QStringList {u"sh"_s, u"-c"_s, u"echo hi there"_s}));
        QVERIFY(commandView(panel).endsWith(u"myapp:dev sh -c 'echo hi there'"_s));
        QTest::keyClicks(child<QLineEdit>(panel, "memoryEdit"), u"256m"_s);
        QVERIFY(commandView(panel).contains(u"--memory 256m"_s));
        QTest::keyClicks(child<QLineEdit>(panel, "cpusEdit"), u"0.5"_s);
        QVERIFY(commandView(panel).contains(u"--cpus 0.5"_s));
        child<QSpinBox>(panel, "pidsSpin")->setValue(64);
        QVERIFY(commandView(panel).contains(u"--pids-limit 64"_s));
        child<QCheckBox>(panel, "autoRemoveCheck")->setChecked(true);
        QVERIFY(commandView(panel).startsWith(u"docker run --rm \\\n"_s));
        auto *restart = child<QComboBox>(panel, "restartCombo");
        restart->setCurrentIndex(restart->findData(u"unless-stopped"_s));
        QVERIFY(commandView(panel).contains(u"--restart unless-stopped"_s));
        child<QComboBox>(panel, "networkCombo")->setEditText(u"none"_s);
        QVERIFY(commandView(panel).contains(u"--network none"_s));

        RunProfile::Port port;
        port.hostPort = u"8080"_s;
        port.containerPort = u"80"_s;
        panel.portsModel()->appendRow(port);
        QVERIFY(commandView(panel).contains(u"-p 8080:80"_s));
        const int envRow = panel.envModel()->appendRow({u"LOG_LEVEL"_s, u"info"_s, true});
        panel.envModel()->setData(panel.envModel()->index(envRow, EnvModel::ValueColumn), u"debug two"_s);
        QVERIFY(commandView(panel).contains(u"-e 'LOG_LEVEL=debug two'"_s));
        panel.bindsModel()->appendRow(panel.bindsModel()->newMount(u"/srv/my data"_s, u"/data"_s));
        QVERIFY(commandView(panel).contains(u"-v '/srv/my data:/data:ro'"_s));
        panel.capabilitiesModel()->setData(panel.capabilitiesModel()->index(0), Qt::Checked, Qt::CheckStateRole);
        QVERIFY(commandView(panel).contains(u"--cap-add=NET_BIND_SERVICE"_s));

        // An invalid value is flagged and leaves the command as it was.
        auto *memory = child<QLineEdit>(panel, "memoryEdit");
        QTest::keyClicks(memory, u"x"_s);
        QVERIFY(!memory->styleSheet().isEmpty());
        QVERIFY(commandView(panel).contains(u"--memory 256m"_s));

        // The command shown is what the profile generates, and it reads back to the same profile.
        const auto reparsed = Core::DockerRunCommand::parse(commandView(panel));
        QVERIFY2(reparsed.ok(), qPrintable(reparsed.error));
        QCOMPARE(reparsed.profile, panel.profile());

        // Copy puts exactly that text on the clipboard.
        child<QPushButton>(panel, "copyButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), commandView(panel));
    }

    void pastingACommandFillsTheForm()
    {
        RunPanel panel(nullptr, nullptr);
        QAbstractItemModelTester ports(panel.portsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester env(panel.envModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester binds(panel.bindsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester volumes(panel.volumesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tmpfs(panel.tmpfsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester caps(
            panel.capabilitiesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(panel.pasteCommand(u"sudo docker run -d --name api -p 127.0.0.1:8080:80 -e TOKEN=x \\\n"
                                   " --read-only --cap-drop=ALL --cap-add NET_BIND_SERVICE --tmpfs /tmp:size=64m \\\n"
                                   " -v /srv:/srv:ro -v cache:/cache --user 1000:1000 --memory 1g --gpus all "
                                   "--log-driver none -w /app nginx:1.25 nginx -g 'daemon off;'"_s));
        QCOMPARE(child<QLineEdit>(panel, "nameEdit")->text(), u"api"_s);
        QCOMPARE(child<QComboBox>(panel, "imageEdit")->currentText(), u"nginx:1.25"_s);
        QCOMPARE(child<QLineEdit>(panel, "commandEdit")->text(), u"nginx -g 'daemon off;'"_s);
        QCOMPARE(child<QLineEdit>(panel, "workdirEdit")->text(), u"/app"_s);
        QCOMPARE(child<QLineEdit>(panel, "userEdit")->text(), u"1000:1000"_s);
        QCOMPARE(child<QLineEdit>(panel, "memoryEdit")->text(), u"1g"_s);
        QCOMPARE(panel.portsModel()->rowCount(), 1);
        QCOMPARE(panel.portsModel()->rowAt(0).hostIp, u"127.0.0.1"_s);
        QCOMPARE(panel.envModel()->rowAt(0).name, u"TOKEN"_s);
        QCOMPARE(panel.bindsModel()->rowCount(), 1);
        QVERIFY(panel.bindsModel()->rowAt(0).readOnly);
        QCOMPARE(panel.volumesModel()->rowCount(), 1);
        QCOMPARE(panel.volumesModel()->rowAt(0).source, u"cache"_s);
        QVERIFY(!panel.volumesModel()->rowAt(0).readOnly);
        QCOMPARE(panel.tmpfsModel()->rowAt(0).size, u"64m"_s);
        QCOMPARE(panel.capabilitiesModel()->checked(), QStringList {u"NET_BIND_SERVICE"_s});
        const int readOnly = panel.hardeningModel()->rowOf(Hardening::Check::ReadOnlyRoot);
        QCOMPARE(panel.hardeningModel()->index(readOnly, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // The flags Dockwright does not model are named, not dropped silently.
        QVERIFY2(panel.pasteMessage().contains(u"--gpus"_s), qPrintable(panel.pasteMessage()));
        QVERIFY(panel.pasteMessage().contains(u"--log-driver"_s));
        QVERIFY(!commandView(panel).contains(u"--gpus"_s));
        QVERIFY(commandView(panel).contains(u"--cap-add=NET_BIND_SERVICE"_s));

        // Not a docker run command: the form keeps what it had and says why.
        const RunProfile before = panel.profile();
        QVERIFY(!panel.pasteCommand(u"ls -l /tmp"_s));
        QVERIFY2(panel.pasteMessage().contains(u"Not a docker run command"_s), qPrintable(panel.pasteMessage()));
        QCOMPARE(panel.profile(), before);
        QVERIFY(!panel.pasteCommand(u"docker run 'unterminated"_s));
        QCOMPARE(panel.profile(), before);
    }

    void productionPresetRaisesTheScore()
    {
        RunPanel panel(nullptr, nullptr);
        QAbstractItemModelTester checks(panel.hardeningModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(panel.pasteCommand(u"docker run -p 8080:8080 myapp:dev"_s));
        const int before = panel.hardeningReport().score;
        QCOMPARE(child<QProgressBar>(panel, "scoreBar")->value(), before);
        child<QPushButton>(panel, "presetButton")->click();
        const Hardening::Report after = panel.hardeningReport();
        QVERIFY2(after.score > before, qPrintable(u"%1 -> %2"_s.arg(before).arg(after.score)));
        QCOMPARE(after.score, 100); // network none does not apply: the container publishes a port
        QCOMPARE(child<QProgressBar>(panel, "scoreBar")->value(), 100);
        QVERIFY(child<QLabel>(panel, "scoreLabel")->text().contains(u"100"_s));
        const QString command = commandView(panel);
        for (const QString &flag : {u"--init"_s, u"--read-only"_s, u"--cap-drop=ALL"_s,
                 u"--security-opt=no-new-privileges"_s, u"--user 65534:65534"_s, u"--memory 512m"_s, u"--cpus 1"_s,
                 u"--pids-limit 256"_s, u"--tmpfs /tmp:rw,nosuid,nodev,noexec,size=256m"_s, u"-e HOME=/tmp"_s,
                 u"-e XDG_CACHE_HOME=/tmp/.cache"_s, u"-e XDG_CONFIG_HOME=/tmp/.config"_s}) {
            QVERIFY2(command.contains(flag), qPrintable(flag + u" missing in\n"_s + command));
        }
        QVERIFY(command.contains(u"-p 8080:8080"_s)); // ports are left alone
        // Every applicable check is ticked in the checklist.
        for (int row = 0; row < panel.hardeningModel()->rowCount(); ++row) {
            const QModelIndex index = panel.hardeningModel()->index(row, 0);
            if (index.data(HardeningModel::StatusRole).toInt() != int(Hardening::Status::NotApplicable))
                QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        }
        // And the form shows the values behind it.
        QCOMPARE(child<QLineEdit>(panel, "userEdit")->text(), u"65534:65534"_s);
        QCOMPARE(child<QSpinBox>(panel, "pidsSpin")->value(), 256);
        QVERIFY(panel.tmpfsModel()->rowCount() >= 1);
        QVERIFY(!child<QLabel>(panel, "userWarning")->isVisibleTo(&panel));
    }

    void checklistTogglesAndExplains()
    {
        RunPanel panel(nullptr, nullptr);
        panel.show();
        QVERIFY(panel.pasteCommand(u"docker run myapp:dev"_s));
        HardeningModel *model = panel.hardeningModel();
        const int readOnly = model->rowOf(Hardening::Check::ReadOnlyRoot);
        QVERIFY(model->setData(model->index(readOnly, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(panel.profile().readOnlyRootfs);
        QVERIFY(commandView(panel).contains(u"--read-only"_s));
        QCOMPARE(model->index(readOnly, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // The run-time warning of a read-only root without a writable /tmp shows inline.
        const QString warnings = child<QLabel>(panel, "warningsLabel")->text();
        QVERIFY2(warnings.contains(u"/tmp is not writable"_s), qPrintable(warnings));
        // The explanation of what was just toggled, including what breaks without it.
        const Hardening::Item item = Hardening::describe(Hardening::Check::ReadOnlyRoot);
        QVERIFY(panel.explanationText().contains(item.explanation.toHtmlEscaped()));
        QVERIFY(panel.explanationText().contains(u"What breaks without it"_s));
        QVERIFY(panel.explanationText().contains(item.withoutIt.toHtmlEscaped()));

        // Focusing a detail field explains the check it belongs to.
        auto *user = child<QLineEdit>(panel, "userEdit");
        user->setFocus();
        QFocusEvent focusIn(QEvent::FocusIn); // offscreen windows may not get the real one
        QApplication::sendEvent(user, &focusIn);
        QVERIFY(panel.explanationText().contains(
            Hardening::describe(Hardening::Check::NonRootUser).withoutIt.toHtmlEscaped()));

        QVERIFY(model->setData(
            model->index(model->rowOf(Hardening::Check::TmpfsWritablePaths), 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(panel.tmpfsModel()->rowCount(), 1);
        QVERIFY(!child<QLabel>(panel, "warningsLabel")->text().contains(u"/tmp is not writable"_s));
        QVERIFY(model->setData(model->index(readOnly, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!commandView(panel).contains(u"--read-only"_s));
    }

    void prefillsFromTheImageAndWarnsAboutRoot()
    {
        RunPanel panel(nullptr, nullptr);
        QAbstractItemModelTester ports(panel.portsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester env(panel.envModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Core::ImageRunInfo info;
        info.exposedPorts = {u"8080/tcp"_s};
        info.env = {u"PATH=/usr/bin"_s, u"ENVIRONMENT=production"_s, u"LOG_LEVEL=info"_s, u"PORT=8080"_s};
        info.healthcheckTest = {u"CMD-SHELL"_s, u"wget -q -O- localhost:8080/health"_s};
        panel.prefillFromImage(u"myapp:dev"_s, info);
        QCOMPARE(panel.portsModel()->rowCount(), 1);
        QCOMPARE(panel.portsModel()->rowAt(0).hostPort, u"8080"_s);
        QStringList names;
        for (const RunProfile::EnvVar &var : panel.envModel()->rows())
            names << var.name + u'=' + var.value;
        QCOMPARE(names, (QStringList {u"ENVIRONMENT=production"_s, u"LOG_LEVEL=info"_s, u"PORT=8080"_s}));
        QVERIFY(panel.profile().healthcheck.inherited);
        QVERIFY(commandView(panel).contains(u"-p 8080:8080"_s));
        QVERIFY(!commandView(panel).contains(u"--health-cmd"_s)); // the image already carries it
        // USER is root: said next to the user field and in the warnings.
        QVERIFY(child<QLabel>(panel, "userWarning")->isVisibleTo(&panel));
        QVERIFY(child<QLabel>(panel, "userWarning")->text().contains(u"root"_s));
        bool rootWarning = false;
        for (const Core::RunWarning &w : panel.hardeningReport().warnings)
            rootWarning = rootWarning || w.code == u"root-user"_s;
        QVERIFY(rootWarning);
        QVERIFY(child<QLabel>(panel, "imageHint")->text().contains(u"root"_s));
        QVERIFY(child<QLabel>(panel, "imageHint")->text().contains(u"8080/tcp"_s));

        // An image with a non-root USER has no warning.
        info.user = u"app"_s;
        RunPanel other(nullptr, nullptr);
        other.prefillFromImage(u"myapp:dev"_s, info);
        QCOMPARE(other.profile().user, u"app"_s);
        QVERIFY(!child<QLabel>(other, "userWarning")->isVisibleTo(&other));
    }

    void imageIdShowsItsStart()
    {
        // Seen at 1024 px: after a build, the image field showed the last 24 hex digits of the ID.
        RunPanel panel(nullptr, nullptr);
        Core::RunProfile profile;
        profile.image = u"sha256:ddb4c2cbf15cd0e5a3f4b6a7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091"_s;
        panel.setProfile(profile);
        auto *image = child<QComboBox>(panel, "imageEdit");
        QCOMPARE(image->currentText(), profile.image);
        QCOMPARE(image->lineEdit()->cursorPosition(), 0);
    }

    void formSurvivesARestart()
    {
        RunProfile saved;
        {
            RunPanel panel(nullptr, nullptr);
            QVERIFY(panel.pasteCommand(u"docker run --name keep -e A=1 --read-only busybox:latest sleep 5"_s));
            saved = panel.profile();
        }
        RunPanel restored(nullptr, nullptr);
        QCOMPARE(restored.profile(), saved);
        QCOMPARE(child<QLineEdit>(restored, "nameEdit")->text(), u"keep"_s);
    }

    void fitsASmallWindow()
    {
        // The page scrolls instead of forcing the main window to grow past a small screen.
        RunPanel panel(nullptr, nullptr);
        const QSize minimum = panel.minimumSizeHint().expandedTo(panel.minimumSize());
        QVERIFY2(minimum.width() <= 500 && minimum.height() <= 400,
            qPrintable(u"%1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    }

    void withoutAnImageThereIsNoCommandAndNoRun()
    {
        // The first launch: no image yet. No `docker run ''`, a clear empty state, and Run says why not.
        RunPanel panel(nullptr, nullptr);
        QCOMPARE(panel.profile().image, QString());
        QCOMPARE(commandView(panel), QString());
        QVERIFY(!child<QPlainTextEdit>(panel, "commandView")->placeholderText().isEmpty());
        QVERIFY(!child<QPushButton>(panel, "copyButton")->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "runButton")->isEnabled());
        child<QComboBox>(panel, "imageEdit")->setEditText(u"myapp:dev"_s);
        QCOMPARE(commandView(panel), u"docker run myapp:dev"_s);
        QVERIFY(child<QPushButton>(panel, "copyButton")->isEnabled());
        child<QComboBox>(panel, "imageEdit")->setEditText(QString());
        QCOMPARE(commandView(panel), QString());
        // Run, pressed anyway (Enter in the form), starts nothing and says what is missing.
        panel.run();
        QVERIFY2(child<QLabel>(panel, "stateLabel")->text().contains(u"Choose an image"_s),
            qPrintable(child<QLabel>(panel, "stateLabel")->text()));
        QVERIFY(panel.controller()->containerId().isEmpty());
    }

    void pastedPlaceholdersAreNamed()
    {
        RunPanel panel(nullptr, nullptr);
        QVERIFY(!panel.pasteCommand(u"docker run --rm \\\n  -p 8080:8080 \\\n  -e PORT=8080 \\\n  <image>:<tag>"_s));
        const QString message = panel.pasteMessage();
        QVERIFY2(!message.contains(u"No image"_s), qPrintable(message));
        QVERIFY2(message.contains(u"placeholder &lt;image&gt;:&lt;tag&gt;"_s), qPrintable(message));
        QCOMPARE(panel.profile().image, QString()); // the form is unchanged
    }

    void privilegedKeepsTheScoreLow()
    {
        RunPanel panel(nullptr, nullptr);
        QVERIFY(panel.pasteCommand(u"docker run --init --read-only --cap-drop=ALL --security-opt=no-new-privileges "
                                   "--tmpfs /tmp:rw,nosuid,nodev,noexec,size=256m -e HOME=/tmp "
                                   "-e XDG_CACHE_HOME=/tmp/.cache -e XDG_CONFIG_HOME=/tmp/.config --user 1000:1000 "
                                   "--memory 512m --cpus 1 --pids-limit 256 -p 8080:8080 --privileged myapp:dev"_s));
        QVERIFY2(child<QProgressBar>(panel, "scoreBar")->value() <= Hardening::PrivilegedScoreCap,
            qPrintable(QString::number(child<QProgressBar>(panel, "scoreBar")->value())));
        QVERIFY(child<QLabel>(panel, "scoreLabel")->text().contains(u"--privileged caps the score"_s));
        panel.showExplanation(Hardening::Check::NotPrivileged);
        QVERIFY(panel.explanationText().contains(QString::number(Hardening::PrivilegedScoreCap)));
        // Untick --privileged: the checks count again.
        HardeningModel *model = panel.hardeningModel();
        QVERIFY(model->setData(
            model->index(model->rowOf(Hardening::Check::NotPrivileged), 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(child<QProgressBar>(panel, "scoreBar")->value() > 90);
    }

    void productionPostureFitsTheImage()
    {
        Core::ImageRunInfo guide;
        guide.workingDir = u"/app"_s;
        guide.user = u"app"_s;
        RunPanel app(nullptr, nullptr);
        app.prefillFromImage(u"myapp:prod"_s, guide);
        child<QPushButton>(app, "presetButton")->click();
        QVERIFY(commandView(app).contains(u"--tmpfs /app/logs:rw,nosuid,nodev,noexec,size=64m"_s));
        QVERIFY(app.hardeningView()->postureNote().contains(u"/app/logs"_s));

        Core::ImageRunInfo nginx;
        nginx.workingDir = u"/usr/share/nginx/html"_s;
        RunPanel other(nullptr, nullptr);
        other.prefillFromImage(u"nginx:1.25"_s, nginx);
        child<QPushButton>(other, "presetButton")->click();
        QVERIFY2(!commandView(other).contains(u"/app/logs"_s), qPrintable(commandView(other)));
        QVERIFY(commandView(other).contains(u"--tmpfs /tmp:rw,nosuid,nodev,noexec,size=256m"_s));
        const QString note = other.hardeningView()->postureNote();
        QVERIFY2(
            note.contains(u"/usr/share/nginx/html"_s) && note.contains(u"/app/logs was not added"_s), qPrintable(note));
        QVERIFY(child<QLabel>(other, "postureNote")->isVisibleTo(&other));
    }

    void sharesTheContainersModel()
    {
        // The panel lists its image's containers from the model the Containers page shows, and follows
        // whichever is picked, so an earlier one stays manageable after a second run.
        ContainersModel containers;
        RunPanel panel(nullptr, nullptr);
        QAbstractItemModelTester tester(
            panel.containerView()->containers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setContainersModel(&containers);
        QVERIFY(panel.pasteCommand(u"docker run busybox sleep 60"_s));
        auto summary = [](const QString &id, const QString &name, const QString &image, const QString &state) {
            Core::ContainerSummary c;
            c.id = id;
            c.name = name;
            c.image = image;
            c.state = state;
            c.status = state == u"running"_s ? u"Up 2 minutes"_s : u"Exited (143) 1 minute ago"_s;
            c.created = QDateTime::currentDateTimeUtc();
            return c;
        };
        containers.setContainers({summary(u"aaa111"_s, u"first"_s, u"busybox:latest"_s, u"exited"_s),
            summary(u"bbb222"_s, u"second"_s, u"busybox"_s, u"running"_s),
            summary(u"ccc333"_s, u"web"_s, u"nginx:1.25"_s, u"running"_s)});
        RunContainersProxy *list = panel.containerView()->containers();
        QCOMPARE(list->rowCount(), 2);
        QStringList names;
        for (int row = 0; row < list->rowCount(); ++row)
            names << list->index(row, ContainersModel::NameColumn).data().toString();
        names.sort();
        QCOMPARE(names, (QStringList {u"first"_s, u"second"_s}));
        auto *view = child<QTreeView>(panel, "runContainersView");
        QVERIFY(!view->isHidden());
        QCOMPARE(view->model(), list);

        // Picking one follows it: the actions then act on that container.
        view->setCurrentIndex(list->index(list->rowOfId(u"aaa111"_s), 0));
        QCOMPARE(panel.controller()->containerId(), u"aaa111"_s);
        view->setCurrentIndex(list->index(list->rowOfId(u"bbb222"_s), 0));
        QCOMPARE(panel.controller()->containerId(), u"bbb222"_s);

        // Another image: its containers, and the ones started from this form, stay listed.
        list->addContainer(u"ccc333"_s);
        QVERIFY(panel.pasteCommand(u"docker run alpine:3"_s));
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->idAt(0), u"ccc333"_s);
        // The status comes from the shared model: a change there shows here.
        containers.setContainers({summary(u"ccc333"_s, u"web"_s, u"nginx:1.25"_s, u"exited"_s)});
        QCOMPARE(list->index(0, ContainersModel::StateColumn).data().toString(), u"Exited"_s);
    }

    void savesTheLog()
    {
        RunPanel panel(nullptr, nullptr);
        panel.logModel()->append(
            {{Core::LogRecord::Stream::Stdout, "out\n", {}}, {Core::LogRecord::Stream::Stderr, "err\n", {}}});
        const QString path = m_dir.filePath(u"saved.log"_s);
        // Saved by a job: the GUI thread does not write; the answer arrives as a signal.
        QSignalSpy saved(panel.containerView(), &ContainerView::logSaved);
        panel.containerView()->saveLog(path);
        QCOMPARE(saved.count(), 0); // not written on this thread, so not answered yet
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.at(0).at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("out\n[stderr] err\n"));
        const QString bad = m_dir.filePath(u"missing/dir/x.log"_s);
        panel.containerView()->saveLog(bad);
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.at(1).at(0).toString(), bad);
        QVERIFY2(saved.at(1).at(1).toString().contains(u"x.log"_s), qPrintable(saved.at(1).at(1).toString()));
        QVERIFY(!QFile::exists(bad));
        // Without an engine nothing can run, and the buttons say so.
        QVERIFY(!child<QPushButton>(panel, "runButton")->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "checkupButton")->isEnabled());
    }
};

QTEST_MAIN(TestRunPanel)
#include "tst_runpanel.moc"
