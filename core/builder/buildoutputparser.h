// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buildkittrace.h"
#include "buildstep.h"
#include "buildsteplocator.h"
#include "buildwarning.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace Dockwright::Core {

// Turns the JSON lines of POST /build into the step list, for both builders: BuildKit's
// "moby.buildkit.trace" protobuf messages (vertexes merged by digest, logs appended per vertex) and the
// classic builder's "Step N/M : ..." text (also Podman's "STEP N/M: ..."). Also collects the image id
// (which may arrive before the last trace message), tags and the in-band error line.
class BuildOutputParser final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::BuildOutputParser)
public:
    static constexpr qsizetype DefaultMaxLogBytes = 1024 * 1024;

    struct LogChunk
    {
        int step = -1;
        int stream = 1; // 1 stdout, 2 stderr
        QByteArray text;
    };
    // What one line changed: steps to redraw, log text to append, new warnings.
    struct Update
    {
        QList<int> added; // new step indexes (also in changed)
        QList<int> changed; // steps whose fields changed
        QList<LogChunk> logs;
        QList<int> warnings; // indexes into warnings()
        bool failed = false; // this line was the in-band error
    };

    explicit BuildOutputParser(const BuildStepLocator &locator = {});

    void setMaxLogBytes(qsizetype bytes) { m_maxLogBytes = bytes; }
    // The classic builder sends no timestamps; steps are timed with this clock (tests fix it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    Update feed(const QJsonObject &line);
    // End of stream: closes a classic step that was still open and flushes a partial output line.
    Update finish();
    // The build ended before every step did (it failed, was cancelled or the connection went): a step
    // still running stops now (State::Cancelled), one never started is marked State::NotRun, so no step
    // is left running with a clock or waiting for what will not come.
    Update interrupt();

    const BuildSteps &steps() const { return m_steps; }
    const QList<BuildWarning> &warnings() const { return m_warnings; }
    QString imageId() const { return m_imageId; }
    QStringList tags() const { return m_tags; }
    bool sawBuildKit() const { return m_sawBuildKit; }
    bool sawClassic() const { return m_sawClassic; }
    // The in-band error (errorDetail), empty when none arrived.
    QString errorMessage() const { return m_error; }
    // Index of the step that failed, or -1.
    int failedStep() const;
    // The Dockerfile line the failure points at: the failed step's, or "line N" in a parse error.
    int failedLine() const;
    // Trace messages that could not be decoded (kept going; reported as a note).
    const QStringList &decodeErrors() const { return m_decodeErrors; }

    int cachedSteps() const;
    int cacheableSteps() const;
    double cacheRatio() const; // cached / cacheable, 0 when nothing could be cached

private:
    void mergeTrace(const BuildKitTrace &trace, Update *update);
    int stepForVertex(const QString &digest, Update *update);
    void describe(BuildStep &step) const;
    // Sets the step's instruction index and, when it has one, its lines.
    void locate(BuildStep &step, int instructionIndex) const;
    // The FROM whose base image text names (see baseImagePattern), or -1.
    int baseImageInstruction(const QString &text) const;
    void classicText(const QString &text, Update *update);
    void classicLine(const QString &line, Update *update);
    void closeClassicStep(Update *update);
    void appendLog(int step, int stream, const QByteArray &text, Update *update);
    static void touch(QList<int> *list, int index);

    BuildStepLocator m_locator;
    std::function<QDateTime()> m_clock;
    qsizetype m_maxLogBytes = DefaultMaxLogBytes;
    BuildSteps m_steps;
    QHash<QString, int> m_byVertex;
    QList<BuildWarning> m_warnings;
    QStringList m_decodeErrors;
    QString m_classicBuffer;
    int m_classicCurrent = -1;
    bool m_stepLineHandled = false; // its newline comes as the next stream text
    QString m_imageId;
    QString m_shortId; // "Successfully built <12 hex>"
    QStringList m_tags;
    QString m_error;
    bool m_sawBuildKit = false;
    bool m_sawClassic = false;
};

} // namespace Dockwright::Core
