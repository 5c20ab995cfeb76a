// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/dockerruncommand.h"
#include "core/run/hardening.h"

#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

RunProfile parse(const QString &command)
{
    return DockerRunCommand::parse(command).profile;
}

QStringList codes(const RunWarnings &warnings)
{
    QStringList list;
    for (const RunWarning &w : warnings)
        list << w.code;
    return list;
}

Hardening::Status statusOf(const Hardening::Report &report, Hardening::Check check)
{
    for (const Hardening::Item &item : report.items) {
        if (item.check == check)
            return item.status;
    }
    return Hardening::Status::NotApplicable;
}

ImageRunInfo appImage()
{
    ImageRunInfo info;
    info.user = u"appuser"_s;
    info.setPasswd("root:x:0:0:root:/root:/bin/sh\nappuser:x:90001:90001::/nonexistent:/sbin/nologin\n");
    return info;
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCheckIsDescribed()
    {
        QStringList ids;
        for (const Hardening::Check check : Hardening::allChecks()) {
            const Hardening::Item item = Hardening::describe(check);
            QVERIFY(!item.id.isEmpty());
            QVERIFY(!ids.contains(item.id));
            ids << item.id;
            QVERIFY2(item.explanation.size() > 40, qPrintable(item.id));
            QVERIFY2(item.withoutIt.size() > 40, qPrintable(item.id));
            QVERIFY(!item.title.isEmpty() && !item.flags.isEmpty());
            QVERIFY(item.weight > 0);
        }
        QCOMPARE(ids.size(), 12);
    }

    void productionPresetEqualsGuide()
    {
        RunProfile p
            = parse(u"docker run --rm -p 8080:8080 -e ENVIRONMENT=prod -e LOG_LEVEL=INFO -e PORT=8080 myapp:prod"_s);
        // The guide's image works in /app, so its /app/logs gets a tmpfs too.
        ImageRunInfo guideImage = appImage();
        guideImage.workingDir = u"/app"_s;
        Hardening::applyProductionPosture(p, &guideImage);
        const QString expected = u"docker run --rm \\\n"
                                 "  --init \\\n"
                                 "  --read-only \\\n"
                                 "  --cap-drop=ALL \\\n"
                                 "  --security-opt=no-new-privileges \\\n"
                                 "  --tmpfs /tmp:rw,nosuid,nodev,noexec,size=256m \\\n"
                                 "  --tmpfs /app/logs:rw,nosuid,nodev,noexec,size=64m \\\n"
                                 "  -p 8080:8080 \\\n"
                                 "  -e HOME=/tmp \\\n"
                                 "  -e XDG_CACHE_HOME=/tmp/.cache \\\n"
                                 "  -e XDG_CONFIG_HOME=/tmp/.config \\\n"
                                 "  -e ENVIRONMENT=prod \\\n"
                                 "  -e LOG_LEVEL=INFO \\\n"
                                 "  -e PORT=8080 \\\n"
                                 "  myapp:prod"_s;
        DockerRunCommand::Options multi;
        multi.multiLine = true;
        QCOMPARE(DockerRunCommand::toShell(p, multi), expected);
        // Applying it twice changes nothing.
        RunProfile again = p;
        Hardening::applyProductionPosture(again, &guideImage);
        QVERIFY(again == p);
    }

    void productionPresetFitsTheImage()
    {
        // An image that does not work in /app gets no /app/logs, only the generic /tmp, and the note says why.
        ImageRunInfo nginx;
        nginx.workingDir = u"/usr/share/nginx"_s;
        for (const ImageRunInfo *image : {static_cast<const ImageRunInfo *>(&nginx), (const ImageRunInfo *)nullptr}) {
            RunProfile p = parse(u"docker run -p 8080:80 nginx:1.25"_s);
            Hardening::applyProductionPosture(p, image);
            QCOMPARE(p.tmpfs.size(), 1);
            QCOMPARE(p.tmpfs.first().target, u"/tmp"_s);
            QVERIFY(!DockerRunCommand::toShell(p).contains(u"/app/logs"_s));
            const QString note = Hardening::productionWritablePathsNote(image);
            QVERIFY2(note.contains(u"/tmp"_s), qPrintable(note));
            QVERIFY2(note.contains(u"/app/logs was not"_s) == (image != nullptr), qPrintable(note));
        }
        QVERIFY(Hardening::productionWritablePathsNote(&nginx).contains(u"/usr/share/nginx"_s));
        // Without a list, no app path is invented.
        RunProfile plain = parse(u"docker run myapp:dev"_s);
        Hardening::applyProductionPosture(plain);
        QCOMPARE(plain.tmpfs.size(), 1);
        // The guide's layout, but /app/logs is a declared volume: already writable, no tmpfs over it.
        ImageRunInfo withVolume;
        withVolume.workingDir = u"/app"_s;
        withVolume.volumes = {u"/app/logs"_s};
        QCOMPARE(Hardening::productionWritablePaths(&withVolume).size(), 1);
        withVolume.volumes.clear();
        QCOMPARE(Hardening::productionWritablePaths(&withVolume).size(), 2);
        QVERIFY(Hardening::productionWritablePathsNote(&withVolume).contains(u"/app/logs (64m)"_s));
    }

    void privilegedCapsTheScore()
    {
        // Every other check ticked, but --privileged: the score stays low and says why.
        RunProfile p = parse(u"docker run -p 8080:8080 myapp:prod"_s);
        for (const Hardening::Check check : Hardening::allChecks())
            Hardening::setApplied(p, check, true);
        p.network.clear();
        const ImageRunInfo image = appImage();
        QCOMPARE(Hardening::evaluate(p, &image).score, 100);
        QVERIFY(Hardening::evaluate(p, &image).scoreNote.isEmpty());
        p.privileged = true;
        const Hardening::Report report = Hardening::evaluate(p, &image);
        QVERIFY2(report.score <= Hardening::PrivilegedScoreCap, qPrintable(QString::number(report.score)));
        QVERIFY(report.scoreNote.contains(u"--privileged"_s));
        QVERIFY(report.scoreNote.contains(QString::number(Hardening::PrivilegedScoreCap)));
        for (const Hardening::Item &item : report.items) {
            if (item.check == Hardening::Check::NotPrivileged) {
                QCOMPARE(item.status, Hardening::Status::Missing);
                QVERIFY(item.detail.contains(QString::number(Hardening::PrivilegedScoreCap)));
            }
        }
        // A bare privileged run scores lower still, never higher than the cap.
        RunProfile bare = parse(u"docker run --privileged myapp:prod"_s);
        QVERIFY(Hardening::evaluate(bare, &image).score <= Hardening::PrivilegedScoreCap);
    }

    void scores()
    {
        RunProfile bare = parse(u"docker run -p 8080:8080 myapp:prod"_s);
        const ImageRunInfo rootImage;
        const Hardening::Report bareReport = Hardening::evaluate(bare, &rootImage);
        // Only "not privileged" (10) holds out of 100 applicable points (tmpfs, caches and network n/a).
        QCOMPARE(statusOf(bareReport, Hardening::Check::NetworkNone), Hardening::Status::NotApplicable);
        QCOMPARE(statusOf(bareReport, Hardening::Check::CachesInTmp), Hardening::Status::NotApplicable);
        QCOMPARE(bareReport.score, 11); // 10 of 90
        QVERIFY(codes(bareReport.warnings).contains(u"root-user"_s));

        RunProfile prod = bare;
        Hardening::applyProductionPosture(prod);
        const ImageRunInfo image = appImage();
        const Hardening::Report prodReport = Hardening::evaluate(prod, &image);
        // 15+15+10+15+5+5+5+10 = 80 of 100 (memory, cpus, pids missing; network n/a).
        QCOMPARE(prodReport.score, 80);
        QVERIFY2(prodReport.warnings.isEmpty(), qPrintable(codes(prodReport.warnings).join(u' ')));
        // Without the image the user is unknown, so non-root does not count.
        QCOMPARE(Hardening::evaluate(prod).score, 65);

        for (const Hardening::Check check : Hardening::allChecks())
            Hardening::setApplied(prod, check, true);
        prod.network.clear(); // it publishes ports; network-none is n/a then
        QCOMPARE(Hardening::evaluate(prod, &image).score, 100);
        QCOMPARE(prod.memoryBytes, 512LL << 20);
        QCOMPARE(prod.pidsLimit.value_or(0), 256);
    }

    void toggles()
    {
        RunProfile p = parse(u"docker run --cap-drop=ALL --cap-add=CHOWN --security-opt=no-new-privileges busybox"_s);
        Hardening::setApplied(p, Hardening::Check::DropAllCapabilities, false);
        QVERIFY(!p.hasCapDrop(u"ALL"_s));
        QCOMPARE(p.capAdd, QStringList {u"CHOWN"_s});
        Hardening::setApplied(p, Hardening::Check::NoNewPrivileges, false);
        QVERIFY(p.securityOpt.isEmpty());
        Hardening::setApplied(p, Hardening::Check::NonRootUser, true);
        QCOMPARE(p.user, u"65534:65534"_s);
        Hardening::setApplied(p, Hardening::Check::NetworkNone, true);
        QCOMPARE(p.network, u"none"_s);
        Hardening::setApplied(p, Hardening::Check::CachesInTmp, true);
        QCOMPARE(p.env.first().name, u"HOME"_s);
        Hardening::setApplied(p, Hardening::Check::CachesInTmp, false);
        QVERIFY(p.env.isEmpty());
        Hardening::setApplied(p, Hardening::Check::TmpfsWritablePaths, true);
        QCOMPARE(p.tmpfs.size(), 1);
        QCOMPARE(p.tmpfs.first().optionsText(), u"rw,nosuid,nodev,noexec,size=256m"_s);
    }

    void runTimeFailures_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("withImage");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("expected");
        QTest::newRow("read-only without tmp")
            << u"docker run --read-only img"_s << false << u"read-only-no-tmp"_s << true;
        QTest::newRow("read-only with tmpfs /tmp")
            << u"docker run --read-only --tmpfs /tmp img"_s << false << u"read-only-no-tmp"_s << false;
        QTest::newRow("read-only with volume on /tmp")
            << u"docker run --read-only -v scratch:/tmp img"_s << false << u"read-only-no-tmp"_s << false;
        QTest::newRow("read-only, ro bind on /tmp")
            << u"docker run --read-only -v /x:/tmp:ro img"_s << false << u"read-only-no-tmp"_s << true;
        QTest::newRow("read-only HOME") << u"docker run --read-only --tmpfs /tmp -e HOME=/home/app img"_s << false
                                        << u"read-only-home"_s << true;
        QTest::newRow("low port, caps dropped")
            << u"docker run --user 1000 --cap-drop=ALL -p 80:80 img"_s << false << u"low-port-no-cap"_s << true;
        QTest::newRow("low port with NET_BIND_SERVICE")
            << u"docker run --user 1000 --cap-drop=ALL --cap-add=NET_BIND_SERVICE -p 80:80 img"_s << false
            << u"low-port-no-cap"_s << false;
        QTest::newRow("low port image user")
            << u"docker run --cap-drop=all -p 8080:443 img"_s << true << u"low-port-no-cap"_s << true;
        QTest::newRow("high port") << u"docker run --user 1000 --cap-drop=ALL -p 80:8080 img"_s << false
                                   << u"low-port-no-cap"_s << false;
        QTest::newRow("unknown user") << u"docker run --user ghost img"_s << true << u"unknown-user"_s << true;
        QTest::newRow("known user") << u"docker run --user appuser:appuser img"_s << true << u"unknown-user"_s << false;
        QTest::newRow("numeric uid") << u"docker run --user 4242 img"_s << true << u"unknown-user"_s << false;
        QTest::newRow("user unchecked without passwd")
            << u"docker run --user ghost img"_s << false << u"unknown-user"_s << false;
        QTest::newRow("root user explicit") << u"docker run --user 0:0 img"_s << false << u"root-user"_s << true;
        QTest::newRow("image user non-root") << u"docker run img"_s << true << u"root-user"_s << false;
        QTest::newRow("rm with restart") << u"docker run --rm --restart always img"_s << false
                                         << u"autoremove-restart"_s << true;
        QTest::newRow("rm with restart no")
            << u"docker run --rm --restart no img"_s << false << u"autoremove-restart"_s << false;
        QTest::newRow("privileged") << u"docker run --privileged --cap-drop ALL img"_s << false << u"privileged"_s
                                    << true;
        QTest::newRow("ports with network none")
            << u"docker run --network none -p 80 img"_s << false << u"ports-ignored"_s << true;
        QTest::newRow("duplicate mount") << u"docker run --tmpfs /data -v d:/data img"_s << false
                                         << u"duplicate-mount"_s << true;
        QTest::newRow("tmpfs without size") << u"docker run --tmpfs /data img"_s << false << u"tmpfs-no-size"_s << true;
        QTest::newRow("memory below minimum") << u"docker run -m 4m img"_s << false << u"memory-too-low"_s << true;
        QTest::newRow("invalid name") << u"docker run --name -bad img"_s << false << u"invalid-name"_s
                                      << true; // a value flag takes the next word, like pflag
        QTest::newRow("invalid name chars") << u"docker run --name 'a b' img"_s << false << u"invalid-name"_s << true;
        QTest::newRow("relative bind") << u"docker run -v ./data:/data img"_s << false << u"bind-relative"_s << true;
    }

    void runTimeFailures()
    {
        QFETCH(QString, command);
        QFETCH(bool, withImage);
        QFETCH(QString, code);
        QFETCH(bool, expected);
        const ImageRunInfo image = appImage();
        const RunWarnings warnings = Hardening::warnings(parse(command), withImage ? &image : nullptr);
        QVERIFY2(codes(warnings).contains(code) == expected, qPrintable(codes(warnings).join(u' ')));
    }

    void severities()
    {
        const ImageRunInfo image = appImage();
        for (const RunWarning &w :
            Hardening::warnings(parse(u"docker run --rm --restart always --user ghost img"_s), &image)) {
            if (w.code == u"autoremove-restart"_s || w.code == u"unknown-user"_s) {
                QCOMPARE(w.severity, RunWarning::Severity::Error);
                QVERIFY(!w.field.isEmpty());
                QVERIFY(!w.message.isEmpty());
            }
        }
        const RunWarnings hostNet
            = Hardening::warnings(parse(u"docker run --network host --user 1 --cap-drop ALL --expose 443 img"_s));
        QCOMPARE(hostNet.size(), 1);
        QCOMPARE(hostNet.first().severity, RunWarning::Severity::Error);
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
