// SPDX-License-Identifier: GPL-3.0-or-later
// The longest GUI-thread stall of the real main window while a person works: connecting, opening an
// engine image (a 200 MB layer streamed from /images/{name}/get), cancelling such a read, opening a
// big archive, building, and switching between every work area. A 5 ms PreciseTimer records how late
// each tick fires; the worst lateness of a phase is its longest stall. The baseline is the same meter
// over an idle event loop for as long, measured alternately with each phase (medians of --rounds).
// Target: every phase <= 16 ms (one frame at 60 Hz).
// Usage: bench_guistall [--rounds N] [ARCHIVE]   with DOCKWRIGHT_TEST_ENGINE (or DOCKER_HOST) set,
//        QT_QPA_PLATFORM=offscreen or under Xvfb. ARCHIVE: e.g. the 1 GB archive bench/run-image-bench.sh makes.
#include "core/builder/buildresult.h"
#include "core/engine/engineclient.h"
#include "core/engine/enginesession.h"
#include "stallmeter.h"
#include "testengine.h"
#include "ui/builder/buildpanel.h"
#include "ui/layers/layerexplorer.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <functional>

using namespace Dockwright;
using namespace Dockwright::Ui;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    int rounds = 3;
    QString archive;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = qMax(1, atoi(argv[++i]));
        else
            archive = QString::fromLocal8Bit(argv[i]);
    }
    QTemporaryDir home;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());
    const Core::Endpoint endpoint = Test::testEndpoint();
    if (!endpoint.isValid()) {
        out << "set DOCKWRIGHT_TEST_ENGINE to a running engine (tools/engine start)\n";
        return 2;
    }
    qputenv("DOCKER_HOST", endpoint.uri.toUtf8());

    // The data: a busybox image with one 200 MB layer, built once (not measured).
    Core::EngineClient setup;
    const QString setupError = Test::connectTestEngine(setup);
    if (!setupError.isEmpty()) {
        out << "engine: " << setupError << '\n';
        return 2;
    }
    QString error;
    const QString bigImage = Test::ensureBusyboxImage(setup, &error).isEmpty()
        ? QString()
        : Test::buildBusyboxImage(setup, u"dockwright-bench/guistall:latest"_s,
              "FROM dockwright-test/busybox:latest\n"
              "RUN head -c 200000000 /dev/urandom > /big && echo made\n",
              {}, &error);
    if (bigImage.isEmpty()) {
        out << "could not build the bench image: " << error << '\n';
        return 2;
    }
    QTemporaryDir project;
    QFile dockerfile(project.filePath(u"Dockerfile"_s));
    if (!dockerfile.open(QIODevice::WriteOnly)
        || dockerfile.write("FROM dockwright-test/busybox:latest\nRUN echo building && sleep 1\nCMD [\"sh\"]\n") < 0) {
        out << "cannot write the project\n";
        return 2;
    }
    dockerfile.close();

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    Dockwright::Bench::StallMeter meter(5);
    struct Phase
    {
        const char *name;
        std::function<bool()> run; // false: the phase did not complete
    };
    LayerExplorer *explorer = window.layerExplorer();
    QSignalSpy loaded(explorer, &LayerExplorer::imageLoaded);
    QSignalSpy failed(explorer, &LayerExplorer::loadFailed);
    QSignalSpy built(window.buildPanel(), &BuildPanel::buildFinished);
    const auto waitFor = [](QSignalSpy &spy, int ms) { return !spy.isEmpty() || spy.wait(ms); };
    std::pair<QString, qint64> slowestSwitch {QString(), -1};

    const QList<Phase> phases {
        {"connect to the engine",
            [&] {
                return QTest::qWaitFor(
                    [&] { return window.session()->client()->state() == Core::EngineClient::State::Connected; }, 30000);
            }},
        {"open an engine image (200 MB layer)",
            [&] {
                loaded.clear();
                window.openLayers(Core::ImageSource::engineImage(bigImage));
                return waitFor(loaded, 300000);
            }},
        {"cancel an engine image read",
            [&] {
                failed.clear();
                window.openLayers(Core::ImageSource::engineImage(bigImage));
                QTest::qWait(300);
                explorer->cancel();
                return waitFor(failed, 10000);
            }},
        {"open the archive",
            [&] {
                if (archive.isEmpty())
                    return true;
                loaded.clear();
                window.openLayers(Core::ImageSource::fromArgument(archive));
                return waitFor(loaded, 600000);
            }},
        {"build",
            [&] {
                built.clear();
                window.openBuild(dockerfile.fileName(), true);
                if (!waitFor(built, 300000))
                    return false;
                const Core::BuildResult &result = window.buildPanel()->lastResult();
                if (!result.ok())
                    out << "  build failed: " << result.error.toString() << '\n';
                return result.ok();
            }},
        {"switch through every area",
            [&] {
                for (int pass = 0; pass < 3; ++pass) {
                    for (const auto area : {MainWindow::Area::Editor, MainWindow::Area::Build, MainWindow::Area::Layers,
                             MainWindow::Area::Run, MainWindow::Area::Images, MainWindow::Area::Containers}) {
                        QElapsedTimer switchTime;
                        switchTime.start();
                        window.setCurrentArea(area);
                        const qint64 shown = switchTime.elapsed();
                        QCoreApplication::sendPostedEvents();
                        const qint64 laidOut = switchTime.elapsed();
                        QCoreApplication::processEvents();
                        const qint64 ms = switchTime.elapsed();
                        if (qEnvironmentVariableIsSet("DW_BENCH_TRACE")) // where a switch's time goes
                            out << "  pass " << pass << ' ' << QVariant::fromValue(area).toString() << ": shown "
                                << shown << " ms, posted events " << laidOut - shown << " ms, painted " << ms - laidOut
                                << " ms\n";
                        if (ms > slowestSwitch.second)
                            slowestSwitch = {QVariant::fromValue(area).toString(), ms};
                        QTest::qWait(60);
                    }
                }
                return true;
            }},
    };

    out << "phase | median ms | longest GUI stall (median of " << rounds << ") | idle baseline | ratio\n";
    double worst = 0;
    bool allDone = true;
    if (qEnvironmentVariableIsSet("DW_BENCH_PAINT")) { // where a page's paint time goes (profiling aid)
        window.setCurrentArea(MainWindow::Area(qEnvironmentVariableIntValue("DW_BENCH_PAINT")));
        QTest::qWait(500);
        std::function<void(QWidget *, int)> visit = [&](QWidget *w, int depth) {
            if (!w->isVisible())
                return;
            QImage image(w->size(), QImage::Format_ARGB32_Premultiplied);
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < 5; ++i)
                w->render(&image);
            const double ms = t.nsecsElapsed() / 5e6;
            if (ms < 1.0)
                return;
            out << QString(depth * 2, u' ') << w->metaObject()->className() << ' ' << w->objectName() << ' '
                << w->width() << 'x' << w->height() << ": " << QString::number(ms, 'f', 1) << " ms\n";
            for (QObject *child : w->children())
                if (auto *cw = qobject_cast<QWidget *>(child))
                    visit(cw, depth + 1);
        };
        visit(window.centralWidget(), 0);
        return 0;
    }
    const QByteArray only = qgetenv("DW_BENCH_ONLY"); // a phase name's start, to profile one phase
    for (const Phase &phase : phases) {
        if (!only.isEmpty() && !QByteArray(phase.name).startsWith(only)
            && !QByteArray(phase.name).startsWith("connect"))
            continue;
        QList<double> stalls, idles, durations;
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer wall;
            wall.start();
            meter.start();
            const bool done = phase.run();
            QTest::qWait(50);
            stalls << meter.stop();
            durations << double(wall.elapsed());
            allDone = allDone && done;
            if (!done)
                out << "  " << phase.name << ": did not complete\n";
            // The baseline: the same meter over an idle loop, for as long (at most 3 s).
            meter.start();
            QTest::qWait(int(qMin(3000.0, qMax(200.0, durations.last()))));
            idles << meter.stop();
        }
        const double stall = median(stalls);
        const double idle = median(idles);
        worst = qMax(worst, stall);
        out << phase.name << " | " << QString::number(median(durations), 'f', 0) << " | "
            << QString::number(stall, 'f', 1) << " | " << QString::number(idle, 'f', 1) << " | "
            << QString::number(idle > 0.5 ? stall / idle : stall, 'f', 1) << '\n';
        out.flush();
    }
    out << "slowest area switch: " << slowestSwitch.first << ", " << slowestSwitch.second << " ms\n";
    out << "worst GUI stall: " << QString::number(worst, 'f', 1) << " ms (target: <= 16 ms)\n";
    return allDone ? 0 : 1;
}
