// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/builder/buildrequest.h"
#include "core/builder/buildresult.h"
#include "core/builder/gitprovenance.h"
#include "core/context/contexterror.h"
#include "core/context/contextpreview.h"
#include "core/engine/engineclient.h"
#include "core/jobs/jobtracker.h"

#include <QPointer>
#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace Dockwright::Core {
class BuildJob;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

class BuildArgsForm;
class DockerfileSourceBar;
class BuildComparisonModel;
class BuildHistoryModel;
class BuildHistoryView;
class BuildRunView;
class BuildStepModel;

// The Build work area: a form generated from the Dockerfile (build args, target, tags, labels, flags)
// kept in sync with its exact `docker build` command both ways, a preview of the context, and the
// build itself with live steps, logs, the failing line and the result.
class BuildPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildPanel)
public:
    // client may be null (tests without an engine); Build then says so.
    explicit BuildPanel(Core::EngineClient *client, QWidget *parent = nullptr);
    ~BuildPanel() override;

    // Loads a Dockerfile and rebuilds the form from it; contextDir defaults to the Dockerfile's folder.
    // Provenance build args, tags and OCI labels are filled from git. The file is read as a job; then
    // dockerfileOpened() and `then`, or a message saying why it cannot be read.
    // When the editor holds that file, its text is used (no disk read, done at once); opening the same
    // file again keeps the values and the tags the user typed.
    void openDockerfile(const QString &path, const QString &contextDir = {}, std::function<void()> then = {});
    // The document open in the editor, fed on every change by the main window. While it is this panel's
    // Dockerfile the form follows its text live, and a build sends that text when it differs from the
    // file on disk (unless "Build the file on disk" is chosen; see dockerfileSourceBar()).
    void setEditorDocument(const QString &path, const QString &text, bool differsFromDisk);
    // The next build sends the editor's text rather than the file.
    bool buildsEditorText() const;
    DockerfileSourceBar *dockerfileSourceBar() const { return m_sourceBar; }
    QString dockerfilePath() const { return m_dockerfilePath; }
    QString contextDir() const;

    // The request the form describes and its `docker build` command line.
    Core::BuildRequest request() const;
    QString commandText() const;
    // The same command one flag per line with backslash continuations, as the panel shows it.
    QString commandDisplayText() const;
    // Fills the form from a pasted command. False (form unchanged) when it is not a docker build command;
    // pasteMessage() says why. Otherwise the form is filled (after reading the command's Dockerfile, a
    // job) and commandPasted() follows; pasteMessage() then names the flags that were left out.
    bool pasteCommand(const QString &commandLine);
    QString pasteMessage() const { return m_pasteMessage; }
    // Replaces what git said (tests, or a checkout git cannot read) and refills the provenance fields.
    void setProvenance(const Core::GitProvenance &provenance);

    BuildArgsForm *argsForm() const { return m_args; }
    BuildStepModel *stepModel() const;
    QTreeView *stepView() const;
    // The step model row of the view's current step; -1 when none.
    int currentStepRow() const;
    QStringList targetStages() const;
    void setTarget(const QString &stage);
    void setTags(const QStringList &tags);
    QStringList tags() const;

    // Context preview (computed on a worker thread); contextPreviewReady() follows.
    void refreshContextPreview();
    const Core::ContextPreview &contextPreview() const { return m_preview; }
    QString contextSummary() const;

    // Named setups of this project (BuildProfiles), stored as their docker build command.
    QStringList profileNames() const;
    void saveProfile(const QString &name);
    bool loadProfile(const QString &name);

    // The project's earlier builds (BuildHistory) and the step-by-step comparison of two of them.
    BuildHistoryModel *historyModel() const;
    BuildComparisonModel *comparisonModel() const;
    // Reads the history file as a job; historyLoaded() follows.
    void reloadHistory();
    // Rows of historyModel(); the older build is the "before".
    void compareHistory(int row, int otherRow);

    // From startBuild() (git is asked first, then the context is packed) until buildFinished().
    bool isBuilding() const;
    const Core::BuildResult &lastResult() const { return m_result; }
    // The result as shown under the steps (image, tags, size, time, cache hits).
    QString resultText() const;

public Q_SLOTS:
    void startBuild();
    void cancelBuild();

Q_SIGNALS:
    // The Dockerfile line of the step that failed (absolute file path), for the editor to mark.
    void failedAt(const QString &file, int line);
    void exploreLayersRequested(const QString &image);
    void runRequested(const QString &image);
    void contextPreviewReady();
    void historyLoaded();
    void buildFinished(const Dockwright::Core::BuildResult &result);
    // The form was rebuilt from the Dockerfile's (or the editor's) text.
    void dockerfileApplied();
    // openDockerfile() (or a pasted command) read the Dockerfile and rebuilt the form from it.
    void dockerfileOpened(const QString &path);
    // pasteCommand() filled the form; pasteMessage() says what was left out.
    void commandPasted();
    // "Save" in the unsaved-changes bar: the editor should save its document.
    void saveEditorRequested();

private:
    struct PreviewResult
    {
        std::optional<Core::ContextPreview> preview;
        Core::ContextError error;
    };

    void buildUi();
    void applyDockerfileText(const QByteArray &text, bool keepValues);
    bool editorHoldsDockerfile() const;
    void updateSourceBar();
    void launchBuild();
    void applyCollectedProvenance(const Core::GitProvenance &provenance);
    void chooseDockerfile();
    void chooseContext();
    void updateCommand();
    void applyProvenance(const Core::GitProvenance &previous);
    void applyRequest(const Core::BuildRequest &request, std::function<void()> then);
    void applyRequestValues(const Core::BuildRequest &request);
    // Reads the Dockerfile (a job, unless the editor holds it) and rebuilds the form from it; `done`
    // gets an empty string, or why it could not be read (the form is then unchanged).
    void loadDockerfile(
        const QString &path, const QString &contextDirectory, std::function<void(const QString &error)> done);
    void applyDockerfile(const QString &absolute, const QByteArray &text, const QString &contextDirectory);
    void onJobFailed(const Core::BuildError &error);
    void onJobSucceeded(const Core::BuildResult &result);
    void onJobFinished();
    void showMessage(const QString &text, bool error);
    void onEngineStateChanged(Core::EngineClient::State state);
    void reloadProfiles();
    QString absoluteDockerfileFor(const QString &file) const;
    QString imageReference() const;

    QPointer<Core::EngineClient> m_client;
    QString m_dockerfilePath;
    Core::GitProvenance m_provenance;
    QList<Core::BuildRequest::Arg> m_extraArgs; // pasted args the Dockerfile does not declare
    QString m_networkMode;
    QString m_pasteMessage;
    QString m_autoTags; // the tags and labels we suggested, replaced on a new suggestion
    QString m_autoLabels;
    bool m_updating = false;
    bool m_noEngineMessage = false; // the message says there is no engine; cleared on connect
    bool m_parseMessage = false; // the message names a Dockerfile syntax error; cleared once fixed
    bool m_contextEdited = false; // the user chose the context folder: a new Dockerfile path keeps it
    QString m_editorPath; // the editor's document, absolute
    QString m_editorText;
    bool m_editorDiffers = false;
    QTimer *m_editorTimer = nullptr; // follows the editor's typing, a little behind
    DockerfileSourceBar *m_sourceBar = nullptr;

    QLineEdit *m_dockerfileEdit = nullptr;
    QLineEdit *m_contextEdit = nullptr;
    QComboBox *m_profiles = nullptr;
    BuildHistoryView *m_historyView = nullptr;
    QComboBox *m_target = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_labels = nullptr;
    QCheckBox *m_noCache = nullptr;
    QCheckBox *m_pull = nullptr;
    QComboBox *m_platform = nullptr;
    BuildArgsForm *m_args = nullptr;
    QPlainTextEdit *m_command = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;

    QTextBrowser *m_contextView = nullptr;
    Core::ContextPreview m_preview;
    QTimer *m_previewTimer = nullptr;

    BuildRunView *m_run = nullptr;
    Core::BuildJob *m_job = nullptr;
    Core::BuildResult m_result;

    Core::JobTracker m_dockerfileJob {this}; // reads the Dockerfile chosen
    Core::JobTracker m_previewJob {this};
    Core::JobTracker m_gitJob {this};
    Core::JobTracker m_startJob {this};
};

} // namespace Dockwright::Ui
