// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/endpoint.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTest>

namespace Dockwright::Core {
class EngineClient;
}

namespace Dockwright::Test {

// The engine the suite runs against, from DOCKWRIGHT_TEST_ENGINE (a DOCKER_HOST-style URI). tools/test
// sets it to a private dockerd it starts, or to the engine the caller named.
Core::Endpoint testEndpoint();
// DOCKWRIGHT_REQUIRE_ENGINE=1 (CI): a missing engine is a failure, never a skip.
bool engineRequired();
// Connects client to the test engine. Returns an empty string on success, else why it could not.
QString connectTestEngine(Core::EngineClient &client);

// A FROM scratch image with Debian's static busybox at /bin/busybox and its applets installed,
// built once per engine and tagged dockwright-test/busybox:latest (no registry is reachable).
// Returns the image reference, or an empty string with *error set.
QString ensureBusyboxImage(Core::EngineClient &client, QString *error);
// Builds `dockerfile` over a context holding only it and `files` (context path -> content), tagged
// `tag`, without network. Returns the tag, or an empty string with *error set.
QString buildImage(Core::EngineClient &client, const QString &tag, const QByteArray &dockerfile,
    const QMap<QString, QByteArray> &files, QString *error);
// buildImage() with the static busybox in the context too (as "busybox").
QString buildBusyboxImage(Core::EngineClient &client, const QString &tag, const QByteArray &dockerfile,
    const QMap<QString, QByteArray> &files, QString *error);
// Removes a container (force: also a running one) and waits for the engine's answer.
void removeContainer(Core::EngineClient &client, const QString &id);
// Path of a static busybox binary (DOCKWRIGHT_BUSYBOX or /bin/busybox), empty if none.
QString busyboxPath();

// The docker CLI (it is in the build root) against the test engine, so a test can compare our answer
// with docker's. haveDockerCli() is false where no docker binary is installed.
bool haveDockerCli();
// Runs `docker -H <test engine> args...`; its standard output, trimmed (empty when it failed or is
// missing; *exitCode is -1 then, else docker's exit code); its standard error, trimmed, in *error.
QString dockerCli(const QStringList &args, int *exitCode = nullptr, QString *error = nullptr);

} // namespace Dockwright::Test

// Connects `client` to the test engine or ends the test function: QFAIL when the engine is required,
// QSKIP otherwise. Use at the top of every test that needs the real engine.
#define DW_REQUIRE_ENGINE(client)                                                                                      \
    do {                                                                                                               \
        const QString dwWhy = Dockwright::Test::connectTestEngine(client);                                             \
        if (!dwWhy.isEmpty()) {                                                                                        \
            if (Dockwright::Test::engineRequired())                                                                    \
                QFAIL(qPrintable(QLatin1String("engine required but not usable: ") + dwWhy));                          \
            QSKIP(qPrintable(QLatin1String("no test engine (set DOCKWRIGHT_TEST_ENGINE): ") + dwWhy));                 \
        }                                                                                                              \
    } while (false)

// DW_REQUIRE_ENGINE(client), then ensureBusyboxImage() into `image` (a QString), or ends the test
// function with QVERIFY2 saying why the image could not be had.
#define DW_REQUIRE_BUSYBOX(client, image)                                                                              \
    do {                                                                                                               \
        DW_REQUIRE_ENGINE(client);                                                                                     \
        QString dwImageError;                                                                                          \
        (image) = Dockwright::Test::ensureBusyboxImage(client, &dwImageError);                                         \
        QVERIFY2(!(image).isEmpty(), qPrintable(dwImageError));                                                        \
    } while (false)
