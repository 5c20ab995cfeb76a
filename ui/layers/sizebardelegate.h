// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Dockwright::Ui {

// Paints a horizontal bar behind a size cell, as long as the value of fractionRole (0..1), then the
// cell's text on top; the bar uses the palette's highlight colour, faded, so text stays readable.
class SizeBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizeBarDelegate)
public:
    explicit SizeBarDelegate(int fractionRole, QObject *parent = nullptr);
    ~SizeBarDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_fractionRole;
};

} // namespace Dockwright::Ui
