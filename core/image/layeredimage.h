// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageerror.h"
#include "layerentry.h"
#include "pathtree.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <memory>
#include <vector>

namespace Dockwright::Core {

// One entry of the config's history[], joined to the layer it produced (layerIndex -1 for
// metadata-only steps, empty_layer).
struct HistoryEntry
{
    QString createdBy;
    QString comment;
    QDateTime created;
    bool emptyLayer = false;
    int layerIndex = -1;
};

// One filesystem layer, base first, with its scanned entries (sorted by node).
struct ImageLayer
{
    int index = 0;
    QString digest; // blob digest as stored ("sha256:…"), or the diff ID for legacy saves
    QString diffId; // rootfs.diff_ids[index] from the config (uncompressed digest)
    QString mediaType;
    QString blobPath; // path inside the archive or layout directory
    QString compression;
    qint64 blobSize = 0; // stored (possibly compressed) bytes
    qint64 size = 0; // sum of entry sizes: uncompressed file bytes
    int historyIndex = -1;
    QString createdBy;
    QString comment;
    QDateTime created;
    std::vector<LayerEntry> entries;
};

// A whole image read from an archive, a layout directory or the engine: its layers, history,
// config and the PathTree all layer entries point into. Shared read-only between threads as
// LayeredImagePtr; every analysis (LayerStack, WasteAnalysis, ImageDiff) takes it by const ref.
struct LayeredImage
{
    QString source; // the archive/directory path or engine reference it came from
    bool fromEngine = false; // source names an engine image: its files are read from a new export
    QString reference; // the image name chosen from the archive (tag), if any
    QString layout; // "oci", "docker" (manifest.json) or "docker-legacy" (<id>/layer.tar)
    QString manifestDigest;
    QString configDigest;
    QString os;
    QString architecture;
    QString variant;
    QDateTime created;
    QJsonObject config; // the full image config blob
    QStringList platforms; // every platform the archive offered ("linux/amd64")
    std::shared_ptr<PathTree> tree;
    std::vector<ImageLayer> layers;
    QList<HistoryEntry> history;
    int baseLayerCount = 0; // layers that belong to the base image (see baseHeuristic)
    QString baseHeuristic; // "history-cmd", "first-layer", "scratch", "single-layer", "explicit"
    QList<ImageError> warnings;

    qint64 entryCount() const
    {
        qint64 n = 0;
        for (const ImageLayer &layer : layers)
            n += qint64(layer.entries.size());
        return n;
    }
    // How the image wants to run: the config blob's "config" object, with docker image inspect's
    // .Config keys (User, Env, Entrypoint, Cmd, ...).
    QJsonObject runConfig() const { return config.value(QLatin1String("config")).toObject(); }
    QString platform() const
    {
        return os + QLatin1Char('/') + architecture + (variant.isEmpty() ? QString() : QLatin1Char('/') + variant);
    }
};

using LayeredImagePtr = std::shared_ptr<const LayeredImage>;

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::LayeredImagePtr)
