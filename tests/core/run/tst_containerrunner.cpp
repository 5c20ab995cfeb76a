// SPDX-License-Identifier: GPL-3.0-or-later
// Runs real containers on the test engine (LABELS engine): hardening flags must have their effect
// inside the container, not just appear in the create body.
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/run/containerrunner.h"
#include "core/run/dockerruncommand.h"
#include "testengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

const QString testLabel = u"dockwright.test.run"_s;

struct RunResult
{
    QList<LogRecord> records;
    int exitCode = -1;
    EngineError error;
    QString id;
    bool finished = false;

    QByteArray stream(LogRecord::Stream which) const
    {
        QByteArray all;
        for (const LogRecord &r : records) {
            if (r.stream == which)
                all += r.payload;
        }
        return all;
    }
    QByteArray out() const { return stream(LogRecord::Stream::Stdout); }
    QByteArray err() const { return stream(LogRecord::Stream::Stderr); }
};

} // namespace

class TestContainerRunner : public QObject
{
    Q_OBJECT

    EngineClient m_client;
    QString m_image;

    RunProfile profile(const QString &command)
    {
        const auto parsed = DockerRunCommand::parse(u"docker run --label "_s + testLabel + u" "_s + command);
        RunProfile p = parsed.profile;
        if (p.image == u"IMAGE"_s)
            p.image = m_image;
        return p;
    }

    RunResult run(const RunProfile &p, bool follow = true)
    {
        RunResult result;
        ContainerRunner runner(&m_client);
        connect(&runner, &ContainerRunner::output, this, [&result](const LogRecord &r) { result.records << r; });
        QSignalSpy finished(&runner, &ContainerRunner::finished);
        runner.start(p, follow);
        result.finished = finished.count() > 0 || finished.wait(60000);
        result.exitCode = runner.exitCode();
        result.error = runner.error();
        result.id = runner.containerId();
        return result;
    }

    QJsonObject inspect(const QString &id, int *status = nullptr)
    {
        EngineCall *call = m_client.send(EngineRequest::get(u"/containers/"_s + id + u"/json"_s));
        call->setAutoDelete(false);
        call->waitForFinished(30000);
        const QJsonObject object = call->error() ? QJsonObject() : call->jsonObject();
        if (status)
            *status = call->httpStatus();
        delete call;
        return object;
    }

    bool remove(const QString &id)
    {
        QUrlQuery query;
        query.addQueryItem(u"force"_s, u"1"_s);
        EngineCall *call = m_client.send(EngineRequest::del(u"/containers/"_s + id, query));
        call->setAutoDelete(false);
        call->waitForFinished(30000);
        const bool ok = !call->error();
        delete call;
        return ok;
    }

private Q_SLOTS:
    void initTestCase() { DW_REQUIRE_BUSYBOX(m_client, m_image); }

    void cleanupTestCase()
    {
        if (m_client.state() != EngineClient::State::Connected)
            return;
        QUrlQuery query;
        query.addQueryItem(u"all"_s, u"1"_s);
        query.addQueryItem(u"filters"_s,
            QString::fromUtf8(
                QJsonDocument(QJsonObject {{u"label"_s, QJsonArray {testLabel}}}).toJson(QJsonDocument::Compact)));
        EngineCall *call = m_client.send(EngineRequest::get(u"/containers/json"_s, query));
        call->setAutoDelete(false);
        call->waitForFinished(30000);
        const QJsonArray list = call->json().array();
        delete call;
        for (const QJsonValue &c : list)
            remove(c.toObject().value(u"Id"_s).toString());
    }

    void readOnlyRootRefusesWritesTmpfsAccepts()
    {
        const RunResult r
            = run(profile(u"--rm --read-only --tmpfs /tmp:rw,nosuid,nodev,noexec,size=16m IMAGE sh -c "
                          "'touch /x; echo root=$?; touch /tmp/y && echo tmp-ok; grep \" /tmp \" /proc/mounts'"_s));
        QVERIFY(r.finished);
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err().contains("Read-only file system"), r.err().constData());
        QVERIFY(r.out().contains("root=1\n"));
        QVERIFY(r.out().contains("tmp-ok\n"));
        const QByteArray mountLine = r.out().mid(r.out().indexOf("tmpfs /tmp"));
        QVERIFY2(mountLine.contains("nosuid") && mountLine.contains("nodev") && mountLine.contains("noexec")
                && mountLine.contains("size=16384k"),
            mountLine.constData());
        // --rm: the container is gone once its output was read.
        int status = 0;
        inspect(r.id, &status);
        QCOMPARE(status, 404);
    }

    void capDropAllLeavesNoEffectiveCapabilities()
    {
        // As root, so the empty set comes from --cap-drop and not from being an unprivileged user.
        const RunResult dropped
            = run(profile(u"--rm --cap-drop=ALL IMAGE grep -E '^Cap(Eff|Bnd)' /proc/self/status"_s));
        QVERIFY2(!dropped.error, qPrintable(dropped.error.toString()));
        QVERIFY2(dropped.out().contains("CapEff:\t0000000000000000"), dropped.out().constData());
        QVERIFY(dropped.out().contains("CapBnd:\t0000000000000000"));
        const RunResult added
            = run(profile(u"--rm --cap-drop=ALL --cap-add=NET_BIND_SERVICE IMAGE grep CapEff /proc/self/status"_s));
        QVERIFY2(added.out().contains("CapEff:\t0000000000000400"), added.out().constData()); // bit 10
        const RunResult defaults = run(profile(u"--rm IMAGE grep CapEff /proc/self/status"_s));
        QVERIFY(!defaults.out().contains("CapEff:\t0000000000000000"));
    }

    void userAndNoNewPrivileges()
    {
        RunProfile p = profile(u"--user 1234:2345 --security-opt=no-new-privileges IMAGE sh -c "
                               "'id -u; id -g; grep NoNewPrivs /proc/self/status'"_s);
        const RunResult r = run(p);
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QCOMPARE(r.out(), QByteArray("1234\n2345\nNoNewPrivs:\t1\n"));
        const QJsonObject info = inspect(r.id);
        QCOMPARE(info.value(u"Config"_s).toObject().value(u"User"_s).toString(), u"1234:2345"_s);
        QCOMPARE(info.value(u"HostConfig"_s).toObject().value(u"SecurityOpt"_s).toArray(),
            QJsonArray {u"no-new-privileges"_s});
        QVERIFY(remove(r.id));
        // Without the option the flag is off, so the check above is not vacuous.
        const RunResult plain = run(profile(u"--rm IMAGE grep NoNewPrivs /proc/self/status"_s));
        QCOMPARE(plain.out(), QByteArray("NoNewPrivs:\t0\n"));
    }

    void limitsAndHardeningAreApplied()
    {
        const RunResult r
            = run(profile(u"--init --read-only --memory 64m --cpus 0.5 --pids-limit 64 --cap-drop=ALL "
                          "--tmpfs /tmp:size=8m --mount type=tmpfs,target=/cache,tmpfs-size=4m,tmpfs-mode=1777 "
                          "IMAGE sh -c 'stat -c %a /cache; grep CapEff /proc/self/status'"_s));
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        // Mode sent as decimal 1023 arrives as octal 1777; no capability is left.
        QCOMPARE(r.out(), QByteArray("1777\nCapEff:\t0000000000000000\n"));
        const QJsonObject host = inspect(r.id).value(u"HostConfig"_s).toObject();
        QCOMPARE(host.value(u"Memory"_s).toInteger(), 64LL << 20);
        QCOMPARE(host.value(u"NanoCpus"_s).toInteger(), 500000000LL);
        QCOMPARE(host.value(u"PidsLimit"_s).toInteger(), 64LL);
        QCOMPARE(host.value(u"ReadonlyRootfs"_s).toBool(), true);
        QCOMPARE(host.value(u"Init"_s).toBool(), true);
        // Docker keeps "ALL"; Podman lists the capabilities it dropped.
        const QJsonArray capDrop = host.value(u"CapDrop"_s).toArray();
        QVERIFY(capDrop == QJsonArray {u"ALL"_s} || (m_client.info().isPodman() && capDrop.contains(u"CHOWN"_s)));
        // Podman appends its own defaults (",rprivate,tmpcopyup").
        const QString tmpfs = host.value(u"Tmpfs"_s).toObject().value(u"/tmp"_s).toString();
        QVERIFY2(tmpfs == u"rw,nosuid,nodev,noexec,size=8m"_s
                || (m_client.info().isPodman() && tmpfs.startsWith(u"rw,nosuid,nodev,noexec,size=8m,"_s)),
            qPrintable(tmpfs));
        QVERIFY(remove(r.id));
    }

    void logsArriveDemultiplexedInOrder()
    {
        const RunResult r
            = run(profile(u"--rm IMAGE sh -c 'for i in $(seq 1 40); do echo out$i; echo err$i >&2; done; exit 5'"_s));
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QCOMPARE(r.exitCode, 5);
        QByteArray expectedOut;
        QByteArray expectedErr;
        for (int i = 1; i <= 40; ++i) {
            expectedOut += "out" + QByteArray::number(i) + '\n';
            expectedErr += "err" + QByteArray::number(i) + '\n';
        }
        QCOMPARE(r.out(), expectedOut);
        QCOMPARE(r.err(), expectedErr);
    }

    void ttyOutputIsRaw()
    {
        const RunResult r = run(profile(u"--rm -t IMAGE sh -c 'echo one; echo two >&2'"_s));
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QCOMPARE(r.err(), QByteArray());
        QCOMPARE(r.out(), QByteArray("one\r\ntwo\r\n")); // merged, with the pty's line endings
    }

    void stopAndRemove()
    {
        ContainerRunner runner(&m_client);
        QSignalSpy started(&runner, &ContainerRunner::started);
        QSignalSpy exited(&runner, &ContainerRunner::exited);
        QSignalSpy finished(&runner, &ContainerRunner::finished);
        runner.start(profile(u"--init IMAGE sleep 300"_s));
        QVERIFY(started.wait(30000));
        QCOMPARE(runner.state(), ContainerRunner::State::Running);
        runner.stop(5);
        QVERIFY(finished.wait(30000));
        QCOMPARE(exited.count(), 1);
        QCOMPARE(runner.exitCode(), 143); // SIGTERM reached sleep through the init
        const QString id = runner.containerId();
        QCOMPARE(inspect(id).value(u"State"_s).toObject().value(u"Status"_s).toString(), u"exited"_s);
        QVERIFY(remove(id));
        int status = 0;
        inspect(id, &status);
        QCOMPARE(status, 404);
    }

    void detachedRunReturnsAfterStart()
    {
        const RunResult r = run(profile(u"-d IMAGE sleep 300"_s), false);
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QVERIFY(!r.id.isEmpty());
        QCOMPARE(inspect(r.id).value(u"State"_s).toObject().value(u"Running"_s).toBool(), true);
        QVERIFY(remove(r.id));
    }

    void unknownImageIsAClearError()
    {
        const RunResult r = run(profile(u"--rm dockwright-test/does-not-exist:1 true"_s));
        QVERIFY(r.finished);
        QCOMPARE(r.error.kind, EngineError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 404);
        QVERIFY2(r.error.message.contains(u"No such image"_s, Qt::CaseInsensitive), qPrintable(r.error.message));
        QVERIFY(r.error.message.startsWith(u"Cannot create the container"_s));
        QVERIFY(!r.error.hint.isEmpty());
        QVERIFY(r.id.isEmpty());
    }

    void badUserIsAClearError()
    {
        const RunResult r = run(profile(u"--rm --user ghost IMAGE true"_s));
        QVERIFY(r.finished);
        QVERIFY(r.error.isError());
        QVERIFY2(r.error.message.contains(u"ghost"_s), qPrintable(r.error.message));
        QVERIFY2(r.error.hint.contains(u"uid"_s), qPrintable(r.error.toString()));
        // --rm: the container whose start failed is removed as docker run does.
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                int s = 0;
                inspect(r.id, &s);
                return s;
            }(),
            404, 10000);
    }

    void portInUseIsAClearError()
    {
        const QString port = QString::number(20000 + QCoreApplication::applicationPid() % 20000);
        const RunResult first = run(profile(u"-d -p 127.0.0.1:"_s + port + u":80 IMAGE sleep 300"_s), false);
        if (first.error && first.error.message.contains(u"network"_s, Qt::CaseInsensitive))
            QSKIP(qPrintable(u"the test engine cannot publish ports: "_s + first.error.message));
        QVERIFY2(!first.error, qPrintable(first.error.toString()));
        const RunResult second = run(profile(u"--rm -p 127.0.0.1:"_s + port + u":80 IMAGE true"_s));
        QVERIFY(second.error.isError());
        QVERIFY2(second.error.message.startsWith(u"Cannot start the container"_s), qPrintable(second.error.message));
        QVERIFY2(second.error.hint.contains(u"port"_s), qPrintable(second.error.toString()));
        QVERIFY(remove(first.id));
    }
};

QTEST_GUILESS_MAIN(TestContainerRunner)
#include "tst_containerrunner.moc"
