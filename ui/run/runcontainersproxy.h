// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace Dockwright::Ui {

// The run area's view of the shared ContainersModel: the containers this form started, plus every
// container of the form's image, so several can be followed and managed from the Run page while the
// Containers page shows the same rows.
class RunContainersProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunContainersProxy)
public:
    explicit RunContainersProxy(QObject *parent = nullptr);
    ~RunContainersProxy() override;

    // The form's image; "" shows only the started containers. "busybox" and "busybox:latest" match.
    void setImage(const QString &image);
    void addContainer(const QString &id);
    QString idAt(int row) const;
    int rowOfId(const QString &id) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_image; // normalised
    QSet<QString> m_ids;
};

} // namespace Dockwright::Ui
