// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/engineerror.h"
#include "core/engine/enginerequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Dockwright::Core {
class EngineCall;
class EngineClient;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

// Sends engine requests one after another and collects every answer: what "remove the 3 selected
// containers" needs, with progress between the steps and nothing blocking the GUI thread. A failed
// step does not stop the ones after it (docker rm a b c goes on too). Deletes itself after finished().
class EngineBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineBatch)
public:
    struct Step
    {
        QString label; // the resource as the user knows it ("web", "busybox:latest"), for messages
        Core::EngineRequest request;
        QString key; // the caller's own handle (an id) to match results with
    };
    struct Result
    {
        Step step;
        Core::EngineError error;
        int httpStatus = 0;
        QByteArray body;
    };

    EngineBatch(Core::EngineClient *client, const QList<Step> &steps, QObject *parent = nullptr);
    ~EngineBatch() override;

    void start();
    // Cancels the step in flight and skips the rest; finished() follows with what was done.
    void abort();

    // "name: engine message" lines of the failed results, for one message to the user.
    static QString failureText(const QList<Result> &results);

Q_SIGNALS:
    void progress(int done, int total, const QString &nextLabel);
    void finished(const QList<Dockwright::Ui::EngineBatch::Result> &results);

private:
    void next();
    void onStepFinished(Core::EngineCall *call);

    QPointer<Core::EngineClient> m_client;
    QList<Step> m_steps;
    QList<Result> m_results;
    QPointer<Core::EngineCall> m_call;
    bool m_aborted = false;
};

} // namespace Dockwright::Ui
