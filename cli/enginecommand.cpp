// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginecommand.h"

#include "clisupport.h"
#include "core/engine/engineclient.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace Dockwright::Cli {

using namespace Dockwright::Core;

QString EngineCommand::summary() const
{
    return tr("Show which engine is used and the API version agreed with it");
}

int EngineCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connects to the Docker-compatible engine and prints its endpoint, version, API version, the "
           "negotiated API version and os/arch. The endpoint is chosen like the docker CLI does: --host or "
           "--context, DOCKER_HOST, DOCKER_CONTEXT, currentContext in ~/.docker/config.json, then "
           "/var/run/docker.sock."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object instead of text."));
    const QCommandLineOption hostOption({QStringLiteral("H"), QStringLiteral("host")},
        tr("Engine address (unix:///path, tcp://host:port)."), tr("URI"));
    const QCommandLineOption contextOption(QStringLiteral("context"), tr("Docker context to use."), tr("NAME"));
    parser.addOptions({helpOption, jsonOption, hostOption, contextOption});
    const CliSupport::Help help {name(), tr("Usage: dockwright-cli engine [--json] [--host URI | --context NAME]"),
        tr("Exit codes: 0 connected, 2 bad options, 3 the engine could not be used."),
        CliSupport::Help::Layout::OptionList};
    if (const auto done = CliSupport::parseArguments(parser, args, io, help))
        return *done;
    // parse() takes the first argument ("engine") as the program name.
    if (!parser.positionalArguments().isEmpty()) {
        CliSupport::printError(
            io.err, name(), tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
        return ExitBadInput;
    }
    int exitCode = ExitOk;
    const std::optional<Endpoint> resolved = CliSupport::resolveEndpoint(name(),
        CliSupport::optionValue(parser, hostOption), CliSupport::optionValue(parser, contextOption), io, &exitCode);
    if (!resolved)
        return exitCode;
    const Endpoint &endpoint = *resolved;

    EngineClient client;
    if (!CliSupport::connectEngine(client, endpoint, name(), io))
        return ExitEngine;
    const EngineInfo &info = client.info();
    if (parser.isSet(jsonOption)) {
        // Keys endpoint, engineVersion, apiVersion, negotiatedApiVersion, os, arch are a contract.
        QJsonObject o;
        o.insert(QLatin1String("endpoint"), endpoint.uri);
        o.insert(QLatin1String("origin"), endpoint.origin);
        o.insert(QLatin1String("context"), endpoint.contextName);
        o.insert(QLatin1String("tls"), endpoint.tls);
        o.insert(QLatin1String("product"), info.product);
        o.insert(QLatin1String("engineVersion"), info.engineVersion);
        o.insert(QLatin1String("apiVersion"), info.apiVersion.toString());
        o.insert(QLatin1String("minApiVersion"), info.minApiVersion.toString());
        o.insert(QLatin1String("negotiatedApiVersion"), info.negotiatedApiVersion.toString());
        o.insert(QLatin1String("os"), info.os);
        o.insert(QLatin1String("arch"), info.arch);
        o.insert(QLatin1String("kernelVersion"), info.kernelVersion);
        o.insert(QLatin1String("builderVersion"), info.builderVersion);
        o.insert(QLatin1String("buildKit"), info.buildKitReadsUploadedContext());
        o.insert(QLatin1String("podman"), info.isPodman());
        o.insert(QLatin1String("storageDriver"), info.storageDriver);
        o.insert(QLatin1String("containerdImageStore"), info.containerdImageStore);
        o.insert(QLatin1String("experimental"), info.experimental);
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        io.out.flush();
        return ExitOk;
    }
    const auto row = [&io](const QString &label, const QString &value) {
        io.out << QString(label + QLatin1Char(':')).leftJustified(18) << value << '\n';
    };
    row(tr("Endpoint"), endpoint.origin.isEmpty() ? endpoint.uri : tr("%1 (%2)").arg(endpoint.uri, endpoint.origin));
    row(tr("Engine"), QString(info.product + QLatin1Char(' ') + info.engineVersion).trimmed());
    row(tr("API version"),
        info.minApiVersion.isNull()
            ? info.apiVersion.toString()
            : tr("%1 (minimum %2)").arg(info.apiVersion.toString(), info.minApiVersion.toString()));
    row(tr("Negotiated API"), info.negotiatedApiVersion.toString());
    row(tr("OS/Arch"), info.os + QLatin1Char('/') + info.arch);
    if (!info.kernelVersion.isEmpty())
        row(tr("Kernel"), info.kernelVersion);
    if (!info.storageDriver.isEmpty())
        row(tr("Image store"),
            info.containerdImageStore ? tr("containerd (%1)").arg(info.storageDriver) : info.storageDriver);
    row(tr("Builder"),
        info.buildKitReadsUploadedContext() ? tr("BuildKit")
            : info.hasBuildKit()            ? tr("classic (BuildKit needs a session on the containerd image store)")
                                            : tr("classic"));
    io.out.flush();
    return ExitOk;
}

} // namespace Dockwright::Cli
