// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"

#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>

namespace Dockwright::Core {

// A docker CLI context read from ~/.docker/contexts/meta/<sha256(name)>/meta.json.
struct DockerContext
{
    QString name;
    QString description;
    Endpoint endpoint;
    bool current = false;
};

// Resolves the engine endpoint in Docker's order: explicit choice > DOCKER_HOST > DOCKER_CONTEXT >
// currentContext of config.json > /var/run/docker.sock, and discovers the rootless and Podman sockets.
// Environment and home directory are injected so tests can use a temporary HOME.
class EndpointResolver final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::EndpointResolver)
public:
    explicit EndpointResolver(
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), const QString &homeDir = {});

    // explicitChoice: a DOCKER_HOST-style URI or "context:<name>"; empty for the automatic order.
    // On a bad variable/context the returned endpoint is invalid and *error names the culprit.
    Endpoint resolve(const QString &explicitChoice = {}, QString *error = nullptr) const;

    // Every endpoint worth offering in a picker: the resolved one, each context, the default socket,
    // rootless Docker ($XDG_RUNTIME_DIR/docker.sock) and Podman (rootful and rootless) when they exist.
    QList<Endpoint> candidates() const;

    QList<DockerContext> contexts(QString *error = nullptr) const;
    QString configDir() const; // $DOCKER_CONFIG or ~/.docker

    static QString defaultSocketPath() { return QStringLiteral("/var/run/docker.sock"); }
    static QString podmanRootfulSocketPath() { return QStringLiteral("/run/podman/podman.sock"); }
    // The context that resolve() would use without an explicit choice ("default" when none).
    QString currentContextName() const;

private:
    Endpoint fromEnvironment(QString *error) const;
    Endpoint applyTlsEnvironment(Endpoint endpoint) const;
    Endpoint hostWithTls(const QString &raw, QString *error) const;
    Endpoint defaultEndpoint() const;
    // who names the setting that asked for the context, for the error message.
    Endpoint loadContext(const QString &name, const QString &who, QString *error) const;
    bool contextFromMeta(const QJsonObject &meta, const QString &hash, const QString &shownMetaFile,
        DockerContext *context, QString *error) const;
    QString shownPath(const QString &path) const; // ~/... for messages

    QProcessEnvironment m_env;
    QString m_home;
};

} // namespace Dockwright::Core
