// SPDX-License-Identifier: GPL-3.0-or-later
// Builds an image twice through BuildJob against the real engine (the second build reuses the cache for
// the steps before a changed file), stores both in the build history, reads each image back with
// ImageLoader and joins its layers to the build steps: step line, cached flag and duration per layer;
// a multi-stage build whose final stage is built FROM another stage.
#include "core/builder/buildhistory.h"
#include "core/builder/buildjob.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/image/imageloader.h"
#include "core/image/layerbuildjoin.h"
#include "testengine.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

class TestLayerBuildJoin : public QObject
{
    Q_OBJECT

    EngineClient m_client;
    QString m_base;
    QString m_token = QString::number(QRandomGenerator::global()->generate64(), 36);
    QTemporaryDir m_dataHome;
    QStringList m_tags;

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    // Builds contextDir tagged tag and appends the result to the project's history, as the GUI does.
    BuildResult buildAndRecord(const QString &contextDir, const QString &tag)
    {
        BuildRequest request;
        request.contextDir = contextDir;
        request.networkMode = u"none"_s;
        request.tags = {tag};
        BuildJob job(&m_client);
        QSignalSpy finished(&job, &BuildJob::finished);
        job.start(request);
        if (!finished.wait(240000))
            qWarning("build did not finish in time");
        if (job.state() != BuildJob::State::Succeeded)
            qWarning("build failed: %s", qPrintable(job.result().error.toString()));
        m_tags.append(tag);
        BuildHistory history(BuildHistory::fileForContext(contextDir));
        QString error;
        if (!history.load(&error))
            qWarning("history: %s", qPrintable(error));
        history.append(job.result());
        if (!history.save(&error))
            qWarning("history: %s", qPrintable(error));
        return job.result();
    }

    LayeredImagePtr analyse(const QString &reference)
    {
        ImageLoader::Options options;
        options.host = Dockwright::Test::testEndpoint().uri;
        ImageError error;
        LayeredImagePtr image = ImageLoader::load(reference, options, &error);
        if (!image)
            qWarning("analyse %s: %s", qPrintable(reference), qPrintable(error.toString()));
        return image;
    }

    // "line:cached" per layer, "-" for a layer no step made (base layers).
    static QStringList describe(const LayerBuildJoinResult &join)
    {
        QStringList rows;
        for (const LayerBuildStep &step : join.layers)
            rows.append(
                step.isValid() ? QString::number(step.line) + (step.cached ? u":cached"_s : u":built"_s) : u"-"_s);
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DW_REQUIRE_BUSYBOX(m_client, m_base);
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", m_dataHome.path().toLocal8Bit()); // keep the history out of the user's home
    }

    void cleanupTestCase()
    {
        for (const QString &tag : std::as_const(m_tags)) {
            EngineCall *call = m_client.send(EngineRequest::del(u"/images/"_s + tag, QUrlQuery(u"force=1"_s)));
            call->setAutoDelete(false);
            call->waitForFinished(30000);
            delete call;
        }
    }

    void normalizesCreatedBy()
    {
        QCOMPARE(LayerBuildJoin::normalizedInstruction(u"RUN /bin/sh -c echo  hi # buildkit"_s), u"RUN echo hi"_s);
        QCOMPARE(LayerBuildJoin::normalizedInstruction(u"COPY b.txt /b.txt # buildkit"_s), u"COPY b.txt /b.txt"_s);
        QCOMPARE(LayerBuildJoin::normalizedInstruction(u"run echo hi"_s), u"RUN echo hi"_s);
        QCOMPARE(LayerBuildJoin::normalizedInstruction(u"/bin/sh -c #(nop)  CMD [\"sh\"]"_s), u"CMD [\"sh\"]"_s);
    }

    // Records from several project files: the newest successful one with the id wins; a broken file
    // and failed builds are passed over.
    void findsNewestRecordAcrossProjects()
    {
        QTemporaryDir dir;
        auto record = [](const QString &context, const QString &id, int minutes, bool ok) {
            BuildResult r;
            r.request.contextDir = context;
            r.imageId = ok ? id : QString();
            r.started = QDateTime(QDate(2026, 1, 1), QTime(10, minutes), QTimeZone::UTC);
            return r;
        };
        BuildHistory one(dir.filePath(u"one.json"_s));
        one.append(record(u"/p/one"_s, u"sha256:aa"_s, 1, true));
        one.append(record(u"/p/one"_s, u"sha256:aa"_s, 9, false));
        BuildHistory two(dir.filePath(u"two.json"_s));
        two.append(record(u"/p/two"_s, u"sha256:aa"_s, 5, true));
        two.append(record(u"/p/two"_s, u"sha256:bb"_s, 7, true));
        QString error;
        QVERIFY2(one.save(&error) && two.save(&error), qPrintable(error));
        QVERIFY(writeFile(dir.filePath(u"broken.json"_s), "{ not json"));

        QString file;
        std::optional<BuildResult> found = LayerBuildJoin::findBuild(u"aa"_s, dir.path(), &file);
        QVERIFY(found);
        QCOMPARE(found->request.contextDir, u"/p/two"_s);
        QCOMPARE(file, dir.filePath(u"two.json"_s));
        found = LayerBuildJoin::findBuild(u"sha256:bb"_s, dir.path());
        QVERIFY(found);
        QCOMPARE(found->started.time().minute(), 7);
        QVERIFY(!LayerBuildJoin::findBuild(u"sha256:cc"_s, dir.path()));
        QVERIFY(!LayerBuildJoin::findBuild(QString(), dir.path()));
    }

    void noRecordForForeignImage()
    {
        LayeredImagePtr image = analyse(m_base);
        QVERIFY(image);
        const LayerBuildJoinResult join = LayerBuildJoin::joinFromHistory(*image);
        QVERIFY(!join.matched);
        QCOMPARE(join.joinedLayers, 0);
    }

    void secondBuildIsCached()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s),
            (u"FROM "_s + m_base
                + u"\n"
                  "RUN echo one-"_s
                + m_token
                + u" > /one\n"
                  "LABEL purpose=join\n"
                  "COPY b.txt /b.txt\n"
                  "RUN echo two > /two\n"_s)
                .toUtf8()));
        QVERIFY(writeFile(dir.filePath(u"b.txt"_s), "first\n"));
        const BuildResult first = buildAndRecord(dir.path(), u"dockwright-test/join-a:"_s + m_token);
        QVERIFY(first.ok());
        QVERIFY(writeFile(dir.filePath(u"b.txt"_s), "second\n"));
        const BuildResult second = buildAndRecord(dir.path(), u"dockwright-test/join-b:"_s + m_token);
        QVERIFY(second.ok());
        QVERIFY(first.imageId != second.imageId);

        QString file;
        const std::optional<BuildResult> found
            = LayerBuildJoin::findBuild(second.imageId, LayerBuildJoin::historyDirectory(), &file);
        QVERIFY(found);
        QCOMPARE(found->imageId, second.imageId);
        QCOMPARE(file, BuildHistory::fileForContext(dir.path()));

        LayeredImagePtr firstImage = analyse(m_tags.at(0));
        LayeredImagePtr secondImage = analyse(m_tags.at(1));
        QVERIFY(firstImage && secondImage);
        const int base = int(firstImage->layers.size()) - 3;
        QVERIFY2(base >= 1, qPrintable(QString::number(firstImage->layers.size())));

        const LayerBuildJoinResult a = LayerBuildJoin::joinFromHistory(*firstImage);
        const LayerBuildJoinResult b = LayerBuildJoin::joinFromHistory(*secondImage);
        QVERIFY(a.matched && b.matched);
        QCOMPARE(a.historyFile, file);
        QStringList expectA(base, u"-"_s);
        expectA << u"2:built"_s << u"4:built"_s << u"5:built"_s;
        QStringList expectB(base, u"-"_s);
        expectB << u"2:cached"_s << u"4:built"_s << u"5:built"_s;
        QCOMPARE(describe(a), expectA);
        QCOMPARE(describe(b), expectB);
        QCOMPARE(b.joinedLayers, 3);

        const LayerBuildStep *copy = b.forLayer(base + 1);
        QVERIFY(copy);
        QCOMPARE(copy->instruction, u"COPY b.txt /b.txt"_s);
        QCOMPARE(copy->endLine, 4);
        QVERIFY(copy->durationMs >= 0);
        QVERIFY(!copy->dockerfile.isEmpty());
        QVERIFY(!b.forLayer(base - 1));
    }

    // Only the final stage's chain is in the image: a builder stage's RUN made no layer of it, a stage
    // built FROM another one carries that one's layers too, COPY --from names its source stage.
    void multiStage()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s),
            (u"FROM "_s + m_base
                + u" AS tools\n"
                  "RUN echo tool-"_s
                + m_token
                + u" > /tool\n"
                  "FROM "_s
                + m_base
                + u" AS parts\n"
                  "RUN echo part-"_s
                + m_token
                + u" > /part\n"
                  "FROM parts\n"
                  "COPY --from=tools /tool /usr/tool\n"
                  "RUN cat /usr/tool /part > /all\n"_s)
                .toUtf8()));
        const BuildResult built = buildAndRecord(dir.path(), u"dockwright-test/join-m:"_s + m_token);
        QVERIFY(built.ok());
        LayeredImagePtr image = analyse(m_tags.last());
        QVERIFY(image);
        const LayerBuildJoinResult join = LayerBuildJoin::joinFromHistory(*image);
        QVERIFY(join.matched);
        const int base = int(image->layers.size()) - 3;
        QVERIFY(base >= 1);
        QStringList expected(base, u"-"_s);
        expected << u"4:built"_s << u"6:built"_s << u"7:built"_s;
        QCOMPARE(describe(join), expected);
        QCOMPARE(join.layers.at(base).stage, u"parts"_s);
    }
};

QTEST_GUILESS_MAIN(TestLayerBuildJoin)
#include "tst_layerbuildjoin.moc"
