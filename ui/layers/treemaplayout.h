// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>

namespace Dockwright::Ui {

// Squarified treemap layout (Bruls, Huizing, van Wijk 2000): splits a rectangle into one rectangle per
// value, each with an area proportional to its value and an aspect ratio kept close to 1.
class TreemapLayout final
{
public:
    // values: non-negative, largest first for the best aspect ratios. Returns one rectangle per value,
    // same order; zero values get an empty rectangle. The rectangles tile `rect` without overlap.
    static QList<QRectF> squarify(const QRectF &rect, const QList<qreal> &values);

private:
    static qreal worst(qreal sum, qreal smallest, qreal largest, qreal side);
};

} // namespace Dockwright::Ui
