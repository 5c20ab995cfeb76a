// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageerror.h"
#include "layeredimage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <atomic>

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
    // such entry in that layer, or the source is an engine image that has no file to re-read),
    // Limit (larger than cap), Format (binary: NUL bytes or not UTF-8), Io, Cancelled.
    static QByteArray readText(const LayeredImage &image, int layer, QByteArrayView normalisedPath, ImageError *error,
        qint64 cap = DefaultCap, const std::atomic_bool *cancel = nullptr);
    // Same, for bytes already read: false when they look binary (NUL in the first 8 KiB or invalid UTF-8).
    static bool looksLikeText(QByteArrayView bytes);
};

} // namespace Dockwright::Core
