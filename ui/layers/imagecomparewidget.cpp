// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagecomparewidget.h"

#include "changestyle.h"
#include "core/common/bytesize.h"
#include "core/image/imageanalysisjob.h"
#include "imagediffmodel.h"
#include "imagesourcebar.h"
#include "layerlistmodel.h"
#include "sizebardelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

namespace {
QTreeView *layerView(LayerListModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setItemDelegateForColumn(
        LayerListModel::SizeColumn, new SizeBarDelegate(LayerListModel::SizeFractionRole, view));
    view->hideColumn(LayerListModel::WastedColumn);
    view->hideColumn(LayerListModel::CachedColumn);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setStretchLastSection(true);
    return view;
}
} // namespace

ImageCompareWidget::ImageCompareWidget(QAbstractItemModel *engineImages, QWidget *parent)
    : QWidget(parent)
    , m_job(new ImageAnalysisJob(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *intro = new QLabel(tr("Compare the open image (before) with another image (after), e.g. the same Dockerfile "
                                "before and after a change."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_bar = new ImageSourceBar(engineImages, tr("Compare"), this);
    layout->addWidget(m_bar);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *sides = new QSplitter(Qt::Horizontal, vertical);
    m_beforeLayers = new LayerListModel(this);
    m_afterLayers = new LayerListModel(this);
    sides->addWidget(layerView(m_beforeLayers, sides));
    sides->addWidget(layerView(m_afterLayers, sides));
    m_diffModel = new ImageDiffModel(this);
    m_diffProxy = new QSortFilterProxyModel(this);
    m_diffProxy->setSourceModel(m_diffModel);
    m_diffProxy->setSortRole(ImageDiffModel::SortRole);
    auto *diffView = new QTreeView(vertical);
    diffView->setObjectName(QStringLiteral("imageDiff"));
    diffView->setModel(m_diffProxy);
    diffView->setRootIsDecorated(false);
    diffView->setUniformRowHeights(true);
    diffView->setSortingEnabled(true);
    diffView->sortByColumn(ImageDiffModel::PathColumn, Qt::AscendingOrder);
    diffView->header()->setStretchLastSection(false);
    diffView->header()->setSectionResizeMode(ImageDiffModel::PathColumn, QHeaderView::Stretch);
    vertical->addWidget(sides);
    vertical->addWidget(diffView);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 2);
    layout->addWidget(vertical, 1);

    connect(m_bar, &ImageSourceBar::sourceChosen, this, &ImageCompareWidget::compareWith);
    connect(m_bar, &ImageSourceBar::cancelRequested, m_job, &ImageAnalysisJob::cancel);
    connect(m_job, &ImageAnalysisJob::progress, m_bar,
        [this](quint64, qint64 done, qint64 total) { m_bar->setProgress(done, total); });
    connect(
        m_job, &ImageAnalysisJob::analysed, this, [this](quint64, const LayeredImagePtr &image, const WasteReport &) {
            m_after = image;
            m_afterLayers->setImage(image);
            runDiff();
        });
    connect(m_job, &ImageAnalysisJob::failed, this, [this](quint64, const ImageError &error) {
        m_bar->setMessage(error.kind == ImageError::Kind::Cancelled ? tr("Cancelled.") : error.toString());
    });
    connect(m_job, &ImageAnalysisJob::finished, this, [this] { m_bar->setBusy(false); });
    setBaseImage({});
}

ImageCompareWidget::~ImageCompareWidget() = default;

void ImageCompareWidget::setBaseImage(const LayeredImagePtr &image)
{
    m_before = image;
    m_beforeLayers->setImage(image);
    m_bar->setEnabled(image != nullptr);
    if (!image)
        m_summary->setText(tr("Open an image first; it is the “before” side."));
    else if (m_after)
        runDiff();
    else
        m_summary->setText(
            tr("Before: <b>%1</b>. Choose the image to compare it with.").arg(image->source.toHtmlEscaped()));
}

void ImageCompareWidget::setEngineClient(EngineClient *client)
{
    m_job->setEngineClient(client);
}

void ImageCompareWidget::compareWith(const ImageSource &source)
{
    if (!m_before)
        return;
    m_bar->setBusy(true);
    m_bar->setMessage(tr("Reading %1…").arg(source.location));
    m_job->start(source);
}

QString ImageCompareWidget::summaryText() const
{
    return m_summary->text();
}

void ImageCompareWidget::runDiff()
{
    if (!m_before || !m_after)
        return;
    const LayeredImagePtr before = m_before;
    const LayeredImagePtr after = m_after;
    m_bar->setMessage(tr("Comparing…"));
    m_diffJob.start(
        [before, after](const JobControl &control) { return ImageDiff::compare(*before, *after, control.stopFlag()); },
        [this, before, after](const ImageDiff::Result &result) {
            m_diffModel->setResult(result);
            m_bar->setMessage(QString());
            m_summary->setText(
                tr("<b>%1</b> → <b>%2</b>: <span style='color:%3'>+%4 added (%5)</span>, "
                   "<span style='color:%6'>~%7 modified (%8)</span>, <span style='color:%9'>−%10 deleted (%11)</span>.")
                    .arg(before->source.toHtmlEscaped(), after->source.toHtmlEscaped(),
                        ChangeStyle::foreground(ChangeStatus::Added, palette()).name())
                    .arg(result.added)
                    .arg(formatBytes(result.addedBytes, QLocale()),
                        ChangeStyle::foreground(ChangeStatus::Modified, palette()).name())
                    .arg(result.modified)
                    .arg(formatBytes(result.modifiedBytes, QLocale()),
                        ChangeStyle::foreground(ChangeStatus::Deleted, palette()).name())
                    .arg(result.deleted)
                    .arg(formatBytes(result.removedBytes, QLocale())));
            Q_EMIT compared();
        });
}

} // namespace Dockwright::Ui
