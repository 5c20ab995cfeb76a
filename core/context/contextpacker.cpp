// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextpacker.h"

#include <QFile>
#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace Dockwright::Core {

namespace {

using Kind = ContextError::Kind;

constexpr qsizetype ReadChunk = 256 * 1024;
constexpr qint64 ProgressEvery = 1024 * 1024;

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

struct SinkState
{
    const ContextPacker::Sink *sink = nullptr;
    bool stopped = false;
};

la_ssize_t writeCallback(archive *a, void *client, const void *buffer, size_t length)
{
    auto *state = static_cast<SinkState *>(client);
    if (!(*state->sink)(static_cast<const char *>(buffer), qsizetype(length))) {
        state->stopped = true;
        archive_set_error(a, ECANCELED, "the reader stopped reading");
        return -1;
    }
    return la_ssize_t(length);
}

QString archiveMessage(archive *a)
{
    const char *s = archive_error_string(a);
    return s ? QString::fromLocal8Bit(s) : QStringLiteral("libarchive error");
}

} // namespace

ContextPacker::ContextPacker(const QString &root, const QList<ContextEntry> &entries)
    : m_root(root)
    , m_entries(entries)
{ }

qint64 ContextPacker::totalFileBytes() const
{
    qint64 total = 0;
    for (const ContextEntry &e : m_entries)
        total += e.type == ContextEntry::Type::File ? e.size : 0;
    return total;
}

ContextError ContextPacker::pack(const Sink &sink)
{
    m_warnings.clear();
    return run(sink, false);
}

qint64 ContextPacker::tarSize(ContextError *error) const
{
    qint64 size = 0;
    const Sink counter = [&size](const char *, qsizetype n) {
        size += n;
        return true;
    };
    // A dry run on a copy without progress or cancel: headers are written for real and libarchive
    // pads each entry's missing data with zeros, so the count is exact.
    ContextPacker copy(m_root, m_entries);
    copy.setMemoryFiles(m_memoryFiles);
    const ContextError e = copy.run(counter, true);
    if (error)
        *error = e;
    return e ? -1 : size;
}

ContextError ContextPacker::run(const Sink &sink, bool dryRun)
{
    std::unique_ptr<archive, ArchiveDeleter> a(archive_write_new());
    if (!a)
        return ContextError::make(Kind::Stream, {}, tr("cannot create the tar writer"));
    SinkState state {&sink, false};
    // Unblocked output: every byte goes to the sink at once and the archive ends right after the two
    // end-of-archive blocks, as Go's archive/tar writes it. Names that are not valid in the locale's
    // charset get a per-entry hdrcharset=BINARY record from libarchive (an ARCHIVE_WARN we accept).
    if (archive_write_set_format_pax_restricted(a.get()) != ARCHIVE_OK
        || archive_write_set_bytes_per_block(a.get(), 0) != ARCHIVE_OK
        || archive_write_open2(a.get(), &state, nullptr, writeCallback, nullptr, nullptr) != ARCHIVE_OK)
        return ContextError::make(Kind::Stream, {}, archiveMessage(a.get()));

    Fd root;
    if (!dryRun) {
        root.fd = ::open(QFile::encodeName(m_root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (root.fd < 0)
            return ContextError::make(
                Kind::Unreadable, m_root, tr("cannot open: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }

    Progress progress;
    progress.filesTotal = m_entries.size();
    progress.bytesTotal = totalFileBytes();
    qint64 lastReport = 0;
    const auto report = [&](bool force) {
        if (m_progress && (force || progress.bytesDone - lastReport >= ProgressEvery)) {
            lastReport = progress.bytesDone;
            m_progress(progress);
        }
    };
    const auto cancelled = [this]() { return m_cancel && m_cancel->load(std::memory_order_relaxed); };
    const auto streamError = [&](const QByteArray &path) {
        if (state.stopped)
            return ContextError::make(
                Kind::Stream, QString::fromUtf8(path), tr("the reader stopped reading the context"));
        return ContextError::make(Kind::Stream, QString::fromUtf8(path), archiveMessage(a.get()));
    };

    std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
    QByteArray buffer;
    if (!dryRun)
        buffer.resize(ReadChunk);
    // Memory files: one header and the bytes, in place of a walked entry or after them all.
    QList<bool> memoryWritten(m_memoryFiles.size(), false);
    const auto writeMemoryFile = [&](const MemoryFile &file, quint32 mode, qint64 mtime) {
        archive_entry_clear(entry.get());
        archive_entry_copy_pathname(entry.get(), file.path.constData());
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        archive_entry_set_mtime(entry.get(), time_t(mtime), 0);
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), mode);
        archive_entry_set_size(entry.get(), file.data.size());
        if (archive_write_header(a.get(), entry.get()) < ARCHIVE_WARN)
            return streamError(file.path);
        if (!dryRun && !file.data.isEmpty()
            && archive_write_data(a.get(), file.data.constData(), size_t(file.data.size())) != file.data.size())
            return streamError(file.path);
        if (archive_write_finish_entry(a.get()) < ARCHIVE_WARN)
            return streamError(file.path);
        progress.bytesDone += file.data.size();
        return ContextError();
    };
    for (const ContextEntry &e : m_entries) {
        if (cancelled())
            return ContextError::cancelled();
        const auto memory = std::find_if(
            m_memoryFiles.cbegin(), m_memoryFiles.cend(), [&e](const MemoryFile &file) { return file.path == e.path; });
        if (memory != m_memoryFiles.cend() && e.type != ContextEntry::Type::Dir) {
            memoryWritten[memory - m_memoryFiles.cbegin()] = true;
            if (const ContextError error
                = writeMemoryFile(*memory, e.type == ContextEntry::Type::File ? e.mode : 0644, e.mtime))
                return error;
            ++progress.filesDone;
            continue;
        }
        const QString displayPath = QString::fromUtf8(e.path);
        archive_entry_clear(entry.get());
        archive_entry_copy_pathname(entry.get(), e.path.constData());
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        archive_entry_set_mtime(entry.get(), time_t(e.mtime), 0);
        Fd file;
        switch (e.type) {
        case ContextEntry::Type::Dir:
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
            archive_entry_set_perm(entry.get(), e.mode);
            break;
        case ContextEntry::Type::Symlink:
            archive_entry_set_filetype(entry.get(), AE_IFLNK);
            archive_entry_set_perm(entry.get(), 0777);
            archive_entry_copy_symlink(entry.get(), e.linkTarget.constData());
            break;
        case ContextEntry::Type::File:
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_perm(entry.get(), e.mode);
            archive_entry_set_size(entry.get(), e.size);
            if (!dryRun) {
                // Open before writing the header, so a vanished or unreadable file fails cleanly.
                file.fd = ::openat(root.fd, e.path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
                if (file.fd < 0)
                    return ContextError::make(Kind::Unreadable, displayPath,
                        tr("cannot read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
                struct stat st;
                if (::fstat(file.fd, &st) != 0 || !S_ISREG(st.st_mode))
                    return ContextError::make(Kind::Changed, displayPath, tr("is no longer a regular file"));
                if (qint64(st.st_size) > e.size)
                    m_warnings.append(ContextError::make(Kind::None, displayPath,
                        tr("grew while the context was sent; only its first %1 bytes were sent").arg(e.size)));
                ::posix_fadvise(file.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
            }
            break;
        }
        if (archive_write_header(a.get(), entry.get()) < ARCHIVE_WARN)
            return streamError(e.path);

        if (e.type == ContextEntry::Type::File && !dryRun) {
            qint64 remaining = e.size;
            while (remaining > 0) {
                if (cancelled())
                    return ContextError::cancelled();
                const ssize_t n = ::read(file.fd, buffer.data(), size_t(qMin<qint64>(remaining, ReadChunk)));
                if (n < 0) {
                    if (errno == EINTR)
                        continue;
                    return ContextError::make(Kind::Unreadable, displayPath,
                        tr("read failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
                }
                if (n == 0)
                    return ContextError::make(Kind::Changed, displayPath,
                        tr("shrank while the context was sent (%1 of %2 bytes)").arg(e.size - remaining).arg(e.size));
                if (archive_write_data(a.get(), buffer.constData(), size_t(n)) != n)
                    return streamError(e.path);
                remaining -= n;
                progress.bytesDone += n;
                report(false);
            }
        }
        if (archive_write_finish_entry(a.get()) < ARCHIVE_WARN)
            return streamError(e.path);
        ++progress.filesDone;
        if (e.type == ContextEntry::Type::File && !dryRun)
            report(true);
    }
    for (qsizetype i = 0; i < m_memoryFiles.size(); ++i) {
        if (memoryWritten.at(i))
            continue;
        // docker/cli writes the Dockerfile it adds with mode 0600 (AddDockerfileToBuildContext).
        if (const ContextError error = writeMemoryFile(m_memoryFiles.at(i), 0600, m_memoryFiles.at(i).mtime))
            return error;
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return streamError({});
    report(true);
    return {};
}

} // namespace Dockwright::Core
