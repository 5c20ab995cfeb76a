// SPDX-License-Identifier: GPL-3.0-or-later
// The layers area's pure logic: the squarified treemap layout (tiles the parent exactly, no overlaps,
// areas proportional to values) and the Myers line diff (minimal, reconstructs both sides, hunks).
#include "ui/layers/linediff.h"
#include "ui/layers/treemaplayout.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace Dockwright::Ui;
using namespace Qt::StringLiterals;

namespace {
qreal area(const QRectF &r)
{
    return r.width() * r.height();
}

// Longest common subsequence length by dynamic programming, the reference for minimality.
int lcs(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<int>> t(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1), 0));
    for (qsizetype i = 1; i <= a.size(); ++i)
        for (qsizetype j = 1; j <= b.size(); ++j)
            t[size_t(i)][size_t(j)] = a[i - 1] == b[j - 1]
                ? t[size_t(i - 1)][size_t(j - 1)] + 1
                : std::max(t[size_t(i - 1)][size_t(j)], t[size_t(i)][size_t(j - 1)]);
    return t[size_t(a.size())][size_t(b.size())];
}

QStringList randomLines(QRandomGenerator &rng, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QString(QChar(u'a' + char16_t(rng.bounded(4))));
    return out;
}
} // namespace

class TestLayerLogic final : public QObject
{
    Q_OBJECT

    static void checkTiling(const QRectF &parent, const QList<qreal> &values, const QList<QRectF> &rects)
    {
        QCOMPARE(rects.size(), values.size());
        qreal total = 0;
        for (qreal v : values)
            total += v;
        qreal sum = 0;
        for (qsizetype i = 0; i < rects.size(); ++i) {
            const QRectF &r = rects[i];
            sum += area(r);
            if (values[i] <= 0) {
                QVERIFY(r.isEmpty());
                continue;
            }
            // Inside the parent (allowing float noise) and proportional to its value.
            QVERIFY2(r.left() >= parent.left() - 1e-6 && r.right() <= parent.right() + 1e-6
                    && r.top() >= parent.top() - 1e-6 && r.bottom() <= parent.bottom() + 1e-6,
                qPrintable(u"rect %1 outside"_s.arg(i)));
            QVERIFY(qAbs(area(r) - area(parent) * values[i] / total) < area(parent) * 1e-6 + 1e-6);
            for (qsizetype j = i + 1; j < rects.size(); ++j) {
                const QRectF overlap = r.intersected(rects[j]);
                QVERIFY2(
                    overlap.isEmpty() || area(overlap) < 1e-6, qPrintable(u"rects %1 and %2 overlap"_s.arg(i).arg(j)));
            }
        }
        QVERIFY2(
            qAbs(sum - area(parent)) < area(parent) * 1e-6, qPrintable(u"sum %1 vs %2"_s.arg(sum).arg(area(parent))));
    }

private Q_SLOTS:
    void squarifiesTheClassicExample()
    {
        // Bruls et al.'s example: 6×4 with 6,6,4,3,2,2,1 gives rows of 2, 2 and 3 rectangles.
        const QRectF parent(0, 0, 6, 4);
        const QList<qreal> values {6, 6, 4, 3, 2, 2, 1};
        const QList<QRectF> rects = TreemapLayout::squarify(parent, values);
        checkTiling(parent, values, rects);
        QCOMPARE(rects[0], QRectF(0, 0, 3, 2));
        QCOMPARE(rects[1], QRectF(0, 2, 3, 2));
        // Aspect ratios stay near 1 (the point of squarifying): none worse than 3.
        for (const QRectF &r : rects)
            QVERIFY(std::max(r.width() / r.height(), r.height() / r.width()) < 3.0);
    }

    void tilesRandomInputs()
    {
        QRandomGenerator rng(42);
        for (int round = 0; round < 200; ++round) {
            const QRectF parent(rng.bounded(50), rng.bounded(50), 1 + rng.bounded(800), 1 + rng.bounded(600));
            QList<qreal> values;
            const int n = 1 + rng.bounded(40);
            for (int i = 0; i < n; ++i)
                values << (rng.bounded(10) == 0 ? 0.0 : qreal(1 + rng.bounded(100000)));
            std::sort(values.begin(), values.end(), std::greater<>());
            if (values.first() <= 0)
                values.first() = 1;
            checkTiling(parent, values, TreemapLayout::squarify(parent, values));
        }
    }

    void handlesDegenerateInput()
    {
        QVERIFY(TreemapLayout::squarify(QRectF(0, 0, 10, 10), {}).isEmpty());
        const QList<QRectF> zeros = TreemapLayout::squarify(QRectF(0, 0, 10, 10), {0, 0});
        QCOMPARE(zeros.size(), 2);
        QVERIFY(zeros[0].isEmpty() && zeros[1].isEmpty());
        QCOMPARE(TreemapLayout::squarify(QRectF(0, 0, 10, 10), {5}).first(), QRectF(0, 0, 10, 10));
        QVERIFY(TreemapLayout::squarify(QRectF(0, 0, 0, 10), {5}).first().isEmpty());
    }

    void diffsKnownCases()
    {
        using Op = LineDiff::Op;
        const QList<LineDiff::Line> lines
            = LineDiff::compare({u"a"_s, u"b"_s, u"c"_s, u"d"_s}, {u"a"_s, u"x"_s, u"c"_s, u"d"_s, u"e"_s});
        QStringList printed;
        for (const LineDiff::Line &l : lines)
            printed << (l.op == Op::Equal           ? u" "_s
                               : l.op == Op::Delete ? u"-"_s
                                                    : u"+"_s)
                    + l.text + u" %1/%2"_s.arg(l.oldLine).arg(l.newLine);
        QCOMPARE(printed, QStringList({u" a 1/1"_s, u"-b 2/0"_s, u"+x 0/2"_s, u" c 3/3"_s, u" d 4/4"_s, u"+e 0/5"_s}));

        QCOMPARE(LineDiff::compare({}, {}).size(), 0);
        QCOMPARE(LineDiff::compare({u"a"_s}, {}).first().op, Op::Delete);
        QCOMPARE(LineDiff::compare({}, {u"a"_s}).first().op, Op::Insert);
        QCOMPARE(LineDiff::splitLines(u"one\r\ntwo\n"_s), QStringList({u"one"_s, u"two"_s}));
        QCOMPARE(LineDiff::splitLines(u"one"_s), QStringList({u"one"_s}));
    }

    void diffIsMinimalAndReconstructs()
    {
        QRandomGenerator rng(7);
        for (int round = 0; round < 300; ++round) {
            const QStringList a = randomLines(rng, rng.bounded(30));
            const QStringList b = randomLines(rng, rng.bounded(30));
            const QList<LineDiff::Line> lines = LineDiff::compare(a, b);
            QStringList oldSide;
            QStringList newSide;
            int edits = 0;
            for (const LineDiff::Line &l : lines) {
                if (l.op != LineDiff::Op::Insert) {
                    oldSide << l.text;
                    QCOMPARE(l.oldLine, int(oldSide.size()));
                }
                if (l.op != LineDiff::Op::Delete) {
                    newSide << l.text;
                    QCOMPARE(l.newLine, int(newSide.size()));
                }
                edits += l.op != LineDiff::Op::Equal;
            }
            QCOMPARE(oldSide, a);
            QCOMPARE(newSide, b);
            QCOMPARE(edits, int(a.size() + b.size()) - 2 * lcs(a, b));
        }
    }

    void giveUpStaysCorrect()
    {
        // Past maxEdits the middle is replaced wholesale: longer but still a valid diff.
        const QStringList a {u"1"_s, u"2"_s, u"3"_s, u"4"_s};
        const QStringList b {u"4"_s, u"3"_s, u"2"_s, u"1"_s};
        const QList<LineDiff::Line> lines = LineDiff::compare(a, b, 1);
        QCOMPARE(lines.size(), 8);
    }

    void groupsHunks()
    {
        QStringList a;
        for (int i = 1; i <= 30; ++i)
            a << QString::number(i);
        QStringList b = a;
        b[1] = u"two"_s; // line 2
        b[24] = u"25!"_s; // line 25, far away: a second hunk
        const QList<LineDiff::Hunk> hunks = LineDiff::hunks(LineDiff::compare(a, b), 3);
        QCOMPARE(hunks.size(), 2);
        QCOMPARE(hunks[0].header, u"@@ -1,5 +1,5 @@"_s);
        QCOMPARE(hunks[1].header, u"@@ -22,7 +22,7 @@"_s);
        b[5] = u"six"_s; // within 2×3 lines of line 2: merged into the first hunk
        QCOMPARE(LineDiff::hunks(LineDiff::compare(a, b), 3).size(), 2);
        QCOMPARE(LineDiff::hunks(LineDiff::compare(a, a), 3).size(), 0);
    }
};

QTEST_MAIN(TestLayerLogic)
#include "tst_layerlogic.moc"
