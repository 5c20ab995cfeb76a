// SPDX-License-Identifier: GPL-3.0-or-later
#include "containeractions.h"

#include "containerlogsdialog.h"
#include "containersmodel.h"
#include "core/common/bytesize.h"
#include "core/engine/engineclient.h"
#include "jsondialog.h"
#include "resourceview.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMetaMethod>
#include <QTreeView>

namespace Dockwright::Ui {

using namespace Dockwright::Core;
using Action = EngineApi::ContainerAction;

namespace {

// Whether the engine takes action for a container in state (it answers 304 or 409 otherwise).
bool applies(Action action, ContainerState state)
{
    const bool live
        = state == ContainerState::Running || state == ContainerState::Restarting || state == ContainerState::Paused;
    switch (action) {
    case Action::Start:
        return state == ContainerState::Created || state == ContainerState::Exited;
    case Action::Stop:
    case Action::Kill:
        return live;
    case Action::Restart:
        return live || state == ContainerState::Created || state == ContainerState::Exited;
    case Action::Pause:
        return state == ContainerState::Running;
    case Action::Unpause:
        return state == ContainerState::Paused;
    }
    return false;
}

bool isLive(ContainerState state)
{
    return state == ContainerState::Running || state == ContainerState::Restarting || state == ContainerState::Paused;
}

} // namespace

ContainerActions::ContainerActions(EngineClient *client, ContainersModel *model, ResourceView *view, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_view(view)
{
    m_confirm = [view](const ResourcePrompts::Question &question) { return ResourcePrompts::confirm(view, question); };

    const auto make = [this](const QString &icon, const QString &text, const QString &toolTip) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, m_view);
        action->setToolTip(toolTip);
        return action;
    };
    m_start = make(QStringLiteral("media-playback-start"), tr("Start"), tr("Start the selected stopped containers"));
    m_stop = make(QStringLiteral("media-playback-stop"), tr("Stop"),
        tr("Stop the selected running containers: SIGTERM, then SIGKILL after the engine's grace period"));
    m_restart = make(QStringLiteral("view-refresh"), tr("Restart"), tr("Stop and start the selected containers"));
    m_kill = make(QStringLiteral("process-stop"), tr("Kill"),
        tr("Kill the selected running containers at once (SIGKILL), without a grace period"));
    m_logs = make(QStringLiteral("utilities-log-viewer"), tr("Logs"),
        tr("Show what the container wrote to its output (Enter or double-click)"));
    m_inspect = make(QStringLiteral("document-properties"), tr("Inspect"),
        tr("Show everything the engine knows about the container, as docker inspect does"));
    m_inspect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_remove = make(QStringLiteral("edit-delete"), tr("Remove…"), tr("Remove the selected containers (Delete)"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_prune = make(QStringLiteral("edit-clear-all"), tr("Prune Stopped…"),
        tr("Remove every container that is not running, as docker container prune does"));

    m_view->addRowAction(m_start);
    m_view->addRowAction(m_stop);
    m_view->addRowAction(m_restart);
    m_view->addRowAction(m_kill, false);
    m_view->addSeparator();
    m_view->addRowAction(m_logs);
    m_view->addRowAction(m_inspect);
    m_view->addSeparator();
    m_view->addRowAction(m_remove);
    m_view->addRowAction(m_prune);

    connect(m_start, &QAction::triggered, this, [this] { lifecycle(Action::Start); });
    connect(m_stop, &QAction::triggered, this, [this] { lifecycle(Action::Stop); });
    connect(m_restart, &QAction::triggered, this, [this] { lifecycle(Action::Restart); });
    connect(m_kill, &QAction::triggered, this, [this] { lifecycle(Action::Kill); });
    connect(m_remove, &QAction::triggered, this, &ContainerActions::remove);
    connect(m_prune, &QAction::triggered, this, &ContainerActions::prune);
    connect(m_logs, &QAction::triggered, this, &ContainerActions::logs);
    connect(m_inspect, &QAction::triggered, this, &ContainerActions::inspect);
    connect(m_view->view(), &QAbstractItemView::activated, this, [this] {
        if (m_logs->isEnabled())
            m_logs->trigger();
    });

    QTreeView *table = m_view->view();
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContainerActions::updateActions);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContainerActions::updateActions);
    // A container that stops by itself changes what Start and Stop can do.
    connect(table->model(), &QAbstractItemModel::dataChanged, this, &ContainerActions::updateActions);
    connect(table->model(), &QAbstractItemModel::rowsRemoved, this, &ContainerActions::updateActions);
    connect(table->model(), &QAbstractItemModel::modelReset, this, &ContainerActions::updateActions);
    if (m_client)
        connect(m_client, &EngineClient::stateChanged, this, &ContainerActions::updateActions);
    updateActions();
}

ContainerActions::~ContainerActions() = default;

QStringList ContainerActions::selectedIds() const
{
    return m_view->selectedValues(ContainersModel::IdRole);
}

QString ContainerActions::currentId() const
{
    const QModelIndex current = m_view->view()->currentIndex();
    const QStringList selected = selectedIds();
    if (current.isValid()) {
        const QString id = current.siblingAtColumn(0).data(ContainersModel::IdRole).toString();
        if (selected.contains(id) || selected.isEmpty())
            return id;
    }
    return selected.value(0);
}

QString ContainerActions::nameOf(const QString &id) const
{
    const int row = m_model ? m_model->rowOfId(id) : -1;
    if (row < 0 || m_model->rowAt(row).name.isEmpty())
        return id.left(12);
    return m_model->rowAt(row).name;
}

void ContainerActions::updateActions()
{
    const bool connected = m_client && m_client->state() == EngineClient::State::Connected;
    const QStringList ids = connected ? selectedIds() : QStringList();
    const auto anyFor = [this, &ids](Action action) {
        for (const QString &id : ids) {
            const int row = m_model ? m_model->rowOfId(id) : -1;
            if (row >= 0 && applies(action, m_model->rowAt(row).stateValue()))
                return true;
        }
        return false;
    };
    m_start->setEnabled(!m_busy && anyFor(Action::Start));
    m_stop->setEnabled(!m_busy && anyFor(Action::Stop));
    m_restart->setEnabled(!m_busy && anyFor(Action::Restart));
    m_kill->setEnabled(!m_busy && anyFor(Action::Kill));
    m_remove->setEnabled(!m_busy && !ids.isEmpty());
    m_logs->setEnabled(!ids.isEmpty());
    m_inspect->setEnabled(!ids.isEmpty());
    m_prune->setEnabled(connected && !m_busy);
}

void ContainerActions::runBatch(const QString &busyText, const QList<EngineBatch::Step> &steps,
    const std::function<void(const QList<EngineBatch::Result> &)> &done)
{
    m_busy = true;
    m_view->setBusy(busyText);
    updateActions();
    auto *batch = new EngineBatch(m_client, steps, this);
    connect(batch, &EngineBatch::progress, this, [this, busyText](int finished, int total, const QString &label) {
        m_view->setBusy(total > 1 ? tr("%1 %2 (%3 of %4)…").arg(busyText, label).arg(finished + 1).arg(total)
                                  : tr("%1 %2…").arg(busyText, label));
    });
    connect(batch, &EngineBatch::finished, this, [this, done](const QList<EngineBatch::Result> &results) {
        m_busy = false;
        m_view->setIdle();
        updateActions();
        done(results);
    });
    batch->start();
}

void ContainerActions::finish(const QString &message, bool error)
{
    if (!message.isEmpty())
        m_view->showMessage(message, error ? ResourceView::MessageKind::Error : ResourceView::MessageKind::Information);
    updateActions();
    Q_EMIT operationFinished();
}

QString ContainerActions::busyText(Action action)
{
    switch (action) {
    case Action::Start:
        return tr("Starting");
    case Action::Stop:
        return tr("Stopping");
    case Action::Restart:
        return tr("Restarting");
    case Action::Kill:
        return tr("Killing");
    case Action::Pause:
        return tr("Pausing");
    case Action::Unpause:
        return tr("Resuming");
    }
    return {};
}

QString ContainerActions::doneText(Action action, int count)
{
    switch (action) {
    case Action::Start:
        return tr("Started %n container(s).", nullptr, count);
    case Action::Stop:
        return tr("Stopped %n container(s).", nullptr, count);
    case Action::Restart:
        return tr("Restarted %n container(s).", nullptr, count);
    case Action::Kill:
        return tr("Killed %n container(s).", nullptr, count);
    case Action::Pause:
        return tr("Paused %n container(s).", nullptr, count);
    case Action::Unpause:
        return tr("Resumed %n container(s).", nullptr, count);
    }
    return {};
}

void ContainerActions::lifecycle(Action action)
{
    if (m_busy || !m_model)
        return;
    QList<EngineBatch::Step> steps;
    for (const QString &id : selectedIds()) {
        const int row = m_model->rowOfId(id);
        if (row >= 0 && applies(action, m_model->rowAt(row).stateValue()))
            steps.append({nameOf(id), EngineApi::containerAction(id, action), id});
    }
    if (steps.isEmpty())
        return;
    // docker stop waits up to the container's grace period (10 s by default) before it answers.
    if (action == Action::Stop || action == Action::Restart) {
        for (EngineBatch::Step &step : steps)
            step.request.timeoutMs = 120000;
    }
    runBatch(busyText(action), steps, [this, action](const QList<EngineBatch::Result> &results) {
        int failed = 0;
        for (const EngineBatch::Result &result : results)
            failed += result.error ? 1 : 0;
        const int done = int(results.size()) - failed;
        if (failed == 0)
            finish(doneText(action, done), false);
        else
            finish(tr("%1 of %2 done. The engine refused the others:").arg(done).arg(results.size()) + QLatin1Char('\n')
                    + EngineBatch::failureText(results),
                true);
    });
}

void ContainerActions::remove()
{
    if (m_busy || !m_model)
        return;
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    QStringList running;
    QList<EngineBatch::Step> steps;
    for (const QString &id : ids) {
        const int row = m_model->rowOfId(id);
        const bool live = row >= 0 && isLive(m_model->rowAt(row).stateValue());
        names.append(nameOf(id));
        if (live)
            running.append(nameOf(id));
        steps.append({nameOf(id), EngineApi::removeContainer(id, {.force = live, .volumes = false}), id});
    }
    ResourcePrompts::Question question;
    question.title = tr("Remove Containers");
    question.text = tr("Remove %n container(s)?", nullptr, int(ids.size()));
    question.details = names.join(QLatin1Char('\n')) + QLatin1String("\n\n")
        + tr("Their files that are not in a volume are lost; named volumes are kept.");
    if (!running.isEmpty())
        question.details += QLatin1String("\n\n")
            + tr("Running, so killed first without a grace period: %1").arg(running.join(QLatin1String(", ")));
    question.acceptText = running.isEmpty() ? tr("Remove") : tr("Kill and Remove");
    if (!m_confirm(question))
        return;
    runBatch(tr("Removing"), steps, [this](const QList<EngineBatch::Result> &results) {
        int failed = 0;
        for (const EngineBatch::Result &result : results)
            failed += result.error ? 1 : 0;
        const int total = int(results.size());
        if (failed == 0)
            finish(tr("Removed %n container(s).", nullptr, total), false);
        else
            finish(
                tr("Removed %1 of %n container(s). The engine refused the others:", nullptr, total).arg(total - failed)
                    + QLatin1Char('\n') + EngineBatch::failureText(results),
                true);
    });
}

void ContainerActions::prune()
{
    if (m_busy)
        return;
    QStringList stopped;
    if (m_model) {
        for (const ContainerSummary &container : m_model->rows()) {
            if (!isLive(container.stateValue()))
                stopped.append(container.name.isEmpty() ? container.id.left(12) : container.name);
        }
    }
    ResourcePrompts::Question question;
    question.title = tr("Prune Stopped Containers");
    question.text = tr("Remove every container that is not running?");
    question.details = stopped.isEmpty() ? tr("None is listed as stopped right now.")
                                         : tr("%n container(s) listed as stopped:", nullptr, int(stopped.size()))
            + QLatin1Char('\n') + stopped.join(QLatin1Char('\n'));
    question.acceptText = tr("Prune");
    if (!m_confirm(question))
        return;
    runBatch(tr("Pruning"), {{tr("stopped containers"), EngineApi::pruneContainers(), {}}},
        [this](const QList<EngineBatch::Result> &results) {
            if (results.isEmpty() || results.first().error) {
                finish(tr("Could not prune: %1").arg(EngineBatch::failureText(results)), true);
                return;
            }
            const QJsonObject reply = QJsonDocument::fromJson(results.first().body).object();
            const int deleted = int(reply.value(QLatin1String("ContainersDeleted")).toArray().size());
            const qint64 space = reply.value(QLatin1String("SpaceReclaimed")).toInteger();
            finish(tr("Pruned: %n container(s) removed, %1 reclaimed.", nullptr, deleted)
                       .arg(formatBytes(space, QLocale())),
                false);
        });
}

void ContainerActions::logs()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (isSignalConnected(QMetaMethod::fromSignal(&ContainerActions::logsRequested))) {
        Q_EMIT logsRequested(id);
        return;
    }
    auto *dialog = new ContainerLogsDialog(m_client, id, nameOf(id), m_view);
    dialog->show();
    Q_EMIT dialogOpened(dialog);
}

void ContainerActions::inspect()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const QString name = nameOf(id);
    runBatch(tr("Inspecting"), {{name, EngineApi::inspectContainer(id), id}},
        [this, name](const QList<EngineBatch::Result> &results) {
            if (results.isEmpty() || results.first().error) {
                finish(tr("Could not inspect %1: %2").arg(name, EngineBatch::failureText(results)), true);
                return;
            }
            auto *dialog
                = new JsonDialog(tr("Container %1").arg(name), QJsonDocument::fromJson(results.first().body), m_view);
            dialog->show();
            Q_EMIT dialogOpened(dialog);
            finish({}, false);
        });
}

} // namespace Dockwright::Ui
