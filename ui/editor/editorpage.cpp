// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorpage.h"

#include "core/files/templatecatalog.h"
#include "core/files/textfile.h"
#include "dockerfileeditor.h"
#include "documentanalyzer.h"
#include "findbar.h"
#include "infobanner.h"
#include "outlinemodel.h"
#include "problemsmodel.h"
#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Dockwright::Ui {

namespace {
constexpr int OutlineWidth = 240;
constexpr int ProblemsHeight = 160;
} // namespace

EditorPage::EditorPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("editorPage"));
    m_editor = new DockerfileEditor(this);
    m_editor->setObjectName(QStringLiteral("dockerfileEditor"));
    m_findBar = new FindBar(m_editor, this);
    m_banner = new InfoBanner(this);
    m_analyzer = new DocumentAnalyzer(this);
    m_watcher = new QFileSystemWatcher(this);
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setInterval(DefaultAutosaveMs);
    m_recoveryId = Core::RecoveryStore::idFor({});

    m_outlineModel = new OutlineModel(this);
    m_outlineView = new QTreeView(this);
    m_outlineView->setObjectName(QStringLiteral("outlineView"));
    m_outlineView->setModel(m_outlineModel);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setUniformRowHeights(true);
    m_outlineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outlineView->setAccessibleName(tr("Outline"));

    m_problemsModel = new ProblemsModel(this);
    m_problemsView = new QTreeView(this);
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setModel(m_problemsModel);
    m_problemsView->setRootIsDecorated(false);
    m_problemsView->setUniformRowHeights(true);
    m_problemsView->setAlternatingRowColors(true);
    m_problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsView->setAccessibleName(tr("Problems"));
    m_problemsView->header()->setStretchLastSection(false);
    m_problemsView->header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_problemsView->header()->setSectionResizeMode(ProblemsModel::RuleColumn, QHeaderView::ResizeToContents);
    m_problemsView->header()->setSectionResizeMode(ProblemsModel::LineColumn, QHeaderView::ResizeToContents);
    m_problemsSummary = new QLabel(this);

    auto *editorColumn = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorColumn);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_banner);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_outlineView);
    top->addWidget(editorColumn);
    top->setStretchFactor(1, 1);
    top->setSizes({OutlineWidth, 1000});

    auto *problemsPanel = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problemsPanel);
    problemsLayout->setContentsMargins(4, 2, 0, 0);
    problemsLayout->setSpacing(2);
    problemsLayout->addWidget(m_problemsSummary);
    problemsLayout->addWidget(m_problemsView, 1);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(problemsPanel);
    vertical->setStretchFactor(0, 1);
    vertical->setSizes({1000, ProblemsHeight});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    buildActions();

    connect(m_editor, &QsciScintilla::textChanged, this, [this] { m_analyzer->setText(m_editor->text()); });
    connect(m_editor, &QsciScintilla::textChanged, this, &EditorPage::documentChanged);
    connect(this, &EditorPage::documentTitleChanged, this, &EditorPage::documentChanged);
    connect(m_analyzer, &DocumentAnalyzer::analyzed, this, &EditorPage::onAnalyzed);
    connect(m_editor, &QsciScintilla::cursorPositionChanged, this, &EditorPage::onCursorMoved);
    connect(m_editor, &QsciScintilla::modificationChanged, this, [this](bool modified) {
        if (modified)
            m_autosaveTimer->start();
        else
            m_autosaveTimer->stop();
        updateTitle();
    });
    connect(m_autosaveTimer, &QTimer::timeout, this, &EditorPage::autosaveNow);
    connect(m_editor, &DockerfileEditor::filesDropped, this,
        [this](const QStringList &paths) { maybeSave([this, path = paths.first()] { openFile(path); }); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &EditorPage::onFileChangedOnDisk);
    const auto jump = [this](const QModelIndex &index) {
        const QModelIndex row = index.siblingAtColumn(0);
        m_editor->goTo(row.data(ProblemsModel::LineRole).toInt(), row.data(ProblemsModel::ColumnRole).toInt());
    };
    connect(m_problemsView, &QTreeView::clicked, this, jump);
    connect(m_problemsView, &QTreeView::activated, this, jump);
    connect(m_outlineView, &QTreeView::clicked, this,
        [this](const QModelIndex &index) { m_editor->goTo(index.data(OutlineModel::StartLineRole).toInt()); });

    m_analyzer->analyzeNow(m_editor->text());
    updateTitle();
    // A crash of an earlier session left autosave copies: offer the newest once the window is up.
    QTimer::singleShot(0, this, &EditorPage::offerRecovery);
}

EditorPage::~EditorPage() = default;

void EditorPage::buildActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Dockerfile"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] { maybeSave([this] { newDocument(); }); });

    m_templateMenu = new QMenu(tr("New from &Template"), this);
    m_templateMenu->setIcon(QIcon::fromTheme(QStringLiteral("document-new-from-template")));
    const QList<Core::TemplateCatalog::Template> templates = Core::TemplateCatalog::templates();
    for (const Core::TemplateCatalog::Template &t : templates) {
        QAction *action = m_templateMenu->addAction(t.name);
        action->setToolTip(t.description);
        action->setStatusTip(t.description);
        connect(action, &QAction::triggered, this, [this, id = t.id] { newFromTemplateInteractively(id); });
    }

    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &EditorPage::openInteractively);

    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_recentMenu->setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &EditorPage::rebuildRecentMenu);
    rebuildRecentMenu();

    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    m_saveAsAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, [this] { saveAs(); });

    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_findBar, &FindBar::showFind);
    m_replaceAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find-replace")), tr("&Replace…"), this);
    m_replaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_replaceAction, &QAction::triggered, m_findBar, &FindBar::showReplace);
    m_findNextAction = new QAction(tr("Find &Next"), this);
    m_findNextAction->setShortcut(QKeySequence(Qt::Key_F3));
    connect(m_findNextAction, &QAction::triggered, m_findBar, &FindBar::findNext);
    m_findPreviousAction = new QAction(tr("Find Pre&vious"), this);
    m_findPreviousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(m_findPreviousAction, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    // Find shortcuts work whenever the editor area has focus, menu or not.
    for (QAction *action : editActions()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

QList<QAction *> EditorPage::fileActions() const
{
    return {m_newAction, m_templateMenu->menuAction(), m_openAction, m_recentMenu->menuAction(), m_saveAction,
        m_saveAsAction};
}

QList<QAction *> EditorPage::editActions() const
{
    return {m_findAction, m_replaceAction, m_findNextAction, m_findPreviousAction};
}

void EditorPage::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::files();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { maybeSave([this, path] { openFile(path); }); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [] { RecentFiles::clear(); });
}

void EditorPage::setImageNames(const QStringList &names)
{
    m_editor->setImageNames(names);
}

bool EditorPage::isModified() const
{
    return m_editor->isModified();
}

QString EditorPage::text() const
{
    return m_editor->text();
}

bool EditorPage::differsFromDisk() const
{
    return isModified() || (!m_path.isEmpty() && m_editor->text() != m_diskText);
}

QString EditorPage::documentTitle() const
{
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    return isModified() ? name + QStringLiteral(" •") : name;
}

void EditorPage::updateTitle()
{
    m_saveAction->setEnabled(isModified() || m_path.isEmpty());
    Q_EMIT documentTitleChanged(documentTitle());
}

void EditorPage::fail(const QString &message)
{
    // In the banner, not a modal box: the text stays editable and nothing is lost.
    m_banner->ask(QStringLiteral("error"), message.toHtmlEscaped(), {{tr("&OK"), {}}});
    Q_EMIT fileFailed(message);
}

void EditorPage::removeRecoveryCopy(const QString &id)
{
    Core::JobTracker::runDetached([store = m_recovery, id] { store.remove(id); });
}

void EditorPage::setPath(const QString &path)
{
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_analyzer->setDocumentPath(m_path);
    watch(m_path);
    if (!m_path.isEmpty())
        RecentFiles::add(m_path);
}

void EditorPage::watch(const QString &path)
{
    // Only called for a file a job has just read or written, so it exists (no stat here).
    const QStringList watched = m_watcher->files();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (!path.isEmpty())
        m_watcher->addPath(path);
}

void EditorPage::openFile(const QString &path, std::function<void()> then, OnFailure onFailure)
{
    m_openJob.start([path](const Core::JobControl &) { return load(path); },
        [this, onFailure, then = std::move(then)](const Loaded &loaded) {
            if (!loaded.text && onFailure == OnFailure::StayQuiet)
                return;
            applyLoaded(loaded);
            if (loaded.text && then)
                then();
        },
        Core::JobTracker::serialPool());
}

void EditorPage::openProjectFolder(const QString &folder)
{
    m_openJob.start(
        [folder](const Core::JobControl &) {
            // The names docker build and podman build look for, in their order.
            for (const QString &name : {QStringLiteral("Dockerfile"), QStringLiteral("Containerfile"),
                     QStringLiteral("dockerfile"), QStringLiteral("containerfile")}) {
                const QString path = QDir(folder).filePath(name);
                if (QFileInfo::exists(path))
                    return load(path);
            }
            return Loaded {{}, {},
                tr("%1 has no Dockerfile or Containerfile. Start one with File ▸ New from Template and save it in "
                   "that folder.")
                    .arg(QDir::toNativeSeparators(folder))};
        },
        [this](const Loaded &loaded) { applyLoaded(loaded); }, Core::JobTracker::serialPool());
}

EditorPage::Loaded EditorPage::load(const QString &path)
{
    Loaded loaded {path, {}, {}};
    loaded.text = Core::TextFile::read(path, &loaded.error);
    return loaded;
}

void EditorPage::applyLoaded(const Loaded &loaded)
{
    if (!loaded.text) {
        if (!loaded.path.isEmpty())
            RecentFiles::remove(loaded.path);
        fail(loaded.error);
        return;
    }
    m_banner->dismiss();
    removeRecoveryCopy(m_recoveryId); // the document being replaced was dealt with by maybeSave()
    m_editor->setText(*loaded.text);
    m_editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    m_editor->setModified(false);
    m_editor->setCursorPosition(0, 0);
    m_diskText = *loaded.text;
    setPath(loaded.path);
    m_recoveryId = Core::RecoveryStore::idFor(m_path);
    m_analyzer->analyzeNow(*loaded.text);
    updateTitle();
    Q_EMIT fileOpened(m_path);
}

void EditorPage::openInteractively()
{
    maybeSave([this] {
        const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Dockerfile"), dir,
            tr("Dockerfiles (Dockerfile *.Dockerfile Dockerfile.* "
               "Containerfile);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
}

void EditorPage::newDocument()
{
    m_banner->dismiss();
    removeRecoveryCopy(m_recoveryId);
    m_editor->clear();
    m_editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    m_editor->setModified(false);
    m_diskText.clear();
    setPath({});
    m_recoveryId = Core::RecoveryStore::idFor({});
    m_analyzer->analyzeNow({});
    updateTitle();
}

void EditorPage::saveTo(const QString &path, std::function<void()> then)
{
    const QString text = m_editor->text();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_diskText = text; // set first: the watcher may report our own write at any time
    const QString oldId = m_recoveryId;
    const QString newId = Core::RecoveryStore::idFor(absolute);
    m_saveJob.start(
        [absolute, text, store = m_recovery, oldId, newId](const Core::JobControl &) {
            QString error;
            if (!Core::TextFile::write(absolute, text, &error))
                return error;
            store.remove(oldId);
            store.remove(newId);
            return QString();
        },
        [this, absolute, text, newId, then = std::move(then)](const QString &error) {
            if (!error.isEmpty()) {
                fail(error);
                return;
            }
            // Typing while the file was written keeps the document modified: that text is not saved.
            if (m_editor->text() == text)
                m_editor->setModified(false);
            setPath(absolute);
            m_recoveryId = newId;
            m_analyzer->analyzeNow(m_editor->text());
            updateTitle();
            Q_EMIT fileSaved(absolute);
            if (then)
                then();
        },
        Core::JobTracker::serialPool());
}

bool EditorPage::save(std::function<void()> then)
{
    if (m_path.isEmpty())
        return saveAs(std::move(then));
    saveTo(m_path, std::move(then));
    return true;
}

bool EditorPage::saveAs(std::function<void()> then)
{
    const QString suggestion = m_path.isEmpty() ? QDir::homePath() + QStringLiteral("/Dockerfile") : m_path;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Dockerfile"), suggestion);
    if (path.isEmpty())
        return false;
    saveTo(path, std::move(then));
    return true;
}

bool EditorPage::maybeSave(std::function<void()> proceed)
{
    if (!isModified()) {
        proceed();
        return true;
    }
    const QMessageBox::StandardButton answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?")
            .arg(m_path.isEmpty() ? tr("The new Dockerfile") : QFileInfo(m_path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save(std::move(proceed));
    if (answer == QMessageBox::Discard) {
        removeRecoveryCopy(m_recoveryId);
        m_editor->setModified(false);
        proceed();
        return true;
    }
    return false;
}

void EditorPage::newFromTemplate(const QString &templateId, const QString &dockerfilePath, bool replaceDockerignore)
{
    // Writing the files and copying the template's inputs (a 2 MB busybox) is file IO: a job.
    m_templateJob.start(
        [templateId, dockerfilePath, replaceDockerignore](const Core::JobControl &) {
            return Core::TemplateCatalog::create(templateId, dockerfilePath, replaceDockerignore);
        },
        [this, dockerfilePath](const Core::TemplateCatalog::Outcome &outcome) {
            if (!outcome.ok) {
                fail(outcome.error);
                return;
            }
            openFile(dockerfilePath, [this, notes = outcome.notes] {
                // What was copied in and what the project still needs, without a modal dialog.
                if (!notes.isEmpty())
                    m_banner->ask(
                        QStringLiteral("template"), notes.join(QLatin1Char(' ')).toHtmlEscaped(), {{tr("&OK"), {}}});
            });
        },
        Core::JobTracker::serialPool());
}

void EditorPage::newFromTemplateInteractively(const QString &templateId)
{
    maybeSave([this, templateId] {
        const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Save the New Dockerfile"), dir + QStringLiteral("/Dockerfile"));
        if (path.isEmpty())
            return;
        const QString ignorePath = Core::TemplateCatalog::dockerignorePathFor(path);
        // Whether a .dockerignore is there already is a question for the disk: a job, then the prompt.
        m_templateJob.start([ignorePath](const Core::JobControl &) { return QFileInfo::exists(ignorePath); },
            [this, templateId, path, ignorePath](bool ignoreExists) {
                bool replaceIgnore = true;
                if (ignoreExists) {
                    const auto answer = QMessageBox::question(this, tr("Replace .dockerignore?"),
                        tr("%1 already exists. Replace it with the template's .dockerignore?")
                            .arg(QDir::toNativeSeparators(ignorePath)),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
                    if (answer == QMessageBox::Cancel)
                        return;
                    replaceIgnore = answer == QMessageBox::Yes;
                }
                newFromTemplate(templateId, path, replaceIgnore);
            },
            Core::JobTracker::serialPool());
    });
}

void EditorPage::setAutosaveInterval(int ms)
{
    m_autosaveTimer->setInterval(ms);
}

bool EditorPage::autosaveNow()
{
    if (!isModified())
        return false;
    Core::JobTracker::runDetached([store = m_recovery, id = m_recoveryId, path = m_path, text = m_editor->text()] {
        QString error;
        if (!store.save(id, path, text, &error))
            qWarning("Autosave failed: %s", qPrintable(error));
    });
    return true;
}

void EditorPage::offerRecovery()
{
    m_recoveryJob.start([store = m_recovery](const Core::JobControl &) { return store.entries(); },
        [this](QList<Core::RecoveryStore::Entry> entries) {
            entries.removeIf([this](const Core::RecoveryStore::Entry &e) { return e.id == m_recoveryId; });
            if (entries.isEmpty())
                return;
            const Core::RecoveryStore::Entry entry = entries.first();
            const QString name = entry.originalPath.isEmpty() ? tr("an unsaved Dockerfile")
                                                              : QDir::toNativeSeparators(entry.originalPath);
            m_banner->ask(QStringLiteral("recovery"),
                tr("Dockwright did not close properly. Unsaved changes to <b>%1</b> from %2 were kept.")
                    .arg(name.toHtmlEscaped(), QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
                {{tr("&Restore"),
                     [this, entry] {
                         if (!maybeSave([this, entry] { restoreRecovery(entry); }))
                             offerRecovery(); // cancelled: the copy is still there, offer it again
                     }},
                    {tr("&Discard"), [this, entry] {
                         removeRecoveryCopy(entry.id);
                         offerRecovery();
                     }}});
        },
        Core::JobTracker::serialPool());
}

void EditorPage::restoreRecovery(const Core::RecoveryStore::Entry &entry)
{
    // The file the copy was made from, as it is on disk now: to know whether the restored text differs.
    m_recoveryJob.start(
        [path = entry.originalPath](
            const Core::JobControl &) { return path.isEmpty() ? std::nullopt : Core::TextFile::read(path); },
        [this, entry](const std::optional<QString> &disk) {
            removeRecoveryCopy(m_recoveryId);
            m_editor->setText(entry.text);
            m_editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
            m_diskText = disk.value_or(QString());
            m_path = entry.originalPath;
            m_analyzer->setDocumentPath(m_path);
            watch(disk ? m_path : QString());
            m_recoveryId = entry.id; // further autosaves replace the copy just restored
            m_editor->setModified(true);
            m_analyzer->analyzeNow(entry.text);
            updateTitle();
            offerRecovery(); // the next older copy, if any
        },
        Core::JobTracker::serialPool());
}

void EditorPage::onFileChangedOnDisk(const QString &path)
{
    if (path != m_path)
        return;
    m_diskCheckJob.start([path](const Core::JobControl &) { return Core::TextFile::read(path); },
        [this, path](const std::optional<QString> &text) {
            if (path != m_path)
                return; // another file was opened meanwhile
            if (!text) {
                m_banner->ask(QStringLiteral("deleted"),
                    tr("<b>%1</b> was deleted or moved on disk.").arg(QFileInfo(path).fileName().toHtmlEscaped()),
                    {{tr("&Save Again"), [this] { save(); }}, {tr("&Ignore"), {}}});
                return;
            }
            // Atomic writes (ours and other editors') replace the file, which ends the watch: renew it.
            watch(m_path);
            if (*text == m_diskText)
                return; // our own save, or a touch
            const QString disk = *text;
            m_banner->ask(QStringLiteral("reload"),
                (isModified() ? tr("<b>%1</b> changed on disk. Reloading discards your unsaved changes.")
                              : tr("<b>%1</b> changed on disk."))
                    .arg(QFileInfo(path).fileName().toHtmlEscaped()),
                {{tr("&Reload"),
                     [this] {
                         int line = 0, index = 0;
                         m_editor->getCursorPosition(&line, &index);
                         openFile(m_path,
                             [this, line] { m_editor->setCursorPosition(qMin(line, m_editor->lines() - 1), 0); });
                     }},
                    {tr("&Keep Mine"), [this, disk] { m_diskText = disk; }}});
        },
        Core::JobTracker::serialPool());
}

void EditorPage::onAnalyzed(const DocumentAnalysis &analysis)
{
    m_editor->setDiagnostics(analysis.diagnostics);
    m_editor->completionEngine().setParse(analysis.parse);
    m_problemsModel->setDiagnostics(analysis.diagnostics);
    m_outlineModel->setParse(analysis.parse);
    m_outlineView->expandAll();
    const int errors = m_problemsModel->count(Core::LintSeverity::Error);
    const int warnings = m_problemsModel->count(Core::LintSeverity::Warning);
    const int infos = m_problemsModel->count(Core::LintSeverity::Info);
    m_problemsSummary->setText(errors + warnings + infos == 0
            ? tr("No problems found")
            : tr("Problems: %1, %2, %3")
                  .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings),
                      tr("%n note(s)", nullptr, infos)));
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    onCursorMoved(line, index);
}

void EditorPage::onCursorMoved(int line, int)
{
    const QModelIndex current = m_outlineModel->indexForLine(line + 1);
    if (current.isValid()) {
        m_outlineView->setCurrentIndex(current);
        m_outlineView->scrollTo(current);
    } else {
        m_outlineView->clearSelection();
    }
}

} // namespace Dockwright::Ui
