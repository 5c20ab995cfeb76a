// SPDX-License-Identifier: GPL-3.0-or-later
// The shell without an engine: it opens, explains why it is not connected and how to fix it, keeps
// its settings, and the endpoint picker validates typed addresses.
#include "core/engine/enginesession.h"
#include "filejobs.h"
#include "ui/editor/dockerfileeditor.h"
#include "ui/editor/editorpage.h"
#include "ui/engine/endpointdialog.h"
#include "ui/engine/enginestatuswidget.h"
#include "ui/engine/resourceview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright;
using Dockwright::Ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("DockwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.setValue(
            MainWindow::endpointSettingsKey(), QStringLiteral("unix:///nonexistent/dockwright-test.sock"));
    }

    void opensWithoutEngine()
    {
        MainWindow window;
        QSignalSpy disconnected(window.session(), &Core::EngineSession::disconnected);
        window.show();
        QVERIFY(disconnected.wait(10000));
        const auto error = disconnected.first().at(0).value<Core::EngineError>();
        QVERIFY(error.isError());
        QVERIFY(!error.message.isEmpty());
        QVERIFY(disconnected.first().at(1).toInt() > 0); // a retry is scheduled

        const QString status = window.engineStatus()->text();
        QVERIFY2(status.startsWith(QLatin1String("Not connected to /nonexistent/dockwright-test.sock. Retrying in ")),
            qPrintable(status));
        QVERIFY2(status.contains(error.message), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("Retrying in")), qPrintable(status));
        QVERIFY(window.engineStatus()->findChild<QWidget *>(QStringLiteral("engineConnectToButton"))->isVisible());

        // Both resource pages explain instead of showing empty tables.
        for (Ui::ResourceView *view : {window.imagesView(), window.containersView()}) {
            QVERIFY(!view->isShowingTable());
            const QString text = view->explanationText();
            QVERIFY2(text.contains(QLatin1String("Not connected to a container engine")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("unix:///nonexistent/dockwright-test.sock")), qPrintable(text));
            QVERIFY2(text.contains(error.message.toHtmlEscaped()), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("systemctl start docker")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("usermod -aG docker")), qPrintable(text));
        }
        QCOMPARE(window.currentArea(), MainWindow::Area::Images);
        QVERIFY(window.imagesView()->isVisible());

        // It keeps trying by itself.
        QVERIFY(disconnected.wait(10000));
    }

    void unusableStoredChoice()
    {
        QSettings().setValue(MainWindow::endpointSettingsKey(), QStringLiteral("bogus://nowhere"));
        MainWindow window;
        window.show();
        // The stored choice is resolved by a job.
        QTRY_VERIFY2(window.engineStatus()->text().startsWith(QLatin1String("Not connected")),
            qPrintable(window.engineStatus()->text()));
        QVERIFY(!window.imagesView()->isShowingTable());
    }

    // Every work area can be chosen, and the window then shows a page for it.
    void switchesBetweenAreas()
    {
        MainWindow window;
        window.show();
        const auto *stack = window.findChild<QStackedWidget *>();
        for (MainWindow::Area area :
            {MainWindow::Area::Editor, MainWindow::Area::Build, MainWindow::Area::Layers, MainWindow::Area::Run}) {
            window.setCurrentArea(area);
            QCOMPARE(window.currentArea(), area);
            QVERIFY(stack->currentWidget());
        }
    }

    void remembersAreaAndGeometry()
    {
        QSize saved;
        {
            MainWindow window;
            window.show();
            // Inside the offscreen screen (800x600), which restoreGeometry clamps to; the work areas'
            // minimum size may make it a little larger.
            window.resize(700, 500);
            saved = window.size();
            window.setCurrentArea(MainWindow::Area::Containers);
            window.close();
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("window/area")).toString(), QStringLiteral("containers"));
        QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
        MainWindow again;
        QCOMPARE(again.currentArea(), MainWindow::Area::Containers);
        QCOMPARE(again.size(), saved);
    }

    // "Dockerfile (myapp) — Dockwright", with Qt's modified marker: many projects have a file called Dockerfile.
    void titleNamesFileAndFolder()
    {
        MainWindow window;
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("Dockwright[*]"));
        QVERIFY(!window.isWindowModified());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("myapp")));
        const QString path = dir.filePath(QStringLiteral("myapp/Dockerfile"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("FROM scratch\n");
        file.close();
        QString error;
        QVERIFY2(FileJobs::open(*window.editorPage(), path, &error), qPrintable(error));
        QCOMPARE(window.windowTitle(), QStringLiteral("Dockerfile[*] (myapp) — Dockwright"));
        QVERIFY(!window.isWindowModified());

        window.editorPage()->editor()->append(QStringLiteral("COPY busybox /bin/\n"));
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.windowTitle(), QStringLiteral("Dockerfile[*] (myapp) — Dockwright"));
        QVERIFY(FileJobs::save(*window.editorPage(), path, &error));
        QVERIFY(!window.isWindowModified());

        window.editorPage()->newDocument();
        QCOMPARE(window.windowTitle(), QStringLiteral("Dockwright[*]"));
        window.editorPage()->editor()->append(QStringLiteral("FROM scratch\n"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — Dockwright"));
        QVERIFY(window.isWindowModified());
        window.editorPage()->editor()->setModified(false); // no save prompt on close
    }

    void endpointDialogValidates()
    {
        Core::Endpoint rootless = Core::Endpoint::fromUri(QStringLiteral("unix:///run/user/1000/docker.sock"));
        rootless.origin = QStringLiteral("rootless Docker");
        Ui::EndpointDialog dialog({rootless}, QString());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("endpointList"));
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("endpointAddress"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("endpointAddressError"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(list->count(), 2); // automatic + the candidate
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.choice(), QString()); // automatic is preselected

        list->setCurrentRow(1);
        QCOMPARE(dialog.choice(), QStringLiteral("unix:///run/user/1000/docker.sock"));

        QTest::keyClicks(address, QStringLiteral("tcp://"));
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!error->isHidden());
        QVERIFY(!ok->isEnabled());

        address->clear();
        QTest::keyClicks(address, QStringLiteral("npipe:////./pipe/docker_engine"));
        QVERIFY2(error->text().contains(QLatin1String("not")), qPrintable(error->text()));
        QVERIFY(!ok->isEnabled());

        // ssh:// is reached through ssh ... docker system dial-stdio.
        address->clear();
        QTest::keyClicks(address, QStringLiteral("ssh://me@host"));
        QVERIFY(error->isHidden());
        QVERIFY(ok->isEnabled());

        address->clear();
        QTest::keyClicks(address, QStringLiteral("tcp://127.0.0.1:2375"));
        QCOMPARE(error->text(), QString());
        QVERIFY(error->isHidden());
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.choice(), QStringLiteral("tcp://127.0.0.1:2375"));

        // A stored hand-typed address comes back in the field.
        Ui::EndpointDialog reopened({rootless}, QStringLiteral("tcp://127.0.0.1:2375"));
        QCOMPARE(reopened.findChild<QLineEdit *>(QStringLiteral("endpointAddress"))->text(),
            QStringLiteral("tcp://127.0.0.1:2375"));
        QCOMPARE(reopened.choice(), QStringLiteral("tcp://127.0.0.1:2375"));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
