// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contextentry.h"
#include "contexterror.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace Dockwright::Core {

// Writes the tar of a walked context with libarchive, pushing it through a sink as it goes: no copy
// of the context on disk or in memory beyond one read buffer. PAX (ustar when it suffices), uid/gid 0
// and no user names like docker/cli, modes and whole-second mtimes preserved, symlinks as links,
// hardlinks as independent files. Synchronous; run it on a worker thread.
class ContextPacker final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::ContextPacker)
public:
    struct Progress
    {
        qint64 filesDone = 0; // entries written (files, folders, links)
        qint64 filesTotal = 0;
        qint64 bytesDone = 0; // file content bytes written
        qint64 bytesTotal = 0;
    };
    // Receives the archive bytes in order; returning false stops packing (the reader went away).
    using Sink = std::function<bool(const char *data, qsizetype size)>;
    using ProgressCallback = std::function<void(const Progress &)>;

    ContextPacker(const QString &root, const QList<ContextEntry> &entries);

    // A file whose bytes come from memory instead of the context folder: a Dockerfile the tar must
    // carry that is not the file on disk (the editor's unsaved text, as docker build -f - sends it,
    // or one from outside the context). A walked entry of the same path is sent with these bytes (its
    // mode and time kept); the others are added after the walked entries.
    struct MemoryFile
    {
        QByteArray path; // context-relative, '/'-separated
        QByteArray data;
        qint64 mtime = 0;
    };
    void setMemoryFiles(const QList<MemoryFile> &files) { m_memoryFiles = files; }

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    // Packs everything; the error names the path (a file that vanished, shrank or became unreadable
    // since the walk, cancellation, a failing sink).
    ContextError pack(const Sink &sink);
    // The exact length pack() will produce for the same entries (a dry run that reads no file).
    qint64 tarSize(ContextError *error = nullptr) const;

    // Non-fatal: files that grew since the walk (their first size bytes are sent).
    const QList<ContextError> &warnings() const { return m_warnings; }

    qint64 totalFileBytes() const;

private:
    ContextError run(const Sink &sink, bool dryRun);

    QString m_root;
    QList<ContextEntry> m_entries;
    const std::atomic_bool *m_cancel = nullptr;
    ProgressCallback m_progress;
    QList<ContextError> m_warnings;
    QList<MemoryFile> m_memoryFiles;
};

} // namespace Dockwright::Core
