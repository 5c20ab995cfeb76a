// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scanlimits.h"
#include "scannedlayer.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace Dockwright::Core {

class PathTree;

// Reads one layer tar (plain, gzip or zstd, recognised by magic bytes) with libarchive and records
// every entry: normalised path interned in a PathTree, type, mode, owner, size, link target and a
// ContentHasher value of the contents. Whiteouts become Whiteout/Opaque entries. Names escaping the
// root are skipped with a warning; truncation and limit overruns end the scan with an error.
class LayerScanner final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::LayerScanner)
public:
    // Supplies the blob's raw bytes: sets *data and returns the length, 0 at the end, -1 on error.
    // The buffer must stay valid until the next call (the outer archive's block, a file buffer).
    using Pull = std::function<qint64(const char **data)>;

    LayerScanner(PathTree &tree, const ScanLimits &limits, const std::atomic_bool *cancel = nullptr);

    // where names the blob in errors ("image.tar: blobs/sha256/ab12…").
    ScannedLayer scan(const Pull &pull, const QString &where);

    // Turns a tar name into a root-relative path without "." or empty components. Returns false when
    // ".." would climb above the root; *absolute reports a leading "/".
    static bool normalisePath(QByteArrayView raw, QByteArray &out, bool *absolute = nullptr);

    // Entries scanned so far by this scanner, over all scan() calls (for maxEntriesTotal).
    qint64 totalEntries() const { return m_totalEntries; }

private:
    PathTree &m_tree;
    ScanLimits m_limits;
    const std::atomic_bool *m_cancel;
    qint64 m_totalEntries = 0;
};

} // namespace Dockwright::Core
