// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildpanel.h"

#include "buildargsform.h"
#include "buildhistoryview.h"
#include "buildprofiles.h"
#include "buildrunview.h"
#include "buildstepmodel.h"
#include "contextadvice.h"
#include "core/builder/buildhistory.h"
#include "core/builder/buildjob.h"
#include "core/builder/dockerbuildcommand.h"
#include "core/common/bytesize.h"
#include "core/context/contexterror.h"
#include "core/dockerfile/dockerfileanalyzer.h"
#include "core/dockerfile/dockerfileparser.h"
#include "core/engine/engineclient.h"
#include "core/files/textfile.h"
#include "core/run/shellwords.h"
#include "dockerfilesourcebar.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextOption>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

namespace {
const QString OciPrefix = QStringLiteral("org.opencontainers.image.");

// A repository name docker accepts, from a folder name: lower case, [a-z0-9._-].
QString repositoryName(const QString &folder)
{
    QString name = folder.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^[._-]+|[._-]+$")));
    return name.isEmpty() ? QStringLiteral("app") : name;
}

} // namespace

BuildPanel::BuildPanel(EngineClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("buildPanel"));
    buildUi();
    updateCommand();
    if (m_client) {
        // The session reconnects by itself; what the panel says about the engine follows it.
        connect(m_client, &EngineClient::stateChanged, this, &BuildPanel::onEngineStateChanged);
        onEngineStateChanged(m_client->state());
    }
}

void BuildPanel::onEngineStateChanged(EngineClient::State state)
{
    if (state == EngineClient::State::Connecting)
        return; // a retry: keep what was said until it has an answer
    const bool connected = state == EngineClient::State::Connected;
    m_run->setEngineAvailable(connected);
    if (connected && m_noEngineMessage) {
        showMessage(QString(), false);
        m_noEngineMessage = false;
    }
}

BuildPanel::~BuildPanel()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void BuildPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *files = new QFormLayout;
    auto fileRow = [this, files](QLineEdit *&edit, const QString &label, const QString &placeholder, auto choose) {
        auto *row = new QHBoxLayout;
        edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        auto *browse = new QPushButton(tr("Browse…"), this);
        connect(browse, &QPushButton::clicked, this, choose);
        row->addWidget(edit, 1);
        row->addWidget(browse);
        files->addRow(label, row);
    };
    fileRow(m_dockerfileEdit, tr("Dockerfile:"), tr("Path of the Dockerfile"), [this] { chooseDockerfile(); });
    fileRow(m_contextEdit, tr("Context folder:"), tr("The folder sent to the engine (the “.” of docker build)"),
        [this] { chooseContext(); });
    m_dockerfileEdit->setObjectName(QStringLiteral("dockerfilePath"));
    m_contextEdit->setObjectName(QStringLiteral("contextDir"));
    // The tags sit with the files, above the scrolled form: what the image will be called stays in
    // sight, whatever the Dockerfile's ARGs take below.
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("name:tag, separated by commas"));
    files->addRow(tr("Tags:"), m_tags);
    auto *profileRow = new QHBoxLayout;
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("profiles"));
    m_profiles->setMinimumContentsLength(16);
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *saveProfileButton = new QPushButton(tr("Save as…"), this);
    auto *deleteProfileButton = new QPushButton(tr("Delete"), this);
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(saveProfileButton);
    profileRow->addWidget(deleteProfileButton);
    files->addRow(tr("Profile:"), profileRow);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadProfile(m_profiles->itemText(index));
    });
    connect(saveProfileButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save build profile"),
            tr("Name of this setup (for example “release” or “debug”):"), QLineEdit::Normal,
            m_profiles->currentIndex() > 0 ? m_profiles->currentText() : QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveProfile(name.trimmed());
    });
    connect(deleteProfileButton, &QPushButton::clicked, this, [this] {
        if (m_profiles->currentIndex() <= 0)
            return;
        BuildProfiles::remove(contextDir(), m_profiles->currentText());
        reloadProfiles();
    });
    connect(m_dockerfileEdit, &QLineEdit::editingFinished, this, [this] {
        const QString path = QDir::cleanPath(m_dockerfileEdit->text());
        // The context follows a new Dockerfile's folder unless the user chose one.
        if (!path.isEmpty() && path != m_dockerfilePath)
            openDockerfile(path, m_contextEdited ? contextDir() : QString());
    });
    connect(m_contextEdit, &QLineEdit::textEdited, this, [this] {
        m_contextEdited = true;
        m_args->setBaseDirectory(contextDir());
        updateCommand();
        m_previewTimer->start();
    });
    layout->addLayout(files);
    m_sourceBar = new DockerfileSourceBar(this);
    connect(m_sourceBar, &DockerfileSourceBar::sourceChanged, this, [this] { updateCommand(); });
    connect(m_sourceBar, &DockerfileSourceBar::saveRequested, this, &BuildPanel::saveEditorRequested);
    layout->addWidget(m_sourceBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    // Left: the form and its command line.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formHost = new QWidget(scroll);
    auto *formLayout = new QVBoxLayout(formHost);

    // The build arguments come first: they are what the Dockerfile asks for, and at 1024x700 the Image
    // options above them pushed them out of sight (issue 11).
    auto *argsBox = new QGroupBox(tr("Build arguments"), formHost);
    auto *argsLayout = new QVBoxLayout(argsBox);
    m_args = new BuildArgsForm(argsBox);
    argsLayout->addWidget(m_args);
    formLayout->addWidget(argsBox);

    auto *options = new QGroupBox(tr("Image"), formHost);
    auto *optionsForm = new QFormLayout(options);
    optionsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_target = new QComboBox(options);
    m_target->setObjectName(QStringLiteral("target"));
    optionsForm->addRow(tr("Target stage:"), m_target);
    m_labels = new QPlainTextEdit(options);
    m_labels->setObjectName(QStringLiteral("labels"));
    m_labels->setPlaceholderText(tr("KEY=VALUE, one per line"));
    m_labels->setFixedHeight(m_labels->fontMetrics().lineSpacing() * 3 + 12);
    m_labels->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_labels->setTabChangesFocus(true); // Tab moves on, as in every other field (issue 11)
    optionsForm->addRow(tr("Labels:"), m_labels);
    auto *flags = new QHBoxLayout;
    m_noCache = new QCheckBox(tr("No cache"), options);
    m_noCache->setObjectName(QStringLiteral("noCacheCheck"));
    m_noCache->setToolTip(tr("Run every step again instead of reusing earlier results (--no-cache)"));
    m_pull = new QCheckBox(tr("Pull base images"), options);
    m_pull->setToolTip(tr("Look for newer versions of the FROM images (--pull)"));
    flags->addWidget(m_noCache);
    flags->addWidget(m_pull);
    flags->addStretch();
    optionsForm->addRow(tr("Options:"), flags);
    m_platform = new QComboBox(options);
    m_platform->setEditable(true);
    m_platform->addItems(
        {QString(), QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64"), QStringLiteral("linux/arm/v7")});
    m_platform->lineEdit()->setPlaceholderText(tr("the engine's own"));
    optionsForm->addRow(tr("Platform:"), m_platform);
    formLayout->addWidget(options);

    formLayout->addStretch();
    scroll->setWidget(formHost);
    leftLayout->addWidget(scroll, 1);

    auto *commandBox = new QGroupBox(tr("Command line"), left);
    auto *commandLayout = new QVBoxLayout(commandBox);
    m_command = new QPlainTextEdit(commandBox);
    m_command->setObjectName(QStringLiteral("command"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setMinimumHeight(m_command->fontMetrics().lineSpacing() * 4 + 12);
    m_command->setMaximumHeight(m_command->fontMetrics().lineSpacing() * 6 + 12);
    // Long lines (the "-f -" comment, many --build-args) wrap between words, never inside a token; a
    // copy still gives the command's own lines.
    m_command->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_command->setWordWrapMode(QTextOption::WordWrap);
    m_command->setAccessibleName(tr("Equivalent docker build command"));
    commandLayout->addWidget(m_command);
    auto *commandButtons = new QHBoxLayout;
    auto *copy = new QPushButton(tr("Copy"), commandBox);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(commandText()); });
    auto *paste = new QPushButton(tr("Paste docker build…"), commandBox);
    connect(paste, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Paste docker build"),
            tr("A docker build command to fill the form from:"), QGuiApplication::clipboard()->text(), &ok);
        if (ok && !text.trimmed().isEmpty())
            pasteCommand(text);
    });
    m_message = new QLabel(commandBox);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    commandButtons->addWidget(copy);
    commandButtons->addWidget(paste);
    commandButtons->addWidget(m_message, 1);
    commandLayout->addLayout(commandButtons);
    leftLayout->addWidget(commandBox);

    // Right: context preview and the build.
    m_tabs = new QTabWidget(splitter);
    m_contextView = new QTextBrowser(m_tabs);
    m_contextView->setObjectName(QStringLiteral("contextPreview"));
    m_contextView->setOpenLinks(false);

    // The build comes first and is the page shown: the Build button is in sight when the area opens
    // (issue 11: it opened on the context preview, with Build a tab away).
    m_run = new BuildRunView(m_tabs);
    connect(m_run, &BuildRunView::buildClicked, this, &BuildPanel::startBuild);
    connect(m_run, &BuildRunView::cancelClicked, this, &BuildPanel::cancelBuild);
    connect(m_run, &BuildRunView::exploreClicked, this, [this] { Q_EMIT exploreLayersRequested(imageReference()); });
    connect(m_run, &BuildRunView::runClicked, this, [this] { Q_EMIT runRequested(imageReference()); });
    m_tabs->addTab(m_run, tr("Build"));
    m_tabs->addTab(m_contextView, tr("Context"));

    m_historyView = new BuildHistoryView(m_tabs);
    connect(m_historyView, &BuildHistoryView::loaded, this, &BuildPanel::historyLoaded);
    m_tabs->addTab(m_historyView, tr("History"));

    // Half and half: after Build is pressed the steps on the right are what the user reads.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // Long messages and paths wrap or scroll rather than widening the window.
    m_message->setMinimumWidth(0);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto update = [this] { updateCommand(); };
    connect(m_args, &BuildArgsForm::changed, this, update);
    connect(m_target, &QComboBox::currentIndexChanged, this, update);
    connect(m_tags, &QLineEdit::textChanged, this, update);
    connect(m_labels, &QPlainTextEdit::textChanged, this, update);
    connect(m_noCache, &QCheckBox::toggled, this, update);
    connect(m_pull, &QCheckBox::toggled, this, update);
    connect(m_platform, &QComboBox::currentTextChanged, this, update);

    m_editorTimer = new QTimer(this);
    m_editorTimer->setSingleShot(true);
    m_editorTimer->setInterval(250);
    connect(m_editorTimer, &QTimer::timeout, this, [this] {
        if (editorHoldsDockerfile())
            applyDockerfileText(m_editorText.toUtf8(), true);
    });

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400);
    // A different context folder is a different project: its own preview, profiles and history.
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        refreshContextPreview();
        reloadProfiles();
        reloadHistory();
    });
}

void BuildPanel::chooseDockerfile()
{
    const QString start = m_dockerfilePath.isEmpty() ? QDir::homePath() : QFileInfo(m_dockerfilePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dockerfile"), start);
    if (!path.isEmpty())
        openDockerfile(path);
}

void BuildPanel::chooseContext()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Context folder"), contextDir());
    if (dir.isEmpty())
        return;
    m_contextEdit->setText(dir);
    m_contextEdited = true;
    m_args->setBaseDirectory(dir);
    updateCommand();
    m_previewTimer->start(0);
}

QString BuildPanel::contextDir() const
{
    return m_contextEdit->text().trimmed();
}

void BuildPanel::openDockerfile(const QString &path, const QString &contextDirectory, std::function<void()> then)
{
    loadDockerfile(path, contextDirectory, [this, then = std::move(then)](const QString &error) {
        if (!error.isEmpty()) {
            showMessage(error, true);
            return;
        }
        if (then)
            then();
    });
}

void BuildPanel::loadDockerfile(
    const QString &path, const QString &contextDirectory, std::function<void(const QString &error)> done)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_editorPath) { // what the user sees, saved or not: no disk read
        applyDockerfile(absolute, m_editorText.toUtf8(), contextDirectory);
        done({});
        return;
    }
    m_dockerfileJob.start(
        [absolute](const JobControl &) {
            QString error;
            const std::optional<QString> text = TextFile::read(absolute, &error);
            return std::pair {text ? text->toUtf8() : QByteArray(), text ? QString() : error};
        },
        [this, absolute, contextDirectory, done = std::move(done)](const std::pair<QByteArray, QString> &read) {
            if (read.second.isEmpty())
                applyDockerfile(absolute, read.first, contextDirectory);
            done(read.second);
        });
}

void BuildPanel::applyDockerfile(const QString &absolute, const QByteArray &text, const QString &contextDirectory)
{
    const bool sameFile = absolute == m_dockerfilePath;
    const QString before = contextDir();
    m_updating = true;
    m_dockerfilePath = absolute;
    m_dockerfileEdit->setText(m_dockerfilePath);
    if (contextDirectory.isEmpty())
        m_contextEdited = false;
    const QString dir = contextDirectory.isEmpty() ? QFileInfo(m_dockerfilePath).absolutePath()
                                                   : QFileInfo(contextDirectory).absoluteFilePath();
    m_contextEdit->setText(dir);
    m_args->setBaseDirectory(dir);
    m_updating = false;
    // The same file again (Browse… once more) keeps what the user typed; another file starts afresh.
    applyDockerfileText(text, sameFile);
    updateSourceBar();
    // Tags and labels the user typed stay; ours are suggested again for the new folder.
    if (dir != before)
        applyCollectedProvenance(GitProvenance());
    // git runs as a job; until it answers the provenance fields keep what they had.
    m_gitJob.start([dir](const JobControl &control) { return GitProvenance::collect(dir, control.stopFlag()); },
        [this](const GitProvenance &provenance) { applyCollectedProvenance(provenance); });
    refreshContextPreview();
    reloadProfiles();
    reloadHistory();
    Q_EMIT dockerfileOpened(m_dockerfilePath);
}

void BuildPanel::applyDockerfileText(const QByteArray &text, bool keepValues)
{
    const DockerfileParseResult parse = DockerfileParser::parse(text);
    const DockerfileModel model = DockerfileAnalyzer::analyze(parse);
    m_updating = true;
    const QList<BuildArgsForm::ArgInfo> args = BuildArgsForm::collect(parse, model);
    if (keepValues) {
        m_args->updateArgs(args);
        // A pasted --build-arg the Dockerfile now declares becomes its field's value.
        for (qsizetype i = m_extraArgs.size() - 1; i >= 0; --i) {
            const BuildRequest::Arg &arg = m_extraArgs.at(i);
            if (arg.value && m_args->setValue(arg.name, *arg.value))
                m_extraArgs.removeAt(i);
        }
    } else {
        m_args->setArgs(args);
        m_extraArgs.clear();
    }

    const QString target = keepValues ? m_target->currentData().toString() : QString();
    m_target->clear();
    QString last;
    for (const DockerfileStage &stage : model.stages)
        last = stage.nameAsWritten.isEmpty() ? tr("stage %1").arg(stage.index) : stage.nameAsWritten;
    m_target->addItem(model.stages.isEmpty() ? tr("(last stage)") : tr("(last stage: %1)").arg(last), QString());
    for (const DockerfileStage &stage : model.stages) {
        if (!stage.nameAsWritten.isEmpty())
            m_target->addItem(stage.nameAsWritten, stage.nameAsWritten);
    }
    m_target->setCurrentIndex(qMax(0, m_target->findData(target)));
    m_updating = false;

    if (!parse.ok()) {
        showMessage(tr("The Dockerfile has errors (line %1: %2); the build will likely fail.")
                        .arg(parse.errors.first().range.startLine)
                        .arg(parse.errors.first().message),
            true);
        m_parseMessage = true;
    } else if (m_parseMessage || !keepValues) {
        showMessage(QString(), false);
    }
    updateCommand();
    Q_EMIT dockerfileApplied();
}

void BuildPanel::setEditorDocument(const QString &path, const QString &text, bool differsFromDisk)
{
    m_editorPath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_editorText = text;
    m_editorDiffers = differsFromDisk;
    if (editorHoldsDockerfile())
        m_editorTimer->start();
    updateSourceBar();
}

bool BuildPanel::editorHoldsDockerfile() const
{
    return !m_editorPath.isEmpty() && m_editorPath == m_dockerfilePath;
}

bool BuildPanel::buildsEditorText() const
{
    return editorHoldsDockerfile() && m_editorDiffers && m_sourceBar->buildsEditorText();
}

void BuildPanel::updateSourceBar()
{
    m_sourceBar->setDiffers(QFileInfo(m_dockerfilePath).fileName(), editorHoldsDockerfile() && m_editorDiffers);
}

void BuildPanel::setProvenance(const GitProvenance &provenance)
{
    m_gitJob.discard(); // a value given here wins over what git has yet to say
    applyCollectedProvenance(provenance);
}

void BuildPanel::applyCollectedProvenance(const GitProvenance &provenance)
{
    const GitProvenance previous = std::exchange(m_provenance, provenance);
    applyProvenance(previous);
}

void BuildPanel::applyProvenance(const GitProvenance &previous)
{
    m_updating = true;
    const GitProvenance &p = m_provenance;
    // Fill a provenance ARG unless the user set it: it is at its default or still holds our last value.
    const auto fill = [this](const QString &name, const QString &value, const QString &before) {
        if (!m_args->hasArg(name) || value.isEmpty())
            return;
        if (!m_args->isOverridden(name) || m_args->value(name) == before)
            m_args->setValue(name, value);
    };
    fill(QStringLiteral("BUILD_DATE"), p.created.isValid() ? p.createdText() : QString(),
        previous.created.isValid() ? previous.createdText() : QString());
    fill(QStringLiteral("VCS_REF"), p.revision, previous.revision);
    fill(QStringLiteral("VCS_URL"), p.remoteUrl, previous.remoteUrl);

    // A moving tag to find the newest build by, next to an immutable one naming the commit.
    const QString repository = repositoryName(QFileInfo(contextDir()).fileName());
    QStringList suggested {repository + QStringLiteral(":latest")};
    if (!p.revision.isEmpty())
        suggested.append(repository + QStringLiteral(":sha-") + p.shortRevision());
    // What we filled before is replaced; what the user typed is kept.
    if (m_tags->text().trimmed().isEmpty() || m_tags->text() == m_autoTags) {
        m_autoTags = suggested.join(QLatin1String(", "));
        m_tags->setText(m_autoTags);
    }
    m_tags->setToolTip(p.revision.isEmpty() ? tr("Not a git checkout: no commit tag to suggest.")
                                            : tr("%1 always names commit %2; %3 moves to each new build.")
                                                  .arg(suggested.last(), p.shortRevision(), suggested.first()));

    if (m_labels->toPlainText().trimmed().isEmpty() || m_labels->toPlainText() == m_autoLabels) {
        QStringList labels;
        // The commit's time, not the build's: a "now" label changes the image ID of a fully cached
        // build. Outside a checkout there is no time to give that would not (docker adds no label).
        if (p.committed.isValid())
            labels.append(OciPrefix + QStringLiteral("created=") + p.committedText());
        if (!p.revision.isEmpty())
            labels.append(OciPrefix + QStringLiteral("revision=") + p.revision);
        if (!p.remoteUrl.isEmpty())
            labels.append(OciPrefix + QStringLiteral("source=") + p.remoteUrl);
        m_autoLabels = labels.join(u'\n');
        m_labels->setPlainText(m_autoLabels);
    }
    m_updating = false;
    updateCommand();
}

QStringList BuildPanel::targetStages() const
{
    QStringList stages;
    for (int i = 1; i < m_target->count(); ++i)
        stages.append(m_target->itemData(i).toString());
    return stages;
}

void BuildPanel::setTarget(const QString &stage)
{
    const int index = m_target->findData(stage);
    m_target->setCurrentIndex(index < 0 ? 0 : index);
}

void BuildPanel::setTags(const QStringList &tags)
{
    m_tags->setText(tags.join(QLatin1String(", ")));
}

QStringList BuildPanel::tags() const
{
    return m_tags->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

BuildRequest BuildPanel::request() const
{
    BuildRequest request;
    request.contextDir = contextDir().isEmpty() ? QStringLiteral(".") : contextDir();
    if (!m_dockerfilePath.isEmpty()) {
        const QString relative = QDir(request.contextDir).relativeFilePath(m_dockerfilePath);
        if (relative == QLatin1String("Dockerfile"))
            request.dockerfile.clear();
        else if (!relative.startsWith(QLatin1String("../")))
            request.dockerfile = relative;
        else
            request.dockerfile = m_dockerfilePath;
    }
    request.buildArgs = m_args->overrides() + m_extraArgs;
    request.target = m_target->currentData().toString();
    request.tags = tags();
    const QStringList lines = m_labels->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            request.labels.append(BuildRequest::parseLabel(line.trimmed()));
    }
    request.noCache = m_noCache->isChecked();
    request.pull = m_pull->isChecked();
    request.platform = m_platform->currentText().trimmed();
    request.networkMode = m_networkMode;
    if (buildsEditorText())
        request.dockerfileText = m_editorText.toUtf8();
    return request;
}

QString BuildPanel::commandText() const
{
    return DockerBuildCommand::toShell(request());
}

QString BuildPanel::commandDisplayText() const
{
    // One flag with its value per line, joined with backslash continuations: still a valid command.
    const BuildRequest built = request();
    const QStringList args = DockerBuildCommand::arguments(built);
    QStringList lines {QStringLiteral("docker build")};
    for (int i = 0; i < args.size(); ++i) {
        const QString &word = args.at(i);
        const bool takesValue = word.startsWith(u'-') && !word.contains(u'=') && i + 1 < args.size() - 1
            && (args.at(i + 1) == u'-' || !args.at(i + 1).startsWith(u'-'));
        if (takesValue) {
            lines.append(ShellWords::quote(word) + u' ' + ShellWords::quote(args.at(i + 1)));
            ++i;
        } else {
            lines.append(ShellWords::quote(word));
        }
    }
    QString text = lines.join(QLatin1String(" \\\n  "));
    if (built.dockerfileText) // say where "-f -" gets its text; a comment line keeps it a valid command
        text.prepend(QStringLiteral("# ")
            + tr("-f -: the Dockerfile is the editor's unsaved text of %1, given on standard input")
                .arg(QFileInfo(m_dockerfilePath).fileName())
            + u'\n');
    return text;
}

void BuildPanel::updateCommand()
{
    if (m_updating)
        return;
    m_command->setPlainText(commandDisplayText());
}

bool BuildPanel::pasteCommand(const QString &commandLine)
{
    const DockerBuildCommand::ParseResult parsed = DockerBuildCommand::parse(commandLine);
    if (!parsed.ok()) {
        m_pasteMessage = parsed.error;
        showMessage(m_pasteMessage, true);
        return false;
    }
    applyRequest(parsed.request, [this, parsed] {
        QStringList notes;
        if (!parsed.unsupported.isEmpty())
            notes.append(tr("Left out (not supported here): %1.").arg(parsed.unsupported.join(QLatin1String(", "))));
        if (!m_extraArgs.isEmpty()) {
            QStringList names;
            for (const BuildRequest::Arg &arg : std::as_const(m_extraArgs))
                names.append(arg.name);
            notes.append(
                tr("Not declared in the Dockerfile, passed as given: %1.").arg(names.join(QLatin1String(", "))));
        }
        notes += parsed.notes;
        m_pasteMessage = notes.join(u' ');
        showMessage(m_pasteMessage.isEmpty() ? tr("Form filled from the command.") : m_pasteMessage,
            !parsed.unsupported.isEmpty());
        Q_EMIT commandPasted();
    });
    return true;
}

void BuildPanel::applyRequest(const BuildRequest &request, std::function<void()> then)
{
    // A relative context is taken as relative to the current one (where the user would run the command).
    const QString base = contextDir().isEmpty() ? QDir::currentPath() : contextDir();
    const QString dir = QDir::cleanPath(QDir(base).absoluteFilePath(request.contextDir));
    QString dockerfile = request.dockerfile.isEmpty() ? QStringLiteral("Dockerfile") : request.dockerfile;
    // -f - (the Dockerfile on standard input, as the editor's text is shown): keep the form's file.
    if (request.dockerfile == QLatin1String("-") && !m_dockerfilePath.isEmpty())
        dockerfile = m_dockerfilePath;
    else
        dockerfile = QDir::cleanPath(QDir(dir).absoluteFilePath(dockerfile));
    if (dockerfile == m_dockerfilePath && dir == contextDir()) {
        applyRequestValues(request);
        then();
        return;
    }
    // The command's Dockerfile is read first (a job): its ARGs decide which values are declared.
    loadDockerfile(dockerfile, dir, [this, dir, request, then = std::move(then)](const QString &error) {
        if (!error.isEmpty()) { // no such file (yet): the form keeps its Dockerfile, takes the context
            m_contextEdit->setText(dir);
            m_args->setBaseDirectory(dir);
        }
        applyRequestValues(request);
        then();
    });
}

void BuildPanel::applyRequestValues(const BuildRequest &request)
{
    m_updating = true;
    m_args->resetAll();
    m_extraArgs.clear();
    for (const BuildRequest::Arg &arg : request.buildArgs) {
        if (!arg.value || !m_args->setValue(arg.name, *arg.value))
            m_extraArgs.append(arg);
    }
    const int target = m_target->findData(request.target);
    if (target < 0 && !request.target.isEmpty()) {
        m_target->addItem(request.target, request.target);
        m_target->setCurrentIndex(m_target->count() - 1);
    } else {
        m_target->setCurrentIndex(qMax(0, target));
    }
    m_tags->setText(request.tags.join(QLatin1String(", ")));
    QStringList labels;
    for (const BuildRequest::Label &label : request.labels)
        labels.append(label.name + u'=' + label.value);
    m_labels->setPlainText(labels.join(u'\n'));
    m_noCache->setChecked(request.noCache);
    m_pull->setChecked(request.pull);
    m_platform->setCurrentText(request.platform);
    m_networkMode = request.networkMode;
    m_updating = false;
    updateCommand();
}

void BuildPanel::refreshContextPreview()
{
    const QString dir = contextDir();
    if (dir.isEmpty())
        return;
    const QString dockerfile = request().dockerfile;
    m_contextView->setHtml(
        QStringLiteral("<p>") + tr("Measuring the context…").toHtmlEscaped() + QStringLiteral("</p>"));
    m_previewJob.start(
        [dir, dockerfile](const JobControl &control) {
            PreviewResult result;
            result.preview = ContextPreview::compute(dir, dockerfile, 10, control.stopFlag(), &result.error);
            return result;
        },
        [this](const PreviewResult &result) {
            if (result.preview) {
                m_preview = *result.preview;
                m_contextView->setHtml(ContextAdvice::html(*result.preview));
            } else {
                m_preview = {};
                m_contextView->setHtml(QStringLiteral("<p>")
                    + tr("The context cannot be read: %1").arg(result.error.toString()).toHtmlEscaped()
                    + QStringLiteral("</p>"));
            }
            Q_EMIT contextPreviewReady();
        });
}

QString BuildPanel::contextSummary() const
{
    return ContextAdvice::headline(m_preview);
}

void BuildPanel::startBuild()
{
    if (isBuilding())
        return;
    if (!m_client || m_client->state() != EngineClient::State::Connected) {
        showMessage(tr("Not connected to an engine: connect first (Engine ▸ Connect to…)."), true);
        m_noEngineMessage = true;
        m_tabs->setCurrentWidget(m_run);
        m_run->showNoEngine();
        return;
    }
    m_run->showPreparing();
    m_tabs->setCurrentWidget(m_run);
    // The date (and the commit, if it moved) of this build, where the form still shows ours: git runs
    // as a job, and the build starts when it has answered.
    m_startJob.start(
        [dir = contextDir()](const JobControl &control) { return GitProvenance::collect(dir, control.stopFlag()); },
        [this](const GitProvenance &provenance) {
            setProvenance(provenance);
            launchBuild();
        });
}

void BuildPanel::launchBuild()
{
    const BuildRequest req = request();
    if (req.dockerfileText)
        showMessage(
            tr("Building the editor text of %1, unsaved changes included.").arg(QFileInfo(m_dockerfilePath).fileName()),
            false);
    m_tabs->setCurrentWidget(m_run);
    m_job = new BuildJob(m_client, this);
    m_run->follow(m_job);
    connect(m_job, &BuildJob::succeeded, this, &BuildPanel::onJobSucceeded);
    connect(m_job, &BuildJob::failed, this, &BuildPanel::onJobFailed);
    connect(m_job, &BuildJob::finished, this, &BuildPanel::onJobFinished);
    m_job->start(req);
}

void BuildPanel::cancelBuild()
{
    if (m_job) {
        m_job->cancel();
    } else if (m_startJob.isRunning()) {
        m_startJob.discard();
        m_run->showCancelled();
    }
}

bool BuildPanel::isBuilding() const
{
    return m_job != nullptr || m_startJob.isRunning() || m_historyView->isRecording();
}

BuildStepModel *BuildPanel::stepModel() const
{
    return m_run->stepModel();
}

QTreeView *BuildPanel::stepView() const
{
    return m_run->stepView();
}

int BuildPanel::currentStepRow() const
{
    return m_run->currentStepRow();
}

QString BuildPanel::absoluteDockerfileFor(const QString &file) const
{
    if (file.isEmpty())
        return m_dockerfilePath;
    return QDir::cleanPath(QDir(contextDir()).absoluteFilePath(file));
}

QString BuildPanel::imageReference() const
{
    return m_result.tags.isEmpty() ? m_result.imageId : m_result.tags.first();
}

QString BuildPanel::resultText() const
{
    return m_run->resultText();
}

void BuildPanel::onJobSucceeded(const BuildResult &result)
{
    m_result = result;
    m_run->showSucceeded(result);
}

void BuildPanel::onJobFailed(const BuildError &error)
{
    m_result = m_job ? m_job->result() : BuildResult {};
    m_run->showFailed(error, QFileInfo(absoluteDockerfileFor(error.file)).fileName());
    if (error.line > 0)
        Q_EMIT failedAt(absoluteDockerfileFor(error.file), error.line);
}

void BuildPanel::onJobFinished()
{
    BuildJob *job = std::exchange(m_job, nullptr);
    if (job) {
        m_run->showFinished(*job);
        m_result = job->result();
        job->deleteLater();
    }
    // Every attempt goes into the project's history, shared with dockwright-cli build; buildFinished()
    // follows once the attempt is recorded.
    connect(
        m_historyView, &BuildHistoryView::recorded, this, [this] { Q_EMIT buildFinished(m_result); },
        Qt::SingleShotConnection);
    m_historyView->record(BuildHistory::fileForContext(contextDir()), m_result);
}

void BuildPanel::reloadProfiles()
{
    const QString current = m_profiles->currentIndex() > 0 ? m_profiles->currentText() : QString();
    m_profiles->clear();
    m_profiles->addItem(tr("(unsaved)"));
    m_profiles->addItems(BuildProfiles::names(contextDir()));
    m_profiles->setCurrentIndex(qMax(0, m_profiles->findText(current)));
}

QStringList BuildPanel::profileNames() const
{
    return BuildProfiles::names(contextDir());
}

void BuildPanel::saveProfile(const QString &name)
{
    BuildProfiles::save(contextDir(), name, commandText());
    reloadProfiles();
    m_profiles->setCurrentIndex(qMax(0, m_profiles->findText(name)));
    showMessage(tr("Saved as profile “%1”.").arg(name), false);
}

bool BuildPanel::loadProfile(const QString &name)
{
    const QString command = BuildProfiles::command(contextDir(), name);
    if (command.isEmpty() || !pasteCommand(command))
        return false;
    m_profiles->setCurrentIndex(qMax(0, m_profiles->findText(name)));
    return true;
}

void BuildPanel::reloadHistory()
{
    m_historyView->load(BuildHistory::fileForContext(contextDir()));
}

BuildHistoryModel *BuildPanel::historyModel() const
{
    return m_historyView->historyModel();
}

BuildComparisonModel *BuildPanel::comparisonModel() const
{
    return m_historyView->comparisonModel();
}

void BuildPanel::compareHistory(int row, int otherRow)
{
    m_historyView->compare(row, otherRow);
}

void BuildPanel::showMessage(const QString &text, bool error)
{
    m_noEngineMessage = false;
    m_parseMessage = false;
    m_message->setText(text);
    m_message->setStyleSheet(error
            ? QStringLiteral("color: %1;").arg(Theme::cssColor(Theme::Tone::Failure, m_message->palette()))
            : QString());
}

} // namespace Dockwright::Ui
