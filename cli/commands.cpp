// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditcommand.h"
#include "buildcommand.h"
#include "clicommand.h"
#include "contextcommand.h"
#include "diffcommand.h"
#include "enginecommand.h"
#include "inspectcommand.h"
#include "lintcommand.h"
#include "parsecommand.h"
#include "resourcecommands.h"
#include "runcommand.h"

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
    commands.push_back(std::make_unique<PsCommand>());
    commands.push_back(std::make_unique<LogsCommand>());
    commands.push_back(std::make_unique<ContainerVerbCommand>(ContainerVerbCommand::Verb::Stop));
    commands.push_back(std::make_unique<ContainerVerbCommand>(ContainerVerbCommand::Verb::Remove));
    commands.push_back(std::make_unique<ImagesCommand>());
    commands.push_back(std::make_unique<RmiCommand>());
    commands.push_back(std::make_unique<TagCommand>());
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(std::make_unique<DiffCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    return commands;
}

} // namespace Dockwright::Cli
