// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageerror.h"
#include "layeredimage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace Dockwright::Core {

// Reads the contents of ONE file of one layer on demand, for viewers: re-opens the image's source
// (archive or layout directory), finds the layer blob and streams just that entry (hardlinks and
// archive links followed). Never extracts anything; capped, and only text is returned.
// Blocking: call it from a worker thread.
class LayerContentReader final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::LayerContentReader)
public:
    static constexpr qint64 DefaultCap = qint64(1) << 20;

    // The bytes of normalisedPath ("etc/os-release") as stored in layer `layer`. Errors: Missing (no
    // such entry in that layer, or no file to re-read: an engine image takes readTextsFromStream()),
    // Limit (larger than cap), Format (binary: NUL bytes or not UTF-8), Io, Cancelled.
    static QByteArray readText(const LayeredImage &image, int layer, QByteArrayView normalisedPath, ImageError *error,
        qint64 cap = DefaultCap, const std::atomic_bool *cancel = nullptr);
    // Supplies stream bytes: sets *data, returns the length; 0 at the end, -1 on error.
    using Pull = std::function<qint64(const char **data)>;
    struct StreamResult
    {
        QList<QByteArray> texts; // one per requested layer
        QList<ImageError> errors; // one per requested layer (kind None when read)
    };
    // The text of normalisedPath in each of `layers`, read in ONE pass over the image's archive as a
    // stream: the engine's export (/images/{name}/get) of the image `image` was read from. Stops
    // pulling once every layer is answered. streamError explains a pull() of -1.
    static StreamResult readTextsFromStream(const LayeredImage &image, const QList<int> &layers,
        QByteArrayView normalisedPath, const Pull &pull, const std::function<ImageError()> &streamError,
        qint64 cap = DefaultCap, const std::atomic_bool *cancel = nullptr);
    // The path whose bytes hold normalisedPath's contents in `layer`: a hard link's target (chains
    // followed through the layer's scanned entries), else the path itself. Empty for a loop.
    static QByteArray resolveHardlinks(const LayeredImage &image, int layer, QByteArrayView normalisedPath);
    // Same, for bytes already read: false when they look binary (NUL in the first 8 KiB or invalid UTF-8).
    static bool looksLikeText(QByteArrayView bytes);
};

} // namespace Dockwright::Core
