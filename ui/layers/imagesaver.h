// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/imageerror.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Dockwright::Core {
class EngineCall;
class EngineClient;
class EngineDownload;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

// "Save image as archive…": writes the engine's export of one image (GET /images/{name}/get, what
// `docker save` writes) to a file through a QSaveFile on a worker (EngineDownload), with a progress
// dialog and Cancel. A cancelled or failed save leaves no file behind and an existing one untouched.
class ImageSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageSaver)
public:
    // parent: the window the file and progress dialogs belong to.
    ImageSaver(Core::EngineClient *client, const QString &image, QWidget *parent);
    ~ImageSaver() override; // aborts a running save (the partial file is discarded)

    // The UI entry point: asks for a file (QFileDialog), saves it with progress, reports a failure in
    // a message box and deletes the saver when done. nullptr when the user chose no file.
    static ImageSaver *saveWithDialog(Core::EngineClient *client, const QString &image, QWidget *parent);
    // A file name for the image: "busybox:latest" -> "busybox_latest.tar".
    static QString suggestedFileName(const QString &image);

    // Starts saving to path (no file dialog); one finished() follows.
    void save(const QString &path);
    void cancel();
    bool isRunning() const;
    QProgressDialog *progressDialog() const;

Q_SIGNALS:
    void progress(qint64 written, qint64 total); // total 0 when unknown
    // error kind None: path holds the whole export; Cancelled after cancel().
    void finished(const Dockwright::Core::ImageError &error, const QString &path);

private:
    void startDownload(qint64 totalHint);
    void onFinished(const Core::ImageError &error);

    QPointer<Core::EngineClient> m_client;
    QString m_image;
    QString m_path;
    QPointer<QWidget> m_window;
    QPointer<Core::EngineCall> m_inspect;
    Core::EngineDownload *m_download = nullptr;
    QPointer<QProgressDialog> m_progress;
    qint64 m_total = 0;
    bool m_running = false;
    bool m_interactive = false; // saveWithDialog(): message box on failure, deleteLater at the end
};

} // namespace Dockwright::Ui
