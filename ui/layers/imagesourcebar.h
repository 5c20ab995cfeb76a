// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/imagesource.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Dockwright::Ui {

// Where an image comes from: a file (docker save / OCI archive), an OCI layout folder, or one of the
// engine's images; then a progress bar with Cancel while it is read.
class ImageSourceBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageSourceBar)
public:
    // images: the engine's images (ImagesModel; IdRole = UserRole + 1) or nullptr for files only.
    ImageSourceBar(QAbstractItemModel *images, const QString &openText, QWidget *parent = nullptr);
    ~ImageSourceBar() override;

    void setBusy(bool busy);
    void setProgress(qint64 done, qint64 total);
    void setMessage(const QString &text);
    QString message() const;
    // Shows the engine image being explored in the image box: a tag ("app:1", "app" for "app:latest")
    // or an id (full or short). Kept across refreshes of the list, and applied once a just-built
    // image appears in it, until the user picks another one.
    void showEngineImage(const QString &nameOrId);
    QString currentEngineImage() const; // the box's image id, empty without one

Q_SIGNALS:
    void sourceChosen(const Dockwright::Core::ImageSource &source);
    void cancelRequested();

private:
    void openEngineImage();
    bool selectShownImage();

    QComboBox *m_images = nullptr;
    QPushButton *m_openImage = nullptr;
    QPushButton *m_openFile = nullptr;
    QPushButton *m_openFolder = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
    QString m_shown; // showEngineImage()'s name, until the user picks another image
};

} // namespace Dockwright::Ui
