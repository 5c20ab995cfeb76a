// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildprofiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Dockwright::Ui {

namespace {
// Profile names are free text; QSettings keys must not contain '/' or '\\'.
QString keyOf(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toHex());
}
} // namespace

QString BuildProfiles::group(const QString &contextDir)
{
    const QFileInfo info(contextDir);
    const QString canonical
        = info.canonicalFilePath().isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : info.canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("build/profiles/") + QString::fromLatin1(hash);
}

QStringList BuildProfiles::names(const QString &contextDir)
{
    QSettings settings;
    settings.beginGroup(group(contextDir));
    QStringList names;
    const QStringList keys = settings.childGroups();
    for (const QString &key : keys)
        names.append(settings.value(key + QStringLiteral("/name")).toString());
    names.removeAll(QString());
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString BuildProfiles::command(const QString &contextDir, const QString &name)
{
    return QSettings().value(group(contextDir) + u'/' + keyOf(name) + QStringLiteral("/command")).toString();
}

void BuildProfiles::save(const QString &contextDir, const QString &name, const QString &command)
{
    QSettings settings;
    const QString prefix = group(contextDir) + u'/' + keyOf(name);
    settings.setValue(prefix + QStringLiteral("/name"), name);
    settings.setValue(prefix + QStringLiteral("/command"), command);
    // The folder itself, for people reading the settings file.
    settings.setValue(group(contextDir) + QStringLiteral("/contextDir"), contextDir);
}

void BuildProfiles::remove(const QString &contextDir, const QString &name)
{
    QSettings().remove(group(contextDir) + u'/' + keyOf(name));
}

} // namespace Dockwright::Ui
