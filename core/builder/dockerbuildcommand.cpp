// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerbuildcommand.h"

#include "core/run/shellwords.h"

#include <QFileInfo>
#include <QSet>

namespace Dockwright::Core {

namespace {

// docker build / buildx build flags that take a value and that Dockwright does not send
// (docker/cli cli/command/image/build.go, docker/buildx commands/build.go).
const QSet<QString> &unsupportedWithValue()
{
    static const QSet<QString> flags {
        QStringLiteral("--add-host"),
        QStringLiteral("--allow"),
        QStringLiteral("--annotation"),
        QStringLiteral("--attest"),
        QStringLiteral("--build-context"),
        QStringLiteral("--builder"),
        QStringLiteral("--cache-from"),
        QStringLiteral("--cache-to"),
        QStringLiteral("--call"),
        QStringLiteral("--cgroup-parent"),
        QStringLiteral("--cpu-period"),
        QStringLiteral("--cpu-quota"),
        QStringLiteral("-c"),
        QStringLiteral("--cpu-shares"),
        QStringLiteral("--cpuset-cpus"),
        QStringLiteral("--cpuset-mems"),
        QStringLiteral("--iidfile"),
        QStringLiteral("--isolation"),
        QStringLiteral("--label-file"),
        QStringLiteral("--metadata-file"),
        QStringLiteral("-m"),
        QStringLiteral("--memory"),
        QStringLiteral("--memory-swap"),
        QStringLiteral("--no-cache-filter"),
        QStringLiteral("-o"),
        QStringLiteral("--output"),
        QStringLiteral("--progress"),
        QStringLiteral("--provenance"),
        QStringLiteral("--sbom"),
        QStringLiteral("--secret"),
        QStringLiteral("--security-opt"),
        QStringLiteral("--shm-size"),
        QStringLiteral("--ssh"),
        QStringLiteral("--ulimit"),
        QStringLiteral("--check"),
        QStringLiteral("--context"),
    };
    return flags;
}

const QSet<QString> &unsupportedBoolean()
{
    static const QSet<QString> flags {
        QStringLiteral("-q"),
        QStringLiteral("--quiet"),
        QStringLiteral("--rm"),
        QStringLiteral("--force-rm"),
        QStringLiteral("--squash"),
        QStringLiteral("--compress"),
        QStringLiteral("--disable-content-trust"),
        QStringLiteral("--load"),
        QStringLiteral("--push"),
        QStringLiteral("--stream"),
        QStringLiteral("--debug"),
    };
    return flags;
}

} // namespace

QStringList DockerBuildCommand::arguments(const BuildRequest &request)
{
    QStringList args;
    // Text given instead of the file (the editor's, unsaved): docker build -f - reads it from stdin.
    if (request.dockerfileText)
        args << QStringLiteral("-f") << QStringLiteral("-");
    else if (!request.dockerfile.isEmpty())
        args << QStringLiteral("-f") << request.dockerfile;
    for (const BuildRequest::Arg &arg : request.buildArgs)
        args << QStringLiteral("--build-arg") << BuildRequest::formatArg(arg);
    if (!request.target.isEmpty())
        args << QStringLiteral("--target") << request.target;
    for (const QString &tag : request.tags)
        args << QStringLiteral("-t") << tag;
    for (const BuildRequest::Label &label : request.labels)
        args << QStringLiteral("--label") << label.name + QLatin1Char('=') + label.value;
    if (request.noCache)
        args << QStringLiteral("--no-cache");
    if (request.pull)
        args << QStringLiteral("--pull");
    if (!request.platform.isEmpty())
        args << QStringLiteral("--platform") << request.platform;
    if (!request.networkMode.isEmpty())
        args << QStringLiteral("--network") << request.networkMode;
    // A directory that looks like a flag must come after "--".
    if (request.contextDir.startsWith(QLatin1Char('-')))
        args << QStringLiteral("--");
    args << (request.contextDir.isEmpty() ? QStringLiteral(".") : request.contextDir);
    return args;
}

QString DockerBuildCommand::toShell(const BuildRequest &request, const QString &program)
{
    return ShellWords::join(QStringList {program, QStringLiteral("build")} + arguments(request));
}

DockerBuildCommand::ParseResult DockerBuildCommand::parse(const QString &commandLine)
{
    const ShellWords::Result split = ShellWords::split(commandLine);
    ParseResult result;
    result.notes = split.notes;
    if (!split.ok()) {
        result.error = split.error;
        return result;
    }
    QStringList words = split.words;
    for (const QString &assignment : ShellWords::stripCommandPrefix(words))
        result.notes.append(tr("The environment assignment %1 before the command was ignored.").arg(assignment));
    if (words.isEmpty()) {
        result.error = tr("The command is empty.");
        return result;
    }
    const QString program = QFileInfo(words.first()).fileName();
    if (program != QLatin1String("docker") && program != QLatin1String("podman") && program != QLatin1String("nerdctl")
        && program != QLatin1String("build")) {
        result.error = tr("Not a docker build command: it starts with \"%1\".").arg(words.first());
        return result;
    }
    if (program != QLatin1String("build"))
        words.removeFirst();
    const qsizetype buildAt = words.indexOf(QLatin1String("build"));
    if (buildAt < 0) {
        result.error = tr("Not a docker build command: \"build\" is missing.");
        return result;
    }
    const QStringList before = words.mid(0, buildAt);
    if (!before.isEmpty() && before != QStringList {QStringLiteral("image")}
        && before != QStringList {QStringLiteral("buildx")})
        result.unsupported.append(before.join(QLatin1Char(' ')));
    ParseResult parsed = parseArguments(words.mid(buildAt + 1));
    parsed.notes = result.notes + parsed.notes;
    parsed.unsupported = result.unsupported + parsed.unsupported;
    return parsed;
}

DockerBuildCommand::ParseResult DockerBuildCommand::parseArguments(const QStringList &args)
{
    ParseResult result;
    BuildRequest &r = result.request;
    QStringList positionals;
    bool flagsDone = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (flagsDone || arg == QLatin1String("-") || !arg.startsWith(QLatin1Char('-'))) {
            positionals << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            flagsDone = true;
            continue;
        }
        // --name=value, -tvalue, -t=value (pflag), or the value in the next word.
        QString name = arg;
        std::optional<QString> inlineValue;
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            if (eq > 0) {
                name = arg.left(eq);
                inlineValue = arg.mid(eq + 1);
            }
        } else if (arg.size() > 2) {
            name = arg.left(2);
            inlineValue = arg.at(2) == QLatin1Char('=') ? arg.mid(3) : arg.mid(2);
        }
        const auto value = [&](QString *out) {
            if (inlineValue) {
                *out = *inlineValue;
                return true;
            }
            if (i + 1 >= args.size()) {
                result.error = tr("The flag %1 needs a value.").arg(name);
                return false;
            }
            *out = args.at(++i);
            return true;
        };
        QString v;
        if (name == QLatin1String("-f") || name == QLatin1String("--file")) {
            if (!value(&r.dockerfile))
                return result;
        } else if (name == QLatin1String("--build-arg")) {
            if (!value(&v))
                return result;
            r.buildArgs.append(BuildRequest::parseArg(v));
        } else if (name == QLatin1String("--target")) {
            if (!value(&r.target))
                return result;
        } else if (name == QLatin1String("-t") || name == QLatin1String("--tag")) {
            if (!value(&v))
                return result;
            r.tags.append(v);
        } else if (name == QLatin1String("--label")) {
            if (!value(&v))
                return result;
            r.labels.append(BuildRequest::parseLabel(v));
        } else if (name == QLatin1String("--no-cache")) {
            r.noCache = !inlineValue || *inlineValue != QLatin1String("false");
        } else if (name == QLatin1String("--pull")) {
            r.pull = !inlineValue || *inlineValue != QLatin1String("false");
        } else if (name == QLatin1String("--platform")) {
            if (!value(&r.platform))
                return result;
        } else if (name == QLatin1String("--network")) {
            if (!value(&r.networkMode))
                return result;
        } else if (unsupportedWithValue().contains(name)) {
            if (!value(&v))
                return result;
            if (!result.unsupported.contains(name))
                result.unsupported.append(name);
        } else {
            if (!unsupportedBoolean().contains(name))
                result.notes.append(tr("%1 is not a docker build flag Dockwright knows.").arg(name));
            if (!result.unsupported.contains(name))
                result.unsupported.append(name);
        }
    }
    if (positionals.isEmpty()) {
        result.error = tr("The build context (a directory) is missing.");
        return result;
    }
    if (positionals.size() > 1)
        result.notes.append(
            tr("Only one build context is taken; ignored: %1.").arg(positionals.mid(1).join(QLatin1Char(' '))));
    r.contextDir = positionals.first();
    if (r.contextDir == QLatin1String("-") || r.contextDir.contains(QLatin1String("://")))
        result.error
            = tr("The context \"%1\" is not a local directory; Dockwright builds from directories.").arg(r.contextDir);
    return result;
}

} // namespace Dockwright::Core
