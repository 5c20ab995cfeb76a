// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Dockwright::Ui {

// Sorts a resource model by its SortRole and keeps the rows whose filter text (the model's FilterRole
// on column 0) contains every word typed in the filter box, case-insensitively.
class ResourceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceFilterProxy)
public:
    // sortRole and filterRole are the source model's role numbers (both models use UserRole, UserRole+2).
    ResourceFilterProxy(int sortRole, int filterRole, QObject *parent = nullptr);
    ~ResourceFilterProxy() override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace Dockwright::Ui
