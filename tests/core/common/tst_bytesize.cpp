// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/bytesize.h"

#include <QLocale>
#include <QTest>
#include <limits>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

// Each row: a byte count, what the docker CLI prints for it (go-units HumanSizeWithPrecision(size, 3), as
// `docker images` and `docker ps -s` do) and what Dockwright prints: the same number and unit with a space.
class TestByteSize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void likeDocker_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("docker");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, qint64 bytes, const QString &docker, const QString &expected) {
            QTest::newRow(name) << bytes << docker << expected;
        };
        row("zero", 0, u"0B"_s, u"0 B"_s);
        row("one byte", 1, u"1B"_s, u"1 B"_s);
        row("999", 999, u"999B"_s, u"999 B"_s);
        row("1000 is 1 kB (SI, not 1024)", 1000, u"1kB"_s, u"1 kB"_s);
        row("1023", 1023, u"1.02kB"_s, u"1.02 kB"_s);
        row("1024 is not 1 KiB", 1024, u"1.02kB"_s, u"1.02 kB"_s);
        row("1500", 1500, u"1.5kB"_s, u"1.5 kB"_s);
        row("an exact half rounds to even", 1125, u"1.12kB"_s, u"1.12 kB"_s);
        row("three digits, no decimals", 127000, u"127kB"_s, u"127 kB"_s);
        row("100.5 kB, half to even", 100500, u"100kB"_s, u"100 kB"_s);
        row("999499", 999499, u"999kB"_s, u"999 kB"_s);
        row("1000000", 1000000, u"1MB"_s, u"1 MB"_s);
        row("7812345", 7812345, u"7.81MB"_s, u"7.81 MB"_s);
        row("40 MiB", 40LL * 1024 * 1024, u"41.9MB"_s, u"41.9 MB"_s);
        row("123.4 MB", 123400000, u"123MB"_s, u"123 MB"_s);
        row("1e9", 1000000000, u"1GB"_s, u"1 GB"_s);
        row("1.5e12", 1500000000000, u"1.5TB"_s, u"1.5 TB"_s);
        row("2 PB", 2000000000000000, u"2PB"_s, u"2 PB"_s);
        row("largest qint64", std::numeric_limits<qint64>::max(), u"9.22EB"_s, u"9.22 EB"_s);
        // Deliberate differences from docker, see bytesize.h: no scientific notation at the unit boundary
        // (docker/cli#3091; go-units HumanSize prints "1000kB"), and negative counts are scaled.
        row("999999 rounds to 1000 kB", 999999, u"1e+03kB"_s, u"1000 kB"_s);
        row("999500 rounds to 1000 kB", 999500, u"1e+03kB"_s, u"1000 kB"_s);
        row("negative", -1500, u"-1.5e+03B"_s, u"-1.5 kB"_s);
        row("smallest qint64", std::numeric_limits<qint64>::min(), u"-9.22e+18B"_s, u"-9.22 EB"_s);
    }

    void likeDocker()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, docker);
        QFETCH(QString, expected);
        const QString text = formatBytes(bytes);
        QCOMPARE(text, expected);
        // The unit spelling is docker's; only the space differs, except for the rows documented above.
        if (!docker.contains(u'e'))
            QCOMPARE(QString(text).remove(u' '), docker);
        QCOMPARE(formatBytes(bytes, QLocale::c()), expected);
    }

    void localeChangesOnlyDigitsAndSeparator()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(formatBytes(7812345, german), u"7,81 MB"_s);
        QCOMPARE(formatBytes(1500, german), u"1,5 kB"_s);
        QCOMPARE(formatBytes(999, german), u"999 B"_s);
        // Never a group separator ("1.000 kB" would read as 1 kB in German).
        QCOMPARE(formatBytes(999999, german), u"1000 kB"_s);
        QCOMPARE(formatBytes(999999, QLocale(QLocale::English, QLocale::UnitedStates)), u"1000 kB"_s);
        QCOMPARE(formatBytes(-1500, german), u"-1,5 kB"_s);
        // Without a locale it is the C locale, whatever the application's default is (the CLI and JSON).
        const QLocale before;
        QLocale::setDefault(german);
        QCOMPARE(formatBytes(7812345), u"7.81 MB"_s);
        QCOMPARE(formatBytes(7812345, QLocale()), u"7,81 MB"_s);
        QLocale::setDefault(before);
        // A locale with its own digits keeps the unit names.
        const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
        if (arabic.zeroDigit() != u"0"_s) {
            const QString text = formatBytes(1500, arabic);
            QVERIFY2(text.endsWith(u" kB"_s) && !text.contains(u'1'), qPrintable(text));
        }
    }

    void memoryLikeDockerStats_data()
    {
        // go-units BytesSize, what `docker stats` prints in MEM USAGE / LIMIT (without the space).
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bytes") << qint64(1023) << u"1023 B"_s;
        QTest::newRow("one KiB") << qint64(1024) << u"1 KiB"_s;
        QTest::newRow("half") << qint64(1536) << u"1.5 KiB"_s;
        QTest::newRow("usage") << qint64(931123) << u"909.3 KiB"_s;
        QTest::newRow("--memory 512m") << qint64(512) * 1024 * 1024 << u"512 MiB"_s;
        QTest::newRow("host memory") << qint64(16'663'445'504) << u"15.52 GiB"_s;
        QTest::newRow("four digits") << qint64(1023) * 1024 << u"1023 KiB"_s;
        QTest::newRow("rounds to 1024") << qint64(1024) * 1024 - 1 << u"1024 KiB"_s;
    }
    void memoryLikeDockerStats()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, expected);
        QCOMPARE(formatBinaryBytes(bytes), expected);
        QCOMPARE(formatBinaryBytes(bytes, QLocale(QLocale::German, QLocale::Germany)),
            QString(expected).replace(u'.', u','));
    }
};

QTEST_GUILESS_MAIN(TestByteSize)
#include "tst_bytesize.moc"
