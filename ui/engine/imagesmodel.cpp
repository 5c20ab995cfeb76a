// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagesmodel.h"

#include "core/common/bytesize.h"
#include "core/common/timetext.h"

#include <QFont>
#include <QLocale>

using Dockwright::Core::ImageSummary;

namespace Dockwright::Ui {

ImagesModel::ImagesModel(QObject *parent)
    : KeyedRowsModel(parent)
{ }

ImagesModel::~ImagesModel() = default;

void ImagesModel::setImages(const QList<ImageSummary> &images)
{
    syncRows(images);
}

void ImagesModel::setReferenceTime(const QDateTime &now)
{
    m_referenceTime = now;
    refreshTimes();
}

void ImagesModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, CreatedColumn), index(int(m_rows.size()) - 1, CreatedColumn), {Qt::DisplayRole});
}

QDateTime ImagesModel::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

int ImagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ImagesModel::visibleTags(const ImageSummary &image)
{
    QStringList tags;
    for (const QString &tag : image.repoTags) {
        if (tag != QLatin1String("<none>:<none>"))
            tags.append(tag);
    }
    return tags;
}

QVariant ImagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageSummary &image = m_rows.at(index.row());
    const QStringList tags = visibleTags(image);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RepositoryColumn:
            return tags.isEmpty() ? tr("(untagged)") : tags.join(QLatin1String(", "));
        case IdColumn:
            return image.shortId();
        case SizeColumn:
            return Core::formatBytes(image.size, QLocale());
        case CreatedColumn:
            return Core::TimeText::relative(image.created, now());
        }
        break;
    case SortRole:
        switch (index.column()) {
        case RepositoryColumn:
            // Untagged images sort after the tagged ones.
            return tags.isEmpty() ? QStringLiteral("\uffff") : tags.join(QLatin1String(", ")).toLower();
        case IdColumn:
            return image.shortId();
        case SizeColumn:
            return image.size;
        case CreatedColumn:
            return image.created.toMSecsSinceEpoch();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RepositoryColumn:
            return tags.isEmpty() ? tr("This image has no name. It is usually an older build whose tag moved "
                                       "to a newer image.")
                                  : tags.join(QLatin1Char('\n'));
        case IdColumn:
            return image.id;
        case SizeColumn:
            return tr("%1 bytes").arg(QLocale().toString(image.size));
        case CreatedColumn:
            return Core::TimeText::absolute(image.created);
        }
        break;
    case Qt::FontRole:
        if (index.column() == RepositoryColumn && tags.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return image.id;
    case FilterRole:
        return QStringList {tags.join(QLatin1Char(' ')), image.repoDigests.join(QLatin1Char(' ')), image.id}.join(
            QLatin1Char(' '));
    }
    return {};
}

QVariant ImagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RepositoryColumn:
            return tr("Repository:Tag");
        case IdColumn:
            return tr("Image ID");
        case SizeColumn:
            return tr("Size");
        case CreatedColumn:
            return tr("Created");
        }
    } else if (role == Qt::TextAlignmentRole && section == SizeColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case RepositoryColumn:
            return tr("The names (repository and tag) this image is known by.");
        case IdColumn:
            return tr("The first 12 digits of the image's content hash; enough to tell images apart.");
        case SizeColumn:
            return tr("Disk space of all the image's layers, including layers shared with other images.");
        case CreatedColumn:
            return tr("When the image was built.");
        }
    }
    return {};
}

bool ImagesModel::sameContent(const ImageSummary &a, const ImageSummary &b) const
{
    return a.id == b.id && a.repoTags == b.repoTags && a.repoDigests == b.repoDigests && a.size == b.size
        && a.created == b.created && a.containers == b.containers;
}

} // namespace Dockwright::Ui
