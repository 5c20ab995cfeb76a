// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"
#include "engineerror.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QLocalServer;
class QTemporaryDir;

namespace Dockwright::Core {

// An ssh:// engine reached the way the docker CLI does it: every connection runs
//   ssh [-l USER] [-p PORT] -o ConnectTimeout=30 -o BatchMode=yes -T -- HOST docker [--host unix://PATH] system
//   dial-stdio
// and the HTTP that Qt Network speaks to a private local socket (in a 0700 temporary folder) is
// copied to that process's stdin and back from its stdout. When ssh fails before the engine answered,
// what it printed is turned into an error that names the cause (unknown host, refused key, no docker
// on the host, ...): lastFailure(), which EngineCall reports in place of "connection closed".
// DOCKWRIGHT_SSH_COMMAND replaces "ssh" with a command line of its own (like GIT_SSH_COMMAND), e.g.
// "ssh -F /path/to/config".
class SshBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshBridge)
public:
    explicit SshBridge(const Endpoint &endpoint, QObject *parent = nullptr);
    ~SshBridge() override;

    // Starts listening; false (with lastFailure() set) when no local socket could be made.
    bool listen();
    // The local socket Qt Network connects to.
    QString socketPath() const;
    // The ssh command line one connection runs (program first).
    QStringList command() const;
    // Why the last connection failed before the engine answered; None when none did.
    const EngineError &lastFailure() const { return m_lastFailure; }

    // The error for what ssh printed (stderr) and its exit code, for endpoint; also used by tests.
    static EngineError diagnose(const Endpoint &endpoint, const QByteArray &stderrText, int exitCode);

private:
    void onNewConnection();

    Endpoint m_endpoint;
    std::unique_ptr<QTemporaryDir> m_dir;
    QLocalServer *m_server = nullptr;
    EngineError m_lastFailure;
};

} // namespace Dockwright::Core
