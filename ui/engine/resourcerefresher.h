// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
// costs one request. Models are emptied while the engine is unreachable.
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
    Fetch &state(Kind kind) { return kind == Kind::Images ? m_images : m_containers; }

    Core::EngineSession *m_session;
    QPointer<ImagesModel> m_imagesModel;
    QPointer<ContainersModel> m_containersModel;
    Fetch m_images;
    Fetch m_containers;
};

} // namespace Dockwright::Ui
