// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshot driver for the docs: opens an archive in the main window's Layers area, walks through
// the views a user would (layer list, a layer's tree, wasted files, a text diff) and captures the
// whole X screen with `import -window root` at each step. Run under xvfb-run.
// Usage: layers_screenshots ARCHIVE OUTDIR
#include "ui/layers/filetreemodel.h"
#include "ui/layers/layerexplorer.h"
#include "ui/layers/layerlistmodel.h"
#include "ui/layers/pathdetailspane.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Dockwright::Ui;

namespace {
bool shoot(const QString &file)
{
    QTest::qWait(400);
    const int code
        = QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), file});
    qInfo("%s: %d", qPrintable(file), code);
    return code == 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QDir out(QString::fromLocal8Bit(argv[2]));
    MainWindow window;
    window.setGeometry(0, 0, 1400, 900);
    window.show();
    LayerExplorer *explorer = window.layerExplorer();
    QSignalSpy ready(explorer, &LayerExplorer::snapshotReady);
    window.openLayers(Dockwright::Core::ImageSource::fromArgument(QString::fromLocal8Bit(argv[1])));
    if (!ready.wait(60000))
        return 1;
    const int last = explorer->layerModel()->rowCount() - 1;

    // 1. The layer list with size bars, on the last layer's changes.
    explorer->selectLayers(last, last);
    ready.wait(10000);
    explorer->layerView()->setFocus();
    shoot(out.filePath(QStringLiteral("layers.png")));

    // 2. A layer's tree with added/modified/deleted colours, everything shown, and its size map.
    explorer->setOnlyChanges(false);
    explorer->treeView()->expandAll();
    for (int row = 0; row < explorer->treeView()->model()->rowCount(); ++row) {
        const QModelIndex index = explorer->treeView()->model()->index(row, 0);
        if (index.data().toString() == QLatin1String("bin"))
            explorer->treeView()->collapse(index); // hundreds of busybox links would fill the view
    }
    explorer->tabs()->setCurrentIndex(1);
    explorer->goToPath(QStringLiteral("etc/app/app.conf"));
    explorer->treeView()->scrollToTop();
    shoot(out.filePath(QStringLiteral("layers-tree.png")));

    // 3. The most wasted files, the top one selected: its history explains the waste.
    explorer->setOnlyChanges(true);
    explorer->tabs()->setCurrentIndex(0);
    explorer->wastedView()->setFocus();
    explorer->wastedView()->setCurrentIndex(explorer->wastedView()->model()->index(0, 0));
    Q_EMIT explorer->wastedView()->activated(explorer->wastedView()->currentIndex());
    shoot(out.filePath(QStringLiteral("layers-wasted.png")));

    // 4. A text diff of the same file between the layer that added it and the one that changed it.
    explorer->selectLayers(last, last);
    ready.wait(10000);
    explorer->goToPath(QStringLiteral("etc/app/app.conf"));
    const auto history = explorer->details()->history();
    if (history.size() >= 2) {
        QSignalSpy shown(explorer->details(), &PathDetailsPane::contentsShown);
        explorer->details()->compareLayers(history.first().layer, history.last().layer);
        shown.wait(10000);
    }
    shoot(out.filePath(QStringLiteral("layers-diff.png")));
    return 0;
}
