// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerfilecheck.h"

#include "dockerfileanalyzer.h"
#include "dockerfilelinter.h"
#include "dockerfileparser.h"

#include <QFileInfo>

namespace Dockwright::Core {

namespace {

LintOptions lintOptionsFor(const DockerfileCheckOptions &options)
{
    LintOptions lint;
    lint.build = options.build;
    lint.inlineSuppressions = options.inlineSuppressions;
    if (!options.documentPath.isEmpty()) {
        const QFileInfo file(options.documentPath);
        lint.contextDirectory = file.absolutePath();
        lint.dockerfileName = file.fileName();
        lint.dockerfilePath = file.absoluteFilePath();
    }
    if (options.contextDirectory)
        lint.contextDirectory = *options.contextDirectory;
    if (options.config)
        lint.config = *options.config;
    else if (options.findConfig && !options.documentPath.isEmpty())
        lint.config = LintConfig::loadFor(options.documentPath);
    return lint;
}

} // namespace

DockerfileCheck checkDockerfile(QStringView text, const DockerfileCheckOptions &options)
{
    LintOptions lint = lintOptionsFor(options);
    DockerfileCheck check;
    check.parse = DockerfileParser::parse(text);
    check.model = DockerfileAnalyzer::analyze(check.parse, lint.build);
    check.diagnostics = DockerfileLinter::lint(check.parse, check.model, lint); // sorted by position
    check.config = std::move(lint.config);
    return check;
}

DockerfileCheck checkDockerfile(const QByteArray &utf8, const DockerfileCheckOptions &options)
{
    return checkDockerfile(QStringView(QString::fromUtf8(utf8)), options);
}

} // namespace Dockwright::Core
