// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetext.h"

#include <QLocale>

namespace Dockwright::Ui {

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

QString TimeText::absolute(const QDateTime &then)
{
    return then.isValid() ? QLocale().toString(then.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace Dockwright::Ui
