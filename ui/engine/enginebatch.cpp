// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginebatch.h"

#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"

namespace Dockwright::Ui {

using namespace Dockwright::Core;

EngineBatch::EngineBatch(EngineClient *client, const QList<Step> &steps, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_steps(steps)
{ }

EngineBatch::~EngineBatch()
{
    if (m_call)
        m_call->abort();
}

void EngineBatch::start()
{
    next();
}

void EngineBatch::abort()
{
    m_aborted = true;
    if (m_call)
        m_call->abort(); // its finished() ends the batch
}

QString EngineBatch::failureText(const QList<Result> &results)
{
    QStringList lines;
    for (const Result &result : results) {
        if (!result.error)
            continue;
        // The engine's own words say what is in the way ("container 1a2b is using its referenced image").
        const QString why = result.error.engineMessage.isEmpty() ? result.error.message : result.error.engineMessage;
        lines.append(tr("%1: %2").arg(result.step.label, why));
    }
    return lines.join(QLatin1Char('\n'));
}

void EngineBatch::next()
{
    const int done = int(m_results.size());
    if (m_aborted || done == m_steps.size() || !m_client) {
        Q_EMIT finished(m_results);
        deleteLater();
        return;
    }
    Q_EMIT progress(done, int(m_steps.size()), m_steps.at(done).label);
    EngineCall *call = m_client->send(m_steps.at(done).request);
    m_call = call;
    connect(call, &EngineCall::finished, this, [this, call] { onStepFinished(call); });
}

void EngineBatch::onStepFinished(EngineCall *call)
{
    if (call != m_call)
        return;
    m_call = nullptr;
    Result result;
    result.step = m_steps.at(m_results.size());
    result.error = call->error();
    result.httpStatus = call->httpStatus();
    result.body = call->body();
    m_results.append(result);
    next();
}

} // namespace Dockwright::Ui
