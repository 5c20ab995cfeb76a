// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "core/image/layeredimage.h"

class QCommandLineParser;

namespace Dockwright::Cli {

// `dockwright-cli inspect IMAGE|ARCHIVE [--json] [--changes]`: layers with sizes and created_by,
// efficiency, wasted bytes, the base/user split and the most wasteful paths (docs/cli/inspect.md).
class InspectCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Cli::InspectCommand)
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;

    // Shared by inspect, diff and audit: --platform and --host, then loading IMAGE|ARCHIVE with
    // errors printed as "dockwright-cli COMMAND: …" (CliSupport::printError). On failure returns null and
    // sets *exitCode.
    static void addSourceOptions(QCommandLineParser &parser);
    static Core::LayeredImagePtr load(
        const QString &source, const QCommandLineParser &parser, CliIo &io, const QString &command, int *exitCode);
};

} // namespace Dockwright::Cli
