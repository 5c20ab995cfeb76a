// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Dockwright::Cli {

// `dockwright-cli diff A B [--json]`: the paths B adds, modifies and deletes compared with A, with
// sizes (docs/cli/diff.md).
class DiffCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Cli::DiffCommand)
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace Dockwright::Cli
