// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardeningmodel.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

namespace Dockwright::Ui {

using Core::Hardening;

HardeningModel::HardeningModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

HardeningModel::~HardeningModel() = default;

void HardeningModel::setReport(const Hardening::Report &report)
{
    const bool sameRows = report.items.size() == m_report.items.size()
        && std::equal(report.items.cbegin(), report.items.cend(), m_report.items.cbegin(),
            [](const Hardening::Item &a, const Hardening::Item &b) { return a.check == b.check; });
    if (!sameRows) {
        beginResetModel();
        m_report = report;
        endResetModel();
        return;
    }
    m_report = report;
    if (!m_report.items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_report.items.size()) - 1, ColumnCount - 1));
}

int HardeningModel::rowOf(Hardening::Check check) const
{
    for (int row = 0; row < m_report.items.size(); ++row) {
        if (m_report.items.at(row).check == check)
            return row;
    }
    return -1;
}

int HardeningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.items.size());
}

int HardeningModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HardeningModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hardening::Item &item = m_report.items.at(index.row());
    const bool notApplicable = item.status == Hardening::Status::NotApplicable;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FlagsColumn)
            return item.flags;
        return item.title; // greyed when not applicable; the explanation says why
    case Qt::CheckStateRole:
        if (index.column() == CheckColumn)
            return item.status == Hardening::Status::Applied ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (index.column() == FlagsColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ForegroundRole:
        if (notApplicable)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    // No tool tip: the panel beside the list shows the whole explanation of the row under the pointer.
    case SortRole:
    case WeightRole:
        return item.weight;
    case IdRole:
        return item.id;
    case StatusRole:
        return int(item.status);
    case ExplanationRole:
        return item.explanation;
    case WithoutItRole:
        return item.withoutIt;
    case DetailRole:
        return item.detail;
    }
    return {};
}

bool HardeningModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != CheckColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Q_EMIT toggled(m_report.items.at(index.row()).check, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags HardeningModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == CheckColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant HardeningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == CheckColumn ? tr("Check") : tr("Flags");
}

} // namespace Dockwright::Ui
