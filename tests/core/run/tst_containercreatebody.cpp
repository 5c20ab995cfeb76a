// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/containercreatebody.h"
#include "core/run/dockerruncommand.h"
#include "core/run/hardening.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

QJsonObject golden(const QString &name)
{
    QFile file(QFINDTESTDATA(u"data/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray pretty(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// The guide's plain "does it start" run.
RunProfile guideBasicRun()
{
    const auto parsed = DockerRunCommand::parse(
        u"docker run --rm -p 8080:8080 -e ENVIRONMENT=prod -e LOG_LEVEL=INFO -e PORT=8080 myapp:prod"_s);
    return parsed.profile;
}

} // namespace

class TestContainerCreateBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productionPreset()
    {
        RunProfile p = guideBasicRun();
        // The guide's image works in /app, so its /app/logs gets a tmpfs beside /tmp.
        Hardening::applyProductionPosture(p, {u"/app/logs"_s});
        const QJsonObject expected = golden(u"create-production.json"_s);
        QVERIFY(!expected.isEmpty());
        const QJsonObject actual = ContainerCreateBody::build(p, QProcessEnvironment());
        QVERIFY2(actual == expected, pretty(actual).constData());
        QVERIFY(ContainerCreateBody::query(p).isEmpty());
    }

    void typicalCommand()
    {
        const auto parsed = DockerRunCommand::parse(
            u"docker run -d --name web --restart on-failure:3 --network frontend "
            "-p 127.0.0.1:8080-8081:80-81/tcp -p 53:53/udp -p 9000-9010:9000 "
            "-v /srv/data:/data:ro -v cache:/cache -v /anon "
            "--mount type=tmpfs,target=/run,tmpfs-size=64m,tmpfs-mode=1777 "
            "--mount type=bind,source=/etc/ssl,target=/ssl,readonly "
            "--memory 512m --cpus 1.5 --pids-limit 100 --cap-drop ALL --cap-add NET_BIND_SERVICE "
            "--user 1000:1000 --label app=web -e K=V -e FROM_HOST -e NOT_SET "
            "--health-cmd 'curl -f http://localhost/ || exit 1' --health-interval 30s --health-retries 2 "
            "--stop-signal SIGQUIT nginx:1.27 nginx -g 'daemon off;'"_s);
        QVERIFY2(parsed.ok() && parsed.warnings.isEmpty(), qPrintable(parsed.error));
        QProcessEnvironment env;
        env.insert(u"FROM_HOST"_s, u"yes"_s);
        const QJsonObject actual = ContainerCreateBody::build(parsed.profile, env);
        const QJsonObject expected = golden(u"create-typical.json"_s);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(actual == expected, pretty(actual).constData());
        QCOMPARE(ContainerCreateBody::query(parsed.profile).toString(), u"name=web"_s);
    }

    void interactiveAndTty()
    {
        RunProfile p;
        p.image = u"busybox"_s;
        p.interactive = true;
        p.tty = true;
        QJsonObject body = ContainerCreateBody::build(p);
        QCOMPARE(body.value(u"AttachStdin"_s).toBool(), true);
        QCOMPARE(body.value(u"OpenStdin"_s).toBool(), true);
        QCOMPARE(body.value(u"StdinOnce"_s).toBool(), true);
        QCOMPARE(body.value(u"Tty"_s).toBool(), true);
        p.detach = true;
        body = ContainerCreateBody::build(p);
        QCOMPARE(body.value(u"AttachStdin"_s).toBool(), false);
        QCOMPARE(body.value(u"StdinOnce"_s).toBool(), false);
        QCOMPARE(body.value(u"OpenStdin"_s).toBool(), true);
    }

    void entrypointAndInit()
    {
        RunProfile p;
        p.image = u"busybox"_s;
        QVERIFY(!ContainerCreateBody::build(p).value(u"HostConfig"_s).toObject().contains(u"Init"_s));
        p.init = false;
        QCOMPARE(ContainerCreateBody::build(p).value(u"HostConfig"_s).toObject().value(u"Init"_s), QJsonValue(false));
        p.entrypoint = QString();
        QCOMPARE(ContainerCreateBody::build(p).value(u"Entrypoint"_s).toArray(), QJsonArray {u""_s});
        p.platform = u"linux/arm64"_s;
        p.name = u"x1"_s;
        QCOMPARE(ContainerCreateBody::query(p).toString(), u"name=x1&platform=linux/arm64"_s);
    }
};

QTEST_GUILESS_MAIN(TestContainerCreateBody)
#include "tst_containercreatebody.moc"
