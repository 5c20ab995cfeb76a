// SPDX-License-Identifier: GPL-3.0-or-later
#include "mountsmodel.h"

namespace Dockwright::Ui {

using Mount = Core::RunProfile::Mount;

MountsModel::MountsModel(Mount::Type type, QObject *parent)
    : RowListModel(parent)
    , m_type(type)
{ }

MountsModel::~MountsModel() = default;

Mount MountsModel::newMount(const QString &source, const QString &target) const
{
    Mount mount;
    mount.type = m_type;
    mount.source = source;
    mount.target = target;
    mount.readOnly = true;
    return mount;
}

int MountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mount &mount = m_rows.at(index.row());
    if (index.column() == ReadOnlyColumn) {
        if (role == Qt::CheckStateRole)
            return mount.readOnly ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Read-only: the container can read these files but not change or delete them.");
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return index.column() == SourceColumn ? mount.source : mount.target;
    if (role == Qt::ToolTipRole && index.column() == SourceColumn)
        return m_type == Mount::Type::Bind ? tr("An absolute folder or file path on this computer.")
                                           : tr("The name of a volume the engine manages; it is created if missing.");
    return {};
}

bool MountsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Mount mount = m_rows.at(index.row());
    if (index.column() == ReadOnlyColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        mount.readOnly = value.value<Qt::CheckState>() == Qt::Checked;
    } else {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString().trimmed();
        if (index.column() == TargetColumn) {
            if (!text.startsWith(QLatin1Char('/')))
                return false; // the engine only takes absolute container paths
            mount.target = text;
        } else {
            if (text.isEmpty())
                return false;
            mount.source = text;
        }
    }
    updateRow(index.row(), mount);
    return true;
}

Qt::ItemFlags MountsModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() == ReadOnlyColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
    return RowListModel::flags(index);
}

QVariant MountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return m_type == Mount::Type::Bind ? tr("Host path") : tr("Volume");
    case TargetColumn:
        return tr("Path in container");
    case ReadOnlyColumn:
        return tr("Read-only");
    }
    return {};
}

} // namespace Dockwright::Ui
