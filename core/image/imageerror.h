// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Dockwright::Core {

// A problem reading or analysing an image, as a value. file is the archive/blob/JSON file, entry
// the tar entry inside it, field the JSON field, line the JSON line (0 when not applicable).
struct ImageError
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::ImageError)
public:
    enum class Kind {
        None,
        Io, // cannot open/read the file or stream
        Format, // not a tar, bad gzip/zstd, truncated data, malformed JSON
        Hostile, // entry names escaping the root, symlink loops
        Limit, // a ScanLimits bound was hit (gzip bomb, too many entries)
        Missing, // a referenced blob, manifest or config is not in the archive
        Cancelled,
        Engine, // exporting from the engine failed
    };

    Kind kind = Kind::None;
    QString message; // translated, one sentence
    QString file;
    QString entry;
    QString field;
    int line = 0;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // "file: entry: field (line N): message", leaving out the parts that are empty.
    QString toString() const;

    static ImageError make(Kind kind, const QString &message, const QString &file = {}, const QString &entry = {});
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::ImageError)
