// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerlistmodel.h"

#include "core/common/bytesize.h"
#include "core/common/duration.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

LayerListModel::LayerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

LayerListModel::~LayerListModel() = default;

void LayerListModel::setImage(const LayeredImagePtr &image, const WasteReport &waste)
{
    beginResetModel();
    m_image = image;
    m_join = {};
    m_wasted = waste.layerWastedBytes;
    m_largest = 0;
    if (m_image) {
        for (const ImageLayer &layer : m_image->layers)
            m_largest = qMax(m_largest, layer.size);
    }
    endResetModel();
}

void LayerListModel::setBuildJoin(const LayerBuildJoinResult &join)
{
    m_join = join;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString LayerListModel::stepToolTip(const LayerBuildStep &step) const
{
    const QString where = step.line > 0
        ? tr("%1:%2").arg(step.dockerfile.isEmpty() ? tr("Dockerfile") : step.dockerfile).arg(step.line)
        : tr("no Dockerfile line");
    const QString how = step.cached ? tr("CACHED")
        : step.durationMs >= 0      ? tr("built in %1").arg(Duration::format(step.durationMs, QLocale()))
                                    : tr("built");
    return tr("Build step %1\n%2 · %3").arg(step.name, where, how);
}

void LayerListModel::clear()
{
    setImage({});
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_image ? 0 : int(m_image->layers.size());
}

int LayerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LayerListModel::shortCommand(const QString &createdBy, int maxLength)
{
    QString text = createdBy.simplified();
    static const QLatin1StringView shell("/bin/sh -c ");
    static const QLatin1StringView nop("#(nop) ");
    if (text.startsWith(shell)) {
        text = text.mid(shell.size());
        if (text.startsWith(nop))
            text = text.mid(nop.size()).trimmed();
        else
            text = QLatin1StringView("RUN ") + text;
    }
    text.remove(QLatin1StringView(" # buildkit"));
    static const QLatin1StringView buildkitRun("RUN /bin/sh -c ");
    if (text.startsWith(buildkitRun)) // BuildKit writes the shell form out in full
        text = QLatin1StringView("RUN ") + text.mid(buildkitRun.size());
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_image || index.row() >= rowCount())
        return {};
    const ImageLayer &layer = m_image->layers[size_t(index.row())];
    const bool base = layer.index < m_image->baseLayerCount;
    const qint64 wasted = layer.index < m_wasted.size() ? m_wasted[layer.index] : -1;
    const LayerBuildStep *step = m_join.matched ? m_join.forLayer(layer.index) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn:
            return layer.index;
        case SizeColumn:
            return formatBytes(layer.size, QLocale());
        case WastedColumn:
            return wasted > 0 ? formatBytes(wasted, QLocale()) : QString();
        case CachedColumn:
            if (!step)
                return QString(); // not built in Dockwright, or a base layer
            if (step->cached)
                return tr("CACHED");
            return step->durationMs >= 0 ? tr("built in %1").arg(Duration::format(step->durationMs, QLocale()))
                                         : tr("built");
        case OriginColumn:
            return base ? tr("base") : tr("yours");
        case CommandColumn:
            if (layer.createdBy.isEmpty()) // an imported layer's history holds only a comment
                return layer.comment.isEmpty() ? tr("(no history)") : layer.comment.simplified();
            return shortCommand(layer.createdBy);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (step && index.column() == CachedColumn)
            return stepToolTip(*step);
        if (index.column() == CommandColumn || index.column() == IndexColumn) {
            const QString command = !layer.createdBy.isEmpty() ? layer.createdBy
                : layer.comment.isEmpty() ? tr("The image config has no history entry for this layer.")
                                          : tr("No command recorded; the history's comment: %1").arg(layer.comment);
            return step ? command + QLatin1Char('\n') + stepToolTip(*step) : command;
        }
        if (index.column() == OriginColumn)
            return base ? tr("Part of the base image (FROM); you change it by picking another base.")
                        : tr("Made by your Dockerfile.");
        if (index.column() == WastedColumn)
            return tr("Bytes of this layer that later layers overwrote or deleted: stored and shipped, never seen.");
        if (index.column() == SizeColumn)
            return tr("%1 of files (%2 stored, %3)")
                .arg(formatBytes(layer.size, QLocale()), formatBytes(layer.blobSize, QLocale()), layer.compression);
        return {};
    case Qt::ForegroundRole:
        if (base && index.column() != SizeColumn)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (!base && index.column() == OriginColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == WastedColumn || index.column() == IndexColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case SizeColumn:
            return layer.size;
        case WastedColumn:
            return wasted;
        case CachedColumn:
            return !step ? qint64(-2) : step->cached ? qint64(-1) : step->durationMs;
        case CommandColumn:
            return layer.createdBy;
        default:
            return layer.index;
        }
    case SizeFractionRole:
        return m_largest > 0 ? double(layer.size) / double(m_largest) : 0.0;
    case CommandRole:
        return layer.createdBy;
    case IsBaseRole:
        return base;
    case DockerfileLineRole:
        return step ? step->line : 0;
    default:
        return {};
    }
}

QVariant LayerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == CachedColumn)
        return tr("Whether the build reused this layer from the cache (known only for builds made in Dockwright).");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("#");
    case SizeColumn:
        return tr("Size");
    case WastedColumn:
        return tr("Wasted");
    case CachedColumn:
        return tr("Cached");
    case OriginColumn:
        return tr("From");
    case CommandColumn:
        return tr("Instruction");
    default:
        return {};
    }
}

} // namespace Dockwright::Ui
