// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildcommand.h"

#include "clisupport.h"
#include "core/builder/buildhistory.h"
#include "core/builder/buildjob.h"
#include "core/common/bytesize.h"
#include "core/engine/engineclient.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace Dockwright::Cli {

using namespace Dockwright::Core;

namespace {

QString seconds(qint64 ms)
{
    return QString::number(qMax<qint64>(ms, 0) / 1000.0, 'f', 1) + QLatin1Char('s');
}

int terminalWidth()
{
    winsize size {};
    if (::ioctl(fileno(stdout), TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        return size.ws_col;
    return 100;
}

QJsonObject stepJson(int index, const BuildStep &step, const QString &file)
{
    QJsonObject o {{QStringLiteral("type"), QStringLiteral("step")}, {QStringLiteral("index"), index},
        {QStringLiteral("id"), step.id}, {QStringLiteral("name"), step.name}, {QStringLiteral("stage"), step.stage},
        {QStringLiteral("instruction"), step.instruction},
        {QStringLiteral("state"), BuildStep::stateName(step.state())}, {QStringLiteral("cached"), step.cached},
        {QStringLiteral("internal"), step.internal}};
    if (step.line > 0) {
        o.insert(QStringLiteral("file"), file);
        o.insert(QStringLiteral("line"), step.line);
        o.insert(QStringLiteral("endLine"), step.endLine);
    }
    if (step.started.isValid())
        o.insert(QStringLiteral("started"), step.started.toString(Qt::ISODateWithMs));
    if (step.completed.isValid())
        o.insert(QStringLiteral("durationMs"), step.durationMs());
    if (!step.error.isEmpty())
        o.insert(QStringLiteral("error"), step.error);
    return o;
}

// The three ways of showing a build; each gets the job's signals.
class Display
{
public:
    enum class Mode { Plain, Tty, Json, Quiet };

    Display(Mode mode, CliIo &io)
        : m_mode(mode)
        , m_io(io)
    { }

    void setFile(const QString &file) { m_file = file; }

    void emitJson(const QJsonObject &o)
    {
        m_io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        m_io.out.flush();
    }

    void context(qint64 sent, qint64 total)
    {
        m_contextSent = sent;
        m_contextTotal = total;
        // Every 256 KiB at most; the end is contextDone(). Qt reports a streamed body's total as what was
        // sent so far, so sent == total says nothing about the end (the first 1 kB chunk was printed
        // as the context's size).
        if (m_mode == Mode::Json && sent - m_lastContextEvent >= 256 * 1024) {
            m_lastContextEvent = sent;
            emitJson({{QStringLiteral("type"), QStringLiteral("context")}, {QStringLiteral("sent"), sent},
                {QStringLiteral("total"), total}});
        }
    }

    // The upload is over once the engine answers (the first step, log line or warning) or the build
    // ends: only then is the context's size known.
    void contextDone()
    {
        if (m_contextDone || m_contextSent <= 0)
            return;
        m_contextDone = true;
        m_contextTotal = m_contextSent;
        if (m_mode == Mode::Json) {
            emitJson({{QStringLiteral("type"), QStringLiteral("context")}, {QStringLiteral("sent"), m_contextSent},
                {QStringLiteral("total"), m_contextSent}, {QStringLiteral("done"), true}});
        } else if (m_mode == Mode::Plain) {
            m_io.out << BuildCommand::tr("Sent the build context: %1").arg(formatBytes(m_contextSent)) << '\n';
            m_io.out.flush();
        }
    }

    void step(int index, const BuildStep &step)
    {
        contextDone();
        while (m_steps.size() <= index) {
            m_steps.append(BuildStep());
            m_shownState.append(-1);
            m_partial.append(QByteArray());
        }
        m_steps[index] = step;
        const int state = int(step.state());
        if (state == m_shownState.at(index))
            return;
        // A step that was never started and not finished stays out of sight (a waiting vertex).
        if (step.state() == BuildStep::State::Waiting)
            return;
        const int before = m_shownState.at(index);
        m_shownState[index] = state;
        if (m_mode == Mode::Json) {
            emitJson(stepJson(index, step, m_file));
        } else if (m_mode == Mode::Plain) {
            // One end line per step, as docker's plain progress prints: BuildKit may report a vertex
            // completed and then, in a later update, cached ("#5 DONE" then "#5 CACHED").
            const auto finished = [](int shown) {
                return shown == int(BuildStep::State::Done) || shown == int(BuildStep::State::Cached)
                    || shown == int(BuildStep::State::Failed);
            };
            if (finished(before) && finished(state))
                return;
            const QString tag = QLatin1Char('#') + QString::number(index + 1) + QLatin1Char(' ');
            if (before < 0)
                m_io.out << tag << step.name << '\n';
            switch (step.state()) {
            case BuildStep::State::Cached:
                m_io.out << tag << "CACHED\n";
                break;
            case BuildStep::State::Done:
                flushPartial(index);
                m_io.out << tag << "DONE " << seconds(step.durationMs()) << '\n';
                break;
            case BuildStep::State::Failed:
                flushPartial(index);
                m_io.out << tag << "ERROR: " << step.error << '\n';
                break;
            default:
                break;
            }
            m_io.out.flush();
        }
    }

    void log(int index, int stream, const QByteArray &text)
    {
        contextDone();
        if (m_mode == Mode::Json) {
            emitJson({{QStringLiteral("type"), QStringLiteral("log")}, {QStringLiteral("index"), index},
                {QStringLiteral("stream"), stream == 2 ? QStringLiteral("stderr") : QStringLiteral("stdout")},
                {QStringLiteral("text"), QString::fromUtf8(text)}});
            return;
        }
        if (m_mode != Mode::Plain || index < 0 || index >= m_partial.size())
            return;
        // Whole lines only, each prefixed with its step like buildx's plain output.
        QByteArray &pending = m_partial[index];
        pending.append(text);
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            m_io.out << '#' << index + 1 << ' ' << QString::fromUtf8(pending.left(newline)) << '\n';
            pending.remove(0, newline + 1);
        }
        m_io.out.flush();
    }

    void warning(const BuildWarning &w)
    {
        contextDone();
        if (m_mode == Mode::Json) {
            emitJson({{QStringLiteral("type"), QStringLiteral("warning")}, {QStringLiteral("index"), w.step},
                {QStringLiteral("message"), w.message},
                {QStringLiteral("detail"), QJsonArray::fromStringList(w.detail)}, {QStringLiteral("url"), w.url},
                {QStringLiteral("file"), w.file.isEmpty() ? m_file : w.file}, {QStringLiteral("line"), w.line}});
            return;
        }
        m_warnings.append(w);
        if (m_mode == Mode::Plain) {
            m_io.err << (w.line > 0 ? m_file + QLatin1Char(':') + QString::number(w.line) + QLatin1String(": ")
                                    : QString())
                     << "warning: " << w.message << '\n';
            m_io.err.flush();
        }
    }

    // The live view: a header, then one line per step with its time or CACHED, the tail of running logs.
    void redraw(qint64 elapsedMs, bool final)
    {
        if (m_mode != Mode::Tty)
            return;
        const int width = terminalWidth();
        QStringList lines;
        int done = 0;
        for (const BuildStep &s : std::as_const(m_steps))
            done += s.isFinished() ? 1 : 0;
        lines << BuildCommand::tr("[+] Building %1 (%2/%3)%4")
                     .arg(seconds(elapsedMs))
                     .arg(done)
                     .arg(m_steps.size())
                     .arg(final ? BuildCommand::tr(" FINISHED") : QString());
        if (m_contextTotal > 0 && m_contextSent < m_contextTotal)
            lines << QStringLiteral(" => sending context %1 / %2")
                         .arg(formatBytes(m_contextSent), formatBytes(m_contextTotal));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // BuildKit announces later vertexes first; show them in the order they started, as buildx does.
        QList<BuildStep> ordered = m_steps;
        std::stable_sort(ordered.begin(), ordered.end(), [](const BuildStep &a, const BuildStep &b) {
            return a.started.isValid() && (!b.started.isValid() || a.started < b.started);
        });
        for (const BuildStep &s : std::as_const(ordered)) {
            if (s.state() == BuildStep::State::Waiting)
                continue;
            QString prefix = QStringLiteral(" => ");
            if (s.state() == BuildStep::State::Cached)
                prefix += QLatin1String("CACHED ");
            else if (s.state() == BuildStep::State::Failed)
                prefix += QLatin1String("ERROR ");
            const QString time = s.state() == BuildStep::State::Cached ? QString() : seconds(s.durationMs(now));
            QString line = prefix + s.name;
            const int room = width - 1 - int(time.size()) - 1;
            if (line.size() > room)
                line = line.left(qMax(room - 1, 10)) + QChar(0x2026);
            lines << line.leftJustified(room) + QLatin1Char(' ') + time;
            if (s.state() == BuildStep::State::Running && !final && !s.log.isEmpty()) {
                QStringList logLines = QString::fromUtf8(s.log).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                for (QString l : logLines.mid(qMax<qsizetype>(0, logLines.size() - 5))) {
                    l = QLatin1String(" => => # ") + l;
                    lines << (l.size() > width - 1 ? l.left(width - 2) + QChar(0x2026) : l);
                }
            }
        }
        QString out;
        if (m_drawnLines > 0)
            out += QStringLiteral("\x1b[%1A").arg(m_drawnLines);
        for (const QString &l : std::as_const(lines))
            out += QLatin1String("\r\x1b[2K") + l + QLatin1Char('\n');
        // Leftover lines of a taller previous frame.
        for (int i = int(lines.size()); i < m_drawnLines; ++i)
            out += QLatin1String("\r\x1b[2K\n");
        if (m_drawnLines > lines.size())
            out += QStringLiteral("\x1b[%1A").arg(m_drawnLines - lines.size());
        m_drawnLines = int(lines.size());
        m_io.out << out;
        m_io.out.flush();
    }

    void updateStepData(int index, const BuildStep &step)
    {
        if (index < m_steps.size())
            m_steps[index] = step;
    }

    const QList<BuildWarning> &warnings() const { return m_warnings; }

private:
    void flushPartial(int index)
    {
        if (index < m_partial.size() && !m_partial.at(index).isEmpty()) {
            m_io.out << '#' << index + 1 << ' ' << QString::fromUtf8(m_partial.at(index)) << '\n';
            m_partial[index].clear();
        }
    }

    Mode m_mode;
    CliIo &m_io;
    QString m_file;
    QList<BuildStep> m_steps;
    QList<int> m_shownState;
    QList<QByteArray> m_partial;
    QList<BuildWarning> m_warnings;
    qint64 m_contextSent = 0;
    qint64 m_contextTotal = 0;
    qint64 m_lastContextEvent = -1;
    bool m_contextDone = false;
    int m_drawnLines = 0;
};

} // namespace

QString BuildCommand::summary() const
{
    return tr("Build an image through the Engine API and show its steps, cache use and times");
}

int BuildCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Builds DIR (the build context, after .dockerignore) on the engine with BuildKit when it has it, "
           "else with the classic builder, and shows each step with CACHED markers and times. The engine is "
           "chosen like the docker CLI does (--host, DOCKER_HOST, the docker context)."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption fileOption({QStringLiteral("f"), QStringLiteral("file")},
        tr("Dockerfile (relative to the current directory, as with docker; default DIR/Dockerfile; - reads it "
           "from standard input)."),
        tr("F"));
    const QCommandLineOption argOption(
        QStringLiteral("build-arg"), tr("Build argument KEY=VALUE (KEY alone: from the environment)."), tr("K=V"));
    const QCommandLineOption targetOption(QStringLiteral("target"), tr("Stage to build."), tr("T"));
    const QCommandLineOption tagOption(
        {QStringLiteral("t"), QStringLiteral("tag")}, tr("Image name:tag (repeatable)."), tr("TAG"));
    const QCommandLineOption labelOption(QStringLiteral("label"), tr("Image label KEY=VALUE (repeatable)."), tr("K=V"));
    const QCommandLineOption noCacheOption(QStringLiteral("no-cache"), tr("Do not use the build cache."));
    const QCommandLineOption pullOption(QStringLiteral("pull"), tr("Always look for newer base images."));
    const QCommandLineOption platformOption(
        QStringLiteral("platform"), tr("Target platform os/arch[/variant]."), tr("P"));
    const QCommandLineOption networkOption(
        QStringLiteral("network"), tr("Network mode of RUN steps (default, host, none)."), tr("MODE"));
    const QCommandLineOption hostOption({QStringLiteral("H"), QStringLiteral("host")},
        tr("Engine address (unix:///path, tcp://host:port)."), tr("URI"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON lines events (docs/cli/build.md)."));
    const QCommandLineOption progressOption(QStringLiteral("progress"),
        tr("As docker build: auto (the live view on a terminal, else plain), plain, tty, quiet."), tr("TYPE"),
        QStringLiteral("auto"));
    const QCommandLineOption quietOption(
        {QStringLiteral("q"), QStringLiteral("quiet")}, tr("Print only the image ID once built (as docker build -q)."));
    parser.addOptions({helpOption, fileOption, argOption, targetOption, tagOption, labelOption, noCacheOption,
        pullOption, platformOption, networkOption, hostOption, jsonOption, progressOption, quietOption});
    const CliSupport::Help help {name(),
        tr("Usage: dockwright-cli build DIR [--file F] [--build-arg K=V ...] [--target T] [-t TAG ...]\n"
           "       [--label K=V ...] [--no-cache] [--pull] [--platform P] [--network MODE] [--host URI]\n"
           "       [--progress auto|plain|tty|quiet] [-q] [--json]"),
        tr("Exit codes: 0 built, 1 the build failed, 2 bad input, 3 engine error, 130 cancelled (Ctrl+C)."),
        CliSupport::Help::Layout::OptionList};
    if (const auto done = CliSupport::parseArguments(parser, args, io, help))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        CliSupport::printError(io.err, name(),
            positional.isEmpty() ? tr("the build context DIR is missing.")
                                 : tr("only one build context DIR can be given."),
            CliSupport::helpHint(name()));
        return ExitBadInput;
    }

    BuildRequest request;
    request.contextDir = positional.first();
    request.dockerfile = parser.value(fileOption);
    if (request.dockerfile == u"-") { // as docker build -f - DIR: the Dockerfile comes from stdin
        const std::optional<QByteArray> text = CliSupport::readInput(request.dockerfile, name(), io.err, true);
        if (!text)
            return ExitBadInput;
        request.dockerfile.clear();
        request.dockerfileText = *text;
    } else if (!request.dockerfile.isEmpty()) { // as docker/cli: relative to the current directory, not DIR
        request.dockerfile = QDir::current().absoluteFilePath(request.dockerfile);
    }
    for (const auto &[argName, value] : CliSupport::buildArgs(parser.values(argOption)))
        request.buildArgs.append({argName, value});
    request.target = parser.value(targetOption);
    request.tags = parser.values(tagOption);
    for (const QString &spec : parser.values(labelOption))
        request.labels.append(BuildRequest::parseLabel(spec));
    request.noCache = parser.isSet(noCacheOption);
    request.pull = parser.isSet(pullOption);
    request.platform = parser.value(platformOption);
    request.networkMode = parser.value(networkOption);

    const bool json = parser.isSet(jsonOption);
    const QString progress = parser.value(progressOption);
    static const QStringList progressTypes {
        QStringLiteral("auto"), QStringLiteral("plain"), QStringLiteral("tty"), QStringLiteral("quiet")};
    if (!progressTypes.contains(progress)) {
        // rawjson is buildx's own stream; --json is ours. Never show another form than asked.
        CliSupport::printError(io.err, name(),
            tr("--progress %1 is not supported: use auto, plain, tty or quiet (or --json for JSON events)")
                .arg(progress));
        return ExitBadInput;
    }
    const bool quiet = parser.isSet(quietOption) || progress == QLatin1String("quiet");
    const QString host = parser.value(hostOption);
    int exitCode = ExitOk;
    const std::optional<Endpoint> endpoint = CliSupport::resolveEndpoint(
        name(), host.isEmpty() ? std::nullopt : std::optional(host), std::nullopt, io, &exitCode);
    if (!endpoint)
        return exitCode;
    EngineClient client;
    const bool connected = CliSupport::connectEngine(client, *endpoint, name(), io, [&](const EngineError &e) {
        if (json) {
            Display(Display::Mode::Json, io)
                .emitJson({{QStringLiteral("type"), QStringLiteral("error")},
                    {QStringLiteral("kind"), BuildError::kindName(BuildError::Kind::Engine)},
                    {QStringLiteral("message"), e.message}, {QStringLiteral("hint"), e.hint}});
        }
    });
    if (!connected)
        return ExitEngine;

    const Display::Mode mode = json          ? Display::Mode::Json
        : quiet                              ? Display::Mode::Quiet
        : progress == QLatin1String("plain") ? Display::Mode::Plain
        : progress == QLatin1String("tty")   ? Display::Mode::Tty
        : io.outIsTerminal                   ? Display::Mode::Tty
                                             : Display::Mode::Plain;
    Display display(mode, io);
    BuildJob job(&client);
    QEventLoop loop;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer ticker;
    ticker.setInterval(150);
    QObject::connect(&ticker, &QTimer::timeout, &job, [&] { display.redraw(elapsed.elapsed(), false); });
    QObject::connect(
        &job, &BuildJob::contextProgress, &job, [&](qint64 sent, qint64 total) { display.context(sent, total); });
    QObject::connect(
        &job, &BuildJob::stepAdded, &job, [&](int index, const BuildStep &step) { display.step(index, step); });
    QObject::connect(
        &job, &BuildJob::stepChanged, &job, [&](int index, const BuildStep &step) { display.step(index, step); });
    QObject::connect(&job, &BuildJob::logReceived, &job, [&](int index, int stream, const QByteArray &text) {
        display.updateStepData(index, job.steps().at(index));
        display.log(index, stream, text);
    });
    QObject::connect(&job, &BuildJob::warningReceived, &job, [&](const BuildWarning &w) { display.warning(w); });
    QObject::connect(&job, &BuildJob::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);

    // Ctrl+C cancels the build on the engine instead of leaving it running there.
    SignalWatcher interrupt({SIGINT});
    QObject::connect(&interrupt, &SignalWatcher::signalled, &job, [&] {
        if (!json)
            io.err << '\n' << tr("Cancelling the build...") << '\n';
        io.err.flush();
        job.cancel();
    });

    job.start(request);
    if (mode == Display::Mode::Tty)
        ticker.start();
    loop.exec();
    ticker.stop();
    display.contextDone(); // a build that failed before the engine said anything

    const BuildResult &result = job.result();
    for (int i = 0; i < result.steps.size(); ++i)
        display.updateStepData(i, result.steps.at(i));
    display.setFile(result.dockerfile);
    display.redraw(elapsed.elapsed(), true);

    // Every finished attempt goes into the project's history (the GUI lists and compares them).
    if (job.state() != BuildJob::State::Cancelled && result.error.kind != BuildError::Kind::Input) {
        BuildHistory history(BuildHistory::fileForContext(request.contextDir));
        QString historyError;
        if (history.load(&historyError)) {
            history.append(result);
            history.save(&historyError);
        }
        if (!historyError.isEmpty() && !json)
            io.err << "warning: " << historyError << '\n';
    }

    if (job.state() == BuildJob::State::Succeeded) {
        if (json) {
            QJsonArray steps;
            for (int i = 0; i < result.steps.size(); ++i) {
                const BuildStep &s = result.steps.at(i);
                QJsonObject o {{QStringLiteral("index"), i}, {QStringLiteral("name"), s.name},
                    {QStringLiteral("cached"), s.cached}, {QStringLiteral("internal"), s.internal},
                    {QStringLiteral("durationMs"), s.completed.isValid() ? s.durationMs() : 0}};
                if (s.line > 0)
                    o.insert(QStringLiteral("line"), s.line);
                steps.append(o);
            }
            display.emitJson(
                {{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("imageId"), result.imageId},
                    {QStringLiteral("tags"), QJsonArray::fromStringList(result.tags)},
                    {QStringLiteral("size"), result.imageSize}, {QStringLiteral("durationMs"), result.durationMs},
                    {QStringLiteral("contextBytes"), result.contextBytes}, {QStringLiteral("builder"), result.builder},
                    {QStringLiteral("cacheRatio"), result.cacheRatio()},
                    {QStringLiteral("cachedSteps"), result.cachedSteps},
                    {QStringLiteral("cacheableSteps"), result.cacheableSteps}, {QStringLiteral("steps"), steps}});
        } else if (mode == Display::Mode::Quiet) {
            io.out << result.imageId << '\n'; // docker build -q
            io.out.flush();
        } else {
            io.out << tr("Built %1 (%2) in %3; cache: %4 of %5 steps (%6%)")
                          .arg(result.imageId,
                              result.imageSize >= 0 ? formatBytes(result.imageSize) : tr("size unknown"),
                              seconds(result.durationMs))
                          .arg(result.cachedSteps)
                          .arg(result.cacheableSteps)
                          .arg(qRound(result.cacheRatio() * 100))
                   << '\n';
            for (const QString &tag : result.tags)
                io.out << tr("Tagged %1").arg(tag) << '\n';
            io.out.flush();
        }
        return ExitOk;
    }

    const BuildError &error = result.error;
    if (json) {
        QJsonObject o {{QStringLiteral("type"), QStringLiteral("error")},
            {QStringLiteral("kind"), BuildError::kindName(error.kind)}, {QStringLiteral("message"), error.message},
            {QStringLiteral("hint"), error.hint}};
        if (!error.file.isEmpty())
            o.insert(QStringLiteral("file"), error.file);
        if (error.line > 0)
            o.insert(QStringLiteral("line"), error.line);
        if (!error.step.isEmpty())
            o.insert(QStringLiteral("step"), error.step);
        display.emitJson(o);
    } else if (mode == Display::Mode::Tty && error.kind == BuildError::Kind::Build) {
        // The live view hid the logs; show the end of the failing step's output.
        for (const BuildStep &s : result.steps) {
            if (s.error.isEmpty() || s.log.isEmpty())
                continue;
            const QStringList lines = QString::fromUtf8(s.log).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            io.err << "------\n > " << s.name << ":\n";
            for (const QString &l : lines.mid(qMax<qsizetype>(0, lines.size() - 20)))
                io.err << l << '\n';
            io.err << "------\n";
            break;
        }
    }
    io.err << error.toString() << '\n';
    io.err.flush();
    switch (error.kind) {
    case BuildError::Kind::Cancelled:
        return ExitCancelled;
    case BuildError::Kind::Input:
    case BuildError::Kind::Context:
        return ExitBadInput;
    case BuildError::Kind::Engine:
        return ExitEngine;
    default:
        return ExitFindings;
    }
}

} // namespace Dockwright::Cli
