// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/imagediff.h"

#include <QAbstractTableModel>

namespace Dockwright::Ui {

// The paths that differ between two images (ImageDiff::Result), one row each: path, change, size
// before and after, and the difference.
class ImageDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDiffModel)
public:
    enum Column { PathColumn, StatusColumn, BeforeColumn, AfterColumn, DeltaColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole };

    explicit ImageDiffModel(QObject *parent = nullptr);
    ~ImageDiffModel() override;

    void setResult(const Core::ImageDiff::Result &result);
    const Core::ImageDiff::Result &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Core::ImageDiff::Result m_result;
};

} // namespace Dockwright::Ui
