// SPDX-License-Identifier: GPL-3.0-or-later
#include "focusringstyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace Dockwright::Ui {

namespace {
bool keyboardFocus(const QStyleOption *option)
{
    return option->state.testFlag(QStyle::State_HasFocus) && option->state.testFlag(QStyle::State_KeyboardFocusChange);
}

void drawRing(QPainter *painter, const QRect &rect, const QColor &color)
{
    const int inset = FocusRingStyle::RingWidth / 2;
    const QRectF ring = QRectF(rect).adjusted(inset, inset, -inset, -inset);
    if (ring.width() < 4 || ring.height() < 4)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, FocusRingStyle::RingWidth));
    painter->drawRoundedRect(ring, 3, 3);
    painter->restore();
}

QColor ringColor(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Highlight);
}

// The base style is drawn without the focus flag, so its faint hint and the ring never stack.
template<typename Option>
Option withoutFocus(const Option &option)
{
    Option copy(option);
    copy.state &= ~QStyle::State_HasFocus;
    return copy;
}
} // namespace

FocusRingStyle::FocusRingStyle(QStyle *base)
    : QProxyStyle(base)
{ }

FocusRingStyle::~FocusRingStyle() = default;

void FocusRingStyle::install()
{
    QApplication::setStyle(new FocusRingStyle(QStyleFactory::create(QApplication::style()->name())));
}

void FocusRingStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    switch (element) {
    case PE_FrameFocusRect:
        // Check boxes, radio buttons, tool buttons, tabs and the current item of a view.
        if (const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option)) {
            if (!focus->state.testFlag(State_KeyboardFocusChange))
                return;
            // On a selected row the highlight would vanish into the selection.
            const bool onSelection
                = focus->backgroundColor.isValid() && focus->backgroundColor == ringColor(option->palette);
            drawRing(painter, option->rect,
                onSelection ? option->palette.color(QPalette::Active, QPalette::HighlightedText)
                            : ringColor(option->palette));
            return;
        }
        break;
    case PE_PanelLineEdit:
        if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option);
            frame && frame->lineWidth > 0 && frame->state.testFlag(State_HasFocus)) {
            const QStyleOptionFrame plain = withoutFocus(*frame);
            QProxyStyle::drawPrimitive(element, &plain, painter, widget);
            drawRing(painter, option->rect, ringColor(option->palette));
            return;
        }
        break;
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void FocusRingStyle::drawControl(
    ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (element == CE_PushButton) {
        if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
            button && keyboardFocus(button)) {
            const QStyleOptionButton plain = withoutFocus(*button);
            QProxyStyle::drawControl(element, &plain, painter, widget);
            drawRing(painter, option->rect, ringColor(option->palette));
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void FocusRingStyle::drawComplexControl(
    ComplexControl control, const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const
{
    if (option->state.testFlag(State_HasFocus)) {
        if (const auto *combo = qstyleoption_cast<const QStyleOptionComboBox *>(option);
            control == CC_ComboBox && combo && combo->frame) {
            // An editable box is a field (always ringed); a drop-down list is a button (keyboard only).
            if (combo->editable || keyboardFocus(combo)) {
                const QStyleOptionComboBox plain = withoutFocus(*combo);
                QProxyStyle::drawComplexControl(control, &plain, painter, widget);
                drawRing(painter, option->rect, ringColor(option->palette));
                return;
            }
        }
        if (const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option);
            control == CC_SpinBox && spin && spin->frame) {
            const QStyleOptionSpinBox plain = withoutFocus(*spin);
            QProxyStyle::drawComplexControl(control, &plain, painter, widget);
            drawRing(painter, option->rect, ringColor(option->palette));
            return;
        }
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

} // namespace Dockwright::Ui
