// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard focus ring: a clear two-pixel ring of the palette's Highlight around the focused field,
// button or box, on light and dark palettes, and nothing when the control has no focus.
#include "ui/focusringstyle.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <memory>

using Dockwright::Ui::FocusRingStyle;

namespace {
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, Qt::white);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    return palette;
}

constexpr QSize Size(160, 34);

// Pixels within a small distance of the palette's Highlight: the ring, or the base style's faint hint.
int ringPixels(const QImage &image, const QPalette &palette)
{
    const QColor ring = palette.color(QPalette::Active, QPalette::Highlight);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - ring.red()) + qAbs(c.green() - ring.green()) + qAbs(c.blue() - ring.blue()) < 40)
                ++count;
        }
    }
    return count;
}

template<typename Draw>
QImage render(const QPalette &palette, Draw draw)
{
    QImage image(Size, QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Window));
    QPainter painter(&image);
    draw(&painter);
    return image;
}

QImage button(const QStyle *style, const QPalette &palette, QStyle::State focus)
{
    QStyleOptionButton option;
    option.rect = QRect(QPoint(), Size);
    option.palette = palette;
    option.state = QStyle::State_Enabled | QStyle::State_Active | QStyle::State_Raised | focus;
    option.text = QStringLiteral("Build");
    return render(palette, [&](QPainter *p) { style->drawControl(QStyle::CE_PushButton, &option, p); });
}

QImage field(const QStyle *style, const QPalette &palette, QStyle::State focus)
{
    QStyleOptionFrame option;
    option.rect = QRect(QPoint(), Size);
    option.palette = palette;
    option.lineWidth = 1;
    option.state = QStyle::State_Enabled | QStyle::State_Active | QStyle::State_Sunken | focus;
    return render(palette, [&](QPainter *p) { style->drawPrimitive(QStyle::PE_PanelLineEdit, &option, p); });
}

// Most of the ring's perimeter (2 px wide, rounded corners) must be drawn in the highlight colour.
constexpr int MinimumRing = 2 * (Size.width() + Size.height()) * 3 / 2;
} // namespace

class TestFocusRingStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ring_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void ring()
    {
        QFETCH(QPalette, palette);
        FocusRingStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        const QStyle::State keyboard = QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange;

        const int focusedButton = ringPixels(button(&style, palette, keyboard), palette);
        QVERIFY2(focusedButton >= MinimumRing, qPrintable(QString::number(focusedButton)));
        QVERIFY(ringPixels(button(&style, palette, {}), palette) < MinimumRing / 4);
        // A mouse click focuses a button without a ring, as the base styles do.
        QVERIFY(ringPixels(button(&style, palette, QStyle::State_HasFocus), palette) < MinimumRing / 4);

        // A field shows where typing goes, however it got the focus.
        const int focusedField = ringPixels(field(&style, palette, QStyle::State_HasFocus), palette);
        QVERIFY2(focusedField >= MinimumRing, qPrintable(QString::number(focusedField)));
        QVERIFY(ringPixels(field(&style, palette, {}), palette) < MinimumRing / 4);

        // The bug: Fusion's own hint is far fainter.
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(ringPixels(button(fusion.get(), palette, keyboard), palette) < focusedButton / 2);
    }

    // The application installs it over whatever style it runs with.
    void installed()
    {
        const QString before = QApplication::style()->name();
        FocusRingStyle::install();
        auto *style = qobject_cast<FocusRingStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name(), before);
    }
};

QTEST_MAIN(TestFocusRingStyle)
#include "tst_focusringstyle.moc"
