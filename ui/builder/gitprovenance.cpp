// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitprovenance.h"

#include <QProcess>
#include <QStringList>

namespace Dockwright::Ui {

namespace {
QString git(const QString &dir, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), args);
    if (!process.waitForFinished(3000)) {
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

GitProvenance GitProvenance::collect(const QString &contextDir)
{
    GitProvenance provenance;
    provenance.created = QDateTime::currentDateTimeUtc();
    provenance.created.setTime(QTime(provenance.created.time().hour(), provenance.created.time().minute(),
                                     provenance.created.time().second()));
    if (contextDir.isEmpty())
        return provenance;
    provenance.revision = git(contextDir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    if (provenance.revision.isEmpty())
        return provenance;
    provenance.remoteUrl = git(contextDir, {QStringLiteral("remote"), QStringLiteral("get-url"), QStringLiteral("origin")});
    if (provenance.remoteUrl.isEmpty()) {
        const QString first = git(contextDir, {QStringLiteral("remote")}).section(u'\n', 0, 0);
        if (!first.isEmpty())
            provenance.remoteUrl = git(contextDir, {QStringLiteral("remote"), QStringLiteral("get-url"), first});
    }
    return provenance;
}

} // namespace Dockwright::Ui
