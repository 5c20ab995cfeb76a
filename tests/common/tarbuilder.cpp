// SPDX-License-Identifier: GPL-3.0-or-later
#include "tarbuilder.h"

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace Dockwright::Test {

TarBuilder &TarBuilder::file(const QString &path, const QByteArray &contents, int mode)
{
    m_entries.append({Entry::Type::File, path, contents, {}, mode});
    return *this;
}

TarBuilder &TarBuilder::dir(const QString &path, int mode)
{
    m_entries.append({Entry::Type::Dir, path, {}, {}, mode});
    return *this;
}

TarBuilder &TarBuilder::symlink(const QString &path, const QString &target)
{
    m_entries.append({Entry::Type::Symlink, path, {}, target, 0777});
    return *this;
}

TarBuilder &TarBuilder::hardlink(const QString &path, const QString &target)
{
    m_entries.append({Entry::Type::Hardlink, path, {}, target, 0644});
    return *this;
}

namespace {
la_ssize_t appendToArray(archive *, void *client, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(client)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}
} // namespace

QByteArray TarBuilder::build(Compression compression, QString *error) const
{
    QByteArray out;
    std::unique_ptr<archive, decltype(&archive_write_free)> a(archive_write_new(), &archive_write_free);
    auto failed = [&](const char *what) {
        if (error)
            *error = QLatin1String(what) + QLatin1String(": ") + QString::fromUtf8(archive_error_string(a.get()));
        return QByteArray();
    };
    if (archive_write_set_format_pax_restricted(a.get()) != ARCHIVE_OK)
        return failed("format");
    if (compression == Compression::Gzip && archive_write_add_filter_gzip(a.get()) != ARCHIVE_OK)
        return failed("gzip");
    if (compression == Compression::Zstd && archive_write_add_filter_zstd(a.get()) != ARCHIVE_OK)
        return failed("zstd");
    archive_write_set_bytes_in_last_block(a.get(), 1);
    if (archive_write_open2(a.get(), &out, nullptr, appendToArray, nullptr, nullptr) != ARCHIVE_OK)
        return failed("open");
    for (const Entry &e : m_entries) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
        const QByteArray path = e.path.toUtf8();
        archive_entry_set_pathname(entry.get(), path.constData());
        archive_entry_set_mtime(entry.get(), 1700000000, 0);
        archive_entry_set_perm(entry.get(), mode_t(e.mode));
        const QByteArray target = e.target.toUtf8();
        switch (e.type) {
        case Entry::Type::File:
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_size(entry.get(), e.contents.size());
            break;
        case Entry::Type::Dir:
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
            break;
        case Entry::Type::Symlink:
            archive_entry_set_filetype(entry.get(), AE_IFLNK);
            archive_entry_set_symlink(entry.get(), target.constData());
            break;
        case Entry::Type::Hardlink:
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_hardlink(entry.get(), target.constData());
            break;
        }
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK)
            return failed("header");
        if (e.type == Entry::Type::File && !e.contents.isEmpty()
            && archive_write_data(a.get(), e.contents.constData(), size_t(e.contents.size())) < 0)
            return failed("data");
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return failed("close");
    return out;
}

} // namespace Dockwright::Test
