// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Dockwright::Core {

// A warning the builder reported during the build (BuildKit VertexWarning: build checks, deprecations).
struct BuildWarning
{
    int step = -1; // index into the step list, -1 when the vertex is unknown
    int level = 0;
    QString message;
    QStringList detail;
    QString url;
    QString file;
    int line = 0; // 1-based, 0 when the warning has no source range
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::BuildWarning)
