// SPDX-License-Identifier: GPL-3.0-or-later
#include "linediff.h"

#include <vector>

namespace Dockwright::Ui {

QStringList LineDiff::splitLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

QList<LineDiff::Line> LineDiff::compare(const QStringList &a, const QStringList &b, int maxEdits)
{
    QList<Line> out;
    // Common prefix and suffix need no search.
    qsizetype start = 0;
    while (start < a.size() && start < b.size() && a[start] == b[start])
        ++start;
    qsizetype endA = a.size();
    qsizetype endB = b.size();
    while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
        --endA;
        --endB;
    }
    for (qsizetype i = 0; i < start; ++i)
        out.append({Op::Equal, a[i], int(i + 1), int(i + 1)});

    const int n = int(endA - start);
    const int m = int(endB - start);
    const auto A = [&](int i) -> const QString & { return a[start + i]; };
    const auto B = [&](int j) -> const QString & { return b[start + j]; };
    QList<Line> middle;
    const int maxD = std::min(n + m, maxEdits);
    const int offset = maxD + 1;
    std::vector<int> v(size_t(2 * maxD + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= maxD && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                ? v[size_t(offset + k + 1)]
                : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && A(x) == B(y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0) {
        for (int i = 0; i < n; ++i)
            middle.append({Op::Delete, A(i), int(start + i + 1), 0});
        for (int j = 0; j < m; ++j)
            middle.append({Op::Insert, B(j), 0, int(start + j + 1)});
    } else {
        // Walk the trace backwards from (n, m), emitting snakes and single edits.
        int x = n;
        int y = m;
        QList<Line> reversed;
        for (int d = found; d > 0; --d) {
            const std::vector<int> &pv = trace[size_t(d)];
            const int k = x - y;
            const bool down = k == -d || (k != d && pv[size_t(offset + k - 1)] < pv[size_t(offset + k + 1)]);
            const int prevK = down ? k + 1 : k - 1;
            const int prevX = pv[size_t(offset + prevK)];
            const int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                --x;
                --y;
                reversed.append({Op::Equal, A(x), int(start + x + 1), int(start + y + 1)});
            }
            if (down) {
                --y;
                reversed.append({Op::Insert, B(y), 0, int(start + y + 1)});
            } else {
                --x;
                reversed.append({Op::Delete, A(x), int(start + x + 1), 0});
            }
        }
        while (x > 0 && y > 0) {
            --x;
            --y;
            reversed.append({Op::Equal, A(x), int(start + x + 1), int(start + y + 1)});
        }
        for (qsizetype i = reversed.size(); i-- > 0;)
            middle.append(reversed[i]);
    }
    out.append(middle);
    for (qsizetype i = endA, j = endB; i < a.size(); ++i, ++j)
        out.append({Op::Equal, a[i], int(i + 1), int(j + 1)});
    return out;
}

QList<LineDiff::Hunk> LineDiff::hunks(const QList<Line> &lines, int context)
{
    QList<Hunk> out;
    const qsizetype n = lines.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && lines[i].op == Op::Equal)
            ++i;
        if (i >= n)
            break;
        qsizetype begin = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        // Extend while the next change is within 2·context equal lines.
        for (;;) {
            while (end < n && lines[end].op != Op::Equal)
                ++end;
            qsizetype equal = end;
            while (equal < n && lines[equal].op == Op::Equal)
                ++equal;
            if (equal < n && equal - end <= 2 * context) {
                end = equal;
                continue;
            }
            end = std::min(n, end + context);
            break;
        }
        Hunk hunk;
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        for (qsizetype k = begin; k < end; ++k) {
            const Line &line = lines[k];
            if (line.op != Op::Insert) {
                if (!oldStart)
                    oldStart = line.oldLine;
                ++oldCount;
            }
            if (line.op != Op::Delete) {
                if (!newStart)
                    newStart = line.newLine;
                ++newCount;
            }
            hunk.lines.append(line);
        }
        hunk.header = QStringLiteral("@@ -%1,%2 +%3,%4 @@").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount);
        out.append(hunk);
        i = end;
    }
    return out;
}

} // namespace Dockwright::Ui
