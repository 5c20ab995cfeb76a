// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layeredimage.h"
#include "wastereport.h"

namespace Dockwright::Core {

// Computes a WasteReport in one pass over the layers: every entry is either visible in the final
// image or hidden exactly once (overwritten, whited out, under an opaque directory, or under a path
// replaced by a file), so the hidden bytes are the waste. Whiteouts cost nothing to evaluate (no
// re-stacking per whiteout as in dive).
class WasteAnalysis final
{
public:
    // baseLayers < 0 takes image.baseLayerCount (the heuristic); topCount bounds topWasted.
    static WasteReport analyse(const LayeredImage &image, int topCount = 20, int baseLayers = -1);
};

} // namespace Dockwright::Core
