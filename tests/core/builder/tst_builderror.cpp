// SPDX-License-Identifier: GPL-3.0-or-later
// BuildError::explain() turns the builders' raw texts for a base image that cannot be pulled and for a
// COPY source missing from the context into plain words with what to do. The inputs are what the
// engines really said (Docker 26.1 BuildKit and classic builder on a machine without network, Podman).
#include "core/builder/builderror.h"

#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

class TestBuildError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explain_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("message"); // what the plain message must contain
        QTest::addColumn<QString>("hint");

        // Docker 26.1, BuildKit, no route to any DNS server (dockwright-cli build on this machine).
        QTest::newRow("buildkit offline")
            << u"python:3.13-slim: failed to resolve source metadata for docker.io/library/python:3.13-slim: failed "
               u"to do request: Head \"https://registry-1.docker.io/v2/library/python/manifests/3.13-slim\": dial "
               u"tcp: lookup registry-1.docker.io on 10.255.255.53:53: dial udp 10.255.255.53:53: connect: network "
               u"is unreachable"_s
            << u"[internal] load metadata for docker.io/library/python:3.13-slim"_s
            << u"The base image python:3.13-slim could not be pulled: no registry could be reached from the engine "
               u"(registry-1.docker.io did not answer)."_s
            << u"docker pull python:3.13-slim"_s;
        // Docker Engine 20.10's BuildKit names the image only in the URL.
        QTest::newRow("buildkit 20.10 offline")
            << u"failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to do request: "
               u"Head \"https://registry-1.docker.io/v2/library/python/manifests/3.13-slim\": dial tcp: lookup "
               u"registry-1.docker.io: no such host"_s
            << QString() << u"The base image python:3.13-slim could not be pulled: no registry could be reached"_s
            << u"docker load -i FILE.tar"_s;
        // The classic builder (DOCKER_BUILDKIT=0) names the registry, not the image: the step does.
        QTest::newRow("classic offline")
            << u"Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on "
               u"10.255.255.53:53: dial udp 10.255.255.53:53: connect: network is unreachable"_s
            << u"FROM nosuchimage-dw:1"_s
            << u"The base image nosuchimage-dw:1 could not be pulled: no registry could be reached from the engine "
               u"(registry-1.docker.io did not answer)."_s
            << u"docker pull nosuchimage-dw:1"_s;
        QTest::newRow("podman offline")
            << u"creating build container: initializing source docker://python:3.13-slim: pinging container registry "
               u"registry-1.docker.io: Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup "
               u"registry-1.docker.io: "
               u"no such host"_s
            << QString() << u"The base image python:3.13-slim could not be pulled: no registry could be reached"_s
            << u"docker load -i FILE.tar"_s;
        QTest::newRow("unknown name")
            << u"nosuchimage:1: failed to resolve source metadata for docker.io/library/nosuchimage:1: pull access "
               u"denied, repository does not exist or may require authorization: server message: insufficient_scope: "
               u"authorization failed"_s
            << QString()
            << u"The base image nosuchimage:1 could not be pulled: the registry has no image with that name and tag."_s
            << u"Check the FROM line"_s;
        QTest::newRow("unknown tag, classic")
            << u"manifest for python:9.99 not found: manifest unknown: manifest unknown"_s << u"FROM python:9.99"_s
            << u"The base image python:9.99 could not be pulled: the registry has no image with that name and tag."_s
            << u"docker load -i FILE.tar"_s;
        QTest::newRow("refused")
            << u"ghcr.io/acme/private:1: failed to resolve source metadata for ghcr.io/acme/private:1: failed to "
               u"authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized"_s
            << QString() << u"The base image ghcr.io/acme/private:1 could not be pulled: the registry refused access."_s
            << u"docker login"_s;
        // Docker 26.1 on the Minimal template without its busybox.
        QTest::newRow("buildkit copy source missing")
            << u"failed to compute cache key: failed to calculate checksum of ref "
               u"a9df3772-1ca1-4a41-9be6-4961662146c4::lz4yk7eu4f5at04ii73vtv49u: \"/busybox\": not found"_s
            << u"[2/2] COPY busybox /bin/busybox"_s
            << u"\"busybox\" is not in the build context, so the COPY or ADD that names it failed."_s
            << u".dockerignore"_s;
        QTest::newRow("classic copy source missing")
            << u"COPY failed: file not found in build context or excluded by .dockerignore: stat busybox: file does "
               u"not exist"_s
            << u"COPY busybox /bin/busybox"_s << u"\"busybox\" is not in the build context"_s
            << u"relative to the context folder"_s;
    }

    void explain()
    {
        QFETCH(QString, raw);
        QFETCH(QString, step);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        BuildError error;
        error.kind = BuildError::Kind::Build;
        error.message = raw;
        error.step = step;
        error.file = u"/tmp/app/Dockerfile"_s;
        error.line = 1;
        QVERIFY(error.explain());
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QVERIFY2(error.hint.contains(hint), qPrintable(error.hint));
        QCOMPARE(error.details, raw);
        QCOMPARE(error.kind, BuildError::Kind::Build);
        QCOMPARE(error.line, 1); // the location stays: the editor marks the FROM or COPY line
        // Plain words: no BuildKit jargon left in what the user reads first.
        for (const QString &jargon : {u"failed to resolve source metadata"_s, u"dial tcp"_s, u"checksum of ref"_s})
            QVERIFY2(!error.toString().contains(jargon), qPrintable(error.toString()));
    }

    void otherFailuresStayAsTheBuilderSaid()
    {
        for (const QString &raw : {u"process \"/bin/sh -c false\" did not complete successfully: exit code: 1"_s,
                 u"dockerfile parse error on line 2: unknown instruction: CPY"_s}) {
            BuildError error;
            error.kind = BuildError::Kind::Build;
            error.message = raw;
            QVERIFY(!error.explain());
            QCOMPARE(error.message, raw);
            QVERIFY(error.hint.isEmpty());
            QVERIFY(error.details.isEmpty());
        }
        // Cancelled and input errors are already in Dockwright's words.
        BuildError cancelled;
        cancelled.kind = BuildError::Kind::Cancelled;
        cancelled.message = u"failed to resolve source metadata for x: dial tcp: no such host"_s;
        QVERIFY(!cancelled.explain());
    }
};

QTEST_GUILESS_MAIN(TestBuildError)
#include "tst_builderror.moc"
