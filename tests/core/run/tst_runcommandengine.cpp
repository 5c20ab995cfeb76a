// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 item 2: `dockwright-cli run --print` scores the effective configuration, the flags over what
// the image sets itself. Against the real engine: an image whose USER is a non-root uid runs as that
// user (docker image inspect says so too), so the non-root check is applied without --user; root
// images and --privileged keep their low scores.
#include "cli/runcommand.h"
#include "clirunner.h"
#include "core/engine/engineclient.h"
#include "testengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>
#include <csignal>

using namespace Dockwright;
using Test::CliRun;
using namespace Qt::StringLiterals;

namespace {

const QString Tag = u"dockwright-test/run-print-user:latest"_s;

QJsonObject printJson(const QStringList &args)
{
    Cli::RunCommand command;
    const CliRun r
        = Test::runCli(command, QStringList {u"--host"_s, Test::testEndpoint().uri, u"--print"_s, u"--json"_s} + args);
    if (r.code != Cli::ExitOk)
        qWarning("run --print exited %d: %s", r.code, qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString checkStatus(const QJsonObject &o, const QString &id)
{
    for (const QJsonValue &item : o.value(u"checklist"_s).toArray()) {
        if (item.toObject().value(u"id"_s).toString() == id)
            return item.toObject().value(u"status"_s).toString();
    }
    return {};
}

// The guide's hardened run (its /app/logs tmpfs left out: this image has no /app).
const QStringList Hardened {u"--rm"_s, u"--init"_s, u"--read-only"_s, u"--cap-drop=ALL"_s,
    u"--security-opt=no-new-privileges"_s, u"--tmpfs"_s, u"/tmp:rw,nosuid,nodev,noexec,size=256m"_s, u"-e"_s,
    u"HOME=/tmp"_s};

} // namespace

class TestRunCommandEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString busybox;
        DW_REQUIRE_BUSYBOX(m_client, busybox);
        QString error;
        QVERIFY2(!Test::buildImage(m_client, Tag, "FROM dockwright-test/busybox:latest\nUSER 10001:10001\n", {}, &error)
                     .isEmpty(),
            qPrintable(error));
    }

    void imageUserCounts()
    {
        QVERIFY(Test::haveDockerCli());
        QCOMPARE(
            Test::dockerCli({u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Config.User}}"_s, Tag}), u"10001:10001"_s);
        const QJsonObject o = printJson(Hardened + QStringList {Tag});
        QVERIFY(o.value(u"imageInspected"_s).toBool());
        QCOMPARE(o.value(u"effectiveUser"_s).toString(), u"10001:10001"_s);
        QCOMPARE(checkStatus(o, u"non-root-user"_s), u"applied"_s);
        for (const QJsonValue &w : o.value(u"warnings"_s).toArray())
            QVERIFY2(w.toObject().value(u"code"_s).toString() != u"root-user"_s, "told to add --user");

        // The same flags on a root image: not applied, and scored lower.
        const QJsonObject root = printJson(Hardened + QStringList {u"dockwright-test/busybox:latest"_s});
        QVERIFY(root.value(u"imageInspected"_s).toBool());
        QCOMPARE(root.value(u"effectiveUser"_s).toString(), QString());
        QCOMPARE(checkStatus(root, u"non-root-user"_s), u"missing"_s);
        QVERIFY2(root.value(u"score"_s).toInt() < o.value(u"score"_s).toInt(),
            qPrintable(u"root %1, user %2"_s.arg(root.value(u"score"_s).toInt()).arg(o.value(u"score"_s).toInt())));
        qInfo("guide's hardened flags: score %d with USER 10001, %d as root", o.value(u"score"_s).toInt(),
            root.value(u"score"_s).toInt());

        // --privileged voids the rest, whatever the image's user.
        const QJsonObject privileged = printJson(Hardened + QStringList {u"--privileged"_s, Tag});
        QVERIFY(privileged.value(u"score"_s).toInt() <= 20);

        // An image the engine does not have: scored from the flags, and it says so.
        const QJsonObject missing = printJson(Hardened + QStringList {u"dockwright-test/not-here:1"_s});
        QVERIFY(!missing.value(u"imageInspected"_s).toBool());
        bool noted = false;
        for (const QJsonValue &w : missing.value(u"warnings"_s).toArray())
            noted = noted || w.toObject().value(u"code"_s).toString() == u"image-not-inspected"_s;
        QVERIFY(noted);
    }

    // Issue 13 item 10: Ctrl+C on a --rm run exited 130 and left the container running. Now the signal
    // goes to the container (docker's signal proxy); `sleep` as PID 1 ignores it, so the container is
    // stopped (SIGKILL after --stop-timeout) and, being --rm, removed; the exit code is the container's.
    void ctrlCStopsAndRemovesARmContainer()
    {
        const QString name = u"dw-sigint-%1"_s.arg(QCoreApplication::applicationPid());
        QTimer::singleShot(2000, [] { ::raise(SIGINT); });
        Cli::RunCommand command;
        QElapsedTimer clock;
        clock.start();
        const CliRun r = Test::runCli(command,
            {u"--host"_s, Test::testEndpoint().uri, u"--rm"_s, u"--name"_s, name, u"--stop-timeout"_s, u"1"_s,
                u"dockwright-test/busybox:latest"_s, u"sleep"_s, u"60"_s});
        qInfo("exit %d after %lld ms; stderr: %s", r.code, clock.elapsed(), qPrintable(r.err.trimmed()));
        QCOMPARE(r.code, 137); // killed, as docker reports it
        QVERIFY(clock.elapsed() < 30000);
        QVERIFY2(r.err.contains(u"Stopping container"_s), qPrintable(r.err));
        QCOMPARE(Test::dockerCli({u"ps"_s, u"-a"_s, u"-q"_s, u"--filter"_s, u"name=^/"_s + name + u"$"_s}), QString());
    }

    void cleanupTestCase() { Test::dockerCli({u"rmi"_s, u"-f"_s, Tag}); }

private:
    Core::EngineClient m_client;
};

QTEST_GUILESS_MAIN(TestRunCommandEngine)
#include "tst_runcommandengine.moc"
