// SPDX-License-Identifier: GPL-3.0-or-later
// The typed Engine API requests: each builder's method, path, query, delivery and idle limit against
// the literal request the Engine API documents, so a typo in a path or a query item fails here.
#include "core/engine/engineapi.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Dockwright::Core::EngineRequest)

namespace {

QString deliveryName(EngineRequest::Delivery delivery)
{
    switch (delivery) {
    case EngineRequest::Delivery::Buffered:
        return u"Buffered"_s;
    case EngineRequest::Delivery::JsonLines:
        return u"JsonLines"_s;
    case EngineRequest::Delivery::Raw:
        return u"Raw"_s;
    }
    return u"?"_s;
}

EngineApi::LogsOptions followOutput()
{
    EngineApi::LogsOptions o;
    o.follow = true;
    o.standardOutput = true;
    o.standardError = true;
    return o;
}

EngineApi::LogsOptions everything()
{
    EngineApi::LogsOptions o = followOutput();
    o.timestamps = true;
    o.since = QDateTime::fromMSecsSinceEpoch(1700000000123, QTimeZone::UTC);
    return o;
}

} // namespace

class TestEngineApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requests_data()
    {
        QTest::addColumn<EngineRequest>("request");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("delivery");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<bool>("versioned");

        const auto row = [](const char *name, const EngineRequest &request, const QByteArray &method,
                             const QString &path, const QString &query, const QString &delivery = u"Buffered"_s,
                             int timeoutMs = 30000, bool versioned = true) {
            QTest::newRow(name) << request << method << path << query << delivery << timeoutMs << versioned;
        };
        using EngineApi::ContainerAction;
        using EngineApi::WaitCondition;

        // System
        row("ping", EngineApi::ping(), "GET", u"/_ping"_s, {}, u"Buffered"_s, 30000, false);
        row("version", EngineApi::version(), "GET", u"/version"_s, {});
        row("info", EngineApi::info(), "GET", u"/info"_s, {});
        row("events", EngineApi::events(), "GET", u"/events"_s, {}, u"JsonLines"_s, 0);

        // Images
        row("list images", EngineApi::listImages(), "GET", u"/images/json"_s, {});
        row("inspect image", EngineApi::inspectImage(u"busybox:latest"_s), "GET", u"/images/busybox:latest/json"_s, {});
        row("inspect image, registry and digest", EngineApi::inspectImage(u"localhost:5000/me/app@sha256:ab"_s), "GET",
            u"/images/localhost:5000/me/app@sha256:ab/json"_s, {});
        row("image history", EngineApi::imageHistory(u"sha256:0123"_s), "GET", u"/images/sha256:0123/history"_s, {});
        row("export image", EngineApi::exportImage(u"me/app:1"_s), "GET", u"/images/me/app:1/get"_s, {}, u"Raw"_s, 0);
        row("remove image", EngineApi::removeImage(u"me/app:1"_s), "DELETE", u"/images/me/app:1"_s, {});
        row("remove image force", EngineApi::removeImage(u"sha256:0123"_s, {.force = true, .noPrune = false}), "DELETE",
            u"/images/sha256:0123"_s, u"force=1"_s);
        row("remove image noprune", EngineApi::removeImage(u"x"_s, {.force = true, .noPrune = true}), "DELETE",
            u"/images/x"_s, u"force=1&noprune=1"_s);
        row("tag image", EngineApi::tagImage(u"sha256:0123"_s, u"localhost:5000/me/app"_s, u"v2"_s), "POST",
            u"/images/sha256:0123/tag"_s, u"repo=localhost:5000/me/app&tag=v2"_s);
        row("tag image, no tag", EngineApi::tagImage(u"x:1"_s, u"y"_s, {}), "POST", u"/images/x:1/tag"_s, u"repo=y"_s);
        row("prune dangling images", EngineApi::pruneImages(true), "POST", u"/images/prune"_s,
            u"filters=%7B%22dangling%22:[%22true%22]%7D"_s, u"Buffered"_s, 0);
        row("prune unused images", EngineApi::pruneImages(false), "POST", u"/images/prune"_s,
            u"filters=%7B%22dangling%22:[%22false%22]%7D"_s, u"Buffered"_s, 0);

        // Build
        row("build", EngineApi::build(QUrlQuery(u"t=x:1&version=2"_s), nullptr, 0), "POST", u"/build"_s,
            u"t=x:1&version=2"_s, u"JsonLines"_s, 0);
        row("cancel build", EngineApi::cancelBuild(u"b-1"_s), "POST", u"/build/cancel"_s, u"id=b-1"_s);

        // Containers
        row("list containers", EngineApi::listContainers(false), "GET", u"/containers/json"_s, {});
        row("list all containers", EngineApi::listContainers(true), "GET", u"/containers/json"_s, u"all=1"_s);
        row("create", EngineApi::createContainer({}), "POST", u"/containers/create"_s, {});
        row("create named", EngineApi::createContainer({}, u"web"_s), "POST", u"/containers/create"_s, u"name=web"_s);
        row("create for a platform", EngineApi::createContainer({}, {}, u"linux/arm64"_s), "POST",
            u"/containers/create"_s, u"platform=linux/arm64"_s);
        row("create named for a platform", EngineApi::createContainer({}, u"x1"_s, u"linux/arm64"_s), "POST",
            u"/containers/create"_s, u"name=x1&platform=linux/arm64"_s);
        row("inspect container", EngineApi::inspectContainer(u"c1"_s), "GET", u"/containers/c1/json"_s, {});
        row("start", EngineApi::containerAction(u"c1"_s, ContainerAction::Start), "POST", u"/containers/c1/start"_s,
            {});
        row("start ignores t", EngineApi::containerAction(u"c1"_s, ContainerAction::Start, 5), "POST",
            u"/containers/c1/start"_s, {});
        row("stop", EngineApi::containerAction(u"c1"_s, ContainerAction::Stop), "POST", u"/containers/c1/stop"_s, {});
        row("stop t", EngineApi::containerAction(u"c1"_s, ContainerAction::Stop, 10), "POST", u"/containers/c1/stop"_s,
            u"t=10"_s);
        row("stop t=0", EngineApi::containerAction(u"c1"_s, ContainerAction::Stop, 0), "POST", u"/containers/c1/stop"_s,
            u"t=0"_s);
        row("stop t=-1", EngineApi::containerAction(u"c1"_s, ContainerAction::Stop, -1), "POST",
            u"/containers/c1/stop"_s, u"t=-1"_s);
        row("restart t", EngineApi::containerAction(u"c1"_s, ContainerAction::Restart, 10), "POST",
            u"/containers/c1/restart"_s, u"t=10"_s);
        row("kill", EngineApi::containerAction(u"c1"_s, ContainerAction::Kill), "POST", u"/containers/c1/kill"_s, {});
        row("kill ignores t", EngineApi::containerAction(u"c1"_s, ContainerAction::Kill, 3), "POST",
            u"/containers/c1/kill"_s, {});
        row("pause", EngineApi::containerAction(u"c1"_s, ContainerAction::Pause), "POST", u"/containers/c1/pause"_s,
            {});
        row("unpause", EngineApi::containerAction(u"c1"_s, ContainerAction::Unpause), "POST",
            u"/containers/c1/unpause"_s, {});
        row("wait not-running", EngineApi::waitContainer(u"c1"_s, WaitCondition::NotRunning), "POST",
            u"/containers/c1/wait"_s, u"condition=not-running"_s, u"Buffered"_s, 0);
        row("wait next-exit", EngineApi::waitContainer(u"c1"_s, WaitCondition::NextExit), "POST",
            u"/containers/c1/wait"_s, u"condition=next-exit"_s, u"Buffered"_s, 0);
        row("wait removed", EngineApi::waitContainer(u"c1"_s, WaitCondition::Removed), "POST", u"/containers/c1/wait"_s,
            u"condition=removed"_s, u"Buffered"_s, 0);
        row("remove", EngineApi::removeContainer(u"c1"_s), "DELETE", u"/containers/c1"_s, {});
        row("remove force", EngineApi::removeContainer(u"c1"_s, {.force = true, .volumes = false}), "DELETE",
            u"/containers/c1"_s, u"force=1"_s);
        row("remove volumes", EngineApi::removeContainer(u"c1"_s, {.force = false, .volumes = true}), "DELETE",
            u"/containers/c1"_s, u"v=1"_s);
        row("remove force volumes", EngineApi::removeContainer(u"c1"_s, {.force = true, .volumes = true}), "DELETE",
            u"/containers/c1"_s, u"force=1&v=1"_s);
        row("logs", EngineApi::containerLogs(u"c1"_s, {}), "GET", u"/containers/c1/logs"_s, {}, u"Raw"_s, 0);
        row("logs follow", EngineApi::containerLogs(u"c1"_s, followOutput()), "GET", u"/containers/c1/logs"_s,
            u"follow=1&stdout=1&stderr=1"_s, u"Raw"_s, 0);
        row("logs since", EngineApi::containerLogs(u"c1"_s, everything()), "GET", u"/containers/c1/logs"_s,
            u"follow=1&stdout=1&stderr=1&timestamps=1&since=1700000000.123"_s, u"Raw"_s, 0);
        row("stats", EngineApi::containerStats(u"c1"_s), "GET", u"/containers/c1/stats"_s, u"stream=1"_s,
            u"JsonLines"_s, 0);
        row("archive", EngineApi::containerArchive(u"c1"_s, u"/etc/passwd"_s), "GET", u"/containers/c1/archive"_s,
            u"path=/etc/passwd"_s);
        row("prune containers", EngineApi::pruneContainers(), "POST", u"/containers/prune"_s, {}, u"Buffered"_s, 0);

        // Exec
        row("create exec", EngineApi::createExec(u"c1"_s, {}), "POST", u"/containers/c1/exec"_s, {});
        row("start exec", EngineApi::startExec(u"e1"_s), "POST", u"/exec/e1/start"_s, {}, u"Raw"_s);
        row("inspect exec", EngineApi::inspectExec(u"e1"_s), "GET", u"/exec/e1/json"_s, {});
    }
    void requests()
    {
        QFETCH(EngineRequest, request);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QString, delivery);
        QFETCH(int, timeoutMs);
        QFETCH(bool, versioned);
        QCOMPARE(request.method, method);
        QCOMPARE(request.path, path);
        QCOMPARE(request.query.toString(), query);
        QCOMPARE(deliveryName(request.delivery), delivery);
        QCOMPARE(request.timeoutMs, timeoutMs);
        QCOMPARE(request.versioned, versioned);
        // Every POST names its content type: Qt's default (form-urlencoded) breaks /build and create.
        if (method == "POST")
            QVERIFY(!request.contentType.isEmpty());
        if (path != u"/build"_s)
            QVERIFY(!request.bodyDevice);
    }

    void bodies()
    {
        const EngineRequest create = EngineApi::createContainer(QJsonObject {{u"Image"_s, u"x"_s}});
        QCOMPARE(create.body, QByteArray(R"({"Image":"x"})"));
        QCOMPARE(create.contentType, QByteArray("application/json"));

        const EngineRequest exec = EngineApi::createExec(u"c1"_s, QJsonObject {{u"Cmd"_s, QJsonArray {u"env"_s}}});
        QCOMPARE(exec.body, QByteArray(R"({"Cmd":["env"]})"));
        QCOMPARE(exec.contentType, QByteArray("application/json"));

        const EngineRequest start = EngineApi::startExec(u"e1"_s);
        QCOMPARE(start.body, QByteArray(R"({"Detach":false,"Tty":false})"));
        QCOMPARE(start.contentType, QByteArray("application/json"));

        // Body-less POSTs still name a type.
        for (const EngineRequest &empty :
            {EngineApi::cancelBuild(u"b"_s), EngineApi::containerAction(u"c"_s, EngineApi::ContainerAction::Kill),
                EngineApi::waitContainer(u"c"_s, EngineApi::WaitCondition::NotRunning)}) {
            QVERIFY(empty.body.isEmpty());
            QCOMPARE(empty.contentType, QByteArray("application/json"));
        }
        for (const EngineRequest &get : {EngineApi::inspectImage(u"x"_s), EngineApi::removeContainer(u"c"_s)}) {
            QVERIFY(get.body.isEmpty());
            QVERIFY(get.contentType.isEmpty());
        }
    }

    void buildStreamsTheContext()
    {
        QBuffer context;
        const EngineRequest build = EngineApi::build(QUrlQuery(u"t=x:1"_s), &context, 4096);
        QCOMPARE(build.bodyDevice.data(), static_cast<QIODevice *>(&context));
        QCOMPARE(build.contentLength, qint64(4096));
        QCOMPARE(build.contentType, QByteArray("application/x-tar"));
        QVERIFY(build.body.isEmpty());
    }

    void withApiVersion_data()
    {
        QTest::addColumn<EngineRequest>("request");
        QTest::addColumn<QVersionNumber>("api");
        QTest::addColumn<QString>("path");
        QTest::newRow("version pinned") << EngineApi::version() << QVersionNumber(1, 44) << u"/v1.44/version"_s;
        QTest::newRow("version unversioned") << EngineApi::version() << QVersionNumber() << u"/version"_s;
        QTest::newRow("info pinned") << EngineApi::info() << QVersionNumber(1, 41) << u"/v1.41/info"_s;
    }
    void withApiVersion()
    {
        QFETCH(EngineRequest, request);
        QFETCH(QVersionNumber, api);
        QFETCH(QString, path);
        const EngineRequest pinned = EngineApi::withApiVersion(request, api);
        QCOMPARE(pinned.path, path);
        QVERIFY(!pinned.versioned);
        QCOMPARE(pinned.method, request.method);
        QCOMPARE(pinned.timeoutMs, request.timeoutMs);
    }
};

QTEST_GUILESS_MAIN(TestEngineApi)
#include "tst_engineapi.moc"
