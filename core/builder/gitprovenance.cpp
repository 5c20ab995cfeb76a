// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitprovenance.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTimeZone>

namespace Dockwright::Core {

namespace {
QString git(const QString &dir, const QStringList &args, const std::atomic_bool *cancel)
{
    if (cancel && cancel->load())
        return {};
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), args);
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    while (!done && timer.elapsed() < 3000 && !(cancel && cancel->load()))
        done = process.waitForFinished(50) || process.state() == QProcess::NotRunning;
    if (!done) {
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}
} // namespace

QString GitProvenance::createdText() const
{
    return created.toUTC().toString(Qt::ISODate);
}

QString GitProvenance::committedText() const
{
    return committed.isValid() ? committed.toUTC().toString(Qt::ISODate) : QString();
}

GitProvenance GitProvenance::collect(const QString &contextDir, const std::atomic_bool *cancel)
{
    GitProvenance provenance;
    provenance.created = QDateTime::currentDateTimeUtc();
    provenance.created.setTime(QTime(
        provenance.created.time().hour(), provenance.created.time().minute(), provenance.created.time().second()));
    if (contextDir.isEmpty())
        return provenance;
    provenance.revision = git(contextDir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, cancel);
    if (provenance.revision.isEmpty())
        return provenance;
    bool ok = false;
    const qint64 commitTime = git(contextDir,
        {QStringLiteral("show"), QStringLiteral("-s"), QStringLiteral("--format=%ct"), QStringLiteral("HEAD")}, cancel)
                                  .toLongLong(&ok);
    if (ok)
        provenance.committed = QDateTime::fromSecsSinceEpoch(commitTime, QTimeZone::UTC);
    provenance.remoteUrl
        = git(contextDir, {QStringLiteral("remote"), QStringLiteral("get-url"), QStringLiteral("origin")}, cancel);
    if (provenance.remoteUrl.isEmpty()) {
        const QString first = git(contextDir, {QStringLiteral("remote")}, cancel).section(u'\n', 0, 0);
        if (!first.isEmpty())
            provenance.remoteUrl
                = git(contextDir, {QStringLiteral("remote"), QStringLiteral("get-url"), first}, cancel);
    }
    return provenance;
}

} // namespace Dockwright::Core
