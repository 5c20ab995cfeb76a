// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineclient.h"

#include "core/dockwrightversion.h"
#include "engineapi.h"
#include "enginecall.h"
#include "sshbridge.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace Dockwright::Core {

namespace {

constexpr int PingTimeoutMs = 10000;

QString startDaemonHint()
{
    return EngineClient::tr("Start the Docker daemon (for example sudo systemctl start docker), or pick another "
                            "endpoint: DOCKER_HOST, a docker context, the rootless Docker or the Podman socket.");
}

} // namespace

EngineClient::EngineClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<EngineInfo>();
    qRegisterMetaType<EngineError>();
}

EngineClient::~EngineClient()
{
    // Calls in flight end with Cancelled; bumping the generation keeps their answers from reaching us.
    ++m_generation;
    for (const QPointer<EngineCall> &call : std::as_const(m_calls)) {
        if (call)
            call->abort();
    }
}

void EngineClient::setEndpoint(const Endpoint &endpoint)
{
    ++m_generation;
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<EngineCall> &call : calls) {
        if (call)
            call->abort();
    }
    m_endpoint = endpoint;
    m_info = {};
    m_pending = {};
    m_lastError = {};
    delete m_sshBridge;
    m_sshBridge = nullptr;
    if (endpoint.scheme == Endpoint::Scheme::Ssh) {
        m_sshBridge = new SshBridge(endpoint, this);
        m_sshBridge->listen();
    }
    prepareTls();
    setState(State::Disconnected);
}

void EngineClient::prepareTls()
{
    m_tlsError = {};
    m_sslConfig = QSslConfiguration::defaultConfiguration();
    if (m_endpoint.scheme != Endpoint::Scheme::Tcp || !m_endpoint.tls)
        return;
    const auto fileError = [this](const QString &file, const QString &what) {
        m_tlsError = EngineError::make(EngineError::Kind::Tls, tr("Cannot use the TLS file %1: %2").arg(file, what),
            tr("Check DOCKER_CERT_PATH or the context's TLS files (ca.pem, cert.pem, key.pem)."));
    };
    const auto readFile = [&fileError](const QString &path, QByteArray *contents) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fileError(path, file.errorString());
            return false;
        }
        *contents = file.readAll();
        return true;
    };
    m_sslConfig.setProtocol(QSsl::TlsV1_2OrLater);
    if (m_endpoint.tlsVerify) {
        m_sslConfig.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_endpoint.caFile.isEmpty()) {
            QByteArray pem;
            if (!readFile(m_endpoint.caFile, &pem))
                return;
            const QList<QSslCertificate> cas = QSslCertificate::fromData(pem, QSsl::Pem);
            if (cas.isEmpty())
                return fileError(m_endpoint.caFile, tr("no PEM certificate in it"));
            m_sslConfig.setCaCertificates(cas);
        }
    } else {
        m_sslConfig.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    // Docker drops a missing cert or key and talks server-auth-only TLS; so do we.
    if (m_endpoint.certFile.isEmpty() || m_endpoint.keyFile.isEmpty())
        return;
    QByteArray certPem, keyPem;
    if (!readFile(m_endpoint.certFile, &certPem) || !readFile(m_endpoint.keyFile, &keyPem))
        return;
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (certs.isEmpty())
        return fileError(m_endpoint.certFile, tr("no PEM certificate in it"));
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fileError(m_endpoint.keyFile, tr("no unencrypted RSA or EC private key in it"));
    m_sslConfig.setLocalCertificateChain(certs);
    m_sslConfig.setPrivateKey(key);
}

void EngineClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

EngineError EngineClient::checkEndpoint(const Endpoint &endpoint)
{
    switch (endpoint.scheme) {
    case Endpoint::Scheme::Unix:
    case Endpoint::Scheme::Tcp:
    case Endpoint::Scheme::Ssh:
        return {};
    case Endpoint::Scheme::NamedPipe:
        return EngineError::make(EngineError::Kind::Unsupported,
            tr("Windows named pipes (%1) are not supported yet.").arg(endpoint.uri),
            tr("Use a tcp:// endpoint of the engine, or a context that has one."));
    case Endpoint::Scheme::Invalid:
        break;
    }
    return EngineError::make(EngineError::Kind::Unsupported, tr("No engine endpoint is set."),
        tr("Choose an engine (DOCKER_HOST, --host or a docker context)."));
}

EngineError EngineClient::refusedError(const QString &path)
{
    EngineError e = EngineError::make(EngineError::Kind::ConnectionRefused,
        tr("Nobody answers on %1: is the daemon running?").arg(path),
        tr("The socket file exists but no daemon listens on it (a stale socket "
           "after a crash). ")
            + startDaemonHint());
    return e;
}

EngineError EngineClient::checkSocket(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR) {
            EngineError e = EngineError::make(EngineError::Kind::SocketMissing,
                tr("Docker is not running, or it listens elsewhere: there is no socket at %1.").arg(path),
                startDaemonHint());
            e.detail = QString::fromLocal8Bit(std::strerror(err));
            return e;
        }
        if (err == EACCES) {
            EngineError e = EngineError::make(EngineError::Kind::PermissionDenied,
                tr("Permission denied: a folder on the way to %1 cannot be entered.").arg(path),
                tr("Use a socket your user can reach (the rootless Docker or Podman socket), or ask an "
                   "administrator to grant access."));
            e.detail = QString::fromLocal8Bit(std::strerror(err));
            return e;
        }
        return EngineError::make(EngineError::Kind::Network,
            tr("Cannot check the socket %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))));
    }
    if (!S_ISSOCK(st.st_mode))
        return EngineError::make(EngineError::Kind::Network, tr("%1 is not a socket.").arg(path),
            tr("DOCKER_HOST or the context must name the daemon's socket file."));
    // Connecting to a unix socket needs write permission on it; root passes without asking.
    if (::access(native.constData(), R_OK | W_OK) != 0 && errno == EACCES) {
        EngineError e = EngineError::make(EngineError::Kind::PermissionDenied,
            tr("Permission denied on the engine socket %1.").arg(path),
            tr("Add your user to the docker group (sudo usermod -aG docker $USER) and log in again, or use "
               "the rootless Docker or Podman socket."));
        e.detail = QString::fromLocal8Bit(std::strerror(EACCES));
        return e;
    }
    return {};
}

EngineCall *EngineClient::send(const EngineRequest &request)
{
    EngineError early = checkEndpoint(m_endpoint);
    if (!early && m_endpoint.scheme == Endpoint::Scheme::Unix)
        early = checkSocket(m_endpoint.socketPath);
    if (!early && m_endpoint.scheme == Endpoint::Scheme::Ssh && (!m_sshBridge || m_sshBridge->socketPath().isEmpty()))
        early = m_sshBridge ? m_sshBridge->lastFailure()
                            : EngineError::make(EngineError::Kind::Network, tr("No ssh bridge."));
    if (!early && m_tlsError)
        early = m_tlsError;
    if (early)
        return EngineCall::failed(request, early, this);

    // While reconnecting to the same endpoint, the version agreed last time still holds.
    const QString prefix = !request.versioned   ? QString()
        : !m_info.negotiatedApiVersion.isNull() ? m_info.apiPrefix()
                                                : QLatin1String("/v") + minimumApiVersion().toString();
    QUrl url = m_endpoint.urlFor(prefix + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);

    QNetworkRequest nr(url);
    if (m_endpoint.scheme == Endpoint::Scheme::Unix)
        nr.setAttribute(QNetworkRequest::FullLocalServerNameAttribute, m_endpoint.socketPath);
    else if (m_endpoint.scheme == Endpoint::Scheme::Ssh)
        nr.setAttribute(QNetworkRequest::FullLocalServerNameAttribute, m_sshBridge->socketPath());
    if (m_endpoint.scheme == Endpoint::Scheme::Tcp && m_endpoint.tls)
        nr.setSslConfiguration(m_sslConfig);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setRawHeader("User-Agent", "Dockwright/" DOCKWRIGHT_VERSION_STRING);
    const bool hasBody = !request.body.isEmpty() || request.bodyDevice;
    QByteArray contentType = request.contentType;
    if (contentType.isEmpty() && (hasBody || request.method == "POST" || request.method == "PUT")) {
        // Qt would send form-urlencoded, which /build and /containers/create misread.
        if (hasBody)
            qWarning("dockwright: %s %s sent without a content type; using application/json",
                request.method.constData(), qUtf8Printable(request.path));
        contentType = "application/json";
    }
    if (!contentType.isEmpty())
        nr.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (request.bodyDevice && request.contentLength >= 0) {
        // Without a known length Qt reads a sequential device to its end before sending anything.
        nr.setHeader(QNetworkRequest::ContentLengthHeader, request.contentLength);
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    }

    // Qt opens at most six connections per host and manager; long streams (events, logs, builds) get
    // a manager of their own so they never starve ordinary calls.
    const bool longLived = request.delivery != EngineRequest::Delivery::Buffered || request.timeoutMs == 0;
    QNetworkAccessManager *nam = longLived ? new QNetworkAccessManager : m_nam;
    QNetworkReply *reply = nullptr;
    if (request.bodyDevice)
        reply = nam->sendCustomRequest(nr, request.method, request.bodyDevice.data());
    else if (hasBody || request.method == "POST" || request.method == "PUT")
        reply = nam->sendCustomRequest(nr, request.method, request.body);
    else if (request.method == "GET")
        reply = nam->get(nr);
    else if (request.method == "HEAD")
        reply = nam->head(nr);
    else if (request.method == "DELETE")
        reply = nam->deleteResource(nr);
    else
        reply = nam->sendCustomRequest(nr, request.method);

    auto *call = new EngineCall(reply, request, m_endpoint, this);
    if (m_sshBridge)
        call->setSshBridge(m_sshBridge);
    if (longLived)
        nam->setParent(call);
    m_calls.removeIf([](const QPointer<EngineCall> &c) { return c.isNull() || c->isFinished(); });
    m_calls.append(call);
    return call;
}

void EngineClient::connectToEngine()
{
    const quint64 generation = ++m_generation;
    if (m_connectCall)
        m_connectCall->abort();
    m_pending = {};
    m_pending.endpoint = m_endpoint;
    setState(State::Connecting);

    EngineRequest ping = EngineApi::ping();
    ping.timeoutMs = PingTimeoutMs;
    EngineCall *call = send(ping);
    m_connectCall = call;
    connect(call, &EngineCall::finished, this, [this, call, generation] {
        if (generation == m_generation)
            onPingFinished(call);
    });
}

bool EngineClient::connectAndWait(int timeoutMs)
{
    QEventLoop loop;
    const auto a = connect(this, &EngineClient::connected, &loop, &QEventLoop::quit);
    const auto b = connect(this, &EngineClient::connectionFailed, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connectToEngine();
    if (m_state == State::Connecting) {
        if (timeoutMs >= 0)
            timer.start(timeoutMs);
        loop.exec();
    }
    disconnect(a);
    disconnect(b);
    if (m_state == State::Connecting)
        fail(EngineError::make(EngineError::Kind::Timeout,
            tr("Connecting to the engine at %1 took longer than %2 s.")
                .arg(m_endpoint.displayName())
                .arg(timeoutMs / 1000)));
    return m_state == State::Connected;
}

void EngineClient::onPingFinished(EngineCall *call)
{
    if (call->error()) {
        EngineError e = call->error();
        if (e.kind == EngineError::Kind::Http)
            e = EngineError::fromHttp(call->httpStatus(), call->body(), tr("The engine ping"));
        return fail(e);
    }
    // The headers carry what /version does not: builder, and Podman's "Server: Libpod/...".
    m_pending.apiVersion = QVersionNumber::fromString(QString::fromLatin1(call->header("Api-Version").trimmed()));
    m_pending.builderVersion = QString::fromLatin1(call->header("Builder-Version").trimmed());
    m_pending.experimental = call->header("Docker-Experimental").trimmed() == "true";
    m_pending.os = QString::fromLatin1(call->header("Ostype").trimmed());
    const QString server = QString::fromLatin1(call->header("Server").trimmed());
    if (server.startsWith(QLatin1String("Libpod"), Qt::CaseInsensitive))
        m_pending.product = QStringLiteral("Podman Engine");
    if (m_pending.engineVersion.isEmpty() && server.contains(QLatin1Char('/')))
        m_pending.engineVersion = server.section(QLatin1Char('/'), 1).section(QLatin1Char(' '), 0, 0);

    QVersionNumber versionApi;
    if (!m_pending.apiVersion.isNull()) {
        if (m_pending.apiVersion < minimumApiVersion())
            return fail(tooOld(m_pending.apiVersion));
        m_pending.negotiatedApiVersion = std::min(maximumApiVersion(), m_pending.apiVersion);
        versionApi = m_pending.negotiatedApiVersion;
    }
    // Without an Api-Version header the unversioned /version reports the engine's maximum.
    sendConnectStep(EngineApi::withApiVersion(EngineApi::version(), versionApi).path, &EngineClient::onVersionFinished);
}

void EngineClient::sendConnectStep(const QString &path, void (EngineClient::*handler)(EngineCall *))
{
    EngineRequest request = EngineRequest::get(path);
    request.versioned = false;
    request.timeoutMs = PingTimeoutMs;
    EngineCall *next = send(request);
    m_connectCall = next;
    const quint64 generation = m_generation;
    connect(next, &EngineCall::finished, this, [this, next, generation, handler] {
        if (generation == m_generation)
            (this->*handler)(next);
    });
}

EngineError EngineClient::tooOld(const QVersionNumber &engineApi) const
{
    return EngineError::make(EngineError::Kind::ApiTooOld,
        tr("The engine at %1 speaks Docker API %2, but Dockwright needs at least API %3 (Docker 20.10).")
            .arg(m_endpoint.displayName(), engineApi.toString(), minimumApiVersion().toString()),
        tr("Update the engine to Docker 20.10 or newer, or pick another endpoint."));
}

void EngineClient::onVersionFinished(EngineCall *call)
{
    if (call->error()) {
        EngineError e = call->error();
        if (e.kind == EngineError::Kind::Http)
            e = EngineError::fromHttp(call->httpStatus(), call->body(), tr("Reading the engine version"));
        return fail(e);
    }
    const QJsonDocument doc = call->json();
    if (call->error() || !doc.isObject()) {
        EngineError e = call->error();
        if (!e)
            e = EngineError::make(
                EngineError::Kind::Malformed, tr("The engine's /version reply is not a JSON object."));
        return fail(e);
    }
    const QJsonObject v = doc.object();
    EngineInfo &info = m_pending;
    info.version = v;
    const auto text = [&v](const char *key) { return v.value(QLatin1String(key)).toString(); };
    if (!text("Version").isEmpty())
        info.engineVersion = text("Version");
    if (!text("Os").isEmpty())
        info.os = text("Os");
    info.arch = text("Arch");
    info.kernelVersion = text("KernelVersion");
    info.minApiVersion = QVersionNumber::fromString(text("MinAPIVersion"));
    if (v.value(QLatin1String("Experimental")).toBool())
        info.experimental = true;
    bool podman = info.isPodman();
    const QJsonArray components = v.value(QLatin1String("Components")).toArray();
    for (const QJsonValue &component : components) {
        if (component.toObject()
                .value(QLatin1String("Name"))
                .toString()
                .contains(QLatin1String("Podman"), Qt::CaseInsensitive))
            podman = true;
    }
    const QString platform = v.value(QLatin1String("Platform")).toObject().value(QLatin1String("Name")).toString();
    info.product = podman     ? QStringLiteral("Podman Engine")
        : !platform.isEmpty() ? platform
                              : QStringLiteral("Docker Engine");

    if (info.apiVersion.isNull()) {
        info.apiVersion = QVersionNumber::fromString(text("ApiVersion"));
        if (info.apiVersion.isNull())
            return fail(EngineError::make(EngineError::Kind::Malformed,
                tr("The engine at %1 reported no API version (no Api-Version header, "
                   "no ApiVersion in /version).")
                    .arg(m_endpoint.displayName()),
                tr("Is this a Docker-compatible engine?")));
        if (info.apiVersion < minimumApiVersion())
            return fail(tooOld(info.apiVersion));
        info.negotiatedApiVersion = std::min(maximumApiVersion(), info.apiVersion);
    }
    if (!info.minApiVersion.isNull() && info.minApiVersion > info.negotiatedApiVersion)
        return fail(EngineError::make(EngineError::Kind::Unsupported,
            tr("The engine at %1 requires API %2 or newer, but Dockwright speaks at most API %3.")
                .arg(m_endpoint.displayName(), info.minApiVersion.toString(), maximumApiVersion().toString()),
            tr("Update Dockwright, or start the daemon with DOCKER_MIN_API_VERSION=%1.")
                .arg(info.negotiatedApiVersion.toString())));

    // The image store decides what BuildKit can do without a session; /info says which one it is.
    sendConnectStep(
        EngineApi::withApiVersion(EngineApi::info(), info.negotiatedApiVersion).path, &EngineClient::onInfoFinished);
}

void EngineClient::onInfoFinished(EngineCall *call)
{
    EngineInfo &info = m_pending;
    // An engine that refuses /info is still usable: the store stays unknown (treated as a graph driver).
    if (!call->error()) {
        const QJsonObject o = call->jsonObject();
        info.storageDriver = o.value(QLatin1String("Driver")).toString();
        const QJsonArray status = o.value(QLatin1String("DriverStatus")).toArray();
        for (const QJsonValue &row : status) {
            const QJsonArray pair = row.toArray();
            if (pair.size() == 2 && pair.at(0).toString() == QLatin1String("driver-type")
                && pair.at(1).toString().startsWith(QLatin1String("io.containerd.snapshotter")))
                info.containerdImageStore = true;
        }
    }
    m_info = info;
    m_lastError = {};
    setState(State::Connected);
    Q_EMIT connected(m_info);
}

void EngineClient::fail(const EngineError &error)
{
    m_lastError = error;
    setState(State::Failed);
    Q_EMIT connectionFailed(error);
}

void EngineClient::markLost(const EngineError &error)
{
    ++m_generation;
    m_lastError = error;
    setState(State::Failed);
}

} // namespace Dockwright::Core
