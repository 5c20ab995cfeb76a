// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace Dockwright::Ui {

// The capabilities a container may get back after --cap-drop=ALL, as a checkable list with what each
// one allows. Capabilities named by a pasted command that are not in the list are added as rows.
class CapabilitiesModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilitiesModel)
public:
    enum Role { NameRole = Qt::UserRole, DescriptionRole };

    explicit CapabilitiesModel(QObject *parent = nullptr);
    ~CapabilitiesModel() override;

    // Checks exactly these (normalized: "NET_ADMIN"), in the order given.
    void setChecked(const QStringList &capabilities);
    // The checked capabilities, in list order.
    QStringList checked() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Capability
    {
        QString name;
        QString description;
        bool checked = false;
    };
    QList<Capability> m_caps;
};

} // namespace Dockwright::Ui
