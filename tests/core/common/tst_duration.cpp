// SPDX-License-Identifier: GPL-3.0-or-later
// The one GUI duration format: the same text for a step, a build, a history row and a layer tooltip,
// with the user's decimal separator (German builds showed "0.2 s" beside "2,02 MB").
#include "core/common/duration.h"

#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

class TestDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("c");
        QTest::addColumn<QString>("german");
        QTest::newRow("unknown") << qint64(-1) << QString() << QString();
        QTest::newRow("zero") << qint64(0) << u"0 ms"_s << u"0 ms"_s;
        QTest::newRow("ms") << qint64(999) << u"999 ms"_s << u"999 ms"_s;
        QTest::newRow("one second") << qint64(1000) << u"1.0 s"_s << u"1,0 s"_s;
        QTest::newRow("tenths") << qint64(1550) << u"1.6 s"_s << u"1,6 s"_s;
        QTest::newRow("below ten") << qint64(9949) << u"9.9 s"_s << u"9,9 s"_s;
        QTest::newRow("whole seconds") << qint64(12400) << u"12 s"_s << u"12 s"_s;
        QTest::newRow("rounds up") << qint64(59600) << u"1 min 0 s"_s << u"1 min 0 s"_s;
        QTest::newRow("minutes") << qint64(125000) << u"2 min 5 s"_s << u"2 min 5 s"_s;
        QTest::newRow("no group separator") << qint64(3600LL * 1000 * 20) << u"1200 min 0 s"_s << u"1200 min 0 s"_s;
    }
    void format()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, c);
        QFETCH(QString, german);
        QCOMPARE(Duration::format(ms), c);
        QCOMPARE(Duration::format(ms, QLocale(QLocale::German, QLocale::Germany)), german);
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
