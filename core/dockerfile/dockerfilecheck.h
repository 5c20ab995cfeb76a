// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one parse -> analyze -> lint pipeline behind `dockwright-cli lint` and the editor's background
// analysis (Ui::DocumentAnalyzer), so both report the same diagnostics for the same file.

#include "core/dockerfile/dockerfilemodel.h"
#include "core/dockerfile/dockerfilesyntax.h"
#include "core/dockerfile/lintconfig.h"
#include "core/dockerfile/lintrule.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace Dockwright::Core {

struct DockerfileCheckOptions
{
    // The Dockerfile on disk, as given (absolute, or relative to the working directory); empty for unsaved
    // text or standard input. Unless overridden below, its folder is the build context (checked for
    // .dockerignore / <name>.dockerignore) and the nearest .dockwright.json to it configures the rules.
    QString documentPath;
    // The build context instead of documentPath's folder (CLI --context), used as given; set, it enables
    // the context checks even without documentPath, and an empty string switches them off.
    std::optional<QString> contextDirectory;
    // Where the user stands (CLI: the current directory). When the Dockerfile lies beneath it, the context is
    // the nearest folder from the Dockerfile's up to this one that holds a .dockerignore (or
    // <name>.dockerignore): a project built with `docker build -f pages/x/Dockerfile .` from its root keeps
    // its ignore file there. Without one on the way, the Dockerfile's folder. Empty: the Dockerfile's folder.
    QString workingDirectory;
    // Base images' environment variable names by FROM reference (LintOptions::imageEnvironment).
    QHash<QString, QStringList> imageEnvironment;
    // The rule configuration to use instead of looking one up (CLI --config FILE).
    std::optional<LintConfig> config;
    // False: no .dockwright.json lookup (CLI --no-config). Ignored when config is set.
    bool findConfig = true;
    // Build arguments and target stage (CLI --build-arg, --target); they change which variables are
    // defined and which stage is final.
    DockerfileBuildOptions build;
    bool inlineSuppressions = true; // `# dockwright-ignore: RULE`, `# hadolint ignore=DLxxxx`
};

struct DockerfileCheck
{
    DockerfileParseResult parse;
    DockerfileModel model;
    // After suppressions, `# check=` and the configuration; sorted by (startLine, startColumn), ties in
    // the linter's order (stable).
    QList<LintDiagnostic> diagnostics;
    // The configuration that was applied: path() is the file it came from (empty if none), errors() its
    // problems (unreadable file, bad JSON, unknown rule names or severities) for the caller to show.
    LintConfig config;
    QString contextDirectory; // the build context the context checks used; empty if none
};

// The build context checkDockerfile() uses for a Dockerfile when none is given (see workingDirectory).
QString defaultBuildContext(const QString &dockerfilePath, const QString &workingDirectory = {});

// Parses, analyzes and lints text. Thread-safe; reads the file system for the .dockwright.json lookup
// and, with a build context, the context checks (.dockerignore, COPY/ADD sources): run it as a job.
DockerfileCheck checkDockerfile(QStringView text, const DockerfileCheckOptions &options = {});
// The same for UTF-8 bytes (invalid sequences become U+FFFD), as read from a file or standard input.
DockerfileCheck checkDockerfile(const QByteArray &utf8, const DockerfileCheckOptions &options = {});

} // namespace Dockwright::Core
