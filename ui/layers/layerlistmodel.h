// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/layerbuildjoin.h"
#include "core/image/layeredimage.h"
#include "core/image/wastereport.h"

#include <QAbstractTableModel>

namespace Dockwright::Ui {

// One row per filesystem layer of an image, base first: index, size (with a bar), the bytes of it
// that later layers hid, a build-cache marker, base or user layer, and the instruction that made it.
class LayerListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerListModel)
public:
    enum Column { IndexColumn, SizeColumn, WastedColumn, CachedColumn, OriginColumn, CommandColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        SizeFractionRole, // size ÷ largest layer size, 0..1, for the size bar
        CommandRole, // the full created_by text
        IsBaseRole,
        DockerfileLineRole, // first Dockerfile line of the build step that made the layer; 0 when unknown
    };

    explicit LayerListModel(QObject *parent = nullptr);
    ~LayerListModel() override;

    // waste may be empty (no per-layer figures: the column stays blank).
    void setImage(const Core::LayeredImagePtr &image, const Core::WasteReport &waste = {});
    const Core::LayeredImagePtr &image() const { return m_image; }
    // The layers joined to the Dockwright build that made the image (fills the Cached column and the
    // step tooltips); setImage() forgets it.
    void setBuildJoin(const Core::LayerBuildJoinResult &join);
    const Core::LayerBuildJoinResult &buildJoin() const { return m_join; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "RUN apt-get update" from "/bin/sh -c apt-get update", "CMD [..]" from "/bin/sh -c #(nop)  CMD [..]";
    // cut to maxLength characters with an ellipsis.
    static QString shortCommand(const QString &createdBy, int maxLength = 90);

private:
    QString stepToolTip(const Core::LayerBuildStep &step) const;

    Core::LayeredImagePtr m_image;
    Core::LayerBuildJoinResult m_join;
    QList<qint64> m_wasted;
    qint64 m_largest = 0;
};

} // namespace Dockwright::Ui
