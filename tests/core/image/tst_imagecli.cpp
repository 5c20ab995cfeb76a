// SPDX-License-Identifier: GPL-3.0-or-later
// dockwright-cli inspect / diff / audit run in-process on fixture archives: JSON keys, statuses,
// exit codes, thresholds from flags and config files, JSON and JUnit written in the same run.
#include "cli/auditcommand.h"
#include "cli/diffcommand.h"
#include "cli/inspectcommand.h"
#include "clirunner.h"
#include "imagefixture.h"
#include "tarbuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Cli;
using namespace Dockwright::Test;
using namespace Qt::StringLiterals;

namespace {
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return f.fileName();
}
} // namespace

class TestImageCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_image = write(m_dir, u"image.tar"_s, ImageFixture::scenario().archive(ImageFixture::Layout::DockerOci));
        QVERIFY(!m_image.isEmpty());
    }

    void inspectJson()
    {
        InspectCommand inspect;
        const CliRun r = runCli(inspect, {m_image, u"--json"_s, u"--changes"_s});
        QCOMPARE(r.code, int(ExitOk));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray layers = o.value("layers"_L1).toArray();
        QCOMPARE(layers.size(), 3);
        const QJsonObject top = layers.at(2).toObject();
        QCOMPARE(top.value("index"_L1).toInt(), 2);
        QVERIFY(top.value("digest"_L1).toString().startsWith("sha256:"_L1));
        QCOMPARE(top.value("size"_L1).toInteger(), 15);
        QCOMPARE(top.value("createdBy"_L1).toString(), u"RUN cleanup"_s);
        QStringList changes;
        for (const QJsonValue &v : top.value("changes"_L1).toArray()) {
            const QJsonObject c = v.toObject();
            changes << c.value("path"_L1).toString() + u' ' + c.value("status"_L1).toString() + u' '
                    + QString::number(c.value("size"_L1).toInteger());
        }
        QCOMPARE(changes,
            (QStringList {u"big deleted 100"_s, u"etc/link modified 0"_s, u"etc/mode modified 4"_s,
                u"etc/over modified 6"_s, u"opt/a deleted 10"_s, u"opt/b deleted 2"_s, u"opt/c added 1"_s,
                u"tmp/scratch deleted 50"_s}));
        QCOMPARE(o.value("wastedBytes"_L1).toInteger(), 174);
        QCOMPARE(o.value("efficiency"_L1).toDouble(), 22.0 / 196.0);
        QCOMPARE(o.value("userWastedPercent"_L1).toDouble(), 174.0 / 189.0);
        QCOMPARE(o.value("topWasted"_L1).toArray().at(0).toObject().value("path"_L1).toString(), u"big"_s);
        QCOMPARE(o.value("baseHeuristic"_L1).toString(), u"history-cmd"_s);
        // Without --changes there is no changes key.
        const CliRun plain = runCli(inspect, {m_image, u"--json"_s});
        QVERIFY(!QJsonDocument::fromJson(plain.out.toUtf8())
                .object()
                .value("layers"_L1)
                .toArray()
                .at(0)
                .toObject()
                .contains("changes"_L1));
    }

    void inspectText()
    {
        InspectCommand inspect;
        const CliRun r = runCli(inspect, {m_image, u"--changes"_s});
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY2(r.out.contains(u"+ tmp/scratch"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"- opt/a"_s));
        QVERIFY(r.out.contains(u"~ etc/mode"_s));
        QVERIFY(r.out.contains(u"Efficiency: 11.22 %"_s));
    }

    void inspectErrors()
    {
        InspectCommand inspect;
        QCOMPARE(runCli(inspect, {}).code, int(ExitBadInput));
        const QString bad = write(m_dir, u"bad.tar"_s, "not a tar at all");
        const CliRun r = runCli(inspect, {bad});
        QCOMPARE(r.code, int(ExitBadInput));
        QVERIFY2(r.err.startsWith(u"dockwright-cli inspect: "_s + bad), qPrintable(r.err));
        // A name that is not a file goes to the engine; a dead socket is an engine error (3).
        const CliRun engine = runCli(inspect, {u"no/such:image"_s, u"--host"_s, u"unix:///nonexistent/docker.sock"_s});
        QCOMPARE(engine.code, int(ExitEngine));
    }

    void diff()
    {
        const QByteArray a = TarBuilder().file(u"same"_s, "1").file(u"changed"_s, "old").file(u"gone"_s, "xx").build();
        const QByteArray b
            = TarBuilder().file(u"same"_s, "1").file(u"changed"_s, "newer").file(u"new"_s, "nnnn").build();
        ImageFixture fa;
        fa.layer(a, u"A"_s);
        ImageFixture fb;
        fb.layer(b, u"B"_s);
        const QString pa = write(m_dir, u"a.tar"_s, fa.archive(ImageFixture::Layout::DockerLegacy));
        const QString pb = write(m_dir, u"b.tar"_s, fb.archive(ImageFixture::Layout::OciArchive));
        DiffCommand command;
        const CliRun r = runCli(command, {pa, pb, u"--json"_s});
        QCOMPARE(r.code, int(ExitOk));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("added"_L1).toInt(), 1);
        QCOMPARE(o.value("modified"_L1).toInt(), 1);
        QCOMPARE(o.value("deleted"_L1).toInt(), 1);
        const QJsonArray changes = o.value("changes"_L1).toArray();
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).toObject().value("path"_L1).toString(), u"changed"_s);
        QCOMPARE(changes.at(0).toObject().value("previousSize"_L1).toInteger(), 3);
        QCOMPARE(changes.at(1).toObject().value("status"_L1).toString(), u"deleted"_s);
        QCOMPARE(changes.at(2).toObject().value("size"_L1).toInteger(), 4);
        const CliRun text = runCli(command, {pa, pb});
        QVERIFY2(text.out.contains(u"+ new  4 B"_s), qPrintable(text.out));
        QCOMPARE(runCli(command, {pa}).code, int(ExitBadInput));
    }

    void auditThresholds()
    {
        AuditCommand audit;
        // The default rules (0.9 efficiency) fail for the scenario (11 %) once the ratio is judged
        // whatever the bytes (its waste is far below the default 1 MB floor).
        const QString json = m_dir.filePath(u"audit.json"_s);
        const QString junit = m_dir.filePath(u"audit.xml"_s);
        CliRun r = runCli(audit, {m_image, u"--ignore-wasted-below"_s, u"0"_s, u"--json"_s, json, u"--junit"_s, junit});
        QCOMPARE(r.code, int(ExitFindings));
        QVERIFY2(r.out.contains(u"FAIL lowest-efficiency"_s), qPrintable(r.out));
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(jf.readAll()).object();
        QCOMPARE(o.value("passed"_L1).toBool(true), false);
        QCOMPARE(o.value("rules"_L1).toArray().size(), 3);
        QCOMPARE(o.value("rules"_L1).toArray().at(1).toObject().value("status"_L1).toString(), u"skip"_s);
        QCOMPARE(o.value("wastedBytes"_L1).toInteger(), 174);
        QFile xf(junit);
        QVERIFY(xf.open(QIODevice::ReadOnly));
        const QByteArray xml = xf.readAll();
        QVERIFY2(xml.contains("<testsuite name=\"dockwright-audit\" tests=\"3\" failures=\"2\" skipped=\"1\""),
            xml.constData());
        QVERIFY(xml.contains("<failure message=\"lowest-efficiency is 0.1122"));

        // Flags: exactly at the threshold passes (dive's semantics); 174 bytes > 100B fails.
        r = runCli(audit,
            {m_image, u"--ignore-wasted-below"_s, u"0"_s, u"--lowest-efficiency"_s, u"0.1"_s,
                u"--highest-user-wasted-percent"_s, u"off"_s});
        QCOMPARE(r.code, int(ExitOk));
        r = runCli(audit,
            {m_image, u"--lowest-efficiency"_s, u"0"_s, u"--highest-user-wasted-percent"_s, u"1"_s,
                u"--highest-wasted-bytes"_s, u"100B"_s});
        QCOMPARE(r.code, int(ExitFindings));
        r = runCli(audit,
            {m_image, u"--lowest-efficiency"_s, u"0"_s, u"--highest-user-wasted-percent"_s, u"1"_s,
                u"--highest-wasted-bytes"_s, u"174"_s});
        QCOMPARE(r.code, int(ExitOk));
        QCOMPARE(runCli(audit, {m_image, u"--lowest-efficiency"_s, u"1.5"_s}).code, int(ExitBadInput));
        QCOMPARE(runCli(audit, {m_image, u"--highest-wasted-bytes"_s, u"lots"_s}).code, int(ExitBadInput));
    }

    // Issue 13 item 9: the defaults failed the guide's own image for 3.4 kB of /etc/passwd rewrites in a
    // 24 kB app. Ratios of a few kilobytes are noise: below 1 MB of waste the ratio rules pass (and say
    // why); an image that ships megabytes nobody sees still fails.
    void auditDefaultsJudgeMaterialWaste()
    {
        AuditCommand audit;
        const QByteArray passwd = QByteArray(1700, 'p');
        ImageFixture guide;
        guide
            .layer(TarBuilder().file(u"etc/passwd"_s, passwd).file(u"bin/python"_s, QByteArray(4000, 'b')).build(),
                u"COPY rootfs /"_s)
            .emptyStep(u"CMD [\"python3\"]"_s)
            .layer(TarBuilder().file(u"etc/passwd"_s, passwd + "appuser:x:10001:10001::/app:/bin/sh\n").build(),
                u"RUN adduser appuser"_s)
            .layer(TarBuilder().file(u"etc/passwd"_s, passwd + "appuser:x:10001:10001::/app:/sbin/nologin\n").build(),
                u"RUN usermod -s /sbin/nologin appuser"_s)
            .layer(TarBuilder().file(u"app/main.py"_s, QByteArray(24000, 'm')).build(), u"COPY app /app"_s);
        const QString small = write(m_dir, u"guide.tar"_s, guide.archive(ImageFixture::Layout::DockerOci));
        const QString json = m_dir.filePath(u"guide.json"_s);
        CliRun r = runCli(audit, {small, u"--json"_s, json});
        QVERIFY2(r.code == int(ExitOk), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(u"PASS highest-user-wasted-percent: highest-user-wasted-percent is"_s), qPrintable(r.out));
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(jf.readAll()).object();
        QVERIFY(o.value("userWastedPercent"_L1).toDouble() > 0.1); // the ratio alone would fail
        QCOMPARE(o.value("rules"_L1).toArray().at(2).toObject().value("belowFloor"_L1).toBool(), true);
        QCOMPARE(o.value("ignoreWastedBelow"_L1).toDouble(), 1e6);

        // Writing 3 MB and deleting it in the next step ships 3 MB nobody sees: fails.
        ImageFixture wasteful = guide;
        wasteful
            .layer(TarBuilder().file(u"var/cache/apt/pkgs.bin"_s, QByteArray(3'000'000, 'x')).build(),
                u"RUN apt-get install"_s)
            .layer(TarBuilder().file(u"var/cache/apt/.wh.pkgs.bin"_s, {}).build(), u"RUN rm -rf /var/cache/apt"_s);
        const QString big = write(m_dir, u"wasteful.tar"_s, wasteful.archive(ImageFixture::Layout::DockerOci));
        r = runCli(audit, {big});
        QCOMPARE(r.code, int(ExitFindings));
        QVERIFY2(r.out.contains(u"FAIL lowest-efficiency"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"FAIL highest-user-wasted-percent"_s), qPrintable(r.out));
        QCOMPARE(runCli(audit, {big, u"--ignore-wasted-below"_s, u"lots"_s}).code, int(ExitBadInput));
    }

    void auditConfig()
    {
        AuditCommand audit;
        const QString yaml = write(m_dir, u"dive-ci"_s,
            "rules:\n  # dive's camelCase keys work too\n  lowestEfficiency: 0.05\n"
            "  highest-wasted-bytes: 1kB\n  highest_user_wasted_percent: disabled\n");
        QCOMPARE(runCli(audit, {m_image, u"--config"_s, yaml}).code, int(ExitOk));
        // A flag overrides the file.
        QCOMPARE(runCli(audit, {m_image, u"--config"_s, yaml, u"--highest-wasted-bytes"_s, u"0.1kB"_s}).code,
            int(ExitFindings));
        const QString json
            = write(m_dir, u"rules.json"_s, "{\"rules\": {\"lowest-efficiency\": 0.5, \"ignore-wasted-below\": 0}}");
        QCOMPARE(runCli(audit, {m_image, u"--config"_s, json, u"--highest-user-wasted-percent"_s, u"off"_s}).code,
            int(ExitFindings));
        const QString broken = write(m_dir, u"broken"_s, "lowest-efficiency: 0.5\nnonsense here\n");
        const CliRun r = runCli(audit, {m_image, u"--config"_s, broken});
        QCOMPARE(r.code, int(ExitBadInput));
        QVERIFY2(r.err.contains(u"line 2"_s), qPrintable(r.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_image;
};

QTEST_GUILESS_MAIN(TestImageCli)
#include "tst_imagecli.moc"
