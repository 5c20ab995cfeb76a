// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dockwright::Ui {

// A shortest line diff (Myers' O(ND) algorithm) and its unified rendering with context lines.
class LineDiff final
{
public:
    enum class Op { Equal, Delete, Insert };
    struct Line
    {
        Op op = Op::Equal;
        QString text;
        int oldLine = 0; // 1-based, 0 for inserted lines
        int newLine = 0; // 1-based, 0 for deleted lines
        friend bool operator==(const Line &, const Line &) = default;
    };
    struct Hunk
    {
        QList<Line> lines;
        QString header; // "@@ -3,7 +3,8 @@"
    };

    // Every line of both sides in order. Beyond maxEdits differences it stops searching and reports
    // the remaining middle as deleted then inserted (still correct, not minimal).
    static QList<Line> compare(const QStringList &before, const QStringList &after, int maxEdits = 4000);
    // The changed lines with `context` unchanged lines around them, grouped into hunks.
    static QList<Hunk> hunks(const QList<Line> &lines, int context = 3);
    // Splits text into lines without their terminators ("a\nb\n" → {"a", "b"}).
    static QStringList splitLines(const QString &text);
};

} // namespace Dockwright::Ui
