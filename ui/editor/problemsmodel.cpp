// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemsmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Dockwright::Ui {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ProblemsModel::~ProblemsModel() = default;

void ProblemsModel::setDiagnostics(const QList<Core::LintDiagnostic> &diagnostics)
{
    if (diagnostics == m_diagnostics)
        return; // keeps the view's selection and scroll position while typing
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int ProblemsModel::count(Core::LintSeverity severity) const
{
    return int(std::count_if(m_diagnostics.cbegin(), m_diagnostics.cend(),
        [severity](const Core::LintDiagnostic &d) { return d.severity == severity; }));
}

QModelIndex ProblemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_diagnostics.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex ProblemsModel::parent(const QModelIndex &) const
{
    return {};
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemsModel::severityText(Core::LintSeverity severity)
{
    switch (severity) {
    case Core::LintSeverity::Error:
        return tr("Error");
    case Core::LintSeverity::Warning:
        return tr("Warning");
    case Core::LintSeverity::Info:
        break;
    }
    return tr("Info");
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::LintDiagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageColumn:
            return d.message;
        case RuleColumn:
            return d.ruleId;
        case LineColumn:
            return d.range.startLine;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == MessageColumn) {
            const QStyle::StandardPixmap pixmap = d.severity == Core::LintSeverity::Error
                ? QStyle::SP_MessageBoxCritical
                : d.severity == Core::LintSeverity::Warning ? QStyle::SP_MessageBoxWarning
                                                            : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(pixmap);
        }
        break;
    case Qt::ToolTipRole:
        return QString(severityText(d.severity) + QStringLiteral(": ") + d.message);
    case Qt::AccessibleTextRole:
        return tr("%1 on line %2: %3").arg(severityText(d.severity)).arg(d.range.startLine).arg(d.message);
    case SortRole:
        switch (index.column()) {
        case MessageColumn:
            return d.message.toLower();
        case RuleColumn:
            return d.ruleId.toLower();
        case LineColumn:
            return d.range.startLine * 10000 + d.range.startColumn;
        }
        break;
    case LineRole:
        return d.range.startLine;
    case ColumnRole:
        return d.range.startColumn;
    case SeverityRole:
        return int(d.severity);
    case RuleIdRole:
        return d.ruleId;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Problem");
    case RuleColumn:
        return tr("Rule");
    case LineColumn:
        return tr("Line");
    }
    return {};
}

} // namespace Dockwright::Ui
