// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/resources.h"
#include "keyedrowsmodel.h"

#include <QDateTime>

namespace Dockwright::Ui {

// The engine's images, one row per image id (all its tags in the first column). Fed with
// setImages() from GET /images/json; rows are updated in place so selections survive a refresh.
class ImagesModel final : public KeyedRowsModel<Dockwright::Core::ImageSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesModel)
public:
    enum Column { RepositoryColumn, IdColumn, SizeColumn, CreatedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // numbers for size and time, lower-case text otherwise
        IdRole, // full sha256:... id
        FilterRole, // every tag, digest and the id, for the filter box
    };

    explicit ImagesModel(QObject *parent = nullptr);
    ~ImagesModel() override;

    void setImages(const QList<Dockwright::Core::ImageSummary> &images);
    // Fixes "now" for relative times (tests); an invalid time means the clock.
    void setReferenceTime(const QDateTime &now);
    // Re-renders the relative "Created" texts, which age while the list itself does not change.
    void refreshTimes();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The tags worth showing: "<none>:<none>" removed.
    static QStringList visibleTags(const Dockwright::Core::ImageSummary &image);

protected:
    bool sameContent(const Dockwright::Core::ImageSummary &a, const Dockwright::Core::ImageSummary &b) const override;

private:
    QDateTime now() const;

    QDateTime m_referenceTime;
};

} // namespace Dockwright::Ui
