// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/run/imageruninfo.h"

#include <QAbstractTableModel>

namespace Dockwright::Ui {

// The image's run configuration (its config blob's "config": docker image inspect's .Config) as
// Field/Value rows: user, working dir, entrypoint, cmd, one row per env entry, exposed port, volume
// and label, the health check and stop signal. Each field's tooltip says what it means.
class ImageConfigModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageConfigModel)
public:
    enum Column { FieldColumn, ValueColumn, ColumnCount };

    explicit ImageConfigModel(QObject *parent = nullptr);
    ~ImageConfigModel() override;

    // config: the image config blob's "config" object (an empty object clears the model).
    void setConfig(const QJsonObject &config);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::ImageConfigRow> m_rows;
};

} // namespace Dockwright::Ui
