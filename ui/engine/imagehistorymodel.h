// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/resources.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace Dockwright::Ui {

// docker history as a table: one row per build step of an image, newest first, as the engine lists them.
class ImageHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageHistoryModel)
public:
    enum Column { IdColumn, CreatedColumn, CreatedByColumn, SizeColumn, CommentColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // numbers for size and time, text otherwise
    };

    explicit ImageHistoryModel(QObject *parent = nullptr);
    ~ImageHistoryModel() override;

    void setEntries(const QList<Core::ImageHistoryEntry> &entries);
    const QList<Core::ImageHistoryEntry> &entries() const { return m_entries; }
    // Fixes "now" for the relative Created texts (tests); an invalid time means the clock.
    void setReferenceTime(const QDateTime &now) { m_referenceTime = now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The step as a Dockerfile line: "/bin/sh -c #(nop)  CMD ["sh"]" -> "CMD ["sh"]",
    // "/bin/sh -c apk add x" -> "RUN apk add x"; BuildKit's own text is kept.
    static QString instruction(const QString &createdBy);

private:
    QList<Core::ImageHistoryEntry> m_entries;
    QDateTime m_referenceTime;
};

} // namespace Dockwright::Ui
