// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buildresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dockwright::Core {

// The builds of one project (one context directory), newest last, kept as a JSON file in
// <GenericDataLocation>/Dockwright/build-history/ (shared by the GUI and the CLI), named by a hash of
// the canonical context path and written atomically (QSaveFile). Sizes are capped: the newest
// maxRecords builds, MaxSteps steps each, the tail of each log.
class BuildHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::BuildHistory)
public:
    static constexpr int DefaultMaxRecords = 50;
    static constexpr int MaxSteps = 500;
    static constexpr qsizetype MaxLogBytesPerStep = 16 * 1024;

    explicit BuildHistory(const QString &filePath);
    // The history file of a context directory (created on first save).
    static QString fileForContext(const QString &contextDir);

    const QString &filePath() const { return m_file; }
    void setMaxRecords(int records) { m_maxRecords = qMax(1, records); }

    // A missing file is an empty history, not an error.
    bool load(QString *error);
    bool save(QString *error) const;

    void append(const BuildResult &result);
    const QList<BuildResult> &records() const { return m_records; }

    static QJsonObject toJson(const BuildResult &result);
    static BuildResult fromJson(const QJsonObject &object);

private:
    QString m_file;
    QList<BuildResult> m_records;
    int m_maxRecords = DefaultMaxRecords;
};

} // namespace Dockwright::Core
