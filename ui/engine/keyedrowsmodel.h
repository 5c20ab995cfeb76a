// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Dockwright::Ui {

// A flat table of engine resources keyed by id. syncRows() turns a fresh listing into row removals,
// in-place updates and insertions instead of a model reset, so views keep selection and scroll
// position when the engine list is refetched. Row must have a QString `id`.
template<typename Row>
class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    // Row of the resource with this id, or -1.
    int rowOfId(const QString &id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        return -1;
    }

    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }

protected:
    // True when both rows would display the same; decides whether dataChanged is emitted.
    virtual bool sameContent(const Row &a, const Row &b) const = 0;

    void syncRows(const QList<Row> &incoming)
    {
        QHash<QString, qsizetype> wanted;
        for (qsizetype i = 0; i < incoming.size(); ++i)
            wanted.insert(incoming.at(i).id, i);

        // Removals first, one contiguous run at a time from the end so earlier rows keep their numbers.
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (wanted.contains(m_rows.at(row).id)) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !wanted.contains(m_rows.at(first - 1).id))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }

        QSet<QString> present;
        for (int row = 0; row < m_rows.size(); ++row) {
            const Row &fresh = incoming.at(wanted.value(m_rows.at(row).id));
            present.insert(fresh.id);
            if (!sameContent(m_rows.at(row), fresh)) {
                m_rows[row] = fresh;
                Q_EMIT this->dataChanged(this->index(row, 0), this->index(row, columnCount() - 1));
            }
        }

        QList<Row> added;
        for (const Row &row : incoming) {
            if (!present.contains(row.id)) {
                present.insert(row.id);
                added.append(row);
            }
        }
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            m_rows.append(added);
            endInsertRows();
        }
    }

    QList<Row> m_rows;
};

} // namespace Dockwright::Ui
