// SPDX-License-Identifier: GPL-3.0-or-later
// The welcome page: shown on the first start only (unless asked for), each entry explains itself and
// leads to the work area that does the job.
#include "core/files/templatecatalog.h"
#include "filejobs.h"
#include "ui/editor/editorpage.h"
#include "ui/mainwindow.h"
#include "ui/welcome/welcomepage.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright;
using Dockwright::Ui::MainWindow;
using Dockwright::Ui::WelcomePage;

class TestWelcomePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("DockwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_welcomepage"));
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

    void shownOnFirstLaunchOnly()
    {
        {
            MainWindow first;
            first.show();
            QVERIFY(first.showWelcomeOnFirstLaunch());
            QCOMPARE(first.currentArea(), MainWindow::Area::Welcome);
            QVERIFY(first.welcomePage()->isVisible());
            QVERIFY(!first.welcomePage()->showAtStartBox()->isChecked());
            first.close();
        }
        {
            MainWindow second;
            second.show();
            QVERIFY(!second.showWelcomeOnFirstLaunch());
            QVERIFY(second.currentArea() != MainWindow::Area::Welcome);
            // The user asks for it at every start.
            second.welcomePage()->showAtStartBox()->setChecked(true);
            second.close();
        }
        MainWindow third;
        QVERIFY(third.showWelcomeOnFirstLaunch());
        QVERIFY(third.welcomePage()->showAtStartBox()->isChecked());
        QCOMPARE(third.currentArea(), MainWindow::Area::Welcome);
    }

    // What the app is for, and the guide's four steps, each with a one-line explanation.
    void entriesExplainThemselves()
    {
        MainWindow window;
        WelcomePage *page = window.welcomePage();
        const auto entries = {WelcomePage::Entry::NewProject, WelcomePage::Entry::Open,
            WelcomePage::Entry::ExploreImage, WelcomePage::Entry::RunHardened};
        for (WelcomePage::Entry entry : entries) {
            QCommandLinkButton *button = page->entry(entry);
            QVERIFY(button);
            QVERIFY2(!button->text().isEmpty(), qPrintable(button->objectName()));
            QVERIFY2(button->description().size() > 40, qPrintable(button->text()));
        }
        // The templates the editor offers, and both ways to open existing work.
        QMenu *templates = page->entry(WelcomePage::Entry::NewProject)->menu();
        QVERIFY(templates);
        QCOMPARE(templates->actions().size(), Core::TemplateCatalog::templates().size());
        QCOMPARE(page->entry(WelcomePage::Entry::Open)->menu()->actions().size(), 2);
    }

    void entriesLeadToTheirAreas()
    {
        MainWindow window;
        window.show();
        window.setCurrentArea(MainWindow::Area::Welcome);
        window.welcomePage()->entry(WelcomePage::Entry::ExploreImage)->click();
        QCOMPARE(window.currentArea(), MainWindow::Area::Layers);

        window.setCurrentArea(MainWindow::Area::Welcome);
        window.welcomePage()->entry(WelcomePage::Entry::RunHardened)->click();
        QCOMPARE(window.currentArea(), MainWindow::Area::Run);

        // A document opened while the page shows (a template, a file) is shown in the editor.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        window.setCurrentArea(MainWindow::Area::Welcome);
        QVERIFY2(FileJobs::newFromTemplate(*window.editorPage(), QStringLiteral("minimal"),
                     dir.filePath(QStringLiteral("Dockerfile")), &error),
            qPrintable(error));
        QCOMPARE(window.currentArea(), MainWindow::Area::Editor);

        // A new folder typed in the save dialog is made; a failure shows in the editor, not nowhere
        // (the walkthrough saw the page stay as it was).
        window.setCurrentArea(MainWindow::Area::Welcome);
        QVERIFY2(FileJobs::newFromTemplate(*window.editorPage(), QStringLiteral("minimal"),
                     dir.filePath(QStringLiteral("course/day1/Dockerfile")), &error),
            qPrintable(error));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("course/day1/busybox"))));
        window.setCurrentArea(MainWindow::Area::Welcome);
        QVERIFY(!FileJobs::newFromTemplate(
            *window.editorPage(), QStringLiteral("minimal"), QStringLiteral("/proc/dockwright-no/Dockerfile"), &error));
        QVERIFY2(!error.isEmpty(), "no error reported");
        QCOMPARE(window.currentArea(), MainWindow::Area::Editor);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
