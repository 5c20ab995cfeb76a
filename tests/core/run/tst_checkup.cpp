// SPDX-License-Identifier: GPL-3.0-or-later
// The in-container checkup: decoding helpers, then (LABELS engine) a hardened and a default run of the
// same busybox image must give different answers to every question.
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/run/checkup.h"
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
const QString testLabel = u"dockwright.test.checkup"_s;
// Docker's default capability set: CHOWN DAC_OVERRIDE FOWNER FSETID KILL SETGID SETUID SETPCAP
// NET_BIND_SERVICE NET_RAW SYS_CHROOT MKNOD AUDIT_WRITE SETFCAP.
constexpr quint64 dockerDefaultCaps = 0xa80425fbULL;
// Podman's: Docker's less NET_RAW, MKNOD and AUDIT_WRITE.
constexpr quint64 podmanDefaultCaps = 0x800405fbULL;
} // namespace

class TestCheckup : public QObject
{
    Q_OBJECT

    EngineClient m_client;
    QString m_image;

    // Starts a detached container (sleeping) and returns its id.
    QString startContainer(const QString &flags)
    {
        const auto parsed = DockerRunCommand::parse(
            u"docker run -d --label "_s + testLabel + u" "_s + flags + u" "_s + m_image + u" sleep 120"_s);
        if (!parsed.ok())
            return {};
        ContainerRunner runner(&m_client);
        QSignalSpy finished(&runner, &ContainerRunner::finished);
        runner.start(parsed.profile, false);
        if (!finished.count() && !finished.wait(60000))
            return {};
        if (runner.error())
            qWarning() << runner.error().toString();
        return runner.error() ? QString() : runner.containerId();
    }

    Checkup::Result check(const QString &id)
    {
        Checkup checkup(&m_client);
        QSignalSpy finished(&checkup, &Checkup::finished);
        checkup.start(id);
        if (!finished.count())
            finished.wait(60000);
        return checkup.result();
    }

    void remove(const QString &id) { Dockwright::Test::removeContainer(m_client, id); }

private Q_SLOTS:
    void capabilityNamesDecodeBits()
    {
        QCOMPARE(Checkup::capabilityNames(0), QStringList());
        QCOMPARE(Checkup::capabilityNames(0x400), QStringList {u"CAP_NET_BIND_SERVICE"_s});
        const QStringList defaults = Checkup::capabilityNames(dockerDefaultCaps);
        QCOMPARE(defaults.size(), 14);
        QCOMPARE(defaults.constFirst(), u"CAP_CHOWN"_s);
        QCOMPARE(defaults.constLast(), u"CAP_SETFCAP"_s);
        QVERIFY(defaults.contains(u"CAP_NET_RAW"_s));
        QVERIFY(!defaults.contains(u"CAP_SYS_ADMIN"_s));
        QCOMPARE(Checkup::capabilityNames(quint64(1) << 50), QStringList {u"bit 50"_s});
    }

    void statusFieldsAndMasking()
    {
        const QByteArray status
            = "Name:\tsleep\nNoNewPrivs:\t1\nCapEff:\t0000000000000400\nCapBnd:\t00000000a80425fb\n";
        QCOMPARE(Checkup::statusField(status, "CapEff"), u"0000000000000400"_s);
        QCOMPARE(Checkup::statusField(status, "NoNewPrivs"), u"1"_s);
        QCOMPARE(Checkup::statusField(status, "Missing"), QString());

        QVERIFY(Checkup::isSecretName(u"DB_PASSWORD"_s));
        QVERIFY(Checkup::isSecretName(u"github_token"_s));
        QVERIFY(Checkup::isSecretName(u"AWS_SECRET_ACCESS_KEY"_s));
        QVERIFY(!Checkup::isSecretName(u"HOME"_s));
        QVERIFY(!Checkup::isSecretName(u"LOG_LEVEL"_s));
        const QStringList masked = Checkup::maskEnvironment("HOME=/root\nAPI_KEY=abc=def\nEMPTY_TOKEN=\nPATH=/bin\n");
        QCOMPARE(masked, (QStringList {u"HOME=/root"_s, u"API_KEY=••••••"_s, u"EMPTY_TOKEN="_s, u"PATH=/bin"_s}));
    }

    void hardenedAndDefaultRunsAnswerDifferently()
    {
        DW_REQUIRE_BUSYBOX(m_client, m_image);

        const QString plainId = startContainer(u"-e DB_PASSWORD=hunter2 -e LOG_LEVEL=debug"_s);
        QVERIFY(!plainId.isEmpty());
        const QString hardId = startContainer(u"--init --read-only --cap-drop=ALL --security-opt=no-new-privileges "
                                              "--user 65534:65534 --tmpfs /tmp:rw,nosuid,nodev,noexec,size=16m "
                                              "-e DB_PASSWORD=hunter2 -e LOG_LEVEL=debug"_s);
        QVERIFY(!hardId.isEmpty());
        const Checkup::Result plain = check(plainId);
        const Checkup::Result hard = check(hardId);
        remove(plainId);
        remove(hardId);

        QVERIFY2(!plain.error, qPrintable(plain.error.toString()));
        QVERIFY2(!hard.error, qPrintable(hard.error.toString()));
        QCOMPARE(plain.answers.size(), 5);
        QCOMPARE(hard.answers.size(), 5);
        for (const Checkup::Answer &a : plain.answers)
            qInfo("default:  %s: %s", qPrintable(a.question), qPrintable(a.answer));
        for (const Checkup::Answer &a : hard.answers)
            qInfo("hardened: %s: %s", qPrintable(a.question), qPrintable(a.answer));

        // The busybox image has no /etc/passwd, so `id` names no user: "uid=0 gid=0 groups=0". (An exec
        // that printed "uid=0(root)" here ran in the host's root, not the image's.)
        // (Podman's runtime sets no supplementary groups, so `id` ends after gid there.)
        QVERIFY2(plain.idOutput == u"uid=0 gid=0 groups=0"_s || plain.idOutput == u"uid=0 gid=0"_s,
            qPrintable(plain.idOutput));
        QVERIFY2(hard.idOutput.startsWith(u"uid=65534"_s), qPrintable(hard.idOutput));
        QCOMPARE(plain.rootWritable, std::optional<bool>(true));
        QCOMPARE(hard.rootWritable, std::optional<bool>(false));
        QVERIFY(hard.answer(u"rootfs"_s)->hardened); // read-only, not merely "permission denied"
        QCOMPARE(
            plain.capEff, std::optional<quint64>(m_client.info().isPodman() ? podmanDefaultCaps : dockerDefaultCaps));
        QCOMPARE(hard.capEff, std::optional<quint64>(0));
        QCOMPARE(hard.capBnd, std::optional<quint64>(0));
        QCOMPARE(plain.noNewPrivs, std::optional<bool>(false));
        QCOMPARE(hard.noNewPrivs, std::optional<bool>(true));
        for (const QString &answerId : {u"user"_s, u"rootfs"_s, u"capabilities"_s, u"no-new-privs"_s}) {
            QVERIFY2(!plain.answer(answerId)->hardened, qPrintable(answerId));
            QVERIFY2(hard.answer(answerId)->hardened, qPrintable(answerId));
        }
        for (const Checkup::Result *r : {&plain, &hard}) {
            QVERIFY(r->environment.contains(u"DB_PASSWORD=••••••"_s));
            QVERIFY(r->environment.contains(u"LOG_LEVEL=debug"_s));
            QVERIFY(!r->answer(u"environment"_s)->output.contains(u"hunter2"_s));
        }
    }

    void stoppedContainerIsAnError()
    {
        DW_REQUIRE_BUSYBOX(m_client, m_image);
        const auto parsed
            = DockerRunCommand::parse(u"docker run --label "_s + testLabel + u" "_s + m_image + u" true"_s);
        ContainerRunner runner(&m_client);
        QSignalSpy finished(&runner, &ContainerRunner::finished);
        runner.start(parsed.profile, true);
        QVERIFY(finished.wait(60000));
        const Checkup::Result r = check(runner.containerId());
        remove(runner.containerId());
        QVERIFY(r.error);
        QVERIFY(r.answers.isEmpty());
        QVERIFY2(r.error.message.contains(u"not running"_s), qPrintable(r.error.toString()));
    }
};

QTEST_GUILESS_MAIN(TestCheckup)
#include "tst_checkup.moc"
