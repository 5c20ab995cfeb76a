// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/run/logrecord.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDateTime>
#include <QList>

namespace Dockwright::Ui {

// A container's output as lines, stdout and stderr told apart by colour, capped at maximumLines
// (oldest lines dropped) so a chatty container keeps the view responsive.
class LogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)
public:
    enum Role { StreamRole = Qt::UserRole, TimestampRole, TextRole };

    struct Line
    {
        Core::LogRecord::Stream stream = Core::LogRecord::Stream::Stdout;
        QDateTime timestamp;
        QString text;
    };

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    void setMaximumLines(int lines);
    int maximumLines() const { return m_maximum; }
    void setShowTimestamps(bool on);
    bool showTimestamps() const { return m_showTimestamps; }

    // Splits each record into lines and appends them, dropping the oldest beyond the cap.
    void append(const QList<Core::LogRecord> &records);
    void appendSystemLine(const QString &text); // Dockwright's own notes ("container exited with 0")
    void clear();
    const QList<Line> &lines() const { return m_lines; }
    QDateTime lastTimestamp() const { return m_lastTimestamp; }
    // Lines dropped because of the cap since the last clear().
    qint64 droppedLines() const { return m_dropped; }

    // Next row after `from` (before it when backwards) whose text contains `text`, wrapping; -1 if none.
    int find(const QString &text, int from, bool backwards = false) const;
    // The lines as shown (with timestamps when they are on), "[stderr] " marking error output.
    QString toPlainText() const;

    // The colour of a stream on the current palette; invalid (the palette's text colour) for stdout.
    static QColor streamColor(Core::LogRecord::Stream stream);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void appendLines(QList<Line> lines);
    QString displayText(const Line &line) const;

    QList<Line> m_lines;
    QDateTime m_lastTimestamp;
    qint64 m_dropped = 0;
    int m_maximum = 10000;
    bool m_showTimestamps = false;
};

} // namespace Dockwright::Ui
