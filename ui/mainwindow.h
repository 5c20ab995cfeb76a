// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/endpoint.h"
#include "core/image/imagesource.h"
#include "core/jobs/jobtracker.h"

#include <QMainWindow>
#include <optional>

class QAction;
class QListWidget;
class QStackedWidget;

namespace Dockwright::Core {
class EngineSession;
struct EngineError;
struct EngineInfo;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

class BuildPanel;
class ContainersModel;
class EditorPage;
class EngineStatusWidget;
class ImagesModel;
class LayerExplorer;
class ResourceRefresher;
class ResourceView;
class WelcomePage;

// The application shell: work areas (Editor, Build, Layers, Run, Images, Containers, Welcome), the
// menus (Help links the docs) and the engine status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum class Area { Editor, Build, Layers, Run, Images, Containers, Welcome };
    Q_ENUM(Area)

    // Reads the stored endpoint choice and starts talking to the engine right away.
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // QSettings key of the endpoint choice: "" automatic, "context:<name>" or a DOCKER_HOST-style URI.
    static QString endpointSettingsKey() { return QStringLiteral("engine/endpoint"); }

    // The choice in use now (it may not be stored yet, see connectTo()).
    QString endpointChoice() const { return m_endpointChoice; }
    // Connects with this choice ("" automatic, "context:<name>" or an address). Automatic is stored at
    // once; anything else only once the engine answered there, so a typo never outlives the session.
    void connectTo(const QString &choice);

    // QSettings key: whether the welcome page opens at start (absent until the first start showed it).
    static QString welcomeSettingsKey() { return QStringLiteral("welcome/showAtStart"); }
    // Shows the welcome page on the very first start, or at every start when the user asked for that.
    bool showWelcomeOnFirstLaunch();
    WelcomePage *welcomePage() const { return m_welcomePage; }

    Area currentArea() const;
    void setCurrentArea(Area area);

    Core::EngineSession *session() const { return m_session; }
    EngineStatusWidget *engineStatus() const { return m_engineStatus; }
    ResourceView *imagesView() const { return m_imagesView; }
    ResourceView *containersView() const { return m_containersView; }
    ImagesModel *imagesModel() const { return m_imagesModel; }
    ContainersModel *containersModel() const { return m_containersModel; }
    EditorPage *editorPage() const { return m_editorPage; }
    LayerExplorer *layerExplorer() const { return m_layerExplorer; }
    // Shows the Layers area and analyses an archive, OCI layout folder or engine image there.
    void openLayers(const Core::ImageSource &source);
    BuildPanel *buildPanel() const { return m_buildPanel; }
    // Shows the Build area on a Dockerfile (its folder is the context); start builds once the engine is up.
    void openBuild(const QString &dockerfile, bool start = false);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildMenus();
    void buildFromAnywhere(); // Build ▸ Build Image (Ctrl+B, toolbar)
    void addArea(Area area, const QIcon &icon, const QString &name, const QString &toolTip, QWidget *page);
    void buildHelpMenu();
    void startEngine(const QString &choice);
    void updateWindowTitle();
    void openFolder();
    void runHardened();
    // Run from Build or Images: the Run area on that image, inspected for its checks.
    void runImage(const QString &image);
    void showShortcuts();
    void chooseEndpoint();
    void refresh();
    void onConnected(const Core::EngineInfo &info);
    void onDisconnected(const Core::EngineError &error, int retryInMs);
    void restoreSettings();
    void saveSettings() const;
    void connectBuildPanel();

    Core::EngineSession *m_session = nullptr;
    QAction *m_buildAction = nullptr;
    Core::Endpoint m_endpoint;
    Core::JobTracker m_endpointJob {this}; // resolves the engine address
    Core::JobTracker m_candidatesJob {this}; // lists the engines to connect to, for the picker
    Core::JobTracker m_docsJob {this}; // finds the documentation folder for Help ▸ Documentation
    QString m_endpointChoice;
    std::optional<QString> m_unsavedChoice; // stored once the engine answers
    ImagesModel *m_imagesModel = nullptr;
    ContainersModel *m_containersModel = nullptr;
    ResourceRefresher *m_refresher = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ResourceView *m_imagesView = nullptr;
    ResourceView *m_containersView = nullptr;
    EngineStatusWidget *m_engineStatus = nullptr;
    EditorPage *m_editorPage = nullptr;
    LayerExplorer *m_layerExplorer = nullptr;
    BuildPanel *m_buildPanel = nullptr;
    WelcomePage *m_welcomePage = nullptr;
};

} // namespace Dockwright::Ui
