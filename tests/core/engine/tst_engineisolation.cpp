// SPDX-License-Identifier: GPL-3.0-or-later
// (LABELS engine) A container of the test engine has its own root: an exec sees the image's files and
// working directory, and what it writes to / lands in the container's layer, never in the root of the
// process that runs the tests nor in the host's (/proc/1/root). The docker CLI, where it is installed,
// must answer the exec the same way. This guards the test engine itself: under a chroot instead of a
// pivoted root, runc left exec'd processes in the host's /.
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/run/containerexec.h"
#include "core/run/containerrunner.h"
#include "core/run/dockerruncommand.h"
#include "testengine.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

class TestEngineIsolation : public QObject
{
    Q_OBJECT

    EngineClient m_client;
    QString m_image;
    QString m_container;
    QByteArray m_osRelease;
    QString m_token = QUuid::createUuid().toString(QUuid::Id128).left(12);

    ContainerExec::Result exec(const QStringList &command)
    {
        ContainerExec e(&m_client);
        QSignalSpy finished(&e, &ContainerExec::finished);
        e.start(m_container, command);
        if (!finished.count())
            finished.wait(60000);
        return e.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        DW_REQUIRE_ENGINE(m_client);
        m_osRelease = "PRETTY_NAME=\"Dockwright isolation image " + m_token.toLatin1() + "\"\nID=dockwright-test\n";
        const QByteArray dockerfile = "FROM scratch\n"
                                      "COPY busybox /bin/busybox\n"
                                      "RUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]\n"
                                      "COPY os-release /etc/os-release\n"
                                      "WORKDIR /srv/isolation\n";
        QString error;
        m_image = Dockwright::Test::buildBusyboxImage(
            m_client, u"dockwright-test/isolation:"_s + m_token, dockerfile, {{u"os-release"_s, m_osRelease}}, &error);
        QVERIFY2(!m_image.isEmpty(), qPrintable(error));
        // A default run: no --read-only, root user, the engine's default capabilities.
        const auto parsed = DockerRunCommand::parse(
            u"docker run -d --label dockwright.test=isolation "_s + m_image + u" sleep 300"_s);
        QVERIFY(parsed.ok());
        ContainerRunner runner(&m_client);
        QSignalSpy finished(&runner, &ContainerRunner::finished);
        runner.start(parsed.profile, false);
        QVERIFY(finished.count() || finished.wait(60000));
        QVERIFY2(!runner.error(), qPrintable(runner.error().toString()));
        m_container = runner.containerId();
        QVERIFY(!m_container.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_container.isEmpty())
            return;
        Dockwright::Test::removeContainer(m_client, m_container);
        QUrlQuery force;
        force.addQueryItem(u"force"_s, u"1"_s);
        EngineCall *image = m_client.send(EngineRequest::del(u"/images/"_s + m_image, force));
        image->setAutoDelete(false);
        image->waitForFinished(30000);
        delete image;
    }

    void execSeesTheImagesFiles()
    {
        const ContainerExec::Result r = exec({u"head"_s, u"-1"_s, u"/etc/os-release"_s});
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QCOMPARE(r.exitCode, 0);
        qInfo("exec head -1 /etc/os-release: %s", r.out.trimmed().constData());
        QCOMPARE(r.out, m_osRelease.left(m_osRelease.indexOf('\n') + 1));
        // No host tool is in a busybox image: the root really is the image's.
        const ContainerExec::Result apt
            = exec({u"sh"_s, u"-c"_s, u"test -e /usr/bin/apt-get || test -e /usr/bin/dockerd; echo $?"_s});
        QCOMPARE(apt.out.trimmed(), QByteArray("1"));
    }

    void execStartsInTheImagesWorkingDirectory()
    {
        const ContainerExec::Result r = exec({u"pwd"_s});
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("/srv/isolation"));
    }

    void writesToRootStayInTheContainer()
    {
        const QString marker = u"/dockwright-isolation-"_s + m_token;
        const ContainerExec::Result write = exec({u"sh"_s, u"-c"_s, u"echo written > "_s + marker});
        QVERIFY2(!write.error, qPrintable(write.error.toString()));
        QCOMPARE(write.exitCode, 0);
        // The container has it, in its own layer...
        const ContainerExec::Result read = exec({u"cat"_s, marker});
        QCOMPARE(read.out, QByteArray("written\n"));
        EngineCall *changes = m_client.send(EngineRequest::get(u"/containers/"_s + m_container + u"/changes"_s));
        changes->setAutoDelete(false);
        QVERIFY(changes->waitForFinished(30000));
        bool listed = false;
        for (const QJsonValue &c : changes->json().array())
            listed = listed || c.toObject().value(u"Path"_s).toString() == marker;
        delete changes;
        QVERIFY2(listed, "the marker is not in the container's changes");
        // ...and neither the test's root nor the host's (PID 1's root, readable as root) does.
        QVERIFY2(!QFileInfo::exists(marker), qPrintable(marker));
        const QString hostRoot = u"/proc/1/root"_s;
        const bool hostVisible = QFileInfo::exists(hostRoot + u"/proc"_s);
        if (hostVisible)
            QVERIFY2(!QFileInfo::exists(hostRoot + marker), qPrintable(hostRoot + marker));
        qInfo("marker %s: in the container's changes; absent from / and %s", qPrintable(marker),
            hostVisible ? "from the host's root (/proc/1/root)"
                        : "(the host's root, /proc/1/root, is not readable here)");
    }

    void dockerCliAgrees()
    {
        const QString docker = QStandardPaths::findExecutable(u"docker"_s);
        if (docker.isEmpty())
            QSKIP("the docker CLI is not installed here");
        QProcess p;
        p.start(docker,
            {u"-H"_s, Dockwright::Test::testEndpoint().uri, u"exec"_s, m_container, u"head"_s, u"-1"_s,
                u"/etc/os-release"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        qInfo(
            "docker exec %s head -1 /etc/os-release: %s", qPrintable(m_container.left(12)), out.trimmed().constData());
        QCOMPARE(out, m_osRelease.left(m_osRelease.indexOf('\n') + 1));
    }
};

QTEST_GUILESS_MAIN(TestEngineIsolation)
#include "tst_engineisolation.moc"
