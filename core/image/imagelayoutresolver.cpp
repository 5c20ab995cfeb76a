// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagelayoutresolver.h"

#include "layerscanner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSysInfo>

namespace Dockwright::Core {

namespace {

using namespace Qt::StringLiterals;

bool isIndexType(const QString &mediaType)
{
    return mediaType == "application/vnd.oci.image.index.v1+json"_L1
        || mediaType == "application/vnd.docker.distribution.manifest.list.v2+json"_L1;
}

QString platformOf(const QJsonObject &platform)
{
    const QString os = platform.value("os"_L1).toString();
    const QString arch = platform.value("architecture"_L1).toString();
    if (os.isEmpty() && arch.isEmpty())
        return {};
    const QString variant = platform.value("variant"_L1).toString();
    return os + u'/' + arch + (variant.isEmpty() ? QString() : u'/' + variant);
}

// "linux/arm64" matches "linux/arm64/v8"; "arm64" matches any OS.
bool platformMatches(const QString &candidate, const QString &wanted)
{
    if (candidate == wanted)
        return true;
    const QStringList c = candidate.split(u'/');
    QStringList w = wanted.split(u'/');
    if (w.size() == 1)
        w.prepend(c.value(0));
    for (int i = 0; i < w.size(); ++i) {
        if (c.value(i) != w.at(i))
            return false;
    }
    return true;
}

bool referenceMatches(const QString &name, const QString &wanted)
{
    if (name.isEmpty() || wanted.isEmpty())
        return false;
    QString full = wanted;
    if (!full.contains(u':') || full.lastIndexOf(u':') < full.lastIndexOf(u'/'))
        full += ":latest"_L1;
    return name == wanted || name == full || name == "docker.io/library/"_L1 + full || name == "docker.io/"_L1 + full
        || name.section(u'/', -1) == full;
}

QJsonDocument parseJson(const QByteArray &bytes, const QString &path, ImageError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ImageError::make(
            ImageError::Kind::Format, ImageLayoutResolver::tr("invalid JSON: %1").arg(parseError.errorString()), path);
        error->line = int(bytes.left(parseError.offset).count('\n')) + 1;
        return {};
    }
    return document;
}

ImageError fieldError(const QString &path, const QString &field, const QString &message)
{
    ImageError error = ImageError::make(ImageError::Kind::Format, message, path);
    error.field = field;
    return error;
}

} // namespace

ImageLayoutResolver::ImageLayoutResolver(const ImageSelector &selector)
    : m_selector(selector)
{ }

QString ImageLayoutResolver::hostPlatform()
{
    const QString cpu = QSysInfo::currentCpuArchitecture();
    QString arch = cpu;
    if (cpu == "x86_64"_L1)
        arch = QStringLiteral("amd64");
    else if (cpu == "i386"_L1)
        arch = QStringLiteral("386");
    else if (cpu == "arm64"_L1)
        arch = QStringLiteral("arm64");
    return "linux/"_L1 + arch;
}

QString ImageLayoutResolver::blobPathFor(const QString &digest)
{
    static const QRegularExpression valid(QStringLiteral("^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$"));
    const QRegularExpressionMatch match = valid.match(digest);
    if (!match.hasMatch())
        return {};
    return "blobs/"_L1 + match.captured(1) + u'/' + match.captured(2);
}

bool ImageLayoutResolver::resolve(BlobAccess &blobs, LayeredImage &image, ImageError *error)
{
    bool ok = false;
    if (blobs.exists(QStringLiteral("index.json")))
        ok = resolveOci(blobs, image, error);
    else if (blobs.exists(QStringLiteral("manifest.json")))
        ok = resolveDockerManifest(blobs, image, error);
    else
        *error = ImageError::make(ImageError::Kind::Missing,
            tr("neither index.json nor manifest.json found: not a docker save, OCI layout or "
               "oci-archive"));
    if (!ok && blobs.exists(QStringLiteral("manifest.json")) && blobs.exists(QStringLiteral("index.json"))
        && error->kind == ImageError::Kind::Missing) {
        // Some exporters write an index.json that names blobs they left out; manifest.json may still work.
        ImageError second;
        if (resolveDockerManifest(blobs, image, &second)) {
            image.warnings.append(*error);
            ok = true;
        }
    }
    if (ok)
        detectBaseLayers(image);
    return ok;
}

bool ImageLayoutResolver::collectCandidates(BlobAccess &blobs, const QJsonObject &index, const QString &file, int depth,
    QList<Candidate> &out, LayeredImage &image, ImageError *error)
{
    if (depth > 8) {
        *error = ImageError::make(ImageError::Kind::Hostile, tr("image indexes nested more than 8 deep"), file);
        return false;
    }
    const QJsonValue manifests = index.value("manifests"_L1);
    if (!manifests.isArray()) {
        *error = fieldError(file, QStringLiteral("manifests"), tr("missing or not an array"));
        return false;
    }
    const QJsonArray list = manifests.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject descriptor = list.at(i).toObject();
        const QString digest = descriptor.value("digest"_L1).toString();
        const QString path = blobPathFor(digest);
        const QString field = u"manifests[%1].digest"_s.arg(i);
        if (path.isEmpty()) {
            *error = fieldError(file, field, tr("malformed digest '%1'").arg(digest));
            return false;
        }
        const QString mediaType = descriptor.value("mediaType"_L1).toString();
        const QJsonObject annotations = descriptor.value("annotations"_L1).toObject();
        if (isIndexType(mediaType)) {
            if (!blobs.exists(path)) {
                image.warnings.append(
                    fieldError(file, field, tr("nested index %1 is not in the archive; skipped").arg(digest)));
                continue;
            }
            ImageError readError;
            const QByteArray bytes = blobs.readJson(path, &readError);
            if (readError) {
                *error = readError;
                return false;
            }
            const QJsonDocument nested = parseJson(bytes, path, error);
            if (error->isError())
                return false;
            const qsizetype before = out.size();
            if (!collectCandidates(blobs, nested.object(), path, depth + 1, out, image, error))
                return false;
            // Names annotate the outer descriptor; the platform manifests inside inherit them.
            const QString name = annotations.value("io.containerd.image.name"_L1).toString();
            for (qsizetype k = before; k < out.size(); ++k) {
                if (out[k].name.isEmpty())
                    out[k].name = name;
            }
            continue;
        }
        if (annotations.value("vnd.docker.reference.type"_L1).toString() == "attestation-manifest"_L1)
            continue;
        Candidate candidate;
        candidate.digest = digest;
        candidate.mediaType = mediaType;
        candidate.platform = platformOf(descriptor.value("platform"_L1).toObject());
        if (candidate.platform.startsWith("unknown/"_L1))
            continue;
        candidate.name = annotations.value("io.containerd.image.name"_L1).toString();
        if (candidate.name.isEmpty())
            candidate.name = annotations.value("org.opencontainers.image.ref.name"_L1).toString();
        out.append(candidate);
    }
    return true;
}

bool ImageLayoutResolver::resolveOci(BlobAccess &blobs, LayeredImage &image, ImageError *error)
{
    const QString indexPath = QStringLiteral("index.json");
    const QByteArray bytes = blobs.readJson(indexPath, error);
    if (error->isError())
        return false;
    const QJsonDocument index = parseJson(bytes, indexPath, error);
    if (error->isError())
        return false;
    QList<Candidate> candidates;
    if (!collectCandidates(blobs, index.object(), indexPath, 0, candidates, image, error))
        return false;

    QList<Candidate> present;
    for (const Candidate &c : std::as_const(candidates)) {
        if (!c.platform.isEmpty() && !image.platforms.contains(c.platform))
            image.platforms.append(c.platform);
        if (blobs.exists(blobPathFor(c.digest)))
            present.append(c); // other platforms' manifests are often left out of a save
    }
    if (!m_selector.reference.isEmpty()) {
        QList<Candidate> named;
        for (const Candidate &c : std::as_const(present)) {
            if (referenceMatches(c.name, m_selector.reference))
                named.append(c);
        }
        if (!named.isEmpty())
            present = named;
    }
    if (!m_selector.platform.isEmpty()) {
        QList<Candidate> matching;
        for (const Candidate &c : std::as_const(present)) {
            if (c.platform.isEmpty() || platformMatches(c.platform, m_selector.platform))
                matching.append(c);
        }
        if (matching.isEmpty()) {
            *error = ImageError::make(ImageError::Kind::Missing,
                tr("platform %1 is not in the archive (available: %2)")
                    .arg(m_selector.platform, image.platforms.join(", "_L1)),
                indexPath);
            return false;
        }
        present = matching;
    } else if (present.size() > 1) {
        const QString host = hostPlatform();
        for (const Candidate &c : std::as_const(present)) {
            if (!c.platform.isEmpty() && platformMatches(c.platform, host)) {
                present = {c};
                break;
            }
        }
    }
    if (present.isEmpty()) {
        *error = ImageError::make(
            ImageError::Kind::Missing, tr("no image manifest of index.json is in the archive"), indexPath);
        return false;
    }
    const Candidate chosen = present.first();
    image.layout = QStringLiteral("oci");
    image.reference = chosen.name;
    image.manifestDigest = chosen.digest;
    const QString manifestPath = blobPathFor(chosen.digest);
    const QJsonDocument manifest = parseJson(blobs.readJson(manifestPath, error), manifestPath, error);
    if (error->isError())
        return false;
    const QJsonObject root = manifest.object();
    const QJsonObject configDescriptor = root.value("config"_L1).toObject();
    image.configDigest = configDescriptor.value("digest"_L1).toString();
    const QString configPath = blobPathFor(image.configDigest);
    if (configPath.isEmpty()) {
        *error = fieldError(manifestPath, QStringLiteral("config.digest"), tr("missing or malformed digest"));
        return false;
    }
    if (!readConfig(blobs, configPath, image, error))
        return false;
    const QJsonArray layers = root.value("layers"_L1).toArray();
    QStringList paths;
    image.layers.resize(size_t(layers.size()));
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const QJsonObject descriptor = layers.at(i).toObject();
        ImageLayer &layer = image.layers[size_t(i)];
        layer.digest = descriptor.value("digest"_L1).toString();
        layer.mediaType = descriptor.value("mediaType"_L1).toString();
        layer.blobSize = descriptor.value("size"_L1).toInteger();
        layer.blobPath = blobPathFor(layer.digest);
        if (layer.blobPath.isEmpty()) {
            *error = fieldError(manifestPath, u"layers[%1].digest"_s.arg(i), tr("missing or malformed digest"));
            return false;
        }
        paths.append(layer.blobPath);
    }
    return takeLayers(blobs, paths, image, error);
}

bool ImageLayoutResolver::resolveDockerManifest(BlobAccess &blobs, LayeredImage &image, ImageError *error)
{
    const QString manifestPath = QStringLiteral("manifest.json");
    *error = {};
    const QJsonDocument document = parseJson(blobs.readJson(manifestPath, error), manifestPath, error);
    if (error->isError())
        return false;
    const QJsonArray entries = document.array();
    if (entries.isEmpty()) {
        *error = ImageError::make(ImageError::Kind::Format, tr("no image in the array"), manifestPath);
        return false;
    }
    qsizetype chosen = 0;
    if (!m_selector.reference.isEmpty()) {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonArray tags = entries.at(i).toObject().value("RepoTags"_L1).toArray();
            for (const QJsonValue &tag : tags) {
                if (referenceMatches(tag.toString(), m_selector.reference) || tag.toString() == m_selector.reference) {
                    chosen = i;
                    break;
                }
            }
        }
    }
    const QJsonObject entry = entries.at(chosen).toObject();
    image.layout = QStringLiteral("docker");
    image.reference = entry.value("RepoTags"_L1).toArray().at(0).toString();
    image.layers.clear();
    image.history.clear();
    const QString configPath = entry.value("Config"_L1).toString();
    QByteArray normalised;
    if (configPath.isEmpty() || !LayerScanner::normalisePath(configPath.toUtf8(), normalised)) {
        *error = fieldError(manifestPath, u"[%1].Config"_s.arg(chosen), tr("missing or escaping path"));
        return false;
    }
    const QString config = QString::fromUtf8(normalised);
    if (config.startsWith("blobs/"_L1))
        image.configDigest = config.section(u'/', 1, 1) + u':' + config.section(u'/', 2);
    else
        image.configDigest = "sha256:"_L1 + config.section(u'.', 0, 0);
    if (!readConfig(blobs, config, image, error))
        return false;
    const QJsonArray layers = entry.value("Layers"_L1).toArray();
    const QJsonArray diffIds = image.config.value("rootfs"_L1).toObject().value("diff_ids"_L1).toArray();
    QStringList paths;
    image.layers.resize(size_t(layers.size()));
    for (qsizetype i = 0; i < layers.size(); ++i) {
        if (!LayerScanner::normalisePath(layers.at(i).toString().toUtf8(), normalised) || normalised.isEmpty()) {
            *error = fieldError(manifestPath, u"[%1].Layers[%2]"_s.arg(chosen).arg(i), tr("missing or escaping path"));
            return false;
        }
        ImageLayer &layer = image.layers[size_t(i)];
        layer.blobPath = QString::fromUtf8(normalised);
        if (layer.blobPath.startsWith("blobs/"_L1)) {
            layer.digest = layer.blobPath.section(u'/', 1, 1) + u':' + layer.blobPath.section(u'/', 2);
        } else {
            layer.digest = diffIds.at(i).toString();
            image.layout = QStringLiteral("docker-legacy");
        }
        paths.append(layer.blobPath);
    }
    return takeLayers(blobs, paths, image, error);
}

bool ImageLayoutResolver::readConfig(BlobAccess &blobs, const QString &path, LayeredImage &image, ImageError *error)
{
    const QJsonDocument document = parseJson(blobs.readJson(path, error), path, error);
    if (error->isError())
        return false;
    image.config = document.object();
    const QString os = image.config.value("os"_L1).toString();
    if (!os.isEmpty()) {
        image.os = os;
        image.architecture = image.config.value("architecture"_L1).toString();
        image.variant = image.config.value("variant"_L1).toString();
    }
    image.created = QDateTime::fromString(image.config.value("created"_L1).toString(), Qt::ISODateWithMs);
    image.history.clear();
    const QJsonArray history = image.config.value("history"_L1).toArray();
    for (const QJsonValue &value : history) {
        const QJsonObject h = value.toObject();
        HistoryEntry entry;
        entry.createdBy = h.value("created_by"_L1).toString();
        entry.comment = h.value("comment"_L1).toString();
        entry.created = QDateTime::fromString(h.value("created"_L1).toString(), Qt::ISODateWithMs);
        entry.emptyLayer = h.value("empty_layer"_L1).toBool();
        image.history.append(entry);
    }
    return true;
}

bool ImageLayoutResolver::takeLayers(
    BlobAccess &blobs, const QStringList &paths, LayeredImage &image, ImageError *error)
{
    QHash<QString, int> uses;
    for (const QString &path : paths)
        ++uses[path];
    const QJsonArray diffIds = image.config.value("rootfs"_L1).toObject().value("diff_ids"_L1).toArray();
    if (!diffIds.isEmpty() && diffIds.size() != paths.size())
        image.warnings.append(fieldError(image.configDigest, QStringLiteral("rootfs.diff_ids"),
            tr("%1 diff IDs for %2 layers").arg(diffIds.size()).arg(paths.size())));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        ImageLayer &layer = image.layers[size_t(i)];
        layer.index = int(i);
        layer.diffId = diffIds.at(i).toString();
        ScannedLayer scanned = blobs.takeLayer(paths.at(i), --uses[paths.at(i)] == 0);
        if (scanned.error) {
            *error = scanned.error;
            return false;
        }
        layer.entries = std::move(scanned.entries);
        layer.size = scanned.size;
        layer.compression = scanned.compression;
        if (layer.blobSize == 0)
            layer.blobSize = scanned.rawBytes;
        image.warnings.append(scanned.warnings);
        if (scanned.suppressedWarnings > 0)
            image.warnings.append(ImageError::make(ImageError::Kind::Format,
                tr("%1 more warnings not shown").arg(scanned.suppressedWarnings), paths.at(i)));
    }
    // Non-empty history entries pair 1:1, in order, with the layers (moby image_history.go).
    int next = 0;
    for (qsizetype h = 0; h < image.history.size(); ++h) {
        HistoryEntry &entry = image.history[h];
        if (entry.emptyLayer)
            continue;
        if (next >= int(image.layers.size())) {
            image.warnings.append(fieldError(
                image.configDigest, QStringLiteral("history"), tr("more non-empty history entries than layers")));
            break;
        }
        entry.layerIndex = next;
        ImageLayer &layer = image.layers[size_t(next)];
        layer.historyIndex = int(h);
        layer.createdBy = entry.createdBy;
        layer.comment = entry.comment;
        layer.created = entry.created;
        ++next;
    }
    if (!image.history.isEmpty() && next < int(image.layers.size()))
        image.warnings.append(fieldError(image.configDigest, QStringLiteral("history"),
            tr("%1 layers have no history entry").arg(int(image.layers.size()) - next)));
    return true;
}

void ImageLayoutResolver::detectBaseLayers(LayeredImage &image)
{
    static const QRegularExpression metadataEnd(QStringLiteral("(^|\\s|#\\(nop\\)\\s*)(CMD|ENTRYPOINT)(\\s|\\[|$)"));
    // The last CMD/ENTRYPOINT that still has layers after it; the user's own final CMD has none.
    int layersAfter = 0;
    for (qsizetype h = image.history.size() - 1; h >= 0; --h) {
        const HistoryEntry &entry = image.history.at(h);
        if (entry.layerIndex >= 0) {
            ++layersAfter;
            continue;
        }
        if (layersAfter > 0 && metadataEnd.match(entry.createdBy).hasMatch()) {
            int base = 0;
            for (qsizetype k = 0; k < h; ++k) {
                if (image.history.at(k).layerIndex >= 0)
                    base = image.history.at(k).layerIndex + 1;
            }
            image.baseLayerCount = base;
            image.baseHeuristic = QStringLiteral("history-cmd");
            return;
        }
    }
    const int layerCount = int(image.layers.size());
    if (layerCount <= 1) {
        image.baseLayerCount = 0;
        image.baseHeuristic = QStringLiteral("single-layer");
        return;
    }
    // No boundary in the history. dive counts the first layer as the base, but a FROM scratch
    // image's first layer is its own: a Dockerfile step of the same build as the next layer, where a
    // base image starts with a rootfs import made long before ("ADD file:… in /", or no history).
    static const QRegularExpression rootfsImport(QStringLiteral("(^|\\s)ADD (multi-)?file:[0-9a-f]+ in /"));
    const ImageLayer &first = image.layers[0];
    const ImageLayer &second = image.layers[1];
    const bool imported = first.historyIndex < 0 || first.createdBy.trimmed().isEmpty()
        || rootfsImport.match(first.createdBy).hasMatch();
    constexpr qint64 SameBuildSecs = 3600;
    const bool earlier
        = first.created.isValid() && second.created.isValid() && first.created.secsTo(second.created) > SameBuildSecs;
    if (imported || earlier) {
        image.baseLayerCount = 1;
        image.baseHeuristic = QStringLiteral("first-layer");
    } else {
        image.baseLayerCount = 0;
        image.baseHeuristic = QStringLiteral("scratch");
    }
}

} // namespace Dockwright::Core
