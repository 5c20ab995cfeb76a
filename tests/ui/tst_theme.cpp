// SPDX-License-Identifier: GPL-3.0-or-later
// Theme: every tone's light and dark shade (the literal values the views paint), dark follows the
// palette's Base colour, and every tone reads on the palette it was picked for.
#include "ui/theme.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTest>
#include <cstdlib>

using namespace Dockwright::Ui;
using Theme::Tone;

namespace {

constexpr Tone LastTone = Tone::MarkerIdle; // keep the last enumerator of Theme::Tone

struct Expected
{
    const char *name;
    QColor light;
    QColor dark;
};

QColor hex(QRgb rgb)
{
    return QColor::fromRgb(rgb);
}

// -Wswitch names a tone missing here.
Expected expected(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return {"Error", hex(0xb71c1c), hex(0xff8a80)};
    case Tone::Warning:
        return {"Warning", hex(0x9a5b00), hex(0xffcc80)};
    case Tone::Good:
        return {"Good", hex(0x1b5e20), hex(0xa5d6a7)};
    case Tone::Info:
        return {"Info", hex(0x1a4fa0), hex(0x82b1ff)};
    case Tone::Failure:
        return {"Failure", hex(0xa01010), hex(0xff8a80)};
    case Tone::Success:
        return {"Success", hex(0x107020), hex(0xa5d6a7)};
    case Tone::Muted:
        return {"Muted", hex(0x606060), hex(0xa0a0a0)};
    case Tone::ErrorLabel:
        return {"ErrorLabel", QColor::fromHsl(0, 190, 95), QColor::fromHsl(0, 190, 165)};
    case Tone::Added:
        return {"Added", hex(0x1a7f37), hex(0x56d364)};
    case Tone::Modified:
        return {"Modified", hex(0x9a6700), hex(0xe3b341)};
    case Tone::Deleted:
        return {"Deleted", hex(0xcf222e), hex(0xff7b72)};
    case Tone::FailureBackground:
        return {"FailureBackground", hex(0xffd8d8), hex(0x5a1e1e)};
    case Tone::ErrorBorder:
        return {"ErrorBorder", hex(0xc62828), hex(0xe27272)};
    case Tone::ErrorSquiggle:
        return {"ErrorSquiggle", hex(0xe01b24), hex(0xed676d)};
    case Tone::WarningSquiggle:
        return {"WarningSquiggle", hex(0xd08a00), hex(0xffc655)};
    case Tone::InfoSquiggle:
        return {"InfoSquiggle", hex(0x1c71d8), hex(0x69a4eb)};
    case Tone::MarkerGood:
        return {"MarkerGood", QColor::fromHsl(130, 170, 95), QColor::fromHsl(130, 170, 150)};
    case Tone::MarkerPending:
        return {"MarkerPending", QColor::fromHsl(40, 170, 95), QColor::fromHsl(40, 170, 150)};
    case Tone::MarkerBad:
        return {"MarkerBad", QColor::fromHsl(0, 170, 95), QColor::fromHsl(0, 170, 150)};
    case Tone::MarkerIdle:
        return {"MarkerIdle", QColor::fromHsl(-1, 0, 95), QColor::fromHsl(-1, 0, 150)};
    }
    return {};
}

QPalette makePalette(const QColor &base, const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

// Breeze-like light and a VS Code-like dark palette.
QPalette lightPalette()
{
    return makePalette(Qt::white, hex(0xeff0f1), Qt::black);
}

QPalette darkPalette()
{
    return makePalette(hex(0x1e1e1e), hex(0x2d2d2d), hex(0xe0e0e0));
}

int contrast(const QColor &a, const QColor &b)
{
    return std::abs(a.lightness() - b.lightness());
}

constexpr int MinContrast = 80; // lightness steps between text and what it sits on

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tones_data()
    {
        QTest::addColumn<int>("tone");
        for (int i = 0; i <= int(LastTone); ++i)
            QTest::newRow(expected(Tone(i)).name) << i;
    }

    void tones()
    {
        QFETCH(int, tone);
        const Expected shades = expected(Tone(tone));
        QVERIFY(shades.light.isValid());
        const QPalette light = lightPalette();
        const QPalette dark = darkPalette();
        QCOMPARE(Theme::color(Tone(tone), light).name(), shades.light.name());
        QCOMPARE(Theme::color(Tone(tone), dark).name(), shades.dark.name());
        QCOMPARE(Theme::color(Tone(tone), light).alpha(), 255);
        QCOMPARE(Theme::cssColor(Tone(tone), light), shades.light.name());
        QCOMPARE(Theme::cssColor(Tone(tone), dark), shades.dark.name());
    }

    void readable_data() { tones_data(); }

    void readable()
    {
        QFETCH(int, tone);
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            const char *which = Theme::isDark(palette) ? "dark" : "light";
            if (Tone(tone) == Tone::FailureBackground) {
                const QColor text = Theme::color(Tone::Failure, palette);
                const QColor background = Theme::color(Tone::FailureBackground, palette);
                QVERIFY2(contrast(text, background) >= MinContrast,
                    qPrintable(QStringLiteral("Failure %1 on %2 (%3)")
                            .arg(text.name(), background.name(), QLatin1String(which))));
                continue;
            }
            const QColor foreground = Theme::color(Tone(tone), palette);
            for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window}) {
                const QColor background = palette.color(role);
                QVERIFY2(contrast(foreground, background) >= MinContrast,
                    qPrintable(QStringLiteral("%1 on %2 (%3)")
                            .arg(foreground.name(), background.name(), QLatin1String(which))));
            }
        }
    }

    void darkFollowsBase()
    {
        QVERIFY(!Theme::isDark(lightPalette()));
        QVERIFY(Theme::isDark(darkPalette()));
        // The window colour does not decide: text sits on the base.
        QVERIFY(!Theme::isDark(makePalette(Qt::white, hex(0x2d2d2d), Qt::black)));
        QVERIFY(Theme::isDark(makePalette(hex(0x1e1e1e), hex(0xeff0f1), Qt::black)));
        QVERIFY(Theme::isDark(makePalette(QColor(127, 127, 127), Qt::white, Qt::black)));
        QVERIFY(!Theme::isDark(makePalette(QColor(128, 128, 128), Qt::black, Qt::black)));
        // A mid-grey base flips every tone.
        QCOMPARE(Theme::color(Tone::Error, makePalette(QColor(127, 127, 127), Qt::white, Qt::black)).name(),
            QStringLiteral("#ff8a80"));
        QCOMPARE(Theme::color(Tone::Error, makePalette(QColor(128, 128, 128), Qt::black, Qt::black)).name(),
            QStringLiteral("#b71c1c"));
    }

    void defaultsToTheApplicationPalette()
    {
        const QPalette saved = QGuiApplication::palette();
        QGuiApplication::setPalette(darkPalette());
        const bool dark = Theme::isDark();
        const QString error = Theme::cssColor(Tone::Error);
        const QColor added = Theme::color(Tone::Added);
        QGuiApplication::setPalette(lightPalette());
        const bool light = !Theme::isDark();
        const QString lightError = Theme::cssColor(Tone::Error);
        QGuiApplication::setPalette(saved);
        QVERIFY(dark);
        QCOMPARE(error, QStringLiteral("#ff8a80"));
        QCOMPARE(added.name(), QStringLiteral("#56d364"));
        QVERIFY(light);
        QCOMPARE(lightError, QStringLiteral("#b71c1c"));
    }

    void textOnFill()
    {
        QCOMPARE(Theme::textOn(Qt::white).name(), QStringLiteral("#202020"));
        QCOMPARE(Theme::textOn(Qt::black).name(), QStringLiteral("#f0f0f0"));
        QCOMPARE(Theme::textOn(QColor(128, 128, 128)).name(), QStringLiteral("#f0f0f0"));
        QCOMPARE(Theme::textOn(QColor(129, 129, 129)).name(), QStringLiteral("#202020"));
        // Readable on every grey, and on the change colours the treemap fills cells with.
        for (int grey = 0; grey < 256; ++grey) {
            const QColor fill(grey, grey, grey);
            QVERIFY2(contrast(Theme::textOn(fill), fill) >= MinContrast, qPrintable(fill.name()));
        }
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            for (Tone tone : {Tone::Added, Tone::Modified, Tone::Deleted}) {
                const QColor fill = Theme::color(tone, palette);
                QVERIFY2(contrast(Theme::textOn(fill), fill) >= MinContrast, qPrintable(fill.name()));
            }
        }
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
