// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildjob.h"

#include "core/context/buildcontext.h"
#include "core/context/contexttardevice.h"
#include "core/context/contextwalker.h"
#include "core/dockerfile/dockerfileanalyzer.h"
#include "core/dockerfile/dockerfileparser.h"
#include "core/dockerfile/runmount.h"
#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace Dockwright::Core {

BuildJob::BuildJob(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

BuildJob::~BuildJob()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
}

void BuildJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

BuildError BuildJob::checkSessionMounts(
    const DockerfileParseResult &parse, const DockerfileModel &model, const QString &file)
{
    for (const DockerfileInstruction &instruction : parse.instructions) {
        if (instruction.kind != InstructionKind::Run)
            continue;
        const int stage = instruction.stageIndex;
        // Stages the target does not need are not built, so their mounts do not matter.
        if (model.targetStage >= 0 && stage >= 0 && stage < model.stages.size()
            && !model.stages.at(stage).neededForTarget)
            continue;
        for (const DockerfileFlag &flag : instruction.flags) {
            if (flag.name != QLatin1String("mount"))
                continue;
            const RunMount mount = RunMountParser::parse(flag.value);
            if (mount.type != RunMount::Type::Secret && mount.type != RunMount::Type::Ssh)
                continue;
            BuildError error;
            error.kind = BuildError::Kind::Refused;
            error.file = file;
            error.line = instruction.range.startLine;
            error.endLine = instruction.range.endLine;
            const bool secret = mount.type == RunMount::Type::Secret;
            error.message = secret ? BuildError::tr("RUN --mount=type=secret needs a BuildKit session. The Engine API "
                                                    "can carry one (POST /session), but Dockwright does not open one "
                                                    "yet, so the engine would fail with \"no active sessions\".")
                                   : BuildError::tr("RUN --mount=type=ssh needs a BuildKit session. The Engine API "
                                                    "can carry one (POST /session), but Dockwright does not open one "
                                                    "yet, so the engine would fail with \"no active sessions\".");
            error.hint = secret
                ? BuildError::tr("Build this Dockerfile with docker buildx build --secret id=...,src=... "
                                 "instead; pass values that are not secret as a build argument "
                                 "(--build-arg); or fetch the secret when the container runs.")
                : BuildError::tr("Build this Dockerfile with docker buildx build --ssh default instead; "
                                 "or fetch what needs SSH before the build (into the context) or when "
                                 "the container runs.");
            return error;
        }
    }
    return {};
}

void BuildJob::start(const BuildRequest &request)
{
    Q_ASSERT(m_state == State::Idle);
    m_request = request;
    m_result = {};
    m_result.request = request;
    m_result.started = QDateTime::currentDateTimeUtc();
    m_timer.start();
    setState(State::Preparing);

    // BuildKit on the containerd image store cannot read an uploaded context (it has no session from
    // us yet): Auto builds there with the classic builder and says so; an explicit BuildKit stops.
    const bool storeBlocksBuildKit
        = m_client && m_client->info().hasBuildKit() && !m_client->info().buildKitReadsUploadedContext();
    m_buildKit = (m_builder == Builder::BuildKit)
        || (m_builder == Builder::Auto && m_client && m_client->info().buildKitReadsUploadedContext());
    m_result.builder = m_buildKit ? QStringLiteral("buildkit") : QStringLiteral("classic");
    m_buildId
        = m_buildKit ? QStringLiteral("dockwright-") + QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    m_notes.clear();

    // Failures found before the engine is asked are reported on the next event-loop turn, so callers
    // always connect first and never see a signal from inside start().
    const auto failLater = [this](const BuildError &error) {
        QMetaObject::invokeMethod(this, [this, error] { fail(error); }, Qt::QueuedConnection);
    };
    if (m_builder == Builder::BuildKit && m_client && !m_client->info().hasBuildKit()) {
        failLater({BuildError::Kind::Refused,
            m_client->info().isPodman()
                ? BuildError::tr("Podman has no BuildKit: it builds every Dockerfile with buildah.")
                : BuildError::tr("This engine has no BuildKit."),
            BuildError::tr("Build with the classic builder (Dockwright picks it by itself for this engine)."), {}, 0, 0,
            {}, {}});
        return;
    }
    if (storeBlocksBuildKit && m_builder == Builder::BuildKit) {
        failLater({BuildError::Kind::Refused,
            BuildError::tr("This engine keeps images in the containerd image store, where BuildKit cannot read "
                           "a build context sent with the request (moby/moby#47717)."),
            BuildError::tr("Build with the classic builder, or turn the containerd image store off in the "
                           "engine's daemon.json (\"features\": {\"containerd-snapshotter\": false})."),
            {}, 0, 0, {}, {}});
        return;
    }
    if (storeBlocksBuildKit) {
        BuildWarning note;
        note.message
            = BuildError::tr("Building with the classic builder: this engine keeps images in the containerd "
                             "image store, where BuildKit cannot read a build context sent with the request "
                             "(moby/moby#47717). RUN --mount, heredocs and other BuildKit-only syntax fail here.");
        m_notes << note;
        QMetaObject::invokeMethod(this, [this, note] { Q_EMIT warningReceived(note); }, Qt::QueuedConnection);
    }
    const QStringList problems = request.problems(m_buildKit);
    if (!problems.isEmpty()) {
        BuildError error;
        error.kind = BuildError::Kind::Input;
        error.message = problems.join(QLatin1Char(' '));
        failLater(error);
        return;
    }
    if (!m_client) {
        failLater({BuildError::Kind::Engine, BuildError::tr("No engine to build on."), {}, {}, 0, 0, {}, {}});
        return;
    }

    // Opening the context, reading the Dockerfile and walking the context touch the disk (a big
    // context stats every file): all of it runs as a job, off the caller's (GUI) thread.
    m_scanJob.start(
        [request, buildKit = m_buildKit](const JobControl &control) { return prepare(request, buildKit, control); },
        [this](const Scan &scan) { onScanned(scan); });
}

BuildJob::Scan BuildJob::prepare(const BuildRequest &request, bool buildKit, const JobControl &control)
{
    Scan out;
    ContextError contextError;
    out.display = request.dockerfile.isEmpty() ? QString() : request.dockerfile;
    const QString outside = BuildContext::outsideDockerfile(request.contextDir, request.dockerfile);
    QByteArray text;
    std::optional<BuildContext> context;
    if (outside.isEmpty()) {
        context = BuildContext::open(request.contextDir, request.dockerfile, &contextError);
    } else {
        // As docker/cli's AddDockerfileToBuildContext: a random name, listed in .dockerignore so that
        // the classic builder hides it from COPY (BuildKit does not apply an uploaded .dockerignore:
        // there, as with docker, COPY . sees the file).
        const QByteArray name = ".dockerfile." + QUuid::createUuid().toByteArray(QUuid::Id128).left(20);
        context = BuildContext::openWithExternalDockerfile(request.contextDir, name, &contextError);
        out.display = outside;
    }
    if (!context) {
        out.error.kind
            = contextError.kind == ContextError::Kind::NotFound ? BuildError::Kind::Input : BuildError::Kind::Context;
        out.error.message = contextError.toString();
        return out;
    }
    out.root = context->root();
    out.dockerfileInContext = context->dockerfile();
    if (out.display.isEmpty())
        out.display = QDir(request.contextDir).filePath(QString::fromUtf8(out.dockerfileInContext));

    if (request.dockerfileText) {
        text = *request.dockerfileText;
    } else {
        QFile file(outside.isEmpty() ? QDir(out.root).filePath(QString::fromUtf8(out.dockerfileInContext)) : outside);
        if (!file.open(QIODevice::ReadOnly)) {
            out.error.kind = BuildError::Kind::Input;
            out.error.file = out.display;
            out.error.message = BuildError::tr("The Dockerfile cannot be read: %1").arg(file.errorString());
            return out;
        }
        text = file.readAll();
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (request.dockerfileText || !outside.isEmpty())
        out.memoryFiles.append({out.dockerfileInContext, text, now});
    if (!outside.isEmpty() && !buildKit) {
        QByteArray ignore = ".dockerignore\n";
        if (!context->ignoreFile().isEmpty()) {
            QFile file(QDir(out.root).filePath(QString::fromUtf8(context->ignoreFile())));
            if (!file.open(QIODevice::ReadOnly)) {
                out.error.kind = BuildError::Kind::Context;
                out.error.file = file.fileName();
                out.error.message = BuildError::tr("The ignore file cannot be read: %1").arg(file.errorString());
                return out;
            }
            ignore = file.readAll();
        }
        out.memoryFiles.append(
            {QByteArrayLiteral(".dockerignore"), ignore + '\n' + out.dockerfileInContext + '\n', now});
    }
    const DockerfileParseResult parse = DockerfileParser::parse(text);
    DockerfileBuildOptions options;
    for (const BuildRequest::Arg &arg : request.buildArgs) {
        if (arg.value)
            options.buildArgs.insert(arg.name, *arg.value);
    }
    options.target = request.target;
    const DockerfileModel model = DockerfileAnalyzer::analyze(parse, options);
    out.error = checkSessionMounts(parse, model, out.display);
    if (out.error)
        return out;
    out.parser = BuildOutputParser(BuildStepLocator(parse, model));

    ContextWalker::Options walkOptions;
    walkOptions.cancel = control.stopFlag();
    ContextError walkError;
    out.scan = ContextWalker::scan(*context, walkOptions, &walkError);
    if (!out.scan) {
        out.error.kind = BuildError::Kind::Context;
        out.error.message = walkError.toString();
    }
    return out;
}

void BuildJob::onScanned(const Scan &scan)
{
    if (m_state != State::Preparing)
        return;
    if (m_cancelled) {
        fail({BuildError::Kind::Cancelled, BuildError::tr("The build was cancelled."), {}, {}, 0, 0, {}, {}});
        return;
    }
    m_dockerfileDisplay = scan.display;
    m_result.dockerfile = m_dockerfileDisplay;
    if (scan.error) {
        fail(scan.error);
        return;
    }
    m_root = scan.root;
    m_dockerfileInContext = scan.dockerfileInContext;
    m_parser = *scan.parser;
    m_device = new ContextTarDevice(m_root, scan.scan->entries, this);
    m_device->setMemoryFiles(scan.memoryFiles);
    send();
}

void BuildJob::send()
{
    const qint64 size = m_device->tarSize();
    m_result.contextBytes = size;
    if (!m_device->open(QIODevice::ReadOnly)) {
        BuildError error;
        error.kind = BuildError::Kind::Context;
        error.message = m_device->packError() ? m_device->packError().toString()
                                              : BuildError::tr("The context could not be packed.");
        fail(error);
        return;
    }
    // JSON lines without an idle limit: a RUN may be silent for a long time.
    const EngineRequest request = EngineApi::build(
        m_request.query(m_buildKit, QString::fromUtf8(m_dockerfileInContext), m_buildId), m_device, size);
    setState(State::Running);
    m_call = m_client->send(request);
    connect(m_call, &EngineCall::jsonLine, this, &BuildJob::onLine);
    connect(m_call, &EngineCall::uploadProgress, this, &BuildJob::contextProgress);
    connect(m_call, &EngineCall::finished, this, &BuildJob::onBuildFinished);
}

void BuildJob::emitUpdate(const BuildOutputParser::Update &update)
{
    const BuildSteps &steps = m_parser.steps();
    for (int index : update.changed) {
        if (update.added.contains(index))
            Q_EMIT stepAdded(index, steps.at(index));
        else
            Q_EMIT stepChanged(index, steps.at(index));
    }
    for (const BuildOutputParser::LogChunk &chunk : update.logs)
        Q_EMIT logReceived(chunk.step, chunk.stream, chunk.text);
    for (int index : update.warnings)
        Q_EMIT warningReceived(m_parser.warnings().at(index));
}

void BuildJob::onLine(const QJsonObject &line)
{
    emitUpdate(m_parser.feed(line));
}

void BuildJob::onBuildFinished()
{
    EngineCall *call = m_call;
    m_call = nullptr;
    if (!call || m_state != State::Running)
        return;
    // Before finish(), which would close the classic builder's open step as done.
    if (m_cancelled)
        emitUpdate(m_parser.interrupt());
    emitUpdate(m_parser.finish());
    const EngineError callError = call->error();
    if (m_cancelled) {
        fail({BuildError::Kind::Cancelled, BuildError::tr("The build was cancelled."), {}, {}, 0, 0, {}, {}});
        return;
    }
    const ContextError packError = m_device ? m_device->packError() : ContextError();
    if (packError && packError.kind != ContextError::Kind::Cancelled) {
        fail({BuildError::Kind::Context, packError.toString(), {}, {}, 0, 0, {}, callError});
        return;
    }
    const QString inBand = m_parser.errorMessage();
    if (callError && inBand.isEmpty()) {
        BuildError error;
        error.engineError = callError;
        // The classic builder answers a Dockerfile it cannot parse with HTTP 400 before streaming.
        if (callError.kind == EngineError::Kind::Http && callError.httpStatus == 400
            && callError.engineMessage.contains(QLatin1String("dockerfile"), Qt::CaseInsensitive)) {
            BuildOutputParser probe;
            probe.feed(QJsonObject {{QStringLiteral("error"), callError.engineMessage}});
            error.kind = BuildError::Kind::Build;
            error.message = callError.engineMessage;
            error.file = m_dockerfileDisplay;
            error.line = probe.failedLine();
        } else {
            error.kind = BuildError::Kind::Engine;
            error.message = callError.message;
            if (!callError.engineMessage.isEmpty() && !error.message.contains(callError.engineMessage))
                error.message += QLatin1Char(' ') + callError.engineMessage;
            error.hint = callError.hint;
        }
        fail(error);
        return;
    }
    if (!inBand.isEmpty()) {
        BuildError error;
        error.kind = BuildError::Kind::Build;
        error.message = inBand;
        error.file = m_dockerfileDisplay;
        error.line = m_parser.failedLine();
        const int step = m_parser.failedStep();
        if (step >= 0) {
            error.step = m_parser.steps().at(step).name;
            error.endLine = m_parser.steps().at(step).endLine;
        }
        if (inBand.contains(QLatin1String("no active session")))
            error.hint = BuildError::tr("This build needs a BuildKit session (secrets, SSH, local outputs). The "
                                        "Engine API can carry one (POST /session), but Dockwright does not open "
                                        "one yet; use docker buildx build for it.");
        fail(error);
        return;
    }
    if (m_parser.imageId().isEmpty()) {
        fail({BuildError::Kind::Build, BuildError::tr("The build ended without reporting an image id."), {},
            m_dockerfileDisplay, 0, 0, {}, {}});
        return;
    }
    inspectImage();
}

void BuildJob::inspectImage()
{
    m_result.imageId = m_parser.imageId();
    EngineCall *call = m_client->send(EngineApi::inspectImage(m_result.imageId));
    m_call = call;
    connect(call, &EngineCall::finished, this, [this, call] {
        m_call = nullptr;
        if (m_state != State::Running)
            return;
        if (!call->error()) {
            const QJsonObject image = call->jsonObject();
            m_result.imageSize = image.value(QLatin1String("Size")).toInteger(-1);
            const QString fullId = image.value(QLatin1String("Id")).toString();
            if (!fullId.isEmpty())
                m_result.imageId = fullId; // the classic builder may only have given the short id
        }
        fillResult();
        setState(State::Succeeded);
        Q_EMIT succeeded(m_result);
        Q_EMIT finished();
    });
}

void BuildJob::fillResult()
{
    m_result.durationMs = m_timer.isValid() ? m_timer.elapsed() : 0;
    m_result.steps = m_parser.steps();
    m_result.warnings = m_notes + m_parser.warnings();
    m_result.cachedSteps = m_parser.cachedSteps();
    m_result.cacheableSteps = m_parser.cacheableSteps();
    m_result.tags = m_request.tags;
    if (m_result.imageId.isEmpty())
        m_result.imageId = m_parser.imageId();
}

void BuildJob::fail(const BuildError &error)
{
    if (m_state == State::Succeeded || m_state == State::Failed || m_state == State::Cancelled)
        return;
    // Whatever did not finish will not: no step stays "running" with a clock or "waiting".
    emitUpdate(m_parser.interrupt());
    fillResult();
    BuildError e = error;
    e.explain(); // a base image that cannot be pulled, a missing COPY source: plain words, what to do
    // Docker stops a build whose client went away; Podman has no way to stop one and finishes the step
    // that runs. Say so rather than let "cancelled" suggest the engine is idle.
    if (e.kind == BuildError::Kind::Cancelled && m_state == State::Running && m_client && m_client->info().isPodman()
        && e.hint.isEmpty())
        e.hint = BuildError::tr("Podman goes on with a cancelled build until the step that runs has ended: it has no "
                                "call to stop a build. The engine may stay busy for a while.");
    m_result.error = e;
    if (m_device)
        m_device->cancel();
    setState(e.kind == BuildError::Kind::Cancelled ? State::Cancelled : State::Failed);
    Q_EMIT failed(e);
    Q_EMIT finished();
}

void BuildJob::cancel()
{
    if (m_state != State::Preparing && m_state != State::Running)
        return;
    m_cancelled = true;
    m_scanJob.cancel();
    if (m_buildKit && m_client && m_state == State::Running && !m_buildId.isEmpty()) {
        // Closing the connection stops the build too; the explicit cancel also covers a proxy in between
        // that keeps the engine side open.
        m_client->send(EngineApi::cancelBuild(m_buildId));
    }
    if (m_device)
        m_device->cancel();
    if (m_call)
        m_call->abort(); // finished() follows synchronously and reports Cancelled
    else if (m_state == State::Running)
        fail({BuildError::Kind::Cancelled, BuildError::tr("The build was cancelled."), {}, {}, 0, 0, {}, {}});
}

} // namespace Dockwright::Core
