// SPDX-License-Identifier: GPL-3.0-or-later
// The Layers work area against the real engine: View and Diff of a file of an engine image read
// from a new export of it (checked against the file a created container holds), and "Save image as
// archive…" writing what `docker save` writes (the archive's layers are the engine's), or nothing
// when cancelled.
#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/image/imagearchivereader.h"
#include "testengine.h"
#include "ui/layers/diffview.h"
#include "ui/layers/imagesaver.h"
#include "ui/layers/layerexplorer.h"
#include "ui/layers/pathdetailspane.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <archive.h>
#include <archive_entry.h>

using namespace Dockwright;
using namespace Dockwright::Core;
using namespace Dockwright::Test;
using namespace Dockwright::Ui;
using namespace Qt::StringLiterals;

namespace {

const QString Tag = u"dockwright-test/layers-content:latest"_s;
const QByteArray Dockerfile = "FROM dockwright-test/busybox:latest\n"
                              "COPY hello.txt /etc/hello.txt\n"
                              "RUN echo second >> /etc/hello.txt && ln /etc/hello.txt /etc/hello-hard\n"
                              "CMD [\"sh\"]\n";

// The first regular file of a tar held in memory.
QByteArray firstFile(const QByteArray &tar)
{
    QByteArray data;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_entry *entry = nullptr;
    if (archive_read_open_memory(a, tar.constData(), size_t(tar.size())) == ARCHIVE_OK) {
        while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
            if (archive_entry_filetype(entry) != AE_IFREG)
                continue;
            data.resize(qsizetype(archive_entry_size(entry)));
            if (archive_read_data(a, data.data(), size_t(data.size())) != la_ssize_t(data.size()))
                data.clear();
            break;
        }
    }
    archive_read_free(a);
    return data;
}

} // namespace

class TestLayersEngine final : public QObject
{
    Q_OBJECT

    EngineClient m_client;
    QTemporaryDir m_dir;
    bool m_ready = false;

    // GET /containers/{id}/archive of a created (never started) container: what the image holds.
    QByteArray fileInImage(const QString &path)
    {
        EngineCall *create = m_client.send(EngineApi::createContainer({{u"Image"_s, Tag}}));
        create->waitForFinished(30000);
        const QString id = create->jsonObject().value("Id"_L1).toString();
        if (id.isEmpty())
            return {};
        EngineCall *archive = m_client.send(EngineApi::containerArchive(id, path));
        archive->waitForFinished(30000);
        const QByteArray tar = archive->body();
        removeContainer(m_client, id);
        return firstFile(tar);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString busybox;
        DW_REQUIRE_BUSYBOX(m_client, busybox);
        QString error;
        QVERIFY2(!buildImage(m_client, Tag, Dockerfile, {{u"hello.txt"_s, "first line\n"}}, &error).isEmpty(),
            qPrintable(error));
        m_ready = true;
    }

    void viewsAndDiffsAFileOfAnEngineImage()
    {
        QVERIFY(m_ready);
        const QByteArray inImage = fileInImage(u"/etc/hello.txt"_s);
        QCOMPARE(inImage, QByteArray("first line\nsecond\n"));

        LayerExplorer explorer(nullptr);
        explorer.setEngineClient(&m_client);
        explorer.resize(1200, 800);
        explorer.show();
        QSignalSpy ready(&explorer, &LayerExplorer::snapshotReady);
        QSignalSpy failed(&explorer, &LayerExplorer::loadFailed);
        explorer.openSource(ImageSource::engineImage(Tag));
        QVERIFY2(ready.wait(120000), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(explorer.image()->fromEngine);
        QCOMPARE(int(explorer.image()->layers.size()), 4); // busybox COPY + RUN, then ours
        QVERIFY(explorer.saveButton()->isVisibleTo(&explorer));

        // View: the newest version, as the container has it; the older one as COPY left it.
        QSignalSpy shown(explorer.details(), &PathDetailsPane::contentsShown);
        QVERIFY(explorer.goToPath(u"/etc/hello.txt"_s));
        explorer.details()->viewContents(3);
        QVERIFY(shown.wait(120000));
        QCOMPARE(explorer.details()->textView()->toPlainText().toUtf8(), inImage);
        explorer.details()->viewContents(2);
        QVERIFY(shown.wait(120000));
        QCOMPARE(explorer.details()->textView()->toPlainText(), u"first line\n"_s);

        // Diff of the two layers' versions, from one export.
        explorer.details()->compareLayers(2, 3);
        QVERIFY(shown.wait(120000));
        QCOMPARE(explorer.details()->textView()->toPlainText(), u"@@ -1,1 +1,2 @@\n  first line\n+ second"_s);

        // A hard link made in layer 3: its bytes are its target's in that layer.
        QVERIFY(explorer.goToPath(u"/etc/hello-hard"_s));
        explorer.details()->viewContents(3);
        QVERIFY(shown.wait(120000));
        QCOMPARE(explorer.details()->textView()->toPlainText().toUtf8(), inImage);

        // Cancel while the engine exports: the pane says so, and a new View still works.
        explorer.details()->viewContents(3);
        QVERIFY(explorer.details()->cancelButton()->isVisibleTo(explorer.details()));
        explorer.details()->cancelContents();
        QVERIFY(shown.wait(10000));
        QVERIFY(!explorer.details()->cancelButton()->isVisibleTo(explorer.details()));
        explorer.details()->viewContents(3);
        QVERIFY(shown.wait(120000));
        QCOMPARE(explorer.details()->textView()->toPlainText().toUtf8(), inImage);
    }

    void savesTheImageAsAnArchive()
    {
        QVERIFY(m_ready);
        EngineCall *inspect = m_client.send(EngineApi::inspectImage(Tag));
        inspect->waitForFinished(30000);
        QStringList diffIds;
        for (const QJsonValue &layer : inspect->jsonObject().value("RootFS"_L1).toObject().value("Layers"_L1).toArray())
            diffIds.append(layer.toString());
        QCOMPARE(diffIds.size(), 4);

        const QString path = m_dir.filePath(u"saved.tar"_s);
        ImageSaver saver(&m_client, Tag, nullptr);
        QSignalSpy finished(&saver, &ImageSaver::finished);
        saver.save(path);
        QVERIFY(saver.isRunning());
        QVERIFY(saver.progressDialog() && saver.progressDialog()->isVisible());
        QVERIFY(finished.wait(120000));
        const auto error = finished.first().at(0).value<ImageError>();
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(finished.first().at(1).toString(), path);
        QVERIFY(!saver.progressDialog()->isVisible());

        ImageError readError;
        const LayeredImagePtr image = ImageArchiveReader().read(path, &readError);
        QVERIFY2(image, qPrintable(readError.toString()));
        QStringList saved;
        for (const ImageLayer &layer : image->layers)
            saved.append(layer.diffId);
        QCOMPARE(saved, diffIds);
        QCOMPARE(image->reference.section(u'/', -1), Tag.section(u'/', -1));
    }

    void cancelledSaveLeavesNoFile()
    {
        QVERIFY(m_ready);
        const QString path = m_dir.filePath(u"cancelled.tar"_s);
        ImageSaver saver(&m_client, Tag, nullptr);
        QSignalSpy finished(&saver, &ImageSaver::finished);
        saver.save(path);
        saver.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<ImageError>().kind, ImageError::Kind::Cancelled);
        QVERIFY(!QFile::exists(path));

        // Also once the export streams: cancelled at the first bytes written. Either the cancel came
        // in time and the partial file is discarded, or the save had completed and the file is whole.
        ImageSaver second(&m_client, Tag, nullptr);
        QSignalSpy secondFinished(&second, &ImageSaver::finished);
        connect(&second, &ImageSaver::progress, &second, &ImageSaver::cancel);
        second.save(path);
        QVERIFY(secondFinished.wait(120000));
        const auto error = secondFinished.first().at(0).value<ImageError>();
        if (error) {
            QCOMPARE(error.kind, ImageError::Kind::Cancelled);
            QVERIFY(!QFile::exists(path));
        } else {
            ImageError readError;
            QVERIFY2(ImageArchiveReader().read(path, &readError), qPrintable(readError.toString()));
        }
    }

    void suggestsAFileName()
    {
        QCOMPARE(ImageSaver::suggestedFileName(u"docker.io/library/busybox:latest"_s), u"busybox_latest.tar"_s);
        QCOMPARE(ImageSaver::suggestedFileName(u"sha256:0123456789abcdef0123"_s), u"0123456789ab.tar"_s);
    }
};

QTEST_MAIN(TestLayersEngine)
#include "tst_layersengine.moc"
