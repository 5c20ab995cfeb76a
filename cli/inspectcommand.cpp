// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectcommand.h"

#include "clisupport.h"
#include "core/common/bytesize.h"
#include "core/image/imageloader.h"
#include "core/image/imagereport.h"
#include "core/image/layerstack.h"
#include "core/image/wasteanalysis.h"
#include "core/run/imageruninfo.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Dockwright::Cli {

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

// The image's run configuration, docker image inspect's .Config in plain words: what a container of
// this image runs, as whom, where, with which environment, ports, volumes, health check and labels.
void printConfiguration(QTextStream &out, const LayeredImage &image)
{
    out << '\n' << InspectCommand::tr("Configuration (what a container of this image runs):") << '\n';
    const QList<ImageConfigRow> rows = ImageRunInfo::fromInspect(image.runConfig()).configRows();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const bool first = i == 0 || rows.at(i - 1).field != rows.at(i).field;
        const QString label = first ? ImageConfigRow::fieldName(rows.at(i).field) + u':' : QString();
        out << "  " << label.leftJustified(14) << rows.at(i).value << '\n';
    }
}

} // namespace

QString InspectCommand::summary() const
{
    return tr("Show an image's layers, sizes, history, efficiency and wasted space");
}

void InspectCommand::addSourceOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        u"platform"_s, tr("Platform to read from a multi-platform image (os/arch[/variant])."), tr("PLATFORM")));
    parser.addOption(QCommandLineOption({u"H"_s, u"host"_s},
        tr("Engine address for image names (unix:///path, tcp://host:port); "
           "default: DOCKER_HOST, the docker context, /var/run/docker.sock."),
        tr("URI")));
}

LayeredImagePtr InspectCommand::load(
    const QString &source, const QCommandLineParser &parser, CliIo &io, const QString &command, int *exitCode)
{
    ImageLoader::Options options;
    options.selector.platform = parser.value(u"platform"_s);
    options.host = parser.value(u"host"_s);
    ImageError error;
    const LayeredImagePtr image = ImageLoader::load(source, options, &error);
    if (!image) {
        CliSupport::printError(io.err, command, error.toString());
        *exitCode = error.kind == ImageError::Kind::Engine ? ExitEngine
            : error.kind == ImageError::Kind::Cancelled    ? ExitCancelled
                                                           : ExitBadInput;
        return {};
    }
    return image;
}

int InspectCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads an image (a docker/podman save archive, an OCI layout directory or oci-archive, or an image "
           "name exported from the engine) in one pass and prints its layers, their sizes and created_by, "
           "the efficiency, the wasted bytes and the most wasteful paths."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object instead of text."));
    const QCommandLineOption changesOption(u"changes"_s, tr("List each layer's changes (added, modified, deleted)."));
    const QCommandLineOption topOption(u"top"_s, tr("How many wasted paths to list (default 20)."), tr("N"), u"20"_s);
    const QCommandLineOption baseOption(
        u"base-layers"_s, tr("Count the first N layers as the base image instead of guessing."), tr("N"));
    parser.addOptions({helpOption, jsonOption, changesOption, topOption, baseOption});
    addSourceOptions(parser);
    const CliSupport::Help help {name(),
        tr("Usage: dockwright-cli inspect IMAGE|ARCHIVE [--json] [--changes] [--top N] "
           "[--platform P] [--host URI]"),
        tr("Exit codes: 0 ok, 2 bad input or unreadable image, 3 engine error."), CliSupport::Help::Layout::FullText};
    if (const auto done = CliSupport::parseArguments(parser, args, io, help))
        return *done;
    const QStringList positional = parser.positionalArguments(); // args[0] (the command) is skipped by parse()
    if (!CliSupport::expectOneArgument(positional, u"dockwright-cli "_s + name(), tr("IMAGE or ARCHIVE"), io.err))
        return ExitBadInput;
    bool ok = true;
    const int top = parser.value(topOption).toInt(&ok);
    int baseLayers = -1;
    if (ok && parser.isSet(baseOption))
        baseLayers = parser.value(baseOption).toInt(&ok);
    if (!ok || top < 0) {
        CliSupport::printError(io.err, name(), tr("--top and --base-layers take a number"));
        return ExitBadInput;
    }
    int exitCode = ExitOk;
    const LayeredImagePtr image = load(positional.first(), parser, io, name(), &exitCode);
    if (!image)
        return exitCode;
    const WasteReport waste = WasteAnalysis::analyse(*image, top, baseLayers);

    if (parser.isSet(jsonOption)) {
        io.out << QJsonDocument(ImageReport::inspectJson(*image, waste, parser.isSet(changesOption))).toJson();
        io.out.flush();
        return ExitOk;
    }

    QTextStream &out = io.out;
    out << tr("Image: %1").arg(image->reference.isEmpty() ? image->source : image->reference) << '\n'
        << tr("Source: %1 (%2 layout, %3)").arg(image->source, image->layout, image->platform()) << '\n';
    if (image->platforms.size() > 1)
        out << tr("Platforms in the archive: %1").arg(image->platforms.join(u", "_s)) << '\n';
    printConfiguration(out, *image);
    out << '\n'
        << tr("Layers (the first %n belong to the base image, by %1):", nullptr, waste.baseLayerCount)
               .arg(waste.baseHeuristic)
        << '\n';
    out << "  " << tr("#").rightJustified(3) << "  " << tr("Size").rightJustified(9) << "  "
        << tr("Wasted").rightJustified(9) << "  " << tr("Digest").leftJustified(19) << "  " << tr("Created by") << '\n';
    std::unique_ptr<LayerStack> stack;
    if (parser.isSet(changesOption))
        stack = std::make_unique<LayerStack>(image);
    for (const ImageLayer &layer : image->layers) {
        // An imported layer's history has no created_by, only a comment ("Imported from -").
        QString createdBy = layer.createdBy.simplified();
        if (createdBy.isEmpty())
            createdBy
                = layer.comment.isEmpty() ? tr("(no history)") : tr("(comment) %1").arg(layer.comment.simplified());
        out << "  " << QString::number(layer.index).rightJustified(3) << "  "
            << formatBytes(layer.size).rightJustified(9) << "  "
            << formatBytes(waste.layerWastedBytes.value(layer.index)).rightJustified(9) << "  "
            << layer.digest.left(19).leftJustified(19) << "  "
            << (layer.index < waste.baseLayerCount ? tr("[base] ") : QString()) << createdBy << '\n';
        if (stack) {
            for (const LayerStack::Change &change : stack->changes(layer.index - 1, layer.index)) {
                const LayerEntry *entry = change.after ? change.after : change.before;
                const char sign = change.status == ChangeStatus::Added ? '+'
                    : change.status == ChangeStatus::Deleted           ? '-'
                                                                       : '~';
                out << "         " << sign << ' ' << image->tree->path(change.node)
                    << (entry->isDirectory() ? u"/"_s : QString()) << "  " << formatBytes(entry->size) << '\n';
            }
        }
    }
    out << '\n'
        << tr("Total layer bytes: %1   Final image bytes: %2")
               .arg(formatBytes(waste.totalBytes), formatBytes(waste.finalBytes))
        << '\n'
        << tr("Efficiency: %1 %   Wasted: %2 (base %3, user %4)   User wasted: %5 %")
               .arg(waste.efficiency * 100.0, 0, 'f', 2)
               .arg(formatBytes(waste.wastedBytes), formatBytes(waste.baseWastedBytes),
                   formatBytes(waste.userWastedBytes))
               .arg(waste.userWastedPercent * 100.0, 0, 'f', 2)
        << '\n';
    if (!waste.topWasted.isEmpty()) {
        out << '\n'
            << tr("Top wasted paths (%1 in all):").arg(waste.wastedPathCount) << '\n'
            << "  " << tr("Copies").rightJustified(6) << "  " << tr("Wasted").rightJustified(9) << "  " << tr("Path")
            << '\n';
        for (const WastedPath &w : waste.topWasted) {
            out << "  " << QString::number(w.copies).rightJustified(6) << "  "
                << formatBytes(w.wastedBytes).rightJustified(9) << "  " << w.path
                << (w.removed ? tr(" (removed)") : QString()) << '\n';
        }
    }
    for (const ImageError &warning : image->warnings)
        io.err << tr("warning: %1").arg(warning.toString()) << '\n';
    out.flush();
    io.err.flush();
    return ExitOk;
}

} // namespace Dockwright::Cli
