// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildcomparison.h"

#include <QHash>

namespace Dockwright::Core {

namespace {

QString keyOf(const BuildStep &step)
{
    return step.stage + QLatin1Char('\n') + step.instruction.simplified();
}

qint64 durationOf(const BuildStep &step)
{
    return step.completed.isValid() ? step.durationMs() : -1;
}

} // namespace

QString BuildComparison::changeName(Change change)
{
    switch (change) {
    case Change::Same:
        return QStringLiteral("same");
    case Change::Added:
        return QStringLiteral("added");
    case Change::Removed:
        return QStringLiteral("removed");
    case Change::CacheLost:
        return QStringLiteral("cache-lost");
    case Change::CacheGained:
        return QStringLiteral("cache-gained");
    case Change::Slower:
        return QStringLiteral("slower");
    case Change::Faster:
        return QStringLiteral("faster");
    }
    return {};
}

QList<BuildComparison::Row> BuildComparison::compare(const BuildResult &before, const BuildResult &after)
{
    // Each key maps to the older build's steps with that key, consumed in order.
    QHash<QString, QList<int>> olderByKey;
    for (int i = 0; i < before.steps.size(); ++i) {
        if (!before.steps.at(i).internal)
            olderByKey[keyOf(before.steps.at(i))].append(i);
    }
    QList<bool> matched(before.steps.size(), false);
    QList<Row> rows;
    for (int i = 0; i < after.steps.size(); ++i) {
        const BuildStep &step = after.steps.at(i);
        if (step.internal)
            continue;
        Row row;
        row.name = step.name;
        row.stage = step.stage;
        row.instruction = step.instruction;
        row.line = step.line;
        row.after = i;
        row.afterMs = durationOf(step);
        row.cachedAfter = step.cached;
        QList<int> &candidates = olderByKey[keyOf(step)];
        if (candidates.isEmpty()) {
            row.change = Change::Added;
        } else {
            row.before = candidates.takeFirst();
            matched[row.before] = true;
            const BuildStep &old = before.steps.at(row.before);
            row.beforeMs = durationOf(old);
            row.cachedBefore = old.cached;
            const qint64 delta = row.deltaMs();
            const bool significant = row.beforeMs >= 0 && row.afterMs >= 0 && qAbs(delta) > 100
                && qAbs(delta) * 5 > qMax<qint64>(row.beforeMs, 1);
            if (row.cachedBefore && !row.cachedAfter)
                row.change = Change::CacheLost;
            else if (!row.cachedBefore && row.cachedAfter)
                row.change = Change::CacheGained;
            else if (significant)
                row.change = delta > 0 ? Change::Slower : Change::Faster;
        }
        rows.append(row);
    }
    // Removed steps go after the row of the step that preceded them in the older build.
    for (int i = 0; i < before.steps.size(); ++i) {
        const BuildStep &old = before.steps.at(i);
        if (old.internal || matched.at(i))
            continue;
        Row row;
        row.name = old.name;
        row.stage = old.stage;
        row.instruction = old.instruction;
        row.before = i;
        row.beforeMs = durationOf(old);
        row.cachedBefore = old.cached;
        row.change = Change::Removed;
        qsizetype insertAt = 0;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (rows.at(r).before >= 0 && rows.at(r).before < i)
                insertAt = r + 1;
        }
        rows.insert(insertAt, row);
    }
    return rows;
}

} // namespace Dockwright::Core
