// SPDX-License-Identifier: GPL-3.0-or-later
// Exit codes read as docker's documentation explains them: 143 is docker stop's SIGTERM, 137 a
// SIGKILL or, with OOMKilled, the memory limit; 125-127 are the runtime's own.
#include "core/run/exitcode.h"

#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

class TestExitCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meanings_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("oomKilled");
        QTest::addColumn<QString>("contains");
        QTest::newRow("0") << 0 << false << u"successfully"_s;
        QTest::newRow("1") << 1 << false << u"error"_s;
        QTest::newRow("125") << 125 << false << u"runtime"_s;
        QTest::newRow("126") << 126 << false << u"cannot be executed"_s;
        QTest::newRow("127") << 127 << false << u"not found"_s;
        QTest::newRow("143") << 143 << false << u"SIGTERM"_s;
        QTest::newRow("143 stop") << 143 << false << u"docker stop"_s;
        QTest::newRow("137") << 137 << false << u"SIGKILL"_s;
        QTest::newRow("137 oom") << 137 << true << u"memory"_s;
        QTest::newRow("139") << 139 << false << u"segmentation"_s;
        QTest::newRow("signal 10") << 138 << false << u"signal 10"_s;
        QTest::newRow("own") << 42 << false << u"own exit code"_s;
    }

    void meanings()
    {
        QFETCH(int, code);
        QFETCH(bool, oomKilled);
        QFETCH(QString, contains);
        const QString text = ExitCode::meaning(code, oomKilled);
        QVERIFY2(text.contains(contains), qPrintable(text));
    }

    void signalNumbers()
    {
        QCOMPARE(ExitCode::signalNumber(143), 15);
        QCOMPARE(ExitCode::signalName(15), u"SIGTERM"_s);
        QCOMPARE(ExitCode::signalNumber(137), 9);
        QCOMPARE(ExitCode::signalNumber(1), 0);
        QCOMPARE(ExitCode::signalNumber(255), 0);
        QVERIFY(!ExitCode::meaning(137, false).contains(u"memory"_s));
    }
};

QTEST_GUILESS_MAIN(TestExitCode)
#include "tst_exitcode.moc"
