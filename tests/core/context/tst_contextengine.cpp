// SPDX-License-Identifier: GPL-3.0-or-later
// Equivalence with Docker: a build from our context tar sees exactly the files a `docker build` of the same
// directory sees (classic builder via DOCKER_BUILDKIT=0, BuildKit via buildx).
#include "core/context/buildcontext.h"
#include "core/context/contexttardevice.h"
#include "core/context/contextwalker.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "testengine.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Dockwright::Core;

namespace {

const QByteArray Dockerfile = "FROM dockwright-test/busybox:latest\n"
                              "COPY . /ctx\n"
                              "RUN echo LIST-BEGIN && find /ctx | sort && echo LIST-END\n";

// The lines between the markers, wherever they sit in the builder's output; prefix strips BuildKit's
// "#7 0.139 " progress prefix.
QStringList listBetweenMarkers(const QString &output, bool buildKitPrefix)
{
    static const QRegularExpression prefix(QStringLiteral("^#\\d+ \\d+\\.\\d+ "));
    QStringList list;
    bool inside = false;
    for (QString line : output.split(u'\n')) {
        if (buildKitPrefix) {
            if (!prefix.match(line).hasMatch())
                continue;
            line.remove(prefix);
        }
        line = line.trimmed();
        if (line == u"LIST-BEGIN") {
            inside = true;
            list.clear();
        } else if (line == u"LIST-END") {
            inside = false;
        } else if (inside) {
            list << line;
        }
    }
    return list;
}

} // namespace

class TestContextEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    void write(const QString &root, const QString &rel, const QByteArray &data)
    {
        const QString path = root + u'/' + rel;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }

    // A context with nested folders, empty folders, a symlink, spaces and regex metacharacters in names.
    QString makeContext(const QString &name, const QByteArray &ignore)
    {
        const QString root = m_tmp.path() + u'/' + name;
        const char *files[] = {"important.log", "debug.log", "src/main.c", "src/sub/util.c", "src/sub/trace.log",
            "node_modules/pkg/index.js", "web/node_modules/pkg/index.js", "web/app/app.js", "web/cache/blob",
            "cache/top", "docs/README.md", "docs/other.md", "docs/sub/deep.md", "build/out.o",
            "build/keep/artifact.bin", "build/keep/sub/more.bin", "a/c", "a/d", "temp1", "temp12", "x/secret.txt",
            "x/y/secret.txt", "with space/file name.txt", "a(b)c/def", "lib/keep.txt", "lib/drop.txt",
            "lib/deep/keep.txt", "README.md"};
        for (const char *f : files)
            write(root, QString::fromUtf8(f), QByteArray("content of ") + f);
        QDir().mkpath(root + QLatin1String("/empty/dir"));
        QFile::link(QStringLiteral("src/main.c"), root + QLatin1String("/link-to-main"));
        write(root, QStringLiteral("Dockerfile"), Dockerfile);
        write(root, QStringLiteral(".dockerignore"), ignore);
        return root;
    }

    // What our packer sends, built by the engine from the tar (classic builder: it applies no filter of
    // its own beyond hiding an ignored Dockerfile/.dockerignore, like for the docker CLI's tar).
    QStringList buildOurs(EngineClient &client, const QString &root, QString *error)
    {
        ContextError contextError;
        const auto context = BuildContext::open(root, {}, &contextError);
        const auto scan = context ? ContextWalker::scan(*context, {}, &contextError) : std::nullopt;
        if (!scan) {
            *error = contextError.toString();
            return {};
        }
        ContextTarDevice device(context->root(), scan->entries);
        if (!device.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot open the tar device");
            return {};
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("version"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("networkmode"), QStringLiteral("none"));
        query.addQueryItem(QStringLiteral("nocache"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("rm"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("forcerm"), QStringLiteral("1"));
        EngineRequest request = EngineRequest::post(QStringLiteral("/build"), query);
        request.bodyDevice = &device;
        request.contentType = "application/x-tar";
        request.delivery = EngineRequest::Delivery::JsonLines;
        request.timeoutMs = 0;
        EngineCall *call = client.send(request);
        call->setAutoDelete(false);
        QString output;
        QString inBand;
        QString imageId;
        QObject::connect(call, &EngineCall::jsonLine, call, [&](const QJsonObject &line) {
            output += line.value(QLatin1String("stream")).toString();
            if (line.contains(QLatin1String("errorDetail")))
                inBand = line.value(QLatin1String("errorDetail")).toObject().value(QLatin1String("message")).toString();
            const QJsonObject aux = line.value(QLatin1String("aux")).toObject();
            if (aux.contains(QLatin1String("ID")))
                imageId = aux.value(QLatin1String("ID")).toString();
        });
        call->waitForFinished(300000);
        const EngineError callError = call->error();
        delete call;
        if (callError)
            *error = callError.toString();
        else if (!inBand.isEmpty())
            *error = inBand;
        if (!imageId.isEmpty()) {
            EngineCall *remove = client.send(EngineRequest::del(QLatin1String("/images/") + imageId));
            remove->setAutoDelete(false);
            remove->waitForFinished(60000);
            delete remove;
        }
        return listBetweenMarkers(output, false);
    }

    QStringList buildWithDockerCli(const QString &root, bool buildKit, QString *error)
    {
        const QString tag = QStringLiteral("dockwright-test/context-cli:%1").arg(::getpid());
        QProcess docker;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), Dockwright::Test::testEndpoint().uri);
        env.insert(QStringLiteral("DOCKER_BUILDKIT"), buildKit ? QStringLiteral("1") : QStringLiteral("0"));
        docker.setProcessEnvironment(env);
        QStringList args;
        if (buildKit)
            args << QStringLiteral("buildx") << QStringLiteral("build") << QStringLiteral("--progress=plain");
        else
            args << QStringLiteral("build");
        args << QStringLiteral("--no-cache") << QStringLiteral("--network") << QStringLiteral("none")
             << QStringLiteral("-t") << tag << root;
        docker.setProcessChannelMode(QProcess::MergedChannels);
        docker.start(QStringLiteral("docker"), args);
        if (!docker.waitForFinished(300000) || docker.exitCode() != 0) {
            *error = QStringLiteral("docker %1 failed: %2").arg(args.join(u' '), QString::fromUtf8(docker.readAll()));
            return {};
        }
        const QString output = QString::fromUtf8(docker.readAll());
        QProcess::execute(QStringLiteral("docker"),
            {QStringLiteral("-H"), Dockwright::Test::testEndpoint().uri, QStringLiteral("rmi"), QStringLiteral("-f"),
                tag});
        return listBetweenMarkers(output, buildKit);
    }

private Q_SLOTS:
    void sameFilesAsDocker_data()
    {
        QTest::addColumn<QByteArray>("ignore");
        QTest::addColumn<bool>("buildKit");
        QTest::addColumn<QStringList>("mustHave");
        QTest::addColumn<QStringList>("mustNotHave");
        // Exceptions are literal here: docker/cli's classic tar walker and fsutil agree on where to descend.
        const QByteArray tricky = "# comment\n"
                                  "*.log\n"
                                  "!important.log\n"
                                  "   \n"
                                  "node_modules\n"
                                  "**/cache\n"
                                  "docs\n"
                                  "!docs/README.md\n"
                                  "/build/\n"
                                  "!build/keep/**\n"
                                  "a/c\n"
                                  "!a\n"
                                  "temp?\n"
                                  "*/secret*\n"
                                  "./with space/../a(b)c\n"
                                  "Dockerfile\n"
                                  ".dockerignore\n";
        const QStringList have {QStringLiteral("/ctx/important.log"), QStringLiteral("/ctx/docs/README.md"),
            QStringLiteral("/ctx/build/keep/sub/more.bin"), QStringLiteral("/ctx/a/d"), QStringLiteral("/ctx/temp12"),
            QStringLiteral("/ctx/x/y/secret.txt"), QStringLiteral("/ctx/src/sub/trace.log"),
            QStringLiteral("/ctx/empty/dir"), QStringLiteral("/ctx/link-to-main"),
            QStringLiteral("/ctx/web/node_modules/pkg/index.js")};
        const QStringList notHave {QStringLiteral("/ctx/debug.log"), QStringLiteral("/ctx/docs/other.md"),
            QStringLiteral("/ctx/build/out.o"), QStringLiteral("/ctx/a/c"), QStringLiteral("/ctx/temp1"),
            QStringLiteral("/ctx/x/secret.txt"), QStringLiteral("/ctx/web/cache"), QStringLiteral("/ctx/a(b)c"),
            QStringLiteral("/ctx/Dockerfile"), QStringLiteral("/ctx/.dockerignore"),
            QStringLiteral("/ctx/node_modules")};
        QTest::newRow("classic") << tricky << false << have << notHave;
        // docker buildx needs an engine with BuildKit (on Podman it falls back to a docker-container
        // builder that must pull moby/buildkit): the BuildKit rows exist where the engine has it.
        EngineClient client;
        if (!Dockwright::Test::connectTestEngine(client).isEmpty() || !client.info().hasBuildKit()) {
            qInfo("the test engine has no BuildKit: comparing with the classic docker build only");
            return;
        }
        QTest::newRow("buildkit") << tricky << true << have << notHave;
        // Wildcard exceptions inside excluded directories: only BuildKit's walker descends for them.
        QTest::newRow("buildkit-glob-exception")
            << QByteArray("*\n!**/keep.txt\n!Dockerfile\n") << true
            << QStringList {QStringLiteral("/ctx/lib/keep.txt"), QStringLiteral("/ctx/lib/deep/keep.txt")}
            << QStringList {QStringLiteral("/ctx/lib/drop.txt"), QStringLiteral("/ctx/src")};
    }

    void sameFilesAsDocker()
    {
        QFETCH(QByteArray, ignore);
        QFETCH(bool, buildKit);
        QFETCH(QStringList, mustHave);
        QFETCH(QStringList, mustNotHave);
        EngineClient client;
        QString busybox;
        DW_REQUIRE_BUSYBOX(client, busybox);
        if (buildKit
            && QProcess::execute(QStringLiteral("docker"), {QStringLiteral("buildx"), QStringLiteral("version")}) != 0)
            QSKIP("docker buildx is not installed");

        const QString root = makeContext(QString::fromLatin1(QTest::currentDataTag()), ignore);
        QString error;
        const QStringList ours = buildOurs(client, root, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList docker = buildWithDockerCli(root, buildKit, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(ours.contains(QStringLiteral("/ctx")));
        for (const QString &p : mustHave)
            QVERIFY2(ours.contains(p), qPrintable(p + QLatin1String(" missing from ") + ours.join(u' ')));
        for (const QString &p : mustNotHave)
            QVERIFY2(!ours.contains(p), qPrintable(p + QLatin1String(" should be excluded")));
        QCOMPARE(ours, docker);
    }
};

QTEST_GUILESS_MAIN(TestContextEngine)
#include "tst_contextengine.moc"
