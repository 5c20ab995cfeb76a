// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerstats.h"

#include <QJsonArray>

namespace Dockwright::Ui {

namespace {
double number(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toDouble();
}
} // namespace

ContainerStats ContainerStats::fromJson(const QJsonObject &stats)
{
    ContainerStats s;
    const QJsonObject cpu = stats.value(QLatin1String("cpu_stats")).toObject();
    const QJsonObject precpu = stats.value(QLatin1String("precpu_stats")).toObject();
    const QJsonObject memory = stats.value(QLatin1String("memory_stats")).toObject();
    if (cpu.isEmpty() && memory.isEmpty())
        return s;
    s.valid = true;

    const QJsonObject usage = cpu.value(QLatin1String("cpu_usage")).toObject();
    const double cpuDelta
        = number(usage, "total_usage") - number(precpu.value(QLatin1String("cpu_usage")).toObject(), "total_usage");
    const double systemDelta = number(cpu, "system_cpu_usage") - number(precpu, "system_cpu_usage");
    double online = number(cpu, "online_cpus");
    if (online == 0.0)
        online = double(usage.value(QLatin1String("percpu_usage")).toArray().size());
    // The first sample of a stream has an empty precpu_stats: no rate can be computed yet.
    if (precpu.contains(QLatin1String("system_cpu_usage"))) {
        s.cpuPercent = 0.0;
        if (systemDelta > 0.0 && cpuDelta > 0.0)
            s.cpuPercent = cpuDelta / systemDelta * online * 100.0;
    }

    // docker stats leaves out the inactive page cache: total_inactive_file on cgroup v1, inactive_file
    // on v2, when it is below the usage.
    const qint64 used = qint64(number(memory, "usage"));
    const QJsonObject memStats = memory.value(QLatin1String("stats")).toObject();
    s.memoryUsage = used;
    if (memStats.contains(QLatin1String("total_inactive_file"))) {
        const qint64 inactive = qint64(number(memStats, "total_inactive_file"));
        if (inactive < used)
            s.memoryUsage = used - inactive;
    } else {
        const qint64 inactive = qint64(number(memStats, "inactive_file"));
        if (inactive < used)
            s.memoryUsage = used - inactive;
    }
    s.memoryLimit = qint64(number(memory, "limit"));
    s.pids = qint64(number(stats.value(QLatin1String("pids_stats")).toObject(), "current"));
    return s;
}

} // namespace Dockwright::Ui
