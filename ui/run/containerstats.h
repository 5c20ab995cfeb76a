// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <optional>

namespace Dockwright::Ui {

// One sample of GET /containers/{id}/stats, reduced to what `docker stats` prints, computed the way
// the docker CLI computes it (cli/command/container/stats_helpers.go).
struct ContainerStats
{
    std::optional<double> cpuPercent; // nullopt on the first sample of a stream (no previous reading)
    qint64 memoryUsage = 0; // usage minus the inactive page cache
    qint64 memoryLimit = 0;
    qint64 pids = 0;
    bool valid = false;

    double memoryPercent() const { return memoryLimit > 0 ? 100.0 * double(memoryUsage) / double(memoryLimit) : 0.0; }

    // CPU % = (container CPU time delta / system CPU time delta) x online CPUs x 100.
    static ContainerStats fromJson(const QJsonObject &stats);
};

} // namespace Dockwright::Ui

Q_DECLARE_METATYPE(Dockwright::Ui::ContainerStats)
