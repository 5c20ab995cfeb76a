// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/endpointresolver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(contents) == contents.size();
}

} // namespace

class TestEndpointResolver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_config; // $HOME/.docker

    QString hashOf(const QString &name) const
    {
        return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    }
    // Writes a context the way docker context create does.
    void writeContext(const QString &name, const QString &host, bool skipVerify = false,
        const QStringList &tlsFiles = {}, const QString &configDir = {})
    {
        const QString dir = configDir.isEmpty() ? m_config : configDir;
        QJsonObject docker {{u"Host"_s, host}, {u"SkipTLSVerify"_s, skipVerify}};
        QJsonObject meta {{u"Name"_s, name},
            {u"Metadata"_s, QJsonObject {{u"Description"_s, QString(u"about "_s + name)}}},
            {u"Endpoints"_s, QJsonObject {{u"docker"_s, docker}}}};
        QVERIFY(writeFile(dir + u"/contexts/meta/"_s + hashOf(name) + u"/meta.json"_s, QJsonDocument(meta).toJson()));
        for (const QString &file : tlsFiles)
            QVERIFY(writeFile(dir + u"/contexts/tls/"_s + hashOf(name) + u"/docker/"_s + file, "PEM"));
    }
    void writeConfig(const QByteArray &json) { QVERIFY(writeFile(m_config + u"/config.json"_s, json)); }
    QProcessEnvironment env(std::initializer_list<std::pair<QString, QString>> vars) const
    {
        QProcessEnvironment e;
        for (const auto &[k, v] : vars)
            e.insert(k, v);
        return e;
    }
    EndpointResolver resolver(std::initializer_list<std::pair<QString, QString>> vars = {}) const
    {
        return EndpointResolver(env(vars), m_home.path());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_home.path()));
        m_config = m_home.path() + u"/.docker"_s;
    }

    void contextDirectoryIsSha256OfName()
    {
        // Value checked against the docker CLI (engine-api notes §7.4).
        QCOMPARE(hashOf(u"probe-ctx"_s), u"f966a42244554f95032b100cf495e377efa027c50bea1f6eaff8e453564f68b2"_s);
        const QByteArray meta
            = R"({"Name":"probe-ctx","Metadata":{},"Endpoints":{"docker":{"Host":"tcp://127.0.0.1:2376","SkipTLSVerify":false}}})";
        QVERIFY(writeFile(
            m_config + u"/contexts/meta/f966a42244554f95032b100cf495e377efa027c50bea1f6eaff8e453564f68b2/meta.json"_s,
            meta));
        QString error;
        const Endpoint e = resolver({{u"DOCKER_CONTEXT"_s, u"probe-ctx"_s}}).resolve({}, &error);
        QVERIFY2(e.isValid(), qPrintable(error));
        QCOMPARE(e.uri, u"tcp://127.0.0.1:2376"_s);
        QVERIFY(!e.tls); // tcp context without TLS files and SkipTLSVerify false is plain HTTP
    }

    void defaultSocket()
    {
        QString error = u"stale"_s;
        const Endpoint e = resolver().resolve({}, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(e.uri, u"unix:///var/run/docker.sock"_s);
        QCOMPARE(e.origin, u"default"_s);
        QVERIFY(e.contextName.isEmpty());
    }

    void dockerHost()
    {
        const Endpoint e = resolver({{u"DOCKER_HOST"_s, u"unix:///srv/d.sock"_s}}).resolve();
        QCOMPARE(e.socketPath, u"/srv/d.sock"_s);
        QCOMPARE(e.origin, u"DOCKER_HOST"_s);
    }

    void badDockerHostNamesVariable()
    {
        QString error;
        const Endpoint e = resolver({{u"DOCKER_HOST"_s, u"foo://bar"_s}}).resolve({}, &error);
        QVERIFY(!e.isValid());
        QVERIFY2(error.contains(u"DOCKER_HOST"_s) && error.contains(u"foo://bar"_s), qPrintable(error));
    }

    void dockerHostBeatsDockerContext()
    {
        writeContext(u"remote"_s, u"tcp://10.1.1.1:2375"_s);
        writeConfig(R"({"currentContext":"remote"})");
        const Endpoint e
            = resolver({{u"DOCKER_HOST"_s, u"tcp://10.9.9.9:2375"_s}, {u"DOCKER_CONTEXT"_s, u"remote"_s}}).resolve();
        QCOMPARE(e.host, u"10.9.9.9"_s);
        QCOMPARE(e.origin, u"DOCKER_HOST"_s);
        QCOMPARE(resolver({{u"DOCKER_HOST"_s, u"tcp://10.9.9.9:2375"_s}}).currentContextName(), u"default"_s);
    }

    void dockerContext()
    {
        writeContext(u"remote"_s, u"tcp://10.1.1.1:2375"_s);
        writeContext(u"other"_s, u"unix:///srv/other.sock"_s);
        writeConfig(R"({"currentContext":"other"})");
        const Endpoint e = resolver({{u"DOCKER_CONTEXT"_s, u"remote"_s}}).resolve();
        QCOMPARE(e.host, u"10.1.1.1"_s);
        QCOMPARE(e.contextName, u"remote"_s);
        QVERIFY(e.origin.contains(u"DOCKER_CONTEXT"_s) || e.origin.contains(u"remote"_s));
    }

    void currentContextFromConfig()
    {
        writeContext(u"other"_s, u"unix:///srv/other.sock"_s);
        writeConfig(R"({"auths":{},"currentContext":"other"})");
        const Endpoint e = resolver().resolve();
        QCOMPARE(e.socketPath, u"/srv/other.sock"_s);
        QCOMPARE(e.contextName, u"other"_s);
        QCOMPARE(resolver().currentContextName(), u"other"_s);
    }

    void currentContextDefault()
    {
        writeConfig(R"({"currentContext":"default"})");
        QCOMPARE(resolver().resolve().uri, u"unix:///var/run/docker.sock"_s);
        QCOMPARE(resolver({{u"DOCKER_HOST"_s, u"tcp://h:1"_s}}).resolve(u"context:default"_s).uri, u"tcp://h:1"_s);
    }

    void dockerConfigVariable()
    {
        QTemporaryDir other;
        writeContext(u"elsewhere"_s, u"unix:///srv/elsewhere.sock"_s, false, {}, other.path());
        const QByteArray config = R"({"currentContext":"elsewhere"})";
        QVERIFY(writeFile(other.path() + u"/config.json"_s, config));
        writeConfig(R"({"currentContext":"missing-in-home"})");
        const EndpointResolver r = resolver({{u"DOCKER_CONFIG"_s, other.path()}});
        QCOMPARE(r.configDir(), QDir::cleanPath(other.path()));
        QString error;
        QCOMPARE(r.resolve({}, &error).socketPath, u"/srv/elsewhere.sock"_s);
        QVERIFY(error.isEmpty());
    }

    void unknownContextNamesTheVariable()
    {
        QString error;
        const Endpoint e = resolver({{u"DOCKER_CONTEXT"_s, u"x"_s}}).resolve({}, &error);
        QVERIFY(!e.isValid());
        QCOMPARE(error, u"DOCKER_CONTEXT names context 'x' but ~/.docker/contexts has no such context"_s);
    }

    void unknownCurrentContextNamesConfigFile()
    {
        writeConfig(R"({"currentContext":"gone"})");
        QString error;
        QVERIFY(!resolver().resolve({}, &error).isValid());
        QVERIFY2(error.contains(u"~/.docker/config.json"_s) && error.contains(u"'gone'"_s), qPrintable(error));
    }

    void unknownExplicitContext()
    {
        QString error;
        QVERIFY(!resolver().resolve(u"context:nope"_s, &error).isValid());
        QVERIFY2(error.contains(u"--context"_s) && error.contains(u"'nope'"_s), qPrintable(error));
    }

    void badConfigJson()
    {
        writeConfig("{\"currentContext\": ");
        QString error;
        QVERIFY(!resolver().resolve({}, &error).isValid());
        QVERIFY2(error.contains(u"~/.docker/config.json"_s) && error.contains(u"not valid JSON"_s), qPrintable(error));
        // An explicit --host does not need config.json.
        QVERIFY(resolver().resolve(u"unix:///x.sock"_s).isValid());
    }

    void badMetaJson()
    {
        QVERIFY(writeFile(m_config + u"/contexts/meta/"_s + hashOf(u"broken"_s) + u"/meta.json"_s, "[1,2"));
        QString error;
        QVERIFY(!resolver({{u"DOCKER_CONTEXT"_s, u"broken"_s}}).resolve({}, &error).isValid());
        QVERIFY2(error.contains(u"meta.json"_s) && error.contains(hashOf(u"broken"_s)), qPrintable(error));

        writeContext(u"nohost"_s, QString());
        QVERIFY(!resolver({{u"DOCKER_CONTEXT"_s, u"nohost"_s}}).resolve({}, &error).isValid());
        QVERIFY2(error.contains(u"'nohost'"_s) && error.contains(u"no docker endpoint"_s), qPrintable(error));

        writeContext(u"badhost"_s, u"gopher://x"_s);
        QVERIFY(!resolver({{u"DOCKER_CONTEXT"_s, u"badhost"_s}}).resolve({}, &error).isValid());
        QVERIFY2(error.contains(u"'badhost'"_s) && error.contains(u"gopher"_s), qPrintable(error));
    }

    void explicitChoiceWins()
    {
        writeContext(u"remote"_s, u"tcp://10.1.1.1:2375"_s);
        const EndpointResolver r = resolver({{u"DOCKER_HOST"_s, u"tcp://10.9.9.9:2375"_s}});
        Endpoint e = r.resolve(u"unix:///chosen.sock"_s);
        QCOMPARE(e.socketPath, u"/chosen.sock"_s);
        e = r.resolve(u"context:remote"_s);
        QCOMPARE(e.host, u"10.1.1.1"_s);
        QCOMPARE(e.contextName, u"remote"_s);
        QString error;
        QVERIFY(!r.resolve(u"tcp://"_s, &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void tlsVerifyEnvironment()
    {
        QTemporaryDir certs;
        for (const char *f : {"ca.pem", "cert.pem", "key.pem"})
            QVERIFY(writeFile(certs.filePath(QLatin1String(f)), "PEM"));
        const Endpoint e = resolver({{u"DOCKER_HOST"_s, u"tcp://secure.example"_s},
                                        {u"DOCKER_TLS_VERIFY"_s, u"0"_s}, // any non-empty value, even 0
                                        {u"DOCKER_CERT_PATH"_s, certs.path()}})
                               .resolve();
        QVERIFY(e.tls);
        QVERIFY(e.tlsVerify);
        QCOMPARE(e.port, 2376); // TLS default port
        QCOMPARE(e.uri, u"tcp://secure.example:2376"_s);
        QCOMPARE(e.caFile, certs.filePath(u"ca.pem"_s));
        QCOMPARE(e.certFile, certs.filePath(u"cert.pem"_s));
        QCOMPARE(e.keyFile, certs.filePath(u"key.pem"_s));
        QVERIFY(e.urlFor(u"/_ping"_s).toString().startsWith(u"https://secure.example:2376/"_s));
    }

    void tlsWithoutVerify()
    {
        const Endpoint e = resolver({{u"DOCKER_HOST"_s, u"tcp://h:2999"_s}, {u"DOCKER_TLS"_s, u"1"_s}}).resolve();
        QVERIFY(e.tls);
        QVERIFY(!e.tlsVerify);
        QCOMPARE(e.port, 2999); // an explicit port stays
        // No DOCKER_CERT_PATH: the config dir is used, and missing files are dropped.
        QVERIFY(e.caFile.isEmpty() && e.certFile.isEmpty() && e.keyFile.isEmpty());
    }

    void tlsFilesFromConfigDir()
    {
        QVERIFY(writeFile(m_config + u"/ca.pem"_s, "PEM"));
        const Endpoint e = resolver({{u"DOCKER_HOST"_s, u"tcp://h:1"_s}, {u"DOCKER_TLS_VERIFY"_s, u"1"_s}}).resolve();
        QCOMPARE(e.caFile, m_config + u"/ca.pem"_s);
        QVERIFY(e.certFile.isEmpty()); // server-auth-only TLS, as docker does
    }

    void tlsIgnoredForUnixSockets()
    {
        const Endpoint e
            = resolver({{u"DOCKER_HOST"_s, u"unix:///s.sock"_s}, {u"DOCKER_TLS_VERIFY"_s, u"1"_s}}).resolve();
        QVERIFY(!e.tls);
        QVERIFY(e.caFile.isEmpty());
    }

    void noTlsWithoutVariables()
    {
        const Endpoint e = resolver({{u"DOCKER_HOST"_s, u"tcp://h"_s}}).resolve();
        QVERIFY(!e.tls);
        QCOMPARE(e.port, 2375);
    }

    void contextTls()
    {
        writeContext(u"secure"_s, u"tcp://s.example:2376"_s, false, {u"ca.pem"_s, u"cert.pem"_s, u"key.pem"_s});
        writeContext(u"skip"_s, u"tcp://k.example:2376"_s, true);
        writeContext(u"plain"_s, u"tcp://p.example:2375"_s);
        writeContext(u"sock"_s, u"unix:///s.sock"_s, false, {u"ca.pem"_s});

        Endpoint e = resolver().resolve(u"context:secure"_s);
        QVERIFY(e.tls);
        QVERIFY(e.tlsVerify);
        const QString tlsDir = m_config + u"/contexts/tls/"_s + hashOf(u"secure"_s) + u"/docker/"_s;
        QCOMPARE(e.caFile, tlsDir + u"ca.pem"_s);
        QCOMPARE(e.certFile, tlsDir + u"cert.pem"_s);
        QCOMPARE(e.keyFile, tlsDir + u"key.pem"_s);

        e = resolver().resolve(u"context:skip"_s);
        QVERIFY(e.tls);
        QVERIFY(!e.tlsVerify);
        QVERIFY(e.caFile.isEmpty());

        e = resolver().resolve(u"context:plain"_s);
        QVERIFY(!e.tls);

        e = resolver().resolve(u"context:sock"_s);
        QVERIFY(!e.tls);
        QCOMPARE(e.scheme, Endpoint::Scheme::Unix);
    }

    void listContexts()
    {
        writeContext(u"zeta"_s, u"tcp://z:1"_s);
        writeContext(u"alpha"_s, u"unix:///a.sock"_s);
        const QByteArray broken = "{";
        QVERIFY(writeFile(m_config + u"/contexts/meta/"_s + hashOf(u"broken"_s) + u"/meta.json"_s, broken));
        writeConfig(R"({"currentContext":"zeta"})");
        QString error;
        const QList<DockerContext> list = resolver().contexts(&error);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).name, u"alpha"_s);
        QCOMPARE(list.at(0).description, u"about alpha"_s);
        QVERIFY(!list.at(0).current);
        QCOMPARE(list.at(1).name, u"zeta"_s);
        QVERIFY(list.at(1).current);
        QCOMPARE(list.at(1).endpoint.contextName, u"zeta"_s);
        QVERIFY2(error.contains(hashOf(u"broken"_s)), qPrintable(error)); // the broken one is reported

        // DOCKER_CONTEXT decides which one is current.
        const QList<DockerContext> viaEnv = resolver({{u"DOCKER_CONTEXT"_s, u"alpha"_s}}).contexts();
        QVERIFY(viaEnv.at(0).current);
        QVERIFY(!viaEnv.at(1).current);
    }

    void noContextsDirectory()
    {
        QString error;
        QVERIFY(resolver().contexts(&error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    void discoversRootlessAndPodman()
    {
        QTemporaryDir runtime;
        const EndpointResolver r = resolver({{u"XDG_RUNTIME_DIR"_s, runtime.path()}});
        // Nothing listens yet: the default socket is offered, nothing under the runtime dir.
        QList<Endpoint> list = r.candidates();
        QCOMPARE(list.first().uri, u"unix:///var/run/docker.sock"_s);
        for (const Endpoint &e : std::as_const(list))
            QVERIFY2(!e.socketPath.startsWith(runtime.path()), qPrintable(e.uri));

        QLocalServer rootless, podman;
        rootless.setSocketOptions(QLocalServer::WorldAccessOption);
        QVERIFY(rootless.listen(runtime.filePath(u"docker.sock"_s)));
        QVERIFY(QDir(runtime.path()).mkpath(u"podman"_s));
        QVERIFY(podman.listen(runtime.filePath(u"podman/podman.sock"_s)));
        writeContext(u"remote"_s, u"tcp://10.1.1.1:2375"_s);
        list = r.candidates();
        QStringList uris, origins;
        for (const Endpoint &e : list) {
            uris << e.uri;
            origins << e.origin;
        }
        QVERIFY2(uris.contains(u"unix://"_s + runtime.filePath(u"docker.sock"_s)), qPrintable(uris.join(u' ')));
        QVERIFY(uris.contains(u"unix://"_s + runtime.filePath(u"podman/podman.sock"_s)));
        QVERIFY(uris.contains(u"tcp://10.1.1.1:2375"_s));
        QVERIFY(uris.contains(u"unix:///var/run/docker.sock"_s));
        QVERIFY(origins.contains(u"rootless Docker"_s));
        QVERIFY(origins.contains(u"rootless Podman"_s));
        QCOMPARE(uris.count(u"unix:///var/run/docker.sock"_s), 1); // resolved + default are one entry
    }

    void resolvedComesFirst()
    {
        const QList<Endpoint> list = resolver({{u"DOCKER_HOST"_s, u"tcp://first:1"_s}}).candidates();
        QVERIFY(list.size() >= 2);
        QCOMPARE(list.first().uri, u"tcp://first:1"_s);
        QCOMPARE(list.first().origin, u"DOCKER_HOST"_s);
    }
};

QTEST_GUILESS_MAIN(TestEndpointResolver)
#include "tst_endpointresolver.moc"
