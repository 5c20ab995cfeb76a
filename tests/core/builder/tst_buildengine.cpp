// SPDX-License-Identifier: GPL-3.0-or-later
// Builds against the real engine (DOCKWRIGHT_TEST_ENGINE): build args, targets, tags and labels, the cache
// on a second build, a failing RUN mapped to its line, cancel, the classic builder, the secret-mount
// refusal, a streamed context upload and `dockwright-cli build`.
#include "core/builder/buildcomparison.h"
#include "core/builder/buildjob.h"
#include "core/common/bytesize.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/engine/imagereference.h"
#include "testengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

const QString TagPrefix = u"dockwright-test/build-"_s;

struct Outcome
{
    bool ok = false;
    BuildResult result;
    QList<QByteArray> logs;
    QList<QPair<qint64, qint64>> progress;
};

QString logOf(const BuildResult &result)
{
    QString all;
    for (const BuildStep &s : result.steps)
        all += QString::fromUtf8(s.log);
    return all;
}

} // namespace

class TestBuildEngine : public QObject
{
    Q_OBJECT

    EngineClient m_client;
    QString m_image;
    QString m_token = QString::number(QRandomGenerator::global()->generate64(), 36);
    QTemporaryDir m_dataHome;

    // A context directory with a Dockerfile whose FROM is the test busybox image.
    QString context(QTemporaryDir &dir, const QString &dockerfileBody, const QMap<QString, QByteArray> &files = {})
    {
        const QString body = QString(dockerfileBody).replace(u"@BASE@"_s, m_image);
        QFile df(dir.filePath(u"Dockerfile"_s));
        if (!df.open(QIODevice::WriteOnly))
            return {};
        df.write(body.toUtf8());
        df.close();
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QFile f(dir.filePath(it.key()));
            if (!f.open(QIODevice::WriteOnly))
                return {};
            f.write(it.value());
        }
        return dir.path();
    }

    BuildRequest request(const QString &contextDir)
    {
        BuildRequest r;
        r.contextDir = contextDir;
        r.networkMode = u"none"_s; // RUN steps need no network; the engine may have no usable bridge
        return r;
    }

    Outcome build(const BuildRequest &request, BuildJob::Builder builder = BuildJob::Builder::Auto,
        const std::function<void(BuildJob &)> &hook = {})
    {
        Outcome outcome;
        BuildJob job(&m_client);
        job.setBuilder(builder);
        QSignalSpy finished(&job, &BuildJob::finished);
        QObject::connect(
            &job, &BuildJob::logReceived, &job, [&](int, int, const QByteArray &text) { outcome.logs.append(text); });
        QObject::connect(&job, &BuildJob::contextProgress, &job,
            [&](qint64 sent, qint64 total) { outcome.progress.append({sent, total}); });
        if (hook)
            hook(job);
        job.start(request);
        if (!finished.wait(240000))
            qWarning("build did not finish in time");
        outcome.ok = job.state() == BuildJob::State::Succeeded;
        outcome.result = job.result();
        if (!outcome.ok)
            qInfo("build ended: %s", qPrintable(outcome.result.error.toString()));
        return outcome;
    }

    QJsonObject inspect(const QString &ref)
    {
        EngineCall *call = m_client.send(EngineRequest::get(u"/images/"_s + ref + u"/json"_s));
        call->setAutoDelete(false);
        call->waitForFinished(60000);
        const QJsonObject object = call->error() ? QJsonObject() : call->jsonObject();
        delete call;
        return object;
    }

    int runCli(const QStringList &args, QByteArray *out, QByteArray *err, const QByteArray &input = {},
        const QString &workingDir = {})
    {
        QProcess cli;
        if (!workingDir.isEmpty())
            cli.setWorkingDirectory(workingDir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dataHome.path()); // keep the build history out of the user's home
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("DOCKWRIGHT_BINARY_DIR") + u"/bin/dockwright-cli"_s, args);
        cli.write(input);
        cli.closeWriteChannel();
        if (!cli.waitForFinished(240000))
            return -1;
        *out = cli.readAllStandardOutput();
        *err = cli.readAllStandardError();
        return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    }

    // Whether a process on this machine has text in its command line (the engine runs here too).
    static bool processWithText(const QString &text)
    {
        const QByteArray needle = text.toUtf8();
        for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!pid.front().isDigit())
                continue;
            QFile cmdline(u"/proc/"_s + pid + u"/cmdline"_s);
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DW_REQUIRE_BUSYBOX(m_client, m_image);
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", m_dataHome.path().toLocal8Bit());
    }

    void cleanupTestCase()
    {
        for (const QString &suffix :
            {u"args"_s, u"target"_s, u"tags-a"_s, u"tags-b"_s, u"classic"_s, u"cli"_s, u"upload"_s}) {
            EngineCall *call = m_client.send(
                EngineRequest::del(u"/images/"_s + TagPrefix + suffix + u":"_s + m_token, QUrlQuery(u"force=1"_s)));
            call->setAutoDelete(false);
            call->waitForFinished(30000);
            delete call;
        }
    }

    void argsReachTheBuild()
    {
        QTemporaryDir dir;
        const QString ctx = context(dir,
            u"ARG GREETING=hello\n"
            "FROM @BASE@\n"
            "ARG GREETING\n"
            "ARG TOKEN\n"
            "RUN echo \"greeting=$GREETING token=$TOKEN\"\n"_s);
        BuildRequest r = request(ctx);
        r.noCache = true; // a cached RUN has no output
        r.buildArgs = {{u"TOKEN"_s, m_token}};
        const Outcome defaults = build(r);
        QVERIFY(defaults.ok);
        QVERIFY2(
            logOf(defaults.result).contains(u"greeting=hello token="_s + m_token), qPrintable(logOf(defaults.result)));
        QVERIFY(!defaults.logs.isEmpty()); // logs also arrived live

        r.buildArgs.append({u"GREETING"_s, u"over ride"_s});
        r.tags = {TagPrefix + u"args:"_s + m_token};
        const Outcome overridden = build(r);
        QVERIFY(overridden.ok);
        QVERIFY(logOf(overridden.result).contains(u"greeting=over ride token="_s + m_token));
        const int run = int(std::find_if(overridden.result.steps.cbegin(), overridden.result.steps.cend(),
                                [](const BuildStep &s) { return s.instruction.startsWith(u"RUN"); })
            - overridden.result.steps.cbegin());
        QVERIFY(run < overridden.result.steps.size());
        QCOMPARE(overridden.result.steps.at(run).line, 5);
    }

    void targetStage()
    {
        QTemporaryDir dir;
        const QString ctx = context(dir,
            u"FROM @BASE@ AS first\n"
            "LABEL stage=first\n"
            "RUN echo first > /stage\n"
            "FROM @BASE@ AS second\n"
            "LABEL stage=second\n"
            "RUN echo second > /stage\n"_s);
        BuildRequest r = request(ctx);
        r.target = u"first"_s;
        r.tags = {TagPrefix + u"target:"_s + m_token};
        const Outcome outcome = build(r);
        QVERIFY(outcome.ok);
        bool sawFirst = false;
        for (const BuildStep &s : outcome.result.steps) {
            QVERIFY2(s.stage != u"second", qPrintable(s.name));
            sawFirst = sawFirst || (s.stage == u"first" && s.line == 3);
        }
        QVERIFY(sawFirst);
        const QJsonObject image = inspect(r.tags.first());
        QCOMPARE(image.value(u"Config").toObject().value(u"Labels").toObject().value(u"stage").toString(), u"first"_s);
    }

    void tagsAndLabelsLandOnTheImage()
    {
        QTemporaryDir dir;
        const QString ctx = context(dir, u"FROM @BASE@\nRUN echo x > /x\n"_s);
        BuildRequest r = request(ctx);
        r.tags = {TagPrefix + u"tags-a:"_s + m_token, TagPrefix + u"tags-b:"_s + m_token};
        r.labels = {{u"org.example.one"_s, u"1"_s}, {u"org.example.two"_s, u"two words"_s}};
        const Outcome outcome = build(r);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.result.tags, r.tags);
        const QJsonObject image = inspect(r.tags.at(1));
        QCOMPARE(image.value(u"Id").toString(), outcome.result.imageId);
        QCOMPARE(outcome.result.imageSize, image.value(u"Size").toInteger());
        QVERIFY(outcome.result.imageSize > 1'000'000); // busybox is in it
        QStringList repoTags;
        for (const QJsonValue &v : image.value(u"RepoTags").toArray())
            repoTags << v.toString();
        const auto tagged = [&repoTags](const QString &tag) {
            return std::any_of(
                repoTags.cbegin(), repoTags.cend(), [&tag](const QString &t) { return ImageReference::same(t, tag); });
        };
        QVERIFY2(tagged(r.tags.at(0)), qPrintable(repoTags.join(u' ')));
        QVERIFY2(tagged(r.tags.at(1)), qPrintable(repoTags.join(u' ')));
        const QJsonObject labels = image.value(u"Config").toObject().value(u"Labels").toObject();
        QCOMPARE(labels.value(u"org.example.one").toString(), u"1"_s);
        QCOMPARE(labels.value(u"org.example.two").toString(), u"two words"_s);
    }

    void dockerfileTextReplacesTheFile()
    {
        // Issue 11: the build read the file on disk, not the editor's unsaved text. The text given in the
        // request is what gets built; the context is the folder's as before.
        QTemporaryDir dir;
        const QString ctx = context(dir, u"FROM @BASE@\nLABEL dockwright.which=disk\n"_s, {{u"data.txt"_s, "data\n"}});
        BuildRequest r = request(ctx);
        r.tags = {TagPrefix + u"text:"_s + m_token};
        r.noCache = true; // the RUN must print
        r.dockerfileText = QString(u"FROM @BASE@\nARG WHICH=editor\nLABEL dockwright.which=$WHICH\nCOPY data.txt "
                                   "/data.txt\nRUN cat /data.txt\n"_s)
                               .replace(u"@BASE@"_s, m_image)
                               .toUtf8();
        const Outcome outcome = build(r);
        QVERIFY2(outcome.ok, qPrintable(outcome.result.error.toString()));
        const QJsonObject labels = inspect(r.tags.first()).value(u"Config").toObject().value(u"Labels").toObject();
        QCOMPARE(labels.value(u"dockwright.which").toString(), u"editor"_s);
        QVERIFY2(logOf(outcome.result).contains(u"data"_s), qPrintable(logOf(outcome.result)));
        // The steps map to the lines of the text that was built.
        bool mapped = false;
        for (const BuildStep &step : outcome.result.steps)
            mapped = mapped || (step.instruction.startsWith(u"RUN cat"_s) && step.line == 5);
        QVERIFY(mapped);
    }

    void dockerfileOutsideTheContext()
    {
        // docker builds a Dockerfile outside the context (docker build -f ../Dockerfile .): the CLI sends it
        // inside the tar under a generated name that .dockerignore hides from COPY. So does the job.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"ctx"_s) && QDir(dir.path()).mkpath(u"elsewhere"_s));
        QFile hello(dir.filePath(u"ctx/hello.txt"_s));
        QVERIFY(hello.open(QIODevice::WriteOnly) && hello.write("hello\n") == 6);
        hello.close();
        QFile df(dir.filePath(u"elsewhere/Dockerfile"_s));
        QVERIFY(df.open(QIODevice::WriteOnly));
        df.write(QString(u"FROM @BASE@\nCOPY . /ctx/\nRUN ls -a /ctx && cat /ctx/hello.txt\n"_s)
                .replace(u"@BASE@"_s, m_image)
                .toUtf8());
        df.close();
        BuildRequest r = request(dir.filePath(u"ctx"_s));
        r.dockerfile = df.fileName();
        r.noCache = true; // the listing must be printed
        const Outcome outcome = build(r);
        QVERIFY2(outcome.ok, qPrintable(outcome.result.error.toString()));
        const QString log = logOf(outcome.result);
        QVERIFY2(log.contains(u"hello.txt"_s) && log.contains(u"hello\n"_s), qPrintable(log));
        // The classic builder applies the .dockerignore in the tar, which lists the generated name (as
        // docker/cli writes it). BuildKit does not apply an uploaded .dockerignore, so there COPY . sees
        // the file as with docker; no .dockerignore is added then, the context is otherwise the folder's.
        if (outcome.result.builder == u"classic"_s)
            QVERIFY2(!log.contains(u".dockerfile."_s), qPrintable(log));
        else
            QVERIFY2(!log.contains(u".dockerignore"_s), qPrintable(log));
        QCOMPARE(outcome.result.dockerfile, df.fileName());

        // The same with the classic builder, which hides the generated file.
        const Outcome classic = build(r, BuildJob::Builder::Classic);
        QVERIFY2(classic.ok, qPrintable(classic.result.error.toString()));
        const QString classicLog = logOf(classic.result);
        QVERIFY2(classicLog.contains(u"hello.txt"_s), qPrintable(classicLog));
        QVERIFY2(!classicLog.contains(u".dockerfile."_s), qPrintable(classicLog));
    }

    void secondBuildIsCached()
    {
        QTemporaryDir dir;
        const QString ctx = context(dir, u"FROM @BASE@\nCOPY data.txt /data.txt\nRUN cat /data.txt > /copy\n"_s,
            {{u"data.txt"_s, m_token.toUtf8()}});
        const Outcome first = build(request(ctx));
        QVERIFY(first.ok);
        const Outcome second = build(request(ctx));
        QVERIFY(second.ok);
        QCOMPARE(second.result.imageId, first.result.imageId);
        QVERIFY(second.result.cacheableSteps >= 2);
        QCOMPARE(second.result.cachedSteps, second.result.cacheableSteps);
        QVERIFY(second.result.cacheRatio() > 0);
        const auto rows = BuildComparison::compare(first.result, second.result);
        QVERIFY(!rows.isEmpty());
        for (const auto &row : rows)
            QVERIFY(row.before >= 0 && row.after >= 0);
    }

    void failingRunMapsToItsLine()
    {
        QTemporaryDir dir;
        const QString ctx = context(dir,
            u"FROM @BASE@\n"
            "RUN echo fine\n"
            "RUN echo about-to-fail && \\\n"
            "    exit 7\n"
            "RUN echo never\n"_s);
        BuildRequest r = request(ctx);
        r.noCache = true;
        const Outcome outcome = build(r);
        QVERIFY(!outcome.ok);
        const BuildError &error = outcome.result.error;
        QCOMPARE(error.kind, BuildError::Kind::Build);
        QCOMPARE(error.line, 3);
        QCOMPARE(error.endLine, 4);
        QVERIFY(error.file.endsWith(u"/Dockerfile"));
        QVERIFY(error.step.contains(u"RUN echo about-to-fail"));
        QVERIFY(error.message.contains(u"7"));
        QVERIFY(error.toString().startsWith(error.file + u":3: error: "_s));
        QVERIFY(logOf(outcome.result).contains(u"about-to-fail"));
    }

    void cancelStopsTheBuild()
    {
        QTemporaryDir dir;
        const QString ctx = context(
            dir, u"FROM @BASE@\nRUN echo started-"_s + m_token + u" && sleep 60 && echo never-"_s + m_token + u"\n"_s);
        BuildRequest r = request(ctx);
        r.noCache = true;
        QElapsedTimer sinceCancel;
        QString buildId;
        bool runningBeforeCancel = false;
        const Outcome outcome = build(r, BuildJob::Builder::Auto, [&](BuildJob &job) {
            QObject::connect(&job, &BuildJob::logReceived, &job, [&](int, int, const QByteArray &text) {
                if (text.contains("started-") && !sinceCancel.isValid()) {
                    runningBeforeCancel = processWithText(u"started-"_s + m_token);
                    sinceCancel.start();
                    buildId = job.buildId();
                    job.cancel();
                }
            });
        });
        QVERIFY(sinceCancel.isValid());
        QVERIFY2(sinceCancel.elapsed() < 5000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.result.error.kind, BuildError::Kind::Cancelled);
        // BuildKit builds carry an id for POST /build/cancel; classic ones (Podman, the containerd store) none.
        if (m_client.info().buildKitReadsUploadedContext())
            QVERIFY(buildId.startsWith(u"dockwright-"));
        else
            QVERIFY(buildId.isEmpty());
        // The engine stopped the RUN: its shell (whose command line carries the token) goes away. It was
        // seen running when the cancel was sent.
        QVERIFY2(runningBeforeCancel, "the RUN's process was not visible in /proc before the cancel");
        if (m_client.info().isPodman()) {
            // Podman cannot stop a build: the cancel says so, and the step runs to its end.
            QVERIFY2(outcome.result.error.hint.contains(u"Podman"_s), qPrintable(outcome.result.error.hint));
            QVERIFY(processWithText(u"started-"_s + m_token));
            QTRY_VERIFY_WITH_TIMEOUT(!processWithText(u"started-"_s + m_token), 90000);
        } else {
            QVERIFY(outcome.result.error.hint.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(!processWithText(u"started-"_s + m_token), 10000);
        }
        // And the engine builds again at once.
        QElapsedTimer again;
        again.start();
        QTemporaryDir quick;
        const Outcome next = build(request(context(quick, u"FROM @BASE@\nRUN echo after-cancel\n"_s)));
        QVERIFY(next.ok);
        QVERIFY(again.elapsed() < 30000);
    }

    // Asking for BuildKit where it cannot read the context (Podman, the containerd store) stops with the
    // reason before anything is sent; where it can, the build runs.
    void explicitBuildKit()
    {
        QTemporaryDir dir;
        const Outcome outcome
            = build(request(context(dir, u"FROM @BASE@\nRUN echo explicit\n"_s)), BuildJob::Builder::BuildKit);
        if (m_client.info().buildKitReadsUploadedContext()) {
            QVERIFY2(outcome.ok, qPrintable(outcome.result.error.message));
            QCOMPARE(outcome.result.builder, u"buildkit"_s);
        } else {
            QVERIFY(!outcome.ok);
            QCOMPARE(outcome.result.error.kind, BuildError::Kind::Refused);
            QVERIFY2(outcome.result.error.message.contains(m_client.info().isPodman() ? u"buildah"_s : u"containerd"_s),
                qPrintable(outcome.result.error.message));
            QVERIFY(outcome.result.steps.isEmpty());
        }
    }

    void classicBuilderFillsTheSameModel()
    {
        QTemporaryDir dir;
        const QString ctx = context(dir,
            u"ARG WHO=classic\n"
            "FROM @BASE@ AS builder\n"
            "ARG WHO\n"
            "RUN echo \"built-by-$WHO\" > /who && cat /who\n"
            "FROM @BASE@\n"
            "COPY --from=builder /who /who\n"_s);
        BuildRequest r = request(ctx);
        r.noCache = true;
        r.tags = {TagPrefix + u"classic:"_s + m_token};
        const Outcome outcome = build(r, BuildJob::Builder::Classic);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.result.builder, u"classic"_s);
        // Docker's classic builder numbers every instruction of the file; buildah (Podman) numbers each
        // stage's own and has no step for the ARG before the first FROM.
        const bool buildah = m_client.info().isPodman();
        QCOMPARE(outcome.result.steps.size(), buildah ? 5 : 6);
        const BuildStep &run = outcome.result.steps.at(buildah ? 2 : 3);
        QCOMPARE(run.number, buildah ? 3 : 4);
        QCOMPARE(run.total, buildah ? 3 : 6);
        QCOMPARE(run.line, 4);
        QCOMPARE(run.stage, u"builder"_s);
        QVERIFY(QString::fromUtf8(run.log).contains(u"built-by-classic"));
        QCOMPARE(outcome.result.steps.constLast().stage, u"stage-1"_s);
        QCOMPARE(outcome.result.steps.constLast().line, 6);
        QVERIFY(!outcome.result.imageId.isEmpty());
        QCOMPARE(inspect(r.tags.first()).value(u"Id").toString(), outcome.result.imageId);

        r.noCache = false;
        const Outcome cached = build(r, BuildJob::Builder::Classic);
        QVERIFY(cached.ok);
        QVERIFY(cached.result.cacheRatio() > 0);

        QTemporaryDir failing;
        const Outcome failed
            = build(request(context(failing, u"FROM @BASE@\n\nRUN exit 4\n"_s)), BuildJob::Builder::Classic);
        QVERIFY(!failed.ok);
        QCOMPARE(failed.result.error.kind, BuildError::Kind::Build);
        QCOMPARE(failed.result.error.line, 3);
    }

    void secretAndSshMountsAreRefused()
    {
        QTemporaryDir dir;
        const QString ctx = context(dir,
            u"FROM @BASE@\n"
            "RUN echo ok\n"
            "RUN --mount=type=secret,id=token cat /run/secrets/token\n"_s);
        const Outcome secret = build(request(ctx));
        QVERIFY(!secret.ok);
        QCOMPARE(secret.result.error.kind, BuildError::Kind::Refused);
        QCOMPARE(secret.result.error.line, 3);
        QVERIFY(secret.result.error.message.contains(u"session"));
        QVERIFY(secret.result.error.hint.contains(u"docker buildx build --secret"));
        QVERIFY(secret.result.steps.isEmpty()); // refused before anything reached the engine
        QVERIFY(secret.progress.isEmpty());

        QTemporaryDir sshDir;
        const Outcome ssh = build(request(context(sshDir, u"FROM @BASE@\nRUN --mount=type=ssh true\n"_s)));
        QCOMPARE(ssh.result.error.kind, BuildError::Kind::Refused);
        QCOMPARE(ssh.result.error.line, 2);

        // A stage the target does not need is not built, so its secret does not matter.
        QTemporaryDir unused;
        BuildRequest r = request(context(unused,
            u"FROM @BASE@ AS tools\n"
            "RUN --mount=type=secret,id=t true\n"
            "FROM @BASE@ AS app\n"
            "RUN echo app\n"_s));
        r.target = u"app"_s;
        if (m_client.info().buildKitReadsUploadedContext() || m_client.info().isPodman()) {
            // BuildKit, and buildah, skip the stages the target does not need.
            QVERIFY(build(r).ok);
        } else {
            // The classic builder reads every stage and knows no --mount: the engine says so, with the line.
            const Outcome classic = build(r);
            QVERIFY(!classic.ok);
            QVERIFY2(classic.result.error.message.contains(u"BuildKit"_s), qPrintable(classic.result.error.message));
        }
    }

    void contextIsStreamed()
    {
        // 24 MiB of incompressible data: far more than the device's 4 MiB buffer, sent with Content-Length.
        QTemporaryDir dir;
        QByteArray blob(24 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(42);
        rng.fillRange(reinterpret_cast<quint32 *>(blob.data()), blob.size() / 4);
        const QString ctx = context(dir, u"FROM @BASE@\nCOPY blob /blob\nRUN wc -c /blob\n"_s, {{u"blob"_s, blob}});
        BuildRequest r = request(ctx);
        r.noCache = true;
        r.tags = {TagPrefix + u"upload:"_s + m_token};
        const Outcome outcome = build(r);
        QVERIFY(outcome.ok);
        QVERIFY(outcome.result.contextBytes > blob.size());
        QVERIFY(!outcome.progress.isEmpty());
        QCOMPARE(outcome.progress.last().first, outcome.result.contextBytes);
        QCOMPARE(outcome.progress.last().second, outcome.result.contextBytes); // the length was known up front
        QVERIFY(logOf(outcome.result).contains(QString::number(blob.size()) + u" /blob"_s));
    }

    void cliJsonAndExitCodes()
    {
        QTemporaryDir dir;
        const QString ctx = context(dir, u"FROM @BASE@\nARG V=1\nRUN echo cli-$V\n"_s);
        const QString host = Dockwright::Test::testEndpoint().uri;
        const QString tag = TagPrefix + u"cli:"_s + m_token;
        QByteArray out, err;
        int code = runCli({u"build"_s, ctx, u"--host"_s, host, u"--json"_s, u"--no-cache"_s, u"--network"_s, u"none"_s,
                              u"-t"_s, tag, u"--build-arg"_s, u"V=json"_s, u"--label"_s, u"a=b"_s},
            &out, &err);
        QVERIFY2(code == 0, err.constData());
        QJsonObject result;
        bool sawStep = false, sawLog = false;
        qint64 contextSent = 0; // the largest "sent" of a context event
        QList<qint64> contextDone; // the "done" events' sizes: exactly one, the whole tar
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            const QString type = event.value(u"type").toString();
            QVERIFY2(!type.isEmpty(), line.constData());
            if (type == u"step" && event.value(u"line").toInt() == 3)
                sawStep = true;
            if (type == u"log" && event.value(u"text").toString().contains(u"cli-json"))
                sawLog = true;
            if (type == u"context") {
                contextSent = std::max(contextSent, event.value(u"sent").toInteger());
                if (event.value(u"done").toBool())
                    contextDone.append(event.value(u"sent").toInteger());
            }
            if (type == u"result")
                result = event;
        }
        QVERIFY(sawStep);
        QVERIFY(sawLog);
        // Issue 13: the size printed was the first upload chunk (1.0 kB of a 17 kB tar).
        QCOMPARE(contextDone.size(), 1);
        QCOMPARE(contextDone.first(), contextSent);
        QVERIFY(contextSent >= 1536); // a Dockerfile in a tar: header, data, two end blocks
        QVERIFY(result.value(u"imageId").toString().startsWith(u"sha256:"));
        QCOMPARE(result.value(u"tags").toArray().first().toString(), tag);
        QVERIFY(result.value(u"size").toInteger() > 0);
        QVERIFY(result.contains(u"cacheRatio"));

        // Plain output: a cached second build says CACHED.
        code = runCli(
            {u"build"_s, ctx, u"--host"_s, host, u"--network"_s, u"none"_s, u"--build-arg"_s, u"V=json"_s}, &out, &err);
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(out.contains(" CACHED\n"), out.constData());
        // Issue 13: "#5 DONE" then "#5 CACHED" for one step; docker's plain progress ends a step once.
        {
            QHash<QByteArray, int> ends;
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith('#') && (line.contains(" DONE") || line.endsWith(" CACHED")))
                    ++ends[line.left(line.indexOf(' '))];
            }
            for (auto it = ends.cbegin(); it != ends.cend(); ++it)
                QVERIFY2(it.value() == 1, it.key().constData());
        }
        // The same context, once, with its whole size in docker's units.
        QCOMPARE(out.count("Sent the build context: "), 1);
        QVERIFY2(
            out.contains(QByteArray(QByteArray("Sent the build context: ") + formatBytes(contextSent).toUtf8() + '\n')),
            out.constData());

        // -q / --progress quiet: only the image ID, the one docker build -q gives for the same build.
        code = runCli(
            {u"build"_s, ctx, u"--host"_s, host, u"--network"_s, u"none"_s, u"--build-arg"_s, u"V=json"_s, u"-q"_s},
            &out, &err);
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(Dockwright::Test::haveDockerCli(), "the docker CLI is needed to compare with");
        const QString dockerId = Dockwright::Test::dockerCli(
            {u"build"_s, u"-q"_s, u"--network"_s, u"none"_s, u"--build-arg"_s, u"V=json"_s, ctx});
        if (m_client.info().isPodman() || !m_client.info().buildKitReadsUploadedContext()) {
            // The docker CLI's buildx cannot build on Podman without a registry, and on the containerd
            // store we build with the classic builder (another image ID): the ID must name the image.
            QCOMPARE(Dockwright::Test::dockerCli(
                         {u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, QString::fromUtf8(out).trimmed()}),
                QString::fromUtf8(out).trimmed());
        } else {
            QCOMPARE(QString::fromUtf8(out).trimmed(), dockerId);
        }
        QCOMPARE(runCli({u"build"_s, ctx, u"--host"_s, host, u"--progress"_s, u"rawjson"_s}, &out, &err), 2);
        QTemporaryDir failing;
        const QString failCtx = context(failing, u"FROM @BASE@\nRUN exit 5\n"_s);
        code = runCli({u"build"_s, failCtx, u"--host"_s, host, u"--network"_s, u"none"_s, u"--no-cache"_s}, &out, &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QByteArray(QDir(failCtx).filePath(u"Dockerfile"_s).toUtf8() + ":2: error: ")),
            err.constData());

        // -f -: the Dockerfile from standard input, as docker build -f - DIR reads it; the context's own
        // Dockerfile (RUN echo cli-$V) is not what is built.
        const QByteArray fromStdin = "FROM " + m_image.toUtf8() + "\nRUN echo from-stdin-" + m_token.toUtf8() + "\n";
        code = runCli({u"build"_s, ctx, u"-f"_s, u"-"_s, u"--host"_s, host, u"--json"_s, u"--no-cache"_s,
                          u"--network"_s, u"none"_s},
            &out, &err, fromStdin);
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(out.contains(QByteArray("from-stdin-" + m_token.toUtf8())), out.constData());
        QVERIFY2(!out.contains("cli-"), out.constData());
        // A relative -f is taken from the current directory, as docker/cli does, not from DIR.
        {
            QFile alt(QDir(ctx).filePath(u"alt.Dockerfile"_s));
            QVERIFY(alt.open(QIODevice::WriteOnly));
            alt.write("FROM " + m_image.toUtf8() + "\nRUN echo from-alt-" + m_token.toUtf8() + "\n");
        }
        const QString parent = QFileInfo(ctx).absolutePath();
        const QString relative = QFileInfo(ctx).fileName() + u"/alt.Dockerfile"_s;
        code = runCli(
            {u"build"_s, ctx, u"-f"_s, relative, u"--host"_s, host, u"--no-cache"_s, u"--network"_s, u"none"_s}, &out,
            &err, {}, parent);
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(out.contains(QByteArray("from-alt-" + m_token.toUtf8())), out.constData());
        // ...so the same words run from inside DIR name a file that is not there.
        code = runCli({u"build"_s, ctx, u"-f"_s, relative, u"--host"_s, host}, &out, &err, {}, ctx);
        QCOMPARE(code, 2);

        QCOMPARE(runCli({u"build"_s, dir.filePath(u"missing"_s), u"--host"_s, host}, &out, &err), 2);
        QCOMPARE(runCli({u"build"_s}, &out, &err), 2);
        QCOMPARE(runCli({u"build"_s, ctx, u"--host"_s, u"unix:///nonexistent/docker.sock"_s}, &out, &err), 3);
    }
};

QTEST_GUILESS_MAIN(TestBuildEngine)
#include "tst_buildengine.moc"
