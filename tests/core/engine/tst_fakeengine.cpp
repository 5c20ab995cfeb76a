// SPDX-License-Identifier: GPL-3.0-or-later
// EngineClient, EngineCall and EngineSession against a fake engine on a unix socket: the failures a
// real engine cannot be made to produce on demand.
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/engine/enginesession.h"
#include "fakeengine.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <grp.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Dockwright::Core;
using namespace Dockwright::Test;
using namespace Qt::StringLiterals;
using Kind = EngineError::Kind;

namespace {

constexpr uid_t NobodyId = 65534;

// A call that stays alive after finished() so the test can inspect it.
std::unique_ptr<EngineCall> send(EngineClient &client, const EngineRequest &request)
{
    EngineCall *call = client.send(request);
    call->setAutoDelete(false);
    return std::unique_ptr<EngineCall>(call);
}

} // namespace

class TestFakeEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_socket;
    std::unique_ptr<FakeEngine> m_fake;
    std::unique_ptr<EngineClient> m_client;

    Endpoint endpoint() const { return Endpoint::fromUri(u"unix://"_s + m_socket); }
    bool connectClient()
    {
        m_client->setEndpoint(endpoint());
        return m_client->connectAndWait(5000);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_socket = m_dir.filePath(u"fake.sock"_s);
        m_fake = std::make_unique<FakeEngine>();
        QVERIFY(m_fake->listen(m_socket));
        m_client = std::make_unique<EngineClient>();
    }
    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
    }

    void negotiation_data()
    {
        QTest::addColumn<QByteArray>("engineApi");
        QTest::addColumn<QString>("negotiated");
        QTest::addColumn<QByteArray>("versionTarget");
        QTest::newRow("older engine") << QByteArray("1.45") << u"1.45"_s << QByteArray("/v1.45/version");
        QTest::newRow("newer engine") << QByteArray("1.52") << u"1.47"_s << QByteArray("/v1.47/version");
        QTest::newRow("floor") << QByteArray("1.41") << u"1.41"_s << QByteArray("/v1.41/version");
        // No Api-Version header: the unversioned /version reports the engine's maximum (1.44 here).
        QTest::newRow("no header") << QByteArray() << u"1.44"_s << QByteArray("/version");
    }
    void negotiation()
    {
        QFETCH(QByteArray, engineApi);
        QFETCH(QString, negotiated);
        QFETCH(QByteArray, versionTarget);
        m_fake->serveEngine(engineApi);
        m_fake->route("/images/json", [](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, 200, "[]"); });
        QSignalSpy connectedSpy(m_client.get(), &EngineClient::connected);
        QVERIFY2(connectClient(), qPrintable(m_client->lastError().toString()));
        QCOMPARE(connectedSpy.size(), 1);
        const EngineInfo &info = m_client->info();
        QCOMPARE(info.negotiatedApiVersion.toString(), negotiated);
        QCOMPARE(info.apiVersion.toString(), engineApi.isEmpty() ? u"1.44"_s : QString::fromLatin1(engineApi));
        QCOMPARE(info.engineVersion, u"26.1.5"_s);
        QCOMPARE(info.os, u"linux"_s);
        QCOMPARE(info.arch, u"amd64"_s);
        QCOMPARE(info.builderVersion, u"2"_s);
        QCOMPARE(info.minApiVersion.toString(), u"1.24"_s);
        QVERIFY(!info.isPodman());
        QVERIFY(info.hasBuildKit());
        QCOMPARE(info.storageDriver, u"overlay2"_s);
        QVERIFY(!info.containerdImageStore);
        QVERIFY(info.buildKitReadsUploadedContext());
        QCOMPARE(
            m_fake->targets(), (QList<QByteArray> {"/_ping", versionTarget, "/v" + negotiated.toLatin1() + "/info"}));

        // Every later call carries the negotiated version.
        auto call = send(*m_client, EngineRequest::get(u"/images/json"_s, QUrlQuery(u"all=1"_s)));
        QVERIFY(call->waitForFinished(5000));
        QVERIFY2(!call->error(), qPrintable(call->error().toString()));
        QCOMPARE(m_fake->targets().last(), "/v" + negotiated.toLatin1() + "/images/json?all=1");
        QCOMPARE(call->url().path(), u"/v"_s + negotiated + u"/images/json"_s);
        QVERIFY(call->json().isArray());
    }

    void apiTooOld()
    {
        m_fake->serveEngine("1.40", "Docker/19.03.15 (linux)");
        QSignalSpy failedSpy(m_client.get(), &EngineClient::connectionFailed);
        QVERIFY(!connectClient());
        QCOMPARE(failedSpy.size(), 1);
        QCOMPARE(m_client->state(), EngineClient::State::Failed);
        const EngineError &e = m_client->lastError();
        QCOMPARE(e.kind, Kind::ApiTooOld);
        QVERIFY2(e.message.contains(u"1.40"_s) && e.message.contains(u"1.41"_s), qPrintable(e.message));
        QVERIFY(!e.hint.isEmpty());
    }

    void engineRequiresNewerApi()
    {
        m_fake->serveEngine("1.55");
        m_fake->route("/version", [](QLocalSocket *s, const FakeRequest &) {
            FakeEngine::reply(s, 200, R"({"Version":"40.0","ApiVersion":"1.55","MinAPIVersion":"1.50","Os":"linux"})");
        });
        QVERIFY(!connectClient());
        QCOMPARE(m_client->lastError().kind, Kind::Unsupported);
        QVERIFY(m_client->lastError().message.contains(u"1.50"_s));
    }

    void noApiVersionAnywhere()
    {
        m_fake->serveEngine();
        m_fake->route(
            "/_ping", [](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, 200, "OK", "text/plain"); });
        m_fake->route(
            "/version", [](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, 200, R"({"Version":"1"})"); });
        QVERIFY(!connectClient());
        QCOMPARE(m_client->lastError().kind, Kind::Malformed);
    }

    void containerdImageStore()
    {
        // Docker 29's default store: BuildKit is there, but cannot read a context sent with /build.
        m_fake->serveEngine();
        m_fake->route("/info", [](QLocalSocket *s, const FakeRequest &) {
            FakeEngine::reply(
                s, 200, R"({"Driver":"overlayfs","DriverStatus":[["driver-type","io.containerd.snapshotter.v1"]]})");
        });
        QVERIFY2(connectClient(), qPrintable(m_client->lastError().toString()));
        QCOMPARE(m_client->info().storageDriver, u"overlayfs"_s);
        QVERIFY(m_client->info().containerdImageStore);
        QVERIFY(m_client->info().hasBuildKit());
        QVERIFY(!m_client->info().buildKitReadsUploadedContext());
    }

    void infoRefusedStillConnects()
    {
        m_fake->serveEngine();
        m_fake->route("/info",
            [](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, 500, R"({"message":"no info today"})"); });
        QVERIFY2(connectClient(), qPrintable(m_client->lastError().toString()));
        QVERIFY(m_client->info().storageDriver.isEmpty());
        QVERIFY(m_client->info().buildKitReadsUploadedContext());
    }

    void podman()
    {
        m_fake->serveEngine("1.41", "Libpod/5.4.0 (linux)", "1");
        QVERIFY2(connectClient(), qPrintable(m_client->lastError().toString()));
        QVERIFY(m_client->info().isPodman());
        QVERIFY(!m_client->info().hasBuildKit());
        QCOMPARE(m_client->info().product, u"Podman Engine"_s);
    }

    void podmanByComponent()
    {
        m_fake->serveEngine("1.44", "Docker/5.8.0 (linux)", "");
        m_fake->route("/version", [](QLocalSocket *s, const FakeRequest &) {
            FakeEngine::reply(s, 200,
                R"({"Components":[{"Name":"Podman Engine","Version":"5.8.0"}],"Version":"5.8.0",)"
                R"("ApiVersion":"1.44","MinAPIVersion":"1.24","Os":"linux","Arch":"arm64"})");
        });
        QVERIFY(connectClient());
        QVERIFY(m_client->info().isPodman());
        QCOMPARE(m_client->info().arch, u"arm64"_s);
        QVERIFY(m_client->info().builderVersion.isEmpty());
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("engineMessage");
        QTest::newRow("docker 404") << 404 << QByteArray(R"({"message":"No such image: nope:latest"})")
                                    << QByteArray("application/json") << u"No such image: nope:latest"_s;
        QTest::newRow("podman 409")
            << 409
            << QByteArray("{\"cause\":\"that name is already in use\",\"message\":\"creating container storage: "
                          "the container name \\\"x\\\" is already in use\",\"response\":409}")
            << QByteArray("application/json")
            << u"creating container storage: the container name \"x\" is already in use"_s;
        QTest::newRow("plain text 400") << 400 << QByteArray("client version 1.20 is too old\n")
                                        << QByteArray("text/plain") << u"client version 1.20 is too old"_s;
        QTest::newRow("500 empty") << 500 << QByteArray() << QByteArray("text/plain") << QString();
    }
    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, engineMessage);
        m_fake->serveEngine();
        m_fake->route(
            "/thing", [=](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, status, body, contentType); });
        QVERIFY(connectClient());
        for (auto delivery :
            {EngineRequest::Delivery::Buffered, EngineRequest::Delivery::JsonLines, EngineRequest::Delivery::Raw}) {
            EngineRequest request = EngineRequest::get(u"/thing"_s);
            request.delivery = delivery;
            auto call = send(*m_client, request);
            QSignalSpy lines(call.get(), &EngineCall::jsonLine);
            QSignalSpy chunks(call.get(), &EngineCall::data);
            QVERIFY(call->waitForFinished(5000));
            QCOMPARE(call->error().kind, Kind::Http);
            QCOMPARE(call->error().httpStatus, status);
            QCOMPARE(call->httpStatus(), status);
            QCOMPARE(call->error().engineMessage, engineMessage);
            QVERIFY(call->error().message.contains(QString::number(status)));
            // An error body is never streamed as data.
            QCOMPARE(lines.size(), 0);
            QCOMPARE(chunks.size(), 0);
        }
    }

    void jsonLinesIncremental()
    {
        m_fake->serveEngine();
        QPointer<QLocalSocket> streamSocket;
        m_fake->route("/events", [&](QLocalSocket *s, const FakeRequest &) {
            streamSocket = s;
            FakeEngine::streamHead(s);
            // One full line and the first half of the next one.
            FakeEngine::streamChunk(s, "{\"n\":1}\n{\"n\":");
        });
        QVERIFY(connectClient());
        auto call = send(*m_client, EngineRequest::stream(u"/events"_s));
        QSignalSpy lines(call.get(), &EngineCall::jsonLine);
        QSignalSpy finished(call.get(), &EngineCall::finished);
        QVERIFY(lines.wait(5000));
        QCOMPARE(lines.size(), 1); // delivered before the reply ended
        QCOMPARE(lines.at(0).at(0).toJsonObject().value(u"n"_s).toInt(), 1);
        QVERIFY(streamSocket);
        QCOMPARE(finished.size(), 0);
        // The rest of line 2 in its own read, then line 3 in pieces, the last without a newline.
        FakeEngine::streamChunk(streamSocket, "2}\r\n\n");
        QTRY_COMPARE_WITH_TIMEOUT(lines.size(), 2, 5000);
        FakeEngine::streamChunk(streamSocket, "{\"n\"");
        FakeEngine::streamChunk(streamSocket, ":3}");
        QVERIFY(!lines.wait(50)); // the half line must not be delivered early
        QCOMPARE(lines.size(), 2);
        FakeEngine::streamEnd(streamSocket);
        QVERIFY(finished.wait(5000));
        QVERIFY2(!call->error(), qPrintable(call->error().toString()));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1).at(0).toJsonObject().value(u"n"_s).toInt(), 2);
        QCOMPARE(lines.at(2).at(0).toJsonObject().value(u"n"_s).toInt(), 3);
        QCOMPARE(finished.size(), 1);
    }

    void killedMidStream()
    {
        m_fake->serveEngine();
        m_fake->route("/build", [&](QLocalSocket *s, const FakeRequest &) {
            FakeEngine::streamHead(s);
            FakeEngine::streamChunk(s, "{\"stream\":\"Step 1/2\"}\n{\"stream\":\"Step 2/2\"}\n{\"stream\":\"Ste");
        });
        QVERIFY(connectClient());
        EngineRequest request = EngineRequest::post(u"/build"_s);
        request.delivery = EngineRequest::Delivery::JsonLines;
        request.timeoutMs = 0;
        auto call = send(*m_client, request);
        QSignalSpy lines(call.get(), &EngineCall::jsonLine);
        QSignalSpy finished(call.get(), &EngineCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(lines.size(), 2, 5000);
        m_fake->stop(); // the engine dies
        QVERIFY(finished.wait(5000));
        QCOMPARE(call->error().kind, Kind::Interrupted);
        QVERIFY(!call->error().message.isEmpty());
        QCOMPARE(lines.size(), 2); // the cut line is not delivered
        QCOMPARE(finished.size(), 1);
    }

    void malformedLine()
    {
        m_fake->serveEngine();
        m_fake->route("/events", [](QLocalSocket *s, const FakeRequest &) {
            FakeEngine::streamHead(s);
            FakeEngine::streamChunk(s, "{\"ok\":1}\nnot json at all\n{\"ok\":2}\n");
        });
        QVERIFY(connectClient());
        auto call = send(*m_client, EngineRequest::stream(u"/events"_s));
        QSignalSpy lines(call.get(), &EngineCall::jsonLine);
        QVERIFY(call->waitForFinished(5000));
        QCOMPARE(call->error().kind, Kind::Malformed);
        QCOMPARE(call->error().detail, u"not json at all"_s);
        QCOMPARE(lines.size(), 1);
    }

    void malformedJsonBody()
    {
        m_fake->serveEngine();
        m_fake->route(
            "/info", [](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, 200, "{\"truncated\":"); });
        QVERIFY(connectClient());
        auto call = send(*m_client, EngineRequest::get(u"/info"_s));
        QVERIFY(call->waitForFinished(5000));
        QVERIFY(!call->error());
        QVERIFY(call->json().isNull());
        QCOMPARE(call->error().kind, Kind::Malformed);
    }

    void garbageHttp_data()
    {
        QTest::addColumn<QByteArray>("garbage");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\nthis is not HTTP at all\r\n\r\n");
        QTest::newRow("bad status line") << QByteArray("HTTP/1.1 OK fine\r\nContent-Length: 2\r\n\r\nOK");
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
    }
    void garbageHttp()
    {
        QFETCH(QByteArray, garbage);
        m_fake->route("/_ping", [=](QLocalSocket *s, const FakeRequest &) { FakeEngine::replyRaw(s, garbage); });
        QVERIFY(!connectClient());
        const EngineError &e = m_client->lastError();
        QVERIFY2(e.kind == Kind::Malformed, qPrintable(e.toString() + u" / "_s + e.detail));
        QVERIFY(e.message.contains(m_socket));
    }

    void closedWithoutAnswer()
    {
        m_fake->route("/_ping", [](QLocalSocket *s, const FakeRequest &) { s->disconnectFromServer(); });
        QVERIFY(!connectClient());
        QCOMPARE(m_client->lastError().kind, Kind::Malformed);
        QVERIFY(m_client->lastError().hint.contains(u"stopped"_s));
    }

    void truncatedBody()
    {
        m_fake->serveEngine();
        m_fake->route("/images/json", [](QLocalSocket *s, const FakeRequest &) {
            FakeEngine::replyRaw(
                s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n[{\"Id\"");
        });
        QVERIFY(connectClient());
        auto call = send(*m_client, EngineRequest::get(u"/images/json"_s));
        QVERIFY(call->waitForFinished(5000));
        QCOMPARE(call->error().kind, Kind::Interrupted);
        QCOMPARE(call->httpStatus(), 200);
    }

    void timeoutWithoutAnswer()
    {
        m_fake->serveEngine();
        m_fake->route("/hang", [](QLocalSocket *, const FakeRequest &) { });
        QVERIFY(connectClient());
        EngineRequest request = EngineRequest::get(u"/hang"_s);
        request.timeoutMs = 300;
        QElapsedTimer clock;
        clock.start();
        auto call = send(*m_client, request);
        QVERIFY(call->waitForFinished(10000));
        QCOMPARE(call->error().kind, Kind::Timeout);
        QVERIFY(clock.elapsed() >= 250); // a coarse timer may fire up to 5 % early
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void timeoutMidStream()
    {
        m_fake->serveEngine();
        QPointer<QLocalSocket> socket;
        m_fake->route("/logs", [&](QLocalSocket *s, const FakeRequest &) {
            socket = s;
            FakeEngine::streamHead(s, "application/octet-stream");
            FakeEngine::streamChunk(s, "first");
        });
        QVERIFY(connectClient());
        EngineRequest request = EngineRequest::stream(u"/logs"_s, {}, EngineRequest::Delivery::Raw);
        request.timeoutMs = 400;
        auto call = send(*m_client, request);
        QSignalSpy chunks(call.get(), &EngineCall::data);
        QSignalSpy finished(call.get(), &EngineCall::finished);
        QVERIFY(chunks.wait(5000));
        // Data keeps the call alive; only silence counts.
        QTest::qWait(250); // most of the 400 ms, so that only the next chunk can keep the call alive
        FakeEngine::streamChunk(socket, "second");
        QVERIFY(!finished.wait(250)); // 500 ms after the first chunk, but only 250 after the second
        QVERIFY(!call->isFinished());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(call->waitForFinished(5000));
        QCOMPARE(call->error().kind, Kind::Timeout);
        QVERIFY(clock.elapsed() < 3000);
        QByteArray all;
        for (const auto &args : std::as_const(chunks))
            all += args.at(0).toByteArray();
        QCOMPARE(all, "firstsecond");
    }

    void rawStreamAndBodyNotKept()
    {
        m_fake->serveEngine();
        const QByteArray payload = QByteArray(300000, 'x') + "end";
        m_fake->route("/images/x/get",
            [&](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, 200, payload, "application/x-tar"); });
        QVERIFY(connectClient());
        auto call = send(*m_client, EngineRequest::stream(u"/images/x/get"_s, {}, EngineRequest::Delivery::Raw));
        QByteArray received;
        connect(call.get(), &EngineCall::data, this, [&](const QByteArray &chunk) { received += chunk; });
        QVERIFY(call->waitForFinished(5000));
        QVERIFY(!call->error());
        QCOMPARE(received, payload);
        QVERIFY(call->body().isEmpty());
    }

    void abortCancels()
    {
        m_fake->serveEngine();
        m_fake->route("/hang", [](QLocalSocket *, const FakeRequest &) { });
        QVERIFY(connectClient());
        auto call = send(*m_client, EngineRequest::stream(u"/hang"_s));
        QSignalSpy finished(call.get(), &EngineCall::finished);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->targets().contains("/v1.45/hang"), 5000);
        call->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(call->error().kind, Kind::Cancelled);
        call->abort(); // twice is harmless
        QVERIFY(!finished.wait(20));
        QCOMPARE(finished.size(), 1);
    }

    void autoDeleteAfterFinished()
    {
        m_fake->serveEngine();
        QVERIFY(connectClient());
        QPointer<EngineCall> call = m_client->send(EngineRequest::get(u"/_ping"_s));
        QSignalSpy finished(call.data(), &EngineCall::finished);
        QVERIFY(finished.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), 5000);
    }

    void uploadWithProgress()
    {
        m_fake->serveEngine();
        FakeRequest seen;
        m_fake->route("/build", [&](QLocalSocket *s, const FakeRequest &r) {
            seen = r;
            FakeEngine::reply(s, 200, "{\"stream\":\"done\"}\n");
        });
        QVERIFY(connectClient());
        QByteArray context(2 * 1024 * 1024, '\0');
        for (qsizetype i = 0; i < context.size(); ++i)
            context[i] = char(i % 251);
        QBuffer device(&context);
        QVERIFY(device.open(QIODevice::ReadOnly));
        EngineRequest request = EngineRequest::post(u"/build"_s, QUrlQuery(u"t=x:1"_s));
        request.bodyDevice = &device;
        request.contentType = "application/x-tar";
        request.delivery = EngineRequest::Delivery::JsonLines;
        auto call = send(*m_client, request);
        QSignalSpy progress(call.get(), &EngineCall::uploadProgress);
        QSignalSpy lines(call.get(), &EngineCall::jsonLine);
        QVERIFY(call->waitForFinished(10000));
        QVERIFY2(!call->error(), qPrintable(call->error().toString()));
        QCOMPARE(seen.method, "POST");
        QCOMPARE(seen.target, "/v1.45/build?t=x:1");
        QCOMPARE(seen.headers.value("content-type"), "application/x-tar");
        QCOMPARE(seen.body.size(), context.size());
        QVERIFY(seen.body == context);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), context.size());
        QCOMPARE(progress.last().at(1).toLongLong(), context.size());
        QCOMPARE(lines.size(), 1); // the last line without... here with a newline, in a Content-Length body
    }

    void postAlwaysHasContentType()
    {
        m_fake->serveEngine();
        QList<FakeRequest> seen;
        m_fake->route("/containers/x/start", [&](QLocalSocket *s, const FakeRequest &r) {
            seen.append(r);
            FakeEngine::reply(s, 204, {});
        });
        m_fake->route("/containers/create", [&](QLocalSocket *s, const FakeRequest &r) {
            seen.append(r);
            FakeEngine::reply(s, 201, R"({"Id":"abc","Warnings":[]})");
        });
        QVERIFY(connectClient());
        auto start = send(*m_client, EngineRequest::post(u"/containers/x/start"_s));
        QVERIFY(start->waitForFinished(5000));
        QVERIFY(!start->error());
        QCOMPARE(start->httpStatus(), 204);
        auto create = send(*m_client, EngineRequest::postJson(u"/containers/create"_s, R"({"Image":"x"})"));
        QVERIFY(create->waitForFinished(5000));
        QCOMPARE(create->jsonObject().value(u"Id"_s).toString(), u"abc"_s);
        QCOMPARE(seen.size(), 2);
        for (const FakeRequest &r : std::as_const(seen))
            QCOMPARE(r.headers.value("content-type"), "application/json");
        QCOMPARE(seen.at(1).body, R"({"Image":"x"})");
    }

    void socketMissing()
    {
        m_fake->stop();
        m_client->setEndpoint(Endpoint::fromUri(u"unix://"_s + m_dir.filePath(u"nothing-here.sock"_s)));
        QVERIFY(!m_client->connectAndWait(5000));
        const EngineError &e = m_client->lastError();
        QCOMPARE(e.kind, Kind::SocketMissing);
        QVERIFY2(e.message.contains(u"Docker is not running, or it listens elsewhere"_s), qPrintable(e.message));
        QVERIFY(e.message.contains(u"nothing-here.sock"_s));
        QVERIFY(!e.hint.isEmpty());
        QCOMPARE(EngineClient::checkSocket(m_dir.filePath(u"nothing-here.sock"_s)).kind, Kind::SocketMissing);
    }

    void notASocket()
    {
        const QString file = m_dir.filePath(u"plain-file"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const EngineError e = EngineClient::checkSocket(file);
        QVERIFY(e.isError());
        QVERIFY(e.message.contains(u"not a socket"_s));
    }

    void connectionRefused()
    {
        // A socket file nobody listens on, as a crashed daemon leaves behind.
        const QString path = m_dir.filePath(u"stale.sock"_s);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(path);
        QVERIFY(size_t(native.size()) < sizeof(address.sun_path));
        memcpy(address.sun_path, native.constData(), size_t(native.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(EngineClient::checkSocket(path).kind == Kind::None); // exists, is a socket, accessible

        m_client->setEndpoint(Endpoint::fromUri(u"unix://"_s + path));
        QVERIFY(!m_client->connectAndWait(5000));
        const EngineError &e = m_client->lastError();
        QVERIFY2(e.kind == Kind::ConnectionRefused, qPrintable(e.toString() + u" / "_s + e.detail));
        QVERIFY(e.message.contains(u"is the daemon running?"_s));
    }

    void permissionDenied()
    {
        // Root bypasses permission checks, so a child process drops to nobody (65534) and connects.
        if (::geteuid() != 0)
            QSKIP("needs root to create a socket another user cannot open");
        m_fake->serveEngine();
        QVERIFY(QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ReadGroup
                | QFile::ExeOther | QFile::ReadOther));
        const auto runAsNobody = [this](QString *output) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"DW_FAKEENGINE_CHILD_SOCKET"_s, m_socket);
            child.setProcessEnvironment(env);
            QSignalSpy done(&child, &QProcess::finished);
            child.start(QCoreApplication::applicationFilePath(), {});
            // The fake engine lives in this process: its event loop turns while we wait.
            if (!done.wait(20000))
                return -1;
            *output = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
            return child.exitCode();
        };
        QString output;
        // Control: with an open socket the same child connects, so only permission differs below.
        QVERIFY(QFile::setPermissions(m_socket, QFileDevice::Permissions(0x6666)));
        int code = runAsNobody(&output);
        QVERIFY2(code == int(Kind::None), qPrintable(output));

        QVERIFY(QFile::setPermissions(m_socket, QFile::ReadOwner | QFile::WriteOwner));
        code = runAsNobody(&output);
        QVERIFY2(code == int(Kind::PermissionDenied), qPrintable(QString::number(code) + u": "_s + output));
        QVERIFY2(output.contains(u"usermod -aG docker"_s), qPrintable(output));
        QVERIFY(output.contains(m_socket));
    }

    void unsupportedEndpoints()
    {
        // ssh:// runs ssh; what it prints when it fails names the cause (a stand-in ssh prints it here,
        // tst_sshendpoint talks to a real sshd).
        qputenv("DOCKWRIGHT_SSH_COMMAND",
            "sh -c 'echo \"ssh: Could not resolve hostname build.example: Name or service not known\" >&2; exit 255' "
            "ssh");
        m_client->setEndpoint(Endpoint::fromUri(u"ssh://me@build.example"_s));
        QVERIFY(!m_client->connectAndWait(5000));
        qunsetenv("DOCKWRIGHT_SSH_COMMAND");
        QCOMPARE(m_client->lastError().kind, Kind::HostNotFound);
        QVERIFY2(m_client->lastError().message.contains(u"build.example"_s), qPrintable(m_client->lastError().message));

        m_client->setEndpoint(Endpoint::fromUri(u"npipe:////./pipe/docker_engine"_s));
        auto call = send(*m_client, EngineRequest::get(u"/info"_s));
        QSignalSpy finished(call.get(), &EngineCall::finished);
        QVERIFY(finished.wait(5000)); // asynchronously, like any other failure
        QCOMPARE(call->error().kind, Kind::Unsupported);

        m_client->setEndpoint(Endpoint());
        QVERIFY(!m_client->connectAndWait(5000));
        QCOMPARE(m_client->lastError().kind, Kind::Unsupported);
    }

    void setEndpointAbortsCallsInFlight()
    {
        m_fake->serveEngine();
        m_fake->route("/hang", [](QLocalSocket *, const FakeRequest &) { });
        QVERIFY(connectClient());
        auto call = send(*m_client, EngineRequest::stream(u"/hang"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->targets().contains("/v1.45/hang"), 5000);
        m_client->setEndpoint(endpoint());
        QVERIFY(call->isFinished());
        QCOMPARE(call->error().kind, Kind::Cancelled);
        QCOMPARE(m_client->state(), EngineClient::State::Disconnected);
    }

    void sessionReconnects()
    {
        m_fake->serveEngine();
        m_fake->route("/events", [](QLocalSocket *s, const FakeRequest &) {
            FakeEngine::streamHead(s);
            FakeEngine::streamChunk(s,
                R"({"Type":"image","Action":"tag","Actor":{"ID":"sha256:1","Attributes":{"name":"x:1"}},"time":1,"timeNano":1000000001})"
                "\n");
        });
        EngineSession session;
        QSignalSpy connected(&session, &EngineSession::connected);
        QSignalSpy disconnected(&session, &EngineSession::disconnected);
        QSignalSpy events(&session, &EngineSession::engineEvent);
        session.start(endpoint());
        QVERIFY(connected.wait(5000));
        QVERIFY(session.isConnected());
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 5000);
        const auto event = events.at(0).at(0).value<EngineEvent>();
        QCOMPARE(event.type, u"image"_s);
        QCOMPARE(event.action, u"tag"_s);
        QCOMPARE(event.attributes.value(u"name"_s), u"x:1"_s);

        m_fake->stop(); // the engine goes away
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(disconnected.at(0).at(1).toInt(), 1000);
        QVERIFY(!session.isConnected());
        // The retry after 1 s finds no engine: the next delay doubles.
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(disconnected.at(1).at(0).value<EngineError>().kind, Kind::SocketMissing);
        QCOMPARE(disconnected.at(1).at(1).toInt(), 2000);

        QVERIFY(m_fake->listen(m_socket)); // back again
        QVERIFY(connected.wait(5000));
        QCOMPARE(connected.size(), 2);
        QVERIFY(session.isConnected());
        QCOMPARE(session.retryDelayMs(), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, 5000); // events flow again
        session.stop();
        QVERIFY(!disconnected.wait(50)); // stopping is not a loss
        QCOMPARE(disconnected.size(), 2);
    }

    void sessionBackoffIsCapped()
    {
        m_fake->stop();
        EngineSession session;
        QSignalSpy disconnected(&session, &EngineSession::disconnected);
        session.start(endpoint());
        QVERIFY(disconnected.wait(5000));
        QList<int> delays {disconnected.at(0).at(1).toInt()};
        for (int i = 0; i < 5; ++i) {
            session.retryNow();
            QVERIFY(disconnected.wait(5000));
            delays.append(disconnected.last().at(1).toInt());
        }
        QCOMPARE(delays, (QList<int> {1000, 2000, 4000, 8000, 15000, 15000}));
    }
};

// The permission test re-runs this binary as a child that drops to uid 65534 and connects.
static int childConnectAsNobody(int argc, char *argv[], const QString &socket)
{
    if (::setgroups(0, nullptr) != 0 || ::setresgid(NobodyId, NobodyId, NobodyId) != 0
        || ::setresuid(NobodyId, NobodyId, NobodyId) != 0 || ::geteuid() != NobodyId) {
        fprintf(stderr, "cannot drop privileges\n");
        return 98;
    }
    QCoreApplication app(argc, argv);
    EngineClient client;
    client.setEndpoint(Endpoint::fromUri(u"unix://"_s + socket));
    client.connectAndWait(10000);
    fprintf(stdout, "%s\n", qPrintable(client.lastError().toString()));
    return int(client.lastError().kind);
}

int main(int argc, char *argv[])
{
    const QString childSocket = qEnvironmentVariable("DW_FAKEENGINE_CHILD_SOCKET");
    if (!childSocket.isEmpty())
        return childConnectAsNobody(argc, argv, childSocket);
    QCoreApplication app(argc, argv);
    TestFakeEngine test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fakeengine.moc"
