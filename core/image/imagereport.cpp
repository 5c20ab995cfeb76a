// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagereport.h"

#include "layerstack.h"

namespace Dockwright::Core {

using namespace Qt::StringLiterals;

QJsonArray ImageReport::changesJson(const LayerStack &stack, int from, int to)
{
    QJsonArray out;
    const PathTree &tree = *stack.image().tree;
    for (const LayerStack::Change &change : stack.changes(from, to)) {
        const LayerEntry *entry = change.after ? change.after : change.before;
        QJsonObject o {{"path"_L1, tree.path(change.node)}, {"status"_L1, changeStatusName(change.status)},
            {"size"_L1, entry->size}, {"type"_L1, entryTypeName(entry->type)}};
        if (change.status == ChangeStatus::Modified)
            o.insert("previousSize"_L1, change.before->size);
        out.append(o);
    }
    return out;
}

QJsonObject ImageReport::inspectJson(const LayeredImage &image, const WasteReport &waste, bool withChanges)
{
    std::unique_ptr<LayerStack> stack;
    if (withChanges)
        stack = std::make_unique<LayerStack>(std::shared_ptr<const LayeredImage>(&image, [](const LayeredImage *) { }));
    QJsonArray layers;
    for (const ImageLayer &layer : image.layers) {
        QJsonObject o {{"index"_L1, layer.index}, {"digest"_L1, layer.digest}, {"diffId"_L1, layer.diffId},
            {"size"_L1, layer.size}, {"blobSize"_L1, layer.blobSize}, {"compression"_L1, layer.compression},
            {"mediaType"_L1, layer.mediaType}, {"createdBy"_L1, layer.createdBy}, {"comment"_L1, layer.comment},
            {"entries"_L1, qint64(layer.entries.size())}, {"base"_L1, layer.index < waste.baseLayerCount},
            {"wastedBytes"_L1, waste.layerWastedBytes.value(layer.index)},
            {"hiddenBytes"_L1, waste.layerHiddenBytes.value(layer.index)}};
        if (layer.created.isValid())
            o.insert("created"_L1, layer.created.toString(Qt::ISODate));
        if (stack)
            o.insert("changes"_L1, changesJson(*stack, layer.index - 1, layer.index));
        layers.append(o);
    }
    QJsonArray history;
    for (const HistoryEntry &h : image.history) {
        history.append(QJsonObject {{"createdBy"_L1, h.createdBy}, {"emptyLayer"_L1, h.emptyLayer},
            {"layerIndex"_L1, h.layerIndex}, {"comment"_L1, h.comment}});
    }
    QJsonArray top;
    for (const WastedPath &w : waste.topWasted) {
        top.append(QJsonObject {
            {"path"_L1, w.path}, {"wastedBytes"_L1, w.wastedBytes}, {"count"_L1, w.copies}, {"removed"_L1, w.removed}});
    }
    QJsonArray warnings;
    for (const ImageError &w : image.warnings)
        warnings.append(w.toString());
    return QJsonObject {{"source"_L1, image.source}, {"reference"_L1, image.reference}, {"layout"_L1, image.layout},
        {"platform"_L1, image.platform()}, {"platforms"_L1, QJsonArray::fromStringList(image.platforms)},
        {"manifestDigest"_L1, image.manifestDigest}, {"configDigest"_L1, image.configDigest},
        // How the image wants to run, as its config blob says it (docker image inspect's .Config keys:
        // User, Env, Entrypoint, Cmd, WorkingDir, ExposedPorts, Volumes, Labels, Healthcheck, ...).
        {"config"_L1, image.runConfig()}, {"layers"_L1, layers}, {"history"_L1, history},
        {"baseLayers"_L1, waste.baseLayerCount}, {"baseHeuristic"_L1, waste.baseHeuristic},
        {"totalBytes"_L1, waste.totalBytes}, {"finalBytes"_L1, waste.finalBytes}, {"efficiency"_L1, waste.efficiency},
        {"wastedBytes"_L1, waste.wastedBytes}, {"baseWastedBytes"_L1, waste.baseWastedBytes},
        {"userWastedBytes"_L1, waste.userWastedBytes}, {"userBytes"_L1, waste.userBytes},
        {"userWastedPercent"_L1, waste.userWastedPercent}, {"wastedPathCount"_L1, waste.wastedPathCount},
        {"topWasted"_L1, top}, {"warnings"_L1, warnings}};
}

QJsonObject ImageReport::diffJson(const ImageDiff::Result &diff)
{
    QJsonArray changes;
    for (const ImageDiff::Entry &e : diff.entries) {
        QJsonObject o {{"path"_L1, e.path}, {"status"_L1, changeStatusName(e.status)}, {"size"_L1, e.size},
            {"type"_L1, entryTypeName(e.type)}};
        if (e.status == ChangeStatus::Modified)
            o.insert("previousSize"_L1, e.previousSize);
        changes.append(o);
    }
    return QJsonObject {{"added"_L1, diff.added}, {"modified"_L1, diff.modified}, {"deleted"_L1, diff.deleted},
        {"addedBytes"_L1, diff.addedBytes}, {"removedBytes"_L1, diff.removedBytes},
        {"modifiedBytes"_L1, diff.modifiedBytes}, {"changes"_L1, changes}};
}

} // namespace Dockwright::Core
