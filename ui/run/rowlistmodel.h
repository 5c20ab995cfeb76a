// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace Dockwright::Ui {

// A flat, editable table over a QList of value rows (ports, environment, mounts). The run panel
// loads rows from a RunProfile with setRows() and reads them back with rows(); every edit goes
// through the model's own signals, which the panel turns into a new command line.
template<typename Row>
class RowListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    void setRows(const QList<Row> &rows)
    {
        if (rows == m_rows)
            return;
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    // Appends a row and returns its number.
    int appendRow(const Row &row)
    {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(row);
        endInsertRows();
        return at;
    }

    bool removeRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
            return false;
        beginRemoveRows({}, row, row + count - 1);
        m_rows.remove(row, count);
        endRemoveRows();
        return true;
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
    }

protected:
    // Replaces one row and reports the change for the whole row.
    void updateRow(int row, const Row &value)
    {
        if (m_rows.at(row) == value)
            return;
        m_rows[row] = value;
        Q_EMIT this->dataChanged(this->index(row, 0), this->index(row, this->columnCount() - 1));
    }

    QList<Row> m_rows;
};

} // namespace Dockwright::Ui
