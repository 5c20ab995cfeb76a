// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/dockerruncommand.h"
#include "core/run/imageruninfo.h"
#include "core/run/rununits.h"
#include "core/run/shellwords.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

bool hasWarning(const RunWarnings &warnings, const QString &code, const QString &field = {})
{
    for (const RunWarning &w : warnings) {
        if (w.code == code && (field.isEmpty() || w.field == field))
            return true;
    }
    return false;
}

QString describe(const RunWarnings &warnings)
{
    QStringList lines;
    for (const RunWarning &w : warnings)
        lines << w.code + QLatin1Char(' ') + w.field + QLatin1String(": ") + w.message;
    return lines.join(QLatin1Char('\n'));
}

// A profile that touches every field the generator knows.
RunProfile fullProfile()
{
    RunProfile p;
    p.image = QStringLiteral("registry.example.org:5000/team/app:1.2@sha256:abc");
    p.name = QStringLiteral("web-1");
    p.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo 'hi there' && echo \"$HOME\"")};
    p.entrypoint = QString();
    p.workingDir = QStringLiteral("/srv/my app");
    p.user = QStringLiteral("1000:1000");
    p.hostname = QStringLiteral("box");
    p.platform = QStringLiteral("linux/amd64");
    p.ports = {{QString(), QStringLiteral("8080"), QStringLiteral("80"), QStringLiteral("tcp")},
        {QStringLiteral("127.0.0.1"), QStringLiteral("9000-9001"), QStringLiteral("9000-9001"), QStringLiteral("udp")},
        {QStringLiteral("::1"), QString(), QStringLiteral("443"), QStringLiteral("tcp")},
        {QString(), QString(), QStringLiteral("5000"), QStringLiteral("sctp")}};
    p.publishAll = true;
    p.expose = {QStringLiteral("7000/tcp")};
    p.env = {{QStringLiteral("A"), QStringLiteral("1"), true},
        {QStringLiteral("QUOTED"), QStringLiteral("it's \"here\" $X"), true},
        {QStringLiteral("EMPTY"), QString(), true}, {QStringLiteral("PASS"), QString(), false}};
    p.labels = {{QStringLiteral("org.example.team"), QStringLiteral("core")}, {QStringLiteral("flag"), QString()}};
    RunProfile::Mount bind;
    bind.source = QStringLiteral("/data/in put");
    bind.target = QStringLiteral("/in");
    bind.options = {QStringLiteral("z")};
    RunProfile::Mount volume;
    volume.type = RunProfile::Mount::Type::Volume;
    volume.source = QStringLiteral("cache");
    volume.target = QStringLiteral("/cache");
    volume.readOnly = false;
    RunProfile::Mount anonymous;
    anonymous.type = RunProfile::Mount::Type::Volume;
    anonymous.target = QStringLiteral("/scratch");
    anonymous.readOnly = false;
    RunProfile::Mount mountBind;
    mountBind.syntax = RunProfile::Mount::Syntax::MountFlag;
    mountBind.source = QStringLiteral("/a,b");
    mountBind.target = QStringLiteral("/ab");
    mountBind.bindPropagation = QStringLiteral("rslave");
    RunProfile::Mount mountTmpfs;
    mountTmpfs.syntax = RunProfile::Mount::Syntax::MountFlag;
    mountTmpfs.type = RunProfile::Mount::Type::Tmpfs;
    mountTmpfs.target = QStringLiteral("/run");
    mountTmpfs.readOnly = false;
    mountTmpfs.tmpfsSizeBytes = 64 * 1024 * 1024;
    mountTmpfs.tmpfsMode = 01777;
    RunProfile::Mount mountVolume;
    mountVolume.syntax = RunProfile::Mount::Syntax::MountFlag;
    mountVolume.type = RunProfile::Mount::Type::Volume;
    mountVolume.source = QStringLiteral("models");
    mountVolume.target = QStringLiteral("/models");
    mountVolume.volumeNoCopy = true;
    p.mounts = {bind, volume, anonymous, mountBind, mountTmpfs, mountVolume};
    RunProfile::Tmpfs tmp;
    tmp.target = QStringLiteral("/tmp");
    tmp.size = QStringLiteral("256m");
    RunProfile::Tmpfs exec;
    exec.target = QStringLiteral("/exec");
    exec.noexec = false;
    exec.mode = QStringLiteral("1777");
    exec.extraOptions = {QStringLiteral("uid=1000")};
    p.tmpfs = {tmp, exec};
    p.network = QStringLiteral("backend");
    p.restartPolicy = QStringLiteral("on-failure");
    p.restartMaxRetries = 5;
    p.detach = true;
    p.interactive = true;
    p.tty = true;
    p.init = true;
    p.readOnlyRootfs = true;
    p.privileged = false;
    p.capAdd = {QStringLiteral("NET_BIND_SERVICE")};
    p.capDrop = {QStringLiteral("ALL")};
    p.securityOpt = {QStringLiteral("no-new-privileges"), QStringLiteral("apparmor=docker-default")};
    p.memoryBytes = 512LL * 1024 * 1024;
    p.nanoCpus = 1500000000;
    p.pidsLimit = 128;
    p.healthcheck.test
        = {QStringLiteral("CMD-SHELL"), QStringLiteral("wget -q -O- http://localhost:8080/health || exit 1")};
    p.healthcheck.intervalNs = 90LL * 1000000000;
    p.healthcheck.timeoutNs = 500LL * 1000000;
    p.healthcheck.startPeriodNs = 10LL * 1000000000;
    p.healthcheck.retries = 3;
    p.stopSignal = QStringLiteral("SIGINT");
    p.stopTimeout = 20;
    return p;
}

} // namespace

class TestDockerRunCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shellSplit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << QStringLiteral("docker run  busybox")
                               << QStringList {u"docker"_s, u"run"_s, u"busybox"_s};
        QTest::newRow("single quotes") << QStringLiteral("echo 'a b' 'it'\\''s'")
                                       << QStringList {u"echo"_s, u"a b"_s, u"it's"_s};
        QTest::newRow("double quotes") << QStringLiteral("echo \"a \\\"b\\\" \\$HOME \\x\"")
                                       << QStringList {u"echo"_s, u"a \"b\" $HOME \\x"_s};
        QTest::newRow("adjacent") << QStringLiteral("-e A=\"x y\"'z'") << QStringList {u"-e"_s, u"A=x yz"_s};
        QTest::newRow("empty word") << QStringLiteral("a '' \"\" b") << QStringList {u"a"_s, u""_s, u""_s, u"b"_s};
        QTest::newRow("continuation") << QStringLiteral("docker run \\\n  --rm \\\r\n  img")
                                      << QStringList {u"docker"_s, u"run"_s, u"--rm"_s, u"img"_s};
        QTest::newRow("escaped space") << QStringLiteral("a\\ b c") << QStringList {u"a b"_s, u"c"_s};
        QTest::newRow("comment") << QStringLiteral("a b # c d") << QStringList {u"a"_s, u"b"_s};
        QTest::newRow("hash in word") << QStringLiteral("a#b") << QStringList {u"a#b"_s};
        QTest::newRow("stops at &&") << QStringLiteral("docker run img && echo done")
                                     << QStringList {u"docker"_s, u"run"_s, u"img"_s};
        QTest::newRow("tabs") << QStringLiteral("a\tb") << QStringList {u"a"_s, u"b"_s};
    }

    void shellSplit()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        const ShellWords::Result result = ShellWords::split(text);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.words, words);
    }

    void shellSplitErrorsAndNotes()
    {
        QVERIFY(!ShellWords::split(QStringLiteral("echo 'open")).ok());
        QVERIFY(!ShellWords::split(QStringLiteral("echo \"open")).ok());
        const auto expansion = ShellWords::split(QStringLiteral("docker run -e X=$HOME img"));
        QCOMPARE(expansion.words.at(3), QStringLiteral("X=$HOME"));
        QCOMPARE(expansion.notes.size(), 1);
        const auto rest = ShellWords::split(QStringLiteral("docker run img; rm -rf /"));
        QCOMPARE(rest.words.size(), 3);
        QVERIFY(rest.notes.first().contains(QLatin1String("rm -rf")));
        // Blank and comment lines before the command are passed over; a line after it is not the command.
        const auto remarked = ShellWords::split(u"\n# built from the editor\n\ndocker run img\nrm x"_s);
        QCOMPARE(remarked.words, QStringList({u"docker"_s, u"run"_s, u"img"_s}));
        QVERIFY(remarked.notes.first().contains(u"rm x"_s));
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("safe") << u"--tmpfs=/tmp:rw,size=1m"_s << u"--tmpfs=/tmp:rw,size=1m"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("space") << u"a b"_s << u"'a b'"_s;
        QTest::newRow("quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("dollar") << u"$HOME"_s << u"'$HOME'"_s;
        QTest::newRow("angle") << u"<image>:<tag>"_s << u"'<image>:<tag>'"_s;
        QTest::newRow("unicode") << u"café"_s << u"'café'"_s;
    }

    void shellQuote()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(ShellWords::quote(word), quoted);
        // Whatever we quote, sh reads back the same word.
        QCOMPARE(ShellWords::split(quoted).words, QStringList {word});
    }

    void units()
    {
        QCOMPARE(RunUnits::parseBytes(u"256m"_s), 256LL << 20);
        QCOMPARE(RunUnits::parseBytes(u"1G"_s), 1LL << 30);
        QCOMPARE(RunUnits::parseBytes(u"1.5g"_s), 3LL << 29);
        QCOMPARE(RunUnits::parseBytes(u"64MiB"_s), 64LL << 20);
        QCOMPARE(RunUnits::parseBytes(u"100"_s), 100);
        QVERIFY(!RunUnits::parseBytes(u"12x"_s));
        QCOMPARE(RunUnits::formatBytes(256LL << 20), u"256m"_s);
        QCOMPARE(RunUnits::formatBytes(1536LL << 20), u"1536m"_s);
        QCOMPARE(RunUnits::formatBytes(1000), u"1000"_s);
        QCOMPARE(RunUnits::parseCpus(u"0.5"_s), 500000000);
        QCOMPARE(RunUnits::parseCpus(u"2"_s), 2000000000);
        QCOMPARE(RunUnits::parseCpus(u"0.000000001"_s), 1);
        QVERIFY(!RunUnits::parseCpus(u"0.0000000001"_s));
        QCOMPARE(RunUnits::formatCpus(1500000000), u"1.5"_s);
        QCOMPARE(RunUnits::formatCpus(2000000000), u"2"_s);
        QCOMPARE(RunUnits::parseDuration(u"1m30s"_s), 90LL * 1000000000);
        QCOMPARE(RunUnits::parseDuration(u"500ms"_s), 500LL * 1000000);
        QCOMPARE(RunUnits::parseDuration(u"1.5s"_s), 1500LL * 1000000);
        QVERIFY(!RunUnits::parseDuration(u"30"_s));
        QVERIFY(!RunUnits::parseDuration(u"5x"_s));
        QCOMPARE(RunUnits::formatDuration(90LL * 1000000000), u"1m30s"_s);
        QCOMPARE(RunUnits::formatDuration(3600LL * 1000000000), u"1h"_s);
        QCOMPARE(RunUnits::formatDuration(1500LL * 1000000), u"1500ms"_s);
    }

    void publishForms_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("hostIp");
        QTest::addColumn<QString>("hostPort");
        QTest::addColumn<QString>("containerPort");
        QTest::addColumn<QString>("protocol");
        QTest::newRow("host:container") << u"8080:80"_s << QString() << u"8080"_s << u"80"_s << u"tcp"_s;
        QTest::newRow("ip:host:container/tcp")
            << u"127.0.0.1:8080:80/tcp"_s << u"127.0.0.1"_s << u"8080"_s << u"80"_s << u"tcp"_s;
        QTest::newRow("container only") << u"80"_s << QString() << QString() << u"80"_s << u"tcp"_s;
        QTest::newRow("ip::container") << u"127.0.0.1::80"_s << u"127.0.0.1"_s << QString() << u"80"_s << u"tcp"_s;
        QTest::newRow("ranges") << u"8000-8010:8000-8010/udp"_s << QString() << u"8000-8010"_s << u"8000-8010"_s
                                << u"udp"_s;
        QTest::newRow("host range, one port")
            << u"8000-8010:80"_s << QString() << u"8000-8010"_s << u"80"_s << u"tcp"_s;
        QTest::newRow("ipv6") << u"[::1]:8080:80"_s << u"::1"_s << u"8080"_s << u"80"_s << u"tcp"_s;
    }

    void publishForms()
    {
        QFETCH(QString, spec);
        QString error;
        const auto port = DockerRunCommand::parsePublish(spec, &error);
        QVERIFY2(port, qPrintable(error));
        QTEST(port->hostIp, "hostIp");
        QTEST(port->hostPort, "hostPort");
        QTEST(port->containerPort, "containerPort");
        QTEST(port->protocol, "protocol");
        const auto again = DockerRunCommand::parsePublish(DockerRunCommand::formatPublish(*port), &error);
        QVERIFY(again);
        QCOMPARE(*again, *port);
    }

    void publishErrors()
    {
        QString error;
        for (const QString &bad :
            {u"0:80"_s, u"8080:70000"_s, u"80/xyz"_s, u"8000-8001:80-82"_s, u"a:b"_s, u"1:2:3:4"_s, u""_s}) {
            error.clear();
            QVERIFY2(!DockerRunCommand::parsePublish(bad, &error), qPrintable(bad));
            QVERIFY(!error.isEmpty());
        }
    }

    void roundTrip()
    {
        const RunProfile profile = fullProfile();
        for (const bool multiLine : {false, true}) {
            DockerRunCommand::Options options;
            options.multiLine = multiLine;
            const QString command = DockerRunCommand::toShell(profile, options);
            const auto parsed = DockerRunCommand::parse(command);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            QVERIFY2(parsed.warnings.isEmpty(), qPrintable(describe(parsed.warnings) + QLatin1Char('\n') + command));
            QCOMPARE(parsed.profile.command, profile.command);
            QCOMPARE(parsed.profile.mounts, profile.mounts);
            QCOMPARE(parsed.profile.tmpfs, profile.tmpfs);
            QCOMPARE(parsed.profile.ports, profile.ports);
            QCOMPARE(parsed.profile.env, profile.env);
            QVERIFY(parsed.profile == profile);
            // The argument list reads back the same way, without the shell in between.
            QVERIFY(DockerRunCommand::parseArguments(DockerRunCommand::arguments(profile)).profile == profile);
        }
    }

    void roundTripMinimal()
    {
        RunProfile p;
        p.image = QStringLiteral("busybox");
        QCOMPARE(DockerRunCommand::toShell(p), u"docker run busybox"_s);
        QVERIFY(DockerRunCommand::parse(DockerRunCommand::toShell(p)).profile == p);
        p.init = false; // explicit --init=false differs from "daemon default"
        QCOMPARE(DockerRunCommand::toShell(p), u"docker run --init=false busybox"_s);
        QVERIFY(DockerRunCommand::parse(DockerRunCommand::toShell(p)).profile == p);
    }

    void guidePlaceholdersAreNamed_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("image");
        // The guide's commands, as copied: the image is a placeholder, and so may be the command.
        QTest::newRow("image:tag") << u"docker run --rm \\\n  -p 8080:8080 \\\n  -e PORT=8080 \\\n  <image>:<tag>"_s
                                   << u"<image>:<tag>"_s << true;
        QTest::newRow("quoted image") << u"docker run --rm '<image>:<tag>'"_s << u"<image>:<tag>"_s << true;
        QTest::newRow("command") << u"docker run --rm myapp:dev /app/.venv/bin/python -m <module_or_package>"_s
                                 << u"<module_or_package>"_s << false;
        QTest::newRow("image and command")
            << u"docker run --rm <image>:<tag> /app/.venv/bin/python -m <module_or_package>"_s << u"<image>:<tag>"_s
            << true;
    }

    void guidePlaceholdersAreNamed()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, token);
        QFETCH(bool, image);
        const auto parsed = DockerRunCommand::parse(pasted);
        QVERIFY(!parsed.ok());
        QVERIFY2(!parsed.error.contains(u"No image"_s), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(u"placeholder "_s + token), qPrintable(parsed.error));
        QCOMPARE(parsed.error.contains(u"image name"_s), image);
        // The CLI's arguments (no shell) are checked too.
        if (image)
            QVERIFY(!DockerRunCommand::parseArguments({u"--rm"_s, token}).ok());
        // A redirection is still the end of the command, and a quoted <b> in a value is only text.
        QCOMPARE(ShellWords::split(u"docker run img < input.txt"_s).words.size(), 3);
        QCOMPARE(ShellWords::split(u"docker run img <<EOF"_s).words.size(), 3);
        const auto quoted = DockerRunCommand::parse(u"docker run -e 'GREETING=<b>hi</b>' img"_s);
        QVERIFY2(quoted.ok(), qPrintable(quoted.error));
        QCOMPARE(ShellWords::split(u"echo <image>:<tag> x"_s).placeholders, QStringList {u"<image>:<tag>"_s});
    }

    void guideHardenedCommandParses()
    {
        const QString pasted = QStringLiteral("docker run --rm \\\n"
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
                                              "  myapp:prod");
        const auto parsed = DockerRunCommand::parse(pasted);
        QVERIFY2(parsed.ok() && parsed.warnings.isEmpty(), qPrintable(parsed.error + describe(parsed.warnings)));
        const RunProfile &p = parsed.profile;
        QCOMPARE(p.image, u"myapp:prod"_s);
        QVERIFY(p.autoRemove && p.readOnlyRootfs && p.init.value_or(false));
        QCOMPARE(p.capDrop, QStringList {u"ALL"_s});
        QCOMPARE(p.securityOpt, QStringList {u"no-new-privileges"_s});
        QCOMPARE(p.tmpfs.size(), 2);
        QCOMPARE(p.tmpfs.at(1).target, u"/app/logs"_s);
        QCOMPARE(p.tmpfs.at(1).size, u"64m"_s);
        QCOMPARE(p.env.size(), 6);
        DockerRunCommand::Options multi;
        multi.multiLine = true;
        QCOMPARE(DockerRunCommand::toShell(p, multi), pasted);
    }

    void trickyPaste()
    {
        const QString pasted = QStringLiteral(
            "$ sudo docker container run -itd --name=my_app -p8080:80 -e 'GREETING=hello world' "
            "--env=\"QUOTE=say \\\"hi\\\"\" -eTOKEN=abc -v \"$PWD/data\":/data:ro --mount "
            "type=bind,src=/etc/x,dst=/x,readonly "
            "--restart=unless-stopped --label a=b -l c --memory=1g --cpus .5 -u 1000 -w /work --entrypoint /bin/sh "
            "alpine:3.20 -c 'echo \"done\"; exit 3'");
        const auto parsed = DockerRunCommand::parse(pasted);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const RunProfile &p = parsed.profile;
        QVERIFY(p.interactive && p.tty && p.detach);
        QCOMPARE(p.name, u"my_app"_s);
        QCOMPARE(p.ports.size(), 1);
        QCOMPARE(p.ports.first().hostPort, u"8080"_s);
        QCOMPARE(p.env.size(), 3);
        QCOMPARE(p.env.at(0).value, u"hello world"_s);
        QCOMPARE(p.env.at(1).value, u"say \"hi\""_s);
        QCOMPARE(p.env.at(2).name, u"TOKEN"_s);
        QCOMPARE(p.mounts.size(), 2);
        QCOMPARE(p.mounts.at(0).source, u"$PWD/data"_s); // no expansion, but noted
        QVERIFY(p.mounts.at(0).readOnly);
        QCOMPARE(p.mounts.at(1).type, RunProfile::Mount::Type::Bind);
        QVERIFY(p.mounts.at(1).readOnly);
        QCOMPARE(p.restartPolicy, u"unless-stopped"_s);
        QCOMPARE(p.labels.value(u"a"_s), u"b"_s);
        QVERIFY(p.labels.contains(u"c"_s));
        QCOMPARE(p.memoryBytes, 1LL << 30);
        QCOMPARE(p.nanoCpus, 500000000);
        QCOMPARE(p.user, u"1000"_s);
        QCOMPARE(p.workingDir, u"/work"_s);
        QCOMPARE(p.entrypoint.value_or(QString()), u"/bin/sh"_s);
        QCOMPARE(p.image, u"alpine:3.20"_s);
        QCOMPARE(p.command, (QStringList {u"-c"_s, u"echo \"done\"; exit 3"_s}));
        QVERIFY(hasWarning(parsed.warnings, u"shell"_s)); // $PWD was not expanded
    }

    void flagsAfterImageBelongToCommand()
    {
        const auto parsed = DockerRunCommand::parse(u"docker run busybox ls -l --rm"_s);
        QCOMPARE(parsed.profile.command, (QStringList {u"ls"_s, u"-l"_s, u"--rm"_s}));
        QVERIFY(!parsed.profile.autoRemove);
        const auto interspersed
            = DockerRunCommand::parseArguments({u"busybox"_s, u"--rm"_s, u"-e"_s, u"A=1"_s, u"--"_s, u"ls"_s, u"-l"_s},
                DockerRunCommand::ArgumentOrder::Interspersed);
        QVERIFY(interspersed.profile.autoRemove);
        QCOMPARE(interspersed.profile.command, (QStringList {u"ls"_s, u"-l"_s}));
    }

    void unsupportedFlagsAreNamed()
    {
        const auto parsed = DockerRunCommand::parse(u"docker run --rm --shm-size 1g --gpus all --ulimit "
                                                    u"nofile=1024:2048 --oom-kill-disable --log-opt=max-size=10m "
                                                    "--frobnicate=1 -c 512 busybox true"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.profile.image, u"busybox"_s); // values of unsupported flags are skipped, not taken as image
        QCOMPARE(parsed.profile.command, QStringList {u"true"_s});
        QVERIFY(parsed.profile.autoRemove);
        for (const QString &flag :
            {u"--shm-size"_s, u"--gpus"_s, u"--ulimit"_s, u"--oom-kill-disable"_s, u"--log-opt"_s, u"--cpu-shares"_s})
            QVERIFY2(hasWarning(parsed.warnings, u"unsupported-flag"_s, flag), qPrintable(flag));
        QVERIFY(hasWarning(parsed.warnings, u"unknown-flag"_s, u"--frobnicate"_s));
    }

    void envFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"app.env"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# comment\nA=1\n\nB=two words\nPASSED\n");
        file.close();
        const auto parsed
            = DockerRunCommand::parse(u"docker run -e C=3 --env-file "_s + ShellWords::quote(path) + u" img"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.profile.env.size(), 4);
        QCOMPARE(parsed.profile.env.at(0).name, u"A"_s); // env-file first, like docker/cli
        QCOMPARE(parsed.profile.env.at(1).value, u"two words"_s);
        QVERIFY(!parsed.profile.env.at(2).hasValue);
        QCOMPARE(parsed.profile.env.at(3).name, u"C"_s);

        const auto missing = DockerRunCommand::parse(u"docker run --env-file /nonexistent/x.env img"_s);
        QVERIFY(missing.ok());
        QVERIFY(hasWarning(missing.warnings, u"unsupported-flag"_s, u"--env-file"_s));
        QVERIFY(missing.profile.env.isEmpty());
    }

    void badInput()
    {
        QVERIFY(!DockerRunCommand::parse(u"ls -l"_s).ok());
        QVERIFY(!DockerRunCommand::parse(u"docker ps"_s).ok());
        QVERIFY(!DockerRunCommand::parse(u"docker run --rm"_s).ok());
        QVERIFY(!DockerRunCommand::parse(u"docker run 'oops"_s).ok());
        const auto invalid = DockerRunCommand::parse(u"docker run -p 99999:80 --memory lots --restart sometimes img"_s);
        QVERIFY(invalid.ok());
        QCOMPARE(invalid.warnings.size(), 3);
        for (const RunWarning &w : invalid.warnings)
            QCOMPARE(w.severity, RunWarning::Severity::Error);
        const auto missingValue = DockerRunCommand::parse(u"docker run img"_s + u" "_s);
        QVERIFY(missingValue.ok());
        const auto dangling
            = DockerRunCommand::parseArguments({u"img"_s, u"--name"_s}, DockerRunCommand::ArgumentOrder::Interspersed);
        QVERIFY(hasWarning(dangling.warnings, u"missing-value"_s, u"--name"_s));
    }

    void mountSyntax()
    {
        QString error;
        auto m = DockerRunCommand::parseMount(u"type=tmpfs,destination=/run,tmpfs-size=64m,tmpfs-mode=1777"_s, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->tmpfsSizeBytes, 64LL << 20);
        QCOMPARE(m->tmpfsMode, 1023);
        m = DockerRunCommand::parseMount(u"\"type=bind\",\"source=/a,b\",target=/c"_s, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->source, u"/a,b"_s);
        QVERIFY(!m->readOnly);
        QVERIFY(!DockerRunCommand::parseMount(u"type=image,source=x,target=/x"_s, &error));
        QVERIFY(!DockerRunCommand::parseMount(u"type=bind,target=/x"_s, &error));
        QVERIFY(!DockerRunCommand::parseVolume(u"data:relative"_s, &error));
        m = DockerRunCommand::parseVolume(u"/srv:/srv:ro,rshared"_s, &error);
        QVERIFY(m && m->readOnly && m->options == QStringList {u"rshared"_s});
    }

    void prefillFromImage()
    {
        const QJsonObject inspect = QJsonDocument::fromJson(R"({"Config":{
            "User":"appuser","ExposedPorts":{"8080/tcp":{},"9090/udp":{}},
            "Env":["PATH=/usr/bin","ENVIRONMENT=dev","LOG_LEVEL=INFO","OTHER=x"],
            "Healthcheck":{"Test":["CMD","/app/health"],"Interval":30000000000,"Retries":3},
            "Cmd":["/app/.venv/bin/python","main.py"],"WorkingDir":"/app"}})")
                                        .object();
        const ImageRunInfo info = ImageRunInfo::fromInspect(inspect);
        QCOMPARE(info.user, u"appuser"_s);
        const RunProfile p = RunProfile::fromImage(u"myapp:dev"_s, info);
        QCOMPARE(p.image, u"myapp:dev"_s);
        QCOMPARE(p.ports.size(), 2);
        QCOMPARE(p.ports.at(0).hostPort, u"8080"_s);
        QCOMPARE(p.ports.at(1).protocol, u"udp"_s);
        QCOMPARE(p.env.size(), 2); // ENVIRONMENT and LOG_LEVEL; PORT is not declared
        QCOMPARE(p.env.at(0).name, u"ENVIRONMENT"_s);
        QCOMPARE(p.env.at(0).value, u"dev"_s);
        QCOMPARE(p.user, u"appuser"_s);
        QCOMPARE(p.healthcheck.test, (QStringList {u"CMD"_s, u"/app/health"_s}));
        QVERIFY(p.healthcheck.inherited);
        // The inherited healthcheck is shown, not re-sent: it does not appear in the command.
        QVERIFY(!DockerRunCommand::toShell(p).contains(QLatin1String("health")));
    }
};

QTEST_GUILESS_MAIN(TestDockerRunCommand)
#include "tst_dockerruncommand.moc"
