// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pathtree.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Dockwright::Core {

// One path whose bytes were stored more than once or deleted later.
struct WastedPath
{
    const PathTree::Node *node = nullptr;
    QString path;
    qint64 wastedBytes = 0; // bytes of the copies nobody sees in the final image
    int copies = 0; // entries for this path over all layers (the kept one included)
    bool removed = false; // gone from the final image
};

// Waste figures of one image; see docs/cli/inspect.md for the formulas. They agree by construction:
// totalBytes = finalBytes + wastedBytes and efficiency = finalBytes / totalBytes.
struct WasteReport
{
    qint64 totalBytes = 0; // sum of every layer's entry sizes
    qint64 finalBytes = 0; // bytes visible in the squashed image
    qint64 wastedBytes = 0; // totalBytes - finalBytes: copies later overwritten or deleted
    qint64 baseWastedBytes = 0; // of wastedBytes: hidden by a base-image layer
    qint64 userWastedBytes = 0; // of wastedBytes: hidden by a user layer (the user's to fix)
    qint64 userBytes = 0; // entry bytes of the user layers
    qint64 userHiddenBaseBytes = 0; // base bytes that user layers overwrote or deleted
    int baseLayerCount = 0;
    QString baseHeuristic;
    double efficiency = 1.0; // finalBytes / totalBytes (1 when empty)
    double userWastedPercent = 0.0; // userWastedBytes / (userBytes + userHiddenBaseBytes), 0..1
    QList<qint64> layerWastedBytes; // per layer: its bytes that a later layer hid
    QList<qint64> layerHiddenBytes; // per layer: lower bytes this layer hid
    QList<WastedPath> topWasted; // largest first
    qint64 wastedPathCount = 0;
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::WasteReport)
