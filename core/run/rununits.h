// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace Dockwright::Core {

// The value syntaxes docker run flags use, parsed and printed the way the docker CLI does, so a
// generated command reads back to the same numbers.
class RunUnits final
{
public:
    // "256m", "1g", "512k", "1.5g", "100" (bytes): binary units, case-insensitive, optional "b"/"ib"
    // suffix (go-units RAMInBytes). Returns nullopt on bad input.
    static std::optional<qint64> parseBytes(const QString &text);
    // The shortest exact form: 268435456 -> "256m", 1000 -> "1000". Flag syntax that parseBytes reads
    // back (binary units, as `docker run --memory` means them), not a display format: sizes shown to the
    // user come from Core::formatBytes (core/common/bytesize.h, SI units like the docker CLI's output).
    static QString formatBytes(qint64 bytes);
    // "0.5" -> 500000000 nano CPUs, exact decimal arithmetic (no float rounding), at most 9 decimals.
    static std::optional<qint64> parseCpus(const QString &text);
    static QString formatCpus(qint64 nanoCpus);
    // Go durations: "30s", "1m30s", "500ms", "1h", "1.5s"; returns nanoseconds.
    static std::optional<qint64> parseDuration(const QString &text);
    static QString formatDuration(qint64 ns);
};

} // namespace Dockwright::Core
