// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageerror.h"
#include "layerentry.h"

#include <QList>
#include <QString>
#include <vector>

namespace Dockwright::Core {

// What LayerScanner found in one layer blob: entries sorted by node (stable, so tar order is kept
// among entries of the same path), sizes, and any warnings or the error that stopped it.
struct ScannedLayer
{
    std::vector<LayerEntry> entries;
    qint64 size = 0; // sum of the entries' sizes: uncompressed file bytes, dive's "layer size"
    qint64 rawBytes = 0; // bytes of the blob as stored (compressed size)
    qint64 tarBytes = 0; // bytes of the tar stream after decompression
    QString compression; // "none", "gzip" or "zstd", from the magic bytes
    QList<ImageError> warnings;
    qint64 suppressedWarnings = 0;
    ImageError error;
};

} // namespace Dockwright::Core
