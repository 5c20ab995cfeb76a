// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagefixture.h"

#include "tarbuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Dockwright::Test {

using namespace Qt::StringLiterals;

ImageFixture &ImageFixture::layer(const QByteArray &blob, const QString &createdBy)
{
    m_steps.append({blob, createdBy, false});
    return *this;
}

ImageFixture &ImageFixture::emptyStep(const QString &createdBy)
{
    m_steps.append({{}, createdBy, true});
    return *this;
}

QString ImageFixture::hexOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString ImageFixture::digestOf(const QByteArray &bytes)
{
    return "sha256:"_L1 + hexOf(bytes);
}

QJsonObject ImageFixture::descriptor(const QString &mediaType, const QByteArray &blob)
{
    return QJsonObject {{"mediaType"_L1, mediaType}, {"digest"_L1, digestOf(blob)}, {"size"_L1, blob.size()}};
}

QByteArray ImageFixture::configJson() const
{
    QJsonArray diffIds;
    QJsonArray history;
    for (const Step &step : m_steps) {
        QJsonObject h {{"created"_L1, "2024-01-01T00:00:00Z"_L1}, {"created_by"_L1, step.createdBy}};
        if (step.empty)
            h.insert("empty_layer"_L1, true);
        else
            diffIds.append(digestOf(step.blob));
        history.append(h);
    }
    const QJsonObject config {{"architecture"_L1, "amd64"_L1}, {"os"_L1, "linux"_L1},
        {"created"_L1, "2024-01-01T00:00:00Z"_L1}, {"config"_L1, QJsonObject {{"Cmd"_L1, QJsonArray {"sh"_L1}}}},
        {"rootfs"_L1, QJsonObject {{"type"_L1, "layers"_L1}, {"diff_ids"_L1, diffIds}}}, {"history"_L1, history}};
    return QJsonDocument(config).toJson(QJsonDocument::Compact);
}

QByteArray ImageFixture::manifestJson() const
{
    QJsonArray layers;
    for (const Step &step : m_steps) {
        if (!step.empty)
            layers.append(descriptor(u"application/vnd.oci.image.layer.v1.tar"_s, step.blob));
    }
    const QJsonObject manifest {{"schemaVersion"_L1, 2},
        {"mediaType"_L1, "application/vnd.oci.image.manifest.v1+json"_L1},
        {"config"_L1, descriptor(u"application/vnd.oci.image.config.v1+json"_s, configJson())}, {"layers"_L1, layers}};
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

QByteArray ImageFixture::indexJson(const QList<QJsonObject> &manifests)
{
    QJsonArray list;
    for (const QJsonObject &m : manifests)
        list.append(m);
    return QJsonDocument(QJsonObject {{"schemaVersion"_L1, 2}, {"manifests"_L1, list}}).toJson(QJsonDocument::Compact);
}

QByteArray ImageFixture::archive(Layout layout) const
{
    TarBuilder tar;
    const QByteArray config = configJson();
    QJsonArray legacyLayers;
    int index = 0;
    for (const Step &step : m_steps) {
        if (step.empty)
            continue;
        const QString hex = hexOf(step.blob);
        switch (layout) {
        case Layout::DockerLegacy: {
            const QString id = hexOf(step.blob + QByteArray::number(index));
            tar.file(id + "/VERSION"_L1, "1.0");
            tar.file(id + "/layer.tar"_L1, step.blob);
            tar.file(id + "/json"_L1, "{\"id\":\"" + id.toLatin1() + "\"}");
            legacyLayers.append(QString(id + "/layer.tar"_L1));
            break;
        }
        case Layout::PodmanLinks: {
            const QString id = hexOf(step.blob + QByteArray::number(index));
            tar.file(hex + ".tar"_L1, step.blob);
            tar.symlink(id + "/layer.tar"_L1, "../"_L1 + hex + ".tar"_L1);
            legacyLayers.append(QString(id + "/layer.tar"_L1));
            break;
        }
        case Layout::DockerOci:
        case Layout::OciArchive:
            tar.file("blobs/sha256/"_L1 + hex, step.blob);
            legacyLayers.append(QString("blobs/sha256/"_L1 + hex));
            break;
        }
        ++index;
    }
    QString configPath;
    if (layout == Layout::DockerLegacy || layout == Layout::PodmanLinks) {
        configPath = hexOf(config) + ".json"_L1;
        tar.file(configPath, config);
    } else {
        const QByteArray manifest = manifestJson();
        configPath = "blobs/sha256/"_L1 + hexOf(config);
        tar.file(configPath, config);
        tar.file("blobs/sha256/"_L1 + hexOf(manifest), manifest);
        tar.file(u"oci-layout"_s, "{\"imageLayoutVersion\":\"1.0.0\"}");
        QJsonObject d = descriptor(u"application/vnd.oci.image.manifest.v1+json"_s, manifest);
        d.insert("annotations"_L1,
            QJsonObject {{"io.containerd.image.name"_L1, "docker.io/library/fixture:latest"_L1},
                {"org.opencontainers.image.ref.name"_L1, "latest"_L1}});
        tar.file(u"index.json"_s, indexJson({d}));
    }
    if (layout != Layout::OciArchive) {
        const QJsonArray manifest {QJsonObject {
            {"Config"_L1, configPath}, {"RepoTags"_L1, QJsonArray {"fixture:latest"_L1}}, {"Layers"_L1, legacyLayers}}};
        tar.file(u"manifest.json"_s, QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    }
    return tar.build();
}

bool ImageFixture::writeDirectory(const QString &dir, QString *error) const
{
    const auto write = [&](const QString &path, const QByteArray &bytes) {
        QFile f(dir + u'/' + path);
        if (!QDir().mkpath(QFileInfo(f).path()) || !f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            if (error)
                *error = f.errorString();
            return false;
        }
        return true;
    };
    for (const Step &step : m_steps) {
        if (!step.empty && !write("blobs/sha256/"_L1 + hexOf(step.blob), step.blob))
            return false;
    }
    const QByteArray config = configJson();
    const QByteArray manifest = manifestJson();
    return write("blobs/sha256/"_L1 + hexOf(config), config) && write("blobs/sha256/"_L1 + hexOf(manifest), manifest)
        && write(u"oci-layout"_s, "{\"imageLayoutVersion\":\"1.0.0\"}")
        && write(u"index.json"_s, indexJson({descriptor(u"application/vnd.oci.image.manifest.v1+json"_s, manifest)}));
}

ImageFixture ImageFixture::scenario()
{
    const QByteArray base = TarBuilder()
                                .dir(u"etc"_s)
                                .file(u"etc/keep"_s, "keep")
                                .file(u"etc/over"_s, "aaaa")
                                .file(u"etc/mode"_s, "mode", 0644)
                                .symlink(u"etc/link"_s, u"keep"_s)
                                .hardlink(u"etc/hard"_s, u"etc/keep"_s)
                                .file(u"bin/tool"_s, "tool-v1")
                                .dir(u"opt"_s)
                                .file(u"opt/a"_s, QByteArray(10, 'a'))
                                .file(u"opt/b"_s, QByteArray(2, 'b'))
                                .file(u"big"_s, QByteArray(100, 'x'))
                                .build(TarBuilder::Compression::Gzip);
    const QByteArray user1
        = TarBuilder().file(u"tmp/scratch"_s, QByteArray(50, 's')).build(TarBuilder::Compression::Zstd);
    const QByteArray user2 = TarBuilder()
                                 .file(u"tmp/.wh.scratch"_s, {})
                                 .file(u"etc/over"_s, "bbbbbb")
                                 .file(u"etc/mode"_s, "mode", 0755)
                                 .symlink(u"etc/link"_s, u"over"_s)
                                 .dir(u"opt"_s)
                                 .file(u"opt/.wh..wh..opq"_s, {})
                                 .file(u"opt/c"_s, "C")
                                 .file(u"etc/keep"_s, "keep")
                                 .file(u".wh.big"_s, {})
                                 .build();
    ImageFixture fixture;
    fixture.layer(base, u"COPY rootfs / # buildkit"_s)
        .emptyStep(u"CMD [\"sh\"]"_s)
        .layer(user1, u"RUN make-scratch"_s)
        .layer(user2, u"RUN cleanup"_s)
        .emptyStep(u"CMD [\"app\"]"_s);
    return fixture;
}

} // namespace Dockwright::Test
