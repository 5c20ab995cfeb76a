// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagediff.h"
#include "layeredimage.h"
#include "wastereport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Dockwright::Core {

class LayerStack;

// The JSON shapes of `dockwright-cli inspect/diff/audit` (a contract, docs/cli/*.md), shared by the CLI
// and the GUI's export. Human sizes come from Core::formatBytes (core/common/bytesize.h).
class ImageReport final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::ImageReport)
public:
    // layers[] (index, digest, size, createdBy, …, changes[] when withChanges), efficiency,
    // wastedBytes, userWastedPercent, topWasted[], …
    static QJsonObject inspectJson(const LayeredImage &image, const WasteReport &waste, bool withChanges);
    // path, status, size, type of every change of layers (from, to] against the state after `from`.
    static QJsonArray changesJson(const LayerStack &stack, int from, int to);
    static QJsonObject diffJson(const ImageDiff::Result &diff);
};

} // namespace Dockwright::Core
