// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Dockwright::Core {

// Bounds that keep hostile or broken archives from turning into unbounded work or memory.
struct ScanLimits
{
    qint64 maxEntriesPerLayer = 10'000'000;
    qint64 maxEntriesTotal = 50'000'000;
    qint64 maxLayerBytes = qint64(256) << 30; // decompressed tar bytes of one layer
    double maxExpansion = 1000.0; // decompressed ÷ compressed, checked beyond expansionFloor
    qint64 expansionFloor = qint64(1) << 30;
    qint64 maxJsonBytes = qint64(32) << 20; // one manifest/config/index file
    int maxPathLength = 16384;
    int maxWarnings = 200; // further warnings are only counted
};

} // namespace Dockwright::Core
