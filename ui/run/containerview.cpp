// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerview.h"

#include "containercontroller.h"
#include "core/engine/engineclient.h"
#include "core/files/filesave.h"
#include "logmodel.h"
#include "runcontainersproxy.h"
#include "runpresenter.h"
#include "ui/engine/containersmodel.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Dockwright::Ui {

using namespace Dockwright::Core;

ContainerView::ContainerView(EngineClient *client, QWidget *parent)
    : QGroupBox(tr("Container"), parent)
    , m_client(client)
    , m_controller(new ContainerController(client, this))
    , m_checkup(new Checkup(client, this))
    , m_logModel(new LogModel(this))
    , m_containers(new RunContainersProxy(this))
{
    setObjectName(QStringLiteral("containerView"));
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString &icon, const QString &text, const char *name) {
        auto *b = new QPushButton(QIcon::fromTheme(icon), text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    m_runButton = button(QStringLiteral("media-playback-start"), tr("&Run"), "runButton");
    m_runButton->setDefault(true);
    m_stopButton = button(QStringLiteral("media-playback-stop"), tr("&Stop"), "stopButton");
    m_killButton = button(QStringLiteral("process-stop"), tr("&Kill"), "killButton");
    m_restartButton = button(QStringLiteral("view-refresh"), tr("Res&tart"), "restartButton");
    m_removeButton = button(QStringLiteral("edit-delete"), tr("Remo&ve"), "removeButton");
    m_stopButton->setToolTip(tr("SIGTERM, then SIGKILL after 10 seconds (docker stop)"));
    m_killButton->setToolTip(tr("SIGKILL right away (docker kill)"));
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_runButton, &QPushButton::clicked, this, &ContainerView::runRequested);
    connect(m_stopButton, &QPushButton::clicked, m_controller, [this] { m_controller->stop(); });
    connect(m_killButton, &QPushButton::clicked, m_controller, &ContainerController::kill);
    connect(m_restartButton, &QPushButton::clicked, m_controller, &ContainerController::restart);
    connect(m_removeButton, &QPushButton::clicked, m_controller, &ContainerController::remove);

    // The list, the state and the log share the height; the log gets most of it.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeView(top);
    m_list->setObjectName(QStringLiteral("runContainersView"));
    m_list->setModel(m_containers);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setToolTip(tr("Containers started from this form or from its image. Pick one to follow its log and "
                          "manage it; the Containers page lists the same."));
    m_list->setAccessibleName(tr("Containers from this form"));
    m_list->header()->setStretchLastSection(true);
    // Room for two whole rows at any size (a row is taller than the font: the style's item margins),
    // so a second container stays in sight at 1024x700.
    const int rowHeight
        = m_list->fontMetrics().height() + 2 * m_list->style()->pixelMetric(QStyle::PM_FocusFrameVMargin) + 4;
    m_list->setMinimumHeight(m_list->header()->sizeHint().height() + 2 * rowHeight + 2 * m_list->frameWidth() + 2);
    m_list->hide(); // until there is a model of the engine's containers
    topLayout->addWidget(m_list, 1);
    m_state = new QLabel(top);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats = new QLabel(top);
    m_stats->setObjectName(QStringLiteral("statsLabel"));
    m_stats->setWordWrap(true);
    topLayout->addWidget(m_state);
    topLayout->addWidget(m_stats);
    split->addWidget(top);

    m_tabs = new QTabWidget(split);
    m_tabs->addTab(buildLogs(), tr("Logs"));
    // The checkup's button sits with its result, so the action row stays narrow enough for 1024 px.
    auto *checkupPage = new QWidget(m_tabs);
    auto *checkupLayout = new QVBoxLayout(checkupPage);
    checkupLayout->setContentsMargins(0, 4, 0, 0);
    m_checkupButton = new QPushButton(QIcon::fromTheme(QStringLiteral("system-search")), tr("Check&up"), checkupPage);
    m_checkupButton->setObjectName(QStringLiteral("checkupButton"));
    connect(m_checkupButton, &QPushButton::clicked, this, &ContainerView::runCheckup);
    m_checkupButton->setToolTip(tr("Run the guide's checks inside the running container: user, writable root, "
                                   "capabilities, NoNewPrivs, environment"));
    auto *checkupBar = new QHBoxLayout;
    checkupBar->addWidget(m_checkupButton);
    checkupBar->addStretch();
    checkupLayout->addLayout(checkupBar);
    m_checkupView = new QTextBrowser(checkupPage);
    checkupLayout->addWidget(m_checkupView, 1);
    m_checkupView->setObjectName(QStringLiteral("checkupView"));
    m_checkupView->setHtml(tr("<p>The checkup runs a few commands inside the running container (through "
                              "<code>docker exec</code>) and shows what the process really gets: its user, whether "
                              "it can write to /, its capabilities, NoNewPrivs and its environment (secrets "
                              "masked). Start a container, then press <b>Checkup</b>.</p>"));
    m_tabs->addTab(checkupPage, tr("Checkup"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_controller, &ContainerController::output, m_logModel, &LogModel::append);
    connect(m_controller, &ContainerController::note, m_logModel, &LogModel::appendSystemLine);
    connect(m_controller, &ContainerController::failed, this, [this](const QString &message) {
        m_logModel->appendSystemLine(message);
        m_note = message;
        updateState();
    });
    connect(m_controller, &ContainerController::stateChanged, this, [this](const ContainerController::State &s) {
        // Listed from now on, whatever image the form shows next; one picked from the list is not added.
        if (m_controller->isBusy())
            m_containers->addContainer(s.id);
        selectFollowed();
        updateState();
    });
    connect(m_controller, &ContainerController::statsChanged, this, &ContainerView::onStats);
    connect(m_checkup, &Checkup::finished, this, [this](const Checkup::Result &result) {
        m_checkupView->setHtml(RunPresenter::checkupHtml(result, palette()));
        updateState();
        Q_EMIT checkupFinished(result);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            follow(m_containers->idAt(index.row()));
    });
    connect(m_containers, &QAbstractItemModel::rowsInserted, this, &ContainerView::selectFollowed);
    connect(m_containers, &QAbstractItemModel::modelReset, this, &ContainerView::selectFollowed);
    if (m_client)
        connect(m_client, &EngineClient::stateChanged, this, &ContainerView::updateState);
    updateState();
}

ContainerView::~ContainerView() = default;

QWidget *ContainerView::buildLogs()
{
    auto *logsPage = new QWidget;
    auto *logsLayout = new QVBoxLayout(logsPage);
    logsLayout->setContentsMargins(0, 4, 0, 0);
    auto *logBar = new QHBoxLayout;
    m_timestamps = new QCheckBox(tr("Timestamps"), logsPage);
    m_timestamps->setObjectName(QStringLiteral("timestampsCheck"));
    m_follow = new QCheckBox(tr("Follow"), logsPage);
    m_follow->setObjectName(QStringLiteral("followCheck"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest line in view"));
    m_search = new QLineEdit(logsPage);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    auto *previous = new QToolButton(logsPage);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match"));
    auto *next = new QToolButton(logsPage);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    auto *save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save…"), logsPage);
    save->setObjectName(QStringLiteral("saveLogButton"));
    logBar->addWidget(m_timestamps);
    logBar->addWidget(m_follow);
    logBar->addWidget(m_search, 1);
    logBar->addWidget(previous);
    logBar->addWidget(next);
    logBar->addWidget(save);
    logsLayout->addLayout(logBar);
    m_logView = new QListView(logsPage);
    m_logView->setObjectName(QStringLiteral("logView"));
    m_logView->setModel(m_logModel);
    m_logView->setUniformItemSizes(true);
    m_logView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Never a one-line log: at least a few lines, and the splitter above gives it the rest.
    m_logView->setMinimumHeight(QFontMetrics(m_logView->font()).lineSpacing() * 6);
    logsLayout->addWidget(m_logView, 1);
    auto *legend = new QLabel(logsPage);
    legend->setText(tr("<span style='color:%1'>standard error</span> · standard output · "
                       "<span style='color:%2'>Dockwright notes</span>")
            .arg(LogModel::streamColor(LogRecord::Stream::Stderr).name(),
                LogModel::streamColor(LogRecord::Stream::System).name()));
    logsLayout->addWidget(legend);

    connect(m_timestamps, &QCheckBox::toggled, m_logModel, &LogModel::setShowTimestamps);
    connect(m_logModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            m_logView->scrollToBottom();
    });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_logView->scrollToBottom();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findInLog(false); });
    connect(next, &QToolButton::clicked, this, [this] { findInLog(false); });
    connect(previous, &QToolButton::clicked, this, [this] { findInLog(true); });
    connect(save, &QPushButton::clicked, this, &ContainerView::saveLogAs);
    return logsPage;
}

void ContainerView::setContainersModel(ContainersModel *model)
{
    m_containers->setSourceModel(model);
    m_list->setVisible(model != nullptr);
    if (!model)
        return;
    // Name, state and status say which one it is and how it is doing; the rest is on the Containers page.
    m_list->setColumnHidden(ContainersModel::ImageColumn, true);
    m_list->setColumnHidden(ContainersModel::PortsColumn, true);
    m_list->header()->setSectionResizeMode(ContainersModel::NameColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ContainersModel::StateColumn, QHeaderView::ResizeToContents);
    selectFollowed();
}

void ContainerView::setImage(const QString &image)
{
    m_containers->setImage(image);
}

void ContainerView::setRunBlocker(const QString &why)
{
    if (why == m_runBlocker)
        return;
    m_runBlocker = why;
    updateState();
}

void ContainerView::start(const RunProfile &profile)
{
    if (!m_runBlocker.isEmpty()) {
        m_note = m_runBlocker;
        updateState();
        return;
    }
    m_logModel->clear();
    m_lastStats.reset();
    m_tabs->setCurrentIndex(0);
    m_note = tr("Creating the container…");
    m_controller->run(profile);
    updateState();
}

void ContainerView::follow(const QString &id)
{
    if (id.isEmpty() || id == m_controller->containerId() || m_controller->isBusy())
        return;
    m_logModel->clear();
    m_lastStats.reset();
    m_note.clear();
    m_controller->attach(id);
}

void ContainerView::selectFollowed()
{
    const int row = m_containers->rowOfId(m_controller->containerId());
    if (row < 0 || m_list->currentIndex().row() == row)
        return;
    m_list->setCurrentIndex(m_containers->index(row, 0));
}

void ContainerView::onStats(const ContainerStats &stats)
{
    // The stream's last sample after an exit is all zeros: keep what was seen while it ran.
    if (!m_controller->isRunning() || stats.memoryLimit <= 0)
        return;
    m_lastStats = stats;
    m_stats->setText(RunPresenter::statsText(stats));
}

void ContainerView::updateState()
{
    const bool connected = m_client && m_client->state() == EngineClient::State::Connected;
    const ContainerController::State &s = m_controller->state();
    const bool has = m_controller->hasContainer();
    const bool running = m_controller->isRunning();
    m_runButton->setEnabled(connected && !m_controller->isBusy() && m_runBlocker.isEmpty());
    m_stopButton->setEnabled(connected && running);
    m_killButton->setEnabled(connected && running);
    m_restartButton->setEnabled(connected && has);
    m_removeButton->setEnabled(connected && has);
    m_checkupButton->setEnabled(connected && running && !m_checkup->isRunning());
    m_runButton->setToolTip(!connected ? tr("Not connected to an engine")
            : !m_runBlocker.isEmpty()  ? m_runBlocker
                                       : tr("Create and start a container with these settings"));
    if (s.status == ContainerState::Running)
        m_note.clear();
    if (s.id.isEmpty()) {
        if (!m_note.isEmpty())
            m_state->setText(m_note.toHtmlEscaped());
        else if (!connected)
            m_state->setText(tr("Not connected to an engine."));
        else if (!m_runBlocker.isEmpty())
            m_state->setText(m_runBlocker.toHtmlEscaped());
        else
            m_state->setText(tr("No container started from this form yet."));
        m_stats->clear();
        return;
    }
    QString text = RunPresenter::stateHtml(s, palette());
    if (!m_note.isEmpty() && !m_controller->isBusy())
        text += QStringLiteral("<br>") + m_note.toHtmlEscaped();
    m_state->setText(text);
    if (!running)
        m_stats->setText(RunPresenter::stoppedStatsText(m_lastStats));
}

void ContainerView::runCheckup()
{
    if (!m_controller->isRunning())
        return;
    m_tabs->setCurrentWidget(m_checkupView);
    m_checkupView->setHtml(tr("<p>Looking inside the container…</p>"));
    m_checkup->start(m_controller->containerId());
    updateState();
}

void ContainerView::findInLog(bool backwards)
{
    const QModelIndex current = m_logView->currentIndex();
    const int from = current.isValid() ? current.row() : (backwards ? 0 : -1);
    const int row = m_logModel->find(m_search->text(), from, backwards);
    if (row < 0) {
        m_search->setStyleSheet(
            m_search->text().isEmpty() ? QString() : RunPresenter::invalidFieldStyle(m_search->palette()));
        return;
    }
    m_search->setStyleSheet(QString());
    m_follow->setChecked(false); // otherwise the next line scrolls the match away
    const QModelIndex index = m_logModel->index(row);
    m_logView->setCurrentIndex(index);
    m_logView->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ContainerView::saveLog(const QString &path)
{
    // The text is taken now (what the view shows at the click); the disk is written by a job.
    m_saveJob.start([path, bytes = m_logModel->toPlainText().toUtf8()](
                        const Core::JobControl &) { return Core::saveFile(path, bytes); },
        [this, path](const QString &error) {
            m_note = error.isEmpty() ? tr("Log saved to %1").arg(QDir::toNativeSeparators(path))
                                     : tr("Could not save the log: %1").arg(error);
            updateState();
            Q_EMIT logSaved(path, error);
        });
}

void ContainerView::saveLogAs()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + (m_controller->state().name.isEmpty() ? QStringLiteral("container") : m_controller->state().name)
        + QStringLiteral(".log");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the log"), suggested, tr("Log files (*.log *.txt)"));
    if (!path.isEmpty())
        saveLog(path);
}

} // namespace Dockwright::Ui
