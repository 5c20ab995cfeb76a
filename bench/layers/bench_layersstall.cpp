// SPDX-License-Identifier: GPL-3.0-or-later
// Measures how long the GUI thread stalls while the Layers explorer opens a big image archive and
// while it is used (every layer selected, filters, "only changes" off, go-to, image-wide view): a
// 10 ms QTimer records how late each tick fires; the worst lateness is the longest stall.
// Usage: bench_layersstall ARCHIVE   (QT_QPA_PLATFORM=offscreen or under Xvfb)
#include "core/image/layeredimage.h"
#include "stallmeter.h"
#include "ui/layers/filetreemodel.h"
#include "ui/layers/filetreeproxy.h"
#include "ui/layers/layerexplorer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <cstdio>

using namespace Dockwright::Ui;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_layersstall ARCHIVE\n";
        return 2;
    }
    LayerExplorer explorer(nullptr);
    explorer.resize(1400, 850);
    explorer.show();
    Dockwright::Bench::StallMeter meter(10);
    QSignalSpy ready(&explorer, &LayerExplorer::snapshotReady);
    QSignalSpy failed(&explorer, &LayerExplorer::loadFailed);
    double overall = 0;
    const auto report = [&](const char *phase, double worst, qint64 ms) {
        overall = qMax(overall, worst);
        out << phase << ": " << ms << " ms, longest GUI stall " << QString::number(worst, 'f', 1) << " ms\n";
        out.flush();
    };

    QElapsedTimer wall;
    wall.start();
    meter.start();
    explorer.openSource(Dockwright::Core::ImageSource::fromArgument(QString::fromLocal8Bit(argv[1])));
    if (!ready.wait(600000)) {
        out << "failed: " << (failed.isEmpty() ? QStringLiteral("timeout") : failed.first().first().toString()) << '\n';
        return 1;
    }
    QCoreApplication::processEvents();
    report("open + analyse + first layer tree", meter.stop(), wall.elapsed());
    const auto image = explorer.image();
    out << "layers: " << image->layers.size() << ", paths: " << image->tree->size() << '\n';

    const auto step = [&](const char *phase, const std::function<void()> &action, bool waitsForSnapshot) {
        wall.restart();
        meter.start();
        action();
        if (waitsForSnapshot && !ready.wait(120000))
            out << phase << ": no snapshot\n";
        QCoreApplication::processEvents();
        QTest::qWait(30);
        report(phase, meter.stop(), wall.elapsed());
    };
    for (int layer = 0; layer < int(image->layers.size()); ++layer)
        step(qPrintable(QStringLiteral("layer %1").arg(layer)), [&] { explorer.selectLayers(layer, layer); }, true);
    step("range 0..last", [&] { explorer.selectLayers(0, int(image->layers.size()) - 1); }, true);
    step(
        "since base, last layer",
        [&] {
            explorer.selectLayers(int(image->layers.size()) - 1, int(image->layers.size()) - 1);
            explorer.setViewMode(LayerExplorer::ViewMode::SinceBase);
        },
        true);
    step("only changes off", [&] { explorer.setOnlyChanges(false); }, false);
    step("expand the first level", [&] { explorer.treeView()->expandToDepth(0); }, false);
    step("name filter *7*", [&] { explorer.treeProxy()->setNamePattern(QStringLiteral("*7*")); }, false);
    step("filter cleared", [&] { explorer.treeProxy()->setNamePattern(QString()); }, false);
    step(
        "go to the first wasted path",
        [&] {
            if (!explorer.waste().topWasted.isEmpty())
                explorer.goToPath(explorer.waste().topWasted.first().path);
        },
        false);
    out << "worst GUI stall overall: " << QString::number(overall, 'f', 1) << " ms (target: under 50 ms)\n";
    return 0;
}
