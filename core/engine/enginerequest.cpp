// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginerequest.h"

namespace Dockwright::Core {

EngineRequest EngineRequest::get(const QString &path, const QUrlQuery &query)
{
    EngineRequest r;
    r.path = path;
    r.query = query;
    return r;
}

EngineRequest EngineRequest::postJson(const QString &path, const QByteArray &json, const QUrlQuery &query)
{
    EngineRequest r = post(path, query);
    r.body = json;
    return r;
}

EngineRequest EngineRequest::post(const QString &path, const QUrlQuery &query)
{
    EngineRequest r;
    r.method = "POST";
    r.path = path;
    r.query = query;
    // Even an empty POST gets a type: Qt would otherwise pick form-urlencoded.
    r.contentType = "application/json";
    return r;
}

EngineRequest EngineRequest::del(const QString &path, const QUrlQuery &query)
{
    EngineRequest r;
    r.method = "DELETE";
    r.path = path;
    r.query = query;
    return r;
}

EngineRequest EngineRequest::stream(const QString &path, const QUrlQuery &query, Delivery delivery)
{
    EngineRequest r;
    r.path = path;
    r.query = query;
    r.delivery = delivery;
    r.timeoutMs = 0;
    return r;
}

} // namespace Dockwright::Core
