// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/dockerfilemodel.h"
#include "core/dockerfile/lintconfig.h"
#include "core/dockerfile/lintrule.h"

#include <QCoreApplication>
#include <QHash>

namespace Dockwright::Core {

struct LintOptions
{
    LintConfig config;
    DockerfileBuildOptions build;
    QString contextDirectory; // when set, context checks run (MissingDockerignore, CopySourceMissing)
    QString dockerfileName = QStringLiteral("Dockerfile"); // for "<name>.dockerignore"
    // The Dockerfile's absolute path when known: picks "<path>.dockerignore" for CopySourceMissing, and
    // tells whether the Dockerfile lies outside the context. Empty: contextDirectory/dockerfileName.
    QString dockerfilePath;
    bool inlineSuppressions = true; // `# dockwright-ignore: RULE`, `# hadolint ignore=DLxxxx`
    // The environment variable names of base images, by the reference FROM names (after ARG expansion), as
    // the engine's image inspect reports them. A stage rooted at an image listed here has a known environment,
    // so UndefinedVar can report (and suggest) names; without it, names that may come from the image are
    // not reported.
    QHash<QString, QStringList> imageEnvironment;
};

// Runs every rule of the LintRuleCatalog over one parsed Dockerfile. Cheap (one pass over the
// instructions), so an editor can re-lint the whole document on each keystroke; with a context directory
// it also reads the ignore file and lstats the COPY/ADD sources, so call it off the GUI thread then.
class DockerfileLinter final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::DockerfileLinter)

public:
    // Diagnostics sorted by position, after suppressions, `# check=` and config overrides.
    static QList<LintDiagnostic> lint(
        const DockerfileParseResult &parse, const DockerfileModel &model, const LintOptions &options = {});
    // Parses, analyzes and lints text in one call.
    static QList<LintDiagnostic> lintText(QStringView text, const LintOptions &options = {});
};

} // namespace Dockwright::Core
