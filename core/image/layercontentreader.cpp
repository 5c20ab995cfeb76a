// SPDX-License-Identifier: GPL-3.0-or-later
#include "layercontentreader.h"

#include "layerscanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace Dockwright::Core {

namespace {

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

QString archiveMessage(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : QString();
}

ArchivePtr newReader()
{
    ArchivePtr a(archive_read_new(), &archive_read_free);
    if (a
        && (archive_read_support_format_tar(a.get()) != ARCHIVE_OK
            || archive_read_support_filter_gzip(a.get()) < ARCHIVE_WARN
            || archive_read_support_filter_zstd(a.get()) < ARCHIVE_WARN))
        a.reset();
    return a;
}

// The inner (layer) archive pulls its bytes from the current entry of the outer archive.
la_ssize_t outerEntryCallback(archive *, void *client, const void **buffer)
{
    auto *outer = static_cast<archive *>(client);
    size_t length = 0;
    la_int64_t offset = 0;
    const int r = archive_read_data_block(outer, buffer, &length, &offset);
    if (r == ARCHIVE_EOF)
        return 0;
    if (r < ARCHIVE_WARN)
        return -1;
    return la_ssize_t(length);
}

enum class Outcome { Data, Link, Failed };

struct Lookup
{
    QByteArray want; // normalised path inside the layer
    qint64 cap = 0;
    const std::atomic_bool *cancel = nullptr;
    QString where; // for errors
    QByteArray bytes; // Outcome::Data
    ImageError error; // Outcome::Failed
};

bool cancelled(const Lookup &lookup)
{
    return lookup.cancel && lookup.cancel->load(std::memory_order_relaxed);
}

// Walks an opened layer archive to lookup.want. A hardlink answers Link with want set to its target
// (tar hardlinks carry no data; the bytes sit at the target, earlier in the same layer).
Outcome findInLayer(archive *layer, Lookup &lookup)
{
    QByteArray name;
    for (;;) {
        if (cancelled(lookup)) {
            lookup.error
                = ImageError::make(ImageError::Kind::Cancelled, LayerContentReader::tr("cancelled"), lookup.where);
            return Outcome::Failed;
        }
        archive_entry *entry = nullptr;
        const int r = archive_read_next_header(layer, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            lookup.error = ImageError::make(ImageError::Kind::Format,
                LayerContentReader::tr("broken layer: %1").arg(archiveMessage(layer)), lookup.where);
            return Outcome::Failed;
        }
        const char *raw = archive_entry_pathname(entry);
        if (!raw || !LayerScanner::normalisePath(QByteArrayView(raw), name) || name != lookup.want)
            continue;
        const QString path = QString::fromUtf8(name);
        if (const char *hard = archive_entry_hardlink(entry)) {
            QByteArray target;
            if (!LayerScanner::normalisePath(QByteArrayView(hard), target)) {
                lookup.error = ImageError::make(ImageError::Kind::Hostile,
                    LayerContentReader::tr("hard link target escapes the root"), lookup.where, path);
                return Outcome::Failed;
            }
            lookup.want = target;
            return Outcome::Link;
        }
        if (archive_entry_filetype(entry) != AE_IFREG) {
            lookup.error = ImageError::make(
                ImageError::Kind::Format, LayerContentReader::tr("not a regular file"), lookup.where, path);
            return Outcome::Failed;
        }
        const la_int64_t size = archive_entry_size(entry);
        if (size > lookup.cap) {
            lookup.error = ImageError::make(ImageError::Kind::Limit,
                LayerContentReader::tr("%1 bytes, more than the %2 bytes shown").arg(size).arg(lookup.cap),
                lookup.where, path);
            return Outcome::Failed;
        }
        QByteArray bytes(qsizetype(size), Qt::Uninitialized);
        qsizetype got = 0;
        while (got < bytes.size()) {
            const la_ssize_t n = archive_read_data(layer, bytes.data() + got, size_t(bytes.size() - got));
            if (n < 0) {
                lookup.error = ImageError::make(ImageError::Kind::Format,
                    LayerContentReader::tr("cannot read the file: %1").arg(archiveMessage(layer)), lookup.where, path);
                return Outcome::Failed;
            }
            if (n == 0)
                break;
            got += n;
        }
        bytes.truncate(got);
        lookup.bytes = bytes;
        return Outcome::Data;
    }
    lookup.error = ImageError::make(ImageError::Kind::Missing, LayerContentReader::tr("no such file in this layer"),
        lookup.where, QString::fromUtf8(lookup.want));
    return Outcome::Failed;
}

Outcome readLayerFile(const QString &file, Lookup &lookup)
{
    ArchivePtr a = newReader();
    const QByteArray local = QFile::encodeName(file);
    if (!a || archive_read_open_filename(a.get(), local.constData(), 1 << 16) != ARCHIVE_OK) {
        lookup.error = ImageError::make(ImageError::Kind::Io,
            LayerContentReader::tr("cannot open the layer: %1").arg(a ? archiveMessage(a.get()) : QString()), file);
        return Outcome::Failed;
    }
    return findInLayer(a.get(), lookup);
}

// One pass over the outer archive to the layer blob (archive links followed by starting over).
Outcome readArchiveLayer(const QString &archivePath, QByteArray blobPath, Lookup &lookup)
{
    for (int hops = 0; hops < 8; ++hops) {
        ArchivePtr outer = newReader();
        const QByteArray local = QFile::encodeName(archivePath);
        if (!outer || archive_read_open_filename(outer.get(), local.constData(), 1 << 20) != ARCHIVE_OK) {
            lookup.error = ImageError::make(ImageError::Kind::Io,
                LayerContentReader::tr("cannot open the archive: %1")
                    .arg(outer ? archiveMessage(outer.get()) : QString()),
                archivePath);
            return Outcome::Failed;
        }
        QByteArray name;
        bool relinked = false;
        for (;;) {
            if (cancelled(lookup)) {
                lookup.error
                    = ImageError::make(ImageError::Kind::Cancelled, LayerContentReader::tr("cancelled"), archivePath);
                return Outcome::Failed;
            }
            archive_entry *entry = nullptr;
            const int r = archive_read_next_header(outer.get(), &entry);
            if (r == ARCHIVE_EOF)
                break;
            if (r < ARCHIVE_WARN) {
                lookup.error = ImageError::make(ImageError::Kind::Format,
                    LayerContentReader::tr("broken archive: %1").arg(archiveMessage(outer.get())), archivePath);
                return Outcome::Failed;
            }
            const char *raw = archive_entry_pathname(entry);
            if (!raw || !LayerScanner::normalisePath(QByteArrayView(raw), name) || name != blobPath)
                continue;
            QByteArray target;
            if (const char *hard = archive_entry_hardlink(entry)) {
                if (!LayerScanner::normalisePath(QByteArrayView(hard), target))
                    break;
                blobPath = target;
                relinked = true;
                break;
            }
            if (archive_entry_filetype(entry) == AE_IFLNK) {
                const char *link = archive_entry_symlink(entry);
                const qsizetype slash = name.lastIndexOf('/');
                const QByteArray joined
                    = (slash < 0 ? QByteArray() : name.left(slash + 1)) + QByteArray(link ? link : "");
                if (!link || link[0] == '/' || !LayerScanner::normalisePath(joined, target))
                    break;
                blobPath = target;
                relinked = true;
                break;
            }
            ArchivePtr layer = newReader();
            if (!layer
                || archive_read_open2(layer.get(), outer.get(), nullptr, outerEntryCallback, nullptr, nullptr)
                    != ARCHIVE_OK) {
                lookup.error = ImageError::make(ImageError::Kind::Format,
                    LayerContentReader::tr("not a tar layer: %1").arg(layer ? archiveMessage(layer.get()) : QString()),
                    archivePath, QString::fromUtf8(blobPath));
                return Outcome::Failed;
            }
            return findInLayer(layer.get(), lookup);
        }
        if (!relinked)
            break;
    }
    lookup.error = ImageError::make(ImageError::Kind::Missing, LayerContentReader::tr("layer not in the archive"),
        archivePath, QString::fromUtf8(blobPath));
    return Outcome::Failed;
}

struct PullContext
{
    const LayerContentReader::Pull *pull = nullptr;
    bool failed = false;
};

la_ssize_t pullCallback(archive *a, void *client, const void **buffer)
{
    auto *context = static_cast<PullContext *>(client);
    const char *data = nullptr;
    const qint64 length = (*context->pull)(&data);
    if (length < 0) {
        context->failed = true;
        archive_set_error(a, EIO, "the image stream failed");
        return ARCHIVE_FATAL;
    }
    *buffer = data;
    return la_ssize_t(length);
}

} // namespace

QByteArray LayerContentReader::resolveHardlinks(const LayeredImage &image, int layer, QByteArrayView normalisedPath)
{
    QByteArray path = normalisedPath.toByteArray();
    if (layer < 0 || layer >= int(image.layers.size()) || !image.tree)
        return path;
    const std::vector<LayerEntry> &entries = image.layers[size_t(layer)].entries;
    for (int hops = 0; hops < 8; ++hops) {
        const PathTree::Node *node = image.tree->find(path);
        if (!node)
            return path;
        // Entries are sorted by node.
        const auto it = std::lower_bound(entries.begin(), entries.end(), node->id,
            [](const LayerEntry &entry, quint32 id) { return entry.node < id; });
        if (it == entries.end() || it->node != node->id || it->type != LayerEntry::Type::Hardlink)
            return path;
        QByteArray target;
        if (!LayerScanner::normalisePath(it->linkTarget(), target))
            return {};
        path = target;
    }
    return {};
}

LayerContentReader::StreamResult LayerContentReader::readTextsFromStream(const LayeredImage &image,
    const QList<int> &layers, QByteArrayView normalisedPath, const Pull &pull,
    const std::function<ImageError()> &streamError, qint64 cap, const std::atomic_bool *cancel)
{
    StreamResult result;
    result.texts.resize(layers.size());
    result.errors.resize(layers.size());
    const QString path = QString::fromUtf8(normalisedPath);
    // Which requests each blob answers. A layer stored twice has one blob (docker's legacy save
    // links the second copy to the first): the first layer with the same diff ID names it.
    QHash<QByteArray, QList<qsizetype>> wanted;
    qsizetype open = 0;
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const int layer = layers[i];
        if (layer < 0 || layer >= int(image.layers.size())) {
            result.errors[i] = ImageError::make(ImageError::Kind::Missing, tr("no layer %1").arg(layer), image.source);
            continue;
        }
        const ImageLayer *l = &image.layers[size_t(layer)];
        for (const ImageLayer &same : image.layers) {
            if (!l->diffId.isEmpty() && same.diffId == l->diffId) {
                l = &same;
                break;
            }
        }
        QByteArray blob;
        if (!LayerScanner::normalisePath(l->blobPath.toUtf8(), blob)) {
            result.errors[i] = ImageError::make(
                ImageError::Kind::Hostile, tr("layer path escapes the root"), image.source, l->blobPath);
            continue;
        }
        wanted[blob].append(i);
        ++open;
    }
    const auto failAll = [&](const ImageError &error) {
        for (qsizetype i = 0; i < layers.size(); ++i) {
            if (!result.errors[i] && result.texts[i].isNull())
                result.errors[i] = error;
        }
        return result;
    };
    if (open == 0)
        return result;

    ArchivePtr outer = newReader();
    PullContext context {&pull};
    if (!outer || archive_read_open2(outer.get(), &context, nullptr, pullCallback, nullptr, nullptr) != ARCHIVE_OK) {
        return failAll(context.failed && streamError
                ? streamError()
                : ImageError::make(ImageError::Kind::Format,
                      tr("not a tar stream: %1").arg(outer ? archiveMessage(outer.get()) : QString()), image.source));
    }
    struct Answer
    {
        QByteArray bytes;
        ImageError error;
    };
    // One layer tar, the current entry of the outer stream: the file `want` in it.
    const auto readLayer = [&](archive *from, const QByteArray &entryName, const QByteArray &want) -> Answer {
        const QString where = image.source + QLatin1String(": ") + QString::fromUtf8(entryName);
        ArchivePtr layer = newReader();
        if (!layer
            || archive_read_open2(layer.get(), from, nullptr, outerEntryCallback, nullptr, nullptr) != ARCHIVE_OK)
            return {{},
                ImageError::make(ImageError::Kind::Format,
                    tr("not a tar layer: %1").arg(layer ? archiveMessage(layer.get()) : QString()), where)};
        Lookup lookup;
        lookup.want = want;
        lookup.cap = cap;
        lookup.cancel = cancel;
        lookup.where = where;
        const Outcome outcome = findInLayer(layer.get(), lookup);
        if (outcome == Outcome::Failed)
            return {{}, lookup.error};
        if (outcome == Outcome::Link) // the scanned entries said otherwise: the image changed since
            return {{},
                ImageError::make(ImageError::Kind::Missing, tr("the image changed since it was read"), where, path)};
        if (!looksLikeText(lookup.bytes))
            return {{}, ImageError::make(ImageError::Kind::Format, tr("binary file"), where, path)};
        return {lookup.bytes.isNull() ? QByteArray("") : lookup.bytes, {}};
    };
    const auto answer = [&](qsizetype i, const Answer &a) {
        result.texts[i] = a.bytes;
        result.errors[i] = a.error;
        --open;
    };
    QHash<QByteArray, Answer> passed; // layer tars read in passing, by entry name
    QByteArray speculativeWant;
    for (qsizetype i = 0; i < layers.size() && speculativeWant.isEmpty(); ++i) {
        if (!result.errors[i])
            speculativeWant = resolveHardlinks(image, layers[i], normalisedPath);
    }
    QByteArray name;
    while (open > 0) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return failAll(ImageError::make(ImageError::Kind::Cancelled, tr("cancelled"), image.source));
        archive_entry *entry = nullptr;
        const int r = archive_read_next_header(outer.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            ImageError error = context.failed && streamError ? streamError() : ImageError();
            if (!error)
                error = ImageError::make(
                    ImageError::Kind::Format, tr("broken archive: %1").arg(archiveMessage(outer.get())), image.source);
            return failAll(error);
        }
        const char *raw = archive_entry_pathname(entry);
        if (!raw || !LayerScanner::normalisePath(QByteArrayView(raw), name))
            continue;
        const bool linked = archive_entry_hardlink(entry) || archive_entry_filetype(entry) == AE_IFLNK;
        const auto found = wanted.constFind(name);
        if (found == wanted.constEnd()) {
            // Legacy and Podman saves link a layer to a blob that came earlier: read the file from
            // every layer tar in passing (its bytes go by anyway), in case a link to it follows.
            if (!linked && archive_entry_filetype(entry) == AE_IFREG && name.endsWith(".tar")) {
                const Answer inPassing = readLayer(outer.get(), name, speculativeWant);
                if (inPassing.error.kind == ImageError::Kind::Cancelled)
                    return failAll(inPassing.error);
                passed.insert(name, inPassing);
            }
            continue;
        }
        const QList<qsizetype> requests = found.value();
        wanted.remove(name);
        if (linked) {
            // A linked blob (a layer saved twice, Podman's links): its bytes are under the target's name.
            const char *hard = archive_entry_hardlink(entry);
            const char *soft = hard ? nullptr : archive_entry_symlink(entry);
            const qsizetype slash = name.lastIndexOf('/');
            const QByteArray joined = hard
                ? QByteArray(hard)
                : (slash < 0 ? QByteArray() : name.left(slash + 1)) + QByteArray(soft ? soft : "");
            QByteArray target;
            if ((soft && soft[0] == '/') || (!hard && !soft) || !LayerScanner::normalisePath(joined, target))
                continue;
            const auto earlier = passed.constFind(target);
            if (earlier == passed.constEnd()) {
                wanted[target].append(requests);
                continue;
            }
            for (qsizetype i : requests) {
                if (resolveHardlinks(image, layers[i], normalisedPath) == speculativeWant)
                    answer(i, earlier.value());
                else
                    answer(i,
                        {{},
                            ImageError::make(ImageError::Kind::Missing, tr("layer not in the image export"),
                                image.source, QString::fromUtf8(name))});
            }
            continue;
        }
        const QByteArray want = resolveHardlinks(image, layers[requests.first()], normalisedPath);
        const Answer got = want.isEmpty()
            ? Answer {{},
                  ImageError::make(ImageError::Kind::Hostile, tr("hard link chain too long"), image.source, path)}
            : readLayer(outer.get(), name, want);
        if (got.error.kind == ImageError::Kind::Cancelled)
            return failAll(got.error);
        for (qsizetype i : requests)
            answer(i, got);
    }
    if (open > 0 && context.failed && streamError)
        return failAll(streamError());
    return failAll(ImageError::make(ImageError::Kind::Missing, tr("layer not in the image export"), image.source));
}

bool LayerContentReader::looksLikeText(QByteArrayView bytes)
{
    if (bytes.first(qMin(bytes.size(), qsizetype(8192))).contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

QByteArray LayerContentReader::readText(const LayeredImage &image, int layer, QByteArrayView normalisedPath,
    ImageError *error, qint64 cap, const std::atomic_bool *cancel)
{
    *error = {};
    if (layer < 0 || layer >= int(image.layers.size())) {
        *error = ImageError::make(ImageError::Kind::Missing, tr("no layer %1").arg(layer), image.source);
        return {};
    }
    const QFileInfo source(image.source);
    if (!source.exists()) {
        *error = ImageError::make(ImageError::Kind::Missing,
            image.fromEngine ? tr("an engine image: its files are read from the engine's export")
                             : tr("the archive or layout directory is no longer there"),
            image.source);
        return {};
    }
    const ImageLayer &l = image.layers[size_t(layer)];
    Lookup lookup;
    lookup.want = normalisedPath.toByteArray();
    lookup.cap = cap;
    lookup.cancel = cancel;
    lookup.where = image.source + QLatin1String(": ") + l.blobPath;
    for (int hops = 0; hops < 8; ++hops) {
        const Outcome outcome = source.isDir() ? readLayerFile(QDir(image.source).filePath(l.blobPath), lookup)
                                               : readArchiveLayer(image.source, l.blobPath.toUtf8(), lookup);
        if (outcome == Outcome::Failed) {
            *error = lookup.error;
            return {};
        }
        if (outcome == Outcome::Data) {
            if (!looksLikeText(lookup.bytes)) {
                *error = ImageError::make(
                    ImageError::Kind::Format, tr("binary file"), lookup.where, QString::fromUtf8(normalisedPath));
                return {};
            }
            return lookup.bytes;
        }
    }
    *error = ImageError::make(
        ImageError::Kind::Hostile, tr("hard link chain too long"), lookup.where, QString::fromUtf8(normalisedPath));
    return {};
}

} // namespace Dockwright::Core
