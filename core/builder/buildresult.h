// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "builderror.h"
#include "buildrequest.h"
#include "buildstep.h"
#include "buildwarning.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Dockwright::Core {

// Everything a finished build (successful or not) tells: what was asked, the steps with their times
// and logs, the image and the cache use. BuildJob hands it over whole; BuildHistory stores it.
struct BuildResult
{
    BuildRequest request;
    QString builder; // "buildkit" or "classic"
    QString dockerfile; // the Dockerfile path used in messages (file:line)
    QDateTime started; // UTC, when the job started
    qint64 durationMs = 0; // wall-clock, context upload included
    qint64 contextBytes = 0;
    QString imageId;
    QStringList tags;
    qint64 imageSize = -1; // /images/{id}/json Size; -1 when unknown
    BuildSteps steps;
    QList<BuildWarning> warnings;
    int cachedSteps = 0;
    int cacheableSteps = 0; // steps that could have come from the cache
    BuildError error; // kind None on success

    bool ok() const { return !error.isError() && !imageId.isEmpty(); }
    double cacheRatio() const { return cacheableSteps == 0 ? 0.0 : double(cachedSteps) / cacheableSteps; }
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::BuildResult)
