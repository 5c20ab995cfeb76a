// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointresolver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <unistd.h>

namespace Dockwright::Core {

namespace {

// The docker CLI stores a context under the hex SHA-256 of its name (docker/cli cli/context/store).
QString contextHash(const QString &name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString contextChoicePrefix()
{
    return QStringLiteral("context:");
}

// Reads a JSON object file; a missing file is not an error (returns false with *error empty).
bool readJsonObject(const QString &path, QJsonObject *object, QString *error, const QString &shownPath)
{
    QFile file(path);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = EndpointResolver::tr("Cannot read %1: %2").arg(shownPath, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? EndpointResolver::tr("%1 is not valid JSON: %2 at offset %3")
                  .arg(shownPath, parseError.errorString())
                  .arg(parseError.offset)
            : EndpointResolver::tr("%1 is not a JSON object").arg(shownPath);
        return false;
    }
    *object = doc.object();
    return true;
}

} // namespace

EndpointResolver::EndpointResolver(const QProcessEnvironment &env, const QString &homeDir)
    : m_env(env)
    , m_home(homeDir)
{
    if (m_home.isEmpty())
        m_home = m_env.value(QStringLiteral("HOME"), QDir::homePath());
}

QString EndpointResolver::configDir() const
{
    const QString fromEnv = m_env.value(QStringLiteral("DOCKER_CONFIG"));
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    return QDir::cleanPath(m_home + QLatin1String("/.docker"));
}

QString EndpointResolver::shownPath(const QString &path) const
{
    const QString home = QDir::cleanPath(m_home);
    if (!home.isEmpty() && home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return path;
}

Endpoint EndpointResolver::resolve(const QString &explicitChoice, QString *error) const
{
    QString ignored;
    QString &why = error ? *error : ignored;
    why.clear();
    const QString choice = explicitChoice.trimmed();
    if (choice.startsWith(contextChoicePrefix())) {
        const QString name = choice.mid(contextChoicePrefix().size());
        Endpoint e = loadContext(name, tr("--context"), &why);
        if (e.isValid() && e.origin.isEmpty())
            e.origin = tr("context %1").arg(name);
        return e;
    }
    if (!choice.isEmpty()) {
        Endpoint e = hostWithTls(choice, &why);
        if (!e.isValid())
            return {};
        e.origin = tr("chosen");
        return e;
    }
    return fromEnvironment(&why);
}

Endpoint EndpointResolver::fromEnvironment(QString *error) const
{
    // DOCKER_HOST wins over DOCKER_CONTEXT, as in docker/cli resolveContextName().
    const QString dockerHost = m_env.value(QStringLiteral("DOCKER_HOST")).trimmed();
    if (!dockerHost.isEmpty()) {
        QString parseError;
        Endpoint e = hostWithTls(dockerHost, &parseError);
        if (!e.isValid()) {
            *error = tr("DOCKER_HOST is set to an unusable address: %1").arg(parseError);
            return {};
        }
        e.origin = QStringLiteral("DOCKER_HOST");
        return e;
    }
    const QString envContext = m_env.value(QStringLiteral("DOCKER_CONTEXT")).trimmed();
    if (!envContext.isEmpty()) {
        Endpoint e = loadContext(envContext, QStringLiteral("DOCKER_CONTEXT"), error);
        if (e.isValid() && e.origin.isEmpty())
            e.origin = tr("DOCKER_CONTEXT (context %1)").arg(envContext);
        return e;
    }
    const QString configFile = configDir() + QLatin1String("/config.json");
    QJsonObject config;
    QString configError;
    if (!readJsonObject(configFile, &config, &configError, shownPath(configFile)) && !configError.isEmpty()) {
        *error = configError;
        return {};
    }
    const QString current = config.value(QLatin1String("currentContext")).toString();
    if (!current.isEmpty()) {
        const QString who = tr("currentContext in %1").arg(shownPath(configFile));
        Endpoint e = loadContext(current, who, error);
        if (e.isValid() && e.origin.isEmpty())
            e.origin = tr("context %1 (config.json)").arg(current);
        return e;
    }
    Endpoint e = defaultEndpoint();
    e.origin = tr("default");
    return e;
}

Endpoint EndpointResolver::defaultEndpoint() const
{
    return Endpoint::fromUri(QLatin1String("unix://") + defaultSocketPath());
}

Endpoint EndpointResolver::applyTlsEnvironment(Endpoint endpoint) const
{
    if (endpoint.scheme != Endpoint::Scheme::Tcp)
        return endpoint;
    // Any non-empty DOCKER_TLS_VERIFY turns verification on, even "0" (docker/cli tests != "").
    const bool verify = !m_env.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty();
    const bool tls = verify || !m_env.value(QStringLiteral("DOCKER_TLS")).isEmpty();
    if (!tls)
        return endpoint;
    endpoint.tls = true;
    endpoint.tlsVerify = verify;
    QString certDir = m_env.value(QStringLiteral("DOCKER_CERT_PATH"));
    if (certDir.isEmpty())
        certDir = configDir();
    // Missing files are dropped, as docker does: no ca.pem means the system CAs, no cert/key no client auth.
    const auto existing = [&certDir](const char *name) {
        const QString path = QDir::cleanPath(certDir + QLatin1Char('/') + QLatin1String(name));
        return QFileInfo::exists(path) ? path : QString();
    };
    endpoint.caFile = existing("ca.pem");
    endpoint.certFile = existing("cert.pem");
    endpoint.keyFile = existing("key.pem");
    return endpoint;
}

Endpoint EndpointResolver::hostWithTls(const QString &raw, QString *error) const
{
    Endpoint e = Endpoint::fromUri(raw, error);
    if (e.scheme != Endpoint::Scheme::Tcp)
        return e;
    e = applyTlsEnvironment(e);
    // With TLS the default port is 2376 (docker/cli opts/hosts.go); fromUri() cannot know about TLS.
    const QString withScheme
        = raw.contains(QLatin1String("://")) ? raw.trimmed() : QLatin1String("tcp://") + raw.trimmed();
    if (e.tls && QUrl(withScheme).port() == -1) {
        e.port = 2376;
        e.uri = Endpoint::fromUri(QLatin1String("tcp://")
            + (e.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + e.host + QLatin1Char(']') : e.host)
            + QLatin1String(":2376") + e.basePath)
                    .uri;
    }
    return e;
}

Endpoint EndpointResolver::loadContext(const QString &name, const QString &who, QString *error) const
{
    if (name == QLatin1String("default")) {
        // The default context is not stored: DOCKER_HOST if set, else the platform socket.
        const QString dockerHost = m_env.value(QStringLiteral("DOCKER_HOST")).trimmed();
        Endpoint e = dockerHost.isEmpty() ? defaultEndpoint() : hostWithTls(dockerHost, error);
        if (e.isValid()) {
            e.contextName = name;
            e.origin = tr("context default");
        }
        return e;
    }
    const QString hash = contextHash(name);
    const QString metaFile = configDir() + QLatin1String("/contexts/meta/") + hash + QLatin1String("/meta.json");
    QJsonObject meta;
    QString readError;
    if (!readJsonObject(metaFile, &meta, &readError, shownPath(metaFile))) {
        *error = !readError.isEmpty() ? readError
                                      : tr("%1 names context '%2' but %3 has no such context")
                                            .arg(who, name, shownPath(configDir() + QLatin1String("/contexts")));
        return {};
    }
    DockerContext context;
    if (!contextFromMeta(meta, hash, shownPath(metaFile), &context, error))
        return {};
    return context.endpoint;
}

bool EndpointResolver::contextFromMeta(const QJsonObject &meta, const QString &hash, const QString &shownMetaFile,
    DockerContext *context, QString *error) const
{
    context->name = meta.value(QLatin1String("Name")).toString();
    context->description
        = meta.value(QLatin1String("Metadata")).toObject().value(QLatin1String("Description")).toString();
    const QJsonObject docker
        = meta.value(QLatin1String("Endpoints")).toObject().value(QLatin1String("docker")).toObject();
    const QString host = docker.value(QLatin1String("Host")).toString();
    if (host.isEmpty()) {
        *error = tr("Context '%1' in %2 has no docker endpoint host").arg(context->name, shownMetaFile);
        return false;
    }
    QString parseError;
    Endpoint e = Endpoint::fromUri(host, &parseError);
    if (!e.isValid()) {
        *error = tr("Context '%1' in %2 has an unusable host: %3").arg(context->name, shownMetaFile, parseError);
        return false;
    }
    if (e.scheme == Endpoint::Scheme::Tcp) {
        // docker/cli cli/context/docker/load.go: TLS when TLS files exist or SkipTLSVerify is set.
        const bool skipVerify = docker.value(QLatin1String("SkipTLSVerify")).toBool();
        const QString tlsDir = configDir() + QLatin1String("/contexts/tls/") + hash + QLatin1String("/docker/");
        const auto existing = [&tlsDir](const char *file) {
            const QString path = tlsDir + QLatin1String(file);
            return QFileInfo::exists(path) ? path : QString();
        };
        e.caFile = existing("ca.pem");
        e.certFile = existing("cert.pem");
        e.keyFile = existing("key.pem");
        e.tls = skipVerify || !e.caFile.isEmpty() || !e.certFile.isEmpty() || !e.keyFile.isEmpty();
        e.tlsVerify = !skipVerify;
    }
    e.contextName = context->name;
    e.origin = tr("context %1").arg(context->name);
    context->endpoint = e;
    return true;
}

QString EndpointResolver::currentContextName() const
{
    if (!m_env.value(QStringLiteral("DOCKER_HOST")).trimmed().isEmpty())
        return QStringLiteral("default");
    const QString envContext = m_env.value(QStringLiteral("DOCKER_CONTEXT")).trimmed();
    if (!envContext.isEmpty())
        return envContext;
    QJsonObject config;
    QString ignored;
    readJsonObject(configDir() + QLatin1String("/config.json"), &config, &ignored, {});
    const QString current = config.value(QLatin1String("currentContext")).toString();
    return current.isEmpty() ? QStringLiteral("default") : current;
}

QList<DockerContext> EndpointResolver::contexts(QString *error) const
{
    QList<DockerContext> result;
    const QString current = currentContextName();
    const QDir metaRoot(configDir() + QLatin1String("/contexts/meta"));
    const QStringList hashes = metaRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &hash : hashes) {
        const QString metaFile = metaRoot.filePath(hash + QLatin1String("/meta.json"));
        QJsonObject meta;
        QString readError;
        DockerContext context;
        if (!readJsonObject(metaFile, &meta, &readError, shownPath(metaFile))
            || !contextFromMeta(meta, hash, shownPath(metaFile), &context, &readError)) {
            // One broken context must not hide the others; report the first problem.
            if (error && error->isEmpty() && !readError.isEmpty())
                *error = readError;
            continue;
        }
        context.current = context.name == current;
        result.append(context);
    }
    std::sort(
        result.begin(), result.end(), [](const DockerContext &a, const DockerContext &b) { return a.name < b.name; });
    return result;
}

QList<Endpoint> EndpointResolver::candidates() const
{
    QList<Endpoint> result;
    const auto add = [&result](const Endpoint &e) {
        if (!e.isValid())
            return;
        for (const Endpoint &known : std::as_const(result)) {
            if (known.uri == e.uri && known.tls == e.tls && known.contextName == e.contextName)
                return;
        }
        result.append(e);
    };
    QString ignored;
    add(resolve({}, &ignored));
    for (const DockerContext &context : contexts())
        add(context.endpoint);
    Endpoint fallback = defaultEndpoint();
    fallback.origin = tr("default");
    add(fallback);

    QString runtimeDir = m_env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (runtimeDir.isEmpty())
        runtimeDir = QLatin1String("/run/user/") + QString::number(::getuid());
    const auto addSocket = [&add](const QString &path, const QString &origin) {
        if (!QFileInfo::exists(path))
            return;
        Endpoint e = Endpoint::fromUri(QLatin1String("unix://") + path);
        e.origin = origin;
        add(e);
    };
    addSocket(QDir::cleanPath(runtimeDir + QLatin1String("/docker.sock")), tr("rootless Docker"));
    addSocket(podmanRootfulSocketPath(), tr("Podman"));
    addSocket(QDir::cleanPath(runtimeDir + QLatin1String("/podman/podman.sock")), tr("rootless Podman"));
    return result;
}

} // namespace Dockwright::Core
