// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVersionNumber>

namespace Dockwright::Core {

// What /_ping and /version told us about a connected engine, and the API version we agreed on.
struct EngineInfo
{
    Endpoint endpoint;
    QString engineVersion; // "26.1.5", Podman's compat version, ...
    QString product; // "Docker Engine", "Podman Engine"
    QVersionNumber apiVersion; // engine's maximum (Api-Version header / ApiVersion)
    QVersionNumber minApiVersion; // engine's MinAPIVersion
    QVersionNumber negotiatedApiVersion; // min(ours, engine's); every call uses it
    QString os; // "linux"
    QString arch; // "amd64"
    QString kernelVersion;
    QString builderVersion; // /_ping Builder-Version: "2" BuildKit, "1" classic, "" unknown
    bool experimental = false;
    QString storageDriver; // /info Driver: "overlay2", "overlayfs" (containerd), "overlay" (Podman)
    bool containerdImageStore = false; // /info DriverStatus driver-type io.containerd.snapshotter.v1
    QJsonObject version; // the raw /version reply

    bool isPodman() const { return product.contains(QLatin1String("Podman"), Qt::CaseInsensitive); }
    // BuildKit (/build?version=2) is usable: Docker engines, not Podman's compatible API.
    bool hasBuildKit() const { return !isPodman() && builderVersion != QLatin1String("1"); }
    // BuildKit can read a context uploaded as the /build body. Not on the containerd image store, where
    // the uploaded context is fetched over a network that does not exist (moby/moby#47717): there BuildKit
    // needs the context through a client session.
    bool buildKitReadsUploadedContext() const { return hasBuildKit() && !containerdImageStore; }
    QString apiPrefix() const { return QLatin1String("/v") + negotiatedApiVersion.toString(); }
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::EngineInfo)
