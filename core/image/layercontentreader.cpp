// SPDX-License-Identifier: GPL-3.0-or-later
#include "layercontentreader.h"

#include "layerscanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

} // namespace

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
            tr("file contents can only be read from an archive or layout directory; save the "
               "image with docker save and open the file"),
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
