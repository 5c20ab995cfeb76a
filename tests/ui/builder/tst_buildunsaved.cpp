// SPDX-License-Identifier: GPL-3.0-or-later
// The unsaved-build test (issue 11, LABELS engine): a Dockerfile open in the editor gets an unsaved ARG
// and LABEL; Build (Ctrl+B) in the real main window builds that text, and the image the engine holds
// has the label, with the value set in the build form for the new ARG.
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/engine/enginesession.h"
#include "filejobs.h"
#include "testengine.h"
#include "ui/builder/buildargsform.h"
#include "ui/builder/buildpanel.h"
#include "ui/builder/dockerfilesourcebar.h"
#include "ui/editor/dockerfileeditor.h"
#include "ui/editor/editorpage.h"
#include "ui/engine/imageactions.h"
#include "ui/engine/imagesmodel.h"
#include "ui/engine/resourceview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Dockwright;
using namespace Dockwright::Ui;
using namespace Qt::StringLiterals;

class TestBuildUnsaved : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Core::EngineClient m_client;
    QString m_busybox;

    QJsonObject labelsOf(const QString &ref)
    {
        Core::EngineCall *call = m_client.send(Core::EngineRequest::get(u"/images/"_s + ref + u"/json"_s));
        call->setAutoDelete(false);
        call->waitForFinished(60000);
        const QJsonObject image = call->error() ? QJsonObject() : call->jsonObject();
        delete call;
        return image.value(u"Config").toObject().value(u"Labels").toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"DockwrightTest"_s);
        QCoreApplication::setApplicationName(u"tst_buildunsaved"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().setValue(MainWindow::endpointSettingsKey(), qEnvironmentVariable("DOCKWRIGHT_TEST_ENGINE"));
    }

    void buildsTheUnsavedEditorText()
    {
        DW_REQUIRE_BUSYBOX(m_client, m_busybox);
        const QString dockerfile = m_dir.filePath(u"project/Dockerfile"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"project"_s)));
        const QByteArray saved = "FROM " + m_busybox.toUtf8() + "\nLABEL dockwright.test.saved=yes\n";
        {
            QFile file(dockerfile);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(saved) == saved.size());
        }

        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (!window.session()->isConnected()) {
            QSignalSpy connected(window.session(), &Core::EngineSession::connected);
            QVERIFY(connected.wait(30000));
        }
        EditorPage *editor = window.editorPage();
        QVERIFY(FileJobs::open(*editor, dockerfile));
        window.setCurrentArea(MainWindow::Area::Editor);

        // Typed, not saved: a new ARG and a LABEL that uses it.
        const QString nonce = QString::number(QDateTime::currentMSecsSinceEpoch());
        BuildPanel *panel = window.buildPanel();
        QSignalSpy applied(panel, &BuildPanel::dockerfileApplied);
        editor->editor()->append(
            u"ARG FLAVOUR=typed\nLABEL dockwright.test.unsaved=%1 dockwright.test.flavour=$FLAVOUR\n"_s.arg(nonce));
        QVERIFY(editor->isModified());

        // Ctrl+B from the editor opens Build on this file; the form already has the new ARG.
        QSignalSpy finished(panel, &BuildPanel::buildFinished);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_B));
        QCOMPARE(window.currentArea(), MainWindow::Area::Build);
        QCOMPARE(panel->dockerfilePath(), dockerfile);
        QVERIFY(panel->argsForm()->hasArg(u"FLAVOUR"_s));
        QVERIFY(panel->dockerfileSourceBar()->isVisible());
        QVERIFY(panel->buildsEditorText());
        QVERIFY(finished.wait(180000));
        QVERIFY2(panel->lastResult().ok(), qPrintable(panel->lastResult().error.toString()));
        QVERIFY(editor->isModified()); // nothing was saved behind the user's back
        QFile disk(dockerfile);
        QVERIFY(disk.open(QIODevice::ReadOnly));
        QCOMPARE(disk.readAll(), saved);

        QJsonObject labels = labelsOf(panel->lastResult().imageId);
        QCOMPARE(labels.value(u"dockwright.test.saved").toString(), u"yes"_s);
        QCOMPARE(labels.value(u"dockwright.test.unsaved").toString(), nonce);
        QCOMPARE(labels.value(u"dockwright.test.flavour").toString(), u"typed"_s);

        // A value set in the form for the new ARG reaches the build too.
        panel->argsForm()->setValue(u"FLAVOUR"_s, u"from-form"_s);
        // Podman's builder (buildah) reuses a cached LABEL step when only a build argument's value
        // changed (containers/buildah#5095); docker builds it again. Without the cache the value must
        // still arrive, so the check stays the same.
        if (window.session()->client()->info().isPodman()) {
            auto *noCache = panel->findChild<QCheckBox *>(u"noCacheCheck"_s);
            QVERIFY(noCache);
            noCache->setChecked(true);
        }
        panel->startBuild();
        QVERIFY(finished.wait(180000));
        QVERIFY2(panel->lastResult().ok(), qPrintable(panel->lastResult().error.toString()));
        labels = labelsOf(panel->lastResult().imageId);
        QCOMPARE(labels.value(u"dockwright.test.flavour").toString(), u"from-form"_s);

        // "Build the file on disk" builds the saved text.
        panel->dockerfileSourceBar()->setBuildsEditorText(false);
        panel->startBuild();
        QVERIFY(finished.wait(180000));
        QVERIFY2(panel->lastResult().ok(), qPrintable(panel->lastResult().error.toString()));
        labels = labelsOf(panel->lastResult().imageId);
        QCOMPARE(labels.value(u"dockwright.test.saved").toString(), u"yes"_s);
        QVERIFY(!labels.contains(u"dockwright.test.unsaved"_s));

        // The window's Images page lists the new image and offers all its actions, Save as Archive
        // included (the action is only enabled where something saves).
        const QString imageId = panel->lastResult().imageId;
        window.setCurrentArea(MainWindow::Area::Images);
        Ui::ResourceView *images = window.imagesView();
        QAbstractItemModel *rows = images->view()->model();
        QModelIndex built;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (int row = 0; row < rows->rowCount() && !built.isValid(); ++row)
                    if (rows->index(row, 0).data(Ui::ImagesModel::IdRole).toString() == imageId)
                        built = rows->index(row, 0);
                return built.isValid();
            },
            20000));
        images->view()->selectionModel()->setCurrentIndex(
            built, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *actions = window.findChild<Ui::ImageActions *>(u"imageActions"_s);
        QVERIFY(actions);
        for (QAction *action : {actions->runAction(), actions->exploreAction(), actions->saveAction()})
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    }
};

QTEST_MAIN(TestBuildUnsaved)
#include "tst_buildunsaved.moc"
