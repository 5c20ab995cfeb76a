// SPDX-License-Identifier: GPL-3.0-or-later
#include "tmpfsmodel.h"

#include "core/run/rununits.h"

namespace Dockwright::Ui {

using Tmpfs = Core::RunProfile::Tmpfs;

namespace {
bool *flagOf(Tmpfs &t, int column)
{
    switch (column) {
    case TmpfsModel::NosuidColumn:
        return &t.nosuid;
    case TmpfsModel::NodevColumn:
        return &t.nodev;
    case TmpfsModel::NoexecColumn:
        return &t.noexec;
    }
    return nullptr;
}
} // namespace

TmpfsModel::TmpfsModel(QObject *parent)
    : RowListModel(parent)
{ }

TmpfsModel::~TmpfsModel() = default;

int TmpfsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TmpfsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    Tmpfs t = m_rows.at(index.row());
    if (bool *flag = flagOf(t, index.column())) {
        if (role == Qt::CheckStateRole)
            return *flag ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole) {
            switch (index.column()) {
            case NosuidColumn:
                return tr(
                    "nosuid: setuid bits on files here are ignored, so nothing written here can raise privileges.");
            case NodevColumn:
                return tr("nodev: device files created here do not work, so they cannot open host devices.");
            case NoexecColumn:
                return tr("noexec: programs written here cannot be run, so a downloaded payload cannot start.");
            }
        }
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (index.column() == PathColumn)
            return t.target;
        if (role == Qt::DisplayRole && t.size.isEmpty())
            return tr("unlimited");
        return t.size;
    }
    if (role == Qt::ToolTipRole && index.column() == SizeColumn)
        return tr("The most this tmpfs may hold, such as 64m or 1g; it counts against the container's memory.");
    return {};
}

bool TmpfsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Tmpfs t = m_rows.at(index.row());
    if (bool *flag = flagOf(t, index.column())) {
        if (role != Qt::CheckStateRole)
            return false;
        *flag = value.value<Qt::CheckState>() == Qt::Checked;
    } else {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString().trimmed();
        if (index.column() == PathColumn) {
            if (!text.startsWith(QLatin1Char('/')))
                return false;
            t.target = text;
        } else {
            if (!text.isEmpty() && !Core::RunUnits::parseBytes(text))
                return false;
            t.size = text.toLower();
        }
    }
    updateRow(index.row(), t);
    return true;
}

Qt::ItemFlags TmpfsModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() >= NosuidColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
    return RowListModel::flags(index);
}

QVariant TmpfsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("Path");
    case SizeColumn:
        return tr("Size");
    case NosuidColumn:
        return QStringLiteral("nosuid");
    case NodevColumn:
        return QStringLiteral("nodev");
    case NoexecColumn:
        return QStringLiteral("noexec");
    }
    return {};
}

} // namespace Dockwright::Ui
