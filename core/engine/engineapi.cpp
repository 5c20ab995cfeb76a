// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineapi.h"

#include <QIODevice>
#include <QJsonDocument>

namespace Dockwright::Core::EngineApi {

using namespace Qt::StringLiterals;

namespace {

QString containerPath(const QString &id, QLatin1StringView tail = {})
{
    return "/containers/"_L1 + id + tail;
}

QString imagePath(const QString &name, QLatin1StringView tail)
{
    return "/images/"_L1 + name + tail;
}

QString execPath(const QString &id, QLatin1StringView tail)
{
    return "/exec/"_L1 + id + tail;
}

QByteArray compact(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QLatin1StringView verb(ContainerAction action)
{
    switch (action) {
    case ContainerAction::Start:
        return "start"_L1;
    case ContainerAction::Stop:
        return "stop"_L1;
    case ContainerAction::Restart:
        return "restart"_L1;
    case ContainerAction::Kill:
        return "kill"_L1;
    case ContainerAction::Pause:
        return "pause"_L1;
    case ContainerAction::Unpause:
        return "unpause"_L1;
    }
    Q_UNREACHABLE_RETURN("start"_L1);
}

QLatin1StringView conditionName(WaitCondition condition)
{
    switch (condition) {
    case WaitCondition::NotRunning:
        return "not-running"_L1;
    case WaitCondition::NextExit:
        return "next-exit"_L1;
    case WaitCondition::Removed:
        return "removed"_L1;
    }
    Q_UNREACHABLE_RETURN("not-running"_L1);
}

} // namespace

// ---- System ----------------------------------------------------------------------------------------

EngineRequest ping()
{
    EngineRequest r = EngineRequest::get(u"/_ping"_s);
    r.versioned = false;
    return r;
}

EngineRequest version()
{
    return EngineRequest::get(u"/version"_s);
}

EngineRequest info()
{
    return EngineRequest::get(u"/info"_s);
}

EngineRequest withApiVersion(EngineRequest request, const QVersionNumber &api)
{
    if (!api.isNull())
        request.path = "/v"_L1 + api.toString() + request.path;
    request.versioned = false;
    return request;
}

EngineRequest events()
{
    return EngineRequest::stream(u"/events"_s);
}

// ---- Images ----------------------------------------------------------------------------------------

EngineRequest listImages(bool all)
{
    QUrlQuery query;
    if (all)
        query.addQueryItem(u"all"_s, u"1"_s);
    return EngineRequest::get(u"/images/json"_s, query);
}

EngineRequest inspectImage(const QString &name)
{
    return EngineRequest::get(imagePath(name, "/json"_L1));
}

EngineRequest imageHistory(const QString &name)
{
    return EngineRequest::get(imagePath(name, "/history"_L1));
}

EngineRequest exportImage(const QString &name)
{
    return EngineRequest::stream(imagePath(name, "/get"_L1), {}, EngineRequest::Delivery::Raw);
}

EngineRequest removeImage(const QString &name, const RemoveImageOptions &options)
{
    QUrlQuery query;
    if (options.force)
        query.addQueryItem(u"force"_s, u"1"_s);
    if (options.noPrune)
        query.addQueryItem(u"noprune"_s, u"1"_s);
    return EngineRequest::del(imagePath(name, {}), query);
}

EngineRequest tagImage(const QString &name, const QString &repo, const QString &tag)
{
    QUrlQuery query;
    query.addQueryItem(u"repo"_s, repo);
    if (!tag.isEmpty())
        query.addQueryItem(u"tag"_s, tag);
    return EngineRequest::post(imagePath(name, "/tag"_L1), query);
}

EngineRequest pruneImages(bool danglingOnly)
{
    QUrlQuery query;
    // The filter travels as JSON; QUrlQuery percent-encodes the braces and quotes when the URL is built.
    query.addQueryItem(u"filters"_s, danglingOnly ? u"{\"dangling\":[\"true\"]}"_s : u"{\"dangling\":[\"false\"]}"_s);
    EngineRequest r = EngineRequest::post(u"/images/prune"_s, query);
    r.timeoutMs = 0; // the engine answers only when every image is gone
    return r;
}

// ---- Build -----------------------------------------------------------------------------------------

EngineRequest build(const QUrlQuery &options, QIODevice *context, qint64 contextSize)
{
    EngineRequest r = EngineRequest::post(u"/build"_s, options);
    r.bodyDevice = context;
    r.contentLength = contextSize;
    r.contentType = "application/x-tar";
    r.delivery = EngineRequest::Delivery::JsonLines;
    r.timeoutMs = 0;
    return r;
}

EngineRequest cancelBuild(const QString &buildId)
{
    QUrlQuery query;
    query.addQueryItem(u"id"_s, buildId);
    return EngineRequest::post(u"/build/cancel"_s, query);
}

// ---- Containers ------------------------------------------------------------------------------------

EngineRequest listContainers(bool all)
{
    QUrlQuery query;
    if (all)
        query.addQueryItem(u"all"_s, u"1"_s);
    return EngineRequest::get(u"/containers/json"_s, query);
}

EngineRequest createContainer(const QJsonObject &body, const QString &name, const QString &platform)
{
    QUrlQuery query;
    if (!name.isEmpty())
        query.addQueryItem(u"name"_s, name);
    if (!platform.isEmpty())
        query.addQueryItem(u"platform"_s, platform);
    return EngineRequest::postJson(u"/containers/create"_s, compact(body), query);
}

EngineRequest inspectContainer(const QString &id)
{
    return EngineRequest::get(containerPath(id, "/json"_L1));
}

EngineRequest containerAction(const QString &id, ContainerAction action, std::optional<int> timeoutSeconds)
{
    QUrlQuery query;
    if (timeoutSeconds && (action == ContainerAction::Stop || action == ContainerAction::Restart))
        query.addQueryItem(u"t"_s, QString::number(*timeoutSeconds));
    return EngineRequest::post(containerPath(id) + QLatin1Char('/') + verb(action), query);
}

EngineRequest killContainer(const QString &id, const QString &signal)
{
    QUrlQuery query;
    query.addQueryItem(u"signal"_s, signal);
    return EngineRequest::post(containerPath(id, "/kill"_L1), query);
}

EngineRequest waitContainer(const QString &id, WaitCondition condition)
{
    QUrlQuery query;
    query.addQueryItem(u"condition"_s, conditionName(condition));
    EngineRequest r = EngineRequest::post(containerPath(id, "/wait"_L1), query);
    r.timeoutMs = 0;
    return r;
}

EngineRequest removeContainer(const QString &id, const RemoveContainerOptions &options)
{
    QUrlQuery query;
    if (options.force)
        query.addQueryItem(u"force"_s, u"1"_s);
    if (options.volumes)
        query.addQueryItem(u"v"_s, u"1"_s);
    return EngineRequest::del(containerPath(id), query);
}

EngineRequest containerLogs(const QString &id, const LogsOptions &options)
{
    QUrlQuery query;
    if (options.follow)
        query.addQueryItem(u"follow"_s, u"1"_s);
    if (options.standardOutput)
        query.addQueryItem(u"stdout"_s, u"1"_s);
    if (options.standardError)
        query.addQueryItem(u"stderr"_s, u"1"_s);
    if (options.timestamps)
        query.addQueryItem(u"timestamps"_s, u"1"_s);
    if (options.since.isValid())
        query.addQueryItem(u"since"_s, QString::number(double(options.since.toMSecsSinceEpoch()) / 1000.0, 'f', 3));
    if (options.tail >= 0)
        query.addQueryItem(u"tail"_s, QString::number(options.tail));
    return EngineRequest::stream(containerPath(id, "/logs"_L1), query, EngineRequest::Delivery::Raw);
}

EngineRequest containerStats(const QString &id)
{
    QUrlQuery query;
    query.addQueryItem(u"stream"_s, u"1"_s);
    return EngineRequest::stream(containerPath(id, "/stats"_L1), query, EngineRequest::Delivery::JsonLines);
}

EngineRequest containerArchive(const QString &id, const QString &path)
{
    QUrlQuery query;
    query.addQueryItem(u"path"_s, path);
    return EngineRequest::get(containerPath(id, "/archive"_L1), query);
}

EngineRequest pruneContainers()
{
    EngineRequest r = EngineRequest::post(u"/containers/prune"_s);
    r.timeoutMs = 0; // one answer after every container is removed
    return r;
}

// ---- Exec ------------------------------------------------------------------------------------------

EngineRequest createExec(const QString &containerId, const QJsonObject &body)
{
    return EngineRequest::postJson(containerPath(containerId, "/exec"_L1), compact(body));
}

EngineRequest startExec(const QString &execId)
{
    EngineRequest r
        = EngineRequest::postJson(execPath(execId, "/start"_L1), QByteArrayLiteral("{\"Detach\":false,\"Tty\":false}"));
    r.delivery = EngineRequest::Delivery::Raw;
    return r;
}

EngineRequest inspectExec(const QString &execId)
{
    return EngineRequest::get(execPath(execId, "/json"_L1));
}

} // namespace Dockwright::Core::EngineApi
