// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/resources.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Dockwright::Core {
class EngineCall;
class EngineSession;
struct EngineError;
struct EngineEvent;
struct EngineInfo;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

class ContainersModel;
class ImagesModel;

// Keeps the Images and Containers models in step with the engine: a full listing when the session
// connects, then a refetch after container/image events, coalesced so a burst (build, compose up)
// costs one request. Models are emptied while the engine is unreachable. Each container is inspected
// once per state (and again after its own start/stop/health events) for the start and finish times
// its status text ages from; the listing's "Up Less than a second" would otherwise stay forever.
class ResourceRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceRefresher)
public:
    ResourceRefresher(
        Core::EngineSession *session, ImagesModel *images, ContainersModel *containers, QObject *parent = nullptr);
    ~ResourceRefresher() override;

    // How long events are collected before one refetch.
    static constexpr int coalesceMs = 200;

    void refreshImages();
    void refreshContainers();

Q_SIGNALS:
    // A listing request failed although the session is connected (shown in the status bar).
    void failed(const QString &message);
    // One listing arrived and was applied; for tests and the item counts.
    void imagesRefreshed();
    void containersRefreshed();
    // An inspect answered and the container's times are in the model.
    void containerDetailed(const QString &id);

private:
    enum class Kind { Images, Containers };
    struct Fetch
    {
        QPointer<Core::EngineCall> call;
        bool again = false; // an event arrived while the request was in flight
        QTimer *timer = nullptr;
    };

    void onEvent(const Core::EngineEvent &event);
    void onDisconnected();
    void fetch(Kind kind);
    void onFetched(Kind kind, Core::EngineCall *call);
    // Applies a container listing with the details known for each row's state; inspects the others.
    void applyContainers(QList<Core::ContainerSummary> containers);
    void onInspected(const QString &id, Core::EngineCall *call);

    struct Detail
    {
        QString state; // the state (as the engine spells it) inspect saw
        Core::ContainerStateDetail detail;
    };
    QHash<QString, Detail> m_details; // by container id
    struct Inspect
    {
        QPointer<Core::EngineCall> call;
        QString listedState; // the state the listing showed when it was sent
    };
    QHash<QString, Inspect> m_inspects; // in flight, by container id
    Fetch &state(Kind kind) { return kind == Kind::Images ? m_images : m_containers; }

    Core::EngineSession *m_session;
    QPointer<ImagesModel> m_imagesModel;
    QPointer<ContainersModel> m_containersModel;
    Fetch m_images;
    Fetch m_containers;
};

} // namespace Dockwright::Ui
