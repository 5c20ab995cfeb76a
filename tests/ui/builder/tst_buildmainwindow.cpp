// SPDX-License-Identifier: GPL-3.0-or-later
// The Build area inside the main window: the page is the build panel, --build's openBuild opens a
// Dockerfile there, a failed step opens its line in the editor, Explore layers and Run switch areas.
#include "filejobs.h"
#include "ui/builder/buildargsform.h"
#include "ui/builder/buildpanel.h"
#include "ui/builder/dockerfilesourcebar.h"
#include "ui/editor/dockerfileeditor.h"
#include "ui/editor/editorpage.h"
#include "ui/mainwindow.h"
#include "ui/run/runpanel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Dockwright::Ui;
using namespace Qt::StringLiterals;

class TestBuildMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dockerfile;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"DockwrightTest"_s);
        QCoreApplication::setApplicationName(u"tst_buildmainwindow"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().setValue(MainWindow::endpointSettingsKey(), u"unix:///nonexistent/dockwright-test.sock"_s);
        m_dockerfile = m_dir.filePath(u"Dockerfile"_s);
        QFile file(m_dockerfile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("FROM scratch\n# The greeting.\nARG GREETING=hello\nCOPY a /a\nCOPY b /b\n");
    }

    void buildAreaIsThePanel()
    {
        MainWindow window;
        window.openBuild(m_dockerfile);
        QCOMPARE(window.currentArea(), MainWindow::Area::Build);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.buildPanel());
        QTRY_COMPARE(window.buildPanel()->dockerfilePath(), m_dockerfile); // read as a job
        QVERIFY(window.buildPanel()->commandText().startsWith(u"docker build"_s));
    }

    void ctrlBBuildsFromAnyArea()
    {
        // Issue 11: Build was only a button inside the Build area's second tab.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(u"buildAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
        auto *toolbar = window.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolbar && toolbar->isVisible() && toolbar->actions().contains(action));
        bool inMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            inMenu = inMenu || (menu->menu() && menu->menu()->actions().contains(action));
        QVERIFY(inMenu);

        // Nothing to build yet: the editor is shown, with why.
        window.setCurrentArea(MainWindow::Area::Images);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_B));
        QCOMPARE(window.currentArea(), MainWindow::Area::Editor);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());

        // With a Dockerfile in the editor, Ctrl+B from another area opens Build on it and starts
        // (here the engine address goes nowhere, so the panel says there is no engine).
        QVERIFY(FileJobs::open(*window.editorPage(), m_dockerfile));
        window.setCurrentArea(MainWindow::Area::Layers);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_B));
        QCOMPARE(window.currentArea(), MainWindow::Area::Build);
        QCOMPARE(window.buildPanel()->dockerfilePath(), m_dockerfile);
        QVERIFY(!window.buildPanel()->isBuilding());
        QVERIFY(window.buildPanel()->findChild<QLabel *>(u"buildState"_s)->text().contains(u"engine"_s));
    }

    void buildFormFollowsTheEditor()
    {
        // Issue 11: a new ARG typed in the editor reached the Build form only after Browse…; the build
        // read the file on disk. The form follows the editor live; Save in the Build area saves it.
        const QString path = m_dir.filePath(u"live/Dockerfile"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"live"_s)));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("FROM scratch\nARG FIRST=1\n");
        }
        MainWindow window;
        QVERIFY(FileJobs::open(*window.editorPage(), path));
        window.openBuild(path);
        BuildPanel *panel = window.buildPanel();
        QVERIFY(panel->argsForm()->hasArg(u"FIRST"_s));
        QVERIFY(!panel->dockerfileSourceBar()->isVisibleTo(panel));

        QSignalSpy applied(panel, &BuildPanel::dockerfileApplied);
        window.editorPage()->editor()->append(u"ARG TYPED=yes\n"_s);
        QVERIFY(applied.wait(5000));
        QVERIFY(panel->argsForm()->hasArg(u"TYPED"_s));
        QVERIFY(panel->dockerfileSourceBar()->isVisibleTo(panel));
        QVERIFY(panel->buildsEditorText());
        QVERIFY(panel->request().dockerfileText->contains("ARG TYPED=yes"));

        auto *save = panel->dockerfileSourceBar()->findChild<QPushButton *>(u"saveDockerfile"_s);
        QVERIFY(save);
        save->click();
        QTRY_VERIFY(!window.editorPage()->isModified()); // written as a job
        QVERIFY(!panel->dockerfileSourceBar()->isVisibleTo(panel));
        QVERIFY(!panel->buildsEditorText());
        QFile disk(path);
        QVERIFY(disk.open(QIODevice::ReadOnly));
        QVERIFY(disk.readAll().contains("ARG TYPED=yes"));
    }

    void failedStepOpensItsLineInTheEditor()
    {
        MainWindow window;
        window.openBuild(m_dockerfile);
        QTRY_COMPARE(window.buildPanel()->dockerfilePath(), m_dockerfile);
        Q_EMIT window.buildPanel()->failedAt(m_dockerfile, 5);
        QTRY_COMPARE(window.editorPage()->filePath(), m_dockerfile);
        int line = -1, index = -1;
        window.editorPage()->editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 4); // QScintilla counts from 0
        QCOMPARE(window.currentArea(), MainWindow::Area::Build); // the user stays with the build
    }

    void resultButtonsSwitchAreas()
    {
        MainWindow window;
        window.openBuild(m_dockerfile);
        Q_EMIT window.buildPanel()->runRequested(u"app:1"_s);
        QCOMPARE(window.currentArea(), MainWindow::Area::Run);
        auto *run = window.findChild<RunPanel *>();
        QVERIFY(run);
        QCOMPARE(run->profile().image, u"app:1"_s);
        Q_EMIT window.buildPanel()->exploreLayersRequested(u"app:1"_s);
        QCOMPARE(window.currentArea(), MainWindow::Area::Layers);
    }
};

QTEST_MAIN(TestBuildMainWindow)
#include "tst_buildmainwindow.moc"
