// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagesourcebar.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace Dockwright::Ui {

namespace {
constexpr int ImageIdRole = Qt::UserRole + 1; // ImagesModel::IdRole
}

ImageSourceBar::ImageSourceBar(QAbstractItemModel *images, const QString &openText, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_openFile = new QPushButton(tr("Open archive…"), this);
    m_openFile->setToolTip(tr("A tar written by docker save, podman save or an OCI archive (optionally compressed)"));
    m_openFolder = new QPushButton(tr("Open folder…"), this);
    m_openFolder->setToolTip(tr("An OCI image layout directory (oci-layout, index.json, blobs/)"));
    layout->addWidget(m_openFile);
    layout->addWidget(m_openFolder);
    if (images) {
        layout->addWidget(new QLabel(tr("or engine image:"), this));
        m_images = new QComboBox(this);
        m_images->setObjectName(QStringLiteral("engineImages"));
        m_images->setModel(images);
        m_images->setMinimumContentsLength(22);
        m_images->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_images->setAccessibleName(tr("Engine image"));
        m_openImage = new QPushButton(openText, this);
        layout->addWidget(m_images);
        layout->addWidget(m_openImage);
        connect(m_openImage, &QPushButton::clicked, this, &ImageSourceBar::openEngineImage);
        connect(m_images, &QComboBox::activated, this, [this] { m_shown.clear(); });
        // A refresh resets or refills the list (and the box to its first row): show the image again.
        const auto reselect = [this] {
            if (!m_shown.isEmpty())
                selectShownImage();
        };
        connect(images, &QAbstractItemModel::modelReset, this, reselect);
        connect(images, &QAbstractItemModel::rowsInserted, this, reselect);
        connect(images, &QAbstractItemModel::rowsRemoved, this, reselect);
        connect(images, &QAbstractItemModel::dataChanged, this, reselect);
        connect(images, &QAbstractItemModel::layoutChanged, this, reselect);
    }
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message, 1);
    setBusy(false);

    connect(m_cancel, &QPushButton::clicked, this, &ImageSourceBar::cancelRequested);
    connect(m_openFile, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open an image archive"), {},
            tr("Image archives (*.tar *.tar.gz *.tgz *.tar.zst *.oci);;All files (*)"));
        if (!file.isEmpty())
            Q_EMIT sourceChosen(Core::ImageSource::archive(file));
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open an OCI image layout folder"));
        if (!dir.isEmpty())
            Q_EMIT sourceChosen(Core::ImageSource::layoutDirectory(dir));
    });
}

ImageSourceBar::~ImageSourceBar() = default;

void ImageSourceBar::openEngineImage()
{
    if (!m_images || m_images->currentIndex() < 0)
        return;
    // A tag reads better in messages than an ID, and the engine accepts both.
    const QString tag = m_images->currentText().section(u',', 0, 0).trimmed();
    const QString id = m_images->currentData(ImageIdRole).toString();
    Q_EMIT sourceChosen(Core::ImageSource::engineImage(tag.isEmpty() || tag.startsWith(u'(') ? id : tag));
}

void ImageSourceBar::showEngineImage(const QString &nameOrId)
{
    m_shown = nameOrId.trimmed();
    if (m_images)
        selectShownImage();
}

QString ImageSourceBar::currentEngineImage() const
{
    return m_images && m_images->currentIndex() >= 0 ? m_images->currentData(ImageIdRole).toString() : QString();
}

bool ImageSourceBar::selectShownImage()
{
    const QString wanted = m_shown;
    const QString withTag = wanted.section(u'/', -1).contains(u':') ? wanted : wanted + QLatin1String(":latest");
    const QString asId = wanted.startsWith(QLatin1String("sha256:")) ? wanted : QLatin1String("sha256:") + wanted;
    QAbstractItemModel *model = m_images->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, m_images->modelColumn());
        const QString id = index.data(ImageIdRole).toString();
        const QStringList tags = index.data().toString().split(QLatin1String(", "));
        if ((wanted.size() >= 12 && id.startsWith(asId)) || tags.contains(wanted) || tags.contains(withTag)) {
            if (m_images->currentIndex() != row)
                m_images->setCurrentIndex(row);
            return true;
        }
    }
    // Not listed yet (just built, the list refreshes a moment later): show no image rather than another.
    m_images->setCurrentIndex(-1);
    return false;
}

void ImageSourceBar::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_openFile->setEnabled(!busy);
    m_openFolder->setEnabled(!busy);
    if (m_openImage)
        m_openImage->setEnabled(!busy);
    if (busy)
        m_progress->setRange(0, 0);
}

void ImageSourceBar::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
}

void ImageSourceBar::setMessage(const QString &text)
{
    m_message->setText(text);
}

QString ImageSourceBar::message() const
{
    return m_message->text();
}

} // namespace Dockwright::Ui
