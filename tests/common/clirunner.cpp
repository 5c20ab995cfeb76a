// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "cli/clicommand.h"

#include <QTextStream>

namespace Dockwright::Test {

CliRun runCli(Cli::CliCommand &command, const QStringList &args)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Cli::CliIo io {out, err, false};
    run.code = command.run(QStringList {command.name()} + args, io);
    out.flush();
    err.flush();
    return run;
}

} // namespace Dockwright::Test
