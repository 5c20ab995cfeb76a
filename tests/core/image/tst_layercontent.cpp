// SPDX-License-Identifier: GPL-3.0-or-later
// LayerContentReader: one file of one layer read back from every archive layout and from a layout
// directory, hard links followed, and the refusals (missing, binary, too big, engine source).
#include "core/image/imagearchivereader.h"
#include "core/image/layercontentreader.h"
#include "imagefixture.h"
#include "tarbuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Core;
using namespace Dockwright::Test;
using namespace Qt::StringLiterals;

class TestLayerContent final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static ImageFixture fixture()
    {
        const QByteArray base = TarBuilder()
                                    .file(u"etc/os-release"_s, "NAME=one\n")
                                    .hardlink(u"etc/alias"_s, u"etc/os-release"_s)
                                    .file(u"bin/blob"_s,
                                        QByteArray("\x7f"
                                                   "ELF\0\0\1",
                                            7))
                                    .file(u"big.txt"_s, QByteArray(2000, 'x'))
                                    .build(TarBuilder::Compression::Gzip);
        const QByteArray top = TarBuilder().file(u"etc/os-release"_s, "NAME=two\nVERSION=2\n").build();
        ImageFixture f;
        f.layer(base, u"COPY / /"_s).layer(top, u"RUN edit"_s);
        return f;
    }

    LayeredImagePtr load(const QString &path)
    {
        ImageError error;
        LayeredImagePtr image = ImageArchiveReader().read(path, &error);
        if (!image)
            qWarning() << error.toString();
        return image;
    }

private Q_SLOTS:
    void readsEachLayout_data()
    {
        QTest::addColumn<int>("layout");
        QTest::newRow("docker-legacy") << int(ImageFixture::Layout::DockerLegacy);
        QTest::newRow("docker-oci") << int(ImageFixture::Layout::DockerOci);
        QTest::newRow("oci-archive") << int(ImageFixture::Layout::OciArchive);
        QTest::newRow("podman-links") << int(ImageFixture::Layout::PodmanLinks);
    }
    void readsEachLayout()
    {
        QFETCH(int, layout);
        const QString path = m_dir.filePath(u"image-%1.tar"_s.arg(layout));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fixture().archive(ImageFixture::Layout(layout)));
        file.close();
        const LayeredImagePtr image = load(path);
        QVERIFY(image);
        ImageError error;
        QCOMPARE(LayerContentReader::readText(*image, 0, "etc/os-release", &error), QByteArray("NAME=one\n"));
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(
            LayerContentReader::readText(*image, 1, "etc/os-release", &error), QByteArray("NAME=two\nVERSION=2\n"));
        // A hard link's bytes live at its target, earlier in the same layer.
        QCOMPARE(LayerContentReader::readText(*image, 0, "etc/alias", &error), QByteArray("NAME=one\n"));
        QVERIFY2(!error, qPrintable(error.toString()));
    }

    // An engine image's files come from a new export of it: one pass over the stream answers every
    // layer asked for, hard links and linked layer blobs included, and stops pulling when done.
    void readsFromAStream_data() { readsEachLayout_data(); }
    void readsFromAStream()
    {
        QFETCH(int, layout);
        const QByteArray bytes = fixture().archive(ImageFixture::Layout(layout));
        const QString path = m_dir.filePath(u"stream-%1.tar"_s.arg(layout));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const LayeredImagePtr image = load(path);
        QVERIFY(image);
        constexpr qsizetype Chunk = 700; // smaller than a tar block: entries straddle pulls
        qsizetype offset = 0;
        const LayerContentReader::Pull pull = [&](const char **data) -> qint64 {
            const qsizetype n = qMin(Chunk, bytes.size() - offset);
            *data = bytes.constData() + offset;
            offset += n;
            return n;
        };
        LayerContentReader::StreamResult read
            = LayerContentReader::readTextsFromStream(*image, {0, 1}, "etc/os-release", pull, {});
        QCOMPARE(read.texts, QList<QByteArray>({"NAME=one\n", "NAME=two\nVERSION=2\n"}));
        QCOMPARE(read.errors.size(), 2);
        QVERIFY2(!read.errors[0] && !read.errors[1], qPrintable(read.errors[0].toString() + read.errors[1].toString()));

        offset = 0;
        read = LayerContentReader::readTextsFromStream(*image, {0}, "etc/alias", pull, {});
        QCOMPARE(read.texts, QList<QByteArray>({"NAME=one\n"}));
        QVERIFY2(!read.errors[0], qPrintable(read.errors[0].toString()));
        if (layout == int(ImageFixture::Layout::DockerOci))
            QVERIFY2(offset < bytes.size(), "the pass stops once the layer asked for has passed");

        // Missing in a layer, binary, and a stream that fails: per layer, with the reason.
        offset = 0;
        read = LayerContentReader::readTextsFromStream(*image, {1, 0}, "bin/blob", pull, {});
        QCOMPARE(read.errors[0].kind, ImageError::Kind::Missing);
        QCOMPARE(read.errors[1].kind, ImageError::Kind::Format);
        const LayerContentReader::Pull broken = [](const char **) -> qint64 { return -1; };
        read = LayerContentReader::readTextsFromStream(*image, {1}, "etc/os-release", broken,
            [] { return ImageError::make(ImageError::Kind::Engine, u"engine went away"_s); });
        QCOMPARE(read.errors[0].kind, ImageError::Kind::Engine);
        QCOMPARE(read.errors[0].message, u"engine went away"_s);
    }

    void readsLayoutDirectory()
    {
        const QString dir = m_dir.filePath(u"layout"_s);
        QVERIFY(fixture().writeDirectory(dir));
        const LayeredImagePtr image = load(dir);
        QVERIFY(image);
        ImageError error;
        QCOMPARE(
            LayerContentReader::readText(*image, 1, "etc/os-release", &error), QByteArray("NAME=two\nVERSION=2\n"));
        QVERIFY2(!error, qPrintable(error.toString()));
    }

    void refuses()
    {
        const QString path = m_dir.filePath(u"refuse.tar"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fixture().archive(ImageFixture::Layout::DockerOci));
        file.close();
        const LayeredImagePtr image = load(path);
        QVERIFY(image);
        ImageError error;
        QVERIFY(LayerContentReader::readText(*image, 1, "big.txt", &error).isEmpty());
        QCOMPARE(error.kind, ImageError::Kind::Missing); // not in that layer
        QVERIFY(LayerContentReader::readText(*image, 0, "bin/blob", &error).isEmpty());
        QCOMPARE(error.kind, ImageError::Kind::Format);
        QVERIFY(LayerContentReader::readText(*image, 0, "big.txt", &error, 1000).isEmpty());
        QCOMPARE(error.kind, ImageError::Kind::Limit);
        QCOMPARE(LayerContentReader::readText(*image, 0, "big.txt", &error, 4000).size(), 2000);
        QVERIFY(LayerContentReader::readText(*image, 7, "big.txt", &error).isEmpty());
        QCOMPARE(error.kind, ImageError::Kind::Missing);

        LayeredImage fromEngine;
        fromEngine.source = u"busybox:latest-not-a-file"_s;
        fromEngine.layers.resize(1);
        QVERIFY(LayerContentReader::readText(fromEngine, 0, "etc/os-release", &error).isEmpty());
        QCOMPARE(error.kind, ImageError::Kind::Missing);

        std::atomic_bool cancel {true};
        QVERIFY(LayerContentReader::readText(*image, 0, "etc/os-release", &error, 4000, &cancel).isEmpty());
        QCOMPARE(error.kind, ImageError::Kind::Cancelled);
    }

    void sniffsText()
    {
        QVERIFY(LayerContentReader::looksLikeText("plain\n"));
        QVERIFY(LayerContentReader::looksLikeText("gr\xc3\xbc\xc3\x9f"));
        QVERIFY(!LayerContentReader::looksLikeText(QByteArrayView("a\0b", 3)));
        QVERIFY(!LayerContentReader::looksLikeText("\xff\xfe"));
    }
};

QTEST_GUILESS_MAIN(TestLayerContent)
#include "tst_layercontent.moc"
