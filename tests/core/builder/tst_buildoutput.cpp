// SPDX-License-Identifier: GPL-3.0-or-later
// The build progress stream → step model, on recorded real engine output (Docker 26.1, BuildKit and the
// classic builder; tests/core/builder/data) and on hand-encoded protobuf that pins the field numbers.
// Also the history file and the comparison of two builds.
#include "core/builder/buildcomparison.h"
#include "core/builder/buildhistory.h"
#include "core/builder/buildkittrace.h"
#include "core/builder/buildoutputparser.h"
#include "core/builder/buildsteplocator.h"
#include "core/dockerfile/dockerfileanalyzer.h"
#include "core/dockerfile/dockerfileparser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

// Minimal protobuf wire encoding, written from the field numbers of moby/buildkit control.proto, so
// the decoder is checked against the schema rather than against its own generated code.
QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        char byte = char(v & 0x7f);
        v >>= 7;
        if (v)
            byte = char(byte | 0x80);
        out.append(byte);
    } while (v);
    return out;
}
QByteArray intField(int number, quint64 value)
{
    return varint(quint64(number) << 3) + varint(value);
}
QByteArray lenField(int number, const QByteArray &payload)
{
    return varint((quint64(number) << 3) | 2) + varint(quint64(payload.size())) + payload;
}
QByteArray timestamp(qint64 seconds, int nanos)
{
    return intField(1, quint64(seconds)) + intField(2, quint64(nanos));
}

QList<QJsonObject> readLines(const QString &name)
{
    QFile file(QFINDTESTDATA(u"data/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    QList<QJsonObject> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

BuildStepLocator locatorFor(const QString &dockerfile, const QString &target = {})
{
    QFile file(QFINDTESTDATA(u"data/"_s + dockerfile));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(dockerfile));
    const DockerfileParseResult parse = DockerfileParser::parse(file.readAll());
    DockerfileBuildOptions options;
    options.target = target;
    return BuildStepLocator(parse, DockerfileAnalyzer::analyze(parse, options));
}

// Feeds a recorded stream; the classic builder's clock advances 100 ms per line.
BuildOutputParser parseRecording(const QString &name, const QString &dockerfile)
{
    BuildOutputParser parser(locatorFor(dockerfile));
    QDateTime clock = QDateTime::fromSecsSinceEpoch(1'800'000'000, QTimeZone::UTC);
    parser.setClock([&clock] { return clock; });
    for (const QJsonObject &line : readLines(name)) {
        parser.feed(line);
        clock = clock.addMSecs(100);
    }
    parser.finish();
    parser.setClock({});
    return parser;
}

int stepIndex(const BuildSteps &steps, const QString &prefix)
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).name.startsWith(prefix))
            return i;
    }
    return -1;
}

int stepNamed(const BuildOutputParser &parser, const QString &prefix)
{
    return stepIndex(parser.steps(), prefix);
}

BuildResult resultOf(const BuildOutputParser &parser)
{
    BuildResult r;
    r.steps = parser.steps();
    r.imageId = parser.imageId();
    r.cachedSteps = parser.cachedSteps();
    r.cacheableSteps = parser.cacheableSteps();
    return r;
}

} // namespace

class TestBuildOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeHandEncoded()
    {
        const QByteArray vertex = lenField(1, "sha256:aaa") + lenField(2, "sha256:in1") + lenField(2, "sha256:in2")
            + lenField(3, "[builder 2/3] RUN make") + intField(4, 1)
            + lenField(5, timestamp(1'700'000'000, 250'000'000)) + lenField(6, timestamp(1'700'000'002, 0))
            + lenField(7, "boom");
        const QByteArray status = lenField(1, "naming to docker.io/library/x:1") + lenField(2, "sha256:aaa")
            + lenField(3, "naming") + intField(4, 3) + intField(5, 5) + lenField(6, timestamp(1'700'000'001, 0))
            + lenField(7, timestamp(1'700'000'001, 0)) + lenField(8, timestamp(1'700'000'003, 0));
        const QByteArray log = lenField(1, "sha256:aaa") + lenField(2, timestamp(1'700'000'001, 5'000'000))
            + intField(3, 2) + lenField(4, QByteArray("err\xff\n", 5));
        const QByteArray info = lenField(1, "Dockerfile") + lenField(2, "FROM x\n")
            + lenField(3, lenField(1, "opaque definition")) + lenField(4, "Dockerfile");
        const QByteArray range
            = lenField(1, intField(1, 3) + intField(2, 1)) + lenField(2, intField(1, 4) + intField(2, 9));
        const QByteArray warning = lenField(1, "sha256:aaa") + intField(2, 1) + lenField(3, "JSONArgsRecommended")
            + lenField(4, "detail one") + lenField(4, "detail two") + lenField(5, "https://docs") + lenField(6, info)
            + lenField(7, range) + intField(99, 7); // a field from a newer BuildKit is skipped
        const QByteArray message = lenField(1, vertex) + lenField(2, status) + lenField(3, log) + lenField(4, warning);

        BuildKitTrace trace;
        QString error;
        QVERIFY2(BuildKitTrace::decodeAux(QString::fromLatin1(message.toBase64()), &trace, &error), qPrintable(error));
        QCOMPARE(trace.vertexes.size(), 1);
        const auto &v = trace.vertexes.first();
        QCOMPARE(v.digest, u"sha256:aaa"_s);
        QCOMPARE(v.inputs, (QStringList {u"sha256:in1"_s, u"sha256:in2"_s}));
        QCOMPARE(v.name, u"[builder 2/3] RUN make"_s);
        QVERIFY(v.cached);
        QCOMPARE(v.started.toMSecsSinceEpoch(), 1'700'000'000'250LL);
        QCOMPARE(v.completed.toMSecsSinceEpoch(), 1'700'000'002'000LL);
        QCOMPARE(v.error, u"boom"_s);
        QCOMPARE(trace.statuses.size(), 1);
        const auto &s = trace.statuses.first();
        QCOMPARE(s.id, u"naming to docker.io/library/x:1"_s);
        QCOMPARE(s.vertex, u"sha256:aaa"_s);
        QCOMPARE(s.current, 3);
        QCOMPARE(s.total, 5);
        QCOMPARE(s.completed.toSecsSinceEpoch(), 1'700'000'003LL);
        QCOMPARE(trace.logs.size(), 1);
        QCOMPARE(trace.logs.first().stream, 2);
        QCOMPARE(trace.logs.first().msg, QByteArray("err\xff\n", 5)); // raw bytes, not re-encoded
        QCOMPARE(trace.logs.first().timestamp.toMSecsSinceEpoch(), 1'700'000'001'005LL);
        QCOMPARE(trace.warnings.size(), 1);
        const auto &w = trace.warnings.first();
        QCOMPARE(w.level, 1);
        QCOMPARE(w.shortText, QByteArray("JSONArgsRecommended"));
        QCOMPARE(w.detail, (QList<QByteArray> {"detail one", "detail two"}));
        QCOMPARE(w.url, u"https://docs"_s);
        QCOMPARE(w.file, u"Dockerfile"_s);
        QCOMPARE(w.ranges.size(), 1);
        QCOMPARE(w.ranges.first().startLine, 3);
        QCOMPARE(w.ranges.first().endLine, 4);
        QCOMPARE(w.ranges.first().endColumn, 9);
    }

    void decodeErrors()
    {
        BuildKitTrace trace;
        QString error;
        QVERIFY(!BuildKitTrace::decodeAux(u"not base64 !!"_s, &trace, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!BuildKitTrace::decode(QByteArray("\x0a\x05\x01", 3), &trace, &error)); // truncated field
        QVERIFY(!error.isEmpty());

        // A bad trace line is noted and the stream goes on.
        BuildOutputParser parser;
        parser.feed(QJsonObject {{u"id"_s, u"moby.buildkit.trace"_s}, {u"aux"_s, u"CgUB"_s}});
        QCOMPARE(parser.decodeErrors().size(), 1);
        QVERIFY(parser.steps().isEmpty());
    }

    void recordedTraceDecodes()
    {
        // Every recorded payload decodes; the first is the context upload vertex.
        int traces = 0;
        for (const QJsonObject &line : readLines(u"buildkit-multistage.jsonl"_s)) {
            if (line.value(u"id").toString() != u"moby.buildkit.trace")
                continue;
            BuildKitTrace trace;
            QString error;
            QVERIFY2(BuildKitTrace::decodeAux(line.value(u"aux").toString(), &trace, &error), qPrintable(error));
            if (traces++ == 0) {
                QCOMPARE(trace.vertexes.size(), 1);
                QCOMPARE(trace.vertexes.first().name, u"[internal] load remote build context"_s);
                QVERIFY(trace.vertexes.first().digest.startsWith(u"sha256:"));
            }
        }
        QCOMPARE(traces, 27);
    }

    void buildKitSteps()
    {
        const BuildOutputParser parser = parseRecording(u"buildkit-multistage.jsonl"_s, u"multistage.Dockerfile"_s);
        QVERIFY(parser.sawBuildKit());
        QVERIFY(!parser.sawClassic());
        QCOMPARE(parser.imageId(), u"sha256:8285b94c6faaafecc4898e0dd2c53fa970ab19bf8efb47c7b4f4677420b58613"_s);
        QVERIFY(parser.errorMessage().isEmpty());
        QCOMPARE(parser.failedStep(), -1);

        // Each Dockerfile step maps to its line (multistage.Dockerfile).
        const struct
        {
            const char *prefix;
            int line;
            const char *stage;
        } expected[] = {{"[builder 1/4] FROM", 2, "builder"}, {"[builder 2/4] WORKDIR", 4, "builder"},
            {"[builder 3/4] COPY", 5, "builder"}, {"[builder 4/4] RUN", 6, "builder"},
            {"[stage-1 2/3] COPY", 9, "stage-1"}, {"[stage-1 3/3] RUN", 10, "stage-1"}};
        for (const auto &e : expected) {
            const int index = stepNamed(parser, QString::fromLatin1(e.prefix));
            QVERIFY2(index >= 0, e.prefix);
            const BuildStep &step = parser.steps().at(index);
            QCOMPARE(step.line, e.line);
            QCOMPARE(step.endLine, e.line);
            QCOMPARE(step.stage, QString::fromLatin1(e.stage));
            QVERIFY(!step.internal);
            // The base image is reported as a cache hit even with nocache; it does not count.
            QCOMPARE(
                step.state(), step.instruction.startsWith(u"FROM") ? BuildStep::State::Cached : BuildStep::State::Done);
            QVERIFY(step.durationMs() >= 0);
        }
        // The RUN text is shown with ARGs expanded and still maps back.
        const BuildStep &builderRun = parser.steps().at(stepNamed(parser, u"[builder 4/4] RUN"_s));
        QCOMPARE(builderRun.instruction, uR"(RUN echo "hello from builder" > /work/out.txt && cat /work/out.txt)"_s);
        QCOMPARE(builderRun.log, QByteArray("hello from builder\n"));
        QCOMPARE(
            parser.steps().at(stepNamed(parser, u"[stage-1 3/3] RUN"_s)).log, QByteArray("stdout line\nstderr line\n"));

        // Internal vertexes are kept, unmapped; but the base image's metadata points at the first FROM
        // naming it, so a base image that cannot be resolved has a line (issue 13, as buildx).
        for (const QString &name :
            {u"[internal] load remote build context"_s, u"copy /context /"_s, u"exporting to image"_s}) {
            const int index = stepNamed(parser, name);
            QVERIFY2(index >= 0, qPrintable(name));
            QVERIFY(parser.steps().at(index).internal);
            QCOMPARE(parser.steps().at(index).line, 0);
        }
        const int metadata
            = stepNamed(parser, u"[internal] load metadata for docker.io/dockwright-test/busybox:latest"_s);
        QVERIFY(metadata >= 0 && parser.steps().at(metadata).internal);
        QCOMPARE(parser.steps().at(metadata).line, 2); // FROM dockwright-test/busybox AS builder
        QCOMPARE(parser.tags(), QStringList {u"docker.io/library/dwb-rec:ok"_s});
        QCOMPARE(parser.cachedSteps(), 0);
        QCOMPARE(parser.cacheableSteps(), 5); // WORKDIR, COPY, RUN, COPY --from, RUN; FROM is resolved
        QCOMPARE(parser.cacheRatio(), 0.0);
    }

    void buildKitCached()
    {
        const BuildOutputParser parser
            = parseRecording(u"buildkit-multistage-cached.jsonl"_s, u"multistage.Dockerfile"_s);
        QCOMPARE(parser.cachedSteps(), 5);
        QCOMPARE(parser.cacheableSteps(), 5);
        QCOMPARE(parser.cacheRatio(), 1.0);
        QCOMPARE(parser.steps().at(stepNamed(parser, u"[builder 4/4] RUN"_s)).state(), BuildStep::State::Cached);
        QVERIFY(!parser.imageId().isEmpty());
    }

    // Issue 13: a base image that cannot be resolved failed without a line; buildx points at its FROM.
    // BuildKit reports it on the "[internal] load metadata for <ref>" vertex and in the final error,
    // with the normalized reference, which may be written in any form (and through an ARG) in FROM.
    void baseImageFailureNamesItsFrom()
    {
        const DockerfileParseResult parse = DockerfileParser::parse(
            "ARG TAG=1\nFROM busybox AS tools\nFROM does-not-exist:${TAG}\nCOPY --from=tools /bin/sh /sh\n"
            "FROM tools\n");
        BuildOutputParser parser(BuildStepLocator(parse, DockerfileAnalyzer::analyze(parse, {})));
        parser.feed(QJsonObject {{u"error"_s,
            u"does-not-exist:1: failed to resolve source metadata for docker.io/library/does-not-exist:1: pull "
            "access denied, repository does not exist or may require authorization"_s}});
        QCOMPARE(parser.failedLine(), 3);
        BuildOutputParser other(BuildStepLocator(parse, DockerfileAnalyzer::analyze(parse, {})));
        other.feed(QJsonObject {
            {u"error"_s, u"failed to resolve source metadata for docker.io/library/busybox:latest: no registry"_s}});
        QCOMPARE(other.failedLine(), 2);
        BuildOutputParser unknown(BuildStepLocator(parse, DockerfileAnalyzer::analyze(parse, {})));
        unknown.feed(QJsonObject {{u"error"_s, u"failed to resolve source metadata for docker.io/library/x:2: no"_s}});
        QCOMPARE(unknown.failedLine(), 0);
    }

    void buildKitFailure()
    {
        BuildOutputParser parser(locatorFor(u"failing.Dockerfile"_s));
        bool failedSeen = false;
        for (const QJsonObject &line : readLines(u"buildkit-failing.jsonl"_s))
            failedSeen = parser.feed(line).failed || failedSeen;
        parser.finish();
        QVERIFY(failedSeen);
        QVERIFY(parser.errorMessage().contains(u"exit code: 3"));
        const int failed = parser.failedStep();
        QVERIFY(failed >= 0);
        QCOMPARE(parser.steps().at(failed).name, u"[3/4] RUN echo failing-now && exit 3"_s);
        QCOMPARE(parser.steps().at(failed).state(), BuildStep::State::Failed);
        QCOMPARE(parser.steps().at(failed).log, QByteArray("failing-now\n"));
        QCOMPARE(parser.failedLine(), 3);
        QVERIFY(parser.imageId().isEmpty());
        const int never = stepNamed(parser, u"[4/4]"_s);
        QVERIFY(never >= 0);
        QCOMPARE(parser.steps().at(never).state(), BuildStep::State::Waiting); // known, never started
        QCOMPARE(parser.steps().at(never).line, 4);
        QCOMPARE(parser.cacheableSteps(), 1); // only the RUN that finished

        // Issue 11: after the failure the later step said "waiting" for ever. Once the job ends it is
        // marked as not run; the finished steps keep their states.
        const BuildOutputParser::Update update = parser.interrupt();
        QVERIFY(update.changed.contains(never));
        QCOMPARE(parser.steps().at(never).state(), BuildStep::State::NotRun);
        QCOMPARE(BuildStep::stateName(BuildStep::State::NotRun), u"not-run"_s);
        QCOMPARE(parser.steps().at(failed).state(), BuildStep::State::Failed);
        QVERIFY(!update.changed.contains(failed));
        for (const BuildStep &step : parser.steps())
            QVERIFY2(step.isFinished(), qPrintable(step.name));
    }

    void interruptStopsTheRunningStep()
    {
        // Issue 11: a cancelled step stayed "running" with a clock that froze. It becomes cancelled, its
        // time stops where the build stopped, and it keeps that state through the history file.
        BuildOutputParser parser;
        QDateTime now = QDateTime::fromString(u"2024-05-01T10:00:00Z"_s, Qt::ISODate);
        parser.setClock([&now] { return now; });
        parser.feed(QJsonObject {{u"stream"_s, u"Step 1/2 : FROM scratch\n"_s}});
        parser.feed(QJsonObject {{u"stream"_s, u"Step 2/2 : RUN sleep 60\n"_s}});
        now = now.addSecs(5);
        QCOMPARE(parser.steps().size(), 2);
        QCOMPARE(parser.steps().at(1).state(), BuildStep::State::Running);
        const BuildOutputParser::Update update = parser.interrupt();
        QCOMPARE(update.changed, QList<int> {1});
        const BuildStep stopped = parser.steps().at(1);
        QCOMPARE(stopped.state(), BuildStep::State::Cancelled);
        QVERIFY(stopped.isFinished());
        QCOMPARE(stopped.durationMs(now.addSecs(30)), 5000); // the clock no longer runs
        QCOMPARE(BuildStep::stateName(stopped.state()), u"cancelled"_s);
        QCOMPARE(parser.steps().at(0).state(), BuildStep::State::Done);
        QVERIFY(parser.interrupt().changed.isEmpty()); // once is enough

        BuildResult result;
        result.started = now;
        result.steps = parser.steps();
        const BuildResult read = BuildHistory::fromJson(BuildHistory::toJson(result));
        QCOMPARE(read.steps.at(1).state(), BuildStep::State::Cancelled);
        QCOMPARE(read.steps.at(0).state(), BuildStep::State::Done);
    }

    void classicSteps()
    {
        const BuildOutputParser parser = parseRecording(u"classic-multistage.jsonl"_s, u"multistage.Dockerfile"_s);
        QVERIFY(parser.sawClassic());
        QVERIFY(!parser.sawBuildKit());
        QCOMPARE(parser.steps().size(), 10);
        // The last aux ID is the image (the first one is the builder stage's).
        QCOMPARE(parser.imageId(), u"sha256:fb361f1baa067ae0eeaf65583f25ed158ae9d9cbd46b900033be899dad618022"_s);
        QCOMPARE(parser.tags(), QStringList {u"dwb-rec:classic"_s});
        for (int i = 0; i < 10; ++i) {
            const BuildStep &step = parser.steps().at(i);
            QCOMPARE(step.number, i + 1);
            QCOMPARE(step.total, 10);
            QCOMPARE(step.instructionIndex, i);
            QCOMPARE(step.state(), BuildStep::State::Done);
            QVERIFY(step.durationMs() >= 100);
        }
        const BuildStep &run = parser.steps().at(5);
        QCOMPARE(
            run.name, uR"([builder 6/10] RUN echo "$GREETING from builder" > /work/out.txt && cat /work/out.txt)"_s);
        QCOMPARE(run.line, 6);
        QCOMPARE(run.stage, u"builder"_s);
        QCOMPARE(run.log, QByteArray("hello from builder\n"));
        QCOMPARE(parser.steps().at(8).log, QByteArray("stdout line\nstderr line\n")); // red stderr markers gone
        QCOMPARE(parser.steps().at(8).stage, u"stage-1"_s);
        QCOMPARE(parser.steps().at(0).line, 1); // the global ARG
        QVERIFY(parser.steps().at(2).log.isEmpty()); // builder chatter is not output
        QCOMPARE(parser.cacheableSteps(), 7); // not FROM, not the global ARG
        QCOMPARE(parser.cacheRatio(), 0.0);
    }

    void classicCached()
    {
        const BuildOutputParser parser
            = parseRecording(u"classic-multistage-cached.jsonl"_s, u"multistage.Dockerfile"_s);
        QCOMPARE(parser.steps().size(), 10);
        QCOMPARE(parser.cachedSteps(), 7);
        QCOMPARE(parser.cacheRatio(), 1.0);
        QVERIFY(!parser.steps().at(1).cached); // FROM
        QVERIFY(parser.steps().at(5).cached);
    }

    void classicFailure()
    {
        const BuildOutputParser parser = parseRecording(u"classic-failing.jsonl"_s, u"failing.Dockerfile"_s);
        QVERIFY(parser.errorMessage().contains(u"returned a non-zero code: 3"));
        QCOMPARE(parser.failedStep(), 2);
        QCOMPARE(parser.failedLine(), 3);
        QCOMPARE(parser.steps().at(2).log, QByteArray("failing-now\n"));
        QCOMPARE(parser.steps().at(1).state(), BuildStep::State::Done);
        QVERIFY(parser.imageId().isEmpty());
    }

    void podmanStyleClassic()
    {
        // buildah's wording through Podman's compatible API.
        BuildOutputParser parser;
        for (const char *text :
            {"STEP 1/2: FROM busybox\n", "STEP 2/2: RUN echo hi\n", "hi\n", "--> Using cache 1234\n", "COMMIT x\n",
                "--> 0123456789ab\n", "Successfully tagged localhost/x:latest\n"})
            parser.feed(QJsonObject {{u"stream"_s, QString::fromUtf8(text)}});
        parser.feed(QJsonObject {{u"aux"_s, QJsonObject {{u"ID"_s, u"sha256:0123456789ab"_s}}}});
        parser.finish();
        QCOMPARE(parser.steps().size(), 2);
        QCOMPARE(parser.steps().at(1).instruction, u"RUN echo hi"_s);
        QVERIFY(parser.steps().at(1).cached);
        QVERIFY(parser.steps().at(1).log.startsWith("hi\n"));
        QCOMPARE(parser.imageId(), u"sha256:0123456789ab"_s);
    }

    void podmanMultiStage()
    {
        // Recorded from Podman 5.4: "[stage/stages] STEP n/m:" numbers each stage's own instructions, the
        // ARG before the first FROM is no step, and each stage ends with a COMMIT line.
        const BuildOutputParser parser = parseRecording(u"podman-multistage.jsonl"_s, u"multistage.Dockerfile"_s);
        QVERIFY(parser.sawClassic());
        QCOMPARE(parser.steps().size(), 9);
        QStringList lines;
        for (const BuildStep &step : parser.steps())
            lines << QStringLiteral("%1:%2:%3").arg(step.line).arg(step.stage, step.instruction.section(u' ', 0, 0));
        QCOMPARE(lines,
            (QStringList {u"2:builder:FROM"_s, u"3:builder:ARG"_s, u"4:builder:WORKDIR"_s, u"5:builder:COPY"_s,
                u"6:builder:RUN"_s, u"8:stage-1:FROM"_s, u"9:stage-1:COPY"_s, u"10:stage-1:RUN"_s,
                u"11:stage-1:LABEL"_s}));
        QCOMPARE(parser.steps().at(4).log, QByteArray("hello from builder\n"));
        QCOMPARE(parser.steps().at(7).log, QByteArray("stdout line\nstderr line\n"));
        QVERIFY(parser.steps().at(8).log.isEmpty()); // the COMMIT line is the builder's, not the LABEL's
        for (const BuildStep &step : parser.steps())
            QCOMPARE(step.state(), BuildStep::State::Done);
        QCOMPARE(parser.imageId(), u"sha256:2bb4aea5f23f950d7a330d1cf4ec340a11d8c1503a765b5d15154db8417873f2"_s);
    }

    void logCap()
    {
        BuildOutputParser parser;
        parser.setMaxLogBytes(10);
        parser.feed(QJsonObject {{u"stream"_s, u"Step 1/1 : RUN x\n"_s}});
        parser.feed(QJsonObject {{u"stream"_s, u"0123456789\nabcdef\n"_s}});
        QCOMPARE(parser.steps().first().log, QByteArray("89\nabcdef\n"));
        QVERIFY(parser.steps().first().logTruncated);
    }

    void historyRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        BuildResult first = resultOf(parseRecording(u"buildkit-multistage.jsonl"_s, u"multistage.Dockerfile"_s));
        first.request.contextDir = u"/src/app"_s;
        first.request.tags = {u"a:1"_s};
        first.request.buildArgs = {{u"X"_s, std::nullopt}, {u"Y"_s, u"1"_s}};
        first.builder = u"buildkit"_s;
        first.started = QDateTime::fromSecsSinceEpoch(1'800'000'000, QTimeZone::UTC);
        first.durationMs = 1234;
        first.imageSize = 2'000'000;
        first.steps[0].log = QByteArray(40 * 1024, 'x') + "END";
        BuildResult failed = resultOf(parseRecording(u"buildkit-failing.jsonl"_s, u"failing.Dockerfile"_s));
        failed.error = {BuildError::Kind::Build, u"boom"_s, {}, u"Dockerfile"_s, 3, 3, {}, {}};

        BuildHistory history(dir.filePath(u"h/history.json"_s));
        history.setMaxRecords(2);
        QString error;
        QVERIFY(history.load(&error)); // missing: empty
        history.append(failed); // dropped below by the record cap
        history.append(first);
        history.append(failed);
        QVERIFY2(history.save(&error), qPrintable(error));

        BuildHistory loaded(history.filePath());
        QVERIFY2(loaded.load(&error), qPrintable(error));
        QCOMPARE(loaded.records().size(), 2);
        const BuildResult &r = loaded.records().first();
        QCOMPARE(r.request, first.request);
        QCOMPARE(r.started, first.started);
        QCOMPARE(r.durationMs, 1234);
        QCOMPARE(r.imageId, first.imageId);
        QCOMPARE(r.imageSize, 2'000'000);
        QCOMPARE(r.steps.size(), first.steps.size());
        QCOMPARE(r.steps.at(0).log.size(), BuildHistory::MaxLogBytesPerStep); // the tail is kept
        QVERIFY(r.steps.at(0).log.endsWith("END"));
        QVERIFY(r.steps.at(0).logTruncated);
        for (int i = 1; i < r.steps.size(); ++i) {
            QCOMPARE(r.steps.at(i).name, first.steps.at(i).name);
            QCOMPARE(r.steps.at(i).started, first.steps.at(i).started);
            QCOMPARE(r.steps.at(i).completed, first.steps.at(i).completed);
            QCOMPARE(r.steps.at(i).line, first.steps.at(i).line);
            QCOMPARE(r.steps.at(i).log, first.steps.at(i).log);
        }
        QCOMPARE(r.cacheRatio(), first.cacheRatio());
        // Issue 13: the directory as typed (".") was stored though the file is keyed by its absolute path.
        BuildResult typed = first;
        typed.request.contextDir = u"."_s;
        loaded.append(typed);
        QCOMPARE(loaded.records().last().request.contextDir, QDir::current().canonicalPath());
        loaded.load(&error);
        const BuildResult &f = loaded.records().last();
        QCOMPARE(f.error.kind, BuildError::Kind::Build);
        QCOMPARE(f.error.line, 3);

        // A damaged file is reported, not silently replaced.
        QFile damaged(history.filePath());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{nope");
        damaged.close();
        QVERIFY(!loaded.load(&error));
        QVERIFY(!error.isEmpty());

        QVERIFY(BuildHistory::fileForContext(dir.path()).endsWith(u".json"));
        QCOMPARE(BuildHistory::fileForContext(dir.path()), BuildHistory::fileForContext(dir.path() + u"/."_s));
    }

    void compareBuilds()
    {
        const BuildResult before = resultOf(parseRecording(u"buildkit-multistage.jsonl"_s, u"multistage.Dockerfile"_s));
        const BuildResult after
            = resultOf(parseRecording(u"buildkit-multistage-cached.jsonl"_s, u"multistage.Dockerfile"_s));
        const QList<BuildComparison::Row> rows = BuildComparison::compare(before, after);
        QCOMPARE(rows.size(), 6); // the Dockerfile steps, internal ones left out
        int gained = 0;
        for (const auto &row : rows) {
            QVERIFY(row.before >= 0 && row.after >= 0);
            if (row.change == BuildComparison::Change::CacheGained) {
                ++gained;
                QVERIFY(row.cachedAfter && !row.cachedBefore);
            }
        }
        QCOMPARE(gained, 5);

        // A step added and one removed, matched by text, not by the shifting counter.
        BuildResult edited = after;
        edited.steps.removeAt(stepIndex(after.steps, u"[stage-1 2/3] COPY"_s));
        BuildStep added = after.steps.at(stepIndex(after.steps, u"[builder 2/4]"_s));
        added.name = u"[builder 3/5] RUN make"_s;
        added.instruction = u"RUN make"_s;
        added.cached = false;
        edited.steps.append(added);
        const auto diff = BuildComparison::compare(after, edited);
        QStringList changes;
        for (const auto &row : diff) {
            if (row.change != BuildComparison::Change::Same)
                changes << BuildComparison::changeName(row.change) + u' ' + row.instruction;
        }
        changes.sort();
        QCOMPARE(changes, (QStringList {u"added RUN make"_s, u"removed COPY --from=builder /work/out.txt /out.txt"_s}));
    }
};

QTEST_GUILESS_MAIN(TestBuildOutput)
#include "tst_buildoutput.moc"
