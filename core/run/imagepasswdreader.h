// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/engineerror.h"
#include "imageruninfo.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Dockwright::Core {

class EngineCall;
class EngineClient;

// Reads an image's /etc/passwd without running it: creates a container that is never started, copies
// the file out of it (GET /containers/{id}/archive, a tar) and removes the container on every path.
// One read per object; finished() is emitted exactly once, after the container is gone.
class ImagePasswdReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePasswdReader)
public:
    struct Result
    {
        enum class Status {
            Read, // passwd holds the file
            NoPasswd, // the image has no /etc/passwd: only numeric users work
            Failed, // the engine or the archive failed; error says why, nothing is known
        };
        QString image;
        Status status = Status::Failed;
        QByteArray passwd;
        EngineError error;
        bool removed = false; // the temporary container was removed (false only after a failure)

        // Feeds what was learned into info so Hardening can check --user; a failure leaves it unknown.
        void applyTo(ImageRunInfo &info) const;
    };

    ImagePasswdReader(EngineClient *client, const QString &image, QObject *parent = nullptr);
    // Removes a container still left over when destroyed mid-read (fire and forget).
    ~ImagePasswdReader() override;

    QString image() const { return m_result.image; }
    bool isRunning() const { return m_running; }
    // Starts the read; finished() follows, also when the engine is not usable.
    void start();

    // The contents of the regular file named fileName in an uncompressed tar held in memory, or *error set.
    static QByteArray fileFromTar(const QByteArray &tar, const QString &fileName, QString *error);

Q_SIGNALS:
    void finished(const Dockwright::Core::ImagePasswdReader::Result &result);

private:
    void onCreated(EngineCall *call);
    void onArchive(EngineCall *call);
    void removeContainer();
    void fail(const EngineError &error);
    static void forceRemove(EngineClient *client, const QString &containerId); // fire and forget

    QPointer<EngineClient> m_client;
    QPointer<EngineCall> m_call;
    QString m_containerId;
    Result m_result;
    bool m_running = false;
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::ImagePasswdReader::Result)
