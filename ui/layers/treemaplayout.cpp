// SPDX-License-Identifier: GPL-3.0-or-later
#include "treemaplayout.h"

#include <algorithm>

namespace Dockwright::Ui {

qreal TreemapLayout::worst(qreal sum, qreal smallest, qreal largest, qreal side)
{
    // The worst aspect ratio of a row of areas laid along `side`.
    const qreal s2 = sum * sum;
    const qreal w2 = side * side;
    return std::max(w2 * largest / s2, s2 / (w2 * smallest));
}

QList<QRectF> TreemapLayout::squarify(const QRectF &rect, const QList<qreal> &values)
{
    QList<QRectF> out(values.size());
    qreal total = 0;
    for (qreal v : values)
        total += std::max<qreal>(v, 0);
    if (total <= 0 || rect.isEmpty())
        return out;
    const qreal scale = rect.width() * rect.height() / total;
    QRectF free = rect;
    qsizetype i = 0;
    const qsizetype n = values.size();
    while (i < n) {
        if (values[i] <= 0) {
            ++i;
            continue;
        }
        const qreal side = std::min(free.width(), free.height());
        // Grow the row while the worst aspect ratio improves.
        qreal sum = values[i] * scale;
        qreal smallest = sum;
        qreal largest = sum;
        qsizetype end = i + 1;
        while (end < n) {
            const qreal v = std::max<qreal>(values[end], 0) * scale;
            if (v <= 0) {
                ++end;
                continue;
            }
            if (worst(sum + v, std::min(smallest, v), std::max(largest, v), side) > worst(sum, smallest, largest, side))
                break;
            sum += v;
            smallest = std::min(smallest, v);
            largest = std::max(largest, v);
            ++end;
        }
        // The last row takes whatever is left, so rounding never leaves a gap.
        const bool last = end >= n;
        if (free.width() >= free.height()) {
            const qreal width = last ? free.width() : sum / free.height();
            qreal y = free.top();
            for (qsizetype k = i; k < end; ++k) {
                const qreal v = std::max<qreal>(values[k], 0) * scale;
                if (v <= 0)
                    continue;
                const qreal h = v / width;
                out[k] = QRectF(free.left(), y, width, h);
                y += h;
            }
            free.setLeft(free.left() + width);
        } else {
            const qreal height = last ? free.height() : sum / free.width();
            qreal x = free.left();
            for (qsizetype k = i; k < end; ++k) {
                const qreal v = std::max<qreal>(values[k], 0) * scale;
                if (v <= 0)
                    continue;
                const qreal w = v / height;
                out[k] = QRectF(x, free.top(), w, height);
                x += w;
            }
            free.setTop(free.top() + height);
        }
        i = end;
    }
    return out;
}

} // namespace Dockwright::Ui
