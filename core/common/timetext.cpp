// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetext.h"

#include <QLocale>

namespace Dockwright::Core {

QString TimeText::relative(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return {};
    const qint64 seconds = then.secsTo(now);
    if (seconds < 0)
        return tr("in the future");
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%n hour(s) ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 14)
        return tr("%n day(s) ago", nullptr, int(days));
    if (days < 60)
        return tr("%n week(s) ago", nullptr, int(days / 7));
    if (days < 730)
        return tr("%n month(s) ago", nullptr, int(days / 30));
    return tr("%n year(s) ago", nullptr, int(days / 365));
}

QString TimeText::duration(qint64 seconds)
{
    if (seconds < 1)
        return tr("Less than a second");
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes == 1)
        return tr("About a minute");
    if (minutes < 60)
        return tr("%n minute(s)", nullptr, int(minutes));
    // go-units rounds hours (and what it derives from them) to the nearest hour, minutes and seconds down.
    const qint64 hours = (seconds + 1800) / 3600;
    if (hours == 1)
        return tr("About an hour");
    if (hours < 48)
        return tr("%n hour(s)", nullptr, int(hours));
    if (hours < 24 * 7 * 2)
        return tr("%n day(s)", nullptr, int(hours / 24));
    if (hours < 24 * 30 * 2)
        return tr("%n week(s)", nullptr, int(hours / 24 / 7));
    if (hours < 24 * 365 * 2)
        return tr("%n month(s)", nullptr, int(hours / 24 / 30));
    return tr("%n year(s)", nullptr, int(seconds / 3600 / 24 / 365));
}

QString TimeText::absolute(const QDateTime &then)
{
    return then.isValid() ? QLocale().toString(then.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace Dockwright::Core
