// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/lintrule.h"

#include <QAbstractItemModel>

namespace Dockwright::Ui {

// The Problems view: one row per diagnostic with its severity icon, message, rule id and line.
class ProblemsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)
public:
    enum Column { MessageColumn, RuleColumn, LineColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        LineRole, // 1-based start line
        ColumnRole, // 1-based start column
        SeverityRole, // int(Core::LintSeverity)
        RuleIdRole,
    };

    explicit ProblemsModel(QObject *parent = nullptr);
    ~ProblemsModel() override;

    void setDiagnostics(const QList<Core::LintDiagnostic> &diagnostics);
    const QList<Core::LintDiagnostic> &diagnostics() const { return m_diagnostics; }
    // Counts per severity, for a "2 errors, 1 warning" summary.
    int count(Core::LintSeverity severity) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(Core::LintSeverity severity);

private:
    QList<Core::LintDiagnostic> m_diagnostics;
};

} // namespace Dockwright::Ui
