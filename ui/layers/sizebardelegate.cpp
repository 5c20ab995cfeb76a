// SPDX-License-Identifier: GPL-3.0-or-later
#include "sizebardelegate.h"

#include <QPainter>

namespace Dockwright::Ui {

SizeBarDelegate::SizeBarDelegate(int fractionRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_fractionRole(fractionRole)
{ }

SizeBarDelegate::~SizeBarDelegate() = default;

void SizeBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double fraction = qBound(0.0, index.data(m_fractionRole).toDouble(), 1.0);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Background and selection first, then the bar, then the text over it.
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect area = option.rect.adjusted(3, 3, -3, -3);
    if (fraction > 0 && area.width() > 0) {
        QRect bar = area;
        bar.setWidth(qMax(2, int(area.width() * fraction)));
        QColor colour = option.palette.color(QPalette::Highlight);
        colour.setAlpha((option.state & QStyle::State_Selected) ? 110 : 80);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(bar, 2, 2);
        painter->restore();
    }
    painter->save();
    painter->setPen(
        option.palette.color((option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(2, 0, -2, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize SizeBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width() + 40, 110));
    return size;
}

} // namespace Dockwright::Ui
