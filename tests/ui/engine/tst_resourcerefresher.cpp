// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real engine: the Images and Containers models list what the engine has and follow its
// events (a container created, started and removed elsewhere shows up and goes away by itself).
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/engine/enginesession.h"
#include "core/engine/imagereference.h"
#include "testengine.h"
#include "ui/engine/containersmodel.h"
#include "ui/engine/imagesmodel.h"
#include "ui/engine/resourcerefresher.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright;
using Dockwright::Ui::ContainersModel;
using Dockwright::Ui::ImagesModel;
using Dockwright::Ui::ResourceRefresher;

namespace {

// Waits for refreshes until pred() holds; every refresh must come from the engine's events.
template<typename Pred>
bool waitForRefresh(QSignalSpy &spy, Pred pred, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!pred()) {
        if (timer.hasExpired(timeoutMs) || !spy.wait(int(qMax<qint64>(1, timeoutMs - timer.elapsed()))))
            return pred();
    }
    return true;
}

Core::EngineError sendAndWait(
    Core::EngineClient &client, const Core::EngineRequest &request, QJsonObject *reply = nullptr)
{
    Core::EngineCall *call = client.send(request);
    call->setAutoDelete(false);
    call->waitForFinished(60000);
    const Core::EngineError error = call->error();
    if (reply)
        *reply = call->jsonObject();
    delete call;
    return error;
}

} // namespace

class TestResourceRefresher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        // A failed run must not leave its container behind.
        if (!m_containerId.isEmpty()) {
            QUrlQuery force;
            force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
            sendAndWait(m_client, Core::EngineRequest::del(QLatin1String("/containers/") + m_containerId, force));
            m_containerId.clear();
        }
    }

    void followsTheEngine()
    {
        QString image;
        DW_REQUIRE_BUSYBOX(m_client, image);

        ImagesModel images;
        ContainersModel containers;
        QAbstractItemModelTester imagesTester(&images, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester containersTester(&containers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Core::EngineSession session;
        ResourceRefresher refresher(&session, &images, &containers);
        QSignalSpy imagesRefreshed(&refresher, &ResourceRefresher::imagesRefreshed);
        QSignalSpy containersRefreshed(&refresher, &ResourceRefresher::containersRefreshed);
        QSignalSpy failed(&refresher, &ResourceRefresher::failed);
        session.start(Test::testEndpoint());

        // The first listing after connecting has the test image.
        QVERIFY(imagesRefreshed.wait(30000));
        bool found = false;
        for (const Core::ImageSummary &summary : images.rows())
            found = found || summary.hasReference(image);
        QVERIFY2(found, qPrintable(image));
        if (containersRefreshed.isEmpty())
            QVERIFY(containersRefreshed.wait(30000));
        const int before = containers.rowCount();

        // Created by someone else (here: our own client), seen through the events.
        const QString name
            = QStringLiteral("dw-uitest-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const QJsonObject body {{QStringLiteral("Image"), image},
            {QStringLiteral("Cmd"), QJsonArray {QStringLiteral("sleep"), QStringLiteral("3600")}},
            {QStringLiteral("HostConfig"), QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("name"), name);
        QJsonObject created;
        const Core::EngineError createError = sendAndWait(m_client,
            Core::EngineRequest::postJson(
                QStringLiteral("/containers/create"), QJsonDocument(body).toJson(QJsonDocument::Compact), query),
            &created);
        QVERIFY2(!createError, qPrintable(createError.toString()));
        m_containerId = created.value(QLatin1String("Id")).toString();
        QVERIFY(!m_containerId.isEmpty());

        QVERIFY2(waitForRefresh(containersRefreshed, [&] { return containers.rowOfId(m_containerId) >= 0; }),
            "the created container never appeared");
        QCOMPARE(containers.rowCount(), before + 1);
        int row = containers.rowOfId(m_containerId);
        QCOMPARE(containers.index(row, ContainersModel::NameColumn).data().toString(), name);
        QVERIFY(
            Core::ImageReference::same(containers.index(row, ContainersModel::ImageColumn).data().toString(), image));
        QCOMPARE(containers.rowAt(row).state, QStringLiteral("created"));

        // Started: the same row changes in place.
        const QPersistentModelIndex persistent = containers.index(row, ContainersModel::StateColumn);
        const Core::EngineError startError = sendAndWait(m_client,
            Core::EngineRequest::post(QLatin1String("/containers/") + m_containerId + QLatin1String("/start")));
        QVERIFY2(!startError, qPrintable(startError.toString()));
        QVERIFY2(waitForRefresh(
                     containersRefreshed, [&] { return persistent.data().toString() == QLatin1String("Running"); }),
            qPrintable(persistent.data().toString()));

        // Removed: the row goes away.
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        const Core::EngineError removeError
            = sendAndWait(m_client, Core::EngineRequest::del(QLatin1String("/containers/") + m_containerId, force));
        QVERIFY2(!removeError, qPrintable(removeError.toString()));
        QVERIFY2(waitForRefresh(containersRefreshed, [&] { return containers.rowOfId(m_containerId) < 0; }),
            "the removed container is still listed");
        m_containerId.clear();
        QVERIFY(!persistent.isValid());
        QCOMPARE(containers.rowCount(), before);
        QCOMPARE(failed.size(), 0);
    }

    // No engine at first: the models stay empty and the session keeps retrying; once the socket
    // appears (a symlink to the test engine's), the lists fill by themselves.
    void fillsWhenTheEngineAppears()
    {
        DW_REQUIRE_ENGINE(m_client);
        const Core::Endpoint real = Test::testEndpoint();
        if (real.scheme != Core::Endpoint::Scheme::Unix)
            QSKIP("needs a unix socket test engine");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString socket = dir.filePath(QStringLiteral("docker.sock"));

        ImagesModel images;
        ContainersModel containers;
        QAbstractItemModelTester imagesTester(&images, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Core::EngineSession session;
        ResourceRefresher refresher(&session, &images, &containers);
        QSignalSpy disconnected(&session, &Core::EngineSession::disconnected);
        QSignalSpy connected(&session, &Core::EngineSession::connected);
        QSignalSpy imagesRefreshed(&refresher, &ResourceRefresher::imagesRefreshed);
        session.start(Core::Endpoint::fromUri(QLatin1String("unix://") + socket));
        QVERIFY(disconnected.wait(10000));
        QCOMPARE(disconnected.first().at(0).value<Core::EngineError>().kind, Core::EngineError::Kind::SocketMissing);
        QCOMPARE(images.rowCount(), 0);

        QVERIFY(QFile::link(real.socketPath, socket));
        QVERIFY(connected.wait(30000)); // retries every 1..15 s
        QVERIFY(imagesRefreshed.wait(10000));
        QVERIFY(images.rowCount() > 0);
    }

private:
    Core::EngineClient m_client;
    QString m_containerId;
};

QTEST_MAIN(TestResourceRefresher)
#include "tst_resourcerefresher.moc"
