// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildoutputparser.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Dockwright::Core {

namespace {

const QLatin1String TraceId("moby.buildkit.trace");
const QLatin1String ImageIdId("moby.image.id");

// "[builder 2/4] RUN ...", "[stage-1  3/12] COPY ...", "[2/2] RUN ...", "[linux/arm64 builder 1/3] FROM ..."
const QRegularExpression &vertexNamePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^\\[([^\\]]*?)\\s*(\\d+)/(\\d+)\\]\\s+(.*)$"), QRegularExpression::DotMatchesEverythingOption);
    return re;
}

// Docker's "Step 3/10 : RUN ..." and buildah's (Podman) "STEP 3/10: RUN ...", which in a multi-stage
// build carries the stage and numbers the steps of each stage: "[2/3] STEP 1/4: FROM ...".
const QRegularExpression &classicStepPattern()
{
    static const QRegularExpression re(QStringLiteral("^(?:\\[(\\d+)/(\\d+)\\] )?(Step|STEP) (\\d+)/(\\d+) ?: (.*)$"));
    return re;
}

// BuildKit resolves every base image in a vertex of its own before any step runs, and names the image
// again in the error when that fails: "failed to resolve source metadata for docker.io/library/x:1".
const QRegularExpression &baseImagePattern()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:^\\[internal\\] load metadata for|failed to resolve source metadata for) (\\S+?):?(?:\\s|$)"));
    return re;
}

const QRegularExpression &lineNumberPattern()
{
    static const QRegularExpression re(QStringLiteral("(?:line |Dockerfile[^:\\s]*:)(\\d+)"));
    return re;
}

// The classic builder wraps stderr in red: "\x1b[91m...\x1b[0m".
QString stripColour(QString text)
{
    static const QRegularExpression re(QStringLiteral("\\x1b\\[[0-9;]*m"));
    return text.remove(re);
}

} // namespace

BuildOutputParser::BuildOutputParser(const BuildStepLocator &locator)
    : m_locator(locator)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void BuildOutputParser::touch(QList<int> *list, int index)
{
    if (index >= 0 && !list->contains(index))
        list->append(index);
}

BuildOutputParser::Update BuildOutputParser::feed(const QJsonObject &line)
{
    Update update;
    const QString id = line.value(QLatin1String("id")).toString();
    const QJsonValue aux = line.value(QLatin1String("aux"));
    if (id == TraceId) {
        m_sawBuildKit = true;
        BuildKitTrace trace;
        QString error;
        if (BuildKitTrace::decodeAux(aux.toString(), &trace, &error))
            mergeTrace(trace, &update);
        else if (m_decodeErrors.size() < 20)
            m_decodeErrors.append(error);
        return update;
    }
    if (aux.isObject()) {
        // moby.image.id (BuildKit) or the classic builder's {"aux":{"ID":...}} after each stage: the last wins.
        const QString imageId = aux.toObject().value(QLatin1String("ID")).toString();
        if (!imageId.isEmpty() && (id == ImageIdId || id.isEmpty()))
            m_imageId = imageId;
        return update;
    }
    if (line.contains(QLatin1String("errorDetail")) || line.contains(QLatin1String("error"))) {
        QString message
            = line.value(QLatin1String("errorDetail")).toObject().value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = line.value(QLatin1String("error")).toString();
        m_error = message.trimmed();
        update.failed = true;
        if (!m_classicBuffer.isEmpty())
            classicText(QStringLiteral("\n"), &update);
        if (m_classicCurrent >= 0) {
            BuildStep &step = m_steps[m_classicCurrent];
            step.error = m_error;
            if (!step.completed.isValid())
                step.completed = m_clock();
            touch(&update.changed, m_classicCurrent);
            m_classicCurrent = -1;
        }
        return update;
    }
    const QString stream = line.value(QLatin1String("stream")).toString();
    if (!stream.isEmpty())
        classicText(stream, &update);
    return update;
}

BuildOutputParser::Update BuildOutputParser::finish()
{
    Update update;
    if (!m_classicBuffer.isEmpty())
        classicText(QStringLiteral("\n"), &update);
    closeClassicStep(&update);
    if (m_imageId.isEmpty() && !m_shortId.isEmpty())
        m_imageId = m_shortId;
    return update;
}

BuildOutputParser::Update BuildOutputParser::interrupt()
{
    Update update;
    const QDateTime now = m_clock();
    for (int i = 0; i < m_steps.size(); ++i) {
        BuildStep &step = m_steps[i];
        if (step.isFinished())
            continue;
        step.interrupted = true;
        if (step.started.isValid())
            step.completed = now;
        touch(&update.changed, i);
    }
    return update;
}

int BuildOutputParser::stepForVertex(const QString &digest, Update *update)
{
    const auto it = m_byVertex.constFind(digest);
    if (it != m_byVertex.constEnd())
        return *it;
    BuildStep step;
    step.id = digest;
    m_steps.append(step);
    const int index = int(m_steps.size()) - 1;
    m_byVertex.insert(digest, index);
    touch(&update->added, index);
    touch(&update->changed, index);
    return index;
}

void BuildOutputParser::describe(BuildStep &step) const
{
    const QRegularExpressionMatch m = vertexNamePattern().match(step.name);
    if (!m.hasMatch()) {
        step.internal = true;
        step.cacheable = false;
        step.instruction = step.name;
        locate(step, baseImageInstruction(step.name));
        return;
    }
    const QString prefix = m.captured(1).trimmed();
    step.internal = prefix == QLatin1String("internal");
    step.cacheable = !step.internal;
    // A platform may come first ("linux/arm64 builder"); the stage is the last word.
    step.stage = prefix.section(QLatin1Char(' '), -1);
    if (step.stage.contains(QLatin1Char('/')))
        step.stage.clear();
    step.number = m.captured(2).toInt();
    step.total = m.captured(3).toInt();
    step.instruction = m.captured(4);
    // A base image is resolved, never built, so it is no cache hit or miss.
    if (step.instruction.startsWith(QLatin1String("FROM ")))
        step.cacheable = false;
    locate(step, m_locator.isEmpty() ? -1 : m_locator.locateBuildKit(step.stage, step.number, step.instruction));
}

void BuildOutputParser::locate(BuildStep &step, int instructionIndex) const
{
    step.instructionIndex = instructionIndex;
    if (instructionIndex < 0)
        return;
    const SourceRange &range = m_locator.parse().instructions.at(instructionIndex).range;
    step.line = range.startLine;
    step.endLine = range.endLine;
}

void BuildOutputParser::mergeTrace(const BuildKitTrace &trace, Update *update)
{
    for (const BuildKitTrace::Vertex &v : trace.vertexes) {
        const int index = stepForVertex(v.digest, update);
        BuildStep &step = m_steps[index];
        if (step.name != v.name && !v.name.isEmpty()) {
            step.name = v.name;
            describe(step);
        }
        step.inputs = v.inputs;
        step.cached = step.cached || v.cached;
        if (v.started.isValid())
            step.started = v.started;
        if (v.completed.isValid())
            step.completed = v.completed;
        if (!v.error.isEmpty())
            step.error = v.error;
        touch(&update->changed, index);
    }
    for (const BuildKitTrace::Status &s : trace.statuses) {
        if (s.vertex.isEmpty())
            continue;
        const int index = stepForVertex(s.vertex, update);
        QString text = s.name.isEmpty() ? s.id : s.name;
        if (s.total > 0)
            text += QStringLiteral(" %1/%2").arg(s.current).arg(s.total);
        else if (s.current > 0)
            text += QStringLiteral(" %1").arg(s.current);
        if (s.completed.isValid())
            text += QLatin1String(" done");
        m_steps[index].status = text;
        static const QLatin1String naming("naming to ");
        if (s.id.startsWith(naming) && s.completed.isValid()) {
            const QString tag = s.id.mid(naming.size()).section(QLatin1Char(' '), 0, 0);
            if (!m_tags.contains(tag))
                m_tags.append(tag);
        }
        touch(&update->changed, index);
    }
    for (const BuildKitTrace::Log &l : trace.logs)
        appendLog(stepForVertex(l.vertex, update), l.stream, l.msg, update);
    for (const BuildKitTrace::Warning &w : trace.warnings) {
        BuildWarning warning;
        const auto it = m_byVertex.constFind(w.vertex);
        warning.step = it == m_byVertex.constEnd() ? -1 : *it;
        warning.level = w.level;
        warning.message = QString::fromUtf8(w.shortText);
        for (const QByteArray &d : w.detail)
            warning.detail.append(QString::fromUtf8(d));
        warning.url = w.url;
        warning.file = w.file;
        if (!w.ranges.isEmpty())
            warning.line = w.ranges.first().startLine;
        m_warnings.append(warning);
        update->warnings.append(int(m_warnings.size()) - 1);
    }
}

void BuildOutputParser::appendLog(int index, int stream, const QByteArray &text, Update *update)
{
    if (index < 0 || text.isEmpty())
        return;
    BuildStep &step = m_steps[index];
    step.log.append(text);
    if (step.log.size() > m_maxLogBytes) {
        // The end of a log explains a failure; keep the tail.
        step.log.remove(0, step.log.size() - m_maxLogBytes);
        step.logTruncated = true;
    }
    update->logs.append({index, stream, text});
    touch(&update->changed, index);
}

void BuildOutputParser::classicText(const QString &text, Update *update)
{
    const bool dropNewline = m_stepLineHandled && text.startsWith(QLatin1Char('\n'));
    m_stepLineHandled = false;
    m_classicBuffer += dropNewline ? text.mid(1) : text;
    qsizetype newline;
    while ((newline = m_classicBuffer.indexOf(QLatin1Char('\n'))) >= 0) {
        const QString line = m_classicBuffer.left(newline);
        m_classicBuffer.remove(0, newline + 1);
        classicLine(line, update);
    }
    // "Step N/M : ..." arrives without its newline (that follows as a line of its own); handle it now
    // so the step shows as running while it runs.
    if (classicStepPattern().match(m_classicBuffer).hasMatch()) {
        const QString line = m_classicBuffer;
        m_classicBuffer.clear();
        classicLine(line, update);
        m_stepLineHandled = true;
    }
}

void BuildOutputParser::closeClassicStep(Update *update)
{
    if (m_classicCurrent < 0)
        return;
    BuildStep &step = m_steps[m_classicCurrent];
    if (!step.completed.isValid())
        step.completed = m_clock();
    touch(&update->changed, m_classicCurrent);
    m_classicCurrent = -1;
}

void BuildOutputParser::classicLine(const QString &rawLine, Update *update)
{
    const QString line = stripColour(rawLine);
    const QRegularExpressionMatch step = classicStepPattern().match(line);
    if (step.hasMatch()) {
        m_sawClassic = true;
        closeClassicStep(update);
        BuildStep s;
        const bool buildah = step.captured(3) == QLatin1String("STEP");
        const int buildahStage = step.captured(1).isEmpty() ? 0 : step.captured(1).toInt() - 1;
        s.number = step.captured(4).toInt();
        s.total = step.captured(5).toInt();
        s.id = buildah ? QStringLiteral("step-%1-%2").arg(buildahStage + 1).arg(s.number)
                       : QStringLiteral("step-%1").arg(s.number);
        s.instruction = step.captured(6).trimmed();
        s.name = QStringLiteral("[%1/%2] %3").arg(s.number).arg(s.total).arg(s.instruction);
        s.started = m_clock();
        const QString keyword = s.instruction.section(QLatin1Char(' '), 0, 0).toUpper();
        locate(s,
            m_locator.isEmpty() ? -1
                : buildah       ? m_locator.locateBuildah(buildahStage, s.number, s.instruction)
                                : m_locator.locateClassic(s.number, s.instruction));
        bool globalArg = false;
        if (s.instructionIndex >= 0) {
            const DockerfileInstruction &instruction = m_locator.parse().instructions.at(s.instructionIndex);
            s.stage = m_locator.stageLabel(instruction.stageIndex);
            globalArg = instruction.stageIndex < 0;
            if (!s.stage.isEmpty())
                s.name = QStringLiteral("[%1 %2/%3] %4").arg(s.stage).arg(s.number).arg(s.total).arg(s.instruction);
        }
        // FROM and the ARGs before it never come from the cache in the classic builder.
        s.cacheable = keyword != QLatin1String("FROM") && !globalArg;
        m_steps.append(s);
        m_classicCurrent = int(m_steps.size()) - 1;
        touch(&update->added, m_classicCurrent);
        touch(&update->changed, m_classicCurrent);
        return;
    }
    const QString trimmed = line.trimmed();
    const bool arrow = trimmed.startsWith(QLatin1String("--->")) || trimmed.startsWith(QLatin1String("-->"));
    if (arrow) {
        const QString rest = trimmed.section(QLatin1Char(' '), 1).trimmed();
        if (rest.startsWith(QLatin1String("Using cache"))) {
            if (m_classicCurrent >= 0) {
                m_steps[m_classicCurrent].cached = true;
                touch(&update->changed, m_classicCurrent);
            }
            return;
        }
        static const QRegularExpression idOnly(QStringLiteral("^[0-9a-f]{12,64}$"));
        if (idOnly.match(rest).hasMatch()) {
            closeClassicStep(update);
            return;
        }
        // "Running in <id>", "Removed intermediate container <id>" and the like: builder chatter.
        return;
    }
    if (trimmed.startsWith(QLatin1String("Removing intermediate container")))
        return;
    // buildah writes each stage's image: "[2/2] COMMIT name" or "COMMIT name".
    static const QRegularExpression commit(QStringLiteral("^(?:\\[\\d+/\\d+\\] )?COMMIT\\b"));
    if (commit.match(trimmed).hasMatch()) {
        closeClassicStep(update);
        return;
    }
    static const QLatin1String built("Successfully built ");
    static const QLatin1String tagged("Successfully tagged ");
    if (trimmed.startsWith(built)) {
        m_shortId = trimmed.mid(built.size()).trimmed();
        closeClassicStep(update);
        return;
    }
    if (trimmed.startsWith(tagged)) {
        const QString tag = trimmed.mid(tagged.size()).trimmed();
        if (!m_tags.contains(tag))
            m_tags.append(tag);
        return;
    }
    if (m_classicCurrent >= 0) {
        const bool stderrText = rawLine.contains(QLatin1String("\x1b[91m"));
        appendLog(m_classicCurrent, stderrText ? 2 : 1, (line + QLatin1Char('\n')).toUtf8(), update);
    }
}

int BuildOutputParser::failedStep() const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (!m_steps.at(i).error.isEmpty() && !m_steps.at(i).internal)
            return i;
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        if (!m_steps.at(i).error.isEmpty())
            return i;
    }
    return -1;
}

int BuildOutputParser::failedLine() const
{
    const int step = failedStep();
    if (step >= 0 && m_steps.at(step).line > 0)
        return m_steps.at(step).line;
    const QRegularExpressionMatch m = lineNumberPattern().match(m_error);
    if (m.hasMatch())
        return m.captured(1).toInt();
    const int from = baseImageInstruction(m_error);
    return from < 0 ? 0 : m_locator.parse().instructions.at(from).range.startLine;
}

int BuildOutputParser::baseImageInstruction(const QString &text) const
{
    const QRegularExpressionMatch m = baseImagePattern().match(text);
    return m.hasMatch() && !m_locator.isEmpty() ? m_locator.locateBaseImage(m.captured(1)) : -1;
}

int BuildOutputParser::cachedSteps() const
{
    return int(
        std::count_if(m_steps.cbegin(), m_steps.cend(), [](const BuildStep &s) { return s.cacheable && s.cached; }));
}

int BuildOutputParser::cacheableSteps() const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(),
        [](const BuildStep &s) { return s.cacheable && (s.cached || (s.completed.isValid() && s.error.isEmpty())); }));
}

double BuildOutputParser::cacheRatio() const
{
    const int cacheable = cacheableSteps();
    return cacheable == 0 ? 0.0 : double(cachedSteps()) / cacheable;
}

} // namespace Dockwright::Core
