// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/dockerfilemodel.h"

#include <QCoreApplication>

namespace Dockwright::Core {

// Builds the DockerfileModel: walks the instructions once, keeping ARG/ENV scopes the way BuildKit's
// dispatcher does, and resolves stage references and the target's dependency closure.
class DockerfileAnalyzer final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::DockerfileAnalyzer)

public:
    static DockerfileModel analyze(const DockerfileParseResult &parse, const DockerfileBuildOptions &options = {});

    // TARGETPLATFORM, BUILDARCH, ... for the given platforms.
    static QHash<QString, QString> automaticPlatformArgs(const DockerfileBuildOptions &options);
    static bool isAutomaticPlatformArg(QStringView name);
    static bool isProxyArg(QStringView name);
    // Why an image reference as FROM or --from would use it is invalid ("invalid reference format: ..."),
    // empty when it is valid. The lower-case rule is docker's: only the repository must be lower-case.
    static QString referenceError(QStringView reference);
};

} // namespace Dockwright::Core
