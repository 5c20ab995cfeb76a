// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/jobtracker.h"
#include "documentanalysis.h"
#include "recoverystore.h"

#include <QWidget>

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
    RecoveryStore &recoveryStore() { return m_recovery; }

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

    // Non-interactive file operations (blocking: tests and scripts); false with `error` set on failure.
    bool openFile(const QString &path, QString *error = nullptr);
    bool saveTo(const QString &path, QString *error = nullptr);
    bool newFromTemplate(const QString &templateId, const QString &dockerfilePath, QString *error = nullptr);
    void newDocument();

    // Interactive: asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    bool save();
    bool saveAs();

    // Crash recovery: the autosave copy is written every interval while the text is modified.
    void setAutosaveInterval(int ms);
    bool autosaveNow();
    QString recoveryId() const { return m_recoveryId; }
    // Offers the newest autosave copy of an earlier session in the banner; false when there is none.
    bool offerRecovery();
    void restoreRecovery(const RecoveryStore::Entry &entry);

Q_SIGNALS:
    // File name or modified state changed.
    void documentTitleChanged(const QString &title);
    // The text, the file or the modified state changed (the Build area follows the editor live).
    void documentChanged();

private:
    void buildActions();
    void rebuildRecentMenu();
    void openInteractively();
    void openPath(const QString &path);
    void newFromTemplateInteractively(const QString &templateId);
    void onAnalyzed(const DocumentAnalysis &analysis);
    void onCursorMoved(int line, int index);
    void onFileChangedOnDisk(const QString &path);
    void watch(const QString &path);
    void setPath(const QString &path);
    void updateTitle();
    void showError(const QString &message);

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
    RecoveryStore m_recovery;
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
    Core::JobTracker m_templateJob {this}; // writes a new project from a template
};

} // namespace Dockwright::Ui
