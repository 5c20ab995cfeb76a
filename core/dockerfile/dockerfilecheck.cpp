// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerfilecheck.h"

#include "dockerfileanalyzer.h"
#include "dockerfilelinter.h"
#include "dockerfileparser.h"

#include <QDir>
#include <QFileInfo>

namespace Dockwright::Core {

namespace {

LintOptions lintOptionsFor(const DockerfileCheckOptions &options)
{
    LintOptions lint;
    lint.build = options.build;
    lint.inlineSuppressions = options.inlineSuppressions;
    lint.imageEnvironment = options.imageEnvironment;
    if (!options.documentPath.isEmpty()) {
        const QFileInfo file(options.documentPath);
        lint.contextDirectory = defaultBuildContext(options.documentPath, options.workingDirectory);
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

QString defaultBuildContext(const QString &dockerfilePath, const QString &workingDirectory)
{
    const QFileInfo file(dockerfilePath);
    const QString folder = QDir::cleanPath(file.absolutePath());
    if (workingDirectory.isEmpty())
        return folder;
    const QString top = QDir::cleanPath(QDir(workingDirectory).absolutePath());
    if (folder != top && !folder.startsWith(top.endsWith(u'/') ? top : top + u'/'))
        return folder; // the Dockerfile is elsewhere: its own folder
    for (QDir dir(folder);;) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".dockerignore")))
            || QFileInfo::exists(dir.filePath(file.fileName() + QStringLiteral(".dockerignore"))))
            return dir.path();
        if (QDir::cleanPath(dir.path()) == top || !dir.cdUp())
            break;
    }
    return folder;
}

DockerfileCheck checkDockerfile(QStringView text, const DockerfileCheckOptions &options)
{
    LintOptions lint = lintOptionsFor(options);
    DockerfileCheck check;
    check.parse = DockerfileParser::parse(text);
    check.model = DockerfileAnalyzer::analyze(check.parse, lint.build);
    check.diagnostics = DockerfileLinter::lint(check.parse, check.model, lint); // sorted by position
    check.config = std::move(lint.config);
    check.contextDirectory = lint.contextDirectory;
    return check;
}

DockerfileCheck checkDockerfile(const QByteArray &utf8, const DockerfileCheckOptions &options)
{
    return checkDockerfile(QStringView(QString::fromUtf8(utf8)), options);
}

} // namespace Dockwright::Core
