// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcontainersproxy.h"

#include "ui/engine/containersmodel.h"

namespace Dockwright::Ui {

namespace {

// docker's short form: a reference without a tag means :latest.
QString normalisedImage(const QString &image)
{
    if (image.isEmpty() || image.contains(QLatin1Char('@')))
        return image;
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    return image.indexOf(QLatin1Char(':'), slash + 1) < 0 ? image + QLatin1String(":latest") : image;
}

} // namespace

RunContainersProxy::RunContainersProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContainersModel::SortRole);
}

RunContainersProxy::~RunContainersProxy() = default;

void RunContainersProxy::setImage(const QString &image)
{
    const QString normalised = normalisedImage(image);
    if (normalised == m_image)
        return;
    m_image = normalised;
    invalidateRowsFilter();
}

void RunContainersProxy::addContainer(const QString &id)
{
    if (id.isEmpty() || m_ids.contains(id))
        return;
    m_ids.insert(id);
    invalidateRowsFilter();
}

QString RunContainersProxy::idAt(int row) const
{
    return index(row, 0).data(ContainersModel::IdRole).toString();
}

int RunContainersProxy::rowOfId(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

bool RunContainersProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QString id
        = source->index(sourceRow, ContainersModel::NameColumn, sourceParent).data(ContainersModel::IdRole).toString();
    if (m_ids.contains(id))
        return true;
    if (m_image.isEmpty())
        return false;
    const QString image = source->index(sourceRow, ContainersModel::ImageColumn, sourceParent).data().toString();
    return normalisedImage(image) == m_image;
}

} // namespace Dockwright::Ui
