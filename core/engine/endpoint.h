// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Dockwright::Core {

// Where a Docker-compatible engine listens, and how to talk to it (plain, TLS, verified TLS).
// Parsed from the DOCKER_HOST forms: unix://, tcp://host:port[/base], ssh://, npipe://, host:port.
struct Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::Endpoint)
public:
    enum class Scheme { Invalid, Unix, Tcp, Ssh, NamedPipe };

    Scheme scheme = Scheme::Invalid;
    QString uri; // normalised: unix:///path, tcp://host:port[/base], ssh://..., npipe://...
    QString socketPath; // Scheme::Unix; Scheme::Ssh: the remote socket (ssh://host/path), may be empty
    QString host; // Scheme::Tcp, Scheme::Ssh
    QString user; // Scheme::Ssh: ssh://user@host
    int port = 0;
    QString basePath; // API base path prefix kept from tcp://host:port/base
    bool tls = false;
    bool tlsVerify = true;
    QString caFile, certFile, keyFile; // empty when not given
    QString origin; // why this endpoint was chosen, for the UI ("DOCKER_HOST", "context rootless", ...)
    QString contextName; // docker context it came from, if any

    // Parses a DOCKER_HOST-style address; on failure returns an invalid endpoint and sets *error.
    static Endpoint fromUri(const QString &uri, QString *error = nullptr);

    bool isValid() const { return scheme != Scheme::Invalid; }
    // unix, tcp(+TLS) and ssh (through SshBridge) are spoken; npipe parses but is not supported.
    bool isSupported() const { return scheme == Scheme::Unix || scheme == Scheme::Tcp || scheme == Scheme::Ssh; }
    // The URL for an API path ("/v1.45/version?all=1"): unix+http://localhost/... (also for ssh, whose
    // bridge is a local socket) or http(s)://host:port/base/...
    QUrl urlFor(const QString &pathAndQuery) const;
    // Short human text: the socket path or host:port, with "(TLS)" when encrypted.
    QString displayName() const;

    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::Endpoint)
