// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clicommand.h"
#include "core/dockerfile/dockerfilemodel.h"

#include <QJsonObject>

namespace Dockwright::Cli {

// `dockwright-cli parse FILE [--json] [--build-arg K=V ...] [--target STAGE]`: the parse tree, stages and
// expanded values of a Dockerfile (schema in docs/cli/parse.md).
class ParseCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Cli::ParseCommand)

public:
    QString name() const override { return QStringLiteral("parse"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;

    // The JSON document `parse --json` prints; public so tests and other commands can reuse it.
    static QJsonObject toJson(
        const QString &file, const Core::DockerfileParseResult &parse, const Core::DockerfileModel &model);
};

} // namespace Dockwright::Cli
