// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerscanner.h"

#include "contenthasher.h"
#include "pathtree.h"

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <memory>

namespace Dockwright::Core {

namespace {

struct PullContext
{
    const LayerScanner::Pull *pull;
    bool failed = false;
};

la_ssize_t pullCallback(archive *a, void *client, const void **buffer)
{
    auto *context = static_cast<PullContext *>(client);
    const char *data = nullptr;
    const qint64 length = (*context->pull)(&data);
    if (length < 0) {
        context->failed = true;
        archive_set_error(a, EIO, "the blob could not be read");
        return ARCHIVE_FATAL;
    }
    *buffer = data;
    return la_ssize_t(length);
}

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

QString archiveMessage(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : QString();
}

quint32 clampId(la_int64_t value)
{
    return value < 0 ? 0 : value > la_int64_t(0xffffffff) ? 0xffffffffu : quint32(value);
}

} // namespace

LayerScanner::LayerScanner(PathTree &tree, const ScanLimits &limits, const std::atomic_bool *cancel)
    : m_tree(tree)
    , m_limits(limits)
    , m_cancel(cancel)
{ }

bool LayerScanner::normalisePath(QByteArrayView raw, QByteArray &out, bool *absolute)
{
    out.clear();
    if (absolute)
        *absolute = raw.startsWith('/');
    qsizetype start = 0;
    while (start <= raw.size()) {
        qsizetype end = raw.indexOf('/', start);
        if (end < 0)
            end = raw.size();
        const QByteArrayView part = raw.sliced(start, end - start);
        if (part == "..") {
            if (out.isEmpty())
                return false;
            const qsizetype slash = out.lastIndexOf('/');
            out.truncate(slash < 0 ? 0 : slash);
        } else if (!part.isEmpty() && part != ".") {
            if (!out.isEmpty())
                out += '/';
            out.append(part);
        }
        start = end + 1;
    }
    return true;
}

ScannedLayer LayerScanner::scan(const Pull &pull, const QString &where)
{
    ScannedLayer result;
    auto warn = [&](ImageError::Kind kind, const QString &message, const QString &entry) {
        if (result.warnings.size() >= m_limits.maxWarnings) {
            ++result.suppressedWarnings;
            return;
        }
        result.warnings.append(ImageError::make(kind, message, where, entry));
    };
    auto fail = [&](ImageError::Kind kind, const QString &message, const QString &entry = {}) {
        result.error = ImageError::make(kind, message, where, entry);
        return std::move(result);
    };

    ArchivePtr a(archive_read_new(), &archive_read_free);
    if (!a)
        return fail(ImageError::Kind::Io, tr("libarchive could not allocate a reader"));
    if (archive_read_support_format_tar(a.get()) != ARCHIVE_OK
        || archive_read_support_format_empty(a.get()) != ARCHIVE_OK
        || archive_read_support_filter_gzip(a.get()) < ARCHIVE_WARN
        || archive_read_support_filter_zstd(a.get()) < ARCHIVE_WARN)
        return fail(
            ImageError::Kind::Io, tr("libarchive lacks tar, gzip or zstd support: %1").arg(archiveMessage(a.get())));

    PullContext context {&pull};
    if (archive_read_open2(a.get(), &context, nullptr, pullCallback, nullptr, nullptr) != ARCHIVE_OK)
        return fail(ImageError::Kind::Format, tr("not a tar layer: %1").arg(archiveMessage(a.get())));
    switch (archive_filter_code(a.get(), 0)) {
    case ARCHIVE_FILTER_GZIP:
        result.compression = QStringLiteral("gzip");
        break;
    case ARCHIVE_FILTER_ZSTD:
        result.compression = QStringLiteral("zstd");
        break;
    default:
        result.compression = QStringLiteral("none");
        break;
    }

    ContentHasher hasher;
    QByteArray path;
    QByteArray linkPath;
    qint64 entryCount = 0;
    int retries = 0;
    const auto checkVolume = [&]() -> bool {
        const qint64 tarBytes = archive_filter_bytes(a.get(), 0);
        const qint64 rawBytes = archive_filter_bytes(a.get(), -1);
        if (tarBytes > m_limits.maxLayerBytes)
            return false;
        return !(tarBytes > m_limits.expansionFloor
            && double(tarBytes) > double(qMax<qint64>(rawBytes, 1)) * m_limits.maxExpansion);
    };
    const auto volumeError = [&]() {
        return tr("the layer decompresses to more than allowed (%1 bytes from %2 stored; limit %3 bytes or %4x); "
                  "possibly a decompression bomb")
            .arg(archive_filter_bytes(a.get(), 0))
            .arg(archive_filter_bytes(a.get(), -1))
            .arg(m_limits.maxLayerBytes)
            .arg(m_limits.maxExpansion);
    };

    for (;;) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return fail(ImageError::Kind::Cancelled, tr("cancelled"));
        archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r == ARCHIVE_RETRY) {
            if (++retries > 16)
                return fail(
                    ImageError::Kind::Format, tr("the tar stream keeps failing: %1").arg(archiveMessage(a.get())));
            continue;
        }
        if (r < ARCHIVE_WARN) {
            if (context.failed)
                return fail(ImageError::Kind::Io, tr("reading the layer failed"));
            return fail(ImageError::Kind::Format,
                tr("broken layer tar after %1 entries: %2").arg(entryCount).arg(archiveMessage(a.get())));
        }
        const char *rawName = archive_entry_pathname(entry);
        if (r == ARCHIVE_WARN)
            warn(ImageError::Kind::Format, archiveMessage(a.get()), rawName ? QString::fromUtf8(rawName) : QString());
        retries = 0;
        if (++entryCount > m_limits.maxEntriesPerLayer || ++m_totalEntries > m_limits.maxEntriesTotal)
            return fail(ImageError::Kind::Limit,
                tr("more than %1 entries in one layer (or %2 in the image)")
                    .arg(m_limits.maxEntriesPerLayer)
                    .arg(m_limits.maxEntriesTotal));
        if (!rawName) {
            warn(ImageError::Kind::Format, tr("entry without a name skipped"), {});
            continue;
        }
        const QByteArrayView name(rawName);
        if (name.size() > m_limits.maxPathLength) {
            warn(ImageError::Kind::Hostile, tr("name longer than %1 bytes skipped").arg(m_limits.maxPathLength),
                QString::fromUtf8(name.first(200)));
            continue;
        }
        bool absolute = false;
        if (!normalisePath(name, path, &absolute)) {
            warn(ImageError::Kind::Hostile, tr("name escapes the layer root with '..'; entry skipped"),
                QString::fromUtf8(name));
            continue;
        }
        if (absolute)
            warn(ImageError::Kind::Hostile, tr("absolute name; read as relative to the layer root"),
                QString::fromUtf8(name));
        if (path.isEmpty())
            continue; // "./" itself: the root's own attributes are not tracked

        LayerEntry out;
        out.mode = quint32(archive_entry_mode(entry)) & 07777;
        out.uid = clampId(archive_entry_uid(entry));
        out.gid = clampId(archive_entry_gid(entry));

        const qsizetype slash = path.lastIndexOf('/');
        const QByteArrayView base = QByteArrayView(path).sliced(slash + 1);
        const QByteArrayView dir = slash < 0 ? QByteArrayView() : QByteArrayView(path).first(slash);
        if (base.startsWith(".wh.")) {
            if (base == ".wh..wh..opq") {
                out.type = LayerEntry::Type::Opaque;
                out.node = m_tree.intern(dir);
            } else if (base.startsWith(".wh..wh.")) {
                continue; // other AUFS metadata (.wh..wh.plnk, .wh..wh.aufs) carries no file
            } else {
                out.type = LayerEntry::Type::Whiteout;
                out.node = m_tree.child(m_tree.intern(dir), base.sliced(4));
            }
            out.mode = 0;
            result.entries.push_back(out);
            continue;
        }
        const char *hardlink = archive_entry_hardlink(entry);
        const char *symlink = archive_entry_symlink(entry);
        if (hardlink) {
            out.type = LayerEntry::Type::Hardlink;
            bool linkAbsolute = false;
            if (!normalisePath(QByteArrayView(hardlink), linkPath, &linkAbsolute) || linkPath.isEmpty()) {
                warn(ImageError::Kind::Hostile,
                    tr("hard link target '%1' escapes the layer root; entry skipped").arg(QString::fromUtf8(hardlink)),
                    QString::fromUtf8(path));
                continue;
            }
            const QByteArrayView stored = m_tree.internString(linkPath);
            out.link = stored.data();
            out.linkLength = quint32(stored.size());
        } else {
            switch (archive_entry_filetype(entry)) {
            case AE_IFREG:
                out.type = LayerEntry::Type::File;
                break;
            case AE_IFDIR:
                out.type = LayerEntry::Type::Directory;
                break;
            case AE_IFLNK:
                out.type = LayerEntry::Type::Symlink;
                break;
            case AE_IFCHR:
                out.type = LayerEntry::Type::CharDevice;
                break;
            case AE_IFBLK:
                out.type = LayerEntry::Type::BlockDevice;
                break;
            case AE_IFIFO:
                out.type = LayerEntry::Type::Fifo;
                break;
            default:
                warn(ImageError::Kind::Format, tr("unsupported entry type skipped"), QString::fromUtf8(path));
                continue;
            }
            if (symlink && out.type == LayerEntry::Type::Symlink) {
                // Symlink targets are recorded, never followed, so loops cost nothing. Like the tar
                // header, and so docker's layer size, a symlink holds no bytes.
                const QByteArrayView stored = m_tree.internString(QByteArrayView(symlink));
                out.link = stored.data();
                out.linkLength = quint32(stored.size());
            }
        }

        out.node = m_tree.intern(path); // only now: skipped entries leave no node behind
        if (out.type == LayerEntry::Type::File || out.type == LayerEntry::Type::Hardlink) {
            hasher.reset();
            qint64 expected = 0;
            qint64 bytes = 0;
            for (;;) {
                const void *block = nullptr;
                size_t length = 0;
                la_int64_t offset = 0;
                const int d = archive_read_data_block(a.get(), &block, &length, &offset);
                if (d == ARCHIVE_EOF)
                    break;
                if (d < ARCHIVE_WARN) {
                    if (context.failed)
                        return fail(ImageError::Kind::Io, tr("reading the layer failed"), QString::fromUtf8(path));
                    return fail(ImageError::Kind::Format, tr("file data is cut short: %1").arg(archiveMessage(a.get())),
                        QString::fromUtf8(path));
                }
                if (offset != expected) {
                    // A sparse hole: fingerprint its position instead of hashing zeros, which
                    // would let a declared size drive unbounded work.
                    const qint64 hole[2] = {expected, qint64(offset)};
                    hasher.addData(reinterpret_cast<const char *>(hole), sizeof hole);
                }
                hasher.addData(static_cast<const char *>(block), qsizetype(length));
                bytes += qint64(length);
                expected = qint64(offset) + qint64(length);
                if (!checkVolume())
                    return fail(ImageError::Kind::Limit, volumeError(), QString::fromUtf8(path));
                if (m_cancel && m_cancel->load(std::memory_order_relaxed))
                    return fail(ImageError::Kind::Cancelled, tr("cancelled"));
            }
            out.hash = hasher.result();
            out.size
                = out.type == LayerEntry::Type::Hardlink ? bytes : qMax<qint64>(archive_entry_size(entry), expected);
        }
        result.size += out.size;
        result.entries.push_back(out);
        if (!checkVolume())
            return fail(ImageError::Kind::Limit, volumeError(), QString::fromUtf8(path));
    }
    result.rawBytes = archive_filter_bytes(a.get(), -1);
    result.tarBytes = archive_filter_bytes(a.get(), 0);

    // Node ids grow with depth, so sorting by node puts a directory's opaque marker before anything
    // the same layer adds below it; stable keeps tar order for repeated names.
    std::stable_sort(result.entries.begin(), result.entries.end(),
        [](const LayerEntry &x, const LayerEntry &y) { return x.node < y.node; });
    // A hard link shares its target's contents; the target usually sits in the same layer.
    for (LayerEntry &e : result.entries) {
        if (e.type != LayerEntry::Type::Hardlink || e.size > 0)
            continue;
        const PathTree::Node *target = m_tree.find(e.linkTarget());
        if (!target)
            continue;
        auto it = std::upper_bound(result.entries.begin(), result.entries.end(), target->id,
            [](quint32 node, const LayerEntry &x) { return node < x.node; });
        while (it != result.entries.begin()) {
            --it;
            if (it->node != target->id)
                break;
            if (it->type == LayerEntry::Type::File) {
                e.hash = it->hash;
                break;
            }
        }
    }
    result.entries.shrink_to_fit();
    return result;
}

} // namespace Dockwright::Core
