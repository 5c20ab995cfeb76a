// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Dockwright::Test {

// Writes small tar archives in memory with libarchive: build contexts, image layers, hostile input.
class TarBuilder final
{
public:
    enum class Compression { None, Gzip, Zstd };

    TarBuilder &file(const QString &path, const QByteArray &contents, int mode = 0644);
    TarBuilder &executable(const QString &path, const QByteArray &contents) { return file(path, contents, 0755); }
    TarBuilder &dir(const QString &path, int mode = 0755);
    TarBuilder &symlink(const QString &path, const QString &target);
    TarBuilder &hardlink(const QString &path, const QString &target);

    // The archive; empty with *error set when libarchive fails.
    QByteArray build(Compression compression = Compression::None, QString *error = nullptr) const;

private:
    struct Entry
    {
        enum class Type { File, Dir, Symlink, Hardlink } type;
        QString path;
        QByteArray contents;
        QString target;
        int mode;
    };
    QList<Entry> m_entries;
};

} // namespace Dockwright::Test
