// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Dockwright::Cli {
class CliCommand;
}

namespace Dockwright::Test {

// What one in-process run of a dockwright-cli command wrote and returned.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs `dockwright-cli <command.name()> args...` in-process, its output not a terminal.
CliRun runCli(Cli::CliCommand &command, const QStringList &args);

} // namespace Dockwright::Test
