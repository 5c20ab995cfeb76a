// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Dockwright::Ui {

// The most recently opened or saved files, newest first, kept in QSettings.
class RecentFiles final
{
public:
    static constexpr int MaxFiles = 10;

    static QStringList files();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace Dockwright::Ui
