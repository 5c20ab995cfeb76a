// SPDX-License-Identifier: GPL-3.0-or-later
// Image archives and layouts built at run time: every layout, compressed layers, whiteouts, opaque
// directories, hard and symbolic links, waste figures, and hostile input.
#include "core/image/imageanalysisjob.h"
#include "core/image/imagearchivereader.h"
#include "core/image/imagediff.h"
#include "core/image/layerscanner.h"
#include "core/image/layerstack.h"
#include "core/image/pathtree.h"
#include "core/image/wasteanalysis.h"
#include "imagefixture.h"
#include "tarbuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <archive.h>
#include <archive_entry.h>

using namespace Dockwright::Core;
using namespace Dockwright::Test;
using namespace Qt::StringLiterals;

namespace {

ImageFixture scenario()
{
    return ImageFixture::scenario();
}

QMap<QString, QString> statusesOf(const LayerStack &stack, int from, int to)
{
    QMap<QString, QString> out;
    for (const LayerStack::Change &c : stack.changes(from, to)) {
        const qint64 size = c.after ? c.after->size : c.before->size;
        out.insert(stack.image().tree->path(c.node), changeStatusName(c.status) + u' ' + QString::number(size));
    }
    return out;
}

void checkScenario(const LayeredImagePtr &image)
{
    QVERIFY(image);
    QCOMPARE(image->layers.size(), size_t(3));
    QCOMPARE(image->layers[0].compression, u"gzip"_s);
    QCOMPARE(image->layers[1].compression, u"zstd"_s);
    QCOMPARE(image->layers[2].compression, u"none"_s);
    QCOMPARE(image->layers[0].createdBy, u"COPY rootfs / # buildkit"_s);
    QCOMPARE(image->layers[2].createdBy, u"RUN cleanup"_s);
    QCOMPARE(image->layers[0].size, 4 + 4 + 4 + 7 + 10 + 2 + 100);
    QCOMPARE(image->history.size(), 5);
    QCOMPARE(image->history[1].layerIndex, -1);
    QCOMPARE(image->baseLayerCount, 1);
    QCOMPARE(image->baseHeuristic, u"history-cmd"_s);

    // Hard link shares its target's contents.
    const PathTree &tree = *image->tree;
    const quint32 keep = tree.find("etc/keep")->id;
    const quint32 hard = tree.find("etc/hard")->id;
    const auto entryOf = [&](int layer, quint32 node) -> const LayerEntry * {
        for (const LayerEntry &e : image->layers[size_t(layer)].entries) {
            if (e.node == node)
                return &e;
        }
        return nullptr;
    };
    QVERIFY(entryOf(0, hard));
    QCOMPARE(entryOf(0, hard)->type, LayerEntry::Type::Hardlink);
    QCOMPARE(entryOf(0, hard)->hash, entryOf(0, keep)->hash);
    QCOMPARE(entryOf(0, hard)->linkTarget(), QByteArrayView("etc/keep"));

    const LayerStack stack(image);
    const QMap<QString, QString> top = statusesOf(stack, 1, 2);
    const QMap<QString, QString> expected {
        {u"big"_s, u"deleted 100"_s},
        {u"etc/link"_s, u"modified 0"_s},
        {u"etc/mode"_s, u"modified 4"_s},
        {u"etc/over"_s, u"modified 6"_s},
        {u"opt/a"_s, u"deleted 10"_s},
        {u"opt/b"_s, u"deleted 2"_s},
        {u"opt/c"_s, u"added 1"_s},
        {u"tmp/scratch"_s, u"deleted 50"_s},
    };
    QCOMPARE(top, expected);
    QCOMPARE(statusesOf(stack, 0, 1), (QMap<QString, QString> {{u"tmp/scratch"_s, u"added 50"_s}}));
    // Range: added then deleted within (0, 2] is no change at all.
    QMap<QString, QString> range = expected;
    range.remove(u"tmp/scratch"_s);
    QCOMPARE(statusesOf(stack, 0, 2), range);
    // Against nothing: every path of the base is added, including the directories.
    QCOMPARE(statusesOf(stack, -1, 0).value(u"etc/hard"_s), u"added 0"_s);
    QCOMPARE(statusesOf(stack, -1, 0).size(), 11);

    const WasteReport waste = WasteAnalysis::analyse(*image, 3);
    QCOMPARE(waste.totalBytes, 196);
    QCOMPARE(waste.finalBytes, 22);
    QCOMPARE(waste.wastedBytes, 174);
    QCOMPARE(waste.baseWastedBytes, 0);
    QCOMPARE(waste.userWastedBytes, 174);
    QCOMPARE(waste.userBytes, 65);
    QCOMPARE(waste.userHiddenBaseBytes, 124);
    QCOMPARE(waste.efficiency, 22.0 / 196.0);
    QCOMPARE(waste.userWastedPercent, 174.0 / 189.0);
    QCOMPARE(waste.layerWastedBytes, (QList<qint64> {124, 50, 0}));
    QCOMPARE(waste.layerHiddenBytes, (QList<qint64> {0, 0, 174}));
    QCOMPARE(waste.wastedPathCount, 7);
    QCOMPARE(waste.topWasted.size(), 3);
    QCOMPARE(waste.topWasted[0].path, u"big"_s);
    QCOMPARE(waste.topWasted[0].wastedBytes, 100);
    QVERIFY(waste.topWasted[0].removed);
    QCOMPARE(waste.topWasted[1].path, u"tmp/scratch"_s);
    QCOMPARE(waste.topWasted[2].path, u"opt/a"_s);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return f.fileName();
}

} // namespace

class TestImageReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layouts_data()
    {
        QTest::addColumn<int>("layout");
        QTest::newRow("docker-legacy") << int(ImageFixture::Layout::DockerLegacy);
        QTest::newRow("docker-oci") << int(ImageFixture::Layout::DockerOci);
        QTest::newRow("oci-archive") << int(ImageFixture::Layout::OciArchive);
        QTest::newRow("podman-links") << int(ImageFixture::Layout::PodmanLinks);
    }
    void layouts()
    {
        QFETCH(int, layout);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"image.tar"_s, scenario().archive(ImageFixture::Layout(layout)));
        QVERIFY(!path.isEmpty());
        ImageError error;
        qint64 lastDone = -1;
        qint64 lastTotal = 0;
        ImageArchiveReader reader;
        reader.setProgress([&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        });
        const LayeredImagePtr image = reader.read(path, &error);
        QVERIFY2(image, qPrintable(error.toString()));
        QCOMPARE(lastDone, lastTotal);
        checkScenario(image);
        if (layout != int(ImageFixture::Layout::DockerLegacy) && layout != int(ImageFixture::Layout::PodmanLinks))
            QCOMPARE(image->layout, u"oci"_s);
    }

    // A FROM scratch image has no base: its first layer is a step of its own build (and is not
    // labelled "base"), while a first layer that imports a rootfs is a base image's.
    void scratchImageHasNoBase()
    {
        const QByteArray copy = TarBuilder().file(u"bin/busybox"_s, "static").build();
        const QByteArray run = TarBuilder().symlink(u"bin/sh"_s, u"busybox"_s).build();
        ImageFixture own;
        own.layer(copy, u"COPY busybox /bin/busybox # buildkit"_s)
            .layer(run, u"RUN /bin/busybox --install -s /bin # buildkit"_s)
            .emptyStep(u"CMD [\"/bin/sh\"]"_s);
        const auto read = [](const ImageFixture &fixture, ImageError *error) {
            return ImageArchiveReader().readStream(
                [bytes = fixture.archive(ImageFixture::Layout::DockerOci), done = false](
                    const char **data) mutable -> qint64 {
                    if (done)
                        return 0;
                    done = true;
                    *data = bytes.constData();
                    return bytes.size();
                },
                0, u"fixture"_s, error);
        };
        ImageError error;
        LayeredImagePtr image = read(own, &error);
        QVERIFY2(image, qPrintable(error.toString()));
        QCOMPARE(image->baseHeuristic, u"scratch"_s);
        QCOMPARE(image->baseLayerCount, 0);
        QCOMPARE(WasteAnalysis::analyse(*image).baseLayerCount, 0);

        ImageFixture derived;
        derived
            .layer(copy,
                u"/bin/sh -c #(nop) ADD file:2a949686d9886ac7c10582a6c29116fd29d3077d02755e87e111870d63607725 in / "_s)
            .layer(run, u"RUN /bin/busybox --install -s /bin # buildkit"_s);
        image = read(derived, &error);
        QVERIFY2(image, qPrintable(error.toString()));
        QCOMPARE(image->baseHeuristic, u"first-layer"_s);
        QCOMPARE(image->baseLayerCount, 1);
    }

    // OCI image spec: a whiteout applies only to lower layers. A layer that lists a file and a
    // whiteout for it (either order) keeps its own file; so does a directory made opaque in the
    // layer that also fills it, and a whited-out directory the same layer re-creates.
    void whiteoutSparesItsOwnLayer()
    {
        const QByteArray base = TarBuilder()
                                    .file(u"f"_s, "old")
                                    .file(u"g"_s, "gone")
                                    .dir(u"d"_s)
                                    .file(u"d/x"_s, "old-x")
                                    .dir(u"o"_s)
                                    .file(u"o/old"_s, "old")
                                    .build();
        const QByteArray top = TarBuilder()
                                   .file(u"f"_s, "new-f")
                                   .file(u".wh.f"_s, {})
                                   .file(u".wh.g"_s, {})
                                   .file(u"g"_s, "back")
                                   .dir(u"d"_s)
                                   .file(u"d/x"_s, "new-x")
                                   .file(u".wh.d"_s, {})
                                   .file(u"o/new"_s, "new")
                                   .file(u"o/.wh..wh..opq"_s, {})
                                   .build();
        ImageFixture fixture;
        fixture.layer(base, u"COPY base /"_s).layer(top, u"RUN change"_s);
        QTemporaryDir dir;
        QString why;
        QVERIFY2(fixture.writeDirectory(dir.path(), &why), qPrintable(why));
        ImageError error;
        const LayeredImagePtr image = ImageArchiveReader().read(dir.path(), &error);
        QVERIFY2(image, qPrintable(error.toString()));
        const LayerStack stack(image);
        const LayerStack::State state = stack.stateAt(1);
        const PathTree &tree = *image->tree;
        const auto sizeAt = [&](const char *path) -> qint64 {
            const PathTree::Node *node = tree.find(path);
            return node && state[node->id] ? state[node->id]->size : -1;
        };
        QCOMPARE(sizeAt("f"), 5);
        QCOMPARE(sizeAt("g"), 4);
        QCOMPARE(sizeAt("d/x"), 5);
        QCOMPARE(sizeAt("o/new"), 3);
        QCOMPARE(sizeAt("o/old"), -1);
        QCOMPARE(statusesOf(stack, 0, 1),
            (QMap<QString, QString> {{u"d/x"_s, u"modified 5"_s}, {u"f"_s, u"modified 5"_s}, {u"g"_s, u"modified 4"_s},
                {u"o/new"_s, u"added 3"_s}, {u"o/old"_s, u"deleted 3"_s}}));
    }

    void ociDirectory()
    {
        QTemporaryDir dir;
        QString why;
        QVERIFY2(scenario().writeDirectory(dir.path(), &why), qPrintable(why));
        ImageError error;
        const LayeredImagePtr image = ImageArchiveReader().read(dir.path(), &error);
        QVERIFY2(image, qPrintable(error.toString()));
        checkScenario(image);
    }

    void wholeArchiveCompressed()
    {
        // `docker save | gzip` and `| zstd`: the outer stream is decompressed too.
        QTemporaryDir dir;
        TarBuilder outer; // re-wrap the plain archive's bytes by writing them through a compressed filter
        const QByteArray plain = scenario().archive(ImageFixture::Layout::DockerOci);
        archive *w = archive_write_new();
        QVERIFY(w);
        QByteArray gz;
        QCOMPARE(archive_write_add_filter_gzip(w), ARCHIVE_OK);
        QCOMPARE(archive_write_set_format_raw(w), ARCHIVE_OK);
        const QString path = dir.filePath(u"image.tar.gz"_s);
        QCOMPARE(archive_write_open_filename(w, QFile::encodeName(path).constData()), ARCHIVE_OK);
        archive_entry *e = archive_entry_new();
        archive_entry_set_filetype(e, AE_IFREG);
        QCOMPARE(archive_write_header(w, e), ARCHIVE_OK);
        QCOMPARE(archive_write_data(w, plain.constData(), size_t(plain.size())), la_ssize_t(plain.size()));
        archive_entry_free(e);
        QCOMPARE(archive_write_close(w), ARCHIVE_OK);
        archive_write_free(w);
        ImageError error;
        const LayeredImagePtr image = ImageArchiveReader().read(path, &error);
        QVERIFY2(image, qPrintable(error.toString()));
        checkScenario(image);
    }

    void streamInput()
    {
        // The engine path: bytes pulled chunk by chunk (odd sizes) through the same reader.
        const QByteArray data = scenario().archive(ImageFixture::Layout::DockerOci);
        qsizetype offset = 0;
        const ImageArchiveReader::Pull pull = [&](const char **out) -> qint64 {
            const qsizetype n = qMin<qsizetype>(777, data.size() - offset);
            *out = data.constData() + offset;
            offset += n;
            return n;
        };
        ImageError error;
        const LayeredImagePtr image = ImageArchiveReader().readStream(pull, data.size(), u"stream"_s, &error);
        QVERIFY2(image, qPrintable(error.toString()));
        checkScenario(image);
    }

    void imageDiff()
    {
        const QByteArray a = TarBuilder()
                                 .file(u"same"_s, "1")
                                 .file(u"changed"_s, "old")
                                 .file(u"gone/x"_s, "xx")
                                 .dir(u"gone"_s)
                                 .build();
        const QByteArray b
            = TarBuilder().file(u"same"_s, "1").file(u"changed"_s, "newer").file(u"new"_s, "nnnn").build();
        QTemporaryDir dir;
        ImageFixture fa;
        fa.layer(a, u"A"_s);
        ImageFixture fb;
        fb.layer(b, u"B"_s);
        ImageError error;
        const LayeredImagePtr ia = ImageArchiveReader().read(
            writeFile(dir, u"a.tar"_s, fa.archive(ImageFixture::Layout::DockerOci)), &error);
        QVERIFY2(ia, qPrintable(error.toString()));
        const LayeredImagePtr ib = ImageArchiveReader().read(
            writeFile(dir, u"b.tar"_s, fb.archive(ImageFixture::Layout::DockerLegacy)), &error);
        QVERIFY2(ib, qPrintable(error.toString()));
        const ImageDiff::Result diff = ImageDiff::compare(*ia, *ib);
        QStringList lines;
        for (const ImageDiff::Entry &e : diff.entries)
            lines << e.path + u' ' + changeStatusName(e.status) + u' ' + QString::number(e.size);
        QCOMPARE(lines,
            (QStringList {u"changed modified 5"_s, u"gone deleted 0"_s, u"gone/x deleted 2"_s, u"new added 4"_s}));
        QCOMPARE(diff.addedBytes, 4);
        QCOMPARE(diff.removedBytes, 2);
        QCOMPARE(ImageDiff::compare(*ia, *ia).entries.size(), 0);
    }

    void multiPlatform()
    {
        // An index pointing at a nested index with two platforms plus an attestation; the arm64
        // manifest was not saved (containerd skips other platforms' blobs) and must be tolerated.
        ImageFixture amd;
        const QByteArray layer = TarBuilder().file(u"hello"_s, "amd64").build();
        amd.layer(layer, u"COPY hello /"_s);
        const QByteArray manifest = amd.manifestJson();
        const QByteArray config = amd.configJson();
        QJsonObject amdDescriptor = ImageFixture::descriptor(u"application/vnd.oci.image.manifest.v1+json"_s, manifest);
        amdDescriptor.insert("platform"_L1, QJsonObject {{"os"_L1, "linux"_L1}, {"architecture"_L1, "amd64"_L1}});
        QJsonObject armDescriptor
            = ImageFixture::descriptor(u"application/vnd.oci.image.manifest.v1+json"_s, "missing");
        armDescriptor.insert("platform"_L1, QJsonObject {{"os"_L1, "linux"_L1}, {"architecture"_L1, "arm64"_L1}});
        QJsonObject attestation = ImageFixture::descriptor(u"application/vnd.oci.image.manifest.v1+json"_s, "att");
        attestation.insert("platform"_L1, QJsonObject {{"os"_L1, "unknown"_L1}, {"architecture"_L1, "unknown"_L1}});
        const QByteArray nested = ImageFixture::indexJson({armDescriptor, amdDescriptor, attestation});
        const QJsonObject nestedDescriptor
            = ImageFixture::descriptor(u"application/vnd.oci.image.index.v1+json"_s, nested);
        const QByteArray archiveBytes = TarBuilder()
                                            .file(u"blobs/sha256/"_s + ImageFixture::hexOf(layer), layer)
                                            .file(u"blobs/sha256/"_s + ImageFixture::hexOf(config), config)
                                            .file(u"blobs/sha256/"_s + ImageFixture::hexOf(manifest), manifest)
                                            .file(u"blobs/sha256/"_s + ImageFixture::hexOf(nested), nested)
                                            .file(u"index.json"_s, ImageFixture::indexJson({nestedDescriptor}))
                                            .build();
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"multi.tar"_s, archiveBytes);
        ImageError error;
        LayeredImagePtr image = ImageArchiveReader().read(path, &error);
        QVERIFY2(image, qPrintable(error.toString()));
        QCOMPARE(image->platforms, (QStringList {u"linux/arm64"_s, u"linux/amd64"_s}));
        QCOMPARE(image->layers.size(), size_t(1));
        QVERIFY(image->tree->find("hello"));
        image = ImageArchiveReader(ImageSelector {{}, u"linux/amd64"_s}).read(path, &error);
        QVERIFY2(image, qPrintable(error.toString()));
        image = ImageArchiveReader(ImageSelector {{}, u"linux/arm64"_s}).read(path, &error);
        QVERIFY(!image);
        QCOMPARE(error.kind, ImageError::Kind::Missing);
        image = ImageArchiveReader(ImageSelector {{}, u"linux/s390x"_s}).read(path, &error);
        QVERIFY(!image);
        QVERIFY2(error.message.contains(u"linux/amd64"_s), qPrintable(error.toString()));
    }

    void hostileNames()
    {
        const QByteArray layer = TarBuilder()
                                     .file(u"../../etc/passwd"_s, "root")
                                     .file(u"a/../../escape"_s, "x")
                                     .file(u"/abs/file"_s, "abs")
                                     .file(u"ok/./file"_s, "ok")
                                     .symlink(u"loop1"_s, u"loop2"_s)
                                     .symlink(u"loop2"_s, u"loop1"_s)
                                     .hardlink(u"h"_s, u"../../outside"_s)
                                     .build();
        ImageFixture fixture;
        fixture.layer(layer, u"hostile"_s);
        TarBuilder outer;
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"hostile.tar"_s, fixture.archive(ImageFixture::Layout::DockerOci));
        ImageError error;
        const LayeredImagePtr image = ImageArchiveReader().read(path, &error);
        QVERIFY2(image, qPrintable(error.toString()));
        const PathTree &tree = *image->tree;
        QVERIFY(!tree.find("etc/passwd"));
        QVERIFY(!tree.find("escape"));
        QVERIFY(tree.find("abs/file"));
        QVERIFY(tree.find("ok/file"));
        QVERIFY(tree.find("loop1"));
        QVERIFY(!tree.find("h"));
        QCOMPARE(image->layers[0].entries.size(), size_t(4));
        int hostile = 0;
        for (const ImageError &w : image->warnings)
            hostile += w.kind == ImageError::Kind::Hostile ? 1 : 0;
        QCOMPARE(hostile, 4);
    }

    void outerSymlinkLoop()
    {
        ImageFixture fixture;
        fixture.layer(TarBuilder().file(u"f"_s, "f").build(), u"x"_s);
        const QByteArray config = fixture.configJson();
        const QByteArray manifest = "[{\"Config\":\"c.json\",\"Layers\":[\"l1/layer.tar\"]}]";
        const QByteArray bytesOut = TarBuilder()
                                        .file(u"c.json"_s, config)
                                        .symlink(u"l1/layer.tar"_s, u"../l2/layer.tar"_s)
                                        .symlink(u"l2/layer.tar"_s, u"../l1/layer.tar"_s)
                                        .symlink(u"evil"_s, u"../../../etc/passwd"_s)
                                        .file(u"../outside.json"_s, "{}")
                                        .file(u"manifest.json"_s, manifest)
                                        .build();
        QTemporaryDir dir;
        ImageError error;
        const LayeredImagePtr image = ImageArchiveReader().read(writeFile(dir, u"loop.tar"_s, bytesOut), &error);
        QVERIFY(!image);
        QCOMPARE(error.kind, ImageError::Kind::Hostile);
        QVERIFY2(error.message.contains(u"loop"_s), qPrintable(error.toString()));
    }

    void truncatedData_data()
    {
        QTest::addColumn<int>("compression");
        QTest::addColumn<int>("cut");
        QTest::newRow("plain-declared-size") << int(TarBuilder::Compression::None) << 700;
        QTest::newRow("gzip-truncated") << int(TarBuilder::Compression::Gzip) << -40;
        QTest::newRow("zstd-truncated") << int(TarBuilder::Compression::Zstd) << -40;
    }
    void truncatedData()
    {
        QFETCH(int, compression);
        QFETCH(int, cut);
        QByteArray random(20000, Qt::Uninitialized);
        for (int i = 0; i < random.size(); ++i)
            random[i] = char((i * 2654435761u) >> 13);
        QByteArray layer
            = TarBuilder().file(u"data"_s, random).file(u"after"_s, "z").build(TarBuilder::Compression(compression));
        // Cut inside the file's data: the header declares 20000 bytes the stream no longer has.
        layer.truncate(cut > 0 ? cut : layer.size() / 2);
        ImageFixture fixture;
        fixture.layer(layer, u"broken"_s);
        QTemporaryDir dir;
        ImageError error;
        const LayeredImagePtr image = ImageArchiveReader().read(
            writeFile(dir, u"t.tar"_s, fixture.archive(ImageFixture::Layout::DockerOci)), &error);
        QVERIFY(!image);
        QCOMPARE(error.kind, ImageError::Kind::Format);
        QVERIFY2(error.file.contains(u"blobs/sha256/"_s), qPrintable(error.toString()));
    }

    void truncatedOuterArchive()
    {
        QByteArray data = scenario().archive(ImageFixture::Layout::DockerLegacy);
        data.truncate(data.size() / 2);
        QTemporaryDir dir;
        ImageError error;
        QVERIFY(!ImageArchiveReader().read(writeFile(dir, u"half.tar"_s, data), &error));
        QVERIFY(error.isError());
    }

    void gzipBomb()
    {
        // 64 MiB of zeros gzip to ~64 KiB; with a 1 MiB floor and a 100x ratio the scan stops early.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bomb.tar.gz"_s);
        archive *w = archive_write_new();
        QVERIFY(w);
        QCOMPARE(archive_write_add_filter_gzip(w), ARCHIVE_OK);
        QCOMPARE(archive_write_set_format_pax_restricted(w), ARCHIVE_OK);
        QCOMPARE(archive_write_open_filename(w, QFile::encodeName(path).constData()), ARCHIVE_OK);
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, "zeros");
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        const qint64 total = qint64(64) << 20;
        archive_entry_set_size(e, total);
        QCOMPARE(archive_write_header(w, e), ARCHIVE_OK);
        const QByteArray zeros(1 << 20, '\0');
        for (qint64 written = 0; written < total; written += zeros.size())
            QCOMPARE(archive_write_data(w, zeros.constData(), size_t(zeros.size())), la_ssize_t(zeros.size()));
        archive_entry_free(e);
        QCOMPARE(archive_write_close(w), ARCHIVE_OK);
        archive_write_free(w);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray blob = f.readAll();
        QVERIFY(blob.size() < total / 100);

        ScanLimits limits;
        limits.expansionFloor = 1 << 20;
        limits.maxExpansion = 100;
        PathTree tree;
        LayerScanner scanner(tree, limits);
        qsizetype offset = 0;
        qint64 pulled = 0;
        const ScannedLayer result = scanner.scan(
            [&](const char **data) -> qint64 {
                const qsizetype n = qMin<qsizetype>(4096, blob.size() - offset);
                *data = blob.constData() + offset;
                offset += n;
                pulled += n;
                return n;
            },
            u"bomb"_s);
        QCOMPARE(result.error.kind, ImageError::Kind::Limit);
        QVERIFY(pulled < blob.size()); // stopped before reading it all
        // The default limits take it whole: 64 MiB is far from a bomb.
        PathTree tree2;
        offset = 0;
        const ScannedLayer full = LayerScanner(tree2, ScanLimits())
                                      .scan(
                                          [&](const char **data) -> qint64 {
                                              const qsizetype n = qMin<qsizetype>(65536, blob.size() - offset);
                                              *data = blob.constData() + offset;
                                              offset += n;
                                              return n;
                                          },
                                          u"bomb"_s);
        QVERIFY2(!full.error, qPrintable(full.error.toString()));
        QCOMPARE(full.size, total);
    }

    void millionEntries()
    {
        // A million empty files (gzip): bounded by maxEntriesPerLayer, never memory exhaustion.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"many.tar.gz"_s);
        archive *w = archive_write_new();
        QVERIFY(w);
        QCOMPARE(archive_write_add_filter_gzip(w), ARCHIVE_OK);
        QCOMPARE(archive_write_set_filter_option(w, "gzip", "compression-level", "1"), ARCHIVE_OK);
        QCOMPARE(archive_write_set_format_ustar(w), ARCHIVE_OK);
        QCOMPARE(archive_write_open_filename(w, QFile::encodeName(path).constData()), ARCHIVE_OK);
        archive_entry *e = archive_entry_new();
        for (int i = 0; i < 1000000; ++i) {
            archive_entry_clear(e);
            const QByteArray name = "d" + QByteArray::number(i % 1000) + "/f" + QByteArray::number(i);
            archive_entry_set_pathname(e, name.constData());
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            archive_entry_set_size(e, 0);
            QCOMPARE(archive_write_header(w, e), ARCHIVE_OK);
        }
        archive_entry_free(e);
        QCOMPARE(archive_write_close(w), ARCHIVE_OK);
        archive_write_free(w);

        ScanLimits limits;
        limits.maxEntriesPerLayer = 250000;
        PathTree tree;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        const ScannedLayer result = LayerScanner(tree, limits)
                                        .scan(
                                            [&](const char **data) -> qint64 {
                                                *data = buffer.constData();
                                                return f.read(buffer.data(), buffer.size());
                                            },
                                            u"many"_s);
        QCOMPARE(result.error.kind, ImageError::Kind::Limit);
        QVERIFY(tree.size() <= 250000 + 1001);
        QVERIFY(tree.memoryUsage() < 250000 * 200);
    }

    void cancellation()
    {
        std::atomic_bool cancel {true};
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"image.tar"_s, scenario().archive(ImageFixture::Layout::DockerOci));
        ImageError error;
        QVERIFY(!ImageArchiveReader({}, {}, &cancel).read(path, &error));
        QCOMPARE(error.kind, ImageError::Kind::Cancelled);
    }

    void backgroundJob()
    {
        // The GUI path: off-thread, progress, one result then finished; a failure is a value.
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"image.tar"_s, scenario().archive(ImageFixture::Layout::DockerOci));
        ImageAnalysisJob job;
        QSignalSpy analysed(&job, &ImageAnalysisJob::analysed);
        QSignalSpy failed(&job, &ImageAnalysisJob::failed);
        QSignalSpy finished(&job, &ImageAnalysisJob::finished);
        const quint64 id = job.start(ImageSource::archive(path));
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(analysed.size(), 1);
        QCOMPARE(analysed.at(0).at(0).toULongLong(), id);
        checkScenario(analysed.at(0).at(1).value<LayeredImagePtr>());
        QCOMPARE(analysed.at(0).at(2).value<WasteReport>().wastedBytes, 174);

        const quint64 second
            = job.start(ImageSource::layoutDirectory(dir.path())); // a directory without index.json or manifest.json
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toULongLong(), second);
        QCOMPARE(failed.at(0).at(1).value<ImageError>().kind, ImageError::Kind::Missing);
    }

    void notAnImage()
    {
        QTemporaryDir dir;
        ImageError error;
        QVERIFY(!ImageArchiveReader().read(
            writeFile(dir, u"x.tar"_s, TarBuilder().file(u"readme"_s, "hi").build()), &error));
        QCOMPARE(error.kind, ImageError::Kind::Missing);
        QVERIFY(!ImageArchiveReader().read(writeFile(dir, u"y.tar"_s, "garbage that is not a tar"), &error));
        QCOMPARE(error.kind, ImageError::Kind::Format);
        QVERIFY(!ImageArchiveReader().read(dir.filePath(u"nope.tar"_s), &error));
        QCOMPARE(error.kind, ImageError::Kind::Io);
        QVERIFY(!ImageArchiveReader().read(
            writeFile(dir, u"m.tar"_s, TarBuilder().file(u"manifest.json"_s, "[{\"Config\": 1,").build()), &error));
        QCOMPARE(error.kind, ImageError::Kind::Format);
        QCOMPARE(error.line, 1);
    }
};

QTEST_GUILESS_MAIN(TestImageReader)
#include "tst_imagereader.moc"
