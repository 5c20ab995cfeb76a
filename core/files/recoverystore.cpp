// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverystore.h"

#include "textfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

namespace Dockwright::Core {

namespace {
const QLatin1StringView Suffix(".autosave.json");
}

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory.isEmpty()
              ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery")
              : directory)
{ }

QString RecoveryStore::idFor(const QString &originalPath)
{
    if (originalPath.isEmpty())
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    return QString::fromLatin1(
        QCryptographicHash::hash(QDir::cleanPath(originalPath).toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

QString RecoveryStore::fileFor(const QString &id) const
{
    return m_directory + u'/' + id + Suffix;
}

bool RecoveryStore::save(const QString &id, const QString &originalPath, const QString &text, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = TextFile::tr("Cannot create %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    const QJsonObject object {{QStringLiteral("path"), originalPath},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("text"), text}};
    return TextFile::writeBytes(fileFor(id), QJsonDocument(object).toJson(QJsonDocument::Compact), error);
}

void RecoveryStore::remove(const QString &id) const
{
    QFile::remove(fileFor(id));
}

QList<RecoveryStore::Entry> RecoveryStore::entries() const
{
    QList<Entry> out;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({u'*' + Suffix}, QDir::Files);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        if (!object.contains(QStringLiteral("text")))
            continue; // not ours, or cut short
        Entry entry;
        entry.id = name.chopped(Suffix.size());
        entry.originalPath = object.value(QStringLiteral("path")).toString();
        entry.savedAt = QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        entry.text = object.value(QStringLiteral("text")).toString();
        entry.file = file.fileName();
        out.append(entry);
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return out;
}

} // namespace Dockwright::Core
