// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcecommands.h"

#include "clisupport.h"
#include "core/common/bytesize.h"
#include "core/common/timetext.h"
#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/engine/imagereference.h"
#include "core/engine/resources.h"
#include "core/run/logdemultiplexer.h"
#include "core/run/rununits.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <algorithm>
#include <csignal>
#include <memory>

namespace Dockwright::Cli {

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

// docker's exit code for an error the engine answered with (docker/cli prints it and exits 1).
constexpr int ExitDaemon = 1;

// docker/cli's wording for an engine's refusal: "Error response from daemon: No such container: x".
void printDaemonError(QTextStream &err, const EngineError &error)
{
    err << "Error response from daemon: " << (error.engineMessage.isEmpty() ? error.message : error.engineMessage)
        << '\n';
    err.flush();
}

// docker's formatter.Ellipsis: at most `width` characters, the last one "…" when cut.
QString ellipsis(const QString &text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

// "5 minutes ago", as `docker ps` and `docker images` word a creation time (go-units HumanDuration).
QString ago(const QDateTime &then)
{
    if (!then.isValid())
        return {};
    return TimeText::duration(then.secsTo(QDateTime::currentDateTimeUtc())) + u" ago"_s;
}

// Go's time.Time String(), which docker's CreatedAt uses: "2026-12-04 21:40:00 +0000 UTC".
QString goTime(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" +0000 UTC"_s;
}

// text/tabwriter as docker/cli sets it up (padding 3): every column but the last padded to its widest cell.
void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], int(row.at(i).size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 3) : row.at(i);
        out << line << '\n';
    }
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// --format: the table (default) or json, one object per line as docker prints it; a Go template we
// cannot honour stops the command (never print something else than asked).
bool jsonFormat(const QCommandLineParser &parser, CliIo &io, const QString &command, bool *ok)
{
    const QString format = parser.value(u"format"_s);
    *ok = format.isEmpty() || format == "json"_L1 || format == "table"_L1;
    if (!*ok)
        CliSupport::printError(io.err, command,
            ResourceCommand::tr("--format '%1' is not supported: use json or table (Go templates are not)")
                .arg(format));
    return format == "json"_L1;
}

const QCommandLineOption &formatOption()
{
    static const QCommandLineOption option(u"format"_s,
        ResourceCommand::tr("json: one JSON object per line, as docker prints it; table (default)."),
        ResourceCommand::tr("FORMAT"));
    return option;
}

} // namespace

int ResourceCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption helpOption({u"help"_s}, tr("Show this help."));
    const QCommandLineOption hostOption({u"H"_s, u"host"_s},
        tr("Engine address (unix:///path, tcp://host:port); default: DOCKER_HOST, the docker context, "
           "/var/run/docker.sock."),
        tr("URI"));
    const QCommandLineOption contextOption(u"context"_s, tr("Docker context to use."), tr("NAME"));
    parser.addOptions({helpOption, hostOption, contextOption});
    addOptions(parser);
    const CliSupport::Help help {name(), tr("Usage: dockwright-cli %1").arg(usage()),
        tr("Exit codes: 0 done, 1 the engine refused (as docker), 2 bad usage, 3 the engine could not be reached."),
        CliSupport::Help::Layout::OptionList};
    if (const auto done = CliSupport::parseArguments(parser, args, io, help))
        return *done;
    const qsizetype given = parser.positionalArguments().size();
    if (given < minArgs() || (maxArgs() >= 0 && given > maxArgs())) {
        CliSupport::printError(io.err, name(),
            minArgs() == maxArgs()  ? tr("expects %n argument(s)", nullptr, minArgs())
                : given < minArgs() ? tr("requires at least %n argument(s)", nullptr, minArgs())
                                    : tr("takes at most %n argument(s)", nullptr, maxArgs()),
            CliSupport::helpHint(name()));
        return ExitBadInput;
    }
    int exitCode = ExitOk;
    const std::optional<Endpoint> endpoint = CliSupport::resolveEndpoint(name(),
        CliSupport::optionValue(parser, hostOption), CliSupport::optionValue(parser, contextOption), io, &exitCode);
    if (!endpoint)
        return exitCode;
    EngineClient client;
    if (!CliSupport::connectEngine(client, *endpoint, name(), io))
        return ExitEngine;
    return execute(client, parser, io);
}

// ---- ps --------------------------------------------------------------------------------------------

QString PsCommand::summary() const
{
    return tr("List containers (docker ps)");
}

QString PsCommand::usage() const
{
    return u"ps [-a] [-q] [--no-trunc] [--format json]"_s;
}

QString PsCommand::description() const
{
    return tr("Lists the running containers (all with -a) with docker ps's columns: CONTAINER ID, IMAGE, COMMAND, "
              "CREATED, STATUS, PORTS, NAMES.");
}

void PsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({{u"a"_s, u"all"_s}, tr("Show all containers (by default only running ones).")});
    parser.addOption({{u"q"_s, u"quiet"_s}, tr("Only print container IDs.")});
    parser.addOption({u"no-trunc"_s, tr("Do not truncate IDs and commands.")});
    parser.addOption(formatOption());
}

int PsCommand::execute(EngineClient &client, const QCommandLineParser &parser, CliIo &io)
{
    bool formatOk = true;
    const bool json = jsonFormat(parser, io, name(), &formatOk);
    if (!formatOk)
        return ExitBadInput;
    QJsonDocument reply;
    if (const EngineError error
        = CliSupport::request(client, EngineApi::listContainers(parser.isSet(u"all"_s)), &reply)) {
        printDaemonError(io.err, error);
        return ExitDaemon;
    }
    const bool noTrunc = parser.isSet(u"no-trunc"_s);
    const QList<ContainerSummary> containers = ContainerSummary::listFromJson(reply.array());
    QList<QStringList> rows {
        {u"CONTAINER ID"_s, u"IMAGE"_s, u"COMMAND"_s, u"CREATED"_s, u"STATUS"_s, u"PORTS"_s, u"NAMES"_s}};
    for (const ContainerSummary &c : containers) {
        const QString id = noTrunc ? c.id : truncateId(c.id);
        if (parser.isSet(u"quiet"_s)) {
            io.out << id << '\n';
            continue;
        }
        // docker quotes the command (strconv.Quote) after cutting it to 20 characters.
        QString shown = noTrunc ? c.command : ellipsis(c.command, 20);
        const QString command = u'"' + shown.replace(u'"', u"\\\""_s) + u'"';
        if (json) {
            io.out << compactJson({{"Command"_L1, command}, {"CreatedAt"_L1, goTime(c.created)}, {"ID"_L1, id},
                {"Image"_L1, c.shownImage()}, {"Names"_L1, c.name}, {"Ports"_L1, c.portsText()},
                {"RunningFor"_L1, ago(c.created)}, {"State"_L1, c.state}, {"Status"_L1, c.status}})
                   << '\n';
            continue;
        }
        rows.append({id, c.shownImage(), command, ago(c.created), c.status, c.portsText(), c.name});
    }
    if (!json && !parser.isSet(u"quiet"_s))
        printTable(io.out, rows);
    io.out.flush();
    return ExitOk;
}

// ---- images ----------------------------------------------------------------------------------------

QString ImagesCommand::summary() const
{
    return tr("List images (docker images)");
}

QString ImagesCommand::usage() const
{
    return u"images [-a] [-q] [--no-trunc] [--format json] [REPOSITORY[:TAG]]"_s;
}

QString ImagesCommand::description() const
{
    return tr("Lists the engine's images with docker images's columns: REPOSITORY, TAG, IMAGE ID, CREATED, SIZE "
              "(one row per tag; an untagged image shows <none>). Sizes in docker's SI units.");
}

void ImagesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({{u"a"_s, u"all"_s}, tr("Show all images (intermediate ones too).")});
    parser.addOption({{u"q"_s, u"quiet"_s}, tr("Only print image IDs.")});
    parser.addOption({u"no-trunc"_s, tr("Do not truncate IDs.")});
    parser.addOption(formatOption());
}

int ImagesCommand::execute(EngineClient &client, const QCommandLineParser &parser, CliIo &io)
{
    bool formatOk = true;
    const bool json = jsonFormat(parser, io, name(), &formatOk);
    if (!formatOk)
        return ExitBadInput;
    QJsonDocument reply;
    if (const EngineError error = CliSupport::request(client, EngineApi::listImages(parser.isSet(u"all"_s)), &reply)) {
        printDaemonError(io.err, error);
        return ExitDaemon;
    }
    // docker images REPOSITORY[:TAG]: the rows of that repository (and tag), in any spelling of the name.
    const QString filter = parser.positionalArguments().value(0);
    const bool filterHasTag = !ImageReference::split(filter).tag.isEmpty();
    const QString filterTag = filter.isEmpty() || !filterHasTag ? QString() : ImageReference::familiar(filter);
    const QString filterRepository = filter.isEmpty() || filterHasTag
        ? QString()
        : ImageReference::split(ImageReference::familiar(filter)).repository;
    const bool noTrunc = parser.isSet(u"no-trunc"_s);
    QList<QStringList> rows {{u"REPOSITORY"_s, u"TAG"_s, u"IMAGE ID"_s, u"CREATED"_s, u"SIZE"_s}};
    // Newest first, as docker lists them (the order of images made in the same second is the engine's).
    QList<ImageSummary> list = ImageSummary::listFromJson(reply.array());
    std::stable_sort(
        list.begin(), list.end(), [](const ImageSummary &a, const ImageSummary &b) { return a.created > b.created; });
    for (const ImageSummary &image : std::as_const(list)) {
        QStringList tags;
        for (const QString &t : image.repoTags) {
            if (t != "<none>:<none>"_L1)
                tags << ImageReference::familiar(t);
        }
        if (tags.isEmpty())
            tags << QString();
        const QString id = noTrunc ? image.id : image.shortId();
        for (const QString &tag : std::as_const(tags)) {
            const ImageReference::NameAndTag parts = ImageReference::split(tag);
            const QString repository = tag.isEmpty() ? u"<none>"_s : parts.repository;
            const QString tagName = parts.tag.isEmpty() ? u"<none>"_s : parts.tag;
            if (!filterTag.isEmpty() ? tag != filterTag : !filterRepository.isEmpty() && repository != filterRepository)
                continue;
            if (parser.isSet(u"quiet"_s)) { // one line per row, as docker (an image with two tags twice)
                io.out << id << '\n';
                continue;
            }
            if (json)
                io.out << compactJson({{"CreatedAt"_L1, goTime(image.created)}, {"CreatedSince"_L1, ago(image.created)},
                    {"ID"_L1, id}, {"Repository"_L1, repository}, {"Size"_L1, formatBytes(image.size)},
                    {"SizeBytes"_L1, image.size}, {"Tag"_L1, tagName}})
                       << '\n';
            else
                rows.append({repository, tagName, id, ago(image.created), formatBytes(image.size)});
        }
    }
    if (!json && !parser.isSet(u"quiet"_s))
        printTable(io.out, rows);
    io.out.flush();
    return ExitOk;
}

// ---- logs ------------------------------------------------------------------------------------------

QString LogsCommand::summary() const
{
    return tr("Print a container's logs (docker logs)");
}

QString LogsCommand::usage() const
{
    return u"logs [-f] [-t] [--since TIME] [--tail N] CONTAINER"_s;
}

QString LogsCommand::description() const
{
    return tr("Prints what the container wrote: its standard output to standard output, its standard error to "
              "standard error. With -f, follows it until the container ends (Ctrl+C stops following).");
}

void LogsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({{u"f"_s, u"follow"_s}, tr("Follow the output.")});
    parser.addOption({{u"t"_s, u"timestamps"_s}, tr("Show timestamps.")});
    parser.addOption({u"since"_s,
        tr("Only logs since TIME: an RFC 3339 time (2026-12-04T10:00:00Z), a Unix timestamp or a duration before "
           "now (10m, 1h30m)."),
        tr("TIME")});
    parser.addOption({{u"n"_s, u"tail"_s}, tr("Only the last N lines (all: every line)."), tr("N")});
}

int LogsCommand::execute(EngineClient &client, const QCommandLineParser &parser, CliIo &io)
{
    EngineApi::LogsOptions options;
    options.follow = parser.isSet(u"follow"_s);
    options.standardOutput = options.standardError = true;
    options.timestamps = parser.isSet(u"timestamps"_s);
    if (parser.isSet(u"since"_s)) {
        const QString since = parser.value(u"since"_s).trimmed();
        bool isNumber = false;
        const double seconds = since.toDouble(&isNumber);
        if (isNumber)
            options.since = QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), QTimeZone::UTC);
        else if (const std::optional<qint64> before = RunUnits::parseDuration(since))
            options.since = QDateTime::currentDateTimeUtc().addMSecs(-*before / 1000000);
        else
            options.since = QDateTime::fromString(since, Qt::ISODateWithMs);
        if (!options.since.isValid()) {
            CliSupport::printError(io.err, name(), tr("--since '%1' is not a time or a duration").arg(since));
            return ExitBadInput;
        }
    }
    if (parser.isSet(u"tail"_s) && parser.value(u"tail"_s) != "all"_L1) {
        bool ok = false;
        options.tail = parser.value(u"tail"_s).toInt(&ok);
        if (!ok || options.tail < 0) {
            CliSupport::printError(io.err, name(), tr("--tail takes a number or all"));
            return ExitBadInput;
        }
    }
    const QString container = parser.positionalArguments().constFirst();
    // A container with a TTY has one raw stream; the others are framed (stdout/stderr).
    QJsonDocument inspect;
    if (const EngineError error = CliSupport::request(client, EngineApi::inspectContainer(container), &inspect)) {
        printDaemonError(io.err, error);
        return ExitDaemon;
    }
    const bool tty = inspect.object().value("Config"_L1).toObject().value("Tty"_L1).toBool();
    LogDemultiplexer demux(tty, false);
    const auto print = [&io](const QList<LogRecord> &records) {
        for (const LogRecord &record : records) {
            QTextStream &stream = record.stream == LogRecord::Stream::Stderr ? io.err : io.out;
            stream << QString::fromUtf8(record.payload);
            stream.flush();
        }
    };
    EngineCall *logs = client.send(EngineApi::containerLogs(inspect.object().value("Id"_L1).toString(), options));
    logs->setAutoDelete(false);
    std::unique_ptr<EngineCall> owner(logs);
    QEventLoop loop;
    QObject::connect(logs, &EngineCall::data, logs, [&](const QByteArray &chunk) { print(demux.feed(chunk)); });
    QObject::connect(logs, &EngineCall::finished, &loop, &QEventLoop::quit);
    SignalWatcher interrupt({SIGINT, SIGTERM});
    bool interrupted = false;
    QObject::connect(&interrupt, &SignalWatcher::signalled, logs, [&] {
        interrupted = true;
        logs->abort();
    });
    if (!logs->isFinished())
        loop.exec();
    print(demux.finish());
    if (interrupted)
        return ExitCancelled;
    if (logs->error()) {
        printDaemonError(io.err, logs->error());
        return ExitDaemon;
    }
    return ExitOk;
}

// ---- stop, rm --------------------------------------------------------------------------------------

QString ContainerVerbCommand::summary() const
{
    return m_verb == Verb::Stop ? tr("Stop running containers (docker stop)") : tr("Remove containers (docker rm)");
}

QString ContainerVerbCommand::usage() const
{
    return m_verb == Verb::Stop ? u"stop [-t SECONDS] CONTAINER..."_s : u"rm [-f] [-v] CONTAINER..."_s;
}

QString ContainerVerbCommand::description() const
{
    return m_verb == Verb::Stop
        ? tr("Stops each container: SIGTERM (or its STOPSIGNAL), then SIGKILL after the timeout. Prints each name "
             "as given once it stopped.")
        : tr("Removes each container (a running one only with -f, which kills it first). Prints each name as "
             "given once it is gone.");
}

void ContainerVerbCommand::addOptions(QCommandLineParser &parser) const
{
    if (m_verb == Verb::Stop) {
        parser.addOption({{u"t"_s, u"time"_s, u"timeout"_s},
            tr("Seconds to wait before killing (default: the container's stop timeout, 10)."), tr("SECONDS")});
        return;
    }
    parser.addOption({{u"f"_s, u"force"_s}, tr("Kill and remove a running container.")});
    parser.addOption({{u"v"_s, u"volumes"_s}, tr("Remove its anonymous volumes too.")});
}

int ContainerVerbCommand::execute(EngineClient &client, const QCommandLineParser &parser, CliIo &io)
{
    std::optional<int> timeout;
    if (m_verb == Verb::Stop && parser.isSet(u"time"_s)) {
        bool ok = false;
        timeout = parser.value(u"time"_s).toInt(&ok);
        if (!ok || *timeout < -1) {
            CliSupport::printError(io.err, name(), tr("--time takes a number of seconds"));
            return ExitBadInput;
        }
    }
    int exitCode = ExitOk;
    for (const QString &container : parser.positionalArguments()) {
        EngineRequest request = m_verb == Verb::Stop
            ? EngineApi::containerAction(container, EngineApi::ContainerAction::Stop, timeout)
            : EngineApi::removeContainer(
                  container, {.force = parser.isSet(u"force"_s), .volumes = parser.isSet(u"volumes"_s)});
        if (m_verb == Verb::Stop)
            request.timeoutMs = (timeout.value_or(10) + 30) * 1000;
        if (const EngineError error = CliSupport::request(client, request)) {
            printDaemonError(io.err, error);
            exitCode = ExitDaemon;
            continue;
        }
        io.out << container << '\n';
        io.out.flush();
    }
    return exitCode;
}

// ---- rmi -------------------------------------------------------------------------------------------

QString RmiCommand::summary() const
{
    return tr("Remove images (docker rmi)");
}

QString RmiCommand::usage() const
{
    return u"rmi [-f] [--no-prune] IMAGE..."_s;
}

QString RmiCommand::description() const
{
    return tr("Removes each image name (the tag; the image goes with its last name) or image ID, and prints what "
              "the engine untagged and deleted.");
}

void RmiCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({{u"f"_s, u"force"_s}, tr("Remove even when stopped containers use it or it has several names.")});
    parser.addOption({u"no-prune"_s, tr("Keep untagged parent images.")});
}

int RmiCommand::execute(EngineClient &client, const QCommandLineParser &parser, CliIo &io)
{
    int exitCode = ExitOk;
    for (const QString &image : parser.positionalArguments()) {
        QJsonDocument reply;
        const EngineError error = CliSupport::request(client,
            EngineApi::removeImage(image, {.force = parser.isSet(u"force"_s), .noPrune = parser.isSet(u"no-prune"_s)}),
            &reply);
        if (error) {
            printDaemonError(io.err, error);
            exitCode = ExitDaemon;
            continue;
        }
        for (const QJsonValue &item : reply.array()) {
            const QJsonObject o = item.toObject();
            if (o.contains("Untagged"_L1))
                io.out << "Untagged: " << o.value("Untagged"_L1).toString() << '\n';
            if (o.contains("Deleted"_L1))
                io.out << "Deleted: " << o.value("Deleted"_L1).toString() << '\n';
        }
        io.out.flush();
    }
    return exitCode;
}

// ---- tag -------------------------------------------------------------------------------------------

QString TagCommand::summary() const
{
    return tr("Give an image another name (docker tag)");
}

QString TagCommand::usage() const
{
    return u"tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]"_s;
}

QString TagCommand::description() const
{
    return tr("Gives the source image (a name or an ID) the target name; a target without a tag gets latest.");
}

int TagCommand::execute(EngineClient &client, const QCommandLineParser &parser, CliIo &io)
{
    const QString target = parser.positionalArguments().at(1);
    const ImageReference::NameAndTag parts = ImageReference::split(target);
    const QString repo = parts.repository;
    const QString tag = parts.tag.isEmpty() ? u"latest"_s : parts.tag;
    if (const EngineError error
        = CliSupport::request(client, EngineApi::tagImage(parser.positionalArguments().at(0), repo, tag))) {
        printDaemonError(io.err, error);
        return ExitDaemon;
    }
    return ExitOk;
}

} // namespace Dockwright::Cli
