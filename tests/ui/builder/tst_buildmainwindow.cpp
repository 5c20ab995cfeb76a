// SPDX-License-Identifier: GPL-3.0-or-later
// The Build area inside the main window: the page is the build panel, --build's openBuild opens a
// Dockerfile there, a failed step opens its line in the editor, Explore layers and Run switch areas.
#include "ui/builder/buildpanel.h"
#include "ui/editor/dockerfileeditor.h"
#include "ui/editor/editorpage.h"
#include "ui/mainwindow.h"
#include "ui/run/runpanel.h"

#include <QFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
        QCOMPARE(window.buildPanel()->dockerfilePath(), m_dockerfile);
        QVERIFY(window.buildPanel()->commandText().startsWith(u"docker build"_s));
    }

    void failedStepOpensItsLineInTheEditor()
    {
        MainWindow window;
        window.openBuild(m_dockerfile);
        Q_EMIT window.buildPanel()->failedAt(m_dockerfile, 5);
        QCOMPARE(window.editorPage()->filePath(), m_dockerfile);
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
