// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real engine: the Images and Containers views as places to work. An image of its own
// (busybox plus a label) is tagged, its history and inspect shown, a container from it started,
// killed, restarted, its logs read and its status aged, then both removed through the views' actions,
// each time compared with what the docker CLI says about the same engine.
#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/engine/enginesession.h"
#include "testengine.h"
#include "ui/engine/containeractions.h"
#include "ui/engine/containerlogsdialog.h"
#include "ui/engine/containersmodel.h"
#include "ui/engine/imageactions.h"
#include "ui/engine/imagehistorydialog.h"
#include "ui/engine/imagehistorymodel.h"
#include "ui/engine/imagesmodel.h"
#include "ui/engine/jsondialog.h"
#include "ui/engine/resourcefilterproxy.h"
#include "ui/engine/resourcerefresher.h"
#include "ui/engine/resourceview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Dockwright;
using namespace Qt::StringLiterals;
using Test::dockerCli;
using Test::haveDockerCli;
using Ui::ContainerActions;
using Ui::ContainersModel;
using Ui::ImageActions;
using Ui::ImagesModel;
using Ui::ResourcePrompts;
using Ui::ResourceView;

namespace {

// Selects (only) the row whose value under role is value; false when it is not listed.
bool selectRow(ResourceView &view, int role, const QString &value)
{
    QAbstractItemModel *proxy = view.view()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (index.data(role).toString() == value) {
            view.view()->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

Core::EngineError sendAndWait(
    Core::EngineClient &client, const Core::EngineRequest &request, QJsonObject *reply = nullptr)
{
    Core::EngineCall *call = client.send(request);
    call->setAutoDelete(false);
    call->waitForFinished(60000);
    const Core::EngineError error = call->error();
    if (reply && !error)
        *reply = call->jsonObject();
    delete call;
    return error;
}

ResourceView::Texts texts(const QString &title)
{
    ResourceView::Texts t;
    t.title = title;
    t.emptyTitle = u"None"_s;
    return t;
}

} // namespace

class TestResourceActionsEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_translator.load(u":/i18n/dockwright_en.qm"_s));
        QCoreApplication::installTranslator(&m_translator);
    }

    void cleanup()
    {
        // A failed run must not leave its container or image behind.
        if (!m_containerId.isEmpty())
            Test::removeContainer(m_setup, m_containerId);
        if (!m_imageId.isEmpty())
            sendAndWait(m_setup, Core::EngineApi::removeImage(m_imageId, {.force = true, .noPrune = false}));
        m_containerId.clear();
        m_imageId.clear();
    }

    void workOnImagesAndContainers()
    {
        QString busybox;
        DW_REQUIRE_BUSYBOX(m_setup, busybox);
        const QString suffix = QString::number(QRandomGenerator::global()->generate(), 16);
        const QString tag = u"dw-actions/img:"_s + suffix;
        const QString second = u"dw-actions/img:second-"_s + suffix;
        QString error;
        const QByteArray dockerfile = "FROM " + busybox.toUtf8() + "\nLABEL dw.actions=" + suffix.toUtf8()
            + "\nCMD [\"sh\", \"-c\", \"echo hello-from-dw; echo oops-on-stderr >&2; exec sleep 3600\"]\n";
        QVERIFY2(!Test::buildImage(m_setup, tag, dockerfile, {}, &error).isEmpty(), qPrintable(error));

        ImagesModel images;
        ContainersModel containers;
        QAbstractItemModelTester imagesTester(&images, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester containersTester(&containers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Core::EngineSession session;
        Ui::ResourceRefresher refresher(&session, &images, &containers);
        ResourceView imagesView(&images, texts(u"Images"_s));
        ResourceView containersView(&containers, texts(u"Containers"_s));
        ImageActions imageActions(session.client(), &images, &imagesView);
        ContainerActions containerActions(session.client(), &containers, &containersView);
        QList<ResourcePrompts::Question> questions;
        QList<bool> answers;
        const auto confirm = [&](const ResourcePrompts::Question &question) {
            questions.append(question);
            return answers.isEmpty() ? false : answers.takeFirst();
        };
        imageActions.setConfirm(confirm);
        containerActions.setConfirm(confirm);
        QSignalSpy imageDone(&imageActions, &ImageActions::operationFinished);
        QSignalSpy containerDone(&containerActions, &ContainerActions::operationFinished);
        QSignalSpy imageDialogs(&imageActions, &ImageActions::dialogOpened);
        QSignalSpy containerDialogs(&containerActions, &ContainerActions::dialogOpened);
        session.start(Test::testEndpoint());
        QSignalSpy connected(&session, &Core::EngineSession::connected);
        QVERIFY(connected.wait(30000));
        imagesView.showConnected();
        containersView.showConnected();

        const auto imageRow = [&] {
            for (int row = 0; row < images.rowCount(); ++row) {
                if (images.rowAt(row).hasReference(tag) || images.rowAt(row).hasReference(second))
                    return row;
            }
            return -1;
        };
        QVERIFY2(QTest::qWaitFor([&] { return imageRow() >= 0; }, 30000), "the built image is not listed");
        m_imageId = images.rowAt(imageRow()).id;
        QVERIFY(selectRow(imagesView, ImagesModel::IdRole, m_imageId));

        // History: the same steps docker history lists.
        QVERIFY(imageActions.historyAction()->isEnabled());
        imageActions.historyAction()->trigger();
        QVERIFY(imagesView.isBusy());
        QVERIFY(imageDialogs.wait(30000));
        auto *history = qobject_cast<Ui::ImageHistoryDialog *>(imageDialogs.takeFirst().at(0).value<QWidget *>());
        QVERIFY(history);
        QVERIFY(history->model()->rowCount() >= 2);
        QVERIFY2(
            history->model()->index(0, Ui::ImageHistoryModel::CreatedByColumn).data().toString().contains(u"CMD"_s),
            qPrintable(history->model()->index(0, Ui::ImageHistoryModel::CreatedByColumn).data().toString()));
        if (haveDockerCli()) {
            const QStringList cli = dockerCli({u"history"_s, u"-q"_s, tag}).split(u'\n');
            qInfo("docker history -q %s: %lld rows; the dialog: %d", qPrintable(tag), qsizetype(cli.size()),
                history->model()->rowCount());
            QCOMPARE(history->model()->rowCount(), int(cli.size()));
        }
        delete history;

        // Inspect: the engine's JSON of this image.
        imageActions.inspectAction()->trigger();
        QVERIFY(imageDialogs.wait(30000));
        auto *inspect = qobject_cast<Ui::JsonDialog *>(imageDialogs.takeFirst().at(0).value<QWidget *>());
        QVERIFY(inspect);
        QVERIFY(inspect->text().contains(m_imageId));
        QVERIFY(inspect->text().contains(u"\"dw.actions\": \""_s + suffix));
        delete inspect;

        // Tag…: a second name, listed by the engine (and docker images) as the same image.
        imageActions.setAskText(
            [&](const QString &, const QString &, const QString &) { return std::optional(second); });
        imageActions.tagAction()->trigger();
        QVERIFY(imageDone.wait(30000));
        QVERIFY2(!imagesView.isShowingError(), qPrintable(imagesView.messageText()));
        QVERIFY2(
            QTest::qWaitFor([&] { return imageRow() >= 0 && images.rowAt(imageRow()).hasReference(second); }, 20000),
            "the new tag never showed");
        if (haveDockerCli())
            QCOMPARE(dockerCli({u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, second}), m_imageId);

        // A container of the image, made elsewhere: listed, inspected for its status.
        QJsonObject created;
        const QJsonObject body {{u"Image"_s, tag}, {u"Labels"_s, QJsonObject {{u"dockwright.test"_s, u"actions"_s}}},
            {u"HostConfig"_s, QJsonObject {{u"NetworkMode"_s, u"none"_s}}}};
        const Core::EngineError createError
            = sendAndWait(m_setup, Core::EngineApi::createContainer(body, u"dw-actions-"_s + suffix), &created);
        QVERIFY2(!createError, qPrintable(createError.toString()));
        m_containerId = created.value(u"Id"_s).toString();
        const auto containerRow = [&] { return containers.rowOfId(m_containerId); };
        const auto status
            = [&] { return containers.index(containerRow(), ContainersModel::StatusColumn).data().toString(); };
        const auto state = [&] {
            return containerRow() < 0 ? Core::ContainerState::Unknown : containers.rowAt(containerRow()).stateValue();
        };
        QVERIFY2(QTest::qWaitFor([&] { return containerRow() >= 0 && containers.rowAt(containerRow()).detail; }, 20000),
            "the container never appeared with its details");
        QCOMPARE(status(), u"Created"_s);
        QVERIFY(selectRow(containersView, ContainersModel::IdRole, m_containerId));
        QVERIFY(containerActions.startAction()->isEnabled());
        QVERIFY(!containerActions.stopAction()->isEnabled());

        // Start: running, and its status ages from the engine's start time.
        containerActions.startAction()->trigger();
        QVERIFY(containersView.isBusy());
        QVERIFY(containerDone.wait(30000));
        QVERIFY2(!containersView.isShowingError(), qPrintable(containersView.messageText()));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return state() == Core::ContainerState::Running && containers.rowAt(containerRow()).detail
                             && containers.rowAt(containerRow()).detail->running;
                     },
                     20000),
            qPrintable(status()));
        if (haveDockerCli())
            QCOMPARE(
                dockerCli({u"ps"_s, u"-a"_s, u"--filter"_s, u"id="_s + m_containerId, u"--format"_s, u"{{.State}}"_s}),
                u"running"_s);
        if (haveDockerCli()) // the IMAGE column as docker ps prints it
            QCOMPARE(containers.index(containerRow(), ContainersModel::ImageColumn).data().toString(),
                dockerCli({u"ps"_s, u"-a"_s, u"--filter"_s, u"id="_s + m_containerId, u"--format"_s, u"{{.Image}}"_s}));
        const QDateTime startedAt = containers.rowAt(containerRow()).detail->startedAt;
        QVERIFY(startedAt.isValid());
        containers.setReferenceTime(startedAt.addMSecs(300));
        QCOMPARE(status(), u"Up Less than a second"_s);
        containers.setReferenceTime(startedAt.addSecs(65)); // the bug: this stayed "Less than a second"
        QCOMPARE(status(), u"Up About a minute"_s);
        containers.setReferenceTime(QDateTime());
        QVERIFY(containerActions.stopAction()->isEnabled());
        QVERIFY(!containerActions.startAction()->isEnabled());

        // Logs (Enter): what the container wrote to stdout and stderr.
        Q_EMIT containersView.view()->activated(containersView.view()->currentIndex());
        QCOMPARE(containerDialogs.size(), 1);
        auto *logs = qobject_cast<Ui::ContainerLogsDialog *>(containerDialogs.takeFirst().at(0).value<QWidget *>());
        QVERIFY(logs);
        QSignalSpy appended(logs, &Ui::ContainerLogsDialog::appended);
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return logs->text().contains(u"hello-from-dw"_s) && logs->text().contains(u"oops-on-stderr"_s); },
                20000),
            qPrintable(logs->text()));
        if (haveDockerCli())
            QCOMPARE(
                dockerCli({u"logs"_s, m_containerId}), u"hello-from-dw"_s); // stdout only: stderr is not captured here
        delete logs;

        // Kill: exited with 137, as docker ps says.
        containerActions.killAction()->trigger();
        QVERIFY(containerDone.wait(30000));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return state() == Core::ContainerState::Exited && containers.rowAt(containerRow()).detail
                             && !containers.rowAt(containerRow()).detail->running;
                     },
                     20000),
            qPrintable(status()));
        QVERIFY2(status().startsWith(u"Exited (137) "_s), qPrintable(status()));
        if (haveDockerCli()) {
            const QString cli = dockerCli(
                {u"ps"_s, u"-a"_s, u"--filter"_s, u"id="_s + m_containerId, u"--format"_s, u"{{.Status}}"_s});
            qInfo("docker ps: %s; the view: %s", qPrintable(cli), qPrintable(status()));
            QVERIFY(cli.startsWith(u"Exited (137) "_s));
        }

        // Restart brings it back.
        containerActions.restartAction()->trigger();
        QVERIFY(containerDone.wait(60000));
        QVERIFY2(
            QTest::qWaitFor([&] { return state() == Core::ContainerState::Running; }, 20000), qPrintable(status()));

        // Remove the image while the container uses it: the first tag goes, the last one the engine
        // refuses, in its own words (naming the container); force is offered and declined here.
        QVERIFY(selectRow(imagesView, ImagesModel::IdRole, m_imageId));
        questions.clear();
        answers = {true, false};
        imageActions.removeAction()->trigger();
        QVERIFY(imageDone.wait(60000));
        QCOMPARE(questions.size(), 2);
        QCOMPARE(questions.at(1).acceptText, u"Force Remove"_s);
        QVERIFY(imagesView.isShowingError());
        QVERIFY2(imagesView.messageText().contains(m_containerId.left(12)), qPrintable(imagesView.messageText()));
        qInfo("the engine refused: %s", qPrintable(imagesView.messageText()));

        // Remove the running container: the question says it is killed first.
        QVERIFY(selectRow(containersView, ContainersModel::IdRole, m_containerId));
        questions.clear();
        answers = {true};
        containerActions.removeAction()->trigger();
        QVERIFY(containerDone.wait(60000));
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.first().acceptText, u"Kill and Remove"_s);
        QVERIFY2(QTest::qWaitFor([&] { return containerRow() < 0; }, 20000), "the removed container is still listed");
        if (haveDockerCli())
            QCOMPARE(dockerCli({u"ps"_s, u"-a"_s, u"-q"_s, u"--filter"_s, u"id="_s + m_containerId}), QString());
        m_containerId.clear();

        // Now nothing holds the image: Remove takes its last tag and the image with it.
        QVERIFY2(QTest::qWaitFor([&] { return selectRow(imagesView, ImagesModel::IdRole, m_imageId); }, 10000),
            "image gone");
        answers = {true};
        imageActions.removeAction()->trigger();
        QVERIFY(imageDone.wait(60000));
        QVERIFY2(!imagesView.isShowingError(), qPrintable(imagesView.messageText()));
        QCOMPARE(imagesView.messageText(), u"Removed 1 image."_s);
        QVERIFY2(
            QTest::qWaitFor([&] { return images.rowOfId(m_imageId) < 0; }, 20000), "the removed image is still listed");
        // By id: the containerd image store also lists the classic builder's step images (dangling,
        // with the same label), which are not ours to remove.
        if (haveDockerCli()) {
            const QString all = dockerCli({u"images"_s, u"-a"_s, u"-q"_s, u"--no-trunc"_s});
            QVERIFY(all.contains(u"sha256:"_s)); // the base image is still there: docker answered
            QVERIFY2(!all.contains(m_imageId), qPrintable(m_imageId));
        }
        m_imageId.clear();
    }

private:
    QTranslator m_translator;
    Core::EngineClient m_setup;
    QString m_containerId;
    QString m_imageId;
};

QTEST_MAIN(TestResourceActionsEngine)
#include "tst_resourceactionsengine.moc"
