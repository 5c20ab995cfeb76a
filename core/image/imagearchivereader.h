// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageselector.h"
#include "layeredimage.h"
#include "scanlimits.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace Dockwright::Core {

// Reads an image from a `docker save` / `podman save` / oci-archive tar (legacy <id>/layer.tar or OCI
// blobs/ layout, the whole tar optionally gzip/zstd compressed), from an OCI layout directory, or from
// a byte stream (the engine's /images/{name}/get). Archives are read in ONE sequential pass: every
// regular entry is sniffed by its magic bytes, layer tars are scanned through an inner libarchive
// handle fed from the outer entry (no temporary files), JSON files are kept, and the image is
// resolved from index.json/manifest.json after the pass, whatever order they came in.
// Thread-agnostic and synchronous: run it on a worker thread; cancel via the atomic flag.
class ImageArchiveReader final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::ImageArchiveReader)
public:
    // bytes read of the input so far, and the expected total (0 when unknown)
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Supplies stream bytes: sets *data, returns the length; 0 at the end, -1 on error.
    using Pull = std::function<qint64(const char **data)>;

    explicit ImageArchiveReader(
        const ImageSelector &selector = {}, const ScanLimits &limits = {}, const std::atomic_bool *cancel = nullptr);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // A file (archive) or a directory (layout), by what the path is.
    LayeredImagePtr read(const QString &path, ImageError *error);
    LayeredImagePtr readArchive(const QString &path, ImageError *error);
    LayeredImagePtr readDirectory(const QString &path, ImageError *error);
    // streamError lets the supplier explain a -1 (engine error, broken connection).
    LayeredImagePtr readStream(const Pull &pull, qint64 totalHint, const QString &name, ImageError *error,
        const std::function<ImageError()> &streamError = {});

private:
    struct Collected;
    LayeredImagePtr readOuter(void *archive, const QString &name, qint64 total, ImageError *error,
        const std::function<ImageError()> &streamError);

    ImageSelector m_selector;
    ScanLimits m_limits;
    const std::atomic_bool *m_cancel;
    Progress m_progress;
};

} // namespace Dockwright::Core
