// SPDX-License-Identifier: GPL-3.0-or-later
#include "filetreemodel.h"

#include "changestyle.h"
#include "core/common/bytesize.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

using Node = LayerTreeSnapshot::Node;

FileTreeModel::FileTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

FileTreeModel::~FileTreeModel() = default;

void FileTreeModel::setSnapshot(LayerTreeSnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

const Node *FileTreeModel::nodeOf(const QModelIndex &index)
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : nullptr;
}

QModelIndex FileTreeModel::indexForNode(const Node *node) const
{
    if (!m_snapshot || !node || node == m_snapshot->root() || node->id >= m_snapshot->row.size()
        || !m_snapshot->isShown(node))
        return {};
    // Shown nodes have shown parents, so the row table is valid here.
    return createIndex(int(m_snapshot->row[node->id]), 0, const_cast<Node *>(node));
}

QModelIndex FileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_snapshot || row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = parent.isValid() ? nodeOf(parent) : m_snapshot->root();
    if (quint32(row) >= m_snapshot->childCount[p->id])
        return {};
    return createIndex(row, column, const_cast<Node *>(m_snapshot->childAt(p, quint32(row))));
}

QModelIndex FileTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || !m_snapshot || node->parent == m_snapshot->root())
        return {};
    return createIndex(int(m_snapshot->row[node->parent->id]), 0, const_cast<Node *>(node->parent));
}

int FileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_snapshot || (parent.isValid() && parent.column() != 0))
        return 0;
    const Node *p = parent.isValid() ? nodeOf(parent) : m_snapshot->root();
    return int(m_snapshot->childCount[p->id]);
}

int FileTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString FileTreeModel::modeString(const LayerEntry &entry)
{
    QChar type = u'-';
    switch (entry.type) {
    case LayerEntry::Type::Directory:
        type = u'd';
        break;
    case LayerEntry::Type::Symlink:
        type = u'l';
        break;
    case LayerEntry::Type::Hardlink:
        type = u'h';
        break;
    case LayerEntry::Type::CharDevice:
        type = u'c';
        break;
    case LayerEntry::Type::BlockDevice:
        type = u'b';
        break;
    case LayerEntry::Type::Fifo:
        type = u'p';
        break;
    default:
        break;
    }
    QString s(10, u'-');
    s[0] = type;
    const quint32 m = entry.mode;
    const char *letters = "rwxrwxrwx";
    for (int bit = 0; bit < 9; ++bit) {
        if (m & (0400u >> bit))
            s[bit + 1] = QLatin1Char(letters[bit]);
    }
    if (m & 04000)
        s[3] = (m & 0100) ? u's' : u'S';
    if (m & 02000)
        s[6] = (m & 0010) ? u's' : u'S';
    if (m & 01000)
        s[9] = (m & 0001) ? u't' : u'T';
    return s;
}

QVariant FileTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node || !m_snapshot)
        return {};
    const LayerEntry *entry = m_snapshot->entry[node->id];
    const ChangeStatus status = m_snapshot->status[node->id];
    const bool isDir = !entry || entry->isDirectory() || m_snapshot->childCount[node->id] > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (entry && entry->type == LayerEntry::Type::Symlink)
                return tr("%1 → %2").arg(node->displayName(), QString::fromUtf8(entry->linkTarget()));
            return node->displayName();
        case StatusColumn:
            return status == ChangeStatus::Unchanged ? QString()
                                                     : ChangeStyle::marker(status) + u' ' + ChangeStyle::label(status);
        case SizeColumn:
            return formatBytes(m_snapshot->size[node->id], QLocale());
        case ModeColumn:
            return entry ? modeString(*entry) : QString();
        case OwnerColumn:
            return entry ? QStringLiteral("%1:%2").arg(entry->uid).arg(entry->gid) : QString();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        if (entry && entry->type == LayerEntry::Type::Symlink)
            return QApplication::style()->standardIcon(QStyle::SP_FileLinkIcon);
        return QApplication::style()->standardIcon(isDir ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    case Qt::ForegroundRole:
        if (status == ChangeStatus::Unchanged || index.column() > StatusColumn)
            return {};
        return ChangeStyle::foreground(status, QApplication::palette());
    case Qt::FontRole:
        if (status == ChangeStatus::Deleted && index.column() == NameColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return m_snapshot->image->tree->path(node);
    case SortRole:
        if (index.column() == SizeColumn)
            return m_snapshot->size[node->id];
        if (index.column() == StatusColumn)
            return int(status);
        return node->displayName().toLower();
    case StatusRole:
        return int(status);
    case NodeRole:
        return quintptr(node);
    case PathRole:
        return m_snapshot->image->tree->path(node);
    case SizeRole:
        return m_snapshot->size[node->id];
    default:
        return {};
    }
}

QVariant FileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Change");
    case SizeColumn:
        return tr("Size");
    case ModeColumn:
        return tr("Mode");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

} // namespace Dockwright::Ui
