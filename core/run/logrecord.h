// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>

namespace Dockwright::Core {

// One piece of container output: which stream, the bytes, and the engine's timestamp when the logs
// were requested with timestamps=1 (invalid otherwise).
struct LogRecord
{
    enum class Stream { Stdin = 0, Stdout = 1, Stderr = 2, System = 3 }; // System: in-band daemon error

    Stream stream = Stream::Stdout;
    QByteArray payload;
    QDateTime timestamp;

    friend bool operator==(const LogRecord &, const LogRecord &) = default;
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::LogRecord)
