// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buildresult.h"

#include <QList>
#include <QString>

namespace Dockwright::Core {

// Two builds of the same project side by side, step by step: which steps lost or gained the cache and
// how their times changed. Steps are matched by stage and instruction text (the "n/m" counter shifts
// when instructions are added), repeated texts in order.
class BuildComparison final
{
public:
    enum class Change { Same, Added, Removed, CacheLost, CacheGained, Slower, Faster };

    struct Row
    {
        QString name; // the newer build's step name (the older one's for a removed step)
        QString stage;
        QString instruction;
        int line = 0; // in the newer build's Dockerfile
        int before = -1; // step indexes, -1 when the step is not in that build
        int after = -1;
        qint64 beforeMs = -1;
        qint64 afterMs = -1;
        bool cachedBefore = false;
        bool cachedAfter = false;
        Change change = Change::Same;

        qint64 deltaMs() const { return beforeMs < 0 || afterMs < 0 ? 0 : afterMs - beforeMs; }
    };

    // Rows in the newer build's order, removed steps after the step they followed. Internal steps are
    // left out; a time change counts when it is over both 20 % and 100 ms.
    static QList<Row> compare(const BuildResult &before, const BuildResult &after);
    static QString changeName(Change change);
};

} // namespace Dockwright::Core
