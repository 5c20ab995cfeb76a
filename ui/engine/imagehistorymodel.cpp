// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagehistorymodel.h"

#include "core/common/bytesize.h"
#include "core/common/timetext.h"

#include <QLocale>

namespace Dockwright::Ui {

ImageHistoryModel::ImageHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ImageHistoryModel::~ImageHistoryModel() = default;

void ImageHistoryModel::setEntries(const QList<Core::ImageHistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ImageHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImageHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImageHistoryModel::instruction(const QString &createdBy)
{
    // The classic builder records each step as the shell command it ran, metadata steps with a marker.
    static const QLatin1String shell("/bin/sh -c ");
    static const QLatin1String nop("#(nop) ");
    QString text = createdBy;
    if (!text.startsWith(shell))
        return text.trimmed();
    text = text.mid(shell.size()).trimmed();
    if (text.startsWith(nop))
        return text.mid(nop.size()).trimmed();
    return QLatin1String("RUN ") + text;
}

QVariant ImageHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::ImageHistoryEntry &entry = m_entries.at(index.row());
    const QString shortId = entry.isMissing() ? QString() : Core::truncateId(entry.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return entry.isMissing() ? tr("(not stored)") : shortId;
        case CreatedColumn:
            return Core::TimeText::relative(
                entry.created, m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc());
        case CreatedByColumn:
            return instruction(entry.createdBy);
        case SizeColumn:
            return Core::formatBytes(entry.size, QLocale());
        case CommentColumn:
            return entry.comment;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case CreatedColumn:
            return entry.created.toMSecsSinceEpoch();
        case SizeColumn:
            return entry.size;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IdColumn:
            return entry.isMissing()
                ? tr("This step's image is not stored here (it was built elsewhere, or by BuildKit); its layer is.")
                : entry.id
                    + (entry.tags.isEmpty() ? QString() : QLatin1Char('\n') + entry.tags.join(QLatin1Char('\n')));
        case CreatedColumn:
            return Core::TimeText::absolute(entry.created);
        case CreatedByColumn:
            return entry.createdBy;
        case SizeColumn:
            return tr("%1 bytes").arg(QLocale().toString(entry.size));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ImageHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Image");
    case CreatedColumn:
        return tr("Created");
    case CreatedByColumn:
        return tr("Created By");
    case SizeColumn:
        return tr("Size");
    case CommentColumn:
        return tr("Comment");
    }
    return {};
}

} // namespace Dockwright::Ui
