// SPDX-License-Identifier: GPL-3.0-or-later
// EngineClient, EngineCall and EngineSession against the real test engine (DOCKWRIGHT_TEST_ENGINE).
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/engine/enginesession.h"
#include "core/engine/imagereference.h"
#include "core/engine/resources.h"
#include "testengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Dockwright::Core;
using namespace Dockwright::Test;
using namespace Qt::StringLiterals;
using Kind = EngineError::Kind;

namespace {

std::unique_ptr<EngineCall> run(EngineClient &client, const EngineRequest &request, int timeoutMs = 60000)
{
    EngineCall *call = client.send(request);
    call->setAutoDelete(false);
    call->waitForFinished(timeoutMs);
    return std::unique_ptr<EngineCall>(call);
}

QString unique(const char *prefix)
{
    return QLatin1String(prefix) + QString::number(QCoreApplication::applicationPid());
}

} // namespace

class TestEngineClient : public QObject
{
    Q_OBJECT

    EngineClient m_client;
    QStringList m_containers; // removed in cleanupTestCase
    QStringList m_images;

    void removeContainer(const QString &name)
    {
        run(m_client, EngineRequest::del(u"/containers/"_s + name, QUrlQuery(u"force=1"_s)));
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        if (m_client.state() != EngineClient::State::Connected)
            return;
        for (const QString &name : std::as_const(m_containers))
            removeContainer(name);
        for (const QString &ref : std::as_const(m_images))
            run(m_client, EngineRequest::del(u"/images/"_s + ref));
    }

    void negotiation()
    {
        QSignalSpy states(&m_client, &EngineClient::stateChanged);
        DW_REQUIRE_ENGINE(m_client);
        QCOMPARE(m_client.state(), EngineClient::State::Connected);
        QVERIFY(states.size() >= 2); // Connecting, Connected
        const EngineInfo &info = m_client.info();
        QVERIFY(!info.apiVersion.isNull());
        QCOMPARE(info.negotiatedApiVersion, std::min(EngineClient::maximumApiVersion(), info.apiVersion));
        QVERIFY(info.negotiatedApiVersion >= EngineClient::minimumApiVersion());
        QVERIFY(!info.engineVersion.isEmpty());
        QCOMPARE(info.os, u"linux"_s);
        QVERIFY(!info.arch.isEmpty());
        QVERIFY(!info.minApiVersion.isNull());
        QVERIFY(!info.product.isEmpty());
        QCOMPARE(info.endpoint, testEndpoint());
        QCOMPARE(info.version.value(u"ApiVersion"_s).toString(), info.apiVersion.toString());
        QVERIFY(m_client.lastError().kind == Kind::None);

        // The version endpoint answers under the negotiated prefix.
        auto call = run(m_client, EngineRequest::get(u"/version"_s));
        QVERIFY2(!call->error(), qPrintable(call->error().toString()));
        QCOMPARE(call->url().path(), info.apiPrefix() + u"/version"_s);
        QCOMPARE(call->jsonObject().value(u"Version"_s).toString(), info.engineVersion);
    }

    void imagesParsed()
    {
        QString ref;
        DW_REQUIRE_BUSYBOX(m_client, ref);
        auto call = run(m_client, EngineRequest::get(u"/images/json"_s));
        QVERIFY2(!call->error(), qPrintable(call->error().toString()));
        const QList<ImageSummary> images = ImageSummary::listFromJson(call->json().array());
        QVERIFY(!call->error()); // json() did not report Malformed
        const auto it
            = std::find_if(images.begin(), images.end(), [&ref](const ImageSummary &i) { return i.hasReference(ref); });
        QVERIFY2(it != images.end(), qPrintable(ref));
        QVERIFY(it->id.startsWith(u"sha256:"_s));
        QCOMPARE(it->shortId().size(), 12);
        QVERIFY(it->size > 1000000); // the static busybox
        QVERIFY(it->created.isValid());
    }

    void containersParsed()
    {
        QString ref;
        DW_REQUIRE_BUSYBOX(m_client, ref);
        const QString name = unique("dockwright-test-list-");
        m_containers << name;
        const QByteArray body = QJsonDocument(QJsonObject {{u"Image"_s, ref}, {u"Cmd"_s, QJsonArray {u"true"_s}},
                                                  {u"HostConfig"_s, QJsonObject {{u"NetworkMode"_s, u"none"_s}}}})
                                    .toJson(QJsonDocument::Compact);
        auto create
            = run(m_client, EngineRequest::postJson(u"/containers/create"_s, body, QUrlQuery {{u"name"_s, name}}));
        QVERIFY2(!create->error(), qPrintable(create->error().toString()));
        QCOMPARE(create->httpStatus(), 201);
        auto list = run(m_client, EngineRequest::get(u"/containers/json"_s, QUrlQuery(u"all=1"_s)));
        QVERIFY2(!list->error(), qPrintable(list->error().toString()));
        const QList<ContainerSummary> containers = ContainerSummary::listFromJson(list->json().array());
        const auto it = std::find_if(
            containers.begin(), containers.end(), [&name](const ContainerSummary &c) { return c.name == name; });
        QVERIFY(it != containers.end());
        QCOMPARE(it->id, create->jsonObject().value(u"Id"_s).toString());
        QVERIFY2(ImageReference::same(it->image, ref), qPrintable(it->image)); // Podman qualifies the name
        QCOMPARE(it->state, u"created"_s);
        QCOMPARE(it->command, u"true"_s);
    }

    void notFoundCarriesEngineMessage()
    {
        DW_REQUIRE_ENGINE(m_client);
        auto call = run(m_client, EngineRequest::get(u"/images/dockwright-test/no-such-image:nope/json"_s));
        QCOMPARE(call->error().kind, Kind::Http);
        QCOMPARE(call->httpStatus(), 404);
        QCOMPARE(call->error().httpStatus, 404);
        QVERIFY2(call->error().engineMessage.contains(u"No such image"_s, Qt::CaseInsensitive),
            qPrintable(call->error().engineMessage));
        QVERIFY(call->error().message.contains(call->error().engineMessage));
    }

    void conflictCarriesEngineMessage()
    {
        QString ref;
        DW_REQUIRE_BUSYBOX(m_client, ref);
        const QString name = unique("dockwright-test-conflict-");
        m_containers << name;
        const QByteArray body
            = QJsonDocument(QJsonObject {{u"Image"_s, ref}, {u"Cmd"_s, QJsonArray {u"sleep"_s, u"300"_s}},
                                {u"HostConfig"_s, QJsonObject {{u"NetworkMode"_s, u"none"_s}}}})
                  .toJson(QJsonDocument::Compact);
        const QUrlQuery query {{u"name"_s, name}};
        auto first = run(m_client, EngineRequest::postJson(u"/containers/create"_s, body, query));
        QVERIFY2(!first->error(), qPrintable(first->error().toString()));
        // A duplicate name: 409 (Podman answers 500, with the same kind of message).
        auto second = run(m_client, EngineRequest::postJson(u"/containers/create"_s, body, query));
        QCOMPARE(second->error().kind, Kind::Http);
        QCOMPARE(second->httpStatus(), m_client.info().isPodman() ? 500 : 409);
        QVERIFY2(second->error().engineMessage.contains(name), qPrintable(second->error().engineMessage));
        // Removing a running container without force: 409 too.
        auto start = run(m_client, EngineRequest::post(u"/containers/"_s + name + u"/start"_s));
        QVERIFY2(!start->error(), qPrintable(start->error().toString()));
        QCOMPARE(start->httpStatus(), 204);
        auto again = run(m_client, EngineRequest::post(u"/containers/"_s + name + u"/start"_s));
        QVERIFY(!again->error()); // 304: already started is not an error
        QCOMPARE(again->httpStatus(), 304);
        auto remove = run(m_client, EngineRequest::del(u"/containers/"_s + name));
        QCOMPARE(remove->httpStatus(), m_client.info().isPodman() ? 500 : 409);
        QVERIFY2(remove->error().engineMessage.contains(u"running"_s, Qt::CaseInsensitive),
            qPrintable(remove->error().engineMessage));
    }

    void eventsStream()
    {
        QString ref;
        DW_REQUIRE_BUSYBOX(m_client, ref);
        const QString tag = unique("events-");
        const QUrlQuery filters {{u"filters"_s, u"{\"type\":[\"image\"]}"_s}};
        EngineCall *events = m_client.send(EngineRequest::stream(u"/events"_s, filters));
        events->setAutoDelete(false);
        std::unique_ptr<EngineCall> guard(events);
        QList<EngineEvent> seen;
        connect(events, &EngineCall::jsonLine, this,
            [&seen](const QJsonObject &o) { seen.append(EngineEvent::fromJson(o)); });
        // The engine sends the headers once the subscription is registered; wait for them before tagging.
        QTRY_VERIFY_WITH_TIMEOUT(events->httpStatus() == 200, 10000);
        const QString repo = u"dockwright-test/events"_s;
        m_images << repo + u':' + tag;
        auto tagCall = run(m_client,
            EngineRequest::post(u"/images/"_s + ref + u"/tag"_s, QUrlQuery {{u"repo"_s, repo}, {u"tag"_s, tag}}));
        QVERIFY2(!tagCall->error(), qPrintable(tagCall->error().toString()));
        QCOMPARE(tagCall->httpStatus(), 201);
        const auto tagged = [&] {
            return std::any_of(seen.begin(), seen.end(), [&](const EngineEvent &e) {
                return e.type == u"image"_s && e.action == u"tag"_s
                    && ImageReference::same(e.attributes.value(u"name"_s), repo + u':' + tag);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(tagged(), 10000);
        QVERIFY(!events->isFinished()); // a stream: still open
        events->abort();
        QCOMPARE(events->error().kind, Kind::Cancelled);
    }

    void rawStream()
    {
        QString ref;
        DW_REQUIRE_BUSYBOX(m_client, ref);
        EngineRequest request
            = EngineRequest::stream(u"/images/"_s + ref + u"/get"_s, {}, EngineRequest::Delivery::Raw);
        request.timeoutMs = 60000;
        EngineCall *call = m_client.send(request);
        call->setAutoDelete(false);
        std::unique_ptr<EngineCall> guard(call);
        qint64 total = 0;
        int chunks = 0;
        QByteArray head;
        connect(call, &EngineCall::data, this, [&](const QByteArray &chunk) {
            total += chunk.size();
            ++chunks;
            if (head.size() < 512)
                head += chunk.left(512 - head.size());
        });
        QVERIFY(call->waitForFinished(120000));
        QVERIFY2(!call->error(), qPrintable(call->error().toString()));
        QVERIFY(call->body().isEmpty()); // raw chunks are not kept
        QVERIFY2(total > 1000000, qPrintable(QString::number(total)));
        QVERIFY(chunks > 1); // delivered as it arrived, not in one piece
        QCOMPARE(head.mid(257, 5), "ustar"); // a tar archive
    }

    void sessionSeesEvents()
    {
        QString ref;
        DW_REQUIRE_BUSYBOX(m_client, ref);
        EngineSession session;
        QSignalSpy connected(&session, &EngineSession::connected);
        QSignalSpy disconnected(&session, &EngineSession::disconnected);
        session.start(testEndpoint());
        QVERIFY(connected.wait(30000));
        QVERIFY(session.isConnected());
        QList<EngineEvent> seen;
        connect(&session, &EngineSession::engineEvent, this, [&seen](const EngineEvent &e) { seen.append(e); });
        // Give the events subscription time to register: tag repeatedly until one is seen.
        const QString repo = u"dockwright-test/session"_s;
        const QString tag = unique("s-");
        m_images << repo + u':' + tag;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                run(m_client,
                    EngineRequest::post(
                        u"/images/"_s + ref + u"/tag"_s, QUrlQuery {{u"repo"_s, repo}, {u"tag"_s, tag}}));
                return std::any_of(seen.begin(), seen.end(), [&](const EngineEvent &e) {
                    return e.baseAction() == u"tag"_s
                        && ImageReference::same(e.attributes.value(u"name"_s), repo + u':' + tag);
                });
            }(),
            15000);
        QCOMPARE(disconnected.size(), 0);
    }

    void unsupportedEndpoint()
    {
        EngineClient client;
        client.setEndpoint(Endpoint::fromUri(u"npipe:////./pipe/docker_engine"_s)); // ssh:// is tst_sshendpoint's
        QVERIFY(!client.connectAndWait(5000));
        QCOMPARE(client.lastError().kind, Kind::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestEngineClient)
#include "tst_engineclient.moc"
