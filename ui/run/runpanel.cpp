// SPDX-License-Identifier: GPL-3.0-or-later
#include "runpanel.h"

#include "capabilitiesmodel.h"
#include "core/common/bytesize.h"
#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/run/rununits.h"
#include "core/run/shellwords.h"
#include "envmodel.h"
#include "hardeningmodel.h"
#include "logmodel.h"
#include "mountsmodel.h"
#include "portsmodel.h"
#include "tmpfsmodel.h"
#include "ui/engine/imagesmodel.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace Dockwright::Ui {

using namespace Dockwright::Core;

namespace {

const char checkProperty[] = "dockwrightCheck";

QString severityColor(RunWarning::Severity severity, const QPalette &palette)
{
    switch (severity) {
    case RunWarning::Severity::Error:
        return Theme::cssColor(Theme::Tone::Error, palette);
    case RunWarning::Severity::Warning:
        return Theme::cssColor(Theme::Tone::Warning, palette);
    case RunWarning::Severity::Info:
        break;
    }
    return palette.color(QPalette::WindowText).name();
}

QString invalidFieldStyle(const QPalette &palette)
{
    return QStringLiteral("QLineEdit { border: 1px solid %1; }")
        .arg(Theme::cssColor(Theme::Tone::ErrorBorder, palette));
}

void markValid(QLineEdit *edit, bool valid, const QString &why = {})
{
    edit->setStyleSheet(valid ? QString() : invalidFieldStyle(edit->palette()));
    edit->setToolTip(valid ? edit->property("dwToolTip").toString() : why);
}

void setEditToolTip(QWidget *edit, const QString &text)
{
    edit->setProperty("dwToolTip", text);
    edit->setToolTip(text);
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setMinimumHeight(
        view->verticalHeader()->defaultSectionSize() * 3 + view->horizontalHeader()->sizeHint().height());
    view->setMaximumHeight(
        view->verticalHeader()->defaultSectionSize() * 4 + view->horizontalHeader()->sizeHint().height() + 4);
    return view;
}

} // namespace

RunPanel::RunPanel(EngineClient *client, ImagesModel *images, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_images(images)
{
    setObjectName(QStringLiteral("runPanel"));
    // The form is remembered a moment after the last change, not on every keystroke (each QSettings
    // write is a file write).
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, &RunPanel::saveForm);
    m_ports = new PortsModel(this);
    m_env = new EnvModel(this);
    m_binds = new MountsModel(RunProfile::Mount::Type::Bind, this);
    m_volumes = new MountsModel(RunProfile::Mount::Type::Volume, this);
    m_tmpfs = new TmpfsModel(this);
    m_caps = new CapabilitiesModel(this);
    m_hardening = new HardeningModel(this);
    m_logModel = new LogModel(this);
    m_imageList = new QStringListModel(this);
    m_controller = new ContainerController(client, this);
    m_checkup = new Checkup(client, this);

    auto *split = new QSplitter(Qt::Horizontal);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm());
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The splitter must not squeeze the form below what its fields need.
    scroll->setMinimumWidth(
        scroll->widget()->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    auto *right = new QSplitter(Qt::Vertical, split);
    right->addWidget(buildCommandArea());
    right->addWidget(buildExecutionArea());
    right->setStretchFactor(0, 0);
    right->setStretchFactor(1, 1);
    split->addWidget(scroll);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({430, 840});
    right->setSizes({470, 390});
    // On a small window the page scrolls as a whole instead of forcing the main window to grow.
    auto *page = new QScrollArea(this);
    page->setFrameShape(QFrame::NoFrame);
    page->setWidgetResizable(true);
    page->setWidget(split);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(page);

    for (QAbstractItemModel *model :
        std::initializer_list<QAbstractItemModel *> {m_ports, m_env, m_binds, m_volumes, m_tmpfs, m_caps})
        connectModel(model);
    connect(m_hardening, &HardeningModel::toggled, this, [this](Hardening::Check check, bool on) {
        Hardening::setApplied(m_profile, check, on);
        loadForm();
        refresh();
        showExplanation(check);
    });

    connect(m_controller, &ContainerController::output, m_logModel, &LogModel::append);
    connect(m_controller, &ContainerController::note, m_logModel, &LogModel::appendSystemLine);
    connect(m_controller, &ContainerController::failed, this, [this](const QString &message) {
        m_logModel->appendSystemLine(message);
        m_stateNote = message;
        updateRunState();
    });
    connect(m_controller, &ContainerController::stateChanged, this, &RunPanel::updateRunState);
    connect(m_controller, &ContainerController::statsChanged, this, [this](const ContainerStats &s) {
        const QString cpu = s.cpuPercent ? tr("%1 %").arg(*s.cpuPercent, 0, 'f', 1) : tr("…");
        m_stats->setText(tr("CPU %1 · memory %2 of %3 (%4 %) · %n process(es)", nullptr, int(s.pids))
                .arg(cpu, formatBytes(s.memoryUsage, QLocale()), formatBytes(s.memoryLimit, QLocale()))
                .arg(s.memoryPercent(), 0, 'f', 1));
    });
    connect(m_checkup, &Checkup::finished, this, [this](const Checkup::Result &result) {
        showCheckup(result);
        updateRunState();
        Q_EMIT checkupFinished(result);
    });
    if (m_client) {
        connect(m_client, &EngineClient::stateChanged, this, &RunPanel::updateRunState);
        // The image of a restored or pasted form is inspected once there is an engine to ask.
        connect(m_client, &EngineClient::connected, this, [this] {
            if (!m_profile.image.isEmpty() && m_profile.image != m_imageInfoRef)
                inspectImage(m_profile.image, false);
        });
    }
    if (m_images) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_images, signal, this, &RunPanel::rebuildImageList);
        connect(m_images, &QAbstractItemModel::dataChanged, this, &RunPanel::rebuildImageList);
        connect(m_images, &QAbstractItemModel::modelReset, this, &RunPanel::rebuildImageList);
        rebuildImageList();
    }

    const QString saved = QSettings().value(settingsKey()).toString();
    if (!saved.isEmpty()) {
        const DockerRunCommand::ParseResult parsed = DockerRunCommand::parse(saved);
        if (parsed.ok()) {
            m_profile = parsed.profile;
            m_prefilledRef = m_profile.image;
        }
    }
    loadForm();
    refresh();
    updateRunState();
    if (const int row = m_checklist->sizeHintForRow(0); row > 0)
        m_checklist->setMinimumHeight(
            m_hardening->rowCount() * row + m_checklist->header()->sizeHint().height() + 2 * m_checklist->frameWidth());
}

RunPanel::~RunPanel()
{
    if (m_saveTimer.isActive())
        saveForm();
}

void RunPanel::saveForm()
{
    m_saveTimer.stop();
    QSettings().setValue(settingsKey(), DockerRunCommand::toShell(m_profile));
}

// ---- building -----------------------------------------------------------------------------------

QWidget *RunPanel::tableWithButtons(QTableView *view, const QString &addText, const std::function<void()> &add)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    auto *buttons = new QHBoxLayout;
    auto *addButton = new QPushButton(addText, box);
    auto *removeButton = new QPushButton(tr("Remove"), box);
    removeButton->setEnabled(false);
    connect(addButton, &QPushButton::clicked, this, add);
    connect(removeButton, &QPushButton::clicked, view, [view] {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        QList<int> numbers;
        for (const QModelIndex &index : rows)
            numbers << index.row();
        std::sort(numbers.rbegin(), numbers.rend());
        for (int row : std::as_const(numbers))
            view->model()->removeRow(row);
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, removeButton,
        [view, removeButton] { removeButton->setEnabled(view->selectionModel()->hasSelection()); });
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    return box;
}

QWidget *RunPanel::buildForm()
{
    auto *form = new QWidget;
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 6, 0);

    // Container basics.
    auto *basics = new QGroupBox(tr("Container"), form);
    auto *basicsForm = new QFormLayout(basics);
    m_image = new QComboBox(basics);
    m_image->setObjectName(QStringLiteral("imageEdit"));
    m_image->setEditable(true);
    m_image->setModel(m_imageList);
    m_image->setInsertPolicy(QComboBox::NoInsert);
    m_image->lineEdit()->setPlaceholderText(tr("image name, e.g. myapp:dev"));
    m_image->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_image->setMinimumContentsLength(20);
    setEditToolTip(m_image,
        tr("The image to start. Choosing one fills in its ports, environment, user and "
           "healthcheck."));
    m_imageHint = new QLabel(basics);
    m_imageHint->setObjectName(QStringLiteral("imageHint"));
    m_imageHint->setWordWrap(true);
    m_imageHint->setTextFormat(Qt::RichText);
    auto *imageBox = new QVBoxLayout;
    imageBox->addWidget(m_image);
    imageBox->addWidget(m_imageHint);
    auto *imageLabel = new QLabel(tr("&Image:"), basics);
    imageLabel->setBuddy(m_image);
    basicsForm->addRow(imageLabel, imageBox);
    m_name = new QLineEdit(basics);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("engine picks a random name"));
    basicsForm->addRow(tr("&Name:"), m_name);
    m_command = new QLineEdit(basics);
    m_command->setObjectName(QStringLiteral("commandEdit"));
    m_command->setPlaceholderText(tr("the image's CMD"));
    setEditToolTip(m_command, tr("Arguments after the image, split like a shell would: quotes group words."));
    basicsForm->addRow(tr("Co&mmand:"), m_command);
    m_entrypoint = new QLineEdit(basics);
    m_entrypoint->setObjectName(QStringLiteral("entrypointEdit"));
    m_entrypoint->setPlaceholderText(tr("the image's ENTRYPOINT"));
    basicsForm->addRow(tr("&Entrypoint:"), m_entrypoint);
    m_workdir = new QLineEdit(basics);
    m_workdir->setObjectName(QStringLiteral("workdirEdit"));
    m_workdir->setPlaceholderText(tr("the image's WORKDIR"));
    basicsForm->addRow(tr("&Working dir:"), m_workdir);
    m_network = new QComboBox(basics);
    m_network->setObjectName(QStringLiteral("networkCombo"));
    m_network->setEditable(true);
    m_network->addItems({QString(), QStringLiteral("bridge"), QStringLiteral("host"), QStringLiteral("none")});
    m_network->lineEdit()->setPlaceholderText(tr("default bridge"));
    m_network->setProperty(checkProperty, int(Hardening::Check::NetworkNone));
    basicsForm->addRow(tr("Netw&ork:"), m_network);
    m_restart = new QComboBox(basics);
    m_restart->setObjectName(QStringLiteral("restartCombo"));
    m_restart->addItem(tr("no"), QString());
    m_restart->addItem(tr("always"), QStringLiteral("always"));
    m_restart->addItem(tr("unless stopped"), QStringLiteral("unless-stopped"));
    m_restart->addItem(tr("on failure"), QStringLiteral("on-failure"));
    basicsForm->addRow(tr("Restart polic&y:"), m_restart);
    m_autoRemove = new QCheckBox(tr("Remove the container when it exits (--rm)"), basics);
    m_autoRemove->setObjectName(QStringLiteral("autoRemoveCheck"));
    basicsForm->addRow(QString(), m_autoRemove);
    layout->addWidget(basics);

    for (QLineEdit *edit : {m_name, m_command, m_entrypoint, m_workdir})
        connect(edit, &QLineEdit::textEdited, this, &RunPanel::readForm);
    connect(m_image, &QComboBox::currentTextChanged, this, &RunPanel::readForm);
    connect(m_image, &QComboBox::activated, this, &RunPanel::onImageChosen);
    connect(m_image->lineEdit(), &QLineEdit::editingFinished, this, &RunPanel::onImageChosen);
    connect(m_network, &QComboBox::currentTextChanged, this, &RunPanel::readForm);
    connect(m_restart, &QComboBox::currentIndexChanged, this, &RunPanel::readForm);
    connect(m_autoRemove, &QCheckBox::toggled, this, &RunPanel::readForm);

    // Ports and environment.
    auto *ports = new QGroupBox(tr("Published ports"), form);
    auto *portsLayout = new QVBoxLayout(ports);
    auto *portsView = makeTable(m_ports, ports);
    portsView->setObjectName(QStringLiteral("portsView"));
    portsLayout->addWidget(tableWithButtons(portsView, tr("Add port"), [this, portsView] {
        RunProfile::Port port;
        port.containerPort = QStringLiteral("8080");
        port.hostPort = QStringLiteral("8080");
        const int row = m_ports->appendRow(port);
        portsView->edit(m_ports->index(row, PortsModel::ContainerPortColumn));
    }));
    layout->addWidget(ports);

    auto *env = new QGroupBox(tr("Environment variables"), form);
    auto *envLayout = new QVBoxLayout(env);
    auto *envView = makeTable(m_env, env);
    envView->setObjectName(QStringLiteral("envView"));
    envLayout->addWidget(tableWithButtons(envView, tr("Add variable"), [this, envView] {
        const int row = m_env->appendRow({QStringLiteral("NAME"), QString(), true});
        envView->edit(m_env->index(row, EnvModel::NameColumn));
    }));
    layout->addWidget(env);

    // Storage.
    auto *storage = new QGroupBox(tr("Folders and volumes"), form);
    auto *storageLayout = new QVBoxLayout(storage);
    auto *bindsView = makeTable(m_binds, storage);
    bindsView->setObjectName(QStringLiteral("bindsView"));
    auto *bindsLabel
        = new QLabel(tr("Folders from this computer (bind mounts), read-only unless you untick it:"), storage);
    bindsLabel->setWordWrap(true);
    storageLayout->addWidget(bindsLabel);
    storageLayout->addWidget(tableWithButtons(bindsView, tr("Add folder…"), [this, bindsView] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder to mount"));
        if (dir.isEmpty())
            return;
        const int row = m_binds->appendRow(m_binds->newMount(dir, QStringLiteral("/data")));
        bindsView->edit(m_binds->index(row, MountsModel::TargetColumn));
    }));
    auto *volumesView = makeTable(m_volumes, storage);
    volumesView->setObjectName(QStringLiteral("volumesView"));
    auto *volumesLabel = new QLabel(tr("Named volumes, kept by the engine between containers:"), storage);
    volumesLabel->setWordWrap(true);
    storageLayout->addWidget(volumesLabel);
    storageLayout->addWidget(tableWithButtons(volumesView, tr("Add volume"), [this, volumesView] {
        const int row = m_volumes->appendRow(m_volumes->newMount(QStringLiteral("data"), QStringLiteral("/data")));
        volumesView->edit(m_volumes->index(row, MountsModel::SourceColumn));
    }));
    layout->addWidget(storage);

    // Hardening details: the values behind the checklist's toggles.
    auto *details = new QGroupBox(tr("Hardening details"), form);
    auto *detailsForm = new QFormLayout(details);
    m_user = new QLineEdit(details);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("the image's USER"));
    m_user->setProperty(checkProperty, int(Hardening::Check::NonRootUser));
    setEditToolTip(m_user, tr("uid[:gid] or a user name from the image, e.g. 65534:65534 (nobody)."));
    m_userWarning = new QLabel(details);
    m_userWarning->setObjectName(QStringLiteral("userWarning"));
    m_userWarning->setWordWrap(true);
    auto *userBox = new QVBoxLayout;
    userBox->addWidget(m_user);
    userBox->addWidget(m_userWarning);
    detailsForm->addRow(tr("User:"), userBox);

    auto *capsView = new QListView(details);
    capsView->setObjectName(QStringLiteral("capabilitiesView"));
    capsView->setModel(m_caps);
    capsView->setMaximumHeight(capsView->sizeHintForRow(0) * 5 + 6);
    capsView->setProperty(checkProperty, int(Hardening::Check::DropAllCapabilities));
    detailsForm->addRow(tr("Add back:"), capsView);

    auto *tmpfsView = makeTable(m_tmpfs, details);
    tmpfsView->setObjectName(QStringLiteral("tmpfsView"));
    tmpfsView->setProperty(checkProperty, int(Hardening::Check::TmpfsWritablePaths));
    detailsForm->addRow(tr("tmpfs:"), tableWithButtons(tmpfsView, tr("Add tmpfs"), [this, tmpfsView] {
        RunProfile::Tmpfs t;
        t.target = QStringLiteral("/run");
        t.size = QStringLiteral("16m");
        const int row = m_tmpfs->appendRow(t);
        tmpfsView->edit(m_tmpfs->index(row, TmpfsModel::PathColumn));
    }));

    m_memory = new QLineEdit(details);
    m_memory->setObjectName(QStringLiteral("memoryEdit"));
    m_memory->setPlaceholderText(tr("unlimited"));
    m_memory->setProperty(checkProperty, int(Hardening::Check::MemoryLimit));
    setEditToolTip(m_memory, tr("Bytes with a unit: 512m, 1g."));
    m_cpus = new QLineEdit(details);
    m_cpus->setObjectName(QStringLiteral("cpusEdit"));
    m_cpus->setPlaceholderText(tr("unlimited"));
    m_cpus->setProperty(checkProperty, int(Hardening::Check::CpuLimit));
    setEditToolTip(m_cpus, tr("Number of CPUs, may be fractional: 0.5, 2."));
    m_pids = new QSpinBox(details);
    m_pids->setObjectName(QStringLiteral("pidsSpin"));
    m_pids->setRange(0, 1000000);
    m_pids->setSpecialValueText(tr("unlimited"));
    m_pids->setProperty(checkProperty, int(Hardening::Check::PidsLimit));
    auto *limits = new QHBoxLayout;
    limits->addWidget(new QLabel(tr("Memory"), details));
    limits->addWidget(m_memory);
    limits->addWidget(new QLabel(tr("CPUs"), details));
    limits->addWidget(m_cpus);
    limits->addWidget(new QLabel(tr("Processes"), details));
    limits->addWidget(m_pids);
    detailsForm->addRow(tr("Limits:"), limits);
    layout->addWidget(details);
    layout->addStretch();

    for (QLineEdit *edit : {m_user, m_memory, m_cpus})
        connect(edit, &QLineEdit::textEdited, this, &RunPanel::readForm);
    connect(m_pids, &QSpinBox::valueChanged, this, &RunPanel::readForm);
    for (QWidget *w :
        std::initializer_list<QWidget *> {m_user, m_memory, m_cpus, m_pids, m_network, capsView, tmpfsView}) {
        w->installEventFilter(this);
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w))
            area->viewport()->installEventFilter(this);
    }
    return form;
}

QWidget *RunPanel::buildCommandArea()
{
    // Hardening and the command side by side, so the whole command stays readable next to its score.
    auto *area = new QSplitter(Qt::Horizontal);
    area->setChildrenCollapsible(false);

    auto *hardening = new QGroupBox(tr("Hardening"), area);
    auto *hLayout = new QVBoxLayout(hardening);
    auto *scoreRow = new QHBoxLayout;
    m_scoreLabel = new QLabel(hardening);
    m_scoreLabel->setObjectName(QStringLiteral("scoreLabel"));
    m_score = new QProgressBar(hardening);
    m_score->setObjectName(QStringLiteral("scoreBar"));
    m_score->setRange(0, 100);
    m_score->setFormat(tr("%v / 100"));
    auto *preset = new QPushButton(tr("&Production posture"), hardening);
    preset->setObjectName(QStringLiteral("presetButton"));
    preset->setToolTip(tr("The guide's hardened run: --init --read-only --cap-drop=ALL no-new-privileges, size-limited "
                          "tmpfs for /tmp, HOME and caches in /tmp, memory/CPU/process limits and a non-root user."));
    connect(preset, &QPushButton::clicked, this, &RunPanel::applyProductionPosture);
    scoreRow->addWidget(m_scoreLabel);
    scoreRow->addWidget(m_score, 1);
    scoreRow->addWidget(preset);
    hLayout->addLayout(scoreRow);

    auto *checkRow = new QVBoxLayout;
    m_checklist = new QTreeView(hardening);
    m_checklist->setObjectName(QStringLiteral("checklistView"));
    m_checklist->setModel(m_hardening);
    m_checklist->setRootIsDecorated(false);
    m_checklist->setUniformRowHeights(true);
    m_checklist->setMouseTracking(true);
    m_checklist->setAllColumnsShowFocus(true);
    m_checklist->header()->setSectionResizeMode(HardeningModel::CheckColumn, QHeaderView::ResizeToContents);

    m_checklist->setToolTip(QString());
    auto explainIndex = [this](const QModelIndex &index) {
        if (index.isValid())
            showExplanation(m_hardening->report().items.at(index.row()).check);
    };
    connect(m_checklist, &QTreeView::entered, this, explainIndex);
    connect(m_checklist->selectionModel(), &QItemSelectionModel::currentRowChanged, this, explainIndex);
    m_explanation = new QLabel(hardening);
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setMargin(6);
    m_explanation->setBackgroundRole(QPalette::Base);
    m_explanation->setAutoFillBackground(true);
    m_explanation->setText(tr("<p>Point at or select a check to read what it does and what can go wrong "
                              "without it. Tick it to add its flags.</p>"));
    // The flags of a check are in its explanation; the list stays narrow enough to sit beside the command.
    m_checklist->setColumnHidden(HardeningModel::FlagsColumn, true);
    m_checklist->setHeaderHidden(true);
    checkRow->addWidget(m_checklist);
    // Scrollable, so a long explanation is never cut off on a small screen.
    auto *explanationScroll = new QScrollArea(hardening);
    explanationScroll->setWidgetResizable(true);
    explanationScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    explanationScroll->setWidget(m_explanation);
    checkRow->addWidget(explanationScroll, 1);
    hLayout->addLayout(checkRow, 1);
    m_warnings = new QLabel(hardening);
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    hLayout->addWidget(m_warnings);
    area->addWidget(hardening);

    auto *command = new QGroupBox(tr("docker run equivalent"), area);
    auto *cLayout = new QVBoxLayout(command);
    m_commandView = new QPlainTextEdit(command);
    m_commandView->setObjectName(QStringLiteral("commandView"));
    m_commandView->setReadOnly(true);
    m_commandView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commandView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_commandView->setMinimumHeight(QFontMetrics(m_commandView->font()).lineSpacing() * 4);
    cLayout->addWidget(m_commandView);
    auto *buttons = new QHBoxLayout;
    auto *copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy"), command);
    copy->setObjectName(QStringLiteral("copyButton"));
    connect(copy, &QPushButton::clicked, this, &RunPanel::copyCommand);
    auto *paste = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("Paste docker run…"), command);
    paste->setObjectName(QStringLiteral("pasteButton"));
    paste->setToolTip(tr("Read a docker run command into the form."));
    connect(paste, &QPushButton::clicked, this, &RunPanel::askPaste);
    m_pasteMessage = new QLabel(command);
    m_pasteMessage->setObjectName(QStringLiteral("pasteMessage"));
    m_pasteMessage->setWordWrap(true);
    buttons->addWidget(copy);
    buttons->addWidget(paste);
    buttons->addWidget(m_pasteMessage, 1);
    cLayout->addLayout(buttons);
    area->addWidget(command);
    area->setStretchFactor(0, 1);
    area->setStretchFactor(1, 1);
    return area;
}

QWidget *RunPanel::buildExecutionArea()
{
    auto *area = new QGroupBox(tr("Container"));
    auto *layout = new QVBoxLayout(area);
    auto *buttons = new QHBoxLayout;
    auto button = [area, buttons](const QString &icon, const QString &text, const char *name) {
        auto *b = new QPushButton(QIcon::fromTheme(icon), text, area);
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
    m_checkupButton = button(QStringLiteral("system-search"), tr("Check&up"), "checkupButton");
    m_stopButton->setToolTip(tr("SIGTERM, then SIGKILL after 10 seconds (docker stop)"));
    m_killButton->setToolTip(tr("SIGKILL right away (docker kill)"));
    m_checkupButton->setToolTip(tr("Run the guide's checks inside the running container: user, writable root, "
                                   "capabilities, NoNewPrivs, environment"));
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_runButton, &QPushButton::clicked, this, &RunPanel::run);
    connect(m_stopButton, &QPushButton::clicked, m_controller, [this] { m_controller->stop(); });
    connect(m_killButton, &QPushButton::clicked, m_controller, &ContainerController::kill);
    connect(m_restartButton, &QPushButton::clicked, m_controller, &ContainerController::restart);
    connect(m_removeButton, &QPushButton::clicked, m_controller, &ContainerController::remove);
    connect(m_checkupButton, &QPushButton::clicked, this, &RunPanel::runCheckup);

    m_state = new QLabel(area);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats = new QLabel(area);
    m_stats->setObjectName(QStringLiteral("statsLabel"));
    layout->addWidget(m_state);
    layout->addWidget(m_stats);

    m_tabs = new QTabWidget(area);
    auto *logsPage = new QWidget(m_tabs);
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
    logsLayout->addWidget(m_logView, 1);
    auto *legend = new QLabel(logsPage);
    legend->setText(tr("<span style='color:%1'>standard error</span> · standard output · "
                       "<span style='color:%2'>Dockwright notes</span>")
            .arg(LogModel::streamColor(LogRecord::Stream::Stderr).name(),
                LogModel::streamColor(LogRecord::Stream::System).name()));
    logsLayout->addWidget(legend);
    m_tabs->addTab(logsPage, tr("Logs"));

    m_checkupView = new QTextBrowser(m_tabs);
    m_checkupView->setObjectName(QStringLiteral("checkupView"));
    m_checkupView->setHtml(tr("<p>The checkup runs a few commands inside the running container (through "
                              "<code>docker exec</code>) and shows what the process really gets: its user, whether "
                              "it can write to /, its capabilities, NoNewPrivs and its environment (secrets "
                              "masked). Start a container, then press <b>Checkup</b>.</p>"));
    m_tabs->addTab(m_checkupView, tr("Checkup"));
    layout->addWidget(m_tabs, 1);

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
    connect(save, &QPushButton::clicked, this, &RunPanel::saveLogAs);
    return area;
}

void RunPanel::connectModel(QAbstractItemModel *model)
{
    connect(model, &QAbstractItemModel::dataChanged, this, &RunPanel::readForm);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RunPanel::readForm);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RunPanel::readForm);
}

// ---- form <-> profile ---------------------------------------------------------------------------

void RunPanel::readForm()
{
    if (m_loading)
        return;
    RunProfile p = m_profile;
    p.image = m_image->currentText().trimmed();
    p.name = m_name->text().trimmed();
    const ShellWords::Result words = ShellWords::split(m_command->text());
    markValid(m_command, words.ok(), words.error);
    if (words.ok())
        p.command = words.words;
    const QString entrypoint = m_entrypoint->text().trimmed();
    if (!entrypoint.isEmpty())
        p.entrypoint = entrypoint;
    else if (!(p.entrypoint && p.entrypoint->isEmpty())) // keep an explicit reset (--entrypoint "")
        p.entrypoint.reset();
    p.workingDir = m_workdir->text().trimmed();
    p.network = m_network->currentText().trimmed();
    const QString policy = m_restart->currentData().toString();
    if (policy != p.restartPolicy && !(policy.isEmpty() && p.restartPolicy == QLatin1String("no"))) {
        p.restartPolicy = policy;
        p.restartMaxRetries = 0;
    }
    p.autoRemove = m_autoRemove->isChecked();
    p.user = m_user->text().trimmed();

    const QString memory = m_memory->text().trimmed();
    const auto bytes = RunUnits::parseBytes(memory);
    markValid(m_memory, memory.isEmpty() || bytes, tr("Not a size: use a number with k, m or g, e.g. 512m"));
    if (memory.isEmpty())
        p.memoryBytes = 0;
    else if (bytes)
        p.memoryBytes = *bytes;
    const QString cpus = m_cpus->text().trimmed();
    const auto nano = RunUnits::parseCpus(cpus);
    markValid(m_cpus, cpus.isEmpty() || nano, tr("Not a CPU count: use a number such as 0.5 or 2"));
    if (cpus.isEmpty())
        p.nanoCpus = 0;
    else if (nano)
        p.nanoCpus = *nano;
    if (m_pids->value() > 0)
        p.pidsLimit = m_pids->value();
    else if (p.pidsLimit.value_or(0) > 0)
        p.pidsLimit.reset();

    p.ports = m_ports->rows();
    p.env = m_env->rows();
    QList<RunProfile::Mount> mounts = m_binds->rows() + m_volumes->rows();
    for (const RunProfile::Mount &m : std::as_const(m_profile.mounts)) {
        if (m.type == RunProfile::Mount::Type::Tmpfs) // --mount type=tmpfs has no table of its own
            mounts.append(m);
    }
    p.mounts = mounts;
    p.tmpfs = m_tmpfs->rows();
    // Keep the order the capabilities were given in, new ones at the end.
    const QStringList checkedCaps = m_caps->checked();
    QStringList caps;
    for (const QString &cap : std::as_const(p.capAdd)) {
        if (checkedCaps.contains(RunProfile::normalizedCapability(cap)))
            caps << cap;
    }
    for (const QString &cap : checkedCaps) {
        const bool present = std::any_of(caps.cbegin(), caps.cend(),
            [&cap](const QString &c) { return RunProfile::normalizedCapability(c) == cap; });
        if (!present)
            caps << cap;
    }
    p.capAdd = caps;

    if (p == m_profile)
        return;
    m_profile = p;
    refresh();
}

void RunPanel::loadForm()
{
    m_loading = true;
    const RunProfile &p = m_profile;
    if (m_image->currentText() != p.image)
        m_image->setEditText(p.image);
    m_name->setText(p.name);
    m_command->setText(ShellWords::join(p.command));
    m_entrypoint->setText(p.entrypoint.value_or(QString()));
    m_workdir->setText(p.workingDir);
    m_network->setEditText(p.network);
    const int restartIndex = m_restart->findData(p.restartPolicy == QLatin1String("no") ? QString() : p.restartPolicy);
    m_restart->setCurrentIndex(qMax(0, restartIndex));
    m_autoRemove->setChecked(p.autoRemove);
    m_user->setText(p.user);
    m_memory->setText(p.memoryBytes > 0 ? RunUnits::formatBytes(p.memoryBytes) : QString());
    m_cpus->setText(p.nanoCpus > 0 ? RunUnits::formatCpus(p.nanoCpus) : QString());
    m_pids->setValue(int(std::clamp<qint64>(p.pidsLimit.value_or(0), 0, 1000000)));
    for (QLineEdit *edit : {m_command, m_memory, m_cpus})
        markValid(edit, true);
    m_ports->setRows(p.ports);
    m_env->setRows(p.env);
    QList<RunProfile::Mount> binds;
    QList<RunProfile::Mount> volumes;
    for (const RunProfile::Mount &m : p.mounts) {
        if (m.type == RunProfile::Mount::Type::Bind)
            binds << m;
        else if (m.type == RunProfile::Mount::Type::Volume)
            volumes << m;
    }
    m_binds->setRows(binds);
    m_volumes->setRows(volumes);
    m_tmpfs->setRows(p.tmpfs);
    m_caps->setChecked(p.capAdd);
    m_loading = false;
}

void RunPanel::setProfile(const RunProfile &profile)
{
    m_profile = profile;
    loadForm();
    refresh();
}

QString RunPanel::commandText() const
{
    DockerRunCommand::Options options;
    options.multiLine = true;
    return DockerRunCommand::toShell(m_profile, options);
}

Hardening::Report RunPanel::hardeningReport() const
{
    const ImageRunInfo *image = m_imageInfo && m_imageInfoRef == m_profile.image ? &*m_imageInfo : nullptr;
    return Hardening::evaluate(m_profile, image);
}

void RunPanel::refresh()
{
    const QString command = commandText();
    if (m_commandView->toPlainText() != command)
        m_commandView->setPlainText(command);

    const Hardening::Report report = hardeningReport();
    m_hardening->setReport(report);
    int applied = 0;
    int applicable = 0;
    for (const Hardening::Item &item : report.items) {
        applied += item.status == Hardening::Status::Applied ? 1 : 0;
        applicable += item.status != Hardening::Status::NotApplicable ? 1 : 0;
    }
    m_score->setValue(report.score);
    m_scoreLabel->setText(tr("Score <b>%1</b> · %2 of %3 checks").arg(report.score).arg(applied).arg(applicable));

    QString warnings;
    for (const RunWarning &w : report.warnings) {
        const QString mark = w.severity == RunWarning::Severity::Error ? tr("Error")
            : w.severity == RunWarning::Severity::Warning              ? tr("Warning")
                                                                       : tr("Note");
        warnings += QStringLiteral("<li><span style='color:%1'><b>%2:</b></span> %3</li>")
                        .arg(severityColor(w.severity, palette()), mark, w.message.toHtmlEscaped());
    }
    m_warnings->setText(warnings.isEmpty()
            ? QStringLiteral("<span style='color:%1'>%2</span>")
                  .arg(Theme::cssColor(Theme::Tone::Good, palette()), tr("No warnings for this run."))
            : QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(warnings));

    const ImageRunInfo *image = m_imageInfo && m_imageInfoRef == m_profile.image ? &*m_imageInfo : nullptr;
    const auto user = Hardening::effectiveUser(m_profile, image);
    const auto unknownUser = std::find_if(report.warnings.cbegin(), report.warnings.cend(),
        [](const RunWarning &w) { return w.code == RunWarningCode::UnknownUser; });
    if (unknownUser != report.warnings.cend()) {
        m_userWarning->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                .arg(severityColor(unknownUser->severity, palette()), unknownUser->message.toHtmlEscaped()));
        m_userWarning->show();
    } else if (user && Hardening::isRootUser(*user)) {
        m_userWarning->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                .arg(severityColor(RunWarning::Severity::Warning, palette()),
                    m_profile.user.isEmpty() ? tr("The image's USER is root: the process runs as root unless you set a "
                                                  "user here, e.g. 65534:65534.")
                                             : tr("This user is root.")));
        m_userWarning->show();
    } else {
        m_userWarning->hide();
    }
    updateImageHint();
    m_saveTimer.start();
    Q_EMIT profileChanged(m_profile);
}

// ---- image ---------------------------------------------------------------------------------------

void RunPanel::rebuildImageList()
{
    if (!m_images)
        return;
    QStringList tags;
    for (const ImageSummary &image : m_images->rows())
        tags += ImagesModel::visibleTags(image);
    tags.sort();
    tags.removeDuplicates();
    if (tags == m_imageList->stringList())
        return;
    const QString text = m_image->currentText();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_imageList->setStringList(tags);
    m_image->setEditText(text);
    m_loading = wasLoading;
}

void RunPanel::onImageChosen()
{
    const QString ref = m_image->currentText().trimmed();
    readForm();
    if (ref.isEmpty() || ref == m_imageInfoRef || (m_imageCall && m_imageCall->property("ref").toString() == ref))
        return;
    inspectImage(ref, ref != m_prefilledRef);
}

void RunPanel::inspectImage(const QString &ref, bool prefill)
{
    if (!m_client || m_client->state() != EngineClient::State::Connected)
        return;
    if (m_imageCall)
        m_imageCall->abort();
    m_imageCall = m_client->send(EngineApi::inspectImage(ref));
    EngineCall *call = m_imageCall;
    call->setProperty("ref", ref);
    connect(call, &EngineCall::finished, this, [this, call, ref, prefill] {
        if (call->error()) {
            if (call->error().kind != EngineError::Kind::Cancelled && m_profile.image == ref) {
                m_imageHint->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                        .arg(severityColor(RunWarning::Severity::Warning, palette()),
                            call->httpStatus() == 404 ? tr("This image is not on the engine: build or pull it first.")
                                                      : call->error().message.toHtmlEscaped()));
            }
            return;
        }
        const ImageRunInfo info = ImageRunInfo::fromInspect(call->jsonObject());
        if (prefill && m_profile.image == ref) {
            prefillFromImage(ref, info);
            return;
        }
        m_imageInfo = info;
        m_imageInfoRef = ref;
        readPasswd(ref);
        refresh();
    });
}

void RunPanel::readPasswd(const QString &ref)
{
    if (m_passwd && m_passwd->image == ref && m_imageInfo && m_imageInfoRef == ref)
        m_passwd->applyTo(*m_imageInfo); // shown at once; the read below catches a rebuilt tag
    if (m_passwdReader && m_passwdReader->isRunning() && m_passwdReader->image() == ref)
        return;
    if (!m_client || m_client->state() != EngineClient::State::Connected)
        return;
    // A read still running for another image is left to finish: destroying it mid-create could leave
    // its temporary container behind. Its result is ignored below when the image has changed.
    auto *reader = new ImagePasswdReader(m_client, ref, this);
    m_passwdReader = reader;
    connect(reader, &ImagePasswdReader::finished, this, [this, reader](const ImagePasswdReader::Result &result) {
        reader->deleteLater();
        if (result.status == ImagePasswdReader::Result::Status::Failed)
            return; // unknown stays unknown: no claim about the user
        m_passwd = result;
        if (m_imageInfo && m_imageInfoRef == result.image) {
            result.applyTo(*m_imageInfo);
            refresh();
        }
    });
    reader->start();
}

void RunPanel::prefillFromImage(const QString &imageRef, const ImageRunInfo &info)
{
    m_imageInfo = info;
    m_imageInfoRef = imageRef;
    m_prefilledRef = imageRef;
    const RunProfile fresh = RunProfile::fromImage(imageRef, info);
    m_profile.image = imageRef;
    m_profile.ports = fresh.ports;
    for (const RunProfile::EnvVar &var : fresh.env) {
        if (!m_profile.findEnv(var.name))
            m_profile.env.append(var);
    }
    if (m_profile.user.isEmpty())
        m_profile.user = fresh.user;
    if (!m_profile.healthcheck.isSet())
        m_profile.healthcheck = fresh.healthcheck;
    readPasswd(imageRef);
    loadForm();
    refresh();
}

void RunPanel::updateImageHint()
{
    if (!m_imageInfo || m_imageInfoRef != m_profile.image) {
        if (m_profile.image.isEmpty())
            m_imageHint->setText(tr("Choose an image from the engine or type its name."));
        else if (!m_imageHint->text().contains(QLatin1String("<span")))
            m_imageHint->clear();
        return;
    }
    const ImageRunInfo &info = *m_imageInfo;
    QStringList parts;
    parts << (info.user.isEmpty() || Hardening::isRootUser(info.user)
            ? tr("runs as <b>root</b>")
            : tr("runs as %1").arg(info.user.toHtmlEscaped()));
    if (!info.exposedPorts.isEmpty())
        parts << tr("exposes %1").arg(info.exposedPorts.join(QLatin1String(", ")));
    if (!info.healthcheckTest.isEmpty())
        parts << tr("has a healthcheck");
    QString text = tr("Image: %1.").arg(parts.join(QLatin1String(" · ")));
    if (!info.env.isEmpty()) {
        QStringList env;
        for (const QString &e : info.env)
            env << e.section(QLatin1Char('='), 0, 0);
        text += QLatin1Char(' ') + tr("Its environment sets %1.").arg(env.join(QLatin1String(", ")).toHtmlEscaped());
    }
    m_imageHint->setText(QStringLiteral("<small>%1</small>").arg(text));
}

// ---- hardening -----------------------------------------------------------------------------------

void RunPanel::applyProductionPosture()
{
    Hardening::applyProductionPosture(m_profile);
    // The limits and the user are part of the guide's production run too.
    for (Hardening::Check check :
        {Hardening::Check::MemoryLimit, Hardening::Check::CpuLimit, Hardening::Check::PidsLimit})
        Hardening::setApplied(m_profile, check, true);
    const ImageRunInfo *image = m_imageInfo && m_imageInfoRef == m_profile.image ? &*m_imageInfo : nullptr;
    const auto user = Hardening::effectiveUser(m_profile, image);
    if (!user || Hardening::isRootUser(*user))
        Hardening::setApplied(m_profile, Hardening::Check::NonRootUser, true);
    loadForm();
    refresh();
}

void RunPanel::showExplanation(Hardening::Check check)
{
    const int row = m_hardening->rowOf(check);
    if (row < 0)
        return;
    const Hardening::Item &item = m_hardening->report().items.at(row);
    QString status;
    switch (item.status) {
    case Hardening::Status::Applied:
        status = QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(Theme::cssColor(Theme::Tone::Good, palette()), tr("✔ applied"));
        break;
    case Hardening::Status::Missing:
        status = QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(severityColor(RunWarning::Severity::Warning, palette()), tr("✘ not applied"));
        break;
    case Hardening::Status::NotApplicable:
        status = tr("not needed for this run");
        break;
    }
    QString text
        = QStringLiteral("<p><b>%1</b> — %2<br><code>%3</code></p><p>%4</p><p><b>%5</b> %6</p>")
              .arg(item.title.toHtmlEscaped(), status, item.flags.toHtmlEscaped(), item.explanation.toHtmlEscaped(),
                  tr("What breaks without it:"), item.withoutIt.toHtmlEscaped());
    if (!item.detail.isEmpty())
        text += QStringLiteral("<p><i>%1</i></p>").arg(item.detail.toHtmlEscaped());
    m_explanation->setText(text);
    m_explanation->setProperty("check", int(check));
}

QString RunPanel::explanationText() const
{
    return m_explanation->text();
}

bool RunPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::Enter) {
        QObject *owner = watched;
        // Viewports of the lists and tables carry no property; their scroll area does.
        if (!owner->property(checkProperty).isValid() && owner->parent())
            owner = owner->parent();
        const QVariant check = owner->property(checkProperty);
        if (check.isValid())
            showExplanation(Hardening::Check(check.toInt()));
    }
    return QWidget::eventFilter(watched, event);
}

// ---- command ---------------------------------------------------------------------------------------

void RunPanel::copyCommand()
{
    QGuiApplication::clipboard()->setText(commandText());
    m_pasteMessage->setText(tr("Copied."));
}

void RunPanel::askPaste()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Paste docker run"),
        tr("A docker run command (continuation lines are fine):"), QGuiApplication::clipboard()->text(), &ok);
    if (ok && !text.trimmed().isEmpty())
        pasteCommand(text);
}

bool RunPanel::pasteCommand(const QString &commandLine)
{
    const DockerRunCommand::ParseResult parsed = DockerRunCommand::parse(commandLine);
    if (!parsed.ok()) {
        m_pasteMessage->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                .arg(severityColor(RunWarning::Severity::Error, palette()), parsed.error.toHtmlEscaped()));
        return false;
    }
    m_profile = parsed.profile;
    // A pasted command says what it wants: the image's defaults are not added on top.
    m_prefilledRef = m_profile.image;
    loadForm();
    refresh();
    QStringList unsupported;
    QStringList others;
    for (const RunWarning &w : parsed.warnings) {
        if (w.code == QLatin1String("unsupported-flag"))
            unsupported << w.field;
        else
            others << w.message;
    }
    QString message;
    if (!unsupported.isEmpty())
        message
            = QStringLiteral("<span style='color:%1'>%2</span> ")
                  .arg(severityColor(RunWarning::Severity::Warning, palette()),
                      tr("Not supported, left out: %1.").arg(unsupported.join(QLatin1String(", ")).toHtmlEscaped()));
    if (!others.isEmpty())
        message += others.join(QLatin1Char(' ')).toHtmlEscaped();
    m_pasteMessage->setText(message.isEmpty() ? tr("Read into the form.") : message);
    if (!m_profile.image.isEmpty() && m_profile.image != m_imageInfoRef)
        inspectImage(m_profile.image, false);
    return true;
}

QString RunPanel::pasteMessage() const
{
    return m_pasteMessage->text();
}

// ---- execution -------------------------------------------------------------------------------------

void RunPanel::run()
{
    if (m_profile.image.isEmpty()) {
        m_stateNote = tr("Choose an image first.");
        updateRunState();
        return;
    }
    m_logModel->clear();
    m_stats->clear();
    m_tabs->setCurrentIndex(0);
    m_stateNote = tr("Creating the container…");
    m_controller->run(m_profile);
    updateRunState();
}

void RunPanel::updateRunState()
{
    const bool connected = m_client && m_client->state() == EngineClient::State::Connected;
    const ContainerController::State &s = m_controller->state();
    const bool has = m_controller->hasContainer();
    const bool running = m_controller->isRunning();
    m_runButton->setEnabled(connected && !m_controller->isBusy());
    m_stopButton->setEnabled(connected && running);
    m_killButton->setEnabled(connected && running);
    m_restartButton->setEnabled(connected && has);
    m_removeButton->setEnabled(connected && has);
    m_checkupButton->setEnabled(connected && running && !m_checkup->isRunning());
    if (!connected) {
        m_runButton->setToolTip(tr("Not connected to an engine"));
    } else {
        m_runButton->setToolTip(tr("Create and start a container with these settings"));
    }
    if (s.status == ContainerState::Running)
        m_stateNote.clear();
    if (s.id.isEmpty()) {
        if (!m_stateNote.isEmpty())
            m_state->setText(m_stateNote.toHtmlEscaped());
        else
            m_state->setText(
                connected ? tr("No container started from this form yet.") : tr("Not connected to an engine."));
        return;
    }
    QString text = tr("<b>%1</b> (%2): %3")
                       .arg(s.name.isEmpty() ? tr("container") : s.name.toHtmlEscaped(), s.id.left(12),
                           ContainerStates::apiName(s.status).toHtmlEscaped());
    if (s.status == ContainerState::Exited || s.status == ContainerState::Dead)
        text += tr(", exit code %1").arg(s.exitCode);
    if (s.oomKilled)
        text += tr(", killed for using too much memory");
    if (!s.health.isEmpty())
        text += tr(" · health: %1").arg(s.health);
    if (!s.error.isEmpty())
        text += QStringLiteral(" · <span style='color:%1'>%2</span>")
                    .arg(severityColor(RunWarning::Severity::Error, palette()), s.error.toHtmlEscaped());
    if (!m_stateNote.isEmpty() && !m_controller->isBusy())
        text += QStringLiteral("<br>") + m_stateNote.toHtmlEscaped();
    m_state->setText(text);
    if (!running)
        m_stats->clear();
}

void RunPanel::runCheckup()
{
    if (!m_controller->isRunning())
        return;
    m_tabs->setCurrentWidget(m_checkupView);
    m_checkupView->setHtml(tr("<p>Looking inside the container…</p>"));
    m_checkup->start(m_controller->containerId());
    updateRunState();
}

void RunPanel::showCheckup(const Checkup::Result &result)
{
    if (result.error) {
        m_checkupView->setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(severityColor(RunWarning::Severity::Error, palette()), result.error.toString().toHtmlEscaped()));
        return;
    }
    QString html = tr("<p>What the process in %1 really gets:</p>").arg(result.containerId.left(12));
    html += QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    for (const Checkup::Answer &a : result.answers) {
        const QString mark = !a.ok ? QStringLiteral("?") : a.hardened ? QStringLiteral("✔") : QStringLiteral("✘");
        const QString color = !a.ok ? palette().color(QPalette::WindowText).name()
            : a.hardened            ? Theme::cssColor(Theme::Tone::Good, palette())
                                    : severityColor(RunWarning::Severity::Warning, palette());
        html += QStringLiteral("<tr><td style='color:%1'><b>%2</b></td><td><b>%3</b><br>%4")
                    .arg(color, mark, a.question.toHtmlEscaped(), a.answer.toHtmlEscaped());
        if (!a.output.isEmpty() && a.id != QLatin1String("user"))
            html += QStringLiteral("<pre>%1</pre>").arg(a.output.toHtmlEscaped());
        html += QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    m_checkupView->setHtml(html);
}

void RunPanel::findInLog(bool backwards)
{
    const QModelIndex current = m_logView->currentIndex();
    const int from = current.isValid() ? current.row() : (backwards ? 0 : -1);
    const int row = m_logModel->find(m_search->text(), from, backwards);
    if (row < 0) {
        m_search->setStyleSheet(m_search->text().isEmpty() ? QString() : invalidFieldStyle(m_search->palette()));
        return;
    }
    m_search->setStyleSheet(QString());
    m_follow->setChecked(false); // otherwise the next line scrolls the match away
    const QModelIndex index = m_logModel->index(row);
    m_logView->setCurrentIndex(index);
    m_logView->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

bool RunPanel::saveLog(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    file.write(m_logModel->toPlainText().toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void RunPanel::saveLogAs()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + (m_controller->state().name.isEmpty() ? QStringLiteral("container") : m_controller->state().name)
        + QStringLiteral(".log");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the log"), suggested, tr("Log files (*.log *.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveLog(path, &error)) {
        m_stateNote = tr("Could not save the log: %1").arg(error);
        updateRunState();
    }
}

} // namespace Dockwright::Ui
