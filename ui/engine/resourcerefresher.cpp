// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcerefresher.h"

#include "containersmodel.h"
#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineevent.h"
#include "core/engine/enginesession.h"
#include "imagesmodel.h"

#include <QJsonArray>
#include <QTimer>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

ResourceRefresher::ResourceRefresher(
    EngineSession *session, ImagesModel *images, ContainersModel *containers, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_imagesModel(images)
    , m_containersModel(containers)
{
    for (Kind kind : {Kind::Images, Kind::Containers}) {
        Fetch &f = state(kind);
        f.timer = new QTimer(this);
        f.timer->setSingleShot(true);
        f.timer->setInterval(coalesceMs);
        connect(f.timer, &QTimer::timeout, this, [this, kind] { fetch(kind); });
    }
    connect(session, &EngineSession::connected, this, [this] {
        fetch(Kind::Images);
        fetch(Kind::Containers);
    });
    connect(session, &EngineSession::disconnected, this, &ResourceRefresher::onDisconnected);
    connect(session, &EngineSession::engineEvent, this, &ResourceRefresher::onEvent);
    if (session->isConnected()) {
        fetch(Kind::Images);
        fetch(Kind::Containers);
    }
}

ResourceRefresher::~ResourceRefresher()
{
    for (Kind kind : {Kind::Images, Kind::Containers}) {
        if (EngineCall *call = state(kind).call)
            call->abort();
    }
}

void ResourceRefresher::refreshImages()
{
    m_images.timer->start();
}

void ResourceRefresher::refreshContainers()
{
    m_containers.timer->start();
}

void ResourceRefresher::onEvent(const EngineEvent &event)
{
    if (event.type == QLatin1String("container")) {
        // exec_* and health checks fire constantly in some setups and change nothing we list but the status.
        const QString action = event.baseAction();
        if (action.startsWith(QLatin1String("exec_")) || action == QLatin1String("top")
            || action == QLatin1String("attach") || action == QLatin1String("resize"))
            return;
        refreshContainers();
    } else if (event.type == QLatin1String("image")) {
        refreshImages();
    }
}

void ResourceRefresher::onDisconnected()
{
    for (Kind kind : {Kind::Images, Kind::Containers}) {
        Fetch &f = state(kind);
        f.timer->stop();
        f.again = false;
        if (EngineCall *call = f.call) {
            f.call = nullptr;
            call->abort();
        }
    }
    // What the engine had is unknown now; showing it as current would mislead.
    if (m_imagesModel)
        m_imagesModel->clear();
    if (m_containersModel)
        m_containersModel->clear();
}

void ResourceRefresher::fetch(Kind kind)
{
    if (!m_session->isConnected())
        return;
    Fetch &f = state(kind);
    if (f.call) {
        // One request per kind at a time; the answer in flight may predate the event, so ask again after it.
        f.again = true;
        return;
    }
    const EngineRequest request = kind == Kind::Images ? EngineApi::listImages() : EngineApi::listContainers(true);
    EngineCall *call = m_session->client()->send(request);
    f.call = call;
    connect(call, &EngineCall::finished, this, [this, kind, call] { onFetched(kind, call); });
}

void ResourceRefresher::onFetched(Kind kind, EngineCall *call)
{
    Fetch &f = state(kind);
    if (f.call != call)
        return; // aborted because the engine went away; its answer is stale
    f.call = nullptr;
    if (call->error()) {
        if (call->error().kind != EngineError::Kind::Cancelled)
            Q_EMIT failed(call->error().message);
    } else if (kind == Kind::Images) {
        if (m_imagesModel)
            m_imagesModel->setImages(ImageSummary::listFromJson(call->json().array()));
        Q_EMIT imagesRefreshed();
    } else {
        if (m_containersModel)
            m_containersModel->setContainers(ContainerSummary::listFromJson(call->json().array()));
        Q_EMIT containersRefreshed();
    }
    if (f.again) {
        f.again = false;
        fetch(kind);
    }
}

} // namespace Dockwright::Ui
