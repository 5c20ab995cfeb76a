// SPDX-License-Identifier: GPL-3.0-or-later
// The template-builds-first-try test (issue 11, LABELS engine): a project made from the Minimal template
// in an empty folder builds on the real engine without a registry and without copying anything by
// hand, and the image runs its command.
#include "core/builder/buildjob.h"
#include "core/engine/engineclient.h"
#include "core/files/templatecatalog.h"
#include "testengine.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

class TestTemplateBuild : public QObject
{
    Q_OBJECT

    EngineClient m_client;

private Q_SLOTS:
    void minimalBuildsOnTheFirstTry()
    {
        DW_REQUIRE_ENGINE(m_client);
        if (TemplateCatalog::hostStaticBusybox().isEmpty())
            QSKIP("no static busybox on this machine (install busybox-static)");
        QTemporaryDir dir;
        const TemplateCatalog::Outcome outcome
            = TemplateCatalog::create(u"minimal"_s, dir.filePath(u"Dockerfile"_s), true);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));

        const QString tag
            = u"dockwright-test/template-minimal:"_s + QString::number(QRandomGenerator::global()->generate(), 36);
        BuildRequest request;
        request.contextDir = dir.path();
        request.tags = {tag};
        request.networkMode = u"none"_s; // no registry is reachable: the template must not need one
        BuildJob job(&m_client);
        QSignalSpy finished(&job, &BuildJob::finished);
        job.start(request);
        QVERIFY(finished.wait(240000));
        QVERIFY2(job.state() == BuildJob::State::Succeeded, qPrintable(job.result().error.toString()));
        QVERIFY(!job.result().imageId.isEmpty());

        // The image does what the template says: busybox runs in FROM scratch.
        QProcess docker;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DOCKER_HOST"_s, qEnvironmentVariable("DOCKWRIGHT_TEST_ENGINE"));
        docker.setProcessEnvironment(env);
        docker.start(u"docker"_s, {u"run"_s, u"--rm"_s, u"--network=none"_s, tag});
        if (!docker.waitForStarted(10000))
            QSKIP("no docker CLI to run the image with");
        QVERIFY(docker.waitForFinished(120000));
        const QString out = QString::fromUtf8(docker.readAllStandardOutput());
        QVERIFY2(out.contains(u"Hello from a FROM scratch image"_s),
            qPrintable(out + QString::fromUtf8(docker.readAllStandardError())));
        QProcess rmi; // best effort: the tag is unique
        rmi.setProcessEnvironment(env);
        rmi.start(u"docker"_s, {u"rmi"_s, tag});
        rmi.waitForFinished(60000);
    }
};

QTEST_GUILESS_MAIN(TestTemplateBuild)
#include "tst_templatebuild.moc"
