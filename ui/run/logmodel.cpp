// SPDX-License-Identifier: GPL-3.0-or-later
#include "logmodel.h"

#include "ui/theme.h"

#include <QColor>
#include <QFontDatabase>

namespace Dockwright::Ui {

using Core::LogRecord;

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

LogModel::~LogModel() = default;

void LogModel::setMaximumLines(int lines)
{
    m_maximum = qMax(1, lines);
    if (m_lines.size() > m_maximum) {
        const int drop = int(m_lines.size()) - m_maximum;
        beginRemoveRows({}, 0, drop - 1);
        m_lines.remove(0, drop);
        m_dropped += drop;
        endRemoveRows();
    }
}

void LogModel::setShowTimestamps(bool on)
{
    if (m_showTimestamps == on)
        return;
    m_showTimestamps = on;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1), {Qt::DisplayRole});
}

void LogModel::append(const QList<LogRecord> &records)
{
    QList<Line> lines;
    for (const LogRecord &record : records) {
        QString text = QString::fromUtf8(record.payload);
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        const QStringList parts = text.split(QLatin1Char('\n'));
        for (QString part : parts) {
            if (part.endsWith(QLatin1Char('\r')))
                part.chop(1);
            lines.append({record.stream, record.timestamp, part});
        }
        if (record.timestamp.isValid())
            m_lastTimestamp = record.timestamp;
    }
    appendLines(std::move(lines));
}

void LogModel::appendSystemLine(const QString &text)
{
    appendLines({{LogRecord::Stream::System, QDateTime::currentDateTimeUtc(), text}});
}

void LogModel::appendLines(QList<Line> lines)
{
    if (lines.isEmpty())
        return;
    if (lines.size() > m_maximum) {
        m_dropped += lines.size() - m_maximum;
        lines.remove(0, lines.size() - m_maximum);
    }
    const qsizetype overflow = m_lines.size() + lines.size() - m_maximum;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_lines.remove(0, overflow);
        m_dropped += overflow;
        endRemoveRows();
    }
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(lines.size()) - 1);
    m_lines.append(std::move(lines));
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_dropped = 0;
    m_lastTimestamp = {};
    endResetModel();
}

int LogModel::find(const QString &text, int from, bool backwards) const
{
    const int count = int(m_lines.size());
    if (text.isEmpty() || count == 0)
        return -1;
    for (int step = 1; step <= count; ++step) {
        const int row = ((backwards ? from - step : from + step) % count + count) % count;
        if (m_lines.at(row).text.contains(text, Qt::CaseInsensitive))
            return row;
    }
    return -1;
}

QString LogModel::displayText(const Line &line) const
{
    if (!m_showTimestamps || !line.timestamp.isValid())
        return line.text;
    return line.timestamp.toLocalTime().toString(Qt::ISODateWithMs) + QLatin1String("  ") + line.text;
}

QString LogModel::toPlainText() const
{
    QString text;
    for (const Line &line : m_lines) {
        if (line.stream == LogRecord::Stream::Stderr)
            text += QLatin1String("[stderr] ");
        text += displayText(line) + QLatin1Char('\n');
    }
    return text;
}

QColor LogModel::streamColor(LogRecord::Stream stream)
{
    // Readable on both light and dark palettes; stdout keeps the palette's own text colour.
    if (stream == LogRecord::Stream::Stderr)
        return Theme::color(Theme::Tone::Error);
    if (stream == LogRecord::Stream::System)
        return Theme::color(Theme::Tone::Info);
    return {};
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(line);
    case TextRole:
        return line.text;
    case StreamRole:
        return int(line.stream);
    case TimestampRole:
        return line.timestamp;
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case Qt::ForegroundRole: {
        const QColor color = streamColor(line.stream);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::ToolTipRole:
        switch (line.stream) {
        case LogRecord::Stream::Stderr:
            return tr("standard error");
        case LogRecord::Stream::System:
            return tr("Dockwright");
        default:
            return tr("standard output");
        }
    }
    return {};
}

} // namespace Dockwright::Ui
