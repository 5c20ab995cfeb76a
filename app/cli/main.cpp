// SPDX-License-Identifier: GPL-3.0-or-later
// dockwright-cli: the headless front of the same core the GUI uses. Dispatches to the commands in cli/.
#include "cli/clicommand.h"
#include "core/dockwrightversion.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <unistd.h>

using namespace Dockwright::Cli;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dockwright_cli)
};

void printUsage(QTextStream &out, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    out << Text::tr("Usage: dockwright-cli COMMAND [OPTIONS]") << "\n\n" << Text::tr("Commands:") << '\n';
    for (const auto &command : commands)
        out << "  " << command->name().leftJustified(10) << ' ' << command->summary() << '\n';
    out << '\n'
        << Text::tr("Run 'dockwright-cli COMMAND --help' for a command's options.") << '\n'
        << Text::tr("Exit codes: 0 ok, 1 findings (lint errors, failed audit), 2 bad input, 3 engine error.") << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dockwright-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Dockwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKWRIGHT_VERSION_STRING));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("dockwright"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliIo io {out, err, isatty(fileno(stdout)) != 0};

    const auto commands = allCommands();
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        printUsage(args.isEmpty() ? err : out, commands);
        return args.isEmpty() ? ExitBadInput : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "dockwright-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    for (const auto &command : commands) {
        if (command->name() == args.first())
            return command->run(args, io);
    }
    err << Text::tr("dockwright-cli: unknown command '%1'").arg(args.first()) << "\n\n";
    printUsage(err, commands);
    return ExitBadInput;
}
