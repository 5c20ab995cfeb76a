// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineerror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Dockwright::Core {

QString EngineError::toString() const
{
    if (hint.isEmpty())
        return message;
    return message + QLatin1Char('\n') + hint;
}

EngineError EngineError::make(Kind kind, const QString &message, const QString &hint)
{
    EngineError e;
    e.kind = kind;
    e.message = message;
    e.hint = hint;
    return e;
}

EngineError EngineError::fromHttp(int status, const QByteArray &body, const QString &what)
{
    EngineError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    // Docker sends {"message"}; Podman {"cause","message","response"}; old API versions plain text.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        e.engineMessage = o.value(QLatin1String("message")).toString();
        if (e.engineMessage.isEmpty())
            e.engineMessage = o.value(QLatin1String("cause")).toString();
    } else {
        e.engineMessage = QString::fromUtf8(body.left(2000)).trimmed();
    }
    const QString said = e.engineMessage.isEmpty() ? tr("no reason given") : e.engineMessage;
    if (what.isEmpty())
        e.message = tr("The engine answered HTTP %1: %2").arg(status).arg(said);
    else
        e.message = tr("%1 failed (HTTP %2): %3").arg(what).arg(status).arg(said);
    if (status == 400 && e.engineMessage.contains(QLatin1String("client version")))
        e.hint = tr("The engine does not accept this API version; reconnect so it is negotiated again.");
    else if (status == 401 || status == 403)
        e.hint = tr("The engine refused access; check registry credentials or the engine's authorization plugin.");
    else if (status >= 500 && e.engineMessage.isEmpty())
        e.hint = tr("The engine's log may say more (journalctl -u docker).");
    return e;
}

} // namespace Dockwright::Core
