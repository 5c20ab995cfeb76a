// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real engine: an image built FROM the busybox test image whose Dockerfile adds, deletes,
// overwrites, chmods, retargets a symlink and replaces a directory, read three ways — streamed from
// /images/{name}/get, from the saved archive on disk, and re-packed as a legacy `docker save` — with the
// same exact statuses and byte counts each time.
#include "cli/inspectcommand.h"
#include "clirunner.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/image/engineimageexporter.h"
#include "core/image/engineimagestream.h"
#include "core/image/imageanalysisjob.h"
#include "core/image/imagearchivereader.h"
#include "core/image/layerstack.h"
#include "core/image/wasteanalysis.h"
#include "imagefixture.h"
#include "testengine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <archive.h>
#include <archive_entry.h>

using namespace Dockwright::Core;
using namespace Dockwright::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Tag = u"dockwright-test/image-analysis:latest"_s;

const QByteArray Dockerfile
    = "FROM dockwright-test/busybox:latest\n"
      "RUN mkdir -p /data /opt/dir && echo one > /data/over && echo keep > /data/mode && echo gone > /data/gone"
      " && ln -s over /data/link && echo a > /opt/dir/a && echo b > /opt/dir/b && head -c 1000 /dev/zero > /data/big\n"
      "RUN rm /data/gone /data/big && echo twotwo > /data/over && chmod 755 /data/mode && ln -sfn mode /data/link"
      " && rm -rf /opt/dir && mkdir /opt/dir && echo c > /opt/dir/c\n"
      "CMD [\"sh\"]\n"
      // Metadata only (no layers): what inspect's configuration must show as docker does.
      "ENV GREETING=hello\nLABEL org.opencontainers.image.source=https://example.org/dw\nEXPOSE 8080/tcp\n"
      "VOLUME /data\nSTOPSIGNAL SIGINT\nHEALTHCHECK --interval=30s --retries=2 CMD true\nUSER 1000:1000\n";

QMap<QString, QString> topChanges(const LayeredImagePtr &image)
{
    const LayerStack stack(image);
    const int top = int(image->layers.size()) - 1;
    QMap<QString, QString> out;
    for (const LayerStack::Change &c : stack.changes(top - 1, top)) {
        const LayerEntry *e = c.after ? c.after : c.before;
        out.insert(image->tree->path(c.node), changeStatusName(c.status) + u' ' + QString::number(e->size));
    }
    return out;
}

void checkImage(const LayeredImagePtr &image)
{
    QVERIFY(image);
    QCOMPARE(image->layers.size(), size_t(4)); // busybox COPY + RUN, then our two RUNs
    QVERIFY2(image->layers[3].createdBy.contains(u"rm /data/gone"_s), qPrintable(image->layers[3].createdBy));
    const QMap<QString, QString> expected {
        {u"data/big"_s, u"deleted 1000"_s},
        {u"data/gone"_s, u"deleted 5"_s},
        {u"data/link"_s, u"modified 0"_s},
        {u"data/mode"_s, u"modified 5"_s},
        {u"data/over"_s, u"modified 7"_s},
        {u"opt/dir/a"_s, u"deleted 2"_s},
        {u"opt/dir/b"_s, u"deleted 2"_s},
        {u"opt/dir/c"_s, u"added 2"_s},
    };
    QCOMPARE(topChanges(image), expected);
    const WasteReport waste = WasteAnalysis::analyse(*image);
    QCOMPARE(image->baseHeuristic, u"history-cmd"_s);
    QCOMPARE(waste.baseLayerCount, 2);
    QCOMPARE(waste.wastedBytes, 4 + 5 + 5 + 1000 + 2 + 2);
    QCOMPARE(waste.userWastedBytes, waste.wastedBytes);
    QCOMPARE(waste.baseWastedBytes, 0);
    QCOMPARE(waste.finalBytes + waste.wastedBytes, waste.totalBytes);
}

// Every regular file of a tar, by name (the image is small).
QHash<QString, QByteArray> readAll(const QByteArray &tar)
{
    QHash<QString, QByteArray> files;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    if (archive_read_open_memory(a, tar.constData(), size_t(tar.size())) == ARCHIVE_OK) {
        archive_entry *e = nullptr;
        while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
            if (archive_entry_filetype(e) != AE_IFREG)
                continue;
            QByteArray data(qsizetype(archive_entry_size(e)), Qt::Uninitialized);
            if (archive_read_data(a, data.data(), size_t(data.size())) != la_ssize_t(data.size()))
                break;
            files.insert(QString::fromUtf8(archive_entry_pathname(e)), data);
        }
    }
    archive_read_free(a);
    return files;
}

} // namespace

class TestImageEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString busybox;
        DW_REQUIRE_BUSYBOX(m_client, busybox);
        QString buildError;
        QVERIFY2(!buildImage(m_client, Tag, Dockerfile, {}, &buildError).isEmpty(), qPrintable(buildError));
        m_ready = true;
    }

    void streamedFromEngine()
    {
        QVERIFY(m_ready);
        qint64 progressCalls = 0;
        EngineImageExporter exporter(m_client);
        exporter.setProgress([&](qint64, qint64) { ++progressCalls; });
        ImageError error;
        const LayeredImagePtr image = exporter.read(Tag, &error);
        QVERIFY2(image, qPrintable(error.toString()));
        QVERIFY(progressCalls > 0);
        checkImage(image);
        QCOMPARE(image->source, Tag);
    }

    void streamedOverTheLiveClientWithoutBlockingIt()
    {
        QVERIFY(m_ready);
        EngineImageStream stream(&m_client);
        EngineImageStream::Options options;
        options.pipeCapacity = 16 * 1024; // far below the image: the download must wait for the reader
        std::atomic<int> progressCalls {0};
        options.progress = [&](qint64, qint64) { ++progressCalls; };
        QSignalSpy finished(&stream, &EngineImageStream::finished);
        // The client's thread keeps turning while the image streams: a 5 ms timer never waits long.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            longestGap = qMax(longestGap, sinceTick.restart());
            ++ticks;
        });
        QElapsedTimer startCost;
        startCost.start();
        stream.start(Tag, options);
        QVERIFY2(startCost.elapsed() < 16, "start() must not wait for the engine");
        QVERIFY(stream.isRunning());
        sinceTick.start();
        ticker.start();
        QVERIFY(finished.wait(120000));
        ticker.stop();
        const auto image = finished.first().at(0).value<LayeredImagePtr>();
        QVERIFY2(image, qPrintable(finished.first().at(1).value<ImageError>().toString()));
        checkImage(image);
        QCOMPARE(image->source, Tag);
        QVERIFY(progressCalls > 0);
        QVERIFY2(stream.pauses() > 0, "a full pipe pauses the download");
        QVERIFY(ticks > 0);
        QVERIFY2(longestGap < 100, qPrintable(u"the client's thread stalled %1 ms"_s.arg(longestGap)));
        QVERIFY(!stream.isRunning());
    }

    void streamCancelsWithin100ms()
    {
        QVERIFY(m_ready);
        for (const bool duringDownload : {false, true}) {
            EngineImageStream stream(&m_client);
            EngineImageStream::Options options;
            options.pipeCapacity = 4 * 1024;
            std::atomic_bool reading {false};
            QSemaphore gate; // holds the reader at its first progress report until we have cancelled
            options.progress = [&](qint64, qint64) {
                if (!reading.exchange(true))
                    gate.tryAcquire(1, 5000);
            };
            QSignalSpy finished(&stream, &EngineImageStream::finished);
            stream.start(Tag, options);
            if (duringDownload)
                QTRY_VERIFY_WITH_TIMEOUT(reading.load(), 60000);
            QElapsedTimer timer;
            timer.start();
            stream.cancel();
            gate.release();
            QVERIFY(finished.size() == 1 || finished.wait(1000));
            QVERIFY2(timer.elapsed() <= 100, qPrintable(u"stopped after %1 ms"_s.arg(timer.elapsed())));
            QVERIFY(!finished.first().at(0).value<LayeredImagePtr>());
            QCOMPARE(finished.first().at(1).value<ImageError>().kind, ImageError::Kind::Cancelled);
        }
    }

    void streamWaitsForAClientStillConnecting()
    {
        // The window opens an image given on its command line before its connection is up.
        QVERIFY(m_ready);
        EngineClient client;
        client.setEndpoint(testEndpoint());
        EngineImageStream stream(&client);
        QSignalSpy finished(&stream, &EngineImageStream::finished);
        stream.start(Tag);
        QVERIFY(!finished.wait(100));
        client.connectToEngine();
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).value<LayeredImagePtr>(),
            qPrintable(finished.first().at(1).value<ImageError>().toString()));
    }

    void streamReportsAMissingImage()
    {
        QVERIFY(m_ready);
        EngineImageStream stream(&m_client);
        QSignalSpy finished(&stream, &EngineImageStream::finished);
        stream.start(u"dockwright-test/does-not-exist:nope"_s);
        QVERIFY(finished.wait(30000));
        const auto error = finished.first().at(1).value<ImageError>();
        QCOMPARE(error.kind, ImageError::Kind::Engine);
        QVERIFY2(error.toString().contains(u"does-not-exist"_s), qPrintable(error.toString()));
    }

    void analysisJobUsesTheLiveClient()
    {
        QVERIFY(m_ready);
        ImageAnalysisJob job;
        job.setEngineClient(&m_client);
        QSignalSpy analysed(&job, &ImageAnalysisJob::analysed);
        QSignalSpy finished(&job, &ImageAnalysisJob::finished);
        const quint64 id = job.start(ImageSource::engineImage(Tag));
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(120000));
        QCOMPARE(analysed.size(), 1);
        QCOMPARE(analysed.first().at(0).toULongLong(), id);
        checkImage(analysed.first().at(1).value<LayeredImagePtr>());
        QCOMPARE(analysed.first().at(2).value<WasteReport>().wastedBytes, 1018);
        QVERIFY(!job.isRunning());
    }

    void savedArchiveAndLegacyRepack()
    {
        QVERIFY(m_ready);
        std::unique_ptr<EngineCall> call(m_client.send(EngineRequest::get(u"/images/"_s + Tag + u"/get"_s)));
        call->setAutoDelete(false);
        call->waitForFinished(120000);
        QVERIFY2(!call->error(), qPrintable(call->error().toString()));
        const QByteArray saved = call->body();
        QTemporaryDir dir;
        QFile f(dir.filePath(u"saved.tar"_s));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(saved) == saved.size());
        f.close();
        ImageError error;
        const LayeredImagePtr image = ImageArchiveReader().read(f.fileName(), &error);
        QVERIFY2(image, qPrintable(error.toString()));
        checkImage(image);

        // The same layers as a legacy (<id>/layer.tar) docker save.
        const QHash<QString, QByteArray> files = readAll(saved);
        const QJsonArray manifest = QJsonDocument::fromJson(files.value(u"manifest.json"_s)).array();
        const QJsonObject entry = manifest.at(0).toObject();
        const QJsonObject config = QJsonDocument::fromJson(files.value(entry.value("Config"_L1).toString())).object();
        const QJsonArray layers = entry.value("Layers"_L1).toArray();
        ImageFixture legacy;
        int next = 0;
        for (const QJsonValue &h : config.value("history"_L1).toArray()) {
            const QJsonObject history = h.toObject();
            if (history.value("empty_layer"_L1).toBool())
                legacy.emptyStep(history.value("created_by"_L1).toString());
            else
                legacy.layer(files.value(layers.at(next++).toString()), history.value("created_by"_L1).toString());
        }
        QCOMPARE(next, layers.size());
        QFile l(dir.filePath(u"legacy.tar"_s));
        const QByteArray legacyBytes = legacy.archive(ImageFixture::Layout::DockerLegacy);
        QVERIFY(l.open(QIODevice::WriteOnly) && l.write(legacyBytes) == legacyBytes.size());
        l.close();
        const LayeredImagePtr fromLegacy = ImageArchiveReader().read(l.fileName(), &error);
        QVERIFY2(fromLegacy, qPrintable(error.toString()));
        QCOMPARE(fromLegacy->layout, u"docker-legacy"_s);
        checkImage(fromLegacy);
    }

    void inspectCommandByName()
    {
        QVERIFY(m_ready);
        Dockwright::Cli::InspectCommand inspect;
        const CliRun r = runCli(inspect, {Tag, u"--json"_s, u"--changes"_s, u"--host"_s, testEndpoint().uri});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray layers = o.value("layers"_L1).toArray();
        QCOMPARE(layers.size(), 4);
        QCOMPARE(o.value("wastedBytes"_L1).toInteger(), 1018);

        // Issue 13: the same answers as the docker CLI on the same engine.
        if (!haveDockerCli())
            QFAIL("the docker CLI is not installed: the comparison with docker cannot run");
        // The run configuration: docker image inspect's .Config, key by key.
        const QJsonObject ours = o.value("config"_L1).toObject();
        const QJsonObject docker = QJsonDocument::fromJson(
            dockerCli({u"image"_s, u"inspect"_s, u"--format"_s, u"{{json .Config}}"_s, Tag}).toUtf8())
                                       .object();
        QVERIFY2(!docker.isEmpty(), "docker image inspect gave no Config");
        for (const char *key : {"User", "Env", "Cmd", "Entrypoint", "WorkingDir", "ExposedPorts", "Volumes", "Labels",
                 "StopSignal", "Healthcheck"}) {
            const QString k = QString::fromLatin1(key);
            // Not set is spelled differently: absent from the config blob, null or "" from docker's
            // inspect (the containerd store). Podman's inspect leaves out Healthcheck: a key an engine
            // does not report cannot be compared (docker 26, the suite's first engine, reports all).
            const auto unset = [](const QJsonValue &v) {
                return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
            };
            if (unset(docker.value(k)) && !unset(ours.value(k))) {
                QVERIFY2(m_client.info().isPodman() && k == u"Healthcheck"_s,
                    qPrintable(k + u" is set in the image but not in docker's inspect"_s));
                continue;
            }
            const QJsonValue mine = unset(ours.value(k)) ? QJsonValue(QJsonValue::Null) : ours.value(k);
            const QJsonValue theirs = unset(docker.value(k)) ? QJsonValue(QJsonValue::Null) : docker.value(k);
            QVERIFY2(mine == theirs,
                qPrintable(k + u": ours "_s
                    + QString::fromUtf8(QJsonDocument(QJsonObject {{k, ours.value(k)}}).toJson(QJsonDocument::Compact))
                    + u" docker "_s
                    + QString::fromUtf8(
                        QJsonDocument(QJsonObject {{k, docker.value(k)}}).toJson(QJsonDocument::Compact))));
        }
        QCOMPARE(ours.value("User"_L1).toString(), u"1000:1000"_s);
        // Layer sizes: docker history's SIZE in bytes, newest first, for the steps that made a layer.
        // The engine records a layer's size as the sum of its tar headers' sizes when it unpacks it, so
        // a symlink counts 0 (the busybox layer of only symlinks is 0 B in docker history too).
        const QStringList sizes
            = dockerCli({u"history"_s, u"--human=false"_s, u"--format"_s, u"{{.Size}}"_s, Tag}).split(u'\n');
        QStringList dockerLayers;
        for (const QString &size : sizes) {
            if (size.trimmed() != u"0"_s)
                dockerLayers.prepend(size.trimmed());
        }
        // Podman reports the layer's tar size instead (headers and padding included): our blobSize of
        // its uncompressed layers.
        const char *measure = m_client.info().isPodman() ? "blobSize" : "size";
        QStringList ourLayers;
        for (const QJsonValue &layer : layers) {
            if (layer.toObject().value(QLatin1String(measure)).toInteger() != 0)
                ourLayers.append(QString::number(layer.toObject().value(QLatin1String(measure)).toInteger()));
        }
        qInfo("layer sizes, base first: ours %s, docker history %s", qPrintable(ourLayers.join(u' ')),
            qPrintable(dockerLayers.join(u' ')));
        if (m_client.info().containerdImageStore) {
            // The containerd image store reports each snapshot's disk usage (whole 4 KiB blocks), not
            // bytes of content: no byte count of the layer gives it. What must hold: no layer is smaller
            // there than its file bytes.
            QStringList contentLayers;
            for (const QJsonValue &layer : layers)
                contentLayers.append(QString::number(layer.toObject().value("size"_L1).toInteger()));
            QCOMPARE(dockerLayers.size(), contentLayers.size());
            for (qsizetype i = 0; i < dockerLayers.size(); ++i) {
                QCOMPARE(dockerLayers.at(i).toLongLong() % 4096, 0);
                QVERIFY(dockerLayers.at(i).toLongLong() >= contentLayers.at(i).toLongLong());
            }
        } else {
            QCOMPARE(ourLayers, dockerLayers);
        }
        const CliRun text = runCli(inspect, {Tag, u"--host"_s, testEndpoint().uri});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"User:         1000:1000"_s), qPrintable(text.out));
        // Its label row (Podman adds io.buildah.version before it, so the "Label:" title may be above).
        static const QRegularExpression labelRow(
            u"^  (Label:)? +org\\.opencontainers\\.image\\.source=https://example\\.org/dw$"_s,
            QRegularExpression::MultilineOption);
        QVERIFY2(labelRow.match(text.out).hasMatch(), qPrintable(text.out));
        // A missing image is an engine error (exit 3) with the engine's message.
        const CliRun missing
            = runCli(inspect, {u"dockwright-test/does-not-exist:nope"_s, u"--host"_s, testEndpoint().uri});
        QCOMPARE(missing.code, 3);
        QVERIFY2(missing.err.contains(u"does-not-exist"_s), qPrintable(missing.err));
    }

    void cleanupTestCase()
    {
        if (!m_ready)
            return;
        QUrlQuery query;
        query.addQueryItem(u"force"_s, u"1"_s);
        std::unique_ptr<EngineCall> call(m_client.send(EngineRequest::del(u"/images/"_s + Tag, query)));
        call->setAutoDelete(false);
        call->waitForFinished(60000);
    }

private:
    EngineClient m_client;
    bool m_ready = false;
};

QTEST_GUILESS_MAIN(TestImageEngine)
#include "tst_imageengine.moc"
