// SPDX-License-Identifier: GPL-3.0-or-later
#include "runpanel.h"

#include "containercontroller.h"
#include "containerview.h"
#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/run/dockerruncommand.h"
#include "hardeningmodel.h"
#include "hardeningview.h"
#include "runcommandview.h"
#include "runform.h"
#include "runpresenter.h"
#include "ui/engine/imagesmodel.h"

#include <QFrame>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace Dockwright::Ui {

using namespace Dockwright::Core;

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

    m_form = new RunForm;
    m_hardeningView = new HardeningView;
    m_commandView = new RunCommandView;
    m_containerView = new ContainerView(client);

    // Form | (hardening and command side by side, the containers and their log below).
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("runSplit"));
    split->setChildrenCollapsible(false);
    auto *formScroll = new QScrollArea(split);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setWidget(m_form);
    // The splitter must not squeeze the form below what its fields need.
    formScroll->setMinimumWidth(
        m_form->minimumSizeHint().width() + formScroll->verticalScrollBar()->sizeHint().width());
    auto *right = new QSplitter(Qt::Vertical, split);
    right->setChildrenCollapsible(false);
    auto *top = new QSplitter(Qt::Horizontal, right);
    top->setChildrenCollapsible(false);
    top->addWidget(m_hardeningView);
    top->addWidget(m_commandView);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    right->addWidget(top);
    right->addWidget(m_containerView);
    // Half each: the checklist wants its ten rows, the containers their list and log.
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    split->addWidget(formScroll);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    // On a very small window the page scrolls as a whole instead of forcing the main window to grow.
    auto *page = new QScrollArea(this);
    page->setFrameShape(QFrame::NoFrame);
    page->setWidgetResizable(true);
    page->setWidget(split);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(page);

    connect(m_form, &RunForm::profileEdited, this, [this](const RunProfile &profile) {
        m_profile = profile;
        refresh();
    });
    connect(m_form, &RunForm::imageChosen, this, &RunPanel::onImageChosen);
    connect(m_form, &RunForm::explainRequested, m_hardeningView, &HardeningView::showExplanation);
    connect(m_hardeningView, &HardeningView::toggled, this, [this](Hardening::Check check, bool on) {
        Hardening::setApplied(m_profile, check, on);
        m_form->setProfile(m_profile);
        refresh();
        showExplanation(check);
    });
    connect(m_hardeningView, &HardeningView::productionPostureRequested, this, &RunPanel::applyProductionPosture);
    connect(m_commandView, &RunCommandView::pasteRequested, this, &RunPanel::pasteCommand);
    connect(m_containerView, &ContainerView::runRequested, this, &RunPanel::run);
    connect(m_containerView, &ContainerView::checkupFinished, this, &RunPanel::checkupFinished);

    if (m_client) {
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
    m_form->setProfile(m_profile);
    refresh();
    m_saveTimer.stop(); // nothing changed yet
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

void RunPanel::setContainersModel(ContainersModel *model)
{
    m_containerView->setContainersModel(model);
}

PortsModel *RunPanel::portsModel() const
{
    return m_form->portsModel();
}

EnvModel *RunPanel::envModel() const
{
    return m_form->envModel();
}

MountsModel *RunPanel::bindsModel() const
{
    return m_form->bindsModel();
}

MountsModel *RunPanel::volumesModel() const
{
    return m_form->volumesModel();
}

TmpfsModel *RunPanel::tmpfsModel() const
{
    return m_form->tmpfsModel();
}

CapabilitiesModel *RunPanel::capabilitiesModel() const
{
    return m_form->capabilitiesModel();
}

HardeningModel *RunPanel::hardeningModel() const
{
    return m_hardeningView->model();
}

LogModel *RunPanel::logModel() const
{
    return m_containerView->logModel();
}

ContainerController *RunPanel::controller() const
{
    return m_containerView->controller();
}

// ---- profile -------------------------------------------------------------------------------------

void RunPanel::setProfile(const RunProfile &profile)
{
    m_profile = profile;
    m_form->setProfile(m_profile);
    refresh();
    // The checks speak about the image too (its USER): a profile on an image not inspected yet asks.
    if (!m_profile.image.isEmpty() && m_profile.image != m_imageInfoRef)
        inspectImage(m_profile.image, false);
}

void RunPanel::runImage(const QString &imageRef)
{
    m_profile.image = imageRef;
    m_form->setProfile(m_profile);
    refresh();
    if (imageRef != m_imageInfoRef)
        inspectImage(imageRef, imageRef != m_prefilledRef);
}

QString RunPanel::commandText() const
{
    // No image, no command: `docker run ''` would only be a command that fails.
    if (m_profile.image.isEmpty())
        return {};
    DockerRunCommand::Options options;
    options.multiLine = true;
    return DockerRunCommand::toShell(m_profile, options);
}

const ImageRunInfo *RunPanel::currentImageInfo() const
{
    return m_imageInfo && m_imageInfoRef == m_profile.image ? &*m_imageInfo : nullptr;
}

Hardening::Report RunPanel::hardeningReport() const
{
    return Hardening::evaluate(m_profile, currentImageInfo());
}

void RunPanel::refresh()
{
    m_commandView->setCommand(commandText());
    const ImageRunInfo *image = currentImageInfo();
    const Hardening::Report report = Hardening::evaluate(m_profile, image);
    m_hardeningView->setReport(report);
    if (!m_hardeningView->postureNote().isEmpty())
        m_hardeningView->setPostureNote(Hardening::productionWritablePathsNote(image));
    m_form->setUserWarning(RunPresenter::userWarningHtml(m_profile, image, report, palette()));

    if (m_profile.image.isEmpty())
        m_form->setImageHint(tr("Choose an image from the engine or type its name."));
    else if (!m_imageError.isEmpty() && m_imageErrorRef == m_profile.image)
        m_form->setImageHint(m_imageError);
    else if (image)
        m_form->setImageHint(RunPresenter::imageHintHtml(*image));
    else
        m_form->setImageHint({});

    const QString error = RunPresenter::firstError(report);
    m_containerView->setRunBlocker(m_profile.image.isEmpty() ? tr("Choose an image first.")
            : error.isEmpty()                                ? QString()
                                                             : tr("The engine would refuse this run: %1").arg(error));
    m_containerView->setImage(m_profile.image);
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
    m_form->setImageTags(tags);
}

void RunPanel::onImageChosen(const QString &ref)
{
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
            if (call->error().kind != EngineError::Kind::Cancelled) {
                m_imageErrorRef = ref;
                m_imageError = RunPresenter::colored(call->httpStatus() == 404
                        ? tr("This image is not on the engine: build or pull it first.")
                        : call->error().message,
                    RunWarning::Severity::Warning, palette());
                if (m_profile.image == ref)
                    refresh();
            }
            return;
        }
        if (m_imageErrorRef == ref)
            m_imageError.clear();
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
    m_form->setProfile(m_profile);
    refresh();
}

// ---- hardening -----------------------------------------------------------------------------------

void RunPanel::applyProductionPosture()
{
    const ImageRunInfo *image = currentImageInfo();
    // Only tmpfs paths that fit this image: the guide's /app/logs is for images that work in /app.
    Hardening::applyProductionPosture(m_profile, image);
    // The limits and the user are part of the guide's production run too.
    for (Hardening::Check check :
        {Hardening::Check::MemoryLimit, Hardening::Check::CpuLimit, Hardening::Check::PidsLimit})
        Hardening::setApplied(m_profile, check, true);
    const auto user = Hardening::effectiveUser(m_profile, image);
    if (!user || Hardening::isRootUser(*user))
        Hardening::setApplied(m_profile, Hardening::Check::NonRootUser, true);
    m_hardeningView->setPostureNote(Hardening::productionWritablePathsNote(image));
    m_form->setProfile(m_profile);
    refresh();
}

void RunPanel::showExplanation(Hardening::Check check)
{
    m_hardeningView->showExplanation(check);
}

QString RunPanel::explanationText() const
{
    return m_hardeningView->explanationText();
}

// ---- command ---------------------------------------------------------------------------------------

bool RunPanel::pasteCommand(const QString &commandLine)
{
    const DockerRunCommand::ParseResult parsed = DockerRunCommand::parse(commandLine);
    m_commandView->setMessage(RunPresenter::pasteMessageHtml(parsed, palette()));
    if (!parsed.ok())
        return false;
    m_profile = parsed.profile;
    // A pasted command says what it wants: the image's defaults are not added on top.
    m_prefilledRef = m_profile.image;
    m_form->setProfile(m_profile);
    refresh();
    if (!m_profile.image.isEmpty() && m_profile.image != m_imageInfoRef)
        inspectImage(m_profile.image, false);
    return true;
}

QString RunPanel::pasteMessage() const
{
    return m_commandView->message();
}

// ---- execution -------------------------------------------------------------------------------------

void RunPanel::run()
{
    m_containerView->start(m_profile);
}

void RunPanel::runCheckup()
{
    m_containerView->runCheckup();
}

const Checkup::Result &RunPanel::checkupResult() const
{
    return m_containerView->checkupResult();
}

} // namespace Dockwright::Ui
