// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Dockwright::Core {

// Human texts for times in the resource tables, the way `docker images` shows them (sizes: Core::formatBytes).
class TimeText final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::TimeText)
public:
    // "just now", "5 minutes ago", "3 days ago", ... relative to now; empty for an invalid time.
    static QString relative(const QDateTime &then, const QDateTime &now);
    // A duration the way docker words it in `docker ps` (go-units HumanDuration): "Less than a second",
    // "5 seconds", "About a minute", "3 hours", "2 weeks", ...; negative durations count as zero.
    static QString duration(qint64 seconds);
    // The full local date and time, for tooltips.
    static QString absolute(const QDateTime &then);
};

} // namespace Dockwright::Core
