// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 item 11: the guide's debugging commands in dockwright-cli (ps, logs, stop, rm, images, rmi,
// tag), compared with the docker CLI on the same engine: the same containers and images, the same
// fields in --format json, the same log text, the same "Error response from daemon" line and exit code.
#include "cli/resourcecommands.h"
#include "cli/runcommand.h"
#include "clirunner.h"
#include "core/engine/engineclient.h"
#include "testengine.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Dockwright;
using Test::CliRun;
using Test::dockerCli;
using namespace Qt::StringLiterals;

namespace {

const QString Image = u"dockwright-test/busybox:latest"_s;

CliRun cli(Cli::CliCommand &command, const QStringList &args)
{
    // First: after `run`'s image every word is the container's command, as in docker.
    return Test::runCli(command, QStringList {u"--host"_s, Test::testEndpoint().uri} + args);
}

// The JSON line of `ps --format json` (ours or docker's) that names container `name`.
QJsonObject psRow(const QString &output, const QString &name)
{
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(u"Names"_s).toString() == name)
            return o;
    }
    return {};
}

} // namespace

class TestResourceCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString busybox;
        DW_REQUIRE_BUSYBOX(m_client, busybox);
        QVERIFY2(Test::haveDockerCli(), "the docker CLI is needed to compare with");
        m_name = u"dw-resources-%1"_s.arg(QCoreApplication::applicationPid());
        Cli::RunCommand run;
        const CliRun started = cli(run,
            {u"-d"_s, u"--name"_s, m_name, Image, u"sh"_s, u"-c"_s, u"echo to-stdout; echo to-stderr >&2; sleep 60"_s});
        QVERIFY2(started.code == 0, qPrintable(started.err));
        QTest::qWait(1000); // let it write
    }

    void psAgreesWithDocker()
    {
        Cli::PsCommand ps;
        const CliRun ours = cli(ps, {u"--format"_s, u"json"_s});
        QCOMPARE(ours.code, 0);
        const QJsonObject mine = psRow(ours.out, m_name);
        const QJsonObject docker = psRow(dockerCli({u"ps"_s, u"--format"_s, u"json"_s}), m_name);
        QVERIFY2(!mine.isEmpty() && !docker.isEmpty(), qPrintable(ours.out));
        for (const char *key : {"ID", "Image", "Names", "State", "Command", "Ports"})
            QCOMPARE(mine.value(QLatin1String(key)).toString(), docker.value(QLatin1String(key)).toString());
        QVERIFY(mine.value(u"Status"_s).toString().startsWith(u"Up "_s));
        // -q: the same IDs, in the same order.
        const CliRun quiet = cli(ps, {u"-a"_s, u"-q"_s});
        QCOMPARE(quiet.out.trimmed(), dockerCli({u"ps"_s, u"-a"_s, u"-q"_s}));
        // The table's header is docker's.
        const CliRun table = cli(ps, {});
        QVERIFY2(table.out.startsWith(u"CONTAINER ID   IMAGE"_s), qPrintable(table.out));
        QVERIFY(table.out.contains(m_name));
    }

    void logsAgreeWithDocker()
    {
        Cli::LogsCommand logs;
        const CliRun ours = cli(logs, {m_name});
        QCOMPARE(ours.code, 0);
        QString dockerErr;
        const QString dockerOut = dockerCli({u"logs"_s, m_name}, nullptr, &dockerErr);
        QCOMPARE(ours.out.trimmed(), dockerOut);
        QCOMPARE(ours.err.trimmed(), dockerErr);
        QCOMPARE(ours.out.trimmed(), u"to-stdout"_s);
        QCOMPARE(cli(logs, {u"--tail"_s, u"0"_s, m_name}).out, QString());
    }

    void stopAndRemoveAsDocker()
    {
        Cli::ContainerVerbCommand stop(Cli::ContainerVerbCommand::Verb::Stop);
        const CliRun stopped = cli(stop, {u"-t"_s, u"1"_s, m_name});
        QCOMPARE(stopped.code, 0);
        QCOMPARE(stopped.out.trimmed(), m_name); // docker prints the name as given
        QCOMPARE(dockerCli(
                     {u"ps"_s, u"-a"_s, u"--filter"_s, u"name=^/"_s + m_name + u"$"_s, u"--format"_s, u"{{.State}}"_s}),
            u"exited"_s);
        Cli::ContainerVerbCommand rm(Cli::ContainerVerbCommand::Verb::Remove);
        const CliRun removed = cli(rm, {m_name});
        QCOMPARE(removed.code, 0);
        QCOMPARE(removed.out.trimmed(), m_name);
        QCOMPARE(dockerCli({u"ps"_s, u"-a"_s, u"-q"_s, u"--filter"_s, u"name=^/"_s + m_name + u"$"_s}), QString());
        // A second rm: the engine's refusal, worded and exited as docker does.
        int dockerCode = -1;
        QString dockerErr;
        dockerCli({u"rm"_s, m_name}, &dockerCode, &dockerErr);
        const CliRun again = cli(rm, {m_name});
        QCOMPARE(again.code, dockerCode);
        QCOMPARE(again.err.trimmed(), dockerErr);
    }

    void imagesTagAndRmiAsDocker()
    {
        const QString tagged = u"dockwright-test/tagged-%1:v1"_s.arg(QCoreApplication::applicationPid());
        Cli::TagCommand tag;
        QCOMPARE(cli(tag, {Image, tagged}).code, 0);

        // docker images --format json, unfiltered (docker's REPOSITORY filter finds nothing on Podman,
        // whose names are fully qualified): the row of the new tag, ours and docker's.
        const auto rowOf = [&tagged](const QString &output) {
            for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
                const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
                if (o.value(u"Repository"_s).toString() + u':' + o.value(u"Tag"_s).toString() == tagged)
                    return o;
            }
            return QJsonObject();
        };
        Cli::ImagesCommand images;
        const QJsonObject mine = rowOf(cli(images, {u"--format"_s, u"json"_s}).out);
        const QJsonObject theirs = rowOf(dockerCli({u"images"_s, u"--format"_s, u"json"_s}));
        QVERIFY2(!mine.isEmpty() && !theirs.isEmpty(), "the new tag is not listed");
        for (const char *key : {"ID", "Repository", "Tag"})
            QCOMPARE(mine.value(QLatin1String(key)).toString(), theirs.value(QLatin1String(key)).toString());
        // Our REPOSITORY[:TAG] argument finds it in any engine's spelling of the name.
        QCOMPARE(QJsonDocument::fromJson(cli(images, {u"--format"_s, u"json"_s, tagged}).out.trimmed().toUtf8())
                     .object()
                     .value(u"ID"_s)
                     .toString(),
            mine.value(u"ID"_s).toString());
        // The same rows; images made in the same second may come in another order (docker sorts unstably).
        QStringList ourIds = cli(images, {u"-q"_s}).out.trimmed().split(u'\n');
        QStringList dockerIds = dockerCli({u"images"_s, u"-q"_s}).split(u'\n');
        ourIds.sort();
        dockerIds.sort();
        QCOMPARE(ourIds, dockerIds);

        Cli::RmiCommand rmi;
        const CliRun removed = cli(rmi, {tagged});
        QCOMPARE(removed.code, 0);
        // docker rmi prints the engine's answer as it is (Podman's names are fully qualified): the same
        // lines as docker's own rmi of a twin tag, names aside.
        const QString twin = tagged + u"-twin"_s;
        QCOMPARE(cli(tag, {Image, twin}).code, 0);
        const QString dockerRemoved = dockerCli({u"rmi"_s, twin});
        QVERIFY2(removed.out.trimmed().startsWith(u"Untagged: "_s) && removed.out.trimmed().endsWith(tagged),
            qPrintable(removed.out));
        QCOMPARE(removed.out.trimmed(), QString(dockerRemoved).replace(twin, tagged));
        QCOMPARE(dockerCli({u"images"_s, u"-q"_s, tagged}), QString());
        int dockerCode = -1;
        QString dockerErr;
        dockerCli({u"rmi"_s, tagged}, &dockerCode, &dockerErr);
        const CliRun again = cli(rmi, {tagged});
        QCOMPARE(again.code, dockerCode);
        QCOMPARE(again.err.trimmed(), dockerErr);
    }

    void usageErrors()
    {
        Cli::ContainerVerbCommand rm(Cli::ContainerVerbCommand::Verb::Remove);
        QCOMPARE(Test::runCli(rm, {}).code, int(Cli::ExitBadInput));
        Cli::PsCommand ps;
        QCOMPARE(cli(ps, {u"--format"_s, u"{{.ID}}"_s}).code, int(Cli::ExitBadInput)); // not honoured: refused
    }

    void cleanupTestCase() { dockerCli({u"rm"_s, u"-f"_s, m_name}); }

private:
    Core::EngineClient m_client;
    QString m_name;
};

QTEST_GUILESS_MAIN(TestResourceCommands)
#include "tst_resourcecommands.moc"
