// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/run/hardening.h"

#include <QAbstractTableModel>

namespace Dockwright::Ui {

// The hardening checklist of the current profile: one checkable row per check (ticked = applied),
// with the flags it stands for. Ticking a row does not change the model: it asks for the change with
// toggled(), and the panel applies it to the profile and hands the new report back with setReport().
class HardeningModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardeningModel)
public:
    enum Column { CheckColumn, FlagsColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // weight, heaviest first
        IdRole, // "read-only", "cap-drop-all", ...
        StatusRole, // Hardening::Status as int
        ExplanationRole,
        WithoutItRole,
        DetailRole,
        WeightRole,
    };

    explicit HardeningModel(QObject *parent = nullptr);
    ~HardeningModel() override;

    void setReport(const Core::Hardening::Report &report);
    const Core::Hardening::Report &report() const { return m_report; }
    // Row of a check, or -1.
    int rowOf(Core::Hardening::Check check) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void toggled(Dockwright::Core::Hardening::Check check, bool on);

private:
    Core::Hardening::Report m_report;
};

} // namespace Dockwright::Ui
