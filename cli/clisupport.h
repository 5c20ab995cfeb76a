// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "core/engine/endpoint.h"

#include <QHash>
#include <QList>
#include <functional>
#include <optional>
#include <utility>

class QCommandLineOption;
class QCommandLineParser;

class QJsonDocument;

namespace Dockwright::Core {
class EngineClient;
struct EngineError;
struct EngineRequest;
} // namespace Dockwright::Core

namespace Dockwright::Cli {

// The pieces every dockwright-cli command repeats: option parsing and --help, reading FILE or '-',
// --build-arg values and reaching the engine. Wording and exit codes are those the commands shipped with.
class CliSupport final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Cli::CliSupport)
public:
    CliSupport() = delete;

    // How a command prints --help and option errors.
    struct Help
    {
        enum class Layout {
            OptionList, // usage, description, "Options:" and Qt's option list; errors add "Run '... --help'"
            FullText, // usage, description and Qt's help text after its usage line; errors are one line
        };
        QString command; // "engine": errors read "dockwright-cli engine: …"
        QString usage; // the first lines of --help
        QString exitCodes; // the last line of --help
        Layout layout = Layout::OptionList;
    };

    // Parses args; prints Qt's bare error text (exit 2) or Qt's help text (exit 0). Returns the exit code when
    // the command is done, nullopt when it should go on.
    static std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args, CliIo &io);
    // The same for commands with their own help page and "dockwright-cli COMMAND: " errors.
    static std::optional<int> parseArguments(
        QCommandLineParser &parser, const QStringList &args, CliIo &io, const Help &help);

    // The line option errors end with: "Run 'dockwright-cli COMMAND --help' for the options."
    static QString helpHint(const QString &command);

    // "dockwright-cli COMMAND: message", then the hint on its own line when there is one.
    static void printError(QTextStream &err, const QString &command, const QString &message, const QString &hint = {});

    // False (after printing "PREFIX: expected exactly one WHAT") unless exactly one argument was given.
    static bool expectOneArgument(
        const QStringList &positional, const QString &prefix, const QString &what, QTextStream &err);

    // Reads FILE ('-' is standard input unless dashIsStdin is false); prints "PREFIX: cannot read FILE: why"
    // and returns nullopt when it cannot.
    static std::optional<QByteArray> readInput(
        const QString &file, const QString &prefix, QTextStream &err, bool dashIsStdin = true);

    // --build-arg values like docker: KEY=VALUE, or KEY alone taking its value from the environment
    // (nullopt when it is not set there), in the order given.
    static QList<std::pair<QString, std::optional<QString>>> buildArgs(const QStringList &specs);
    // The build arguments that have a value, as the Dockerfile analyzer takes them.
    static QHash<QString, QString> buildArgValues(const QStringList &specs);

    // The option's value when it was given (even empty), else nullopt.
    static std::optional<QString> optionValue(const QCommandLineParser &parser, const QCommandLineOption &option);

    // The EndpointResolver choice for --host/--context: the host, "context:NAME", or empty (the environment).
    static QString endpointChoice(const QString &host, const QString &context);
    // Picks the engine like the docker CLI: host, else context, else the environment. On failure prints
    // "dockwright-cli COMMAND: why" and sets *exitCode (2 for --host with --context or a bad --host, else 3).
    static std::optional<Core::Endpoint> resolveEndpoint(const QString &command, const std::optional<QString> &host,
        const std::optional<QString> &context, CliIo &io, int *exitCode);
    // Connects client to endpoint (30 s). On failure calls beforeMessage (e.g. a JSON error event), prints the
    // engine's message and hint and returns false: the command exits with ExitEngine.
    static bool connectEngine(Core::EngineClient &client, const Core::Endpoint &endpoint, const QString &command,
        CliIo &io, const std::function<void(const Core::EngineError &)> &beforeMessage = {});
    // Sends one request and waits for the answer; its JSON in *reply when it worked.
    static Core::EngineError request(
        Core::EngineClient &client, const Core::EngineRequest &request, QJsonDocument *reply = nullptr);
};

} // namespace Dockwright::Cli
