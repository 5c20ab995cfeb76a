// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"
#include "contextcommand.h"
#include "enginecommand.h"
#include "inspectcommand.h"
#include "diffcommand.h"
#include "auditcommand.h"
#include "parsecommand.h"
#include "lintcommand.h"
#include "runcommand.h"
#include "buildcommand.h"

namespace Dockwright::Cli {

// Each domain adds its factory here; the list order is the --help order.
std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<EngineCommand>());
    commands.push_back(std::make_unique<ParseCommand>());
    commands.push_back(std::make_unique<LintCommand>());
    commands.push_back(std::make_unique<ContextCommand>());
    commands.push_back(std::make_unique<BuildCommand>());
    commands.push_back(std::make_unique<RunCommand>());
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(std::make_unique<DiffCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    return commands;
}

} // namespace Dockwright::Cli
