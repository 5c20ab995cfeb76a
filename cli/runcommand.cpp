// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcommand.h"

#include "clisupport.h"
#include "core/engine/endpointresolver.h"
#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/run/containercreatebody.h"
#include "core/run/containerrunner.h"
#include "core/run/dockerruncommand.h"
#include "core/run/hardening.h"
#include "signalwatcher.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <csignal>
#include <optional>

namespace Dockwright::Cli {

using namespace Dockwright::Core;

namespace {

struct Options
{
    bool print = false;
    bool json = false;
    bool multiLine = false;
    bool help = false;
    QString host;
    QString context;
    QString fromCommand;
    QStringList dockerArgs; // docker run's words: flags, then the image and its command
    bool commandAfterImage = false; // docker's form: everything after the image is the command
};

// docker run's order: flags, IMAGE, then the container's command, passed on as it is (docker/cli stops
// reading flags at the image). Dockwright's own options may stand among the flags; --print, --json and
// --multiline are also taken from after the image, so `run IMAGE ... --print` prints instead of running.
// The form of earlier versions, IMAGE FLAGS -- CMD, is still read: when every word between the image and
// a standalone "--" is a flag (or a flag's value), they are flags. After "--" nothing is ours.
bool splitOptions(const QStringList &args, Options *options, QString *error)
{
    // 1: words[i] (and its value) was one of ours, put into `into`; 0: not ours; -1: a value is missing.
    const auto takeOwn = [error](Options *into, const QStringList &words, qsizetype &i, bool outputOnly) {
        const QString &arg = words.at(i);
        auto takeValue = [&](QString *target) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            if (eq > 0 && arg.startsWith(QLatin1String("--"))) {
                *target = arg.mid(eq + 1);
                return true;
            }
            if (i + 1 >= words.size()) {
                *error = RunCommand::tr("%1 needs a value").arg(arg);
                return false;
            }
            *target = words.at(++i);
            return true;
        };
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        if (arg == QLatin1String("--print"))
            into->print = true;
        else if (arg == QLatin1String("--json"))
            into->json = true;
        else if (arg == QLatin1String("--multiline"))
            into->multiLine = true;
        else if (outputOnly)
            return 0;
        else if (arg == QLatin1String("--help"))
            into->help = true;
        else if (name == QLatin1String("--host") || arg == QLatin1String("-H"))
            return takeValue(&into->host) ? 1 : -1;
        else if (name == QLatin1String("--context"))
            return takeValue(&into->context) ? 1 : -1;
        else if (name == QLatin1String("--from-command"))
            return takeValue(&into->fromCommand) ? 1 : -1;
        else
            return 0;
        return 1;
    };
    // Flags from the start of `words` into `into` (ours taken out, docker's kept with their values), up to
    // the first word that is no flag or "--": its index (words.size() when there is none), -1 when a
    // value is missing.
    const auto takeFlags = [&](Options *into, const QStringList &words) -> qsizetype {
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString &word = words.at(i);
            if (word == QLatin1String("--") || !word.startsWith(QLatin1Char('-')) || word == QLatin1String("-"))
                return i;
            const int own = takeOwn(into, words, i, false);
            if (own < 0)
                return -1;
            if (own > 0)
                continue;
            into->dockerArgs << word;
            if (DockerRunCommand::takesNextWord(word) && i + 1 < words.size())
                into->dockerArgs << words.at(++i);
        }
        return words.size();
    };

    const qsizetype image = takeFlags(options, args);
    if (image < 0)
        return false;
    if (image >= args.size())
        return true;
    if (args.at(image) == QLatin1String("--")) { // docker: the image and its command follow, whatever they look like
        options->dockerArgs += args.mid(image);
        return true;
    }
    const QStringList rest = args.mid(image + 1);
    const qsizetype separator = rest.indexOf(QStringLiteral("--"));
    QStringList command;
    Options earlierForm = *options; // IMAGE FLAGS -- CMD: taken only when every word up to "--" is a flag
    const qsizetype flagsEnd = separator > 0 ? takeFlags(&earlierForm, rest.mid(0, separator)) : 0;
    if (flagsEnd < 0)
        return false;
    if (separator == 0) {
        command = rest.mid(1); // IMAGE -- CMD
    } else if (separator > 0 && flagsEnd == separator) {
        *options = earlierForm;
        command = rest.mid(separator + 1);
    } else {
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (takeOwn(options, rest, i, true) == 0)
                command << rest.at(i);
        }
        options->commandAfterImage = true;
    }
    options->dockerArgs << args.at(image) << command;
    return true;
}

QJsonArray warningsJson(const RunWarnings &warnings)
{
    QJsonArray array;
    for (const RunWarning &w : warnings)
        array.append(QJsonObject {{QStringLiteral("severity"), RunWarning::severityName(w.severity)},
            {QStringLiteral("code"), w.code}, {QStringLiteral("field"), w.field},
            {QStringLiteral("message"), w.message}});
    return array;
}

bool hasErrors(const RunWarnings &warnings)
{
    return std::any_of(warnings.cbegin(), warnings.cend(),
        [](const RunWarning &w) { return w.severity == RunWarning::Severity::Error; });
}

void printWarnings(QTextStream &stream, const RunWarnings &warnings)
{
    for (const RunWarning &w : warnings) {
        stream << RunWarning::severityName(w.severity) << ": ";
        if (!w.field.isEmpty())
            stream << w.field << ": ";
        stream << w.message << '\n';
    }
}

// How long a container may take to end on a forwarded Ctrl+C before it is stopped.
constexpr int ProxiedSignalGraceMs = 3000;

// The image's configuration from the engine (GET /images/{name}/json), so the hardening checks speak
// about the effective configuration (image + flags): an image whose USER is appuser runs as non-root.
// nullopt with *why when the image could not be inspected.
std::optional<ImageRunInfo> inspectImage(EngineClient &client, const QString &image, QString *why)
{
    QJsonDocument reply;
    if (const EngineError error = CliSupport::request(client, EngineApi::inspectImage(image), &reply)) {
        *why = error.toString();
        return std::nullopt;
    }
    return ImageRunInfo::fromInspect(reply.object());
}

// For --print, which needs no engine: the image's configuration when an engine answers within a few
// seconds (the one `run` would use), else nullopt and why.
std::optional<ImageRunInfo> inspectForPrint(const Options &options, const QString &image, QString *why)
{
    if (image.isEmpty())
        return std::nullopt;
    const Endpoint endpoint
        = EndpointResolver().resolve(CliSupport::endpointChoice(options.host, options.context), why);
    if (!endpoint.isValid())
        return std::nullopt;
    EngineClient client;
    client.setEndpoint(endpoint);
    if (!client.connectAndWait(5000)) {
        *why = client.lastError().message;
        return std::nullopt;
    }
    return inspectImage(client, image, why);
}

} // namespace

QString RunCommand::summary() const
{
    return tr("Run a container, or print its docker run command and Engine API create body");
}

int RunCommand::run(const QStringList &args, CliIo &io)
{
    Options options;
    QString error;
    if (!splitOptions(args.mid(1), &options, &error)) {
        io.err << "dockwright-cli run: " << error << '\n';
        return ExitBadInput;
    }
    if (options.help) {
        io.out
            << tr("Usage: dockwright-cli run [docker run flags] IMAGE [CMD ARGS...] [--print [--json] [--multiline]]\n"
                  "       dockwright-cli run --from-command 'docker run ...' [--print [--json]]")
            << "\n\n"
            << tr("Takes the flags of docker run in docker's order: flags, IMAGE, then the container's command.\n"
                  "--print              print the docker run command, the create body, warnings and the hardening "
                  "score\n"
                  "--json               with --print: one JSON object with the keys command, create, warnings, score\n"
                  "--multiline          with --print: one flag per line with \\ continuations\n"
                  "--from-command TEXT  parse a pasted docker run command instead of the arguments\n"
                  "--host URI, --context NAME  the engine to run on (default: like the docker CLI)\n"
                  "-d, --detach         create and start, print the container id, do not follow its output")
            << "\n\n"
            << tr("Exit codes: the container's exit code when it ran; 1 with --print when a warning is an error;\n"
                  "2 bad input; 3 engine error before the container started.")
            << '\n';
        return ExitOk;
    }

    DockerRunCommand::ParseResult parsed;
    if (!options.fromCommand.isEmpty()) {
        parsed = DockerRunCommand::parse(options.fromCommand);
        if (!options.dockerArgs.isEmpty())
            parsed.warnings.append({RunWarning::Severity::Warning, QStringLiteral("ignored-arguments"),
                options.dockerArgs.join(QLatin1Char(' ')), tr("Arguments next to --from-command were ignored")});
    } else {
        parsed = DockerRunCommand::parseArguments(options.dockerArgs, DockerRunCommand::ArgumentOrder::Docker);
        // docker would run it so too; most likely the flag was meant for docker run.
        if (parsed.ok() && options.commandAfterImage && !parsed.profile.command.isEmpty()
            && DockerRunCommand::isKnownFlag(parsed.profile.command.first()))
            parsed.warnings.append(
                {RunWarning::Severity::Warning, QStringLiteral("flag-after-image"), parsed.profile.command.first(),
                    tr("%1 comes after the image, so it goes to the container as its command, as docker run reads "
                       "it (flags stop at the image). Put it before %2 if it is meant for docker run.")
                        .arg(parsed.profile.command.first(), parsed.profile.image)});
    }
    if (!parsed.ok()) {
        io.err << "dockwright-cli run: " << parsed.error << '\n';
        printWarnings(io.err, parsed.warnings);
        return ExitBadInput;
    }
    const RunProfile &profile = parsed.profile;
    if (!options.print)
        return execute(profile, parsed.warnings, options.host, options.context, io);

    // Scored from the effective configuration: the flags over what the image itself sets (USER).
    QString notInspected;
    const std::optional<ImageRunInfo> image = inspectForPrint(options, profile.image, &notInspected);
    const Hardening::Report report = Hardening::evaluate(profile, image ? &*image : nullptr);
    RunWarnings warnings = parsed.warnings + report.warnings;
    if (!image && !profile.image.isEmpty())
        warnings.append({RunWarning::Severity::Info, QStringLiteral("image-not-inspected"), QStringLiteral("image"),
            tr("The image was not inspected (%1), so the score knows only the flags: what the image sets "
               "itself, such as its USER, is not counted.")
                .arg(notInspected)});
    const std::optional<QString> user = Hardening::effectiveUser(profile, image ? &*image : nullptr);
    DockerRunCommand::Options shellOptions;
    shellOptions.multiLine = options.multiLine;
    const QString command = DockerRunCommand::toShell(profile, shellOptions);
    const QJsonObject body = ContainerCreateBody::build(profile);
    const EngineRequest create = EngineApi::createContainer(body, profile.name, profile.platform);
    const QString createPath = create.path
        + (create.query.isEmpty() ? QString() : QLatin1Char('?') + create.query.toString(QUrl::FullyEncoded));
    if (options.json) {
        QJsonArray checklist;
        for (const Hardening::Item &item : report.items)
            checklist.append(QJsonObject {{QStringLiteral("id"), item.id},
                {QStringLiteral("status"), Hardening::statusName(item.status)}, {QStringLiteral("weight"), item.weight},
                {QStringLiteral("flags"), item.flags}});
        // Keys command, create, createPath, warnings, score, checklist, imageInspected, effectiveUser are
        // a contract (docs/cli/run.md).
        const QJsonObject out {{QStringLiteral("command"), command}, {QStringLiteral("create"), body},
            {QStringLiteral("createPath"), createPath}, {QStringLiteral("warnings"), warningsJson(warnings)},
            {QStringLiteral("score"), report.score}, {QStringLiteral("checklist"), checklist},
            {QStringLiteral("imageInspected"), image.has_value()},
            {QStringLiteral("effectiveUser"), user ? QJsonValue(*user) : QJsonValue(QJsonValue::Null)}};
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        io.out << command << "\n\n"
               << "POST " << createPath << '\n'
               << QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)) << '\n'
               << tr("Hardening score: %1/100").arg(report.score) << '\n';
        for (const Hardening::Item &item : report.items) {
            if (item.status == Hardening::Status::Missing)
                io.out << tr("  missing: %1 (%2)").arg(item.title, item.flags) << '\n';
        }
        printWarnings(io.out, warnings);
    }
    io.out.flush();
    return hasErrors(warnings) ? ExitFindings : ExitOk;
}

int RunCommand::execute(
    const RunProfile &profile, const RunWarnings &parseWarnings, const QString &host, const QString &context, CliIo &io)
{
    const auto given = [](const QString &value) { return value.isEmpty() ? std::nullopt : std::optional(value); };
    int exitCode = ExitOk;
    const std::optional<Endpoint> endpoint
        = CliSupport::resolveEndpoint(name(), given(host), given(context), io, &exitCode);
    if (!endpoint)
        return exitCode;
    EngineClient client;
    if (!CliSupport::connectEngine(client, *endpoint, name(), io))
        return ExitEngine;

    // With the image inspected, the user checks (root, unknown user) can speak about the image too.
    QString notInspected;
    const std::optional<ImageRunInfo> image = inspectImage(client, profile.image, &notInspected);
    RunWarnings warnings = parseWarnings + Hardening::warnings(profile, image ? &*image : nullptr);
    if (profile.interactive)
        warnings.append({RunWarning::Severity::Info, QStringLiteral("stdin"), QStringLiteral("-i"),
            tr("Standard input is not forwarded to the container by dockwright-cli run")});
    for (const RunWarning &w : std::as_const(warnings)) {
        if (w.severity != RunWarning::Severity::Info)
            printWarnings(io.err, {w});
    }
    io.err.flush();

    ContainerRunner runner(&client);
    QEventLoop loop;
    QObject::connect(&runner, &ContainerRunner::output, &runner, [&io](const LogRecord &record) {
        QTextStream &stream = record.stream == LogRecord::Stream::Stdout ? io.out : io.err;
        stream << QString::fromUtf8(record.payload);
        stream.flush();
    });
    QObject::connect(&runner, &ContainerRunner::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);

    // docker run's signal proxy: Ctrl+C (SIGINT) and SIGTERM go to the container's process. A process
    // that does not end on it (PID 1 ignores every signal it has no handler for) is stopped a few
    // seconds later, SIGKILL after --stop-timeout (10 s by default), so a --rm container is then
    // removed instead of left running. A second Ctrl+C stops it at once.
    SignalWatcher proxy({SIGINT, SIGTERM});
    QTimer stopLater;
    stopLater.setSingleShot(true);
    stopLater.setInterval(ProxiedSignalGraceMs);
    const int stopTimeout = profile.stopTimeout.value_or(10);
    const auto stopContainer = [&] {
        io.err
            << tr("Stopping container %1 (SIGKILL after %2 s)...").arg(runner.containerId().left(12)).arg(stopTimeout)
            << '\n';
        io.err.flush();
        runner.stop(stopTimeout);
    };
    QObject::connect(&stopLater, &QTimer::timeout, &runner, stopContainer);
    int proxied = 0;
    bool interruptedEarly = false; // before the start: stopped as soon as it runs
    QObject::connect(&runner, &ContainerRunner::started, &runner, [&] {
        if (interruptedEarly)
            stopContainer();
    });
    QObject::connect(&proxy, &SignalWatcher::signalled, &runner, [&](int signal) {
        if (runner.state() != ContainerRunner::State::Running) {
            interruptedEarly = true;
            return;
        }
        if (++proxied > 1) {
            stopLater.stop();
            stopContainer();
            return;
        }
        runner.signal(signal == SIGTERM ? QStringLiteral("SIGTERM") : QStringLiteral("SIGINT"));
        stopLater.start();
    });
    runner.start(profile, !profile.detach);
    loop.exec(); // finished() is queued, so a synchronous failure still ends the loop
    for (const QString &w : runner.engineWarnings())
        io.err << "warning: " << w << '\n';
    if (runner.state() == ContainerRunner::State::Failed) {
        io.err << "dockwright-cli run: " << runner.error().toString() << '\n';
        io.err.flush();
        return runner.containerId().isEmpty() || runner.exitCode() < 0 ? ExitEngine : runner.exitCode();
    }
    if (profile.detach) {
        io.out << runner.containerId() << '\n';
        io.out.flush();
        return ExitOk;
    }
    io.out.flush();
    io.err.flush();
    return runner.exitCode();
}

} // namespace Dockwright::Cli
