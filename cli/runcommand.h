// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "core/run/runprofile.h"
#include "core/run/runwarning.h"

namespace Dockwright::Cli {

// `dockwright-cli run IMAGE [docker run flags] [-- CMD ARGS]`: with --print, prints the equivalent
// `docker run` command, the Engine API create body, hardening warnings and score; without it, creates
// and starts the container, follows its output and exits with the container's exit code.
class RunCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Cli::RunCommand)
public:
    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;

private:
    // Creates and starts the container on the chosen engine and follows it; returns its exit code.
    int execute(const Core::RunProfile &profile, const Core::RunWarnings &parseWarnings, const QString &host,
        const QString &context, CliIo &io);
};

} // namespace Dockwright::Cli
