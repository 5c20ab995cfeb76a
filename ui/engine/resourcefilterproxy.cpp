// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcefilterproxy.h"

namespace Dockwright::Ui {

ResourceFilterProxy::ResourceFilterProxy(int sortRole, int filterRole, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(sortRole);
    setFilterRole(filterRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

ResourceFilterProxy::~ResourceFilterProxy() = default;

void ResourceFilterProxy::setFilterText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool ResourceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(filterRole()).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Dockwright::Ui
