// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dockwright::Test {

// Writes image archives and OCI layout directories around given layer blobs, in the layouts the
// engines produce: docker save legacy (<id>/layer.tar), Docker 25+ (OCI blobs + manifest.json),
// oci-archive (no manifest.json) and Podman's docker-archive (layer symlinks). Index and manifest
// files are written after the blobs, the order that forces a reader to resolve at the end.
class ImageFixture final
{
public:
    enum class Layout { DockerLegacy, DockerOci, OciArchive, PodmanLinks };

    ImageFixture &layer(const QByteArray &blob, const QString &createdBy);
    ImageFixture &emptyStep(const QString &createdBy);

    QByteArray archive(Layout layout) const;
    // An OCI layout directory (oci-layout, index.json, blobs/); false with a message on failure.
    bool writeDirectory(const QString &dir, QString *error = nullptr) const;

    // Base layer (gzip) + CMD + a zstd layer adding tmp/scratch + a plain layer that deletes it,
    // overwrites etc/over, chmods etc/mode, retargets etc/link, makes opt/ opaque and deletes big.
    static ImageFixture scenario();

    static QString digestOf(const QByteArray &bytes);
    static QString hexOf(const QByteArray &bytes);
    QByteArray configJson() const;
    QByteArray manifestJson() const;
    static QByteArray indexJson(const QList<QJsonObject> &manifests);
    static QJsonObject descriptor(const QString &mediaType, const QByteArray &blob);

private:
    struct Step
    {
        QByteArray blob; // empty for metadata-only steps
        QString createdBy;
        bool empty = false;
    };
    QList<Step> m_steps;
};

} // namespace Dockwright::Test
