// SPDX-License-Identifier: GPL-3.0-or-later
// Image analysis benchmark (see bench/run-image-bench.sh):
//   bench_imageanalysis generate DIR   writes DIR/layers/layerN.tar (10 layers, 200,000 files, ~1 GB) and
//                                      DIR/image.tar, a Docker 25+ style save (OCI blobs + manifest.json);
//   bench_imageanalysis analyse FILE   reads and analyses it once; prints wall time, peak RSS, bytes/entry;
//   bench_imageanalysis hash           content-hash throughput of the algorithms ContentHasher offers.
#include "core/image/contenthasher.h"
#include "core/image/imagearchivereader.h"
#include "core/image/wasteanalysis.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <archive.h>
#include <archive_entry.h>
#include <cstdio>
#include <sys/resource.h>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

constexpr int Layers = 10;
constexpr int DirsPerLayer = 200;
constexpr int FilesPerDir = 100;
constexpr int Overwrites = 1000;

qint64 peakRssBytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

struct Sink
{
    QFile *file;
    QCryptographicHash *hash;
};

la_ssize_t writeSink(archive *, void *client, const void *buffer, size_t length)
{
    auto *sink = static_cast<Sink *>(client);
    if (sink->hash)
        sink->hash->addData(QByteArrayView(static_cast<const char *>(buffer), qsizetype(length)));
    return sink->file->write(static_cast<const char *>(buffer), qint64(length)) == qint64(length) ? la_ssize_t(length)
                                                                                                  : -1;
}

bool writeEntry(archive *a, const QByteArray &path, int type, const char *data, qint64 size)
{
    archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, path.constData());
    archive_entry_set_filetype(e, unsigned(type));
    archive_entry_set_perm(e, type == AE_IFDIR ? 0755 : 0644);
    archive_entry_set_size(e, type == AE_IFREG ? size : 0);
    archive_entry_set_mtime(e, 1700000000, 0);
    bool ok = archive_write_header(a, e) == ARCHIVE_OK;
    archive_entry_free(e);
    if (ok && type == AE_IFREG && size > 0)
        ok = archive_write_data(a, data, size_t(size)) == la_ssize_t(size);
    return ok;
}

int generate(const QString &dir)
{
    QDir().mkpath(dir + "/layers"_L1);
    QByteArray random(1 << 20, Qt::Uninitialized);
    quint64 state = 0x1234567;
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    for (char &c : random)
        c = char(next());
    QStringList digests;
    QList<qint64> sizes;
    qint64 totalBytes = 0;
    qint64 totalFiles = 0;
    for (int layer = 0; layer < Layers; ++layer) {
        QFile file(dir + "/layers/layer"_L1 + QString::number(layer) + ".tar"_L1);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        Sink sink {&file, &hash};
        archive *a = archive_write_new();
        archive_write_set_format_pax_restricted(a);
        archive_write_set_bytes_in_last_block(a, 1);
        if (archive_write_open2(a, &sink, nullptr, writeSink, nullptr, nullptr) != ARCHIVE_OK)
            return 1;
        const QByteArray top = "l" + QByteArray::number(layer);
        writeEntry(a, top + '/', AE_IFDIR, nullptr, 0);
        for (int d = 0; d < DirsPerLayer; ++d) {
            const QByteArray sub = top + "/d" + QByteArray::number(d);
            writeEntry(a, sub + '/', AE_IFDIR, nullptr, 0);
            for (int f = 0; f < FilesPerDir; ++f) {
                const qint64 size = qint64(next() % 10000);
                const qint64 offset = qint64(next() % quint64(random.size() - 10000));
                writeEntry(a, sub + "/f" + QByteArray::number(f), AE_IFREG, random.constData() + offset, size);
                totalBytes += size;
                ++totalFiles;
            }
        }
        if (layer > 0) {
            // Rewrites, a deleted directory and an opaque one: the work whiteouts and waste need.
            const QByteArray below = "l" + QByteArray::number(layer - 1);
            for (int i = 0; i < Overwrites; ++i) {
                const qint64 size = qint64(next() % 10000);
                writeEntry(a, below + "/d" + QByteArray::number(i % 150) + "/f" + QByteArray::number(i / 150), AE_IFREG,
                    random.constData() + qint64(next() % 100000), size);
                totalBytes += size;
            }
            writeEntry(a, below + "/.wh.d199", AE_IFREG, nullptr, 0);
            writeEntry(a, below + "/d198/.wh..wh..opq", AE_IFREG, nullptr, 0);
        }
        if (archive_write_close(a) != ARCHIVE_OK)
            return 1;
        archive_write_free(a);
        digests << QString::fromLatin1(hash.result().toHex());
        sizes << file.size();
    }

    // The outer archive: blobs first, index.json/manifest.json last (as Docker 25+ writes them).
    QFile out(dir + "/image.tar"_L1);
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    Sink sink {&out, nullptr};
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (archive_write_open2(a, &sink, nullptr, writeSink, nullptr, nullptr) != ARCHIVE_OK)
        return 1;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    QJsonArray layerDescriptors;
    QJsonArray diffIds;
    QJsonArray history;
    QJsonArray legacyLayers;
    for (int layer = 0; layer < Layers; ++layer) {
        const QByteArray path = "blobs/sha256/" + digests[layer].toLatin1();
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, path.constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, sizes[layer]);
        if (archive_write_header(a, e) != ARCHIVE_OK)
            return 1;
        archive_entry_free(e);
        QFile in(dir + "/layers/layer"_L1 + QString::number(layer) + ".tar"_L1);
        if (!in.open(QIODevice::ReadOnly))
            return 1;
        qint64 n = 0;
        while ((n = in.read(buffer.data(), buffer.size())) > 0) {
            if (archive_write_data(a, buffer.constData(), size_t(n)) != la_ssize_t(n))
                return 1;
        }
        layerDescriptors.append(QJsonObject {{"mediaType"_L1, "application/vnd.oci.image.layer.v1.tar"_L1},
            {"digest"_L1, QString("sha256:"_L1 + digests[layer])}, {"size"_L1, sizes[layer]}});
        diffIds.append(QString("sha256:"_L1 + digests[layer]));
        history.append(QJsonObject {{"created_by"_L1, QString("RUN generate layer "_L1 + QString::number(layer))}});
        legacyLayers.append(QString::fromLatin1(path));
    }
    const QByteArray config = QJsonDocument(
        QJsonObject {{"architecture"_L1, "amd64"_L1}, {"os"_L1, "linux"_L1},
            {"rootfs"_L1, QJsonObject {{"type"_L1, "layers"_L1}, {"diff_ids"_L1, diffIds}}},
            {"history"_L1,
                history}}).toJson(QJsonDocument::Compact);
    const QString configHex = QString::fromLatin1(QCryptographicHash::hash(config, QCryptographicHash::Sha256).toHex());
    const QByteArray manifest = QJsonDocument(
        QJsonObject {{"schemaVersion"_L1, 2}, {"mediaType"_L1, "application/vnd.oci.image.manifest.v1+json"_L1},
            {"config"_L1,
                QJsonObject {{"mediaType"_L1, "application/vnd.oci.image.config.v1+json"_L1},
                    {"digest"_L1, QString("sha256:"_L1 + configHex)}, {"size"_L1, config.size()}}},
            {"layers"_L1,
                layerDescriptors}}).toJson(QJsonDocument::Compact);
    const QString manifestHex
        = QString::fromLatin1(QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex());
    const QByteArray index = QJsonDocument(
        QJsonObject {{"schemaVersion"_L1, 2},
            {"manifests"_L1,
                QJsonArray {QJsonObject {{"mediaType"_L1, "application/vnd.oci.image.manifest.v1+json"_L1},
                    {"digest"_L1, QString("sha256:"_L1 + manifestHex)}, {"size"_L1, manifest.size()}}}}})
                                 .toJson(QJsonDocument::Compact);
    const QByteArray legacy
        = QJsonDocument(QJsonArray {QJsonObject {{"Config"_L1, QString("blobs/sha256/"_L1 + configHex)},
                            {"RepoTags"_L1, QJsonArray {"bench:latest"_L1}}, {"Layers"_L1, legacyLayers}}})
              .toJson(QJsonDocument::Compact);
    const bool ok = writeEntry(a, "blobs/sha256/" + configHex.toLatin1(), AE_IFREG, config.constData(), config.size())
        && writeEntry(a, "blobs/sha256/" + manifestHex.toLatin1(), AE_IFREG, manifest.constData(), manifest.size())
        && writeEntry(a, "oci-layout", AE_IFREG, "{\"imageLayoutVersion\":\"1.0.0\"}", 30)
        && writeEntry(a, "index.json", AE_IFREG, index.constData(), index.size())
        && writeEntry(a, "manifest.json", AE_IFREG, legacy.constData(), legacy.size());
    if (!ok || archive_write_close(a) != ARCHIVE_OK)
        return 1;
    archive_write_free(a);
    std::printf("generated %s: %lld files, %lld content bytes, archive %lld bytes\n", qPrintable(out.fileName()),
        totalFiles, totalBytes, out.size());
    return 0;
}

int analyse(const QString &path)
{
    const qint64 rssBefore = peakRssBytes();
    QElapsedTimer timer;
    timer.start();
    ImageError error;
    const LayeredImagePtr image = ImageArchiveReader().read(path, &error);
    if (!image) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    const qint64 readMs = timer.elapsed();
    const WasteReport waste = WasteAnalysis::analyse(*image);
    const qint64 totalMs = timer.elapsed();
    const qint64 entries = image->entryCount();
    const qint64 peak = peakRssBytes();
    std::printf("analysis: %lld ms (read+scan+hash %lld ms, waste %lld ms); %lld entries, %u paths; "
                "efficiency %.4f, wasted %lld bytes\n",
        totalMs, readMs, totalMs - readMs, entries, image->tree->size(), waste.efficiency, waste.wastedBytes);
    std::printf("peak RSS: %.1f MB (%.1f MB before reading); %.0f bytes/entry over the whole process, "
                "%.0f bytes/entry for the analysis; path tree %.1f MB\n",
        double(peak) / 1e6, double(rssBefore) / 1e6, double(peak) / double(entries),
        double(peak - rssBefore) / double(entries), double(image->tree->memoryUsage()) / 1e6);
    return 0;
}

int hashThroughput()
{
    QByteArray data(256 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 2654435761u) >> 11);
    const struct
    {
        const char *name;
        ContentHasher::Algorithm algorithm;
    } algorithms[] = {{"fast (qHashBits, 64 KiB blocks)", ContentHasher::Algorithm::Fast},
        {"SHA-1", ContentHasher::Algorithm::Sha1}, {"BLAKE2b-160", ContentHasher::Algorithm::Blake2b}};
    for (const auto &a : algorithms) {
        ContentHasher hasher(a.algorithm);
        QElapsedTimer timer;
        timer.start();
        for (qsizetype offset = 0; offset < data.size(); offset += 10240)
            hasher.addData(data.constData() + offset, qMin<qsizetype>(10240, data.size() - offset));
        volatile quint64 sink = hasher.result();
        Q_UNUSED(sink);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("hash %-32s %7.0f MB/s\n", a.name, double(data.size()) / 1e6 / seconds);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == "generate"_L1)
        return generate(args[2]);
    if (args.size() >= 3 && args[1] == "analyse"_L1)
        return analyse(args[2]);
    if (args.size() >= 2 && args[1] == "hash"_L1)
        return hashThroughput();
    std::fprintf(stderr, "usage: bench_imageanalysis generate DIR | analyse FILE | hash\n");
    return 2;
}
