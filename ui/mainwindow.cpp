// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "core/engine/endpointresolver.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineinfo.h"
#include "core/engine/enginesession.h"
#include "editor/dockerfileeditor.h"
#include "editor/editorpage.h"
#include "engine/containeractions.h"
#include "engine/containersmodel.h"
#include "engine/endpointdialog.h"
#include "engine/enginestatuswidget.h"
#include "engine/imageactions.h"
#include "engine/imagesmodel.h"
#include "engine/resourcerefresher.h"
#include "engine/resourceview.h"
#include "layers/imagesaver.h"
#include "layers/layerexplorer.h"
#include "run/runpanel.h"
#include "ui/builder/buildpanel.h"
#include "welcome/helplinks.h"
#include "welcome/shortcutsdialog.h"
#include "welcome/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

namespace {
constexpr int AreaRole = Qt::UserRole;

QIcon themed(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

QString areaKey(MainWindow::Area area)
{
    return QString::fromLatin1(QMetaEnum::fromType<MainWindow::Area>().valueToKey(int(area))).toLower();
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    m_session = new EngineSession(this);
    m_imagesModel = new ImagesModel(this);
    m_containersModel = new ContainersModel(this);
    m_refresher = new ResourceRefresher(m_session, m_imagesModel, m_containersModel, this);

    buildNavigation();
    buildMenus();

    m_engineStatus = new EngineStatusWidget(statusBar());
    statusBar()->addWidget(m_engineStatus, 1);
    connect(m_engineStatus, &EngineStatusWidget::connectToRequested, this, &MainWindow::chooseEndpoint);
    connect(m_engineStatus, &EngineStatusWidget::retryRequested, m_session, &EngineSession::retryNow);
    for (ResourceView *view : {m_imagesView, m_containersView}) {
        connect(view, &ResourceView::connectToRequested, this, &MainWindow::chooseEndpoint);
        connect(view, &ResourceView::retryRequested, m_session, &EngineSession::retryNow);
    }
    connect(m_session, &EngineSession::connected, this, &MainWindow::onConnected);
    connect(m_session, &EngineSession::disconnected, this, &MainWindow::onDisconnected);
    connect(m_refresher, &ResourceRefresher::failed, this,
        [this](const QString &message) { statusBar()->showMessage(tr("Listing failed: %1").arg(message), 10000); });

    // "5 minutes ago" must age even when nothing on the engine changes.
    auto *clock = new QTimer(this);
    clock->start(60 * 1000);
    connect(clock, &QTimer::timeout, m_imagesModel, &ImagesModel::refreshTimes);
    // "Up 3 seconds" ages by the second; only the rows whose text changed repaint.
    auto *secondClock = new QTimer(this);
    secondClock->start(1000);
    connect(secondClock, &QTimer::timeout, m_containersModel, &ContainersModel::refreshTimes);

    restoreSettings();
    // The editor completes FROM with the engine's local images; Dockerfiles named on the command line open in it.
    const auto feedImageNames = [this] {
        QStringList names;
        for (const ImageSummary &image : m_imagesModel->rows())
            names += ImagesModel::visibleTags(image);
        m_editorPage->setImageNames(names);
    };
    connect(m_imagesModel, &QAbstractItemModel::modelReset, this, feedImageNames);
    connect(m_imagesModel, &QAbstractItemModel::rowsInserted, this, feedImageNames);
    connect(m_imagesModel, &QAbstractItemModel::rowsRemoved, this, feedImageNames);
    connect(m_imagesModel, &QAbstractItemModel::dataChanged, this, feedImageNames);
    connect(m_editorPage, &EditorPage::documentTitleChanged, this, &MainWindow::updateWindowTitle);
    updateWindowTitle();
    // A Dockerfile named on the command line opens in the editor (read as a job). Other words (a test
    // function's name, an image after --layers) are not files: nothing is said about them.
    const QStringList arguments = QApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--layers")) {
            ++i; // an archive or an image for the Layers area, not for the editor
            continue;
        }
        if (!arguments.at(i).startsWith(u'-')) {
            m_editorPage->openFile(
                arguments.at(i), [this] { setCurrentArea(Area::Editor); }, EditorPage::OnFailure::StayQuiet);
            break;
        }
    }
    m_endpointChoice = QSettings().value(endpointSettingsKey()).toString();
    startEngine(m_endpointChoice);
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(Area area, const QIcon &icon, const QString &name, const QString &toolTip, QWidget *page)
{
    auto *item = new QListWidgetItem(icon, name, m_navigation);
    item->setToolTip(toolTip);
    item->setData(AreaRole, int(area));
    m_pages->addWidget(page);
}

void MainWindow::buildNavigation()
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setAccessibleName(tr("Work areas"));
    m_pages = new QStackedWidget(central);

    m_editorPage = new EditorPage(m_pages);
    addArea(Area::Editor, themed(QStringLiteral("document-edit"), QStyle::SP_FileIcon), tr("Editor"),
        tr("Write and check Dockerfiles"), m_editorPage);
    m_buildPanel = new BuildPanel(m_session->client(), m_pages);
    addArea(Area::Build, themed(QStringLiteral("run-build"), QStyle::SP_BrowserReload), tr("Build"),
        tr("Build an image from a Dockerfile"), m_buildPanel);
    m_layerExplorer = new LayerExplorer(m_imagesModel, m_pages);
    m_layerExplorer->setEngineClient(m_session->client());
    addArea(Area::Layers, themed(QStringLiteral("view-list-tree"), QStyle::SP_FileDialogDetailedView), tr("Layers"),
        tr("Look inside an image, layer by layer"), m_layerExplorer);
    auto *runPanel = new RunPanel(m_session->client(), m_imagesModel, m_pages);
    // One model of all containers: the Run page follows its own in the rows the Containers page shows.
    runPanel->setContainersModel(m_containersModel);
    addArea(Area::Run, themed(QStringLiteral("media-playback-start"), QStyle::SP_MediaPlay), tr("Run"),
        tr("Start containers and follow their output"), runPanel);

    ResourceView::Texts images;
    images.title = tr("Images");
    images.filterPlaceholder = tr("Filter by name, tag or ID");
    images.emptyTitle = tr("No images yet");
    images.emptyBody = tr("Images are the templates containers start from. Build one in the Build area or with "
                          "<code>docker build</code>, or download one with <code>docker pull</code>; it shows up "
                          "here by itself.");
    images.count = [](int shown, int total) { return tr("%1 of %n image(s)", nullptr, total).arg(shown); };
    m_imagesView = new ResourceView(m_imagesModel, images, m_pages);
    m_imagesView->setObjectName(QStringLiteral("imagesView"));
    // Run…, Explore layers, Inspect, History, Tag…, Remove, Prune: the toolbar, context menu and keys.
    auto *imageActions = new ImageActions(m_session->client(), m_imagesModel, m_imagesView, this);
    imageActions->setObjectName(QStringLiteral("imageActions"));
    connect(imageActions, &ImageActions::exploreLayersRequested, this,
        [this](const QString &id) { openLayers(Core::ImageSource::engineImage(id)); });
    connect(imageActions, &ImageActions::saveAsArchiveRequested, this,
        [this](const QString &image) { ImageSaver::saveWithDialog(m_session->client(), image, this); });
    connect(imageActions, &ImageActions::runRequested, this, &MainWindow::runImage);
    addArea(Area::Images, themed(QStringLiteral("drive-harddisk"), QStyle::SP_DriveHDIcon), tr("Images"),
        tr("The images stored by the engine"), m_imagesView);

    ResourceView::Texts containers;
    containers.title = tr("Containers");
    containers.filterPlaceholder = tr("Filter by name, image, state or ID");
    containers.emptyTitle = tr("No containers yet");
    containers.emptyBody = tr("A container is a running (or stopped) instance of an image. Start one in the Run "
                              "area or with <code>docker run</code>; it shows up here by itself.");
    containers.count = [](int shown, int total) { return tr("%1 of %n container(s)", nullptr, total).arg(shown); };
    m_containersView = new ResourceView(m_containersModel, containers, m_pages);
    m_containersView->setObjectName(QStringLiteral("containersView"));
    // Start, Stop, Restart, Kill, Logs, Inspect, Remove, Prune.
    auto *containerActions = new ContainerActions(m_session->client(), m_containersModel, m_containersView, this);
    containerActions->setObjectName(QStringLiteral("containerActions"));
    addArea(Area::Containers, themed(QStringLiteral("package-x-generic"), QStyle::SP_DirIcon), tr("Containers"),
        tr("The containers on the engine, running or stopped"), m_containersView);

    m_welcomePage = new WelcomePage(m_pages);
    // The editor's own New from Template and Open… actions: one implementation, one set of prompts.
    QAction *openDockerfile = nullptr;
    const QList<QAction *> fileActions = m_editorPage->fileActions();
    for (QAction *action : fileActions) {
        if (action->menu() && action->menu() != m_editorPage->recentFilesMenu())
            m_welcomePage->setTemplateActions(action->menu()->actions());
        else if (action->shortcut() == QKeySequence(QKeySequence::Open))
            openDockerfile = action;
    }
    m_welcomePage->showAtStartBox()->setChecked(QSettings().value(welcomeSettingsKey(), false).toBool());
    connect(m_welcomePage, &WelcomePage::showAtStartChanged, this,
        [](bool show) { QSettings().setValue(welcomeSettingsKey(), show); });
    connect(m_welcomePage, &WelcomePage::openFolderRequested, this, &MainWindow::openFolder);
    if (openDockerfile)
        connect(m_welcomePage, &WelcomePage::openDockerfileRequested, openDockerfile, &QAction::trigger);
    // Whatever the page started (a template, a file) is then shown in the editor.
    connect(m_editorPage, &EditorPage::documentTitleChanged, this, [this] {
        if (currentArea() == Area::Welcome)
            setCurrentArea(Area::Editor);
    });
    // ...and so is its failure: the editor's banner says what went wrong, instead of nothing happening.
    connect(m_editorPage, &EditorPage::fileFailed, this, [this] {
        if (currentArea() == Area::Welcome)
            setCurrentArea(Area::Editor);
    });
    connect(m_welcomePage, &WelcomePage::exploreImageRequested, this, [this] { setCurrentArea(Area::Layers); });
    connect(m_welcomePage, &WelcomePage::runHardenedRequested, this, &MainWindow::runHardened);
    connect(m_welcomePage, &WelcomePage::documentationRequested, this, [this] {
        // The first document's entry in Help ▸ Documentation, with the URL its job found.
        if (auto *docs = menuBar()->findChild<QMenu *>(QStringLiteral("documentationMenu")))
            if (!docs->actions().isEmpty() && docs->actions().constFirst()->isEnabled())
                docs->actions().constFirst()->trigger();
    });
    connect(m_welcomePage, &WelcomePage::shortcutsRequested, this, &MainWindow::showShortcuts);
    addArea(Area::Welcome, themed(QStringLiteral("help-about"), QStyle::SP_DialogHelpButton), tr("Welcome"),
        tr("What Dockwright is for and where to start"), m_welcomePage);

    // Wide enough for the longest area name, no wider.
    int width = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        width = qMax(width, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(width + m_navigation->iconSize().width() + 40);

    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connectBuildPanel();
    m_navigation->setCurrentRow(int(Area::Images));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions(m_editorPage->fileActions());
    file->addSeparator();
    // Platforms without a desktop theme have no standard Quit key; Ctrl+Q is what the others use.
    const QKeySequence quitKey(QKeySequence::Quit);
    QAction *quit = file->addAction(
        tr("&Quit"), quitKey.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : quitKey, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        QAction *action = view->addAction(item->icon(), item->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this, [this, row] { m_navigation->setCurrentRow(row); });
    }

    // Build from anywhere: the Dockerfile the Build area shows, else the one open in the editor.
    QMenu *buildMenu = menuBar()->addMenu(tr("&Build"));
    m_buildAction = buildMenu->addAction(QIcon::fromTheme(QStringLiteral("run-build")), tr("&Build Image"));
    m_buildAction->setObjectName(QStringLiteral("buildAction"));
    m_buildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_buildAction->setToolTip(tr("Build the Dockerfile (Ctrl+B)"));
    connect(m_buildAction, &QAction::triggered, this, &MainWindow::buildFromAnywhere);
    QAction *cancelBuild = buildMenu->addAction(tr("&Cancel Build"), m_buildPanel, &BuildPanel::cancelBuild);
    cancelBuild->setObjectName(QStringLiteral("cancelBuildAction"));
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_buildAction);

    QMenu *engine = menuBar()->addMenu(tr("&Engine"));
    engine->addAction(tr("&Connect to…"), this, &MainWindow::chooseEndpoint);
    engine->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);

    buildHelpMenu();
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *gettingStarted = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&Getting Started"),
        this, [this] { setCurrentArea(Area::Welcome); });
    gettingStarted->setObjectName(QStringLiteral("gettingStartedAction"));

    // Every link carries its URL as data, so what the menu opens is what a test can check.
    const auto addLink = [this](QMenu *menu, const QString &text, const QUrl &url, const QString &name) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setData(url);
        action->setToolTip(url.isLocalFile() ? QDir::toNativeSeparators(url.toLocalFile()) : url.toString());
        action->setEnabled(url.isValid());
        connect(action, &QAction::triggered, this, [action] { QDesktopServices::openUrl(action->data().toUrl()); });
        return action;
    };
    const QList<HelpLinks::Document> documents = HelpLinks::documents();
    QMenu *docs = help->addMenu(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&Documentation"));
    docs->setObjectName(QStringLiteral("documentationMenu"));
    QList<QAction *> docActions;
    for (const HelpLinks::Document &document : documents) {
        // Enabled once a job has found where the documents are (a look at the disk).
        QAction *action = addLink(docs, document.title, QUrl(), QLatin1String("doc:") + document.file);
        docActions.append(action);
        if (&document == &documents.constFirst())
            action->setShortcut(QKeySequence::HelpContents);
    }
    m_docsJob.start([](const JobControl &) { return HelpLinks::documentsFolder(); },
        [docActions, documents](const QString &folder) {
            if (folder.isEmpty())
                return;
            for (qsizetype i = 0; i < docActions.size(); ++i) {
                const QUrl url = QUrl::fromLocalFile(folder + u'/' + documents.at(i).file);
                docActions.at(i)->setData(url);
                docActions.at(i)->setToolTip(QDir::toNativeSeparators(url.toLocalFile()));
                docActions.at(i)->setEnabled(true);
            }
        });
    help->addSeparator();
    addLink(help, tr("Docker &Engine API Reference"), HelpLinks::engineApiReference(),
        QStringLiteral("engineApiReferenceAction"));
    addLink(help, tr("Docker&file Reference"), HelpLinks::dockerfileReference(),
        QStringLiteral("dockerfileReferenceAction"));
    help->addSeparator();
    help->addAction(QIcon::fromTheme(QStringLiteral("preferences-desktop-keyboard-shortcuts")),
            tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts)
        ->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Dockwright"), this, [this] {
        QMessageBox::about(this, tr("About Dockwright"),
            tr("<h3>Dockwright %1</h3><p>Build, inspect and run container images through the "
               "Docker Engine API.</p><p>License: GPL-3.0-or-later</p>")
                .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Section> sections = ShortcutsDialog::sectionsFromMenuBar(menuBar());
    // The find keys work inside the editor, whether or not a menu lists them too.
    QList<QAction *> editorOnly = m_editorPage->editActions();
    for (const ShortcutsDialog::Section &section : std::as_const(sections)) {
        for (QAction *action : section.actions)
            editorOnly.removeAll(action);
    }
    if (!editorOnly.isEmpty())
        sections.append({tr("Editor"), editorOnly});
    auto *dialog = new ShortcutsDialog(sections, this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool MainWindow::showWelcomeOnFirstLaunch()
{
    QSettings settings;
    const bool firstStart = !settings.contains(welcomeSettingsKey());
    if (firstStart)
        settings.setValue(welcomeSettingsKey(), false); // once; the page's box brings it back
    if (!firstStart && !settings.value(welcomeSettingsKey()).toBool())
        return false;
    setCurrentArea(Area::Welcome);
    return true;
}

void MainWindow::updateWindowTitle()
{
    // "Dockerfile (myapp) — Dockwright": the folder tells apart the many files called Dockerfile.
    const QString path = m_editorPage->filePath();
    const bool modified = m_editorPage->isModified();
    if (!path.isEmpty()) {
        const QFileInfo file(path);
        setWindowTitle(tr("%1[*] (%2) — Dockwright").arg(file.fileName(), file.absoluteDir().dirName()));
    } else if (modified) {
        setWindowTitle(tr("Untitled[*] — Dockwright"));
    } else {
        setWindowTitle(tr("Dockwright[*]"));
    }
    setWindowModified(modified);
}

void MainWindow::openFolder()
{
    m_editorPage->maybeSave([this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Project Folder"), QDir::homePath());
        if (folder.isEmpty())
            return;
        // Which Dockerfile the folder has is found by a job; a folder without one says so in the editor.
        setCurrentArea(Area::Editor);
        m_editorPage->openProjectFolder(folder);
    });
}

void MainWindow::runHardened()
{
    setCurrentArea(Area::Run);
    if (auto *run = m_pages->findChild<RunPanel *>())
        run->applyProductionPosture();
}

MainWindow::Area MainWindow::currentArea() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? Area(item->data(AreaRole).toInt()) : Area::Images;
}

void MainWindow::setCurrentArea(Area area)
{
    m_navigation->setCurrentRow(int(area));
}

void MainWindow::openLayers(const Core::ImageSource &source)
{
    setCurrentArea(Area::Layers);
    m_layerExplorer->openSource(source);
}

void MainWindow::buildFromAnywhere()
{
    const QString editorFile = m_editorPage->filePath();
    if (m_buildPanel->dockerfilePath().isEmpty() && editorFile.isEmpty()) {
        setCurrentArea(Area::Editor);
        statusBar()->showMessage(tr("Open or save a Dockerfile first; Build uses it."), 5000);
        return;
    }
    setCurrentArea(Area::Build);
    if (m_buildPanel->dockerfilePath().isEmpty())
        m_buildPanel->openDockerfile(editorFile, {}, [this] { m_buildPanel->startBuild(); });
    else
        m_buildPanel->startBuild();
}

void MainWindow::openBuild(const QString &dockerfile, bool start)
{
    setCurrentArea(Area::Build);
    m_buildPanel->openDockerfile(dockerfile, {}, [this, start] {
        if (!start)
            return;
        if (m_session->isConnected()) {
            m_buildPanel->startBuild();
            return;
        }
        auto *once = new QObject(this);
        connect(m_session, &EngineSession::connected, once, [this, once] {
            once->deleteLater();
            m_buildPanel->startBuild();
        });
    });
}

void MainWindow::connectBuildPanel()
{
    // The build form follows the editor's text as it is typed, and a build sends what the editor shows.
    const auto feedEditor = [this] {
        m_buildPanel->setEditorDocument(
            m_editorPage->filePath(), m_editorPage->text(), m_editorPage->differsFromDisk());
    };
    connect(m_editorPage, &EditorPage::documentChanged, m_buildPanel, feedEditor);
    connect(m_buildPanel, &BuildPanel::saveEditorRequested, m_editorPage, [this] { m_editorPage->save(); });
    feedEditor();
    // The Build area follows the Dockerfile open in the editor; the editor shows where a build failed.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this] {
        const QString path = m_editorPage->filePath();
        if (currentArea() == Area::Build && !path.isEmpty() && !m_buildPanel->isBuilding()
            && QFileInfo(path).absoluteFilePath() != m_buildPanel->dockerfilePath())
            m_buildPanel->openDockerfile(path);
    });
    connect(m_buildPanel, &BuildPanel::failedAt, this, [this](const QString &file, int line) {
        if (QFileInfo(m_editorPage->filePath()).absoluteFilePath() == file)
            m_editorPage->editor()->goTo(line);
        else if (!m_editorPage->isModified())
            m_editorPage->openFile(file, [this, line] { m_editorPage->editor()->goTo(line); });
    });
    connect(m_buildPanel, &BuildPanel::exploreLayersRequested, this,
        [this](const QString &image) { openLayers(Core::ImageSource::engineImage(image)); });
    connect(m_buildPanel, &BuildPanel::runRequested, this, &MainWindow::runImage);
}

void MainWindow::runImage(const QString &image)
{
    if (auto *run = m_pages->findChild<RunPanel *>())
        run->runImage(image);
    setCurrentArea(Area::Run);
}

void MainWindow::startEngine(const QString &choice)
{
    // Resolving reads DOCKER_HOST's files: ~/.docker/config.json and the context metadata. A job.
    struct Resolved
    {
        Endpoint endpoint;
        QString error;
    };
    m_endpointJob.start(
        [choice](const JobControl &) {
            Resolved resolved;
            resolved.endpoint = EndpointResolver().resolve(choice, &resolved.error);
            return resolved;
        },
        [this](const Resolved &resolved) {
            m_endpoint = resolved.endpoint;
            if (!m_endpoint.isValid()) {
                m_session->stop();
                onDisconnected(EngineError::make(EngineError::Kind::Unsupported,
                                   resolved.error.isEmpty() ? tr("No usable engine address.") : resolved.error,
                                   tr("Click “Connect to…” to pick an engine.")),
                    0);
                return;
            }
            m_engineStatus->showConnecting(m_endpoint);
            m_imagesView->showConnecting(m_endpoint);
            m_containersView->showConnecting(m_endpoint);
            m_session->start(m_endpoint);
        });
}

void MainWindow::chooseEndpoint()
{
    // The candidates come from the docker CLI's files and the sockets that exist now: read by a job,
    // then the dialog.
    struct Candidates
    {
        QList<Endpoint> endpoints;
        QStringList absentSockets;
    };
    m_candidatesJob.start(
        [](const JobControl &) {
            Candidates found;
            found.endpoints = EndpointResolver().candidates();
            for (const Endpoint &endpoint : std::as_const(found.endpoints)) {
                if (endpoint.scheme == Endpoint::Scheme::Unix && !QFileInfo::exists(endpoint.socketPath))
                    found.absentSockets.append(endpoint.socketPath);
            }
            return found;
        },
        [this](const Candidates &found) {
            EndpointDialog dialog(found.endpoints, m_endpointChoice, this, found.absentSockets);
            if (dialog.exec() == QDialog::Accepted)
                connectTo(dialog.choice());
        });
}

void MainWindow::connectTo(const QString &choice)
{
    m_endpointChoice = choice;
    if (choice.isEmpty()) {
        QSettings().remove(endpointSettingsKey());
        m_unsavedChoice.reset();
    } else {
        m_unsavedChoice = choice;
    }
    m_imagesModel->clear();
    m_containersModel->clear();
    startEngine(choice);
}

void MainWindow::refresh()
{
    if (m_session->isConnected()) {
        m_refresher->refreshImages();
        m_refresher->refreshContainers();
    } else {
        m_session->retryNow();
    }
}

void MainWindow::onConnected(const EngineInfo &info)
{
    if (m_unsavedChoice) {
        QSettings().setValue(endpointSettingsKey(), *m_unsavedChoice);
        m_unsavedChoice.reset();
    }
    m_engineStatus->showConnected(info);
    m_imagesView->showConnected();
    m_containersView->showConnected();
}

void MainWindow::onDisconnected(const EngineError &error, int retryInMs)
{
    if (m_unsavedChoice) {
        statusBar()->showMessage(tr("%1 is not remembered until an engine answers there; the next start uses "
                                    "the previous choice.")
                                     .arg(*m_unsavedChoice),
            10000);
    }
    m_engineStatus->showDisconnected(m_endpoint, error, retryInMs);
    m_imagesView->showDisconnected(m_endpoint, error);
    m_containersView->showDisconnected(m_endpoint, error);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: 1100x720, but never more than the screen offers (a 1024x768 or 1366x768
        // laptop under a panel and a title bar), so nothing starts off screen.
        QSize size(1100, 720);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableGeometry().size() - QSize(0, 32));
        resize(size);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QString area = settings.value(QStringLiteral("window/area")).toString();
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (areaKey(Area(m_navigation->item(row)->data(AreaRole).toInt())) == area)
            m_navigation->setCurrentRow(row);
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    // The welcome page opens by its own rule (showWelcomeOnFirstLaunch), not as the last area used.
    if (currentArea() != Area::Welcome)
        settings.setValue(QStringLiteral("window/area"), areaKey(currentArea()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_editorPage->isModified()) {
        // Asked first; the window closes once the text is saved (a job) or discarded.
        event->ignore();
        // Queued: close() from inside this closeEvent would be ignored (the window is closing already).
        m_editorPage->maybeSave([this] { QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection); });
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace Dockwright::Ui
