// SPDX-License-Identifier: GPL-3.0-or-later
// BuildRequest → /build query, and the docker build command line both ways.
#include "core/builder/buildrequest.h"
#include "core/builder/dockerbuildcommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

// The query as the daemon's Go code reads it (net/url.ParseQuery): '&' splits, '=' splits once,
// percent-decoding with '+' as a space.
QList<QPair<QString, QString>> parseLikeGo(const QByteArray &encodedQuery)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray &pair : encodedQuery.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

QStringList valuesOf(const QList<QPair<QString, QString>> &query, const QString &key)
{
    QStringList values;
    for (const auto &pair : query) {
        if (pair.first == key)
            values << pair.second;
    }
    return values;
}

BuildRequest fullRequest()
{
    BuildRequest r;
    r.contextDir = QStringLiteral("/src/my app");
    r.dockerfile = QStringLiteral("docker/Dockerfile.prod");
    r.buildArgs = {{QStringLiteral("VERSION"), QStringLiteral("1.2+build&x=y #1")},
        {QStringLiteral("FROM_ENV"), std::nullopt}, {QStringLiteral("EMPTY"), QString()}};
    r.target = QStringLiteral("runtime");
    r.tags = {QStringLiteral("example/app:1.2"), QStringLiteral("example/app:latest")};
    r.labels = {{QStringLiteral("org.opencontainers.image.title"), QStringLiteral("it's \"quoted\"")},
        {QStringLiteral("empty"), QString()}};
    r.noCache = true;
    r.pull = true;
    r.platform = QStringLiteral("linux/arm64/v8");
    r.networkMode = QStringLiteral("none");
    return r;
}

} // namespace

class TestBuildRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryForBuildKit()
    {
        const BuildRequest r = fullRequest();
        QUrl url(QStringLiteral("unix+http://localhost/v1.45/build"));
        url.setQuery(r.query(true, QStringLiteral("docker/Dockerfile.prod"), QStringLiteral("id-1")));
        const auto query = parseLikeGo(url.query(QUrl::FullyEncoded).toUtf8());
        QCOMPARE(valuesOf(query, u"t"_s), (QStringList {u"example/app:1.2"_s, u"example/app:latest"_s}));
        QCOMPARE(valuesOf(query, u"dockerfile"_s), QStringList {u"docker/Dockerfile.prod"_s});
        QCOMPARE(valuesOf(query, u"version"_s), QStringList {u"2"_s});
        QCOMPARE(valuesOf(query, u"buildid"_s), QStringList {u"id-1"_s});
        QCOMPARE(valuesOf(query, u"target"_s), QStringList {u"runtime"_s});
        QCOMPARE(valuesOf(query, u"nocache"_s), QStringList {u"1"_s});
        QCOMPARE(valuesOf(query, u"pull"_s), QStringList {u"1"_s});
        QCOMPARE(valuesOf(query, u"platform"_s), QStringList {u"linux/arm64/v8"_s});
        QCOMPARE(valuesOf(query, u"networkmode"_s), QStringList {u"none"_s});

        // '+', '&', '=' and '#' survive the trip through the URL into the daemon's JSON decoder.
        const QJsonObject args = QJsonDocument::fromJson(valuesOf(query, u"buildargs"_s).value(0).toUtf8()).object();
        QCOMPARE(args.value(u"VERSION").toString(), u"1.2+build&x=y #1"_s);
        QVERIFY(args.contains(u"FROM_ENV"));
        QVERIFY(args.value(u"FROM_ENV").isNull()); // docker sends null: the builder keeps the ARG default
        QCOMPARE(args.value(u"EMPTY").toString(), QString());
        QVERIFY(args.value(u"EMPTY").isString());
        const QJsonObject labels = QJsonDocument::fromJson(valuesOf(query, u"labels"_s).value(0).toUtf8()).object();
        QCOMPARE(labels.value(u"org.opencontainers.image.title").toString(), u"it's \"quoted\""_s);
        QCOMPARE(labels.size(), 2);
    }

    void queryForClassic()
    {
        BuildRequest r;
        r.contextDir = u"."_s;
        const QUrlQuery q = r.query(false, u"Dockerfile"_s, u"ignored"_s);
        QCOMPARE(q.queryItemValue(u"version"_s), u"1"_s);
        QVERIFY(!q.hasQueryItem(u"buildid"_s)); // only BuildKit builds can be cancelled by id
        QVERIFY(!q.hasQueryItem(u"dockerfile"_s)); // the default name is not sent
        QVERIFY(!q.hasQueryItem(u"buildargs"_s));
        QVERIFY(!q.hasQueryItem(u"labels"_s));
        QVERIFY(!q.hasQueryItem(u"t"_s));
        QVERIFY(!q.hasQueryItem(u"nocache"_s));
    }

    void problems()
    {
        BuildRequest r;
        r.contextDir = u"."_s;
        QVERIFY(r.problems(true).isEmpty());
        r.networkMode = u"bridge"_s;
        QCOMPARE(r.problems(true).size(), 1); // BuildKit: only default, host, none
        QVERIFY(r.problems(false).isEmpty());
        r.contextDir.clear();
        QCOMPARE(r.problems(false).size(), 1);
    }

    void shellCommand()
    {
        QCOMPARE(DockerBuildCommand::toShell(fullRequest()),
            uR"(docker build -f docker/Dockerfile.prod --build-arg 'VERSION=1.2+build&x=y #1' --build-arg FROM_ENV )"
            uR"(--build-arg EMPTY= --target runtime -t example/app:1.2 -t example/app:latest )"
            uR"(--label 'org.opencontainers.image.title=it'\''s "quoted"' --label empty= --no-cache --pull )"
            uR"(--platform linux/arm64/v8 --network none '/src/my app')"_s);
        BuildRequest minimal;
        minimal.contextDir = u"."_s;
        QCOMPARE(DockerBuildCommand::toShell(minimal), u"docker build ."_s);
    }

    void roundTrip_data()
    {
        QTest::addColumn<BuildRequest>("request");
        QTest::newRow("full") << fullRequest();
        BuildRequest minimal;
        minimal.contextDir = u"."_s;
        QTest::newRow("minimal") << minimal;
        BuildRequest odd;
        odd.contextDir = u"-weird dir/$HOME"_s;
        odd.tags = {u"a:1"_s};
        odd.buildArgs = {{u"X"_s, u"$(rm -rf /) `x` \\ \n newline"_s}};
        odd.labels = {{u"k"_s, u"a=b=c"_s}};
        QTest::newRow("odd characters") << odd;
    }

    void roundTrip()
    {
        QFETCH(BuildRequest, request);
        const QString shell = DockerBuildCommand::toShell(request);
        const DockerBuildCommand::ParseResult parsed = DockerBuildCommand::parse(shell);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY2(parsed.unsupported.isEmpty(), qPrintable(parsed.unsupported.join(u',')));
        QCOMPARE(parsed.request, request);
    }

    void parsePasted()
    {
        const auto parsed = DockerBuildCommand::parse(
            u"$ sudo DOCKER_BUILDKIT=1 docker buildx build --progress=plain \\\n"
            "  --secret id=npm,src=$HOME/.npmrc -t app:1 -tapp:2 --tag=app:3 -t=app:4 --build-arg VERSION=2 \\\n"
            "  --build-arg TOKEN --cache-from=type=local,src=/c --no-cache --pull=false -q --rm -f sub/Dockerfile ctx"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.request.contextDir, u"ctx"_s);
        QCOMPARE(parsed.request.dockerfile, u"sub/Dockerfile"_s);
        QCOMPARE(parsed.request.tags, (QStringList {u"app:1"_s, u"app:2"_s, u"app:3"_s, u"app:4"_s}));
        QCOMPARE(parsed.request.buildArgs.size(), 2);
        QCOMPARE(parsed.request.buildArgs.at(0).value, std::optional<QString>(u"2"_s));
        QCOMPARE(parsed.request.buildArgs.at(1).value, std::nullopt);
        QVERIFY(parsed.request.noCache);
        QVERIFY(!parsed.request.pull);
        QCOMPARE(
            parsed.unsupported, (QStringList {u"--progress"_s, u"--secret"_s, u"--cache-from"_s, u"-q"_s, u"--rm"_s}));
        QVERIFY(!parsed.notes.isEmpty()); // $HOME was not expanded, DOCKER_BUILDKIT=1 ignored

        const auto image = DockerBuildCommand::parse(u"docker image build --network=host ."_s);
        QVERIFY(image.ok());
        QCOMPARE(image.request.networkMode, u"host"_s);
        QCOMPARE(DockerBuildCommand::parse(u"podman build -t x ."_s).request.tags, QStringList {u"x"_s});
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("run") << u"docker run busybox"_s;
        QTest::newRow("not docker") << u"make build"_s;
        QTest::newRow("no context") << u"docker build -t x"_s;
        QTest::newRow("missing value") << u"docker build . --target"_s;
        QTest::newRow("unterminated quote") << u"docker build 'dir"_s;
        QTest::newRow("stdin context") << u"docker build -"_s;
        QTest::newRow("git context") << u"docker build https://github.com/x/y.git"_s;
        QTest::newRow("empty") << QString();
    }

    void parseErrors()
    {
        QFETCH(QString, command);
        const auto parsed = DockerBuildCommand::parse(command);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBuildRequest)
#include "tst_buildrequest.moc"
