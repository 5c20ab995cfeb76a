// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Dockwright::Core {

// One step of a build as the build panel, the CLI and the history show it: a BuildKit vertex or a
// classic "Step N/M", mapped back to its Dockerfile instruction when there is one.
struct BuildStep
{
    // Cancelled: the build ended (cancelled, or failed elsewhere) while this step ran; NotRun: it ended
    // before this step started. Neither is left looking like it still runs or waits.
    enum class State { Waiting, Running, Done, Cached, Failed, Cancelled, NotRun };

    QString id; // vertex digest, or "step-N" for the classic builder
    QString name; // as the builder names it: "[builder 2/4] RUN make", "[internal] load .dockerignore"
    QString stage; // "builder", "stage-1"; empty for a single-stage build or an internal step
    QString instruction; // the name without its "[stage n/m]" prefix
    int number = 0; // n and m of "[stage n/m]" / "Step n/m"; 0 when the name has none
    int total = 0;
    bool internal = false; // a builder-side vertex (loading the context, exporting) with no instruction
    bool cached = false;
    bool cacheable = true; // a cache hit is possible (not internal, not the classic builder's FROM or global ARG)
    QDateTime started; // UTC; null until the step starts
    QDateTime completed; // UTC; null until it ends
    QString error;
    QStringList inputs; // digests of the vertexes this one depends on
    QString status; // last sub-progress of the step ("exporting layers 3/5"), for display
    QByteArray log; // RUN output (stdout and stderr interleaved), capped at the tail
    bool logTruncated = false;
    int instructionIndex = -1; // into DockerfileParseResult::instructions; -1 when unmapped
    int line = 0; // first and last Dockerfile line of the instruction; 0 when unmapped
    int endLine = 0;
    bool interrupted = false; // the build ended before this step did (see State::Cancelled, NotRun)

    State state() const
    {
        if (!error.isEmpty())
            return State::Failed;
        if (cached)
            return State::Cached;
        if (interrupted)
            return started.isValid() ? State::Cancelled : State::NotRun;
        if (completed.isValid())
            return State::Done;
        return started.isValid() ? State::Running : State::Waiting;
    }
    bool isFinished() const { return state() != State::Running && state() != State::Waiting; }
    // Milliseconds between start and end (or -1 while not started); a running step counts up to now.
    qint64 durationMs(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        if (!started.isValid())
            return -1;
        return started.msecsTo(completed.isValid() ? completed : now);
    }

    static QString stateName(State state);
};

using BuildSteps = QList<BuildStep>;

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::BuildStep)
