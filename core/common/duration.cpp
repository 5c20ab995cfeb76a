// SPDX-License-Identifier: GPL-3.0-or-later
#include "duration.h"

namespace Dockwright::Core {

QString Duration::format(qint64 ms, const QLocale &userLocale)
{
    QLocale locale = userLocale; // digits and decimal separator only, as formatBytes: "1200 min"
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms));
    if (ms < 10 * 1000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(locale.toString(seconds));
    return tr("%1 min %2 s").arg(locale.toString(seconds / 60), locale.toString(seconds % 60));
}

} // namespace Dockwright::Core
