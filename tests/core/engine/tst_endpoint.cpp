// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/endpoint.h"

#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;
using Scheme = Endpoint::Scheme;

class TestEndpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Scheme>("scheme");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("socketPath");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("basePath");

        QTest::newRow("unix") << u"unix:///var/run/docker.sock"_s << Scheme::Unix << u"unix:///var/run/docker.sock"_s
                              << u"/var/run/docker.sock"_s << QString() << 0 << QString();
        QTest::newRow("unix default") << u"unix://"_s << Scheme::Unix << u"unix:///var/run/docker.sock"_s
                                      << u"/var/run/docker.sock"_s << QString() << 0 << QString();
        QTest::newRow("rootless") << u"  unix:///run/user/1000/docker.sock "_s << Scheme::Unix
                                  << u"unix:///run/user/1000/docker.sock"_s << u"/run/user/1000/docker.sock"_s
                                  << QString() << 0 << QString();
        QTest::newRow("tcp") << u"tcp://10.0.0.5:2376"_s << Scheme::Tcp << u"tcp://10.0.0.5:2376"_s << QString()
                             << u"10.0.0.5"_s << 2376 << QString();
        QTest::newRow("tcp default port") << u"tcp://docker.example"_s << Scheme::Tcp << u"tcp://docker.example:2375"_s
                                          << QString() << u"docker.example"_s << 2375 << QString();
        QTest::newRow("bare host:port") << u"localhost:4243"_s << Scheme::Tcp << u"tcp://localhost:4243"_s << QString()
                                        << u"localhost"_s << 4243 << QString();
        QTest::newRow("base path") << u"tcp://h:2375/docker/api/"_s << Scheme::Tcp << u"tcp://h:2375/docker/api"_s
                                   << QString() << u"h"_s << 2375 << u"/docker/api"_s;
        QTest::newRow("ipv6") << u"tcp://[::1]:2375"_s << Scheme::Tcp << u"tcp://[::1]:2375"_s << QString() << u"::1"_s
                              << 2375 << QString();
        QTest::newRow("upper-case scheme")
            << u"TCP://h:1"_s << Scheme::Tcp << u"tcp://h:1"_s << QString() << u"h"_s << 1 << QString();
        QTest::newRow("ssh") << u"ssh://me@build.example:2222/run/docker.sock"_s << Scheme::Ssh
                             << u"ssh://me@build.example:2222/run/docker.sock"_s << u"/run/docker.sock"_s
                             << u"build.example"_s << 2222 << QString();
        QTest::newRow("ssh default port")
            << u"ssh://box"_s << Scheme::Ssh << u"ssh://box"_s << QString() << u"box"_s << 22 << QString();
        QTest::newRow("npipe") << u"npipe:////./pipe/docker_engine"_s << Scheme::NamedPipe
                               << u"npipe:////./pipe/docker_engine"_s << u"//./pipe/docker_engine"_s << QString() << 0
                               << QString();
    }
    void parse()
    {
        QFETCH(QString, input);
        QString error;
        const Endpoint e = Endpoint::fromUri(input, &error);
        QVERIFY2(e.isValid(), qPrintable(error));
        QFETCH(QString, uri);
        QFETCH(QString, socketPath);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, basePath);
        QFETCH(Scheme, scheme);
        QCOMPARE(e.scheme, scheme);
        QCOMPARE(e.uri, uri);
        QCOMPARE(e.socketPath, socketPath);
        QCOMPARE(e.host, host);
        QCOMPARE(e.port, port);
        QCOMPARE(e.basePath, basePath);
        QCOMPARE(e.isSupported(), scheme == Scheme::Unix || scheme == Scheme::Tcp || scheme == Scheme::Ssh);
        QVERIFY(!e.tls);
        // The normalised form parses to the same endpoint.
        QCOMPARE(Endpoint::fromUri(e.uri), e);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("blank") << u"   "_s << u"empty"_s;
        QTest::newRow("relative unix") << u"unix://docker.sock"_s << u"absolute"_s;
        QTest::newRow("unknown scheme") << u"foo://x"_s << u"'foo'"_s;
        QTest::newRow("fd") << u"fd://"_s << u"daemon-side"_s;
        QTest::newRow("no host") << u"tcp://:2375"_s << u"tcp://:2375"_s;
        QTest::newRow("bad port") << u"tcp://h:99999"_s << u"tcp://h:99999"_s;
        QTest::newRow("query") << u"tcp://h:1/?x=1"_s << u"only host"_s;
        QTest::newRow("credentials") << u"tcp://u:p@h:1"_s << u"only host"_s;
    }
    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        QString error;
        const Endpoint e = Endpoint::fromUri(input, &error);
        QVERIFY(!e.isValid());
        QVERIFY(!e.isSupported());
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!Endpoint::fromUri(input).isValid()); // no error pointer: must not crash
    }

    void urlFor()
    {
        const Endpoint unixEndpoint = Endpoint::fromUri(u"unix:///var/lib/x/docker.sock"_s);
        QCOMPARE(unixEndpoint.urlFor(u"/v1.45/containers/json?all=1"_s).toString(),
            u"unix+http://localhost/v1.45/containers/json?all=1"_s);
        QCOMPARE(unixEndpoint.urlFor(u"/_ping"_s).toString(), u"unix+http://localhost/_ping"_s);

        Endpoint tcp = Endpoint::fromUri(u"tcp://h:2375/base"_s);
        QCOMPARE(tcp.urlFor(u"/v1.41/version"_s).toString(), u"http://h:2375/base/v1.41/version"_s);
        tcp.tls = true;
        QCOMPARE(tcp.urlFor(u"/_ping"_s).toString(), u"https://h:2375/base/_ping"_s);

        // ssh:// is spoken through SshBridge's local socket.
        QCOMPARE(Endpoint::fromUri(u"ssh://box"_s).urlFor(u"/_ping"_s).toString(), u"unix+http://localhost/_ping"_s);
        QCOMPARE(Endpoint::fromUri(u"ssh://me@box:2222/run/d.sock"_s).user, u"me"_s);
        QVERIFY(Endpoint::fromUri(u"npipe:////./pipe/docker_engine"_s).urlFor(u"/_ping"_s).isEmpty());
        QVERIFY(Endpoint().urlFor(u"/_ping"_s).isEmpty());
    }

    void displayName()
    {
        QCOMPARE(Endpoint::fromUri(u"unix:///run/docker.sock"_s).displayName(), u"/run/docker.sock"_s);
        Endpoint tcp = Endpoint::fromUri(u"tcp://[::1]:2376"_s);
        QCOMPARE(tcp.displayName(), u"[::1]:2376"_s);
        tcp.tls = true;
        QCOMPARE(tcp.displayName(), u"[::1]:2376 (TLS)"_s);
        QCOMPARE(Endpoint::fromUri(u"ssh://me@box"_s).displayName(), u"ssh://me@box"_s);
        QVERIFY(!Endpoint().displayName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
