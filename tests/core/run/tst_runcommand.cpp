// SPDX-License-Identifier: GPL-3.0-or-later
// The `dockwright-cli run --print` contract: JSON keys, exit codes, flags placed around the image.
#include "cli/runcommand.h"
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Dockwright::Cli;
using Dockwright::Test::CliRun;
using namespace Qt::StringLiterals;

namespace {

CliRun runCli(const QStringList &args)
{
    RunCommand command;
    return Dockwright::Test::runCli(command, args);
}

} // namespace

class TestRunCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --print inspects the image on the engine `run` would use when one answers; these tests are about
    // the flags, so no engine answers here (the engine case is tst_runcommandengine).
    void initTestCase() { qputenv("DOCKER_HOST", "unix:///nonexistent/dockwright-test/docker.sock"); }

    void withoutAnEngineTheScoreSaysWhatItKnows()
    {
        const CliRun r = runCli({u"--user"_s, u"1000"_s, u"app:1"_s, u"--print"_s, u"--json"_s});
        QCOMPARE(r.code, int(ExitOk));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"imageInspected"_s).toBool(true), false);
        QCOMPARE(o.value(u"effectiveUser"_s).toString(), u"1000"_s);
        QStringList codes;
        for (const QJsonValue &w : o.value(u"warnings"_s).toArray())
            codes << w.toObject().value(u"code"_s).toString();
        QVERIFY2(codes.contains(u"image-not-inspected"_s), qPrintable(codes.join(u' ')));
        // Neither --user nor an inspected image: the user is unknown (null), not root.
        const CliRun unknown = runCli({u"app:1"_s, u"--print"_s, u"--json"_s});
        QVERIFY(QJsonDocument::fromJson(unknown.out.toUtf8()).object().value(u"effectiveUser"_s).isNull());
    }

    void printJson()
    {
        const CliRun r = runCli({u"myapp:prod"_s, u"--rm"_s, u"-p"_s, u"8080:8080"_s, u"--print"_s, u"--json"_s,
            u"--name"_s, u"web"_s, u"--"_s, u"python"_s, u"-m"_s, u"app"_s});
        QCOMPARE(r.code, int(ExitOk));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QString &key : {u"command"_s, u"create"_s, u"createPath"_s, u"warnings"_s, u"score"_s,
                 u"checklist"_s, u"imageInspected"_s, u"effectiveUser"_s})
            QVERIFY2(o.contains(key), qPrintable(key));
        QCOMPARE(
            o.value(u"command"_s).toString(), u"docker run --rm --name web -p 8080:8080 myapp:prod python -m app"_s);
        QCOMPARE(o.value(u"createPath"_s).toString(), u"/containers/create?name=web"_s);
        QCOMPARE(o.value(u"create"_s).toObject().value(u"Cmd"_s).toArray().size(), 3);
        QCOMPARE(o.value(u"checklist"_s).toArray().size(), 12);
        QVERIFY(o.value(u"score"_s).toInt() > 0);
    }

    // Issue 13: `run IMG --rm /app/.venv/bin/python -m myapp` took -m for --memory and cut the command.
    // docker stops reading flags at the image; what follows is the container's command, word for word.
    void flagsStopAtTheImage()
    {
        const auto command = [](const CliRun &r) {
            QStringList words;
            const QJsonArray cmd = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(u"create"_s)
                                       .toObject()
                                       .value(u"Cmd"_s)
                                       .toArray();
            for (const QJsonValue &word : cmd)
                words << word.toString();
            return words;
        };
        const auto warningCodes = [](const CliRun &r) {
            QStringList codes;
            const QJsonArray warnings = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"warnings"_s).toArray();
            for (const QJsonValue &w : warnings) {
                // No engine answers here, so every --print says so (withoutAnEngineTheScoreSaysWhatItKnows).
                if (w.toObject().value(u"code"_s).toString() != u"image-not-inspected"_s)
                    codes << w.toObject().value(u"code"_s).toString();
            }
            return codes;
        };
        CliRun r = runCli(
            {u"--rm"_s, u"app:1"_s, u"/app/.venv/bin/python"_s, u"-m"_s, u"myapp"_s, u"--print"_s, u"--json"_s});
        QCOMPARE(r.code, int(ExitOk));
        QCOMPARE(command(r), QStringList({u"/app/.venv/bin/python"_s, u"-m"_s, u"myapp"_s}));
        QVERIFY(!r.out.contains(u"Memory\":"_s) || r.out.contains(u"\"Memory\": 0"_s)); // no --memory from -m
        QVERIFY(warningCodes(r).isEmpty());

        // A flag after the image is the command, as docker run reads it, with a warning that says so.
        r = runCli({u"app:1"_s, u"--rm"_s, u"/app/.venv/bin/python"_s, u"-m"_s, u"myapp"_s, u"--print"_s, u"--json"_s});
        QCOMPARE(r.code, int(ExitOk));
        QCOMPARE(command(r), QStringList({u"--rm"_s, u"/app/.venv/bin/python"_s, u"-m"_s, u"myapp"_s}));
        QCOMPARE(warningCodes(r), QStringList({u"flag-after-image"_s}));

        // An image with an ENTRYPOINT takes flags of its own: they pass through untouched.
        r = runCli({u"hadolint:2"_s, u"--help"_s, u"--print"_s, u"--json"_s});
        QCOMPARE(r.code, int(ExitOk));
        QCOMPARE(command(r), QStringList({u"--help"_s}));

        // IMAGE -- CMD and the earlier IMAGE FLAGS -- CMD keep working; after -- nothing is ours.
        r = runCli({u"--print"_s, u"--json"_s, u"app:1"_s, u"--"_s, u"jq"_s, u"--json"_s});
        QCOMPARE(r.code, int(ExitOk));
        QCOMPARE(command(r), QStringList({u"jq"_s, u"--json"_s}));
        r = runCli({u"app:1"_s, u"--name"_s, u"web"_s, u"--print"_s, u"--json"_s, u"--"_s, u"sh"_s});
        QCOMPARE(r.code, int(ExitOk));
        QCOMPARE(command(r), QStringList({u"sh"_s}));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"createPath"_s).toString(),
            u"/containers/create?name=web"_s);
    }

    void printFromPastedCommand()
    {
        const CliRun r
            = runCli({u"--from-command"_s, u"docker run -it --gpus all busybox sh"_s, u"--print"_s, u"--json"_s});
        QCOMPARE(r.code, int(ExitOk));
        QJsonArray warnings;
        for (const QJsonValue &w : QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"warnings"_s).toArray()) {
            if (w.toObject().value(u"code"_s).toString() != u"image-not-inspected"_s) // no engine here
                warnings.append(w);
        }
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().toObject().value(u"field"_s).toString(), u"--gpus"_s);
        QCOMPARE(warnings.first().toObject().value(u"severity"_s).toString(), u"warning"_s);
    }

    void errorWarningsExitOne()
    {
        const CliRun r = runCli({u"--rm"_s, u"--restart=always"_s, u"busybox"_s, u"--print"_s});
        QCOMPARE(r.code, int(ExitFindings));
        QVERIFY(r.out.contains(u"error: restartPolicy"_s));
    }

    void badInputExitsTwo()
    {
        QCOMPARE(runCli({u"--print"_s}).code, int(ExitBadInput));
        QCOMPARE(runCli({u"--from-command"_s, u"docker run 'unterminated"_s, u"--print"_s}).code, int(ExitBadInput));
        QCOMPARE(runCli({u"--host"_s}).code, int(ExitBadInput));
        QCOMPARE(runCli({u"--help"_s}).code, int(ExitOk));
    }
};

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
