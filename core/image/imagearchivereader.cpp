// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagearchivereader.h"

#include "imagelayoutresolver.h"
#include "layerscanner.h"
#include "pathtree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstring>
#include <memory>

namespace Dockwright::Core {

namespace {

using namespace Qt::StringLiterals;
using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

QString archiveMessage(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : QString();
}

enum class BlobKind { Layer, Json, Other };

// Decides by content, never by name: gzip and zstd magic, "ustar" at 257, an all-zero first block
// (an empty tar), or JSON's first character.
BlobKind sniff(QByteArrayView head)
{
    if (head.size() >= 2 && uchar(head[0]) == 0x1f && uchar(head[1]) == 0x8b)
        return BlobKind::Layer;
    if (head.size() >= 4 && uchar(head[0]) == 0x28 && uchar(head[1]) == 0xb5 && uchar(head[2]) == 0x2f
        && uchar(head[3]) == 0xfd)
        return BlobKind::Layer;
    if (head.size() >= 262 && head.sliced(257, 5) == "ustar")
        return BlobKind::Layer;
    if (head.size() >= 512) {
        bool zero = true;
        for (qsizetype i = 0; i < 512 && zero; ++i)
            zero = head[i] == 0;
        if (zero)
            return BlobKind::Layer;
    }
    for (char c : head) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[' ? BlobKind::Json : BlobKind::Other;
    }
    return BlobKind::Other;
}

// Follows archive symlinks/hardlinks (Podman's docker-archive links repeated layers) with a hop limit.
QString followLinks(const QHash<QString, QString> &links, QString path, bool *loop)
{
    *loop = false;
    for (int hops = 0; hops < 40; ++hops) {
        const auto it = links.constFind(path);
        if (it == links.constEnd())
            return path;
        path = *it;
    }
    *loop = true;
    return path;
}

} // namespace

struct ImageArchiveReader::Collected final : BlobAccess
{
    QHash<QString, QByteArray> json;
    QHash<QString, ScannedLayer> layers;
    QHash<QString, QString> links;
    QHash<QString, qint64> others;
    QString name;
    qint64 jsonBytes = 0;

    QString resolve(const QString &path, ImageError *error) const
    {
        bool loop = false;
        const QString target = followLinks(links, path, &loop);
        if (loop && error)
            *error
                = ImageError::make(ImageError::Kind::Hostile, ImageArchiveReader::tr("symbolic link loop"), name, path);
        return target;
    }
    bool exists(const QString &path) override
    {
        const QString target = resolve(path, nullptr);
        return json.contains(target) || layers.contains(target) || others.contains(target);
    }
    QByteArray readJson(const QString &path, ImageError *error) override
    {
        const QString target = resolve(path, error);
        if (error->isError())
            return {};
        const auto it = json.constFind(target);
        if (it == json.constEnd()) {
            *error = ImageError::make(ImageError::Kind::Missing,
                others.contains(target) ? ImageArchiveReader::tr("not JSON or too large")
                                        : ImageArchiveReader::tr("not in the archive"),
                name, path);
            return {};
        }
        return *it;
    }
    ScannedLayer takeLayer(const QString &path, bool lastUse) override
    {
        ImageError error;
        const QString target = resolve(path, &error);
        ScannedLayer result;
        if (error) {
            result.error = error;
            return result;
        }
        auto it = layers.find(target);
        if (it == layers.end()) {
            result.error = json.contains(target) || others.contains(target)
                ? ImageError::make(ImageError::Kind::Format, ImageArchiveReader::tr("not a tar layer"), name, path)
                : ImageError::make(
                      ImageError::Kind::Missing, ImageArchiveReader::tr("layer not in the archive"), name, path);
            return result;
        }
        if (!lastUse)
            return *it;
        result = std::move(*it);
        layers.erase(it);
        return result;
    }
};

namespace {

// Layout directory: JSON read on demand, layers scanned on demand (only the chosen platform's).
class DirectoryBlobs final : public BlobAccess
{
public:
    DirectoryBlobs(const QString &root, PathTree &tree, const ScanLimits &limits, const std::atomic_bool *cancel,
        const std::function<void(qint64)> &progress)
        : m_root(root)
        , m_scanner(tree, limits, cancel)
        , m_limits(limits)
        , m_progress(progress)
    { }
    QString file(const QString &path) const { return m_root + u'/' + path; }
    bool exists(const QString &path) override { return QFileInfo(file(path)).isFile(); }
    QByteArray readJson(const QString &path, ImageError *error) override
    {
        QFile f(file(path));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = ImageError::make(ImageError::Kind::Io, f.errorString(), f.fileName());
            return {};
        }
        if (f.size() > m_limits.maxJsonBytes) {
            *error = ImageError::make(ImageError::Kind::Limit,
                ImageArchiveReader::tr("JSON file larger than %1 bytes").arg(m_limits.maxJsonBytes), f.fileName());
            return {};
        }
        return f.readAll();
    }
    ScannedLayer takeLayer(const QString &path, bool) override
    {
        QFile f(file(path));
        if (!f.exists()) {
            ScannedLayer missing;
            missing.error = ImageError::make(
                ImageError::Kind::Missing, ImageArchiveReader::tr("layer not in the layout"), f.fileName());
            return missing;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            ScannedLayer failed;
            failed.error = ImageError::make(ImageError::Kind::Io, f.errorString(), f.fileName());
            return failed;
        }
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        const LayerScanner::Pull pull = [&](const char **data) -> qint64 {
            const qint64 n = f.read(buffer.data(), buffer.size());
            if (n > 0) {
                m_done += n;
                if (m_progress)
                    m_progress(m_done);
            }
            *data = buffer.constData();
            return n;
        };
        ScannedLayer result = m_scanner.scan(pull, f.fileName());
        return result;
    }

private:
    QString m_root;
    LayerScanner m_scanner;
    ScanLimits m_limits;
    std::function<void(qint64)> m_progress;
    qint64 m_done = 0;
};

struct StreamContext
{
    const ImageArchiveReader::Pull *pull;
    bool failed = false;
};

la_ssize_t streamCallback(archive *a, void *client, const void **buffer)
{
    auto *context = static_cast<StreamContext *>(client);
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

bool prepareOuter(archive *a)
{
    return archive_read_support_format_tar(a) == ARCHIVE_OK && archive_read_support_filter_gzip(a) >= ARCHIVE_WARN
        && archive_read_support_filter_zstd(a) >= ARCHIVE_WARN;
}

} // namespace

ImageArchiveReader::ImageArchiveReader(
    const ImageSelector &selector, const ScanLimits &limits, const std::atomic_bool *cancel)
    : m_selector(selector)
    , m_limits(limits)
    , m_cancel(cancel)
{ }

LayeredImagePtr ImageArchiveReader::read(const QString &path, ImageError *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = ImageError::make(ImageError::Kind::Io, tr("no such file or directory"), path);
        return {};
    }
    return info.isDir() ? readDirectory(path, error) : readArchive(path, error);
}

LayeredImagePtr ImageArchiveReader::readArchive(const QString &path, ImageError *error)
{
    ArchivePtr a(archive_read_new(), &archive_read_free);
    if (!a || !prepareOuter(a.get())) {
        *error = ImageError::make(ImageError::Kind::Io, tr("libarchive lacks tar, gzip or zstd support"), path);
        return {};
    }
    const QByteArray local = QFile::encodeName(path);
    if (archive_read_open_filename(a.get(), local.constData(), 1 << 20) != ARCHIVE_OK) {
        // Readable but refused: the content is not an archive, not an I/O problem.
        QFile probe(path);
        const bool readable = probe.open(QIODevice::ReadOnly);
        *error = ImageError::make(readable ? ImageError::Kind::Format : ImageError::Kind::Io,
            tr("cannot read the archive: %1").arg(archiveMessage(a.get())), path);
        return {};
    }
    return readOuter(a.get(), path, QFileInfo(path).size(), error, {});
}

LayeredImagePtr ImageArchiveReader::readStream(const Pull &pull, qint64 totalHint, const QString &name,
    ImageError *error, const std::function<ImageError()> &streamError)
{
    ArchivePtr a(archive_read_new(), &archive_read_free);
    if (!a || !prepareOuter(a.get())) {
        *error = ImageError::make(ImageError::Kind::Io, tr("libarchive lacks tar, gzip or zstd support"), name);
        return {};
    }
    StreamContext context {&pull};
    if (archive_read_open2(a.get(), &context, nullptr, streamCallback, nullptr, nullptr) != ARCHIVE_OK) {
        *error = context.failed && streamError
            ? streamError()
            : ImageError::make(ImageError::Kind::Format, tr("not a tar stream: %1").arg(archiveMessage(a.get())), name);
        return {};
    }
    return readOuter(a.get(), name, totalHint, error, streamError);
}

LayeredImagePtr ImageArchiveReader::readOuter(
    void *handle, const QString &name, qint64 total, ImageError *error, const std::function<ImageError()> &streamError)
{
    archive *a = static_cast<archive *>(handle);
    auto image = std::make_shared<LayeredImage>();
    image->source = name;
    image->tree = std::make_shared<PathTree>();
    LayerScanner scanner(*image->tree, m_limits, m_cancel);
    Collected collected;
    collected.name = name;
    const auto streamFailure = [&](const QString &fallback, const QString &entry) {
        if (streamError) {
            const ImageError fromStream = streamError();
            if (fromStream)
                return fromStream;
        }
        return ImageError::make(ImageError::Kind::Format, fallback, name, entry);
    };

    QByteArray path;
    int retries = 0;
    for (;;) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            *error = ImageError::make(ImageError::Kind::Cancelled, tr("cancelled"), name);
            return {};
        }
        archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r == ARCHIVE_RETRY && ++retries < 16)
            continue;
        if (r < ARCHIVE_WARN) {
            *error = streamFailure(tr("broken archive: %1").arg(archiveMessage(a)), {});
            return {};
        }
        retries = 0;
        const char *rawName = archive_entry_pathname(entry);
        if (!rawName)
            continue;
        bool absolute = false;
        if (!LayerScanner::normalisePath(QByteArrayView(rawName), path, &absolute)) {
            image->warnings.append(ImageError::make(ImageError::Kind::Hostile,
                tr("name escapes the archive root with '..'; entry skipped"), name, QString::fromUtf8(rawName)));
            continue;
        }
        const QString key = QString::fromUtf8(path);
        if (const char *hard = archive_entry_hardlink(entry)) {
            QByteArray target;
            if (LayerScanner::normalisePath(QByteArrayView(hard), target))
                collected.links.insert(key, QString::fromUtf8(target));
            continue;
        }
        const mode_t type = archive_entry_filetype(entry);
        if (type == AE_IFLNK) {
            const char *target = archive_entry_symlink(entry);
            const qsizetype slash = path.lastIndexOf('/');
            QByteArray joined = slash < 0 ? QByteArray() : path.left(slash + 1);
            joined += target ? QByteArray(target) : QByteArray();
            QByteArray resolved;
            if (target && target[0] != '/' && LayerScanner::normalisePath(joined, resolved))
                collected.links.insert(key, QString::fromUtf8(resolved));
            else
                image->warnings.append(ImageError::make(
                    ImageError::Kind::Hostile, tr("link target leaves the archive; ignored"), name, key));
            continue;
        }
        if (type != AE_IFREG)
            continue;

        // Sniff the first 512 bytes; keep the blocks so the layer scanner still sees them.
        QByteArray prefix;
        const char *pending = nullptr;
        qint64 pendingLength = 0;
        bool entryEnd = false;
        bool entryFailed = false;
        la_int64_t expectedOffset = 0;
        const auto nextBlock = [&](const char **data) -> qint64 {
            const void *block = nullptr;
            size_t length = 0;
            la_int64_t offset = 0;
            const int d = archive_read_data_block(a, &block, &length, &offset);
            if (d == ARCHIVE_EOF) {
                entryEnd = true;
                return 0;
            }
            if (d < ARCHIVE_WARN || offset != expectedOffset) {
                entryFailed = true;
                return -1;
            }
            expectedOffset += la_int64_t(length);
            if (m_progress)
                m_progress(archive_filter_bytes(a, -1), total);
            *data = static_cast<const char *>(block);
            return qint64(length);
        };
        while (prefix.size() < 512 && !entryEnd && !entryFailed) {
            const char *data = nullptr;
            const qint64 n = nextBlock(&data);
            if (n <= 0)
                break;
            if (prefix.isEmpty() && n >= 512) {
                pending = data;
                pendingLength = n;
                break;
            }
            prefix.append(data, n);
        }
        if (entryFailed) {
            *error = streamFailure(tr("archive data is cut short: %1").arg(archiveMessage(a)), key);
            return {};
        }
        const QByteArrayView head = pending ? QByteArrayView(pending, pendingLength) : QByteArrayView(prefix);
        const BlobKind kind = sniff(head);
        if (kind == BlobKind::Layer) {
            bool prefixGiven = false;
            const LayerScanner::Pull pull = [&](const char **data) -> qint64 {
                if (!prefixGiven) {
                    prefixGiven = true;
                    if (!prefix.isEmpty()) {
                        *data = prefix.constData();
                        return prefix.size();
                    }
                }
                if (pendingLength > 0) {
                    *data = pending;
                    const qint64 n = pendingLength;
                    pendingLength = 0;
                    return n;
                }
                if (entryEnd)
                    return 0;
                return nextBlock(data);
            };
            ScannedLayer scanned = scanner.scan(pull, name + u": "_s + key);
            if (entryFailed) {
                *error = streamFailure(tr("archive data is cut short: %1").arg(archiveMessage(a)), key);
                return {};
            }
            if (scanned.error.kind == ImageError::Kind::Cancelled || scanned.error.kind == ImageError::Kind::Io) {
                *error = scanned.error.kind == ImageError::Kind::Io ? streamFailure(scanned.error.message, key)
                                                                    : scanned.error;
                return {};
            }
            collected.layers.insert(key, std::move(scanned));
        } else if (kind == BlobKind::Json && archive_entry_size(entry) <= m_limits.maxJsonBytes
            && collected.jsonBytes < m_limits.maxJsonBytes * 4) {
            QByteArray bytes = pending ? QByteArray(pending, pendingLength) : prefix;
            while (!entryEnd && bytes.size() <= m_limits.maxJsonBytes) {
                const char *data = nullptr;
                const qint64 n = nextBlock(&data);
                if (n < 0) {
                    *error = streamFailure(tr("archive data is cut short: %1").arg(archiveMessage(a)), key);
                    return {};
                }
                bytes.append(data, n);
            }
            collected.jsonBytes += bytes.size();
            collected.json.insert(key, bytes);
        } else {
            collected.others.insert(key, archive_entry_size(entry));
            // the rest of the entry is skipped by the next archive_read_next_header()
        }
    }
    if (m_progress)
        m_progress(archive_filter_bytes(a, -1), total);

    ImageLayoutResolver resolver(m_selector);
    if (!resolver.resolve(collected, *image, error)) {
        if (error->file.isEmpty())
            error->file = name;
        return {};
    }
    image->tree->finalize();
    return image;
}

LayeredImagePtr ImageArchiveReader::readDirectory(const QString &path, ImageError *error)
{
    auto image = std::make_shared<LayeredImage>();
    image->source = path;
    image->tree = std::make_shared<PathTree>();
    // Progress total: the blob bytes on disk (an upper bound: other platforms' blobs are not read).
    qint64 total = 0;
    const QDir blobsDir(path + "/blobs"_L1);
    for (const QFileInfo &info : blobsDir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo &blob : QDir(info.filePath()).entryInfoList(QDir::Files))
            total += blob.size();
    }
    const std::function<void(qint64)> progress = [this, total](qint64 done) {
        if (m_progress)
            m_progress(done, total);
    };
    DirectoryBlobs blobs(QDir(path).absolutePath(), *image->tree, m_limits, m_cancel, progress);
    ImageLayoutResolver resolver(m_selector);
    if (!resolver.resolve(blobs, *image, error)) {
        if (error->file.isEmpty())
            error->file = path;
        return {};
    }
    image->tree->finalize();
    return image;
}

} // namespace Dockwright::Core
