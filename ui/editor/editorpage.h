// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/files/recoverystore.h"
#include "core/jobs/jobtracker.h"
#include "documentanalysis.h"

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QSplitter;
class QTimer;
class QTreeView;

namespace Dockwright::Ui {

class DocumentAnalyzer;
class DockerfileEditor;
class FindBar;
class InfoBanner;
class OutlineModel;
class ProblemsModel;

// The Editor work area: the Dockerfile editor with its outline, Problems view and find bar, plus the
// file handling around it (open, atomic save, unsaved-changes prompts, autosave and crash recovery,
// recent files, reload when the file changes on disk, new from template).
class EditorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorPage)
public:
    static constexpr int DefaultAutosaveMs = 30 * 1000;

    explicit EditorPage(QWidget *parent = nullptr);
    ~EditorPage() override;

    DockerfileEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    InfoBanner *banner() const { return m_banner; }
    ProblemsModel *problemsModel() const { return m_problemsModel; }
    OutlineModel *outlineModel() const { return m_outlineModel; }
    QTreeView *problemsView() const { return m_problemsView; }
    QTreeView *outlineView() const { return m_outlineView; }
    DocumentAnalyzer *analyzer() const { return m_analyzer; }
    const Core::RecoveryStore &recoveryStore() const { return m_recovery; }

    // File menu entries in menu order; the main window puts them in its File menu.
    QList<QAction *> fileActions() const;
    QMenu *recentFilesMenu() const { return m_recentMenu; }
    // Find, Replace, Find Next, Find Previous.
    QList<QAction *> editActions() const;

    // Local image names for completion after FROM (fed from the engine's image list).
    void setImageNames(const QStringList &names);

    QString filePath() const { return m_path; }
    bool isModified() const;
    // The text shown, saved or not: what the Build area builds.
    QString text() const;
    // The text is not what the file on disk holds as far as the page knows (unsaved edits, or a change
    // on disk the user kept out).
    bool differsFromDisk() const;
    // Title for the window or tab: file name (or "Untitled") with a marker when modified.
    QString documentTitle() const;

    // File operations run as jobs: the GUI thread never touches the disk. Each one ends in fileOpened,
    // fileSaved or fileFailed (the page also shows the failure in its banner); `then` runs after a
    // success only. They reach the disk in the order they were asked for (JobTracker::serialPool()).
    enum class OnFailure { Report, StayQuiet };
    // StayQuiet: a guess that may not be a Dockerfile at all (a command-line word): no banner, no signal.
    void openFile(const QString &path, std::function<void()> then = {}, OnFailure onFailure = OnFailure::Report);
    // Opens the Dockerfile of a project folder: the first of the names docker and podman look for.
    void openProjectFolder(const QString &folder);
    void saveTo(const QString &path, std::function<void()> then = {});
    // Writes the template's project next to `dockerfilePath` (never replacing an existing
    // .dockerignore unless `replaceDockerignore`) and opens its Dockerfile.
    void newFromTemplate(const QString &templateId, const QString &dockerfilePath, bool replaceDockerignore = true);
    void newDocument();

    // Interactive: asks to save unsaved changes, then runs `proceed` once they are saved or
    // discarded (at once when there are none); never when the user cancels or the save fails.
    // False when the user cancelled (the question or the file dialog).
    bool maybeSave(std::function<void()> proceed);
    // Saves (asking for a name when the document has none); false when the user cancelled that.
    bool save(std::function<void()> then = {});
    bool saveAs(std::function<void()> then = {});

    // Crash recovery: the autosave copy is written every interval while the text is modified.
    void setAutosaveInterval(int ms);
    // Starts writing the autosave copy; false when there is nothing to keep.
    bool autosaveNow();
    QString recoveryId() const { return m_recoveryId; }
    // Offers the newest autosave copy of an earlier session in the banner, if there is one.
    void offerRecovery();
    void restoreRecovery(const Core::RecoveryStore::Entry &entry);

Q_SIGNALS:
    // File name or modified state changed.
    void documentTitleChanged(const QString &title);
    // The text, the file or the modified state changed (the Build area follows the editor live).
    void documentChanged();
    void fileOpened(const QString &path);
    void fileSaved(const QString &path);
    void fileFailed(const QString &message);

private:
    void buildActions();
    void rebuildRecentMenu();
    void openInteractively();
    // What an open job read: the text, or why not.
    struct Loaded
    {
        QString path;
        std::optional<QString> text;
        QString error;
    };
    static Loaded load(const QString &path); // blocking: in a job
    void applyLoaded(const Loaded &loaded);
    void fail(const QString &message);
    void removeRecoveryCopy(const QString &id);
    void newFromTemplateInteractively(const QString &templateId);
    void onAnalyzed(const DocumentAnalysis &analysis);
    void onCursorMoved(int line, int index);
    void onFileChangedOnDisk(const QString &path);
    void watch(const QString &path);
    void setPath(const QString &path);
    void updateTitle();

    DockerfileEditor *m_editor = nullptr;
    FindBar *m_findBar = nullptr;
    InfoBanner *m_banner = nullptr;
    QLabel *m_problemsSummary = nullptr;
    ProblemsModel *m_problemsModel = nullptr;
    OutlineModel *m_outlineModel = nullptr;
    QTreeView *m_problemsView = nullptr;
    QTreeView *m_outlineView = nullptr;
    DocumentAnalyzer *m_analyzer = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    Core::RecoveryStore m_recovery;
    QString m_recoveryId;
    QString m_path;
    QString m_diskText; // what the file on disk holds as far as we know, to ignore our own writes

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QMenu *m_templateMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    // All on JobTracker::serialPool(), so they reach the disk in order.
    Core::JobTracker m_openJob {this};
    Core::JobTracker m_saveJob {this};
    Core::JobTracker m_templateJob {this}; // writes a new project from a template
    Core::JobTracker m_diskCheckJob {this}; // reads the file again when it changed on disk
    Core::JobTracker m_recoveryJob {this}; // lists and restores autosave copies
};

} // namespace Dockwright::Ui
