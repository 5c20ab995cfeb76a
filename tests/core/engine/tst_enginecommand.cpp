// SPDX-License-Identifier: GPL-3.0-or-later
// `dockwright-cli engine`: options, exit codes, the JSON contract (against the real test engine).
#include "cli/enginecommand.h"
#include "clirunner.h"
#include "core/engine/engineclient.h"
#include "testengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Cli;
using Dockwright::Test::CliRun;
using Dockwright::Test::runCli;
using namespace Qt::StringLiterals;

namespace {

CliRun runCommand(const QStringList &args)
{
    EngineCommand command;
    return runCli(command, args);
}

} // namespace

class TestEngineCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help()
    {
        const CliRun r = runCommand({u"--help"_s});
        QCOMPARE(r.code, int(ExitOk));
        for (const char *option : {"--json", "--host", "--context", "--help"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
        QVERIFY(r.err.isEmpty());
    }

    void badOptions()
    {
        QCOMPARE(runCommand({u"--bogus"_s}).code, int(ExitBadInput));
        QCOMPARE(runCommand({u"--host"_s, u"unix:///a"_s, u"--context"_s, u"b"_s}).code, int(ExitBadInput));
        const CliRun r = runCommand({u"--host"_s, u"gopher://x"_s});
        QCOMPARE(r.code, int(ExitBadInput));
        QVERIFY(r.err.contains(u"gopher"_s));
        QCOMPARE(runCommand({u"extra"_s}).code, int(ExitBadInput));
    }

    void engineMissing()
    {
        QTemporaryDir dir;
        const CliRun r = runCommand({u"--json"_s, u"--host"_s, u"unix://"_s + dir.filePath(u"gone.sock"_s)});
        QCOMPARE(r.code, int(ExitEngine));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"Docker is not running, or it listens elsewhere"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Start the Docker daemon"_s), qPrintable(r.err)); // the hint too
    }

    void unsupportedScheme()
    {
        // ssh:// is spoken now (tst_sshendpoint); Windows named pipes are not.
        const CliRun r = runCommand({u"--host"_s, u"npipe:////./pipe/docker_engine"_s});
        QCOMPARE(r.code, int(ExitEngine));
        QVERIFY2(r.err.contains(u"not supported yet"_s), qPrintable(r.err));
    }

    void unknownContext()
    {
        QTemporaryDir config;
        qputenv("DOCKER_CONFIG", QFile::encodeName(config.path()));
        const CliRun r = runCommand({u"--context"_s, u"nowhere"_s});
        qunsetenv("DOCKER_CONFIG");
        QCOMPARE(r.code, int(ExitEngine));
        QVERIFY2(r.err.contains(u"'nowhere'"_s), qPrintable(r.err));
    }

    void jsonContract()
    {
        Dockwright::Core::EngineClient client;
        DW_REQUIRE_ENGINE(client);
        const QString host = Dockwright::Test::testEndpoint().uri;
        const CliRun r = runCommand({u"--json"_s, u"--host"_s, host});
        QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        for (const char *key : {"endpoint", "engineVersion", "apiVersion", "negotiatedApiVersion", "os", "arch"})
            QVERIFY2(o.value(QLatin1String(key)).isString() && !o.value(QLatin1String(key)).toString().isEmpty(), key);
        QCOMPARE(o.value(u"endpoint"_s).toString(), host);
        QCOMPARE(o.value(u"engineVersion"_s).toString(), client.info().engineVersion);
        QCOMPARE(o.value(u"apiVersion"_s).toString(), client.info().apiVersion.toString());
        QCOMPARE(o.value(u"negotiatedApiVersion"_s).toString(), client.info().negotiatedApiVersion.toString());
        QCOMPARE(o.value(u"os"_s).toString(), u"linux"_s);
    }

    void textOutput()
    {
        Dockwright::Core::EngineClient client;
        DW_REQUIRE_ENGINE(client);
        const CliRun r = runCommand({u"--host"_s, Dockwright::Test::testEndpoint().uri});
        QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Negotiated API:"_s));
        QVERIFY(r.out.contains(client.info().negotiatedApiVersion.toString()));
        QVERIFY(r.out.contains(client.info().os + u'/' + client.info().arch));
    }
};

QTEST_GUILESS_MAIN(TestEngineCommand)
#include "tst_enginecommand.moc"
