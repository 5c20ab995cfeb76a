// SPDX-License-Identifier: GPL-3.0-or-later
// Reference normalization as docker's reference.ParseNormalizedNamed does it: Docker reports what the
// user typed, Podman the fully qualified name, and both must match.
#include "core/engine/imagereference.h"

#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

class TestImageReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalized_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("familiar");
        QTest::newRow("official") << u"busybox"_s << u"docker.io/library/busybox:latest"_s << u"busybox:latest"_s;
        QTest::newRow("official tag") << u"python:3.13-slim"_s << u"docker.io/library/python:3.13-slim"_s
                                      << u"python:3.13-slim"_s;
        QTest::newRow("user repo") << u"dockwright-test/busybox:latest"_s
                                   << u"docker.io/dockwright-test/busybox:latest"_s
                                   << u"dockwright-test/busybox:latest"_s;
        QTest::newRow("podman's form") << u"docker.io/library/iso:1"_s << u"docker.io/library/iso:1"_s << u"iso:1"_s;
        QTest::newRow("registry port") << u"localhost:5000/app"_s << u"localhost:5000/app:latest"_s
                                       << u"localhost:5000/app:latest"_s;
        QTest::newRow("localhost") << u"localhost/app:2"_s << u"localhost/app:2"_s << u"localhost/app:2"_s;
        QTest::newRow("ghcr") << u"ghcr.io/astral-sh/uv:0.8"_s << u"ghcr.io/astral-sh/uv:0.8"_s
                              << u"ghcr.io/astral-sh/uv:0.8"_s;
        QTest::newRow("digest") << u"alpine@sha256:abc"_s << u"docker.io/library/alpine@sha256:abc"_s
                                << u"alpine@sha256:abc"_s;
        QTest::newRow("tag and digest") << u"alpine:3@sha256:abc"_s << u"docker.io/library/alpine:3@sha256:abc"_s
                                        << u"alpine:3@sha256:abc"_s;
        QTest::newRow("image id") << u"sha256:0123"_s << u"sha256:0123"_s << u"sha256:0123"_s;
    }
    void normalized()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QFETCH(QString, familiar);
        QCOMPARE(ImageReference::normalized(in), out);
        QCOMPARE(ImageReference::familiar(in), familiar);
        QVERIFY(ImageReference::same(in, out));
    }
    // The one place a name is cut at its tag (docker tag, docker images, the Tag… dialog).
    void splitAtTheTag()
    {
        const auto split = [](const QString &r) {
            const ImageReference::NameAndTag p = ImageReference::split(r);
            return p.repository + u'|' + p.tag;
        };
        QCOMPARE(split(u"app"_s), u"app|"_s);
        QCOMPARE(split(u"me/app:1.2"_s), u"me/app|1.2"_s);
        QCOMPARE(split(u"localhost:5000/app"_s), u"localhost:5000/app|"_s);
        QCOMPARE(split(u"localhost:5000/app:dev"_s), u"localhost:5000/app|dev"_s);
        QCOMPARE(split(u"app:"_s), u"app|"_s);
        QCOMPARE(ImageReference::normalized(u"app:"_s), u"docker.io/library/app:"_s); // a bare ':' stays
    }
    void differentReferences()
    {
        QVERIFY(!ImageReference::same(u"busybox:1"_s, u"busybox:2"_s));
        QVERIFY(!ImageReference::same(u"me/busybox"_s, u"busybox"_s));
        QVERIFY(!ImageReference::same(u"ghcr.io/me/app"_s, u"me/app"_s));
    }
};

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
