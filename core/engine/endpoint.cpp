// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

namespace Dockwright::Core {

namespace {

// Docker's defaults: 2375 for plain tcp, 2376 when TLS is on (docker/cli opts/hosts.go).
constexpr int DefaultTcpPort = 2375;

Endpoint invalid(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

QString bracketed(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

} // namespace

Endpoint Endpoint::fromUri(const QString &input, QString *error)
{
    const QString uri = input.trimmed();
    if (uri.isEmpty())
        return invalid(error, tr("The engine address is empty."));

    const qsizetype schemeEnd = uri.indexOf(QLatin1String("://"));
    const QString scheme = schemeEnd < 0 ? QStringLiteral("tcp") : uri.left(schemeEnd).toLower();
    const QString rest = schemeEnd < 0 ? uri : uri.mid(schemeEnd + 3);

    Endpoint e;
    if (scheme == QLatin1String("unix")) {
        // "unix://" alone means the default socket, as in the docker CLI.
        e.scheme = Scheme::Unix;
        e.socketPath = rest.isEmpty() ? QStringLiteral("/var/run/docker.sock") : rest;
        if (!e.socketPath.startsWith(QLatin1Char('/')))
            return invalid(error,
                tr("'%1' is not a valid unix socket address: the path must be absolute "
                   "(unix:///path/to/docker.sock).")
                    .arg(uri));
        e.uri = QLatin1String("unix://") + e.socketPath;
        return e;
    }
    if (scheme == QLatin1String("npipe")) {
        e.scheme = Scheme::NamedPipe;
        e.socketPath = rest;
        e.uri = uri;
        return e;
    }
    if (scheme == QLatin1String("tcp") || scheme == QLatin1String("ssh")) {
        const QUrl url(scheme + QLatin1String("://") + rest, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return invalid(error,
                tr("'%1' is not a valid engine address: %2")
                    .arg(uri, url.isValid() ? tr("no host name") : url.errorString()));
        e.host = url.host();
        if (scheme == QLatin1String("ssh")) {
            e.scheme = Scheme::Ssh;
            e.port = url.port(22);
            e.user = url.userName();
            e.socketPath = url.path();
            e.uri = uri;
            return e;
        }
        if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
            return invalid(error,
                tr("'%1' is not a valid tcp address: only host, port and a base path "
                   "are allowed.")
                    .arg(uri));
        e.scheme = Scheme::Tcp;
        e.port = url.port(DefaultTcpPort);
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        e.basePath = path;
        e.uri = QLatin1String("tcp://") + bracketed(e.host) + QLatin1Char(':') + QString::number(e.port) + e.basePath;
        return e;
    }
    if (scheme == QLatin1String("fd"))
        return invalid(error,
            tr("'%1' is a daemon-side address (systemd socket activation); clients "
               "connect to the daemon's unix socket instead.")
                .arg(uri));
    return invalid(
        error, tr("'%1' uses the unknown scheme '%2'; use unix://, tcp://, ssh:// or npipe://.").arg(uri, scheme));
}

QUrl Endpoint::urlFor(const QString &pathAndQuery) const
{
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    const QString path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    QUrl url;
    switch (scheme) {
    case Scheme::Unix:
    case Scheme::Ssh:
        // Qt >= 6.8 routes unix+http:// through the socket named by FullLocalServerNameAttribute.
        url.setScheme(QStringLiteral("unix+http"));
        url.setHost(QStringLiteral("localhost"));
        url.setPath(path);
        break;
    case Scheme::Tcp:
        url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
        url.setHost(host);
        url.setPort(port);
        url.setPath(basePath + path);
        break;
    default:
        return {};
    }
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    return url;
}

QString Endpoint::displayName() const
{
    switch (scheme) {
    case Scheme::Unix:
        return socketPath;
    case Scheme::Tcp: {
        const QString name = bracketed(host) + QLatin1Char(':') + QString::number(port) + basePath;
        return tls ? tr("%1 (TLS)").arg(name) : name;
    }
    case Scheme::Ssh:
    case Scheme::NamedPipe:
        return uri;
    case Scheme::Invalid:
        break;
    }
    return tr("(no engine)");
}

} // namespace Dockwright::Core
