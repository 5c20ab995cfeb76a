// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Dockwright::Core {

// Autosave copies of unsaved editor text, kept in the application data folder so that the next
// start can offer them after a crash. One JSON file per document: original path, time and text.
class RecoveryStore final
{
public:
    struct Entry
    {
        QString id;
        QString originalPath; // empty for a document that was never saved
        QDateTime savedAt;
        QString text;
        QString file; // the autosave file itself
    };

    // `directory` defaults to <AppDataLocation>/recovery.
    explicit RecoveryStore(const QString &directory = {});

    QString directory() const { return m_directory; }
    // The id under which the text of `originalPath` is kept (stable per path; random when empty).
    static QString idFor(const QString &originalPath);
    QString fileFor(const QString &id) const;

    // Blocking file IO, like entries(): run them as jobs (JobTracker::serialPool() keeps their order).
    bool save(const QString &id, const QString &originalPath, const QString &text, QString *error = nullptr) const;
    void remove(const QString &id) const;
    // Every autosave copy found, newest first.
    QList<Entry> entries() const;

private:
    QString m_directory;
};

} // namespace Dockwright::Core
