// SPDX-License-Identifier: GPL-3.0-or-later
#include "treemapwidget.h"

#include "changestyle.h"
#include "core/common/bytesize.h"
#include "treemaplayout.h"
#include "ui/theme.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

namespace {
constexpr int MaxItems = 60000; // bounds layout and paint time on huge trees
constexpr qreal MinArea = 12.0; // px²; smaller children are not drawn separately
constexpr qreal LabelHeight = 15.0;
// Blues, purples and teals: far from the red, amber and green of the change colours.
constexpr int Hues[] = {205, 265, 180, 300, 230, 285, 195, 325};
} // namespace

TreemapWidget::TreemapWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

TreemapWidget::~TreemapWidget() = default;

void TreemapWidget::setSnapshot(LayerTreeSnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    m_current = nullptr;
    m_hover = nullptr;
    m_dirty = true;
    update();
}

void TreemapWidget::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    m_dirty = true;
    update();
}

void TreemapWidget::setCurrentNode(const LayerTreeSnapshot::Node *node)
{
    m_current = node;
    update();
}

qint64 TreemapWidget::valueOf(const LayerTreeSnapshot::Node *node) const
{
    if (m_snapshot->status[node->id] == ChangeStatus::Deleted)
        return 0; // gone from the image: no area
    return m_measure == Measure::AllBytes ? m_snapshot->size[node->id] : m_snapshot->changedSize[node->id];
}

void TreemapWidget::layoutItems()
{
    m_items.clear();
    m_dirty = false;
    if (!m_snapshot || width() < 4 || height() < 4)
        return;
    layoutChildren(m_snapshot->root(), QRectF(rect()).adjusted(1, 1, -1, -1), 0, 0);
}

void TreemapWidget::layoutChildren(const LayerTreeSnapshot::Node *node, const QRectF &area, int depth, int hue)
{
    const quint32 count = m_snapshot->childCount[node->id];
    std::vector<std::pair<qint64, const LayerTreeSnapshot::Node *>> children;
    children.reserve(count);
    for (quint32 r = 0; r < count; ++r) {
        const LayerTreeSnapshot::Node *child = m_snapshot->childAt(node, r);
        const qint64 v = valueOf(child);
        if (v > 0)
            children.emplace_back(v, child);
    }
    std::sort(children.begin(), children.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<qreal> values;
    values.reserve(qsizetype(children.size()));
    for (const auto &c : children)
        values.append(qreal(c.first));
    const QList<QRectF> rects = TreemapLayout::squarify(area, values);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        if (int(m_items.size()) >= MaxItems)
            return;
        const QRectF &r = rects[i];
        if (r.width() * r.height() < MinArea)
            break; // sorted: the rest are smaller still
        const LayerTreeSnapshot::Node *child = children[size_t(i)].second;
        const bool directory = m_snapshot->childCount[child->id] > 0;
        // Top-level entries pick a hue; everything below them keeps it, shaded by depth.
        const int childHue = depth == 0 ? Hues[i % std::size(Hues)] : hue;
        m_items.push_back({r, child, depth, directory});
        m_hues.push_back(childHue);
        if (directory && r.width() > 8 && r.height() > 8) {
            const bool label = r.width() > 50 && r.height() > LabelHeight * 2.5;
            layoutChildren(child, r.adjusted(2, label ? LabelHeight : 2, -2, -2), depth + 1, childHue);
        }
    }
}

void TreemapWidget::render()
{
    m_hues.clear();
    layoutItems();
    const qreal dpr = devicePixelRatioF();
    m_cache = QPixmap(size() * dpr);
    m_cache.setDevicePixelRatio(dpr);
    const QPalette &pal = palette();
    m_cache.fill(pal.color(QPalette::Base));
    QPainter p(&m_cache);
    const bool dark = Theme::isDark(pal);
    if (m_items.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            m_snapshot && m_measure == Measure::ChangedBytes ? tr("This layer adds or changes no file bytes.")
                                                             : tr("Nothing to show."));
        return;
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics fm(small);
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items[i];
        const ChangeStatus status = m_snapshot->status[item.node->id];
        QColor fill = QColor::fromHsl(
            m_hues[i], dark ? 70 : 110, qBound(40, (dark ? 60 : 200) + (dark ? 14 : -14) * item.depth, 230));
        if (!item.directory && status != ChangeStatus::Unchanged && m_measure == Measure::AllBytes) {
            fill = ChangeStyle::foreground(status, pal);
            fill.setAlpha(dark ? 150 : 110);
        }
        p.setPen(QPen(pal.color(QPalette::Base), 1));
        p.setBrush(fill);
        p.drawRect(item.rect);
        const bool bigEnough = item.rect.width() > 50 && item.rect.height() > LabelHeight;
        if (bigEnough) {
            const QString size = formatBytes(valueOf(item.node), QLocale());
            const QString text
                = item.node->displayName() + (item.directory ? QStringLiteral("/  ") : QStringLiteral("  ")) + size;
            p.setPen(Theme::textOn(fill));
            const QRectF label(item.rect.left() + 3, item.rect.top(), item.rect.width() - 6,
                item.directory ? LabelHeight : std::min(item.rect.height(), LabelHeight * 2));
            p.drawText(
                label, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideMiddle, int(label.width())));
        }
    }
}

void TreemapWidget::paintEvent(QPaintEvent *)
{
    if (m_dirty || m_cache.size() != size() * devicePixelRatioF())
        render();
    QPainter p(this);
    p.drawPixmap(0, 0, m_cache);
    for (const LayerTreeSnapshot::Node *outline : {m_hover, m_current}) {
        if (!outline)
            continue;
        const auto it
            = std::find_if(m_items.begin(), m_items.end(), [outline](const Item &i) { return i.node == outline; });
        if (it == m_items.end())
            continue;
        p.setBrush(Qt::NoBrush);
        p.setPen(
            QPen(outline == m_current ? palette().color(QPalette::Highlight) : palette().color(QPalette::Text), 2));
        p.drawRect(it->rect.adjusted(1, 1, -1, -1));
    }
}

void TreemapWidget::resizeEvent(QResizeEvent *event)
{
    m_dirty = true;
    QWidget::resizeEvent(event);
}

const TreemapWidget::Item *TreemapWidget::itemAt(const QPointF &point) const
{
    // Children come after their parents, so the last hit is the deepest.
    const Item *hit = nullptr;
    for (const Item &item : m_items) {
        if (item.rect.contains(point))
            hit = &item;
    }
    return hit;
}

const LayerTreeSnapshot::Node *TreemapWidget::nodeAt(const QPointF &point) const
{
    if (m_dirty)
        const_cast<TreemapWidget *>(this)->render();
    const Item *item = itemAt(point);
    return item ? item->node : nullptr;
}

void TreemapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const LayerTreeSnapshot::Node *node = nodeAt(event->position());
    if (node != m_hover) {
        m_hover = node;
        update();
    }
}

void TreemapWidget::leaveEvent(QEvent *event)
{
    m_hover = nullptr;
    update();
    QWidget::leaveEvent(event);
}

void TreemapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const LayerTreeSnapshot::Node *node = nodeAt(event->position())) {
        m_current = node;
        update();
        Q_EMIT nodeClicked(node);
    }
}

bool TreemapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_snapshot) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const LayerTreeSnapshot::Node *node = nodeAt(help->pos())) {
            const ChangeStatus status = m_snapshot->status[node->id];
            QString text
                = QStringLiteral("<b>%1</b><br>%2")
                      .arg(m_snapshot->image->tree->path(node).toHtmlEscaped(), formatBytes(valueOf(node), QLocale()));
            if (status != ChangeStatus::Unchanged)
                text += QStringLiteral(" · ") + ChangeStyle::marker(status) + u' ' + ChangeStyle::label(status);
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace Dockwright::Ui
