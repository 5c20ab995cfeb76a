// SPDX-License-Identifier: GPL-3.0-or-later
#include "testengine.h"

#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "tarbuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace Dockwright::Test {

Core::Endpoint testEndpoint()
{
    const QString uri = qEnvironmentVariable("DOCKWRIGHT_TEST_ENGINE");
    if (uri.isEmpty())
        return {};
    return Core::Endpoint::fromUri(uri);
}

bool engineRequired()
{
    return qEnvironmentVariable("DOCKWRIGHT_REQUIRE_ENGINE") == QLatin1String("1");
}

QString connectTestEngine(Core::EngineClient &client)
{
    const Core::Endpoint endpoint = testEndpoint();
    if (!endpoint.isValid())
        return QStringLiteral("DOCKWRIGHT_TEST_ENGINE is not set or not a valid address");
    client.setEndpoint(endpoint);
    if (!client.connectAndWait(30000))
        return client.lastError().toString();
    return {};
}

void removeContainer(Core::EngineClient &client, const QString &id)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    Core::EngineCall *call = client.send(Core::EngineRequest::del(QLatin1String("/containers/") + id, query));
    call->setAutoDelete(false);
    call->waitForFinished(30000);
    delete call;
}

QString busyboxPath()
{
    const QString fromEnv = qEnvironmentVariable("DOCKWRIGHT_BUSYBOX");
    for (const QString &candidate : {fromEnv, QStringLiteral("/bin/busybox"), QStringLiteral("/usr/bin/busybox")}) {
        if (!candidate.isEmpty() && QFile::exists(candidate))
            return candidate;
    }
    return {};
}

QString ensureBusyboxImage(Core::EngineClient &client, QString *error)
{
    const QString ref = QStringLiteral("dockwright-test/busybox:latest");
    {
        auto *call = client.send(Core::EngineRequest::get(QLatin1String("/images/") + ref + QLatin1String("/json")));
        call->setAutoDelete(false);
        call->waitForFinished();
        const bool exists = !call->error();
        delete call;
        if (exists)
            return ref;
    }
    const QByteArray dockerfile = "FROM scratch\n"
                                  "COPY busybox /bin/busybox\n"
                                  "RUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]\n"
                                  "CMD [\"/bin/sh\"]\n";
    return buildBusyboxImage(client, ref, dockerfile, {}, error);
}

namespace {

// The context: the Dockerfile, the executable busybox when given, then `files`.
QString buildContext(Core::EngineClient &client, const QString &tag, const QByteArray &dockerfile,
    const QMap<QString, QByteArray> &files, const QByteArray &busybox, QString *error)
{
    TarBuilder tar;
    tar.file(QStringLiteral("Dockerfile"), dockerfile);
    if (!busybox.isEmpty())
        tar.executable(QStringLiteral("busybox"), busybox);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        tar.file(it.key(), it.value());
    QString tarError;
    const QByteArray context = tar.build(TarBuilder::Compression::None, &tarError);
    if (context.isEmpty()) {
        *error = tarError;
        return {};
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("t"), tag);
    query.addQueryItem(QStringLiteral("networkmode"), QStringLiteral("none"));
    query.addQueryItem(QStringLiteral("version"),
        client.info().buildKitReadsUploadedContext() ? QStringLiteral("2") : QStringLiteral("1"));
    Core::EngineRequest request = Core::EngineRequest::post(QStringLiteral("/build"), query);
    request.body = context;
    request.contentType = "application/x-tar";
    request.delivery = Core::EngineRequest::Delivery::JsonLines;
    request.timeoutMs = 0;
    auto *call = client.send(request);
    call->setAutoDelete(false);
    QString inBand;
    QObject::connect(call, &Core::EngineCall::jsonLine, call, [&inBand](const QJsonObject &line) {
        if (line.contains(QLatin1String("errorDetail")))
            inBand = line.value(QLatin1String("errorDetail")).toObject().value(QLatin1String("message")).toString();
    });
    call->waitForFinished(300000);
    const Core::EngineError callError = call->error();
    delete call;
    if (callError) {
        *error = callError.toString();
        return {};
    }
    if (!inBand.isEmpty()) {
        *error = inBand;
        return {};
    }
    return tag;
}

} // namespace

QString buildBusyboxImage(Core::EngineClient &client, const QString &tag, const QByteArray &dockerfile,
    const QMap<QString, QByteArray> &files, QString *error)
{
    QFile bin(busyboxPath());
    if (!bin.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no static busybox found (install busybox-static or set DOCKWRIGHT_BUSYBOX)");
        return {};
    }
    return buildContext(client, tag, dockerfile, files, bin.readAll(), error);
}

QString buildImage(Core::EngineClient &client, const QString &tag, const QByteArray &dockerfile,
    const QMap<QString, QByteArray> &files, QString *error)
{
    return buildContext(client, tag, dockerfile, files, {}, error);
}

bool haveDockerCli()
{
    return !QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty();
}

QString dockerCli(const QStringList &args, int *exitCode, QString *error)
{
    if (exitCode)
        *exitCode = -1;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("docker"));
    if (program.isEmpty())
        return {};
    QProcess p;
    p.start(program, QStringList {QStringLiteral("-H"), testEndpoint().uri} + args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    if (exitCode)
        *exitCode = p.exitCode();
    if (error)
        *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace Dockwright::Test
