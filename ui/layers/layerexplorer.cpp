// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerexplorer.h"

#include "changestyle.h"
#include "core/common/bytesize.h"
#include "core/common/duration.h"
#include "core/engine/engineclient.h"
#include "core/image/imageanalysisjob.h"
#include "core/image/layerbuildjoin.h"
#include "core/image/layerscanner.h"
#include "filetreemodel.h"
#include "filetreeproxy.h"
#include "imagecomparewidget.h"
#include "imageconfigmodel.h"
#include "imagesaver.h"
#include "imagesourcebar.h"
#include "layerlistmodel.h"
#include "pathdetailspane.h"
#include "sizebardelegate.h"
#include "treemapwidget.h"
#include "wastedfilesmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

namespace {
// Above this many changed paths, "only changes" no longer expands the whole tree by itself.
constexpr int ExpandAllLimit = 400;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

LayerExplorer::LayerExplorer(QAbstractItemModel *engineImages, QWidget *parent)
    : QWidget(parent)
    , m_job(new ImageAnalysisJob(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    m_sourceBar = new ImageSourceBar(engineImages, tr("Explore"), this);
    layout->addWidget(m_sourceBar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    m_save = new QPushButton(tr("Save image as archive…"), this);
    m_save->setObjectName(QStringLiteral("saveImage"));
    m_save->setToolTip(tr("Write this engine image to a tar file, as docker save does"));
    m_save->setVisible(false);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_save, 0, Qt::AlignTop);
    layout->addLayout(summaryRow);
    layout->addWidget(m_explanation);

    // Top: the layers (wide, for the instructions) beside the most wasted files; below: the file tree
    // beside details, size map and compare.
    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *left = new QSplitter(Qt::Horizontal, vertical);
    auto *layersBox = new QWidget(left);
    auto *layersLayout = new QVBoxLayout(layersBox);
    layersLayout->setContentsMargins(0, 0, 0, 0);
    layersLayout->addWidget(heading(tr("Layers"), layersBox));
    m_layerModel = new LayerListModel(this);
    m_layerView = new QTreeView(layersBox);
    m_layerView->setObjectName(QStringLiteral("layers"));
    m_layerView->setModel(m_layerModel);
    m_layerView->setRootIsDecorated(false);
    m_layerView->setUniformRowHeights(true);
    m_layerView->setAlternatingRowColors(true);
    m_layerView->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_layerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_layerView->setItemDelegateForColumn(
        LayerListModel::SizeColumn, new SizeBarDelegate(LayerListModel::SizeFractionRole, m_layerView));
    m_layerView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_layerView->header()->setStretchLastSection(true);
    m_layerView->setToolTip(tr("Select a layer to see what it changed; Shift+click a second one for a range."));
    layersLayout->addWidget(m_layerView);

    auto *wastedBox = new QWidget(left);
    auto *wastedLayout = new QVBoxLayout(wastedBox);
    wastedLayout->setContentsMargins(0, 0, 0, 0);
    wastedLayout->addWidget(heading(tr("Most wasted files"), wastedBox));
    m_wastedModel = new WastedFilesModel(this);
    auto *wastedProxy = new QSortFilterProxyModel(this);
    wastedProxy->setSourceModel(m_wastedModel);
    wastedProxy->setSortRole(WastedFilesModel::SortRole);
    m_wastedView = new QTreeView(wastedBox);
    m_wastedView->setObjectName(QStringLiteral("wasted"));
    m_wastedView->setModel(wastedProxy);
    m_wastedView->setRootIsDecorated(false);
    m_wastedView->setUniformRowHeights(true);
    m_wastedView->setAlternatingRowColors(true);
    m_wastedView->setSortingEnabled(true);
    m_wastedView->sortByColumn(WastedFilesModel::WastedColumn, Qt::DescendingOrder);
    m_wastedView->setItemDelegateForColumn(
        WastedFilesModel::WastedColumn, new SizeBarDelegate(WastedFilesModel::WastedFractionRole, m_wastedView));
    m_wastedView->header()->setStretchLastSection(false);
    m_wastedView->header()->setSectionResizeMode(WastedFilesModel::PathColumn, QHeaderView::Stretch);
    m_wastedView->header()->setSectionResizeMode(WastedFilesModel::LayersColumn, QHeaderView::ResizeToContents);
    wastedLayout->addWidget(m_wastedView);
    left->addWidget(layersBox);
    left->addWidget(wastedBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setSizes({700, 460});

    auto *split = new QSplitter(Qt::Horizontal, vertical);
    split->addWidget(buildTreePanel());

    m_tabs = new QTabWidget(split);
    m_details = new PathDetailsPane(m_tabs);
    m_tabs->addTab(m_details, tr("Details"));
    auto *mapPage = new QWidget(m_tabs);
    auto *mapLayout = new QVBoxLayout(mapPage);
    mapLayout->setContentsMargins(4, 4, 4, 4);
    m_treemapMeasure = new QComboBox(mapPage);
    m_treemapMeasure->addItem(tr("All bytes of the image up to this layer"));
    m_treemapMeasure->addItem(tr("Only bytes this layer added or changed"));
    m_treemapMeasure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_treemapMeasure->setMinimumContentsLength(16);
    m_treemap = new TreemapWidget(mapPage);
    m_treemap->setObjectName(QStringLiteral("treemap"));
    mapLayout->addWidget(m_treemapMeasure);
    mapLayout->addWidget(m_treemap, 1);
    m_tabs->addTab(mapPage, tr("Size map"));
    // How a container of this image runs: docker image inspect's Config, each field explained.
    m_configModel = new ImageConfigModel(this);
    auto *configView = new QTreeView(m_tabs);
    configView->setObjectName(QStringLiteral("imageConfig"));
    configView->setModel(m_configModel);
    configView->setRootIsDecorated(false);
    configView->setAlternatingRowColors(true);
    configView->setUniformRowHeights(true);
    configView->header()->setSectionResizeMode(ImageConfigModel::FieldColumn, QHeaderView::ResizeToContents);
    configView->header()->setStretchLastSection(true);
    m_tabs->addTab(configView, tr("Configuration"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
        tr("How a container of this image runs (user, command, environment, ports, volumes, health check, "
           "labels), as docker image inspect shows it."));
    // The compare page's source row is wide; scrolled, it no longer squeezes the file tree beside it.
    auto *compareScroll = new QScrollArea(m_tabs);
    compareScroll->setWidgetResizable(true);
    compareScroll->setFrameShape(QFrame::NoFrame);
    m_compare = new ImageCompareWidget(engineImages, compareScroll);
    compareScroll->setWidget(m_compare);
    m_tabs->addTab(compareScroll, tr("Compare images"));
    split->addWidget(m_tabs);
    // The file tree needs its five columns more than the details need their width.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({660, 500});
    vertical->addWidget(left);
    vertical->addWidget(split);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 5);
    vertical->setSizes({220, 560});
    layout->addWidget(vertical, 1);

    connect(m_sourceBar, &ImageSourceBar::sourceChosen, this, &LayerExplorer::openSource);
    connect(m_sourceBar, &ImageSourceBar::cancelRequested, this, &LayerExplorer::cancel);
    connect(m_job, &ImageAnalysisJob::progress, this,
        [this](quint64, qint64 done, qint64 total) { m_sourceBar->setProgress(done, total); });
    connect(m_job, &ImageAnalysisJob::analysed, this,
        [this](quint64, const LayeredImagePtr &image, const WasteReport &waste) { onAnalysed(image, waste); });
    connect(m_job, &ImageAnalysisJob::failed, this, [this](quint64, const ImageError &error) { onFailed(error); });
    connect(m_job, &ImageAnalysisJob::finished, this, [this] { m_sourceBar->setBusy(false); });
    connect(m_layerView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &LayerExplorer::onLayerSelectionChanged);
    connect(m_wastedView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        goToNode(reinterpret_cast<const PathTree::Node *>(index.data(WastedFilesModel::NodeRole).value<quintptr>()));
    });
    connect(m_wastedView, &QTreeView::clicked, m_wastedView, &QTreeView::activated);
    connect(m_treemap, &TreemapWidget::nodeClicked, this, &LayerExplorer::goToNode);
    connect(m_treemapMeasure, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_treemap->setMeasure(index == 0 ? TreemapWidget::Measure::AllBytes : TreemapWidget::Measure::ChangedBytes);
    });
    connect(m_details, &PathDetailsPane::layerActivated, this, [this](int layer) { selectLayers(layer, layer); });
    connect(m_save, &QPushButton::clicked, this, &LayerExplorer::saveImageAsArchive);

    updateSummary();
    // The panes need room, but must not force the main window larger than a small screen: below this
    // the splitters and scroll bars give way.
    setMinimumSize(480, 360);
}

LayerExplorer::~LayerExplorer() = default;

QWidget *LayerExplorer::buildTreePanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QHBoxLayout;
    title->addWidget(heading(tr("Files"), panel));
    m_rangeLabel = new QLabel(panel);
    title->addWidget(m_rangeLabel, 1);
    layout->addLayout(title);

    auto *modeRow = new QHBoxLayout;
    m_modeBox = new QComboBox(panel);
    m_modeBox->addItem(tr("What this layer changed"));
    m_modeBox->addItem(tr("Everything since the base image"));
    m_modeBox->setToolTip(tr("Compare the selected layer with the layer below it, or the image up to the selected "
                             "layer with the base image (FROM)."));
    m_onlyChanges = new QCheckBox(tr("Only changes"), panel);
    m_onlyChanges->setChecked(true);
    modeRow->addWidget(m_modeBox, 1);
    modeRow->addWidget(m_onlyChanges);
    layout->addLayout(modeRow);

    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(panel);
    m_filter->setPlaceholderText(tr("Filter: name, *.so, usr/lib/…"));
    m_filter->setClearButtonEnabled(true);
    filterRow->addWidget(m_filter, 1);
    const ChangeStatus statuses[3] = {ChangeStatus::Added, ChangeStatus::Modified, ChangeStatus::Deleted};
    for (int i = 0; i < 3; ++i) {
        auto *button = new QToolButton(panel);
        button->setCheckable(true);
        button->setChecked(true);
        button->setText(ChangeStyle::marker(statuses[i]) + u' ' + ChangeStyle::label(statuses[i]));
        button->setToolTip(tr("Show %1 paths").arg(ChangeStyle::label(statuses[i])));
        QPalette pal = button->palette();
        pal.setColor(QPalette::ButtonText, ChangeStyle::foreground(statuses[i], pal));
        button->setPalette(pal);
        m_statusButtons[i] = button;
        filterRow->addWidget(button);
        connect(button, &QToolButton::toggled, this,
            [this, status = statuses[i]](bool on) { m_treeProxy->setStatusVisible(status, on); });
    }
    layout->addLayout(filterRow);
    m_goTo = new QLineEdit(panel);
    m_goTo->setPlaceholderText(tr("Go to path, e.g. /etc/os-release, then Enter"));
    m_goTo->setClearButtonEnabled(true);
    layout->addWidget(m_goTo);

    m_treeModel = new FileTreeModel(this);
    m_treeProxy = new FileTreeProxy(this);
    m_treeProxy->setSourceModel(m_treeModel);
    m_treeProxy->setStatusVisible(ChangeStatus::Unchanged, false);
    m_treeView = new QTreeView(panel);
    m_treeView->setObjectName(QStringLiteral("files"));
    m_treeView->setModel(m_treeProxy);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setSortingEnabled(true);
    m_treeView->sortByColumn(FileTreeModel::NameColumn, Qt::AscendingOrder);
    // Interactive everywhere: Stretch and ResizeToContents sections cannot be dragged, and a Stretch
    // Name got what the content-sized columns left, down to nothing in a narrow pane.
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_treeView->header()->setMinimumSectionSize(m_treeView->fontMetrics().horizontalAdvance(u'M') * 3);
    // The viewport's own resize: the view's comes before its scroll bars and viewport are laid out.
    m_treeView->viewport()->installEventFilter(this);
    // Only a drag is the user's choice: model resets and the view resize sections too.
    m_treeView->header()->viewport()->installEventFilter(this);
    connect(m_treeView->header(), &QHeaderView::sectionResized, this, [this] {
        if (m_draggingHeader && !m_fittingColumns)
            m_userSizedColumns = true;
    });
    connect(m_treeView, &QTreeView::expanded, this, [this] {
        if (!m_userSizedColumns)
            fitTreeColumns();
    });
    layout->addWidget(m_treeView, 1);
    m_status = new QLabel(panel);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
        [this](int index) { setViewMode(index == 0 ? ViewMode::LayerChanges : ViewMode::SinceBase); });
    connect(m_onlyChanges, &QCheckBox::toggled, this, &LayerExplorer::setOnlyChanges);
    connect(m_filter, &QLineEdit::textChanged, this, &LayerExplorer::onFilterChanged);
    connect(m_goTo, &QLineEdit::returnPressed, this, [this] {
        if (!goToPath(m_goTo->text()))
            m_status->setText(tr("No path “%1” in this image.").arg(m_goTo->text()));
    });
    connect(
        m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &LayerExplorer::onTreeCurrentChanged);
    return panel;
}

void LayerExplorer::setEngineClient(EngineClient *client)
{
    m_client = client;
    m_job->setEngineClient(client);
    m_compare->setEngineClient(client);
    m_details->setEngineClient(client);
}

void LayerExplorer::saveImageAsArchive()
{
    if (m_image && m_image->fromEngine)
        ImageSaver::saveWithDialog(m_client, m_image->source, this);
}

bool LayerExplorer::onlyChanges() const
{
    return m_onlyChanges->isChecked();
}

void LayerExplorer::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void LayerExplorer::onFilterChanged(const QString &text)
{
    const bool filtering = !text.trimmed().isEmpty();
    // The proxy drops and re-adds rows while filtering, and the view forgets their expansion.
    if (filtering && !m_filtering)
        m_expandedBeforeFilter = expandedNodes();
    m_treeProxy->setNamePattern(text);
    if (filtering) {
        m_treeView->expandAll();
    } else if (m_filtering) {
        m_treeView->collapseAll(); // what only the filter's matches opened closes again
        expandNodes(m_expandedBeforeFilter);
        m_expandedBeforeFilter.clear();
        const QModelIndex current = m_treeView->currentIndex();
        if (current.isValid())
            m_treeView->scrollTo(current); // expands its parents too
    }
    m_filtering = filtering;
}

QList<const PathTree::Node *> LayerExplorer::expandedNodes() const
{
    QList<const PathTree::Node *> nodes;
    QList<QModelIndex> pending {QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0, rows = m_treeProxy->rowCount(parent); row < rows; ++row) {
            const QModelIndex index = m_treeProxy->index(row, 0, parent);
            if (!m_treeView->isExpanded(index))
                continue;
            if (const PathTree::Node *node = FileTreeModel::nodeOf(m_treeProxy->mapToSource(index)))
                nodes.append(node);
            pending.append(index);
        }
    }
    return nodes;
}

void LayerExplorer::expandNodes(const QList<const PathTree::Node *> &nodes)
{
    for (const PathTree::Node *node : nodes) {
        const QModelIndex index = m_treeProxy->mapFromSource(m_treeModel->indexForNode(node));
        if (index.isValid())
            m_treeView->setExpanded(index, true);
    }
}

void LayerExplorer::fitTreeColumns()
{
    QHeaderView *header = m_treeView->header();
    // QTreeView hides this (protected); the base class's public one is the same virtual.
    const QAbstractItemView *view = m_treeView;
    m_fittingColumns = true;
    int others = 0;
    for (int c = FileTreeModel::StatusColumn; c < FileTreeModel::ColumnCount; ++c) {
        const int width = qMax(header->sectionSizeHint(c), view->sizeHintForColumn(c));
        header->resizeSection(c, width);
        others += width;
    }
    // Name takes the rest, but never less than its names need (up to half the pane): the other
    // columns scroll sideways before the names disappear.
    const int available = m_treeView->viewport()->width() - others;
    const int names
        = qMax(header->sectionSizeHint(FileTreeModel::NameColumn), view->sizeHintForColumn(FileTreeModel::NameColumn));
    const int floor = qMin(names, m_treeView->viewport()->width() / 2);
    header->resizeSection(FileTreeModel::NameColumn, qMax(available, floor));
    m_fittingColumns = false;
}

bool LayerExplorer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_treeView->viewport() && event->type() == QEvent::Resize && !m_userSizedColumns)
        fitTreeColumns();
    if (watched == m_treeView->header()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_draggingHeader = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_draggingHeader = false;
    }
    return QWidget::eventFilter(watched, event);
}

void LayerExplorer::openSource(const ImageSource &source)
{
    if (source.kind == ImageSource::Kind::EngineImage)
        m_sourceBar->showEngineImage(source.location);
    m_sourceBar->setBusy(true);
    m_sourceBar->setMessage(tr("Reading %1…").arg(source.location));
    m_job->start(source);
}

void LayerExplorer::cancel()
{
    m_job->cancel();
}

void LayerExplorer::onFailed(const ImageError &error)
{
    const QString message = error.kind == ImageError::Kind::Cancelled ? tr("Cancelled; the previous image stays open.")
                                                                      : error.toString();
    m_sourceBar->setMessage(message);
    Q_EMIT loadFailed(message);
}

void LayerExplorer::onAnalysed(const LayeredImagePtr &image, const WasteReport &waste)
{
    m_image = image;
    m_waste = waste;
    m_selected = nullptr;
    m_expandedBeforeFilter.clear();
    m_userSizedColumns = false;
    m_save->setVisible(image->fromEngine);
    m_sourceBar->setMessage(tr("%1 · %2 · %3")
            .arg(image->reference.isEmpty() ? image->source : image->reference, image->platform(), image->layout));
    m_layerModel->setImage(image, waste);
    // The build record that made this image, if Dockwright built it: read from every project's history
    // file, so off the GUI thread; the layer list and status line gain their step names when it arrives.
    m_layerModel->setBuildJoin({});
    m_joinJob.start([image](const JobControl &) { return LayerBuildJoin::joinFromHistory(*image); },
        [this](const LayerBuildJoinResult &join) {
            m_layerModel->setBuildJoin(join);
            updateStatusLine();
        });
    m_wastedModel->setReport(waste);
    m_configModel->setConfig(image->runConfig());
    m_treeModel->setSnapshot({});
    m_treemap->setSnapshot({});
    m_details->setPath({}, nullptr, -1);
    m_compare->setBaseImage(image);
    updateSummary();
    Q_EMIT imageLoaded();
    if (!image->layers.empty()) {
        const int first = qMin(image->baseLayerCount, int(image->layers.size()) - 1);
        selectLayers(first, first);
    }
}

void LayerExplorer::updateSummary()
{
    if (!m_image) {
        m_summary->setText(tr("<span style='font-size:large'>No image open.</span> Open a saved archive, an OCI "
                              "layout folder, or pick one of the engine's images."));
        m_explanation->clear();
        return;
    }
    const QString big = QStringLiteral("<span style='font-size:x-large; font-weight:600'>%1</span>");
    const QColor warn
        = ChangeStyle::foreground(m_waste.efficiency < 0.9 ? ChangeStatus::Deleted : ChangeStatus::Added, palette());
    m_summary->setText(
        tr("%1 efficiency &nbsp;·&nbsp; %2 wasted &nbsp;·&nbsp; %3 in %n layer(s) (%4 from the base image)", nullptr,
            int(m_image->layers.size()))
            .arg(QStringLiteral("<span style='font-size:x-large; font-weight:600; color:%1'>%2 %</span>")
                     .arg(warn.name(), QString::number(m_waste.efficiency * 100.0, 'f', 1)),
                big.arg(formatBytes(m_waste.wastedBytes, QLocale())),
                big.arg(formatBytes(m_waste.totalBytes, QLocale())))
            .arg(m_image->baseLayerCount));
    m_explanation->setText(
        tr("Efficiency is the share of all stored layer bytes that is still visible in the final image. Wasted bytes "
           "are copies that a later layer overwrote or deleted: they are downloaded and stored but nobody sees them "
           "(%1 of them caused by your layers).")
            .arg(formatBytes(m_waste.userWastedBytes, QLocale())));
}

QString LayerExplorer::buildStepText() const
{
    // Only for one layer: a range has no single step to name.
    const LayerBuildJoinResult &join = m_layerModel->buildJoin();
    const LayerBuildStep *step = join.matched && !m_range ? join.forLayer(m_to) : nullptr;
    if (!step)
        return {};
    const QString how = step->cached ? tr("CACHED")
        : step->durationMs >= 0      ? tr("built in %1").arg(Duration::format(step->durationMs, QLocale()))
                                     : tr("built");
    return tr(" · step %1 (%2:%3), %4")
        .arg(step->name.toHtmlEscaped(), step->dockerfile.toHtmlEscaped())
        .arg(step->line)
        .arg(how);
}

void LayerExplorer::selectLayers(int first, int last)
{
    if (!m_image || first < 0 || last >= int(m_image->layers.size()) || first > last)
        return;
    QItemSelectionModel *selection = m_layerView->selectionModel();
    const QItemSelection range(
        m_layerModel->index(first, 0), m_layerModel->index(last, LayerListModel::ColumnCount - 1));
    selection->select(range, QItemSelectionModel::ClearAndSelect);
    selection->setCurrentIndex(m_layerModel->index(first, 0), QItemSelectionModel::NoUpdate);
    m_layerView->scrollTo(m_layerModel->index(last, 0));
}

void LayerExplorer::onLayerSelectionChanged()
{
    if (!m_image)
        return;
    int first = INT_MAX;
    int last = -1;
    for (const QModelIndex &index : m_layerView->selectionModel()->selectedRows()) {
        first = qMin(first, index.row());
        last = qMax(last, index.row());
    }
    if (last < 0)
        return;
    m_range = first != last;
    m_to = last;
    if (m_range)
        m_from = first - 1;
    else if (m_mode == ViewMode::LayerChanges)
        m_from = last - 1;
    else
        m_from = last >= m_image->baseLayerCount ? m_image->baseLayerCount - 1 : -1;
    m_modeBox->setEnabled(!m_range);
    if (m_range)
        m_rangeLabel->setText(tr("changes of layers %1–%2").arg(first).arg(last));
    else if (m_from < 0)
        m_rangeLabel->setText(tr("layer %1 against an empty image").arg(m_to));
    else
        m_rangeLabel->setText(tr("layer %1 against layer %2").arg(m_to).arg(m_from));
    requestSnapshot();
}

void LayerExplorer::setViewMode(ViewMode mode)
{
    m_mode = mode;
    const QSignalBlocker block(m_modeBox);
    m_modeBox->setCurrentIndex(mode == ViewMode::LayerChanges ? 0 : 1);
    onLayerSelectionChanged();
}

void LayerExplorer::setOnlyChanges(bool only)
{
    {
        const QSignalBlocker block(m_onlyChanges);
        m_onlyChanges->setChecked(only);
    }
    m_treeProxy->setStatusVisible(ChangeStatus::Unchanged, !only);
    const LayerTreeSnapshotPtr &s = m_treeModel->snapshot();
    if (only && s && s->added + s->modified + s->deleted <= ExpandAllLimit)
        m_treeView->expandAll();
}

void LayerExplorer::requestSnapshot()
{
    m_status->setText(tr("Stacking layers…"));
    const LayeredImagePtr image = m_image;
    const int from = m_from;
    const int to = m_to;
    // A superseded stacking stops early; its result is dropped by the tracker.
    m_snapshotJob.start(
        [image, from, to](
            const JobControl &control) { return LayerTreeSnapshot::build(image, from, to, control.stopFlag()); },
        [this](const LayerTreeSnapshotPtr &snapshot) {
            if (snapshot)
                applySnapshot(snapshot);
        });
}

void LayerExplorer::applySnapshot(const LayerTreeSnapshotPtr &snapshot)
{
    const PathTree::Node *keep = m_selected;
    m_treeModel->setSnapshot(snapshot);
    m_treemap->setSnapshot(snapshot);
    m_treemapMeasure->setItemText(
        1, m_range ? tr("Only bytes these layers added or changed") : tr("Only bytes this layer added or changed"));
    if ((m_onlyChanges->isChecked() || m_filtering)
        && snapshot->added + snapshot->modified + snapshot->deleted <= ExpandAllLimit)
        m_treeView->expandAll();
    updateStatusLine();
    // Keep the selected path selected if the filters show it in this layer; never change the
    // filters for it (the user picked a layer, not this path).
    const QModelIndex shown
        = keep && snapshot->isShown(keep) ? m_treeProxy->mapFromSource(m_treeModel->indexForNode(keep)) : QModelIndex();
    if (shown.isValid()) {
        m_treeView->setCurrentIndex(shown);
        m_treeView->scrollTo(shown, QAbstractItemView::PositionAtCenter);
    } else {
        m_details->setPath(m_image, keep, m_to);
    }
    if (!m_userSizedColumns)
        fitTreeColumns();
    Q_EMIT snapshotReady();
}

void LayerExplorer::updateStatusLine()
{
    const LayerTreeSnapshotPtr &s = m_treeModel->snapshot();
    if (!s) {
        m_status->clear();
        return;
    }
    const QPalette &pal = palette();
    m_status->setText(tr("<span style='color:%1'>+%2 added</span> · <span style='color:%3'>~%4 modified</span> · "
                         "<span style='color:%5'>−%6 deleted</span> · %7 of files changed")
                          .arg(ChangeStyle::foreground(ChangeStatus::Added, pal).name())
                          .arg(s->added)
                          .arg(ChangeStyle::foreground(ChangeStatus::Modified, pal).name())
                          .arg(s->modified)
                          .arg(ChangeStyle::foreground(ChangeStatus::Deleted, pal).name())
                          .arg(s->deleted)
                          .arg(formatBytes(s->changedSize[s->root()->id], QLocale()))
        + buildStepText());
}

void LayerExplorer::onTreeCurrentChanged()
{
    const QModelIndex current = m_treeProxy->mapToSource(m_treeView->currentIndex());
    const PathTree::Node *node = FileTreeModel::nodeOf(current);
    if (!node)
        return;
    m_selected = node;
    m_treemap->setCurrentNode(node);
    m_details->setPath(m_image, node, m_to);
}

void LayerExplorer::goToNode(const PathTree::Node *node)
{
    if (!node || !m_image)
        return;
    m_selected = node;
    const QModelIndex source = m_treeModel->indexForNode(node);
    QModelIndex index = m_treeProxy->mapFromSource(source);
    if (source.isValid() && !index.isValid()) {
        // Hidden by a filter: show everything rather than pretend the path is not there.
        m_filter->clear();
        for (QToolButton *button : m_statusButtons)
            button->setChecked(true);
        setOnlyChanges(false);
        index = m_treeProxy->mapFromSource(source);
    }
    if (index.isValid()) {
        m_treeView->setCurrentIndex(index);
        m_treeView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    } else {
        m_status->setText(tr("%1 is not in the image after layer %2; its history is in Details.")
                .arg(m_image->tree->path(node))
                .arg(m_to));
        m_details->setPath(m_image, node, m_to);
        m_treemap->setCurrentNode(nullptr);
    }
}

bool LayerExplorer::goToPath(const QString &path)
{
    if (!m_image)
        return false;
    QByteArray normalised;
    if (!LayerScanner::normalisePath(path.trimmed().toUtf8(), normalised))
        return false;
    const PathTree::Node *node = m_image->tree->find(normalised);
    if (!node)
        return false;
    goToNode(node);
    return true;
}

QString LayerExplorer::summaryText() const
{
    return m_summary->text();
}

QString LayerExplorer::statusText() const
{
    return m_status->text();
}

} // namespace Dockwright::Ui
