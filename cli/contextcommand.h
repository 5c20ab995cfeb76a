// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clicommand.h"
#include "core/context/buildcontext.h"
#include "core/context/contextpreview.h"
#include "core/context/contextscan.h"

#include <QJsonObject>

namespace Dockwright::Cli {

// `dockwright-cli context DIR [--file Dockerfile] [--json] [--tar FILE] [--top N]`: what a build of DIR
// would send after .dockerignore, with totals and what was excluded (schema in docs/cli/context.md).
class ContextCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Cli::ContextCommand)

public:
    QString name() const override { return QStringLiteral("context"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;

    // The document `context --json` prints (tarBytes < 0 leaves the key out).
    static QJsonObject toJson(const Core::BuildContext &context, const Core::ContextScan &scan,
        const Core::ContextPreview &preview, qint64 tarBytes);
};

} // namespace Dockwright::Cli
