// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Dockwright::Core {

// The one human duration format of the GUI (build steps, build results and history, layer tooltips,
// comparisons): "350 ms", "1.5 s" (one decimal below 10 s), "42 s", "2 min 5 s". `locale` gives the
// digits and the decimal separator (German "1,5 s"), never a group separator. Negative durations (unknown) give an
// empty string. Not for flags: docker's Go durations ("1m30s") are RunUnits::formatDuration.
class Duration final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::Duration)
public:
    static QString format(qint64 ms, const QLocale &locale = QLocale::c());
};

} // namespace Dockwright::Core
