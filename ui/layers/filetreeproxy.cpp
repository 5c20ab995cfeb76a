// SPDX-License-Identifier: GPL-3.0-or-later
#include "filetreeproxy.h"

#include "filetreemodel.h"

using Dockwright::Core::ChangeStatus;
using namespace Qt::StringLiterals;

namespace Dockwright::Ui {

FileTreeProxy::FileTreeProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(FileTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

FileTreeProxy::~FileTreeProxy() = default;

void FileTreeProxy::setNamePattern(const QString &pattern)
{
    const QString trimmed = pattern.trimmed();
    if (trimmed == m_pattern)
        return;
    m_pattern = trimmed;
    m_matchPath = trimmed.contains(u'/');
    const bool glob = trimmed.contains(u'*') || trimmed.contains(u'?') || trimmed.contains(u'[');
    m_glob = glob ? QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                                           trimmed, QRegularExpression::UnanchoredWildcardConversion),
                        QRegularExpression::CaseInsensitiveOption)
                  : QRegularExpression();
    if (glob) // a glob names the whole file name (or path): "*.so" must not match "x.so.1"
        m_glob.setPattern(u"\\A(?:"_s + m_glob.pattern() + u")\\z"_s);
    invalidateRowsFilter();
}

void FileTreeProxy::setStatusVisible(ChangeStatus status, bool visible)
{
    const unsigned mask = visible ? (m_statusMask | (1u << int(status))) : (m_statusMask & ~(1u << int(status)));
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    invalidateRowsFilter();
}

bool FileTreeProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_pattern.isEmpty() && m_statusMask == 0xf)
        return true;
    const auto *model = static_cast<const FileTreeModel *>(sourceModel());
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    const LayerTreeSnapshot::Node *node = FileTreeModel::nodeOf(index);
    if (!node || !model->snapshot())
        return false;
    const int status = int(model->snapshot()->status[node->id]);
    if (!(m_statusMask & (1u << status)))
        return false;
    if (m_pattern.isEmpty())
        return true;
    const QString subject = m_matchPath ? model->snapshot()->image->tree->path(node) : node->displayName();
    if (!m_glob.pattern().isEmpty())
        return m_glob.match(subject).hasMatch();
    return subject.contains(m_pattern, Qt::CaseInsensitive);
}

bool FileTreeProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const FileTreeModel *>(sourceModel());
    const LayerTreeSnapshot::Node *a = FileTreeModel::nodeOf(left);
    const LayerTreeSnapshot::Node *b = FileTreeModel::nodeOf(right);
    if (!model || !model->snapshot() || !a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    const LayerTreeSnapshot &s = *model->snapshot();
    switch (left.column()) {
    case FileTreeModel::SizeColumn:
        if (s.size[a->id] != s.size[b->id])
            return s.size[a->id] < s.size[b->id];
        break;
    case FileTreeModel::StatusColumn:
        if (s.status[a->id] != s.status[b->id])
            return s.status[a->id] < s.status[b->id];
        break;
    case FileTreeModel::NameColumn:
        break;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
    // The core keeps siblings sorted by name: the source row is the name order, and ties break by it.
    return left.row() < right.row();
}

} // namespace Dockwright::Ui
