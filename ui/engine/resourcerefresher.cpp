// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcerefresher.h"

#include "containersmodel.h"
#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineevent.h"
#include "core/engine/enginesession.h"
#include "imagesmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <utility>

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
    for (const Inspect &inspect : std::as_const(m_inspects)) {
        if (inspect.call)
            inspect.call->abort();
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
        // Its times or health changed even where its listed state did not (a restart stays "running").
        m_details.remove(event.actorId);
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
    const auto inspects = std::exchange(m_inspects, {});
    for (const Inspect &inspect : inspects) {
        if (inspect.call)
            inspect.call->abort();
    }
    m_details.clear();
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
        applyContainers(ContainerSummary::listFromJson(call->json().array()));
        Q_EMIT containersRefreshed();
    }
    if (f.again) {
        f.again = false;
        fetch(kind);
    }
}

void ResourceRefresher::applyContainers(QList<ContainerSummary> containers)
{
    QHash<QString, Detail> kept;
    for (ContainerSummary &container : containers) {
        const auto known = m_details.constFind(container.id);
        if (known != m_details.constEnd() && known->state == container.state) {
            container.detail = known->detail;
            kept.insert(container.id, *known);
            continue;
        }
        const Inspect pending = m_inspects.value(container.id);
        if (pending.call && pending.listedState == container.state)
            continue; // already asked since it got this state
        if (pending.call) {
            // Sent before the container's latest change; its answer could describe the state before.
            m_inspects.remove(container.id);
            pending.call->abort();
        }
        EngineCall *call = m_session->client()->send(EngineApi::inspectContainer(container.id));
        m_inspects.insert(container.id, Inspect {call, container.state});
        const QString id = container.id;
        connect(call, &EngineCall::finished, this, [this, id, call] { onInspected(id, call); });
    }
    m_details = kept; // containers that are gone take their details with them
    if (m_containersModel)
        m_containersModel->setContainers(containers);
}

void ResourceRefresher::onInspected(const QString &id, EngineCall *call)
{
    if (m_inspects.value(id).call != call)
        return; // aborted: disconnected, or superseded
    m_inspects.remove(id);
    if (call->error())
        return; // removed meanwhile (404), or the engine went away: the listing text stays
    const QJsonObject inspect = call->jsonObject();
    // Kept under the state inspect saw: a listing that shows another state asks again.
    const QString state = inspect.value(QLatin1String("State")).toObject().value(QLatin1String("Status")).toString();
    const ContainerStateDetail detail = ContainerStateDetail::fromInspect(inspect);
    m_details.insert(id, Detail {state, detail});
    if (!m_containersModel)
        return;
    const int row = m_containersModel->rowOfId(id);
    if (row < 0 || m_containersModel->rowAt(row).state != state)
        return; // it moved on since the listing; its event brings a listing that uses or replaces this
    m_containersModel->setDetail(id, detail);
    Q_EMIT containerDetailed(id);
}

} // namespace Dockwright::Ui
