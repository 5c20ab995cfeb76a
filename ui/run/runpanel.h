// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/run/checkup.h"
#include "core/run/hardening.h"
#include "core/run/imagepasswdreader.h"
#include "core/run/imageruninfo.h"
#include "core/run/runprofile.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <optional>

class QSplitter;

namespace Dockwright::Core {
class EngineClient;
class EngineCall;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

class CapabilitiesModel;
class ContainerController;
class ContainersModel;
class ContainerView;
class EnvModel;
class HardeningModel;
class HardeningView;
class ImagesModel;
class LogModel;
class MountsModel;
class PortsModel;
class RunCommandView;
class RunForm;
class TmpfsModel;

// The Run work area. It holds one RunProfile and wires its pieces: the form that edits it (RunForm),
// the hardening checklist and score (HardeningView), its `docker run` command (RunCommandView) and the
// containers started from it (ContainerView, over the shared ContainersModel). It asks the engine about
// the chosen image (inspect, /etc/passwd) and remembers the form between sessions.
class RunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPanel)
public:
    // images feeds the image chooser; both may be null (tests without an engine).
    RunPanel(Core::EngineClient *client, ImagesModel *images, QWidget *parent = nullptr);
    ~RunPanel() override;

    // QSettings key of the last form, kept as its docker run command so it survives a restart.
    static QString settingsKey() { return QStringLiteral("run/lastCommand"); }

    // The engine's containers, shared with the Containers page: the panel lists the ones it started.
    void setContainersModel(ContainersModel *model);

    const Core::RunProfile &profile() const { return m_profile; }
    // Shows a whole profile in the form (the command, the checklist and the warnings follow).
    void setProfile(const Core::RunProfile &profile);
    // The form on another image (Run from Build or Images): inspected like one picked in the form, so
    // its USER, ports and healthcheck count in the checks and prefill the form.
    void runImage(const QString &imageRef);
    // The docker run command of the current form, as shown (one flag per line); empty without an image.
    QString commandText() const;
    // Reads a pasted command into the form. Returns false (form unchanged) when it is not usable;
    // pasteMessage() then says why, or names the flags that were left out.
    bool pasteCommand(const QString &commandLine);
    QString pasteMessage() const;
    // Fills ports, environment, user and healthcheck from an inspected image (RunProfile::fromImage).
    void prefillFromImage(const QString &imageRef, const Core::ImageRunInfo &info);
    void applyProductionPosture();
    Core::Hardening::Report hardeningReport() const;

    // The selected check's explanation as shown beside the checklist.
    QString explanationText() const;
    void showExplanation(Core::Hardening::Check check);

    RunForm *form() const { return m_form; }
    HardeningView *hardeningView() const { return m_hardeningView; }
    ContainerView *containerView() const { return m_containerView; }
    PortsModel *portsModel() const;
    EnvModel *envModel() const;
    MountsModel *bindsModel() const;
    MountsModel *volumesModel() const;
    TmpfsModel *tmpfsModel() const;
    CapabilitiesModel *capabilitiesModel() const;
    HardeningModel *hardeningModel() const;
    LogModel *logModel() const;
    ContainerController *controller() const;

    // Starts the form's container; the log view, state and stats follow it.
    void run();
    void runCheckup();
    const Core::Checkup::Result &checkupResult() const;

Q_SIGNALS:
    void profileChanged(const Dockwright::Core::RunProfile &profile);
    void checkupFinished(const Dockwright::Core::Checkup::Result &result);

private:
    void saveForm();
    void refresh();
    const Core::ImageRunInfo *currentImageInfo() const;
    void onImageChosen(const QString &ref);
    void inspectImage(const QString &ref, bool prefill);
    // Reads the image's /etc/passwd in the background so a --user the image lacks is warned about.
    void readPasswd(const QString &ref);
    void rebuildImageList();

    QPointer<Core::EngineClient> m_client;
    QPointer<ImagesModel> m_images;
    Core::RunProfile m_profile;
    std::optional<Core::ImageRunInfo> m_imageInfo;
    QString m_imageInfoRef; // the image m_imageInfo describes
    QString m_prefilledRef; // the image the form was last prefilled from
    QString m_imageError; // why the image in the form cannot be inspected (rich text)
    QString m_imageErrorRef;
    QPointer<Core::EngineCall> m_imageCall;
    QPointer<Core::ImagePasswdReader> m_passwdReader; // the latest read; older ones finish on their own
    std::optional<Core::ImagePasswdReader::Result> m_passwd; // the last read that succeeded
    QTimer m_saveTimer;

    RunForm *m_form = nullptr;
    HardeningView *m_hardeningView = nullptr;
    RunCommandView *m_commandView = nullptr;
    ContainerView *m_containerView = nullptr;
};

} // namespace Dockwright::Ui
