// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagediffmodel.h"

#include "changestyle.h"
#include "core/common/bytesize.h"

#include <QApplication>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace Dockwright::Ui {

ImageDiffModel::ImageDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ImageDiffModel::~ImageDiffModel() = default;

void ImageDiffModel::setResult(const ImageDiff::Result &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int ImageDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.entries.size());
}

int ImageDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.entries.size())
        return {};
    const ImageDiff::Entry &e = m_result.entries[index.row()];
    const qint64 before = e.status == ChangeStatus::Added ? 0
        : e.status == ChangeStatus::Deleted               ? e.size
                                                          : e.previousSize;
    const qint64 after = e.status == ChangeStatus::Deleted ? 0 : e.size;
    const bool dir = e.type == LayerEntry::Type::Directory;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn:
            return dir ? e.path + u'/' : e.path;
        case StatusColumn:
            return QString(ChangeStyle::marker(e.status) + u' ' + ChangeStyle::label(e.status));
        case BeforeColumn:
            return dir || e.status == ChangeStatus::Added ? QString() : formatBytes(before, QLocale());
        case AfterColumn:
            return dir || e.status == ChangeStatus::Deleted ? QString() : formatBytes(after, QLocale());
        case DeltaColumn: {
            if (dir || after == before)
                return QString();
            return QString((after > before ? u"+"_s : u"\u2212"_s) + formatBytes(qAbs(after - before), QLocale()));
        }
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn || index.column() == PathColumn)
            return ChangeStyle::foreground(e.status, QApplication::palette());
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= BeforeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(e.status);
        case BeforeColumn:
            return before;
        case AfterColumn:
            return after;
        case DeltaColumn:
            return qAbs(after - before);
        default:
            return e.path;
        }
    case StatusRole:
        return int(e.status);
    default:
        return {};
    }
}

QVariant ImageDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Change");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case DeltaColumn:
        return tr("Difference");
    default:
        return {};
    }
}

} // namespace Dockwright::Ui
