// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Dockwright::Ui {

// The application style with a keyboard focus ring that can be found at a glance: two pixels of the
// palette's Highlight (HighlightedText on a selected row) around the focused control. Fusion's own hint
// is a faint tint, easy to lose on light and dark palettes alike. Fields show the ring whenever they
// have focus (that is where typing goes); buttons, boxes and tabs only after keyboard navigation, as
// the base styles do, so a mouse click leaves no ring behind.
class FocusRingStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusRingStyle)
public:
    // Takes ownership of base; nullptr uses the platform's default style.
    explicit FocusRingStyle(QStyle *base = nullptr);
    ~FocusRingStyle() override;

    static constexpr int RingWidth = 2;

    // Makes this the application's style over the current one. Call after QApplication exists.
    static void install();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
};

} // namespace Dockwright::Ui
