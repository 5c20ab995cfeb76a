// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buildoutputparser.h"
#include "buildresult.h"
#include "core/context/contextpacker.h"
#include "core/context/contextscan.h"
#include "core/jobs/jobtracker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <optional>

namespace Dockwright::Core {

class ContextTarDevice;
class EngineCall;
class EngineClient;

// One image build through POST /build: resolves the context, refuses Dockerfiles that need a BuildKit
// session (secret/ssh mounts), walks the context off the calling thread, streams it as the request
// body (ContextTarDevice with Content-Length, never whole in memory) and turns the progress stream
// into steps. Ends in exactly one of succeeded() or failed(), then finished().
class BuildJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildJob)
public:
    enum class Builder { Auto, BuildKit, Classic }; // Auto: BuildKit when the engine has it
    enum class State { Idle, Preparing, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit BuildJob(EngineClient *client, QObject *parent = nullptr);
    ~BuildJob() override;

    void setBuilder(Builder builder) { m_builder = builder; }
    // Starts the build; the client must be connected. Errors are reported through failed().
    void start(const BuildRequest &request);
    // Stops the build: aborts the request (the engine stops a build whose client went away) and, for
    // BuildKit, also sends POST /build/cancel?id=<buildid>. failed() follows with kind Cancelled.
    void cancel();

    State state() const { return m_state; }
    bool usesBuildKit() const { return m_buildKit; }
    QString buildId() const { return m_buildId; }
    const BuildSteps &steps() const { return m_parser.steps(); }
    // Filled when the job ended (also on failure: steps, logs and times so far).
    const BuildResult &result() const { return m_result; }

    // The first RUN --mount=type=secret|ssh in the stages the target needs, as a Refused error with the
    // Dockerfile line and what to do instead; kind None when there is none.
    static BuildError checkSessionMounts(
        const DockerfileParseResult &parse, const DockerfileModel &model, const QString &file);

Q_SIGNALS:
    void stateChanged(Dockwright::Core::BuildJob::State state);
    void contextProgress(qint64 sent, qint64 total);
    void stepAdded(int index, const Dockwright::Core::BuildStep &step);
    void stepChanged(int index, const Dockwright::Core::BuildStep &step);
    void logReceived(int index, int stream, const QByteArray &text);
    void warningReceived(const Dockwright::Core::BuildWarning &warning);
    void succeeded(const Dockwright::Core::BuildResult &result);
    void failed(const Dockwright::Core::BuildError &error);
    void finished();

private:
    // What the preparing job found: the context, the parsed Dockerfile's step map, the files to send.
    struct Scan
    {
        BuildError error; // set: the build fails with it
        QString root;
        QByteArray dockerfileInContext;
        QList<ContextPacker::MemoryFile> memoryFiles; // what the tar carries that is not on disk
        QString display;
        std::optional<BuildOutputParser> parser;
        std::optional<ContextScan> scan;
    };
    static Scan prepare(const BuildRequest &request, bool buildKit, const JobControl &control);
    void setState(State state);
    void onScanned(const Scan &scan);
    void send();
    void onLine(const QJsonObject &line);
    void emitUpdate(const BuildOutputParser::Update &update);
    void onBuildFinished();
    void inspectImage();
    void fail(const BuildError &error);
    void fillResult();

    QPointer<EngineClient> m_client;
    Builder m_builder = Builder::Auto;
    QList<BuildWarning> m_notes; // the job's own warnings (builder fallback), before the engine's
    State m_state = State::Idle;
    bool m_buildKit = true;
    bool m_cancelled = false;
    QString m_buildId;
    BuildRequest m_request;
    BuildResult m_result;
    BuildOutputParser m_parser;
    QString m_root;
    QByteArray m_dockerfileInContext;
    QString m_dockerfileDisplay;
    JobTracker m_scanJob {this};
    ContextTarDevice *m_device = nullptr;
    QPointer<EngineCall> m_call;
    QElapsedTimer m_timer;
};

} // namespace Dockwright::Core
