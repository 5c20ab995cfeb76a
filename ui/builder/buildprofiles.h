// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Dockwright::Ui {

// Named build setups of one project, kept in QSettings under the project's context folder as their
// docker build command (the same text the panel shows and pastes), so they survive format changes.
class BuildProfiles final
{
public:
    // The settings group of a context folder: build/profiles/<hash of the canonical path>.
    static QString group(const QString &contextDir);
    static QStringList names(const QString &contextDir);
    // The saved command; empty when there is no such profile.
    static QString command(const QString &contextDir, const QString &name);
    static void save(const QString &contextDir, const QString &name, const QString &command);
    static void remove(const QString &contextDir, const QString &name);
};

} // namespace Dockwright::Ui
