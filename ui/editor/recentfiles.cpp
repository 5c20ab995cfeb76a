// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Dockwright::Ui {

namespace {
QString key()
{
    return QStringLiteral("editor/recentFiles");
}
} // namespace

QStringList RecentFiles::files()
{
    return QSettings().value(key()).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxFiles)
        list.removeLast();
    QSettings().setValue(key(), list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(path);
    QSettings().setValue(key(), list);
}

void RecentFiles::clear()
{
    QSettings().remove(key());
}

} // namespace Dockwright::Ui
