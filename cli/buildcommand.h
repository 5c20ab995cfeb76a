// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Dockwright::Cli {

// `dockwright-cli build DIR [docker build flags]`: builds through the Engine API and shows the steps —
// a live display on a terminal, plain lines otherwise, JSON lines with --json (docs/cli/build.md).
// Exit codes: 0 built, 1 the build failed (file:line: error: ...), 2 bad input, 3 engine error,
// 130 cancelled with Ctrl+C (the build is stopped on the engine).
class BuildCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Cli::BuildCommand)
public:
    QString name() const override { return QStringLiteral("build"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace Dockwright::Cli
