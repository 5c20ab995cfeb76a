// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include "core/engine/endpointresolver.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/engine/engineerror.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <memory>

namespace Dockwright::Cli {

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

std::optional<int> CliSupport::parseArguments(QCommandLineParser &parser, const QStringList &args, CliIo &io)
{
    if (!parser.parse(args)) {
        io.err << parser.errorText() << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(u"help"_s)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<int> CliSupport::parseArguments(
    QCommandLineParser &parser, const QStringList &args, CliIo &io, const Help &help)
{
    const bool optionList = help.layout == Help::Layout::OptionList;
    if (!parser.parse(args)) {
        printError(io.err, help.command, parser.errorText(), optionList ? helpHint(help.command) : QString());
        return ExitBadInput;
    }
    if (!parser.isSet(u"help"_s))
        return std::nullopt;
    io.out << help.usage << "\n\n" << parser.applicationDescription() << "\n\n";
    const QString qtHelp = parser.helpText();
    if (optionList) {
        // helpText() repeats usage and description; keep only its option list.
        io.out << tr("Options:") << '\n' << qtHelp.mid(qtHelp.indexOf(QLatin1String("\n  -")) + 1) << '\n';
    } else {
        io.out << qtHelp.section(u'\n', 1) << '\n';
    }
    io.out << help.exitCodes << '\n';
    return ExitOk;
}

QString CliSupport::helpHint(const QString &command)
{
    return tr("Run 'dockwright-cli %1 --help' for the options.").arg(command);
}

void CliSupport::printError(QTextStream &err, const QString &command, const QString &message, const QString &hint)
{
    err << "dockwright-cli " << command << ": " << message << '\n';
    if (!hint.isEmpty())
        err << hint << '\n';
    err.flush();
}

bool CliSupport::expectOneArgument(
    const QStringList &positional, const QString &prefix, const QString &what, QTextStream &err)
{
    if (positional.size() == 1)
        return true;
    err << tr("%1: expected exactly one %2").arg(prefix, what) << '\n';
    err.flush();
    return false;
}

std::optional<QByteArray> CliSupport::readInput(
    const QString &file, const QString &prefix, QTextStream &err, bool dashIsStdin)
{
    QFile f(file);
    const bool opened = dashIsStdin && file == u"-" ? f.open(stdin, QIODevice::ReadOnly) : f.open(QIODevice::ReadOnly);
    if (!opened) {
        err << tr("%1: cannot read %2: %3").arg(prefix, file, f.errorString()) << '\n';
        return std::nullopt;
    }
    return f.readAll();
}

QList<std::pair<QString, std::optional<QString>>> CliSupport::buildArgs(const QStringList &specs)
{
    QList<std::pair<QString, std::optional<QString>>> out;
    for (const QString &spec : specs) {
        const qsizetype eq = spec.indexOf(u'=');
        if (eq >= 0) {
            out.append({spec.left(eq), spec.mid(eq + 1)});
            continue;
        }
        const QByteArray variable = spec.toLocal8Bit();
        out.append({spec,
            qEnvironmentVariableIsSet(variable.constData())
                ? std::optional<QString>(qEnvironmentVariable(variable.constData()))
                : std::nullopt});
    }
    return out;
}

QHash<QString, QString> CliSupport::buildArgValues(const QStringList &specs)
{
    QHash<QString, QString> values;
    for (const auto &[name, value] : buildArgs(specs)) {
        if (value)
            values.insert(name, *value);
    }
    return values;
}

std::optional<QString> CliSupport::optionValue(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    return parser.value(option);
}

std::optional<Endpoint> CliSupport::resolveEndpoint(const QString &command, const std::optional<QString> &host,
    const std::optional<QString> &context, CliIo &io, int *exitCode)
{
    if (host && context) {
        printError(io.err, command, tr("--host and --context cannot be used together."));
        *exitCode = ExitBadInput;
        return std::nullopt;
    }
    QString resolveError;
    const Endpoint endpoint = EndpointResolver().resolve(
        endpointChoice(host.value_or(QString()), context.value_or(QString())), &resolveError);
    if (!endpoint.isValid()) {
        printError(io.err, command, resolveError);
        *exitCode = host ? ExitBadInput : ExitEngine;
        return std::nullopt;
    }
    return endpoint;
}

QString CliSupport::endpointChoice(const QString &host, const QString &context)
{
    return !host.isEmpty() ? host : !context.isEmpty() ? QLatin1String("context:") + context : QString();
}

EngineError CliSupport::request(EngineClient &client, const EngineRequest &request, QJsonDocument *reply)
{
    std::unique_ptr<EngineCall> call(client.send(request));
    call->setAutoDelete(false);
    call->waitForFinished();
    if (!call->error() && reply)
        *reply = call->json();
    return call->error();
}

bool CliSupport::connectEngine(EngineClient &client, const Endpoint &endpoint, const QString &command, CliIo &io,
    const std::function<void(const EngineError &)> &beforeMessage)
{
    client.setEndpoint(endpoint);
    if (client.connectAndWait(30000))
        return true;
    const EngineError &e = client.lastError();
    if (beforeMessage)
        beforeMessage(e);
    printError(io.err, command, e.message, e.hint);
    return false;
}

} // namespace Dockwright::Cli
