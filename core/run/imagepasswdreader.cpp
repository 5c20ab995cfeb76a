// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagepasswdreader.h"

#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace Dockwright::Core {

namespace {

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

// /etc/passwd is a few kilobytes; anything far larger is not a passwd file worth parsing in the GUI.
constexpr la_int64_t MaxPasswdSize = 4 * 1024 * 1024;

// libarchive's explanation of its last failure; never empty, since callers tell failure by the message.
QString archiveMessage(archive *a, const QString &fallback)
{
    const char *message = a ? archive_error_string(a) : nullptr;
    return message && *message ? QString::fromUtf8(message) : fallback;
}

} // namespace

void ImagePasswdReader::Result::applyTo(ImageRunInfo &info) const
{
    switch (status) {
    case Status::Read:
        info.setPasswd(passwd);
        break;
    case Status::NoPasswd:
        info.setPasswd({}); // known and empty: every named user is unknown
        break;
    case Status::Failed:
        break;
    }
}

ImagePasswdReader::ImagePasswdReader(EngineClient *client, const QString &image, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_result.image = image;
}

ImagePasswdReader::~ImagePasswdReader()
{
    if (m_call)
        m_call->disconnect(this); // its finished() must not reach a half-destroyed reader
    if (m_call && m_containerId.isEmpty() && m_running && m_client) {
        // The create is in flight: aborting it would not stop the engine from creating the container,
        // so let it finish and remove whatever it made.
        EngineCall *call = m_call;
        QPointer<EngineClient> client = m_client;
        connect(call, &EngineCall::finished, m_client, [call, client] {
            const QString id = call->jsonObject().value(QLatin1String("Id")).toString();
            if (!call->error() && !id.isEmpty() && client)
                forceRemove(client, id);
        });
        return;
    }
    if (m_call)
        m_call->abort();
    if (!m_containerId.isEmpty() && m_client)
        forceRemove(m_client, m_containerId);
}

void ImagePasswdReader::forceRemove(EngineClient *client, const QString &containerId)
{
    client->send(EngineApi::removeContainer(containerId, {.force = true, .volumes = false}));
}

void ImagePasswdReader::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_client) {
        fail(EngineError::make(EngineError::Kind::Unsupported, tr("No engine to read the image's users from.")));
        return;
    }
    // Never started: the process would need a shell or a "true" the image may not have. Cmd only has
    // to be present for images without CMD or ENTRYPOINT, which create refuses otherwise.
    QJsonObject body;
    body.insert(QStringLiteral("Image"), m_result.image);
    body.insert(QStringLiteral("Cmd"), QJsonArray {QStringLiteral("true")});
    body.insert(QStringLiteral("NetworkDisabled"), true);
    body.insert(
        QStringLiteral("Labels"), QJsonObject {{QStringLiteral("dockwright.purpose"), QStringLiteral("passwd-read")}});
    m_call = m_client->send(EngineApi::createContainer(body));
    EngineCall *call = m_call;
    connect(call, &EngineCall::finished, this, [this, call] { onCreated(call); });
}

void ImagePasswdReader::onCreated(EngineCall *call)
{
    m_call = nullptr;
    if (call->error()) {
        fail(call->error());
        return;
    }
    m_containerId = call->jsonObject().value(QLatin1String("Id")).toString();
    if (m_containerId.isEmpty()) {
        fail(EngineError::make(EngineError::Kind::Malformed, tr("The engine created a container without an id.")));
        return;
    }
    m_call = m_client ? m_client->send(EngineApi::containerArchive(m_containerId, QStringLiteral("/etc/passwd")))
                      : nullptr;
    if (!m_call) {
        fail(EngineError::make(EngineError::Kind::Cancelled, tr("The engine went away.")));
        return;
    }
    EngineCall *archiveCall = m_call;
    connect(archiveCall, &EngineCall::finished, this, [this, archiveCall] { onArchive(archiveCall); });
}

void ImagePasswdReader::onArchive(EngineCall *call)
{
    m_call = nullptr;
    if (call->httpStatus() == 404) {
        m_result.status = Result::Status::NoPasswd;
    } else if (call->error()) {
        m_result.status = Result::Status::Failed;
        m_result.error = call->error();
    } else {
        QString tarError;
        const QByteArray text = fileFromTar(call->body(), QStringLiteral("passwd"), &tarError);
        if (!tarError.isEmpty()) {
            m_result.status = Result::Status::Failed;
            m_result.error = EngineError::make(
                EngineError::Kind::Malformed, tr("Could not read /etc/passwd of %1: %2").arg(m_result.image, tarError));
        } else {
            m_result.status = Result::Status::Read;
            m_result.passwd = text;
        }
    }
    removeContainer();
}

void ImagePasswdReader::removeContainer()
{
    if (m_containerId.isEmpty() || !m_client) {
        m_running = false;
        Q_EMIT finished(m_result);
        return;
    }
    m_call = m_client->send(EngineApi::removeContainer(m_containerId, {.force = true, .volumes = false}));
    EngineCall *call = m_call;
    connect(call, &EngineCall::finished, this, [this, call] {
        m_call = nullptr;
        m_result.removed = !call->error() || call->httpStatus() == 404;
        m_containerId.clear();
        m_running = false;
        Q_EMIT finished(m_result);
    });
}

void ImagePasswdReader::fail(const EngineError &error)
{
    m_result.status = Result::Status::Failed;
    m_result.error = error;
    removeContainer();
}

QByteArray ImagePasswdReader::fileFromTar(const QByteArray &tar, const QString &fileName, QString *error)
{
    error->clear();
    ArchivePtr a(archive_read_new(), &archive_read_free);
    if (!a) {
        *error = tr("Could not set up a tar reader (out of memory)");
        return {};
    }
    if (archive_read_support_format_tar(a.get()) != ARCHIVE_OK) {
        *error = tr("Could not set up a tar reader: %1")
                     .arg(archiveMessage(a.get(), tr("libarchive cannot read tar archives")));
        return {};
    }
    if (archive_read_open_memory(a.get(), tar.constData(), size_t(tar.size())) != ARCHIVE_OK) {
        *error = archiveMessage(a.get(), tr("The data is not a tar archive"));
        return {};
    }
    archive_entry *entry = nullptr;
    int rc = ARCHIVE_OK;
    while ((rc = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        if (QString::fromUtf8(archive_entry_pathname(entry)) != fileName)
            continue;
        if (archive_entry_filetype(entry) != AE_IFREG) {
            *error = tr("%1 is not a regular file").arg(fileName);
            return {};
        }
        const la_int64_t size = archive_entry_size(entry);
        if (size < 0 || size > MaxPasswdSize) {
            *error = tr("%1 is too large (%2 bytes)").arg(fileName).arg(size);
            return {};
        }
        QByteArray contents(qsizetype(size), Qt::Uninitialized);
        const la_ssize_t got = archive_read_data(a.get(), contents.data(), size_t(size));
        if (got != size) {
            *error = got < 0 ? archiveMessage(a.get(), tr("%1 could not be read").arg(fileName))
                             : tr("%1 is truncated").arg(fileName);
            return {};
        }
        return contents;
    }
    *error = rc == ARCHIVE_EOF ? tr("%1 is not in the archive").arg(fileName)
                               : archiveMessage(a.get(), tr("The tar archive is damaged"));
    return {};
}

} // namespace Dockwright::Core
