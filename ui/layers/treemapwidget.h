// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layertreesnapshot.h"

#include <QPixmap>
#include <QWidget>

namespace Dockwright::Ui {

// A squarified treemap of a LayerTreeSnapshot: every directory a box holding its children, area by
// bytes. Shows either all bytes of the stacked image or only the bytes the range added or modified.
// Labels on rectangles big enough to hold them, path and size on hover, a click reports the node.
class TreemapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreemapWidget)
public:
    enum class Measure { AllBytes, ChangedBytes };

    explicit TreemapWidget(QWidget *parent = nullptr);
    ~TreemapWidget() override;

    void setSnapshot(LayerTreeSnapshotPtr snapshot);
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    // Outlines this node (the tree's selection); nullptr clears.
    void setCurrentNode(const LayerTreeSnapshot::Node *node);
    // The smallest laid-out rectangle under a point (tests, hover).
    const LayerTreeSnapshot::Node *nodeAt(const QPointF &point) const;
    int itemCount() const { return int(m_items.size()); }

Q_SIGNALS:
    void nodeClicked(const Dockwright::Core::PathTree::Node *node);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Item
    {
        QRectF rect;
        const LayerTreeSnapshot::Node *node = nullptr;
        int depth = 0;
        bool directory = false;
    };
    qint64 valueOf(const LayerTreeSnapshot::Node *node) const;
    void layoutItems();
    void layoutChildren(const LayerTreeSnapshot::Node *node, const QRectF &rect, int depth, int hue);
    void render();
    const Item *itemAt(const QPointF &point) const;

    LayerTreeSnapshotPtr m_snapshot;
    Measure m_measure = Measure::AllBytes;
    std::vector<Item> m_items;
    std::vector<int> m_hues;
    QPixmap m_cache;
    bool m_dirty = true;
    const LayerTreeSnapshot::Node *m_current = nullptr;
    const LayerTreeSnapshot::Node *m_hover = nullptr;
};

} // namespace Dockwright::Ui
