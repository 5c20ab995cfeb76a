// SPDX-License-Identifier: GPL-3.0-or-later
// (LABELS engine) ssh:// endpoints against a real sshd on loopback (Debian's openssh-server, started by
// the test with its own host key and a temporary client key): the API, a build upload and the CLI go
// through `ssh ... docker system dial-stdio` to the test engine; an unknown host, a refused key, a host
// without docker and a wrong remote socket each give an error that names the cause.
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/engine/resources.h"
#include "testengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <pwd.h>
#include <unistd.h>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;
using Kind = EngineError::Kind;

class TestSshEndpoint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_user;
    QString m_remoteSocket;
    int m_port = 0; // sshd with docker on the PATH
    int m_noDockerPort = 0; // sshd whose sessions have no docker on the PATH
    std::vector<std::unique_ptr<QProcess>> m_sshd;

    static int freePort()
    {
        QTcpServer s;
        return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool run(const QString &program, const QStringList &args, QString *error)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            *error = program + u" "_s + args.join(u' ') + u": "_s + QString::fromLocal8Bit(p.readAllStandardError());
            return false;
        }
        return true;
    }

    bool startSshd(int port, const QString &extra, QString *error)
    {
        const QString config = path(u"sshd_config-%1"_s.arg(port));
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(
            QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nAuthorizedKeysFile %3\nPidFile none\n"
                           "UsePAM no\nStrictModes no\nPermitRootLogin prohibit-password\nPasswordAuthentication no\n"
                           "KbdInteractiveAuthentication no\nLogLevel ERROR\nPerSourcePenalties no\n%4\n")
                .arg(port)
                .arg(path(u"host_key"_s), path(u"authorized_keys"_s), extra)
                .toUtf8());
        f.close();
        auto sshd = std::make_unique<QProcess>();
        sshd->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sshd->start(u"/usr/sbin/sshd"_s, {u"-D"_s, u"-e"_s, u"-f"_s, config});
        if (!sshd->waitForStarted(10000)) {
            *error = u"sshd did not start: "_s + sshd->errorString();
            return false;
        }
        for (int i = 0; i < 100; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (probe.waitForConnected(100)) {
                m_sshd.push_back(std::move(sshd));
                return true;
            }
            if (sshd->state() == QProcess::NotRunning)
                break;
            QTest::qWait(100);
        }
        *error = u"sshd on port %1 did not come up"_s.arg(port);
        return false;
    }

    void useKey(const QString &key)
    {
        QFile f(path(u"ssh_config"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Host *\n  IdentityFile %1\n  IdentitiesOnly yes\n  UserKnownHostsFile %2\n"
                               "  StrictHostKeyChecking accept-new\n  LogLevel ERROR\n")
                .arg(key, path(u"known_hosts"_s))
                .toUtf8());
        f.close();
        qputenv("DOCKWRIGHT_SSH_COMMAND", (u"ssh -F "_s + path(u"ssh_config"_s)).toLocal8Bit());
    }

    QString address(int port, const QString &socket) const
    {
        return u"ssh://%1@127.0.0.1:%2%3"_s.arg(m_user).arg(port).arg(socket);
    }

    EngineError connectError(const QString &uri)
    {
        EngineClient client;
        client.setEndpoint(Endpoint::fromUri(uri));
        if (client.connectAndWait(60000))
            return {};
        return client.lastError();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Endpoint test = Dockwright::Test::testEndpoint();
        EngineClient direct;
        DW_REQUIRE_ENGINE(direct);
        if (test.scheme != Endpoint::Scheme::Unix)
            QSKIP("the test engine is not a unix socket the loopback sshd's docker CLI can reach");
        m_remoteSocket = test.socketPath;
        for (const QString &tool : {u"/usr/sbin/sshd"_s, u"ssh-keygen"_s, u"ssh"_s, u"docker"_s}) {
            if (QStandardPaths::findExecutable(tool).isEmpty() && !QFile::exists(tool))
                QFAIL(qPrintable(
                    tool + u" is missing (openssh-server, openssh-client and docker-cli are in tools/lib.sh)"_s));
        }
        QVERIFY(m_dir.isValid());
        m_user = QString::fromLocal8Bit(getpwuid(getuid())->pw_name);
        QString error;
        for (const QString &key : {u"host_key"_s, u"client_key"_s, u"other_key"_s})
            QVERIFY2(
                run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, path(key)}, &error),
                qPrintable(error));
        QVERIFY(QFile::copy(path(u"client_key.pub"_s), path(u"authorized_keys"_s)));
        // sshd's privilege separation directory; /run is this environment's own tmpfs.
        QDir().mkpath(u"/run/sshd"_s);
        m_port = freePort();
        QVERIFY2(startSshd(m_port, {}, &error), qPrintable(error));
        m_noDockerPort = freePort();
        QVERIFY2(startSshd(m_noDockerPort, u"SetEnv PATH=/nonexistent"_s, &error), qPrintable(error));
        useKey(path(u"client_key"_s));
    }

    void cleanupTestCase()
    {
        qunsetenv("DOCKWRIGHT_SSH_COMMAND");
        for (auto &sshd : m_sshd) {
            sshd->terminate();
            sshd->waitForFinished(5000);
        }
    }

    void speaksTheApiOverSsh()
    {
        EngineClient direct;
        DW_REQUIRE_ENGINE(direct);
        EngineClient client;
        client.setEndpoint(Endpoint::fromUri(address(m_port, m_remoteSocket)));
        QVERIFY2(client.connectAndWait(60000),
            qPrintable(client.lastError().toString() + u" / "_s + client.lastError().detail));
        QCOMPARE(client.info().engineVersion, direct.info().engineVersion);
        QCOMPARE(client.info().negotiatedApiVersion, direct.info().negotiatedApiVersion);
        EngineCall *images = client.send(EngineRequest::get(u"/images/json"_s));
        images->setAutoDelete(false);
        QVERIFY(images->waitForFinished(60000));
        QVERIFY2(!images->error(), qPrintable(images->error().toString()));
        QVERIFY(!ImageSummary::listFromJson(images->json().array()).isEmpty());
        delete images;
        // A 2 MB upload and a streamed reply: a build through the bridge.
        QString error;
        const QString tag = Dockwright::Test::buildBusyboxImage(client, u"dockwright-test/over-ssh:1"_s,
            "FROM scratch\nCOPY busybox /bin/busybox\nRUN [\"/bin/busybox\", \"true\"]\n", {}, &error);
        QVERIFY2(!tag.isEmpty(), qPrintable(error));
    }

    void cliOverSsh()
    {
        QProcess cli;
        cli.start(qEnvironmentVariable("DOCKWRIGHT_BINARY_DIR") + u"/bin/dockwright-cli"_s,
            {u"engine"_s, u"--json"_s, u"--host"_s, address(m_port, m_remoteSocket)});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        qInfo("dockwright-cli engine --json --host %s:\n%s", qPrintable(address(m_port, m_remoteSocket)),
            out.constData());
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(u"endpoint"_s).toString(), address(m_port, m_remoteSocket));
        QVERIFY(!o.value(u"engineVersion"_s).toString().isEmpty());
    }

    void unknownHost()
    {
        const EngineError e = connectError(u"ssh://%1@no-such-host.invalid"_s.arg(m_user));
        QCOMPARE(e.kind, Kind::HostNotFound);
        QVERIFY2(e.message.contains(u"no-such-host.invalid"_s), qPrintable(e.message));
    }

    void refusedKey()
    {
        useKey(path(u"other_key"_s));
        const EngineError e = connectError(address(m_port, m_remoteSocket));
        useKey(path(u"client_key"_s));
        QCOMPARE(e.kind, Kind::PermissionDenied);
        QVERIFY2(e.message.contains(u"refused the ssh login"_s), qPrintable(e.message));
        QVERIFY2(e.message.contains(u"Permission denied"_s), qPrintable(e.message));
    }

    void noDockerOnTheHost()
    {
        const EngineError e = connectError(address(m_noDockerPort, m_remoteSocket));
        QCOMPARE(e.kind, Kind::Unsupported);
        QVERIFY2(e.message.contains(u"no docker command on 127.0.0.1"_s), qPrintable(e.message + u" / "_s + e.detail));
    }

    void wrongRemoteSocket()
    {
        const EngineError e = connectError(address(m_port, u"/nonexistent/docker.sock"_s));
        QVERIFY2(e.kind == Kind::SocketMissing, qPrintable(e.message + u" / "_s + e.detail));
        QVERIFY2(e.message.contains(u"cannot reach its engine"_s), qPrintable(e.message + u" / "_s + e.detail));
    }
};

QTEST_GUILESS_MAIN(TestSshEndpoint)
#include "tst_sshendpoint.moc"
