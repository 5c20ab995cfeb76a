// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Dockwright::Ui {

// Human texts for sizes and times in the resource tables, the way `docker images` shows them.
class TimeText final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Ui::TimeText)
public:
    // "just now", "5 minutes ago", "3 days ago", ... relative to now; empty for an invalid time.
    static QString relative(const QDateTime &then, const QDateTime &now);
    // The full local date and time, for tooltips.
    static QString absolute(const QDateTime &then);
    // SI units like the docker CLI: "7.4 MB".
    static QString size(qint64 bytes);
};

} // namespace Dockwright::Ui
