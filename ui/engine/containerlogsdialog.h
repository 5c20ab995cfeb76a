// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/run/logdemultiplexer.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;

namespace Dockwright::Core {
class EngineCall;
class EngineClient;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

// docker logs --follow CONTAINER in a window: what the container wrote so far, then live output
// until the dialog closes (which ends the stream). stderr lines are shown in the error tone.
class ContainerLogsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerLogsDialog)
public:
    ContainerLogsDialog(Core::EngineClient *client, const QString &id, const QString &name, QWidget *parent = nullptr);
    ~ContainerLogsDialog() override;

    QString text() const;
    // The stream ended (the container stopped) or failed; statusText() says which.
    bool hasEnded() const { return m_ended; }
    QString statusText() const;

Q_SIGNALS:
    // More output was shown (tests wait on it).
    void appended();
    void ended();

private:
    void onInspected(Core::EngineCall *call);
    void onData(const QByteArray &chunk);
    void onLogsFinished(Core::EngineCall *call);
    void append(const QList<Core::LogRecord> &records);

    QPointer<Core::EngineClient> m_client;
    QString m_id;
    QPointer<Core::EngineCall> m_call;
    Core::LogDemultiplexer m_demux;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
    bool m_ended = false;
};

} // namespace Dockwright::Ui
