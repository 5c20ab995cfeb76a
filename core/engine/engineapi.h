// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enginerequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>
#include <QVersionNumber>
#include <optional>

class QIODevice;

namespace Dockwright::Core {

// The Engine API calls Dockwright makes, one typed builder each: the only place that spells REST
// paths (architecture rule: the UI never builds REST paths). Each returns the request ready to send;
// callers may still adjust non-path fields (timeoutMs) where their use needs another limit. Ids and
// references go into the path as given, without percent-encoding.
namespace EngineApi {

// ---- System ----------------------------------------------------------------------------------------

// GET /_ping. Unversioned: its Api-Version header is what the client negotiates the version from.
EngineRequest ping();
// GET /version.
EngineRequest version();
// GET /info.
EngineRequest info();
// For the connect sequence, which runs before the client has a version to add: request with the API
// version written into its own path ("/v1.44/info") and versioned off. A null api leaves the path
// unversioned (the unversioned /version reports the engine's maximum).
EngineRequest withApiVersion(EngineRequest request, const QVersionNumber &api);
// GET /events: the event stream, one JSON object per line, no idle limit.
EngineRequest events();

// ---- Images ----------------------------------------------------------------------------------------

// GET /images/json; all adds all=1 (docker images -a: intermediate images too).
EngineRequest listImages(bool all = false);
// GET /images/{name}/json.
EngineRequest inspectImage(const QString &name);
// GET /images/{name}/history.
EngineRequest imageHistory(const QString &name);
// GET /images/{name}/get: the image as a docker-archive tar, streamed raw without an idle limit.
EngineRequest exportImage(const QString &name);
struct RemoveImageOptions
{
    bool force = false; // force=1: also when stopped containers use it, or by id with several tags
    bool noPrune = false; // noprune=1: keep untagged parents
};
// DELETE /images/{name}. A tag removes that tag (and the image with its last one); an id the image.
EngineRequest removeImage(const QString &name, const RemoveImageOptions &options = {});
// POST /images/{name}/tag?repo={repo}&tag={tag}: gives the image another name; tag empty means latest.
EngineRequest tagImage(const QString &name, const QString &repo, const QString &tag);
// POST /images/prune; danglingOnly adds filters={"dangling":["true"]} (docker image prune), else
// filters={"dangling":["false"]} (docker image prune -a: every image no container uses).
EngineRequest pruneImages(bool danglingOnly);

// ---- Build -----------------------------------------------------------------------------------------

// POST /build with the context tar streamed from context (contextSize bytes, sent as Content-Length);
// options is the query (t, dockerfile, buildargs, version, session, ...). JSON lines, no idle limit:
// a RUN may be silent for a long time. context is not owned.
EngineRequest build(const QUrlQuery &options, QIODevice *context, qint64 contextSize);
// POST /build/cancel?id={buildId}: stops a BuildKit build started with that build id.
EngineRequest cancelBuild(const QString &buildId);

// ---- Containers ------------------------------------------------------------------------------------

// GET /containers/json; all=1 includes stopped containers.
EngineRequest listContainers(bool all);
// POST /containers/create with body as its JSON; name= and platform= when not empty.
EngineRequest createContainer(const QJsonObject &body, const QString &name = {}, const QString &platform = {});
// GET /containers/{id}/json.
EngineRequest inspectContainer(const QString &id);

enum class ContainerAction { Start, Stop, Restart, Kill, Pause, Unpause };
// POST /containers/{id}/start|stop|restart|kill|pause|unpause. For Stop and Restart, t= (seconds the
// engine waits before it kills) when timeoutSeconds is given, else the engine's default; the other
// actions take no t. The request keeps the default idle limit, which a stop with a long t has to raise.
EngineRequest containerAction(
    const QString &id, ContainerAction action, std::optional<int> timeoutSeconds = std::nullopt);

// POST /containers/{id}/kill?signal=SIGNAL: sends one signal ("SIGINT", "TERM", "9") to the
// container's main process, as docker kill -s and docker run's signal proxy do.
EngineRequest killContainer(const QString &id, const QString &signal);

enum class WaitCondition { NotRunning, NextExit, Removed };
// POST /containers/{id}/wait?condition=not-running|next-exit|removed. No idle limit: the answer comes
// when the container gets there.
EngineRequest waitContainer(const QString &id, WaitCondition condition);

struct RemoveContainerOptions
{
    bool force = false; // force=1: kill a running container first
    bool volumes = false; // v=1: remove its anonymous volumes too
};
// DELETE /containers/{id}.
EngineRequest removeContainer(const QString &id, const RemoveContainerOptions &options = {});

struct LogsOptions
{
    bool follow = false;
    bool standardOutput = false; // stdout=1 (not named stdout: that is a macro on some platforms)
    bool standardError = false; // stderr=1
    bool timestamps = false;
    QDateTime since; // invalid: from the start; else since=<seconds.milliseconds>
    int tail = -1; // >= 0: tail=N, only the last N lines (docker logs --tail)
};
// GET /containers/{id}/logs with the options that are set, in the order follow, stdout, stderr,
// timestamps, since, tail. Streamed raw (multiplexed frames unless the container has a TTY), no idle limit.
EngineRequest containerLogs(const QString &id, const LogsOptions &options);
// GET /containers/{id}/stats?stream=1: one JSON object per line, no idle limit.
EngineRequest containerStats(const QString &id);
// GET /containers/{id}/archive?path={path}: a tar of that path in the container's filesystem.
EngineRequest containerArchive(const QString &id, const QString &path);
// POST /containers/prune: removes every stopped container (docker container prune).
EngineRequest pruneContainers();

// ---- Exec ------------------------------------------------------------------------------------------

// POST /containers/{id}/exec with body as the exec config JSON (Cmd, AttachStdout, ...).
EngineRequest createExec(const QString &containerId, const QJsonObject &body);
// POST /exec/{id}/start, attached and without a TTY ({"Detach":false,"Tty":false}); the output
// arrives raw as multiplexed frames. Keeps the default idle limit.
EngineRequest startExec(const QString &execId);
// GET /exec/{id}/json.
EngineRequest inspectExec(const QString &execId);

} // namespace EngineApi

} // namespace Dockwright::Core
