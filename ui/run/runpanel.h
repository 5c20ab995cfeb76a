// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "containercontroller.h"
#include "core/run/checkup.h"
#include "core/run/dockerruncommand.h"
#include "core/run/hardening.h"
#include "core/run/imagepasswdreader.h"
#include "core/run/imageruninfo.h"
#include "core/run/runprofile.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace Dockwright::Core {
class EngineClient;
class EngineCall;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

class CapabilitiesModel;
class EnvModel;
class HardeningModel;
class ImagesModel;
class LogModel;
class MountsModel;
class PortsModel;
class TmpfsModel;

// The Run work area: a form over one RunProfile (image, ports, environment, mounts, hardening) kept in
// sync with its `docker run` command both ways, the hardening checklist with its score and warnings,
// and the container it started: logs, state, health, CPU/memory and the in-container checkup.
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

    const Core::RunProfile &profile() const { return m_profile; }
    // Shows a whole profile in the form (the command, the checklist and the warnings follow).
    void setProfile(const Core::RunProfile &profile);
    // The docker run command of the current form, as shown (one flag per line).
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

    PortsModel *portsModel() const { return m_ports; }
    EnvModel *envModel() const { return m_env; }
    MountsModel *bindsModel() const { return m_binds; }
    MountsModel *volumesModel() const { return m_volumes; }
    TmpfsModel *tmpfsModel() const { return m_tmpfs; }
    CapabilitiesModel *capabilitiesModel() const { return m_caps; }
    HardeningModel *hardeningModel() const { return m_hardening; }
    LogModel *logModel() const { return m_logModel; }
    ContainerController *controller() const { return m_controller; }

    // Starts the form's container; the log view, state and stats follow it.
    void run();
    void runCheckup();
    const Core::Checkup::Result &checkupResult() const { return m_checkup->result(); }
    // Writes the log view's lines to a file (QSaveFile); false with *error on failure.
    bool saveLog(const QString &path, QString *error) const;

Q_SIGNALS:
    void profileChanged(const Dockwright::Core::RunProfile &profile);
    void checkupFinished(const Dockwright::Core::Checkup::Result &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void saveForm();
    QTimer m_saveTimer;
    QWidget *buildForm();
    QWidget *buildCommandArea();
    QWidget *buildExecutionArea();
    QWidget *tableWithButtons(QTableView *view, const QString &addText, const std::function<void()> &add);
    void connectModel(QAbstractItemModel *model);
    void readForm();
    void loadForm();
    void refresh();
    void onImageChosen();
    void inspectImage(const QString &ref, bool prefill);
    void updateImageHint();
    // Reads the image's /etc/passwd in the background so a --user the image lacks is warned about.
    void readPasswd(const QString &ref);
    void updateRunState();
    void showCheckup(const Core::Checkup::Result &result);
    void findInLog(bool backwards);
    void copyCommand();
    void askPaste();
    void saveLogAs();
    void rebuildImageList();

    QPointer<Core::EngineClient> m_client;
    QPointer<ImagesModel> m_images;
    Core::RunProfile m_profile;
    std::optional<Core::ImageRunInfo> m_imageInfo;
    QString m_imageInfoRef; // the image m_imageInfo describes
    QString m_prefilledRef; // the image the form was last prefilled from
    QPointer<Core::EngineCall> m_imageCall;
    QPointer<Core::ImagePasswdReader> m_passwdReader; // the latest read; older ones finish on their own
    std::optional<Core::ImagePasswdReader::Result> m_passwd; // the last read that succeeded
    bool m_loading = false;
    QString m_stateNote; // "creating…", or why the last action failed

    PortsModel *m_ports = nullptr;
    EnvModel *m_env = nullptr;
    MountsModel *m_binds = nullptr;
    MountsModel *m_volumes = nullptr;
    TmpfsModel *m_tmpfs = nullptr;
    CapabilitiesModel *m_caps = nullptr;
    HardeningModel *m_hardening = nullptr;
    LogModel *m_logModel = nullptr;
    QStringListModel *m_imageList = nullptr;
    ContainerController *m_controller = nullptr;
    Core::Checkup *m_checkup = nullptr;

    QComboBox *m_image = nullptr;
    QLabel *m_imageHint = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_command = nullptr;
    QLineEdit *m_entrypoint = nullptr;
    QLineEdit *m_workdir = nullptr;
    QComboBox *m_network = nullptr;
    QComboBox *m_restart = nullptr;
    QCheckBox *m_autoRemove = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_userWarning = nullptr;
    QLineEdit *m_memory = nullptr;
    QLineEdit *m_cpus = nullptr;
    QSpinBox *m_pids = nullptr;
    QTreeView *m_checklist = nullptr;
    QLabel *m_explanation = nullptr;
    QProgressBar *m_score = nullptr;
    QLabel *m_scoreLabel = nullptr;
    QLabel *m_warnings = nullptr;
    QPlainTextEdit *m_commandView = nullptr;
    QLabel *m_pasteMessage = nullptr;

    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_killButton = nullptr;
    QPushButton *m_restartButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_checkupButton = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_stats = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListView *m_logView = nullptr;
    QCheckBox *m_timestamps = nullptr;
    QCheckBox *m_follow = nullptr;
    QLineEdit *m_search = nullptr;
    QTextBrowser *m_checkupView = nullptr;
};

} // namespace Dockwright::Ui
