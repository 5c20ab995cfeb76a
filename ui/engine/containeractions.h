// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/engineapi.h"
#include "enginebatch.h"
#include "resourceprompts.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace Dockwright::Core {
class EngineClient;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

class ContainersModel;
class ResourceView;

// What the user can do with the containers in the Containers view: its toolbar, context menu and
// keys. Start, Stop, Restart, Kill and Remove (Delete) apply to every selected container that is in a
// state for it; Logs (also Enter and double-click) and Inspect to the current one. Remove and Prune
// ask first; a running container is removed by force only after the question said so.
class ContainerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerActions)
public:
    ContainerActions(Core::EngineClient *client, ContainersModel *model, ResourceView *view, QObject *parent = nullptr);
    ~ContainerActions() override;

    void setConfirm(const ResourcePrompts::Confirm &confirm) { m_confirm = confirm; }

    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    QAction *restartAction() const { return m_restart; }
    QAction *killAction() const { return m_kill; }
    QAction *removeAction() const { return m_remove; }
    QAction *logsAction() const { return m_logs; }
    QAction *inspectAction() const { return m_inspect; }
    QAction *pruneAction() const { return m_prune; }

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // Logs for a container. When nothing is connected to it, Logs opens a window of its own instead.
    void logsRequested(const QString &id);
    void dialogOpened(QWidget *dialog);
    // An engine operation ended; the view shows its outcome.
    void operationFinished();

private:
    void updateActions();
    QStringList selectedIds() const;
    QString currentId() const;
    QString nameOf(const QString &id) const;
    // Sends action to each selected container in a state the action applies to.
    void lifecycle(Core::EngineApi::ContainerAction action);
    static QString busyText(Core::EngineApi::ContainerAction action);
    static QString doneText(Core::EngineApi::ContainerAction action, int count);
    void remove();
    void prune();
    void logs();
    void inspect();
    void runBatch(const QString &busyText, const QList<EngineBatch::Step> &steps,
        const std::function<void(const QList<EngineBatch::Result> &)> &done);
    void finish(const QString &message, bool error);

    QPointer<Core::EngineClient> m_client;
    QPointer<ContainersModel> m_model;
    ResourceView *m_view;
    ResourcePrompts::Confirm m_confirm;
    bool m_busy = false;

    QAction *m_start = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_restart = nullptr;
    QAction *m_kill = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_logs = nullptr;
    QAction *m_inspect = nullptr;
    QAction *m_prune = nullptr;
};

} // namespace Dockwright::Ui
