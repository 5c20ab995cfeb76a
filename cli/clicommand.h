// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

namespace Dockwright::Cli {

// Exit codes every dockwright-cli command shares (docs/cli.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitFindings = 1, // the command ran and found something that fails the check (lint error, audit rule)
    ExitBadInput = 2, // usage error, unreadable or unparsable input
    ExitEngine = 3, // the engine could not be reached or answered with an error
    ExitCancelled = 130,
};

struct CliIo
{
    QTextStream &out;
    QTextStream &err;
    bool outIsTerminal = false;
};

// One sub-command of dockwright-cli ("engine", "lint", ...). Parses its own options (QCommandLineParser,
// with --help) from args, which start with the command name.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for the command list
    virtual int run(const QStringList &args, CliIo &io) = 0;
};

// Every command, in the order `dockwright-cli --help` lists them.
std::vector<std::unique_ptr<CliCommand>> allCommands();

} // namespace Dockwright::Cli
