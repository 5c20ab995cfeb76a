// SPDX-License-Identifier: GPL-3.0-or-later
#include "runform.h"

#include "capabilitiesmodel.h"
#include "core/run/rununits.h"
#include "core/run/shellwords.h"
#include "envmodel.h"
#include "mountsmodel.h"
#include "portsmodel.h"
#include "runpresenter.h"
#include "tmpfsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Dockwright::Ui {

using namespace Dockwright::Core;

namespace {

const char checkProperty[] = "dockwrightCheck";

void markValid(QLineEdit *edit, bool valid, const QString &why = {})
{
    edit->setStyleSheet(valid ? QString() : RunPresenter::invalidFieldStyle(edit->palette()));
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
    // The columns share the form's width: the form column is narrow at 1024 px, and a table that
    // scrolls sideways hides its last column (the ports' Protocol) behind a scroll bar.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setMinimumHeight(
        view->verticalHeader()->defaultSectionSize() * 3 + view->horizontalHeader()->sizeHint().height());
    view->setMaximumHeight(
        view->verticalHeader()->defaultSectionSize() * 4 + view->horizontalHeader()->sizeHint().height() + 4);
    return view;
}

} // namespace

RunForm::RunForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runForm"));
    m_ports = new PortsModel(this);
    m_env = new EnvModel(this);
    m_binds = new MountsModel(RunProfile::Mount::Type::Bind, this);
    m_volumes = new MountsModel(RunProfile::Mount::Type::Volume, this);
    m_tmpfs = new TmpfsModel(this);
    m_caps = new CapabilitiesModel(this);
    m_imageList = new QStringListModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(buildBasics());

    auto *ports = new QGroupBox(tr("Published ports"), this);
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

    auto *env = new QGroupBox(tr("Environment variables"), this);
    auto *envLayout = new QVBoxLayout(env);
    auto *envView = makeTable(m_env, env);
    envView->setObjectName(QStringLiteral("envView"));
    envLayout->addWidget(tableWithButtons(envView, tr("Add variable"), [this, envView] {
        const int row = m_env->appendRow({QStringLiteral("NAME"), QString(), true});
        envView->edit(m_env->index(row, EnvModel::NameColumn));
    }));
    layout->addWidget(env);
    layout->addWidget(buildStorage());
    layout->addWidget(buildHardeningDetails());
    layout->addStretch();

    for (QAbstractItemModel *model :
        std::initializer_list<QAbstractItemModel *> {m_ports, m_env, m_binds, m_volumes, m_tmpfs, m_caps}) {
        connect(model, &QAbstractItemModel::dataChanged, this, &RunForm::readForm);
        connect(model, &QAbstractItemModel::rowsInserted, this, &RunForm::readForm);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RunForm::readForm);
    }
    loadForm();
}

RunForm::~RunForm() = default;

QWidget *RunForm::tableWithButtons(QTableView *view, const QString &addText, const std::function<void()> &add)
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

QWidget *RunForm::buildBasics()
{
    auto *basics = new QGroupBox(tr("Container"), this);
    auto *basicsForm = new QFormLayout(basics);
    // Where the Run page is narrow (1024 px, German labels) a field goes below its label instead of
    // making the form, and with it the page, wider than the window.
    basicsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_image = new QComboBox(basics);
    m_image->setObjectName(QStringLiteral("imageEdit"));
    m_image->setEditable(true);
    m_image->setModel(m_imageList);
    m_image->setInsertPolicy(QComboBox::NoInsert);
    m_image->lineEdit()->setPlaceholderText(tr("image name, e.g. myapp:dev"));
    m_image->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_image->setMinimumContentsLength(12);
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
    m_autoRemove = new QCheckBox(tr("Remove it when it exits (--rm)"), basics);
    m_autoRemove->setObjectName(QStringLiteral("autoRemoveCheck"));
    basicsForm->addRow(QString(), m_autoRemove);

    for (QLineEdit *edit : {m_name, m_command, m_entrypoint, m_workdir})
        connect(edit, &QLineEdit::textEdited, this, &RunForm::readForm);
    connect(m_image, &QComboBox::currentTextChanged, this, &RunForm::readForm);
    auto chosen = [this] {
        readForm();
        Q_EMIT imageChosen(m_image->currentText().trimmed());
    };
    connect(m_image, &QComboBox::activated, this, chosen);
    connect(m_image->lineEdit(), &QLineEdit::editingFinished, this, chosen);
    connect(m_network, &QComboBox::currentTextChanged, this, &RunForm::readForm);
    connect(m_restart, &QComboBox::currentIndexChanged, this, &RunForm::readForm);
    connect(m_autoRemove, &QCheckBox::toggled, this, &RunForm::readForm);
    return basics;
}

QWidget *RunForm::buildStorage()
{
    auto *storage = new QGroupBox(tr("Folders and volumes"), this);
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
    return storage;
}

QWidget *RunForm::buildHardeningDetails()
{
    // The values behind the checklist's toggles.
    auto *details = new QGroupBox(tr("Hardening details"), this);
    auto *detailsForm = new QFormLayout(details);
    detailsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_user = new QLineEdit(details);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("the image's USER"));
    m_user->setProperty(checkProperty, int(Hardening::Check::NonRootUser));
    setEditToolTip(m_user, tr("uid[:gid] or a user name from the image, e.g. 65534:65534 (nobody)."));
    m_userWarning = new QLabel(details);
    m_userWarning->setObjectName(QStringLiteral("userWarning"));
    m_userWarning->setWordWrap(true);
    m_userWarning->hide();
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
    // One row each: a row of three fields would set the form's width at small window sizes.
    detailsForm->addRow(tr("Memory limit:"), m_memory);
    detailsForm->addRow(tr("CPU limit:"), m_cpus);
    detailsForm->addRow(tr("Process limit:"), m_pids);

    for (QLineEdit *edit : {m_user, m_memory, m_cpus})
        connect(edit, &QLineEdit::textEdited, this, &RunForm::readForm);
    connect(m_pids, &QSpinBox::valueChanged, this, &RunForm::readForm);
    for (QWidget *w :
        std::initializer_list<QWidget *> {m_user, m_memory, m_cpus, m_pids, m_network, capsView, tmpfsView}) {
        w->installEventFilter(this);
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w))
            area->viewport()->installEventFilter(this);
    }
    return details;
}

bool RunForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::Enter) {
        QObject *owner = watched;
        // Viewports of the lists and tables carry no property; their scroll area does.
        if (!owner->property(checkProperty).isValid() && owner->parent())
            owner = owner->parent();
        const QVariant check = owner->property(checkProperty);
        if (check.isValid())
            Q_EMIT explainRequested(Hardening::Check(check.toInt()));
    }
    return QWidget::eventFilter(watched, event);
}

void RunForm::setImageTags(const QStringList &tags)
{
    if (tags == m_imageList->stringList())
        return;
    const QString text = m_image->currentText();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_imageList->setStringList(tags);
    m_image->setEditText(text);
    m_loading = wasLoading;
}

void RunForm::setImageHint(const QString &html)
{
    m_imageHint->setText(html);
}

void RunForm::setUserWarning(const QString &html)
{
    m_userWarning->setText(html);
    m_userWarning->setVisible(!html.isEmpty());
}

void RunForm::setProfile(const RunProfile &profile)
{
    m_profile = profile;
    loadForm();
}

void RunForm::readForm()
{
    if (m_loading)
        return;
    RunProfile p = m_profile;
    p.image = m_image->currentText().trimmed();
    p.name = m_name->text().trimmed();
    const ShellWords::Result words = ShellWords::split(m_command->text());
    // A placeholder copied from documentation (<module>) would be a redirection in a shell.
    const bool usable = words.ok() && words.placeholders.isEmpty();
    markValid(m_command, usable,
        words.ok() ? tr("Replace the placeholder %1 with a real value").arg(words.placeholders.value(0)) : words.error);
    if (usable)
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
    Q_EMIT profileEdited(m_profile);
}

void RunForm::loadForm()
{
    m_loading = true;
    const RunProfile &p = m_profile;
    if (m_image->currentText() != p.image) {
        m_image->setEditText(p.image);
        // Set from outside (a build's image ID, a pasted command): show its start ("sha256:…"), not
        // the end of a 71-character ID; while the user types, the cursor stays where it is.
        if (m_image->lineEdit() && !m_image->lineEdit()->hasFocus())
            m_image->lineEdit()->home(false);
    }
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

} // namespace Dockwright::Ui
