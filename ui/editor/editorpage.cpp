// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorpage.h"

#include "dockerfileeditor.h"
#include "documentanalyzer.h"
#include "findbar.h"
#include "infobanner.h"
#include "outlinemodel.h"
#include "problemsmodel.h"
#include "recentfiles.h"
#include "templatecatalog.h"
#include "textfile.h"

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
    m_recoveryId = RecoveryStore::idFor({});

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
    connect(m_editor, &DockerfileEditor::filesDropped, this, [this](const QStringList &paths) {
        if (maybeSave())
            openPath(paths.first());
    });
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
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            newDocument();
    });

    m_templateMenu = new QMenu(tr("New from &Template"), this);
    m_templateMenu->setIcon(QIcon::fromTheme(QStringLiteral("document-new-from-template")));
    const QList<TemplateCatalog::Template> templates = TemplateCatalog::templates();
    for (const TemplateCatalog::Template &t : templates) {
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
    connect(m_saveAction, &QAction::triggered, this, &EditorPage::save);
    m_saveAsAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &EditorPage::saveAs);

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
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openPath(path);
        });
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

void EditorPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Dockwright"), message);
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
    const QStringList watched = m_watcher->files();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_watcher->addPath(path);
}

bool EditorPage::openFile(const QString &path, QString *error)
{
    const std::optional<QString> text = TextFile::read(path, error);
    if (!text)
        return false;
    m_banner->dismiss();
    m_recovery.remove(m_recoveryId); // the document being replaced was dealt with by maybeSave()
    m_editor->setText(*text);
    m_editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    m_editor->setModified(false);
    m_editor->setCursorPosition(0, 0);
    m_diskText = *text;
    setPath(path);
    m_recoveryId = RecoveryStore::idFor(m_path);
    m_analyzer->analyzeNow(*text);
    updateTitle();
    return true;
}

void EditorPage::openPath(const QString &path)
{
    QString error;
    if (!openFile(path, &error)) {
        RecentFiles::remove(path);
        showError(error);
    }
}

void EditorPage::openInteractively()
{
    if (!maybeSave())
        return;
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dockerfile"), dir,
        tr("Dockerfiles (Dockerfile *.Dockerfile Dockerfile.* "
           "Containerfile);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void EditorPage::newDocument()
{
    m_banner->dismiss();
    m_recovery.remove(m_recoveryId);
    m_editor->clear();
    m_editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    m_editor->setModified(false);
    m_diskText.clear();
    setPath({});
    m_recoveryId = RecoveryStore::idFor({});
    m_analyzer->analyzeNow({});
    updateTitle();
}

bool EditorPage::saveTo(const QString &path, QString *error)
{
    const QString text = m_editor->text();
    m_diskText = text; // set first: the watcher may report our own write at any time
    if (!TextFile::write(path, text, error))
        return false;
    m_editor->setModified(false);
    m_recovery.remove(m_recoveryId);
    setPath(path);
    m_recoveryId = RecoveryStore::idFor(m_path);
    m_recovery.remove(m_recoveryId);
    m_analyzer->analyzeNow(text);
    updateTitle();
    return true;
}

bool EditorPage::save()
{
    if (m_path.isEmpty())
        return saveAs();
    QString error;
    if (!saveTo(m_path, &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool EditorPage::saveAs()
{
    const QString suggestion = m_path.isEmpty() ? QDir::homePath() + QStringLiteral("/Dockerfile") : m_path;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Dockerfile"), suggestion);
    if (path.isEmpty())
        return false;
    QString error;
    if (!saveTo(path, &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool EditorPage::maybeSave()
{
    if (!isModified())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?")
            .arg(m_path.isEmpty() ? tr("The new Dockerfile") : QFileInfo(m_path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_recovery.remove(m_recoveryId);
        m_editor->setModified(false);
        return true;
    }
    return false;
}

bool EditorPage::newFromTemplate(const QString &templateId, const QString &dockerfilePath, QString *error)
{
    const TemplateCatalog::Outcome outcome = TemplateCatalog::create(templateId, dockerfilePath, true);
    if (!outcome.ok) {
        if (error)
            *error = outcome.error;
        return false;
    }
    return openFile(dockerfilePath, error);
}

void EditorPage::newFromTemplateInteractively(const QString &templateId)
{
    if (!maybeSave())
        return;
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the New Dockerfile"), dir + QStringLiteral("/Dockerfile"));
    if (path.isEmpty())
        return;
    bool replaceIgnore = true;
    const QString ignorePath = TemplateCatalog::dockerignorePathFor(path);
    if (QFileInfo::exists(ignorePath)) {
        const auto answer = QMessageBox::question(this, tr("Replace .dockerignore?"),
            tr("%1 already exists. Replace it with the template's .dockerignore?")
                .arg(QDir::toNativeSeparators(ignorePath)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return;
        replaceIgnore = answer == QMessageBox::Yes;
    }
    // Writing the files and copying the template's inputs (a 2 MB busybox) is file IO: a job.
    m_templateJob.start(
        [templateId, path, replaceIgnore](
            const Core::JobControl &) { return TemplateCatalog::create(templateId, path, replaceIgnore); },
        [this, path](const TemplateCatalog::Outcome &outcome) {
            QString error = outcome.error;
            if (!outcome.ok || !openFile(path, &error)) {
                showError(error);
                return;
            }
            // What was copied in and what the project still needs, without a modal dialog.
            if (!outcome.notes.isEmpty())
                m_banner->ask(QStringLiteral("template"), outcome.notes.join(QLatin1Char(' ')).toHtmlEscaped(),
                    {{tr("&OK"), {}}});
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
    QString error;
    if (!m_recovery.save(m_recoveryId, m_path, m_editor->text(), &error)) {
        qWarning("Autosave failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

bool EditorPage::offerRecovery()
{
    QList<RecoveryStore::Entry> entries = m_recovery.entries();
    entries.removeIf([this](const RecoveryStore::Entry &e) { return e.id == m_recoveryId; });
    if (entries.isEmpty())
        return false;
    const RecoveryStore::Entry entry = entries.first();
    const QString name
        = entry.originalPath.isEmpty() ? tr("an unsaved Dockerfile") : QDir::toNativeSeparators(entry.originalPath);
    m_banner->ask(QStringLiteral("recovery"),
        tr("Dockwright did not close properly. Unsaved changes to <b>%1</b> from %2 were kept.")
            .arg(name.toHtmlEscaped(), QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
        {{tr("&Restore"),
             [this, entry] {
                 if (maybeSave())
                     restoreRecovery(entry);
                 offerRecovery();
             }},
            {tr("&Discard"), [this, entry] {
                 m_recovery.remove(entry.id);
                 offerRecovery();
             }}});
    return true;
}

void EditorPage::restoreRecovery(const RecoveryStore::Entry &entry)
{
    m_recovery.remove(m_recoveryId);
    m_editor->setText(entry.text);
    m_editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    const std::optional<QString> disk
        = entry.originalPath.isEmpty() ? std::nullopt : TextFile::read(entry.originalPath);
    m_diskText = disk.value_or(QString());
    m_path = entry.originalPath;
    m_analyzer->setDocumentPath(m_path);
    watch(m_path);
    m_recoveryId = entry.id; // further autosaves replace the copy just restored
    m_editor->setModified(true);
    m_analyzer->analyzeNow(entry.text);
    updateTitle();
}

void EditorPage::onFileChangedOnDisk(const QString &path)
{
    if (path != m_path)
        return;
    // Atomic writes (ours and other editors') replace the file, which ends the watch: renew it.
    watch(m_path);
    const std::optional<QString> text = TextFile::read(path);
    if (!text) {
        m_banner->ask(QStringLiteral("deleted"),
            tr("<b>%1</b> was deleted or moved on disk.").arg(QFileInfo(path).fileName().toHtmlEscaped()),
            {{tr("&Save Again"), [this] { save(); }}, {tr("&Ignore"), {}}});
        return;
    }
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
                 openPath(m_path);
                 m_editor->setCursorPosition(qMin(line, m_editor->lines() - 1), 0);
             }},
            {tr("&Keep Mine"), [this, disk] { m_diskText = disk; }}});
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
