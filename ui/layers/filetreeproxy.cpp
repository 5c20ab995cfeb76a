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
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int status = index.data(FileTreeModel::StatusRole).toInt();
    if (!(m_statusMask & (1u << status)))
        return false;
    if (m_pattern.isEmpty())
        return true;
    const QString subject = m_matchPath ? index.data(FileTreeModel::PathRole).toString()
                                        : FileTreeModel::nodeOf(index)->displayName();
    if (m_glob.isValid() && !m_glob.pattern().isEmpty())
        return m_glob.match(subject).hasMatch();
    return subject.contains(m_pattern, Qt::CaseInsensitive);
}

} // namespace Dockwright::Ui
