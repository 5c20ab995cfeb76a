// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buildrequest.h"

#include <QCoreApplication>
#include <QStringList>

namespace Dockwright::Core {

// The `docker build` command line of a BuildRequest, both ways: generation in one canonical flag order
// with POSIX sh quoting (ShellWords), and parsing of a pasted command ("docker build", "docker image
// build", "docker buildx build", "podman build", with sudo and prompts). Flags Dockwright does not
// model are named in unsupported, never silently dropped.
class DockerBuildCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::DockerBuildCommand)
public:
    struct ParseResult
    {
        BuildRequest request;
        QStringList unsupported; // the flags as written ("--secret", "--cache-from"), each once
        QStringList notes; // translated remarks (shell expansions not performed, ignored text)
        QString error; // not a docker build command, no context, a flag without its value
        bool ok() const { return error.isEmpty(); }
    };

    // The arguments after "docker build", the context directory last. A request with dockerfileText
    // says "-f -": docker then reads the Dockerfile from standard input. A parsed "-f -" leaves
    // request.dockerfile "-" (the text itself is not on the command line).
    static QStringList arguments(const BuildRequest &request);
    // "docker build -f ... -t ... ." ready to paste.
    static QString toShell(const BuildRequest &request, const QString &program = QStringLiteral("docker"));

    static ParseResult parse(const QString &commandLine);
    // The words after "build".
    static ParseResult parseArguments(const QStringList &args);
};

} // namespace Dockwright::Core
