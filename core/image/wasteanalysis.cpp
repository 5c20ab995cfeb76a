// SPDX-License-Identifier: GPL-3.0-or-later
#include "wasteanalysis.h"

#include "layerstack.h"

#include <algorithm>

namespace Dockwright::Core {

namespace {
// Which layer's vector holds an entry (layers are few; entries are contiguous per layer).
int layerOf(const LayeredImage &image, const LayerEntry *entry)
{
    for (size_t i = 0; i < image.layers.size(); ++i) {
        const std::vector<LayerEntry> &entries = image.layers[i].entries;
        if (!entries.empty() && std::less_equal<>()(entries.data(), entry)
            && std::less<>()(entry, entries.data() + entries.size()))
            return int(i);
    }
    return -1;
}
} // namespace

WasteReport WasteAnalysis::analyse(const LayeredImage &image, int topCount, int baseLayers)
{
    WasteReport report;
    const int layerCount = int(image.layers.size());
    report.baseLayerCount = baseLayers >= 0 ? qMin(baseLayers, layerCount) : image.baseLayerCount;
    report.baseHeuristic = baseLayers >= 0 ? QStringLiteral("explicit") : image.baseHeuristic;
    report.layerWastedBytes.fill(0, layerCount);
    report.layerHiddenBytes.fill(0, layerCount);
    const PathTree &tree = *image.tree;
    std::vector<qint64> perPath(tree.size(), 0);
    std::vector<quint16> copies(tree.size(), 0);
    LayerStack::State state(tree.size(), nullptr);

    int current = 0;
    const LayerStack::KillFn onKill = [&](quint32 node, const LayerEntry *hidden) {
        if (hidden->size == 0)
            return;
        const int owner = layerOf(image, hidden);
        perPath[node] += hidden->size;
        report.wastedBytes += hidden->size;
        if (owner >= 0)
            report.layerWastedBytes[owner] += hidden->size;
        report.layerHiddenBytes[current] += hidden->size;
        if (current < report.baseLayerCount) {
            report.baseWastedBytes += hidden->size;
        } else {
            report.userWastedBytes += hidden->size;
            if (owner >= 0 && owner < report.baseLayerCount)
                report.userHiddenBaseBytes += hidden->size;
        }
    };
    for (current = 0; current < layerCount; ++current) {
        const ImageLayer &layer = image.layers[size_t(current)];
        report.totalBytes += layer.size;
        if (current >= report.baseLayerCount)
            report.userBytes += layer.size;
        for (const LayerEntry &entry : layer.entries) {
            if (!entry.isMarker() && !entry.isDirectory() && copies[entry.node] < 0xffff)
                ++copies[entry.node];
        }
        LayerStack::apply(tree, layer, state, onKill, nullptr);
    }
    for (const LayerEntry *visible : state) {
        if (visible)
            report.finalBytes += visible->size;
    }
    Q_ASSERT(report.finalBytes + report.wastedBytes == report.totalBytes);
    report.efficiency = report.totalBytes > 0 ? double(report.finalBytes) / double(report.totalBytes) : 1.0;
    const qint64 userDenominator = report.userBytes + report.userHiddenBaseBytes;
    report.userWastedPercent = userDenominator > 0 ? double(report.userWastedBytes) / double(userDenominator) : 0.0;

    std::vector<quint32> wasted;
    for (quint32 node = 0; node < tree.size(); ++node) {
        if (perPath[node] > 0)
            wasted.push_back(node);
    }
    report.wastedPathCount = qint64(wasted.size());
    const size_t keep = std::min(wasted.size(), size_t(qMax(topCount, 0)));
    std::partial_sort(wasted.begin(), wasted.begin() + qsizetype(keep), wasted.end(),
        [&](quint32 a, quint32 b) { return perPath[a] != perPath[b] ? perPath[a] > perPath[b] : a < b; });
    for (size_t i = 0; i < keep; ++i) {
        const quint32 node = wasted[i];
        report.topWasted.append(
            {tree.node(node), tree.path(tree.node(node)), perPath[node], int(copies[node]), state[node] == nullptr});
    }
    return report;
}

} // namespace Dockwright::Core
