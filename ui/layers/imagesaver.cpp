// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagesaver.h"

#include "core/common/bytesize.h"
#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/image/enginedownload.h"
#include "core/image/streampipe.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace Dockwright::Ui {

namespace {
// How often the writer reports progress: often enough for a smooth bar, rarely enough to be free.
constexpr qint64 ProgressStep = qint64(4) << 20;
} // namespace

ImageSaver::ImageSaver(EngineClient *client, const QString &image, QWidget *parent)
    : QObject(parent)
    , m_client(client)
    , m_image(image)
    , m_window(parent)
    , m_download(new EngineDownload(client, this))
{
    connect(m_download, &EngineDownload::finished, this, &ImageSaver::onFinished);
    connect(this, &ImageSaver::progress, this, [this](qint64 written, qint64 total) {
        if (!m_progress)
            return;
        if (total > 0)
            m_progress->setValue(int(qBound(qint64(0), written * 1000 / total, qint64(999))));
        m_progress->setLabelText(tr("Saving %1 to %2… %3 written")
                .arg(m_image, QDir::toNativeSeparators(m_path), formatBytes(written, QLocale())));
    });
}

ImageSaver::~ImageSaver()
{
    if (m_inspect)
        m_inspect->abort();
    delete m_progress.data();
}

QString ImageSaver::suggestedFileName(const QString &image)
{
    QString name = image.startsWith("sha256:"_L1) ? image.mid(7, 12) : image.section(u'/', -1);
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'.' && c != u'_')
            c = u'_';
    }
    return (name.isEmpty() ? u"image"_s : name) + u".tar"_s;
}

ImageSaver *ImageSaver::saveWithDialog(EngineClient *client, const QString &image, QWidget *parent)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save image %1 as archive").arg(image),
        QDir(dir).filePath(suggestedFileName(image)), tr("Image archives (*.tar);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    auto *saver = new ImageSaver(client, image, parent);
    saver->m_interactive = true;
    saver->save(path);
    return saver;
}

QProgressDialog *ImageSaver::progressDialog() const
{
    return m_progress.data();
}

bool ImageSaver::isRunning() const
{
    return m_running;
}

void ImageSaver::save(const QString &path)
{
    m_path = path;
    m_running = true;
    m_total = 0;
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setWindowTitle(tr("Save image as archive"));
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(0);
        m_progress->setWindowModality(Qt::WindowModal);
        connect(m_progress, &QProgressDialog::canceled, this, &ImageSaver::cancel);
    }
    m_progress->setLabelText(tr("Saving %1 to %2…").arg(m_image, QDir::toNativeSeparators(path)));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->show();
    // The image's size is the progress total: the export is its layers' bytes plus tar headers.
    if (!m_client || m_client->state() != EngineClient::State::Connected) {
        startDownload(0); // answers "not connected"
        return;
    }
    m_inspect = m_client->send(EngineApi::inspectImage(m_image));
    connect(m_inspect, &EngineCall::finished, this, [this, call = m_inspect.data()] {
        m_inspect = nullptr;
        if (!m_running)
            return;
        if (call->error()) {
            onFinished(EngineDownload::engineError(call->error(), m_image));
            return;
        }
        startDownload(call->jsonObject().value("Size"_L1).toInteger());
    });
}

void ImageSaver::startDownload(qint64 totalHint)
{
    m_total = totalHint;
    if (m_progress && totalHint > 0)
        m_progress->setRange(0, 1000);
    EngineDownload::Options options;
    options.name = m_image;
    const QString path = m_path;
    m_download->start(
        EngineApi::exportImage(m_image),
        [this, path, totalHint](StreamPipe &pipe, const JobControl &control) -> ImageError {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return ImageError::make(ImageError::Kind::Io, tr("cannot write: %1").arg(file.errorString()), path);
            qint64 written = 0;
            qint64 reported = 0;
            for (;;) {
                const char *data = nullptr;
                const qint64 n = pipe.pull(&data);
                if (n < 0 || control.isCancelled()) {
                    file.cancelWriting();
                    const ImageError why = pipe.error();
                    return why ? why : ImageError::make(ImageError::Kind::Cancelled, ImageError::tr("cancelled"), path);
                }
                if (n == 0)
                    break;
                if (file.write(data, n) != n) {
                    file.cancelWriting();
                    return ImageError::make(ImageError::Kind::Io, tr("cannot write: %1").arg(file.errorString()), path);
                }
                written += n;
                if (reported == 0 || written - reported >= ProgressStep) {
                    reported = written;
                    control.post([this, written, totalHint] { Q_EMIT progress(written, totalHint); });
                }
            }
            if (control.isCancelled()) {
                file.cancelWriting();
                return ImageError::make(ImageError::Kind::Cancelled, ImageError::tr("cancelled"), path);
            }
            if (!file.commit())
                return ImageError::make(ImageError::Kind::Io, tr("cannot write: %1").arg(file.errorString()), path);
            return {};
        },
        options);
}

void ImageSaver::cancel()
{
    if (!m_running)
        return;
    if (m_inspect) {
        m_inspect->disconnect(this);
        m_inspect->abort();
        m_inspect = nullptr;
        onFinished(ImageError::make(ImageError::Kind::Cancelled, ImageError::tr("cancelled"), m_image));
        return;
    }
    m_download->cancel();
}

void ImageSaver::onFinished(const ImageError &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_progress)
        m_progress->hide();
    Q_EMIT finished(error, m_path);
    if (!m_interactive)
        return;
    if (error && error.kind != ImageError::Kind::Cancelled) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Save image as archive"),
            tr("Could not save %1 to %2: %3").arg(m_image, QDir::toNativeSeparators(m_path), error.toString()),
            QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    deleteLater();
}

} // namespace Dockwright::Ui
