// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/resources.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {
QJsonArray array(const char *json)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad fixture: %s", qPrintable(e.errorString()));
    return doc.array();
}
} // namespace

class TestResources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dockerImages()
    {
        // Shape of Docker 26.1 (API 1.45), as seen on the test engine.
        const auto images = ImageSummary::listFromJson(array(R"j([
            {"Containers":-1,"Created":1795733590,"Id":"sha256:b481368aa1f45ab0247ccb47daa33988384c3cf367128a7e65486e39b4fbdf7a",
             "Labels":null,"ParentId":"","RepoDigests":[],"RepoTags":["bbtest:latest","bbtest:v2"],"SharedSize":-1,"Size":2027799},
            {"Containers":3,"Created":1700000000,"Id":"sha256:0123456789abcdef0123","RepoDigests":["r@sha256:ff"],
             "RepoTags":["<none>:<none>"],"Size":0}])j"));
        QCOMPARE(images.size(), 2);
        const ImageSummary &a = images.at(0);
        QCOMPARE(a.id, u"sha256:b481368aa1f45ab0247ccb47daa33988384c3cf367128a7e65486e39b4fbdf7a"_s);
        QCOMPARE(a.shortId(), u"b481368aa1f4"_s);
        QCOMPARE(a.repoTags, (QStringList {u"bbtest:latest"_s, u"bbtest:v2"_s}));
        QVERIFY(a.repoDigests.isEmpty());
        QCOMPARE(a.size, 2027799);
        QCOMPARE(a.created, QDateTime::fromSecsSinceEpoch(1795733590, QTimeZone::UTC));
        QCOMPARE(a.containers, -1);
        const ImageSummary &b = images.at(1);
        QCOMPARE(b.containers, 3);
        QCOMPARE(b.repoTags, QStringList {u"<none>:<none>"_s});
        QCOMPARE(b.repoDigests, QStringList {u"r@sha256:ff"_s});
        QCOMPARE(b.created.toSecsSinceEpoch(), 1700000000);
    }

    void podmanImages()
    {
        // Podman's compat API: RepoTags null for dangling images, extra keys, Containers counted.
        const auto images = ImageSummary::listFromJson(array(R"j([
            {"Id":"sha256:aaaabbbbccccdddd","ParentId":"","RepoTags":null,"RepoDigests":null,"Created":1690000000,
             "Size":5,"SharedSize":0,"VirtualSize":5,"Labels":{},"Containers":0,"Names":["x"],"Digest":"sha256:1","History":[]},
            {"Id":"aaaabbbbccccddddeeee","RepoTags":["localhost/app:1"]}])j"));
        QCOMPARE(images.size(), 2);
        QVERIFY(images.at(0).repoTags.isEmpty());
        QVERIFY(images.at(0).repoDigests.isEmpty());
        QCOMPARE(images.at(0).containers, 0);
        QCOMPARE(images.at(0).shortId(), u"aaaabbbbcccc"_s);
        // Missing fields: defaults, never a crash.
        QCOMPARE(images.at(1).shortId(), u"aaaabbbbcccc"_s); // no sha256: prefix
        QCOMPARE(images.at(1).size, 0);
        QCOMPARE(images.at(1).containers, -1);
        QVERIFY(!images.at(1).created.isValid());
    }

    void junkIsSkipped()
    {
        QVERIFY(ImageSummary::listFromJson(array(R"j([1, "x", null, {}])j")).isEmpty());
        QVERIFY(ContainerSummary::listFromJson(array(R"j([[], true, {}])j")).isEmpty());
        QVERIFY(ImageSummary::listFromJson({}).isEmpty());
    }

    void dockerContainers()
    {
        const auto containers = ContainerSummary::listFromJson(array(R"j([
            {"Id":"8dfafdbc3a40","Names":["/boring_feynman"],"Image":"ubuntu:latest","ImageID":"sha256:d74508fb",
             "Command":"echo 1","Created":1367854155,"State":"running","Status":"Up 5 minutes (healthy)",
             "Ports":[{"IP":"0.0.0.0","PrivatePort":80,"PublicPort":8080,"Type":"tcp"},
                      {"IP":"::","PrivatePort":80,"PublicPort":8080,"Type":"tcp"},
                      {"PrivatePort":53,"Type":"udp"}],
             "Labels":{},"SizeRw":12288,"HostConfig":{"NetworkMode":"default"},"NetworkSettings":{"Networks":{}},"Mounts":[]},
            {"Id":"9cd87474be90","Names":["/coolName"],"Image":"x","State":"exited","Status":"Exited (0) 2 hours ago","Ports":[]}])j"));
        QCOMPARE(containers.size(), 2);
        const ContainerSummary &c = containers.at(0);
        QCOMPARE(c.id, u"8dfafdbc3a40"_s);
        QCOMPARE(c.name, u"boring_feynman"_s);
        QCOMPARE(c.image, u"ubuntu:latest"_s);
        QCOMPARE(c.imageId, u"sha256:d74508fb"_s);
        QCOMPARE(c.command, u"echo 1"_s);
        QCOMPARE(c.state, u"running"_s);
        QCOMPARE(c.status, u"Up 5 minutes (healthy)"_s);
        QCOMPARE(c.created.toSecsSinceEpoch(), 1367854155);
        QCOMPARE(c.ports.size(), 3);
        QCOMPARE(c.ports.at(0).toString(), u"0.0.0.0:8080->80/tcp"_s);
        QCOMPARE(c.ports.at(1).toString(), u"[::]:8080->80/tcp"_s);
        QCOMPARE(c.ports.at(2).toString(), u"53/udp"_s);
        QCOMPARE(c.portsText(), u"0.0.0.0:8080->80/tcp, [::]:8080->80/tcp, 53/udp"_s);
        QCOMPARE(containers.at(1).state, u"exited"_s);
        QVERIFY(containers.at(1).portsText().isEmpty());
    }

    void podmanContainers()
    {
        // Podman compat: Ports null, Names without a slash, State also as an object in libpod-style replies.
        const auto containers = ContainerSummary::listFromJson(array(R"j([
            {"Id":"aa","Names":["web"],"Image":"docker.io/library/nginx:latest","ImageID":"bb","Command":"nginx",
             "Created":1700000001,"Ports":null,"State":"running","Status":"Up 2 seconds"},
            {"Id":"cc","Names":null,"State":{"Status":"paused","Running":true}},
            {"Id":"dd"}])j"));
        QCOMPARE(containers.size(), 3);
        QCOMPARE(containers.at(0).name, u"web"_s);
        QVERIFY(containers.at(0).ports.isEmpty());
        QCOMPARE(containers.at(1).name, QString());
        QCOMPARE(containers.at(1).state, u"paused"_s);
        QCOMPARE(containers.at(2).id, u"dd"_s);
        QVERIFY(containers.at(2).state.isEmpty());
        QVERIFY(!containers.at(2).created.isValid());
        QVERIFY(!containers.at(0).detail);
    }

    void shownImageLikeDockerPs_data()
    {
        // docker/cli formatter ContainerContext.Image() without --no-trunc.
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("imageId");
        QTest::addColumn<QString>("shown");
        const QString id = u"sha256:2ee0f9a8b55809ef68ba6f42e5d1b7c3a4f5e6d7c8b9a0f1e2d3c4b5a6978899"_s;
        QTest::newRow("tag") << u"hallo:latest"_s << id << u"hallo:latest"_s;
        QTest::newRow("full id") << id << id << u"2ee0f9a8b558"_s;
        QTest::newRow("hex id") << id.mid(7) << id << u"2ee0f9a8b558"_s;
        QTest::newRow("short id") << u"2ee0f9a8b558"_s << id << u"2ee0f9a8b558"_s;
        QTest::newRow("digest") << u"app@sha256:abc"_s << id << u"app"_s;
        QTest::newRow("tag and digest") << u"app:1@sha256:abc"_s << id << u"app:1"_s;
        QTest::newRow("image gone") << u"old:1"_s << QString() << u"old:1"_s;
        // Podman reports the fully qualified name; docker ps prints the familiar one.
        QTest::newRow("podman") << u"docker.io/dw-actions/img:df62facd"_s << id << u"dw-actions/img:df62facd"_s;
        QTest::newRow("official") << u"docker.io/library/busybox:1.36"_s << id << u"busybox:1.36"_s;
        QTest::newRow("no tag") << u"docker.io/library/busybox"_s << id << u"busybox"_s;
        QTest::newRow("registry port") << u"localhost:5000/x"_s << id << u"localhost:5000/x"_s;
        QTest::newRow("none") << QString() << id << u"<no image>"_s;
    }
    void shownImageLikeDockerPs()
    {
        QFETCH(QString, image);
        QFETCH(QString, imageId);
        QFETCH(QString, shown);
        ContainerSummary container;
        container.image = image;
        container.imageId = imageId;
        QCOMPARE(container.shownImage(), shown);
        QCOMPARE(truncateId(imageId), imageId.isEmpty() ? QString() : u"2ee0f9a8b558"_s);
    }

    void imageHistory()
    {
        const auto history = ImageHistoryEntry::listFromJson(array(R"j([
            {"Comment":"buildkit.dockerfile.v0","Created":1795733590,"CreatedBy":"CMD sh","Id":"sha256:b481",
             "Size":0,"Tags":["bbtest:latest"]},
            {"Comment":"","Created":1795733589,"CreatedBy":"COPY busybox /bin/busybox","Id":"<missing>",
             "Size":2027799,"Tags":null}])j"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).id, u"sha256:b481"_s);
        QVERIFY(!history.at(0).isMissing());
        QCOMPARE(history.at(0).tags, QStringList {u"bbtest:latest"_s});
        QCOMPARE(history.at(0).createdBy, u"CMD sh"_s);
        QCOMPARE(history.at(0).comment, u"buildkit.dockerfile.v0"_s);
        QVERIFY(history.at(1).isMissing());
        QCOMPARE(history.at(1).size, 2027799);
        QCOMPARE(history.at(1).created, QDateTime::fromSecsSinceEpoch(1795733589, QTimeZone::UTC));
        QVERIFY(history.at(1).tags.isEmpty());
    }

    // The inspect answer's State: nanosecond times, Go's zero time for "never", health only when set.
    void stateDetail()
    {
        const auto object = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
        const ContainerStateDetail running = ContainerStateDetail::fromInspect(object(R"j({"State":{
            "Status":"running","Running":true,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,
            "Pid":42,"ExitCode":0,"Error":"","StartedAt":"2026-11-26T22:15:05.328125873Z",
            "FinishedAt":"0001-01-01T00:00:00Z","Health":{"Status":"healthy","FailingStreak":0}}})j"));
        QVERIFY(running.running);
        QVERIFY(!running.paused && !running.dead && !running.restarting && !running.removing);
        QCOMPARE(running.startedAt, QDateTime(QDate(2026, 11, 26), QTime(22, 15, 5, 328), QTimeZone::UTC));
        QVERIFY(!running.finishedAt.isValid());
        QCOMPARE(running.health, u"healthy"_s);

        const ContainerStateDetail exited = ContainerStateDetail::fromInspect(object(R"j({"State":{
            "Status":"exited","Running":false,"ExitCode":137,"StartedAt":"2026-11-26T22:15:05Z",
            "FinishedAt":"2026-11-26T23:00:00.5Z"}})j"));
        QVERIFY(!exited.running);
        QCOMPARE(exited.exitCode, 137);
        QCOMPARE(exited.finishedAt, QDateTime(QDate(2026, 11, 26), QTime(23, 0, 0, 500), QTimeZone::UTC));
        QVERIFY(exited.health.isEmpty());

        const ContainerStateDetail created = ContainerStateDetail::fromInspect(object(R"j({"State":{
            "Status":"created","StartedAt":"0001-01-01T00:00:00Z","FinishedAt":"0001-01-01T00:00:00Z"}})j"));
        QVERIFY(!created.startedAt.isValid());
        QVERIFY(!created.finishedAt.isValid());
        QVERIFY(ContainerStateDetail::fromInspect(object(R"({"State":{"Status":"removing"}})")).removing);
    }
};

QTEST_GUILESS_MAIN(TestResources)
#include "tst_resources.moc"
