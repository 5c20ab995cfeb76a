// SPDX-License-Identifier: GPL-3.0-or-later
// "Connect to…" against the real engine: an address is stored for the next start once the engine
// answered there.
#include "core/engine/engineclient.h"
#include "core/engine/enginesession.h"
#include "testengine.h"
#include "ui/mainwindow.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright;
using Dockwright::Ui::MainWindow;

class TestEndpointDialogEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("DockwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_endpointdialogengine"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void addressStoredOnceConnected()
    {
        Core::EngineClient probe;
        DW_REQUIRE_ENGINE(probe);
        const QString stored = QStringLiteral("unix:///nonexistent/dockwright-stored.sock");
        QSettings().setValue(MainWindow::endpointSettingsKey(), stored);

        MainWindow window;
        QSignalSpy connected(window.session(), &Core::EngineSession::connected);
        const QString address = Test::testEndpoint().uri;
        window.connectTo(address);
        // Not before the engine answered.
        QCOMPARE(QSettings().value(MainWindow::endpointSettingsKey()).toString(), stored);
        QVERIFY(connected.wait(30000));
        QCOMPARE(QSettings().value(MainWindow::endpointSettingsKey()).toString(), address);
        QCOMPARE(window.endpointChoice(), address);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestEndpointDialogEngine)
#include "tst_endpointdialogengine.moc"
