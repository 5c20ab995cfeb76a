// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Dockwright::Cli {

// `dockwright-cli engine`: resolves the endpoint like the docker CLI, connects, negotiates the API
// version and prints what the engine is. Exit 3 with message and hint on stderr when it cannot.
class EngineCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Cli::EngineCommand)
public:
    QString name() const override { return QStringLiteral("engine"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace Dockwright::Cli
