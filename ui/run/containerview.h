// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "containerstats.h"
#include "core/jobs/jobtracker.h"
#include "core/run/checkup.h"
#include "core/run/runprofile.h"

#include <QGroupBox>
#include <QPointer>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace Dockwright::Core {
class EngineClient;
}

namespace Dockwright::Ui {

class ContainerController;
class ContainersModel;
class LogModel;
class RunContainersProxy;

// The containers of the run form: Run and the actions (stop, kill, restart, remove, checkup) for the
// container being followed, the list of containers this form started or that run its image (rows of
// the shared ContainersModel, so the Containers page shows the same), its state with what an exit code
// means, its stats (the last ones seen once it stopped), and its log and checkup.
class ContainerView final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerView)
public:
    explicit ContainerView(Core::EngineClient *client, QWidget *parent = nullptr);
    ~ContainerView() override;

    ContainerController *controller() const { return m_controller; }
    LogModel *logModel() const { return m_logModel; }
    RunContainersProxy *containers() const { return m_containers; }

    // The engine's containers, shared with the Containers page; may be null (tests without an engine).
    void setContainersModel(ContainersModel *model);
    // The form's image: its containers are listed too.
    void setImage(const QString &image);
    // Why Run cannot start the form's container now (no image, an error the engine would refuse);
    // empty when it can.
    void setRunBlocker(const QString &why);

    // Creates and starts a container from the profile and follows it.
    void start(const Core::RunProfile &profile);
    // Follows an existing container from the list.
    void follow(const QString &id);
    void runCheckup();
    const Core::Checkup::Result &checkupResult() const { return m_checkup->result(); }
    // Writes the log view's lines to a file (QSaveFile) in the background; logSaved reports the result.
    void saveLog(const QString &path);

Q_SIGNALS:
    // error is empty when the file was written.
    void logSaved(const QString &path, const QString &error);
    void runRequested();
    void checkupFinished(const Dockwright::Core::Checkup::Result &result);

private:
    QWidget *buildLogs();
    void updateState();
    void onStats(const ContainerStats &stats);
    void selectFollowed();
    void findInLog(bool backwards);
    void saveLogAs();

    QPointer<Core::EngineClient> m_client;
    ContainerController *m_controller = nullptr;
    Core::Checkup *m_checkup = nullptr;
    LogModel *m_logModel = nullptr;
    RunContainersProxy *m_containers = nullptr;
    QString m_runBlocker;
    QString m_note; // "creating…", or why the last action failed
    std::optional<ContainerStats> m_lastStats; // the last sample while it ran

    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_killButton = nullptr;
    QPushButton *m_restartButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_checkupButton = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_stats = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListView *m_logView = nullptr;
    QCheckBox *m_timestamps = nullptr;
    QCheckBox *m_follow = nullptr;
    QLineEdit *m_search = nullptr;
    QTextBrowser *m_checkupView = nullptr;
    Core::JobTracker m_saveJob {this};
};

} // namespace Dockwright::Ui
