// SPDX-License-Identifier: GPL-3.0-or-later
// EngineClient over tcp:// with TLS against a QSslServer that plays a Docker engine. The certificates
// in data/tls/ come from data/tls/generate.sh.
#include "core/engine/endpointresolver.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;
using Kind = EngineError::Kind;

class TestTls : public QObject
{
    Q_OBJECT

    QString m_dir;
    std::unique_ptr<QSslServer> m_server;
    int m_served = 0;

    QString file(const char *name) const { return m_dir + u'/' + QLatin1String(name); }

    // Answers /_ping and /version (and anything else with "OK") over the encrypted connection.
    void serve(QSslSocket *socket)
    {
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray target = buffer->left(end).split(' ').value(1);
            buffer->remove(0, end + 4);
            ++m_served;
            QByteArray body = "OK";
            QByteArray headers = "Api-Version: 1.45\r\nServer: Docker/26.1.5 (linux)\r\nContent-Type: text/plain\r\n";
            if (target.endsWith("/version")) {
                body
                    = R"({"Version":"26.1.5-tls","ApiVersion":"1.45","MinAPIVersion":"1.24","Os":"linux","Arch":"amd64"})";
                headers = "Content-Type: application/json\r\n";
            }
            socket->write("HTTP/1.1 200 OK\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
                + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    }

    void startServer(bool requireClientCert)
    {
        QFile certFile(file("server.pem")), keyFile(file("server-key.pem")), caFile(file("ca.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly)
            && caFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        QVERIFY(!config.localCertificate().isNull() && !config.privateKey().isNull());
        if (requireClientCert) {
            config.setCaCertificates(QSslCertificate::fromDevice(&caFile, QSsl::Pem));
            config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        } else {
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        m_server = std::make_unique<QSslServer>();
        m_server->setSslConfiguration(config);
        connect(m_server.get(), &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection()))
                serve(socket);
        });
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    Endpoint endpoint(bool verify, const QString &ca, const QString &cert = {}, const QString &key = {}) const
    {
        Endpoint e = Endpoint::fromUri(u"tcp://127.0.0.1:"_s + QString::number(m_server->serverPort()));
        e.tls = true;
        e.tlsVerify = verify;
        e.caFile = ca;
        e.certFile = cert;
        e.keyFile = key;
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here");
        m_dir = QFileInfo(QFINDTESTDATA("data/tls/ca.pem")).absolutePath();
        QVERIFY(!m_dir.isEmpty());
    }
    void init() { m_served = 0; }
    void cleanup() { m_server.reset(); }

    void verifiedWithRightCa()
    {
        startServer(false);
        EngineClient client;
        client.setEndpoint(endpoint(true, file("ca.pem")));
        QVERIFY2(client.connectAndWait(10000),
            qPrintable(client.lastError().toString() + u" / "_s + client.lastError().detail));
        QCOMPARE(client.info().engineVersion, u"26.1.5-tls"_s);
        QCOMPARE(client.info().negotiatedApiVersion.toString(), u"1.45"_s);
        QCOMPARE(m_served, 3); // /_ping, /version, /info (answered "OK": the store stays unknown)
    }

    void wrongCaFails()
    {
        startServer(false);
        EngineClient client;
        client.setEndpoint(endpoint(true, file("wrong-ca.pem")));
        QVERIFY(!client.connectAndWait(10000));
        const EngineError &e = client.lastError();
        QCOMPARE(e.kind, Kind::Tls);
        QVERIFY2(e.message.contains(u"TLS"_s), qPrintable(e.message));
        QVERIFY2(e.hint.contains(file("wrong-ca.pem")), qPrintable(e.hint));
        QCOMPARE(m_served, 0); // nothing was sent in clear or otherwise
    }

    void systemCasDoNotTrustTestCa()
    {
        startServer(false);
        EngineClient client;
        client.setEndpoint(endpoint(true, {}));
        QVERIFY(!client.connectAndWait(10000));
        QCOMPARE(client.lastError().kind, Kind::Tls);
    }

    void unverifiedAcceptsAnyCertificate()
    {
        // DOCKER_TLS without DOCKER_TLS_VERIFY: encrypted, not verified.
        startServer(false);
        EngineClient client;
        client.setEndpoint(endpoint(false, file("wrong-ca.pem")));
        QVERIFY2(client.connectAndWait(10000), qPrintable(client.lastError().toString()));
    }

    void clientCertificate()
    {
        startServer(true);
        EngineClient client;
        client.setEndpoint(endpoint(true, file("ca.pem"), file("cert.pem"), file("key.pem")));
        QVERIFY2(client.connectAndWait(10000),
            qPrintable(client.lastError().toString() + u" / "_s + client.lastError().detail));

        // Without the client certificate the engine refuses the connection.
        EngineClient anonymous;
        anonymous.setEndpoint(endpoint(true, file("ca.pem")));
        QVERIFY(!anonymous.connectAndWait(10000));
        QVERIFY(anonymous.lastError().isError());
    }

    void fromEnvironment()
    {
        startServer(true);
        QProcessEnvironment env;
        env.insert(u"DOCKER_HOST"_s, u"tcp://127.0.0.1:"_s + QString::number(m_server->serverPort()));
        env.insert(u"DOCKER_TLS_VERIFY"_s, u"1"_s);
        env.insert(u"DOCKER_CERT_PATH"_s, m_dir);
        QString error;
        const Endpoint e = EndpointResolver(env, u"/nonexistent-home"_s).resolve({}, &error);
        QVERIFY2(e.isValid(), qPrintable(error));
        QCOMPARE(e.caFile, file("ca.pem"));
        EngineClient client;
        client.setEndpoint(e);
        QVERIFY2(client.connectAndWait(10000), qPrintable(client.lastError().toString()));
        QCOMPARE(client.info().endpoint.origin, u"DOCKER_HOST"_s);
    }

    void unreadableFilesAreNamed_data()
    {
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("culprit");
        QTest::newRow("missing ca") << u"/nonexistent/ca.pem"_s << QString() << QString() << u"/nonexistent/ca.pem"_s;
        QTest::newRow("ca is a key") << u"KEY"_s << QString() << QString() << u"KEY"_s;
        QTest::newRow("key is a certificate") << u"CA"_s << u"CERT"_s << u"CA"_s << u"CA"_s;
        QTest::newRow("missing cert") << u"CA"_s << u"/nonexistent/cert.pem"_s << u"KEY"_s
                                      << u"/nonexistent/cert.pem"_s;
    }
    void unreadableFilesAreNamed()
    {
        QFETCH(QString, ca);
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, culprit);
        const auto real = [this](QString s) {
            return s.replace(u"CA"_s, file("ca.pem"))
                .replace(u"CERT"_s, file("cert.pem"))
                .replace(u"KEY"_s, file("key.pem"));
        };
        startServer(false);
        EngineClient client;
        client.setEndpoint(endpoint(true, real(ca), real(cert), real(key)));
        QVERIFY(!client.connectAndWait(10000));
        const EngineError &e = client.lastError();
        QCOMPARE(e.kind, Kind::Tls);
        QVERIFY2(e.message.contains(real(culprit)), qPrintable(e.message));
        QCOMPARE(m_served, 0);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
