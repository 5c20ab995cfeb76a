// SPDX-License-Identifier: GPL-3.0-or-later
// The Layers work area end to end on the offscreen platform: an archive opened through the explorer
// is analysed off the GUI thread and fills every model; layer and range selection, filters, go-to,
// the treemap, a file's text and a line diff between layers, image-vs-image compare, errors, cancel.
#include "core/engine/engineclient.h"
#include "layertestdata.h"
#include "tarbuilder.h"
#include "ui/layers/diffview.h"
#include "ui/layers/filetreemodel.h"
#include "ui/layers/filetreeproxy.h"
#include "ui/layers/imagecomparewidget.h"
#include "ui/layers/imagediffmodel.h"
#include "ui/layers/imagesourcebar.h"
#include "ui/layers/layerexplorer.h"
#include "ui/layers/layerlistmodel.h"
#include "ui/layers/pathdetailspane.h"
#include "ui/layers/treemapwidget.h"
#include "ui/layers/wastedfilesmodel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Dockwright;
using namespace Dockwright::Core;
using namespace Dockwright::Test;
using namespace Dockwright::Ui;
using namespace Qt::StringLiterals;

class TestLayerExplorer final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_archive = writeArchive(ImageFixture::scenario(), m_dir.filePath(u"scenario.tar"_s));
        QVERIFY(!m_archive.isEmpty());
    }

    void loadsAnArchive()
    {
        LayerExplorer explorer(nullptr);
        explorer.resize(1300, 800);
        explorer.show();
        // Testers on every model before anything is loaded.
        QAbstractItemModelTester layers(explorer.layerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tree(explorer.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxy(explorer.treeProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester wasted(explorer.wastedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&explorer, &LayerExplorer::imageLoaded);
        QSignalSpy ready(&explorer, &LayerExplorer::snapshotReady);
        explorer.openSource(ImageSource::archive(m_archive));
        QVERIFY(ready.wait(10000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(explorer.layerModel()->rowCount(), 3);
        QCOMPARE(explorer.wastedModel()->rowCount(), 7);
        QVERIFY2(explorer.summaryText().contains(u"efficiency"_s), qPrintable(explorer.summaryText()));
        // The first user layer is shown, with only its changes.
        QCOMPARE(explorer.toLayer(), 1);
        QCOMPARE(explorer.fromLayer(), 0);
        QCOMPARE(printTree(*explorer.treeProxy(), {0, 1}), QStringList({u"tmp | "_s, u"  scratch | + added"_s}));
        QVERIFY(explorer.treeView()->isExpanded(explorer.treeProxy()->index(0, 0)));

        // Another layer; then a range; then the whole image since the base.
        explorer.selectLayers(2, 2);
        QVERIFY(ready.wait(10000));
        QCOMPARE(explorer.fromLayer(), 1);
        QVERIFY(explorer.statusText().contains(u"+1 added"_s));
        explorer.selectLayers(1, 2);
        QVERIFY(ready.wait(10000));
        QCOMPARE(explorer.fromLayer(), 0);
        QCOMPARE(explorer.toLayer(), 2);
        // tmp/scratch came and went inside the range: not a change of the range.
        QVERIFY(!printTree(*explorer.treeProxy(), {0}).contains(u"  scratch"_s));
        explorer.selectLayers(2, 2);
        QVERIFY(ready.wait(10000));
        explorer.setViewMode(LayerExplorer::ViewMode::SinceBase);
        QVERIFY(ready.wait(10000));
        QCOMPARE(explorer.fromLayer(), 0);
        explorer.setViewMode(LayerExplorer::ViewMode::LayerChanges);
        QVERIFY(ready.wait(10000));

        // Go to a path: it becomes current in the tree and the details show its history.
        QVERIFY(explorer.goToPath(u"/etc/over"_s));
        const QModelIndex current = explorer.treeView()->currentIndex();
        QCOMPARE(current.data(FileTreeModel::PathRole).toString(), u"etc/over"_s);
        QCOMPARE(explorer.details()->node(), explorer.image()->tree->find("etc/over"));
        QCOMPARE(explorer.details()->history().size(), 2);
        QVERIFY(!explorer.goToPath(u"no/such/file"_s));
        // A path filtered out by "only changes" is still found: the filters give way.
        QVERIFY(explorer.goToPath(u"etc/keep"_s));
        QCOMPARE(explorer.treeView()->currentIndex().data(FileTreeModel::PathRole).toString(), u"etc/keep"_s);

        // The text of a file as stored in a layer, and a diff between two layers.
        QSignalSpy shown(explorer.details(), &PathDetailsPane::contentsShown);
        QVERIFY(explorer.goToPath(u"etc/over"_s));
        explorer.details()->viewContents(2);
        QVERIFY(shown.wait(10000));
        QCOMPARE(explorer.details()->textView()->toPlainText(), u"bbbbbb"_s);
        explorer.details()->compareLayers(0, 2);
        QVERIFY(shown.wait(10000));
        QCOMPARE(explorer.details()->textView()->toPlainText(), u"@@ -1,1 +1,1 @@\n- aaaa\n+ bbbbbb"_s);

        // The treemap lays out the image and reports the node under a point.
        explorer.setOnlyChanges(false);
        explorer.treemap()->resize(400, 300);
        QVERIFY(explorer.treemap()->nodeAt(QPointF(200, 150)) != nullptr);
        QVERIFY(explorer.treemap()->itemCount() > 3);
    }

    // Picking a layer keeps the user's "Only changes" and filter, even when the selected path is
    // hidden in the new layer; the details still describe that path.
    void pickingALayerKeepsOnlyChanges()
    {
        LayerExplorer explorer(nullptr);
        explorer.resize(1300, 800);
        explorer.show();
        QSignalSpy ready(&explorer, &LayerExplorer::snapshotReady);
        explorer.openSource(ImageSource::archive(m_archive));
        QVERIFY(ready.wait(10000));
        explorer.selectLayers(2, 2);
        QVERIFY(ready.wait(10000));
        QVERIFY(explorer.goToPath(u"etc/over"_s)); // changed in layer 2: shown with only changes
        QVERIFY(explorer.onlyChanges());
        explorer.selectLayers(1, 1); // etc/over is unchanged there
        QVERIFY(ready.wait(10000));
        QVERIFY(explorer.onlyChanges());
        QVERIFY(!printTree(*explorer.treeProxy(), {0}).join(u'\n').contains(u"over"_s));
        QCOMPARE(explorer.details()->node(), explorer.image()->tree->find("etc/over"));
        // Back in layer 2 it is selected again.
        explorer.selectLayers(2, 2);
        QVERIFY(ready.wait(10000));
        QVERIFY(explorer.onlyChanges());
        QCOMPARE(explorer.treeView()->currentIndex().data(FileTreeModel::PathRole).toString(), u"etc/over"_s);
    }

    // Clearing the filter brings back the expansion the tree had before filtering.
    void clearingTheFilterRestoresExpansion()
    {
        LayerExplorer explorer(nullptr);
        explorer.resize(1300, 800);
        explorer.show();
        QSignalSpy ready(&explorer, &LayerExplorer::snapshotReady);
        explorer.openSource(ImageSource::archive(m_archive));
        QVERIFY(ready.wait(10000));
        explorer.selectLayers(2, 2);
        QVERIFY(ready.wait(10000));
        const auto indexOf = [&](const QByteArray &path) {
            return explorer.treeProxy()->mapFromSource(
                explorer.treeModel()->indexForNode(explorer.image()->tree->find(path)));
        };
        QTreeView *view = explorer.treeView();
        QVERIFY(indexOf("opt").isValid());
        QVERIFY(view->isExpanded(indexOf("opt")));
        QVERIFY(view->isExpanded(indexOf("tmp")));
        view->collapse(indexOf("etc"));

        explorer.setFilterText(u"over"_s);
        QVERIFY(!indexOf("opt").isValid()); // filtered away
        QVERIFY(view->isExpanded(indexOf("etc"))); // matches are shown
        explorer.setFilterText({});
        QVERIFY(view->isExpanded(indexOf("opt")));
        QVERIFY(view->isExpanded(indexOf("tmp")));
        QVERIFY(!view->isExpanded(indexOf("etc")));
    }

    // The file tree's columns: every border draggable, the others sized to their contents, Name
    // given the rest and never squeezed below its names (up to half the pane), at small windows too.
    void treeColumnsFitTheirContents_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024 - 150, 700 - 60);
        QTest::newRow("1366x768") << QSize(1366 - 150, 768 - 60);
    }
    void treeColumnsFitTheirContents()
    {
        QFETCH(QSize, size);
        LayerExplorer explorer(nullptr);
        explorer.resize(size);
        explorer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&explorer));
        QSignalSpy ready(&explorer, &LayerExplorer::snapshotReady);
        explorer.openSource(ImageSource::archive(m_archive));
        QVERIFY(ready.wait(10000));
        explorer.setOnlyChanges(false);
        explorer.treeView()->expandAll();
        QTreeView *tree = explorer.treeView();
        const QAbstractItemView *view = tree; // sizeHintForColumn is public here
        QHeaderView *header = tree->header();
        int total = 0;
        for (int c = 0; c < FileTreeModel::ColumnCount; ++c) {
            QCOMPARE(header->sectionResizeMode(c), QHeaderView::Interactive);
            total += header->sectionSize(c);
            if (c != FileTreeModel::NameColumn)
                QVERIFY2(header->sectionSize(c) >= view->sizeHintForColumn(c),
                    qPrintable(
                        u"column %1: %2 < %3"_s.arg(c).arg(header->sectionSize(c)).arg(view->sizeHintForColumn(c))));
        }
        const int name = header->sectionSize(FileTreeModel::NameColumn);
        const int need = qMin(view->sizeHintForColumn(FileTreeModel::NameColumn), tree->viewport()->width() / 2);
        QVERIFY2(name >= need, qPrintable(u"Name is %1 px, its names need %2"_s.arg(name).arg(need)));
        QVERIFY2(name >= 120, qPrintable(u"Name is %1 px"_s.arg(name)));
        QVERIFY(total >= tree->viewport()->width()); // Name fills the pane

        // A dragged border stays where the user put it, also when the pane is resized.
        // A model reset resizes sections too: that is not the user's choice.
        explorer.selectLayers(2, 2);
        QVERIFY(ready.wait(10000));
        QVERIFY(header->sectionSize(FileTreeModel::NameColumn) >= need);
        // Drag Name's right border 20 px to the left.
        const int fitted = header->sectionSize(FileTreeModel::NameColumn);
        const int border = header->sectionViewportPosition(FileTreeModel::NameColumn) + fitted - 1;
        const int y = header->height() / 2;
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(border, y));
        QTest::mouseMove(header->viewport(), QPoint(border - 10, y));
        QTest::mouseMove(header->viewport(), QPoint(border - 20, y));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(border - 20, y));
        QVERIFY2(header->sectionSize(FileTreeModel::NameColumn) < fitted,
            qPrintable(u"dragged from %1 to %2"_s.arg(fitted).arg(header->sectionSize(FileTreeModel::NameColumn))));
        header->resizeSection(FileTreeModel::NameColumn, 300);
        explorer.resize(size + QSize(80, 0));
        QTRY_COMPARE(explorer.width(), size.width() + 80);
        QCOMPARE(header->sectionSize(FileTreeModel::NameColumn), 300);
    }

    // The engine-image box shows the image being explored (by tag or id), also after the list was
    // refreshed, and once a just-built image shows up in it.
    void sourceBarShowsTheExploredImage()
    {
        QStandardItemModel images;
        const auto addImage = [&](const QString &tags, const QString &id) {
            auto *item = new QStandardItem(tags);
            item->setData(id, Qt::UserRole + 1); // ImagesModel::IdRole
            images.appendRow(item);
        };
        const QString a = u"sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
        const QString b = u"sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s;
        addImage(u"app:1, app:latest"_s, a);
        addImage(u"other:2"_s, b);
        // A client that never connects: each read waits for it and is superseded by the next one.
        EngineClient offline;
        LayerExplorer explorer(&images);
        explorer.setEngineClient(&offline);
        explorer.openSource(ImageSource::engineImage(u"other:2"_s));
        QCOMPARE(explorer.sourceBar()->currentEngineImage(), b);
        explorer.openSource(ImageSource::engineImage(u"app"_s));
        QCOMPARE(explorer.sourceBar()->currentEngineImage(), a);
        explorer.openSource(ImageSource::engineImage(b.left(19)));
        QCOMPARE(explorer.sourceBar()->currentEngineImage(), b);
        // A refresh that rebuilds the list keeps it.
        images.insertRow(0, new QStandardItem(u"first:0"_s));
        QCOMPARE(explorer.sourceBar()->currentEngineImage(), b);
        // A just-built image that is not listed yet is selected when it arrives.
        explorer.openSource(ImageSource::engineImage(u"new:3"_s));
        const QString c = u"sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"_s;
        addImage(u"new:3"_s, c);
        QCOMPARE(explorer.sourceBar()->currentEngineImage(), c);
    }

    void comparesImages()
    {
        LayerExplorer explorer(nullptr);
        QSignalSpy ready(&explorer, &LayerExplorer::snapshotReady);
        explorer.openSource(ImageSource::archive(m_archive));
        QVERIFY(ready.wait(10000));
        ImageFixture after = ImageFixture::scenario();
        after.layer(TarBuilder().file(u"new"_s, "n").build(), u"RUN more"_s);
        const QString second = writeArchive(after, m_dir.filePath(u"after.tar"_s));
        QAbstractItemModelTester tester(
            explorer.compare()->diffModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy compared(explorer.compare(), &ImageCompareWidget::compared);
        explorer.compare()->compareWith(ImageSource::archive(second));
        QVERIFY(compared.wait(10000));
        QCOMPARE(explorer.compare()->diffModel()->rowCount(), 1);
        QCOMPARE(explorer.compare()->diffModel()->index(0, 0).data().toString(), u"new"_s);
        QVERIFY(explorer.compare()->summaryText().contains(u"+1 added"_s));
    }

    void reportsFailures()
    {
        LayerExplorer explorer(nullptr);
        const QString garbage = m_dir.filePath(u"garbage.tar"_s);
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QSignalSpy failed(&explorer, &LayerExplorer::loadFailed);
        explorer.openSource(ImageSource::archive(garbage));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(u"garbage.tar"_s));
        QVERIFY(!explorer.image());

        // Cancel right after starting: the job reports a cancellation (or finished first on a fast
        // machine, in which case the image is there); the GUI never blocks either way.
        QSignalSpy loaded(&explorer, &LayerExplorer::imageLoaded);
        explorer.openSource(ImageSource::archive(m_archive));
        explorer.cancel();
        QVERIFY(failed.size() == 2 || failed.wait(10000) || loaded.size() == 1 || loaded.wait(100));
        QVERIFY(
            failed.size() == 2 ? failed.last().first().toString().contains(u"Cancelled"_s) : bool(explorer.image()));
    }
};

QTEST_MAIN(TestLayerExplorer)
#include "tst_layerexplorer.moc"
