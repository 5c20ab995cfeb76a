// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/changestatus.h"

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace Dockwright::Ui {

// Filters a FileTreeModel by name (substring, or a glob when the text has * ? or [; matched against
// the full path when it contains '/') and by change status, keeping the parents of every match
// (recursive filtering); sorts by FileTreeModel::SortRole.
class FileTreeProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTreeProxy)
public:
    explicit FileTreeProxy(QObject *parent = nullptr);
    ~FileTreeProxy() override;

    void setNamePattern(const QString &pattern);
    QString namePattern() const { return m_pattern; }
    // Which statuses pass; all four by default. "Only changes" is everything but Unchanged.
    void setStatusVisible(Core::ChangeStatus status, bool visible);
    bool isStatusVisible(Core::ChangeStatus status) const { return m_statusMask & (1u << int(status)); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Straight from the snapshot, without QVariants: expanding a folder of 50,000 files sorts them.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_pattern;
    QRegularExpression m_glob;
    bool m_matchPath = false;
    unsigned m_statusMask = 0xf;
};

} // namespace Dockwright::Ui
