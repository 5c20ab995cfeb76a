// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/imagediff.h"
#include "core/image/imagesource.h"
#include "core/image/layeredimage.h"
#include "core/jobs/jobtracker.h"

#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace Dockwright::Core {
class EngineClient;
class ImageAnalysisJob;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

class ImageDiffModel;
class ImageSourceBar;
class LayerListModel;

// Two images side by side (e.g. before and after a Dockerfile change): both layer lists, and every
// path whose squashed state differs, from the core's ImageDiff (computed on a worker thread).
class ImageCompareWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageCompareWidget)
public:
    ImageCompareWidget(QAbstractItemModel *engineImages, QWidget *parent = nullptr);
    ~ImageCompareWidget() override;

    // The explorer's image: the "before" side.
    void setBaseImage(const Core::LayeredImagePtr &image);
    void setEngineClient(Core::EngineClient *client);
    // Loads the "after" side and compares (as if chosen in the bar).
    void compareWith(const Core::ImageSource &source);
    ImageDiffModel *diffModel() const { return m_diffModel; }
    QString summaryText() const;

Q_SIGNALS:
    void compared(); // the diff model holds a new result

private:
    void runDiff();

    Core::LayeredImagePtr m_before;
    Core::LayeredImagePtr m_after;
    Core::ImageAnalysisJob *m_job = nullptr;
    Core::JobTracker m_diffJob {this};
    ImageSourceBar *m_bar = nullptr;
    QLabel *m_summary = nullptr;
    LayerListModel *m_beforeLayers = nullptr;
    LayerListModel *m_afterLayers = nullptr;
    ImageDiffModel *m_diffModel = nullptr;
    QSortFilterProxyModel *m_diffProxy = nullptr;
};

} // namespace Dockwright::Ui
