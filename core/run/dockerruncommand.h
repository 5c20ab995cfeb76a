// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runprofile.h"
#include "runwarning.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace Dockwright::Core {

// The `docker run` command line of a RunProfile, both ways. Generation uses one canonical flag order
// (the order of the hardened run in the Python guide) and POSIX sh quoting; parsing accepts what people
// paste: quotes, continuations, --flag=value and --flag value, combined short flags (-it, -dp 80:80).
// Flags Dockwright does not model are named in warnings ("unsupported-flag"), never silently dropped.
class DockerRunCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::DockerRunCommand)
public:
    struct Options
    {
        bool multiLine = false; // one flag per line, joined with " \" continuations
        QString program = QStringLiteral("docker");
    };

    struct ParseResult
    {
        RunProfile profile;
        RunWarnings warnings;
        QString error; // not a docker run command, or unusable (unterminated quote, no image)
        bool ok() const { return error.isEmpty(); }
    };

    // Docker: flags stop at the image, everything after it is the command (docker's own rule).
    // Interspersed: flags may follow the image (dockwright-cli run IMAGE --rm ... -- CMD); other
    // positionals append to the command and "--" ends the flags.
    enum class ArgumentOrder { Docker, Interspersed };

    // The arguments after "docker run", grouped per flag (a flag and its value); the last group is the
    // image followed by the command.
    static QList<QStringList> argumentGroups(const RunProfile &profile);
    static QStringList arguments(const RunProfile &profile);
    // A shell command line ready to paste: "docker run --rm ... image cmd".
    static QString toShell(const RunProfile &profile, const Options &options);
    static QString toShell(const RunProfile &profile) { return toShell(profile, Options()); }

    // Parses a pasted command ("docker run ...", "sudo docker container run ...", "podman run ...").
    static ParseResult parse(const QString &commandLine);
    // Parses the words after "run". Warnings are appended; error is set only when nothing usable remains.
    static ParseResult parseArguments(const QStringList &args, ArgumentOrder order = ArgumentOrder::Docker);
    // For a word of the flags part: whether it is a docker run flag ("--rm", "-it", "--name=x") and
    // whether the word after it is that flag's value ("--name", "-p", "-dp"), as docker/cli reads them.
    static bool isKnownFlag(const QString &word);
    static bool takesNextWord(const QString &word);

    // Single-value parsers and printers, shared with the run panel's editors. On failure they return
    // nullopt and set *error to a translated sentence.
    static std::optional<RunProfile::Port> parsePublish(const QString &spec, QString *error);
    static QString formatPublish(const RunProfile::Port &port);
    static std::optional<RunProfile::Mount> parseVolume(const QString &spec, QString *error);
    static std::optional<RunProfile::Mount> parseMount(const QString &spec, QString *error);
    static QString formatMount(const RunProfile::Mount &mount); // -v or --mount value per its syntax
    static std::optional<RunProfile::Tmpfs> parseTmpfs(const QString &spec, QString *error);
    static QString formatTmpfs(const RunProfile::Tmpfs &tmpfs);
    // Reads a --env-file: KEY=VALUE lines, KEY alone passes the caller's variable through, # comments.
    static std::optional<QList<RunProfile::EnvVar>> readEnvFile(const QString &path, QString *error);
};

} // namespace Dockwright::Core
