// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/imagesource.h"
#include "core/image/wastereport.h"
#include "core/jobs/jobtracker.h"
#include "layertreesnapshot.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace Dockwright::Core {
class EngineClient;
class ImageAnalysisJob;
struct ImageError;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

class FileTreeModel;
class FileTreeProxy;
class ImageCompareWidget;
class ImageConfigModel;
class ImageSourceBar;
class LayerListModel;
class PathDetailsPane;
class TreemapWidget;
class WastedFilesModel;

// The Layers work area: open an image (file, layout folder or engine image; analysed off the GUI
// thread with progress and Cancel), then its layers with size bars, efficiency and the most wasted
// files, the file tree of a layer, a layer range or the image so far (status colours, filters), a
// treemap of the bytes, details, history, contents and diffs of a path, and an image-to-image compare.
class LayerExplorer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerExplorer)
public:
    enum class ViewMode { LayerChanges, SinceBase };

    // engineImages: ImagesModel (the engine's images) or nullptr.
    explicit LayerExplorer(QAbstractItemModel *engineImages, QWidget *parent = nullptr);
    ~LayerExplorer() override; // cancels and waits for its workers

    // The engine address image names are exported from (EngineSession's endpoint URI).
    // The live connection engine images are read over.
    void setEngineClient(Core::EngineClient *client);
    // An archive, a layout directory or an image name; replaces the current image when analysed.
    void openSource(const Core::ImageSource &source);
    void cancel();

    Core::LayeredImagePtr image() const { return m_image; }
    const Core::WasteReport &waste() const { return m_waste; }
    // Shows the changes of layers first..last (first = last: one layer).
    void selectLayers(int first, int last);
    void setViewMode(ViewMode mode);
    void setOnlyChanges(bool only);
    bool onlyChanges() const;
    // Filters the tree by name (the filter box's text); clearing it brings back the expansion the
    // tree had before filtering.
    void setFilterText(const QString &text);
    // Engine images only: asks for a file and saves the image as an archive (ImageSaver).
    void saveImageAsArchive();
    QPushButton *saveButton() const { return m_save; }
    ImageSourceBar *sourceBar() const { return m_sourceBar; }
    // Selects a path in the tree ("/etc/passwd" or "etc/passwd"); false when the image has no such path.
    bool goToPath(const QString &path);
    int fromLayer() const { return m_from; }
    int toLayer() const { return m_to; }

    LayerListModel *layerModel() const { return m_layerModel; }
    FileTreeModel *treeModel() const { return m_treeModel; }
    FileTreeProxy *treeProxy() const { return m_treeProxy; }
    WastedFilesModel *wastedModel() const { return m_wastedModel; }
    ImageConfigModel *configModel() const { return m_configModel; }
    QTreeView *layerView() const { return m_layerView; }
    QTreeView *treeView() const { return m_treeView; }
    QTreeView *wastedView() const { return m_wastedView; }
    TreemapWidget *treemap() const { return m_treemap; }
    PathDetailsPane *details() const { return m_details; }
    ImageCompareWidget *compare() const { return m_compare; }
    QTabWidget *tabs() const { return m_tabs; }
    QString summaryText() const;
    QString statusText() const;

Q_SIGNALS:
    void imageLoaded();
    void loadFailed(const QString &message);
    void snapshotReady(); // the tree model and treemap show the requested range

private:
    void onAnalysed(const Core::LayeredImagePtr &image, const Core::WasteReport &waste);
    QString buildStepText() const;
    void onFailed(const Core::ImageError &error);
    void onLayerSelectionChanged();
    void requestSnapshot();
    void applySnapshot(const LayerTreeSnapshotPtr &snapshot);
    void onTreeCurrentChanged();
    void goToNode(const Core::PathTree::Node *node);
    void updateSummary();
    void updateStatusLine();
    QWidget *buildTreePanel();
    void onFilterChanged(const QString &text);
    QList<const Core::PathTree::Node *> expandedNodes() const;
    void expandNodes(const QList<const Core::PathTree::Node *> &nodes);
    // Sizes the tree's columns: the others to their contents, Name to the rest (all draggable).
    void fitTreeColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Core::ImageAnalysisJob *m_job = nullptr;
    Core::LayeredImagePtr m_image;
    Core::WasteReport m_waste;
    int m_from = -1;
    int m_to = -1;
    ViewMode m_mode = ViewMode::LayerChanges;
    bool m_range = false;
    Core::JobTracker m_snapshotJob {this};
    Core::JobTracker m_joinJob {this};
    const Core::PathTree::Node *m_selected = nullptr;
    QPointer<Core::EngineClient> m_client;
    bool m_filtering = false;
    QList<const Core::PathTree::Node *> m_expandedBeforeFilter; // view state, not in the nodes
    bool m_fittingColumns = false;
    bool m_draggingHeader = false; // a mouse button is down on the tree's header
    bool m_userSizedColumns = false; // the user dragged a border: stop fitting on resize

    ImageSourceBar *m_sourceBar = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_explanation = nullptr;
    LayerListModel *m_layerModel = nullptr;
    QTreeView *m_layerView = nullptr;
    WastedFilesModel *m_wastedModel = nullptr;
    ImageConfigModel *m_configModel = nullptr;
    QTreeView *m_wastedView = nullptr;
    FileTreeModel *m_treeModel = nullptr;
    FileTreeProxy *m_treeProxy = nullptr;
    QTreeView *m_treeView = nullptr;
    QComboBox *m_modeBox = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QLineEdit *m_goTo = nullptr;
    QCheckBox *m_onlyChanges = nullptr;
    QToolButton *m_statusButtons[3] = {};
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    PathDetailsPane *m_details = nullptr;
    TreemapWidget *m_treemap = nullptr;
    QComboBox *m_treemapMeasure = nullptr;
    ImageCompareWidget *m_compare = nullptr;
};

} // namespace Dockwright::Ui
