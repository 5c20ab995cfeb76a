// SPDX-License-Identifier: GPL-3.0-or-later
#include "wastedfilesmodel.h"

#include "core/common/bytesize.h"

using namespace Dockwright::Core;

namespace Dockwright::Ui {

WastedFilesModel::WastedFilesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

WastedFilesModel::~WastedFilesModel() = default;

void WastedFilesModel::setReport(const WasteReport &report)
{
    beginResetModel();
    m_paths = report.topWasted;
    endResetModel();
}

int WastedFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_paths.size());
}

int WastedFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WastedFilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_paths.size())
        return {};
    const WastedPath &p = m_paths[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn:
            return p.removed ? tr("%1 (deleted)").arg(p.path) : p.path;
        case WastedColumn:
            return formatBytes(p.wastedBytes, QLocale());
        case LayersColumn:
            return p.copies;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return p.removed
            ? tr("%1: stored in %n layer(s), deleted later, so every stored byte is waste.", nullptr, p.copies)
                  .arg(p.path)
            : tr("%1: stored in %n layer(s); only the last copy is visible.", nullptr, p.copies).arg(p.path);
    case Qt::TextAlignmentRole:
        return index.column() == PathColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case WastedColumn:
            return p.wastedBytes;
        case LayersColumn:
            return p.copies;
        default:
            return p.path;
        }
    case NodeRole:
        return quintptr(p.node);
    case WastedFractionRole:
        return m_paths.isEmpty() || m_paths.first().wastedBytes <= 0
            ? 0.0
            : double(p.wastedBytes) / double(m_paths.first().wastedBytes);
    default:
        return {};
    }
}

QVariant WastedFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("Path");
    case WastedColumn:
        return tr("Wasted");
    case LayersColumn:
        return tr("Layers");
    default:
        return {};
    }
}

} // namespace Dockwright::Ui
