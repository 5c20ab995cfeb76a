// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blobaccess.h"
#include "imageselector.h"
#include "layeredimage.h"

#include <QCoreApplication>

namespace Dockwright::Core {

// Turns the files of an image layout into an ordered LayeredImage: index.json (nested indexes,
// platform choice, attestation manifests skipped, other platforms' missing blobs tolerated), else
// manifest.json (docker save, Podman docker-archive); then the config, its history joined to the
// layers, and the base-image boundary (see detectBaseLayers()).
class ImageLayoutResolver final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::ImageLayoutResolver)
public:
    explicit ImageLayoutResolver(const ImageSelector &selector = {});

    // Fills image (all but source and tree). Returns false with *error set when no image can be read.
    bool resolve(BlobAccess &blobs, LayeredImage &image, ImageError *error);

    // Base layers by heuristic, in this order: "history-cmd" = up to the last CMD/ENTRYPOINT history
    // entry that is followed by a layer (base images end with CMD, Dockerfiles rarely put one before
    // a RUN/COPY); "single-layer" = 0 for a one-layer image; "first-layer" = 1 (dive's rule).
    static void detectBaseLayers(LayeredImage &image);
    // The host platform in OCI terms ("linux/amd64").
    static QString hostPlatform();
    // "sha256:ab…" → "blobs/sha256/ab…"; empty when the digest is malformed (never a path escape).
    static QString blobPathFor(const QString &digest);

private:
    struct Candidate
    {
        QString digest;
        QString mediaType;
        QString platform;
        QString name;
    };
    bool collectCandidates(BlobAccess &blobs, const QJsonObject &index, const QString &file, int depth,
        QList<Candidate> &out, LayeredImage &image, ImageError *error);
    bool resolveOci(BlobAccess &blobs, LayeredImage &image, ImageError *error);
    bool resolveDockerManifest(BlobAccess &blobs, LayeredImage &image, ImageError *error);
    bool readConfig(BlobAccess &blobs, const QString &path, LayeredImage &image, ImageError *error);
    bool takeLayers(BlobAccess &blobs, const QStringList &paths, LayeredImage &image, ImageError *error);

    ImageSelector m_selector;
};

} // namespace Dockwright::Core
