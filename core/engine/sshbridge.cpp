// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshbridge.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace Dockwright::Core {

namespace {

// The last non-empty line ssh (or the remote shell) printed, for messages.
QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (!line.isEmpty())
            return QString::fromLocal8Bit(line);
    }
    return {};
}

QString hostName(const Endpoint &endpoint)
{
    QString name = endpoint.user.isEmpty() ? endpoint.host : endpoint.user + QLatin1Char('@') + endpoint.host;
    if (endpoint.port != 22 && endpoint.port > 0)
        name += QLatin1Char(':') + QString::number(endpoint.port);
    return name;
}

} // namespace

SshBridge::SshBridge(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{ }

SshBridge::~SshBridge() = default;

bool SshBridge::listen()
{
    if (m_server)
        return true;
    // A folder only we can enter holds the socket: nobody else on the machine can use our ssh login.
    const QString runtime = qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")
        ? QString()
        : QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    m_dir = std::make_unique<QTemporaryDir>(
        (runtime.isEmpty() ? QDir::tempPath() : runtime) + QLatin1String("/dockwright-ssh-XXXXXX"));
    if (!m_dir->isValid()) {
        m_lastFailure = EngineError::make(EngineError::Kind::Network,
            tr("Cannot make a local socket for the ssh connection to %1: %2")
                .arg(m_endpoint.uri, m_dir->errorString()));
        return false;
    }
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath())) {
        m_lastFailure = EngineError::make(EngineError::Kind::Network,
            tr("Cannot make a local socket for the ssh connection to %1: %2")
                .arg(m_endpoint.uri, m_server->errorString()));
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SshBridge::onNewConnection);
    return true;
}

QString SshBridge::socketPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("engine.sock")) : QString();
}

QStringList SshBridge::command() const
{
    QStringList cmd;
    const QString custom = qEnvironmentVariable("DOCKWRIGHT_SSH_COMMAND");
    if (!custom.trimmed().isEmpty())
        cmd = QProcess::splitCommand(custom);
    if (cmd.isEmpty())
        cmd << QStringLiteral("ssh");
    if (!m_endpoint.user.isEmpty())
        cmd << QStringLiteral("-l") << m_endpoint.user;
    if (m_endpoint.port > 0 && m_endpoint.port != 22)
        cmd << QStringLiteral("-p") << QString::number(m_endpoint.port);
    // BatchMode: a window has no terminal for a password prompt; fail at once instead of hanging.
    cmd << QStringLiteral("-o") << QStringLiteral("ConnectTimeout=30") << QStringLiteral("-o")
        << QStringLiteral("BatchMode=yes") << QStringLiteral("-T") << QStringLiteral("--") << m_endpoint.host
        << QStringLiteral("docker");
    if (!m_endpoint.socketPath.isEmpty() && m_endpoint.socketPath != QLatin1String("/"))
        cmd << QStringLiteral("--host") << QLatin1String("unix://") + m_endpoint.socketPath;
    cmd << QStringLiteral("system") << QStringLiteral("dial-stdio");
    return cmd;
}

void SshBridge::onNewConnection()
{
    while (QLocalSocket *local = m_server->nextPendingConnection()) {
        auto *process = new QProcess(this);
        // Per connection: whether the engine said anything, and what ssh printed on stderr.
        auto answered = std::make_shared<bool>(false);
        auto errors = std::make_shared<QByteArray>();
        const QPointer<QLocalSocket> localGuard(local);
        connect(local, &QLocalSocket::readyRead, process, [local, process] {
            if (process->state() != QProcess::NotRunning)
                process->write(local->readAll());
        });
        connect(process, &QProcess::readyReadStandardOutput, local, [local, process, answered] {
            const QByteArray bytes = process->readAllStandardOutput();
            if (!bytes.isEmpty())
                *answered = true;
            local->write(bytes);
        });
        connect(process, &QProcess::readyReadStandardError, process, [process, errors] {
            *errors += process->readAllStandardError();
            if (errors->size() > 65536)
                errors->remove(0, errors->size() - 65536);
        });
        // Qt Network closed its side (reply done or aborted): dial-stdio ends when its stdin does.
        connect(local, &QLocalSocket::disconnected, process, [process] {
            if (process->state() == QProcess::NotRunning)
                return;
            process->closeWriteChannel();
            QTimer::singleShot(3000, process, [process] {
                if (process->state() != QProcess::NotRunning)
                    process->terminate();
            });
        });
        // The failure is recorded before the local socket closes, so the call that sees the closed
        // connection can already name the cause.
        const auto ended = [this, process, localGuard, answered, errors](int exitCode, bool crashed) {
            if (localGuard) {
                localGuard->write(process->readAllStandardOutput());
                localGuard->flush();
            }
            *errors += process->readAllStandardError();
            if (!*answered && (crashed || exitCode != 0))
                m_lastFailure = diagnose(m_endpoint, *errors, crashed ? -1 : exitCode);
            else if (*answered)
                m_lastFailure = {};
            if (localGuard)
                localGuard->disconnectFromServer();
            process->deleteLater();
        };
        connect(process, &QProcess::finished, this,
            [ended](int exitCode, QProcess::ExitStatus status) { ended(exitCode, status == QProcess::CrashExit); });
        connect(process, &QProcess::errorOccurred, this, [this, process, localGuard](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;
            m_lastFailure = EngineError::make(EngineError::Kind::Unsupported,
                tr("Cannot reach %1: the ssh program (%2) could not be started.")
                    .arg(m_endpoint.uri, process->program()),
                tr("Install the OpenSSH client (apt install openssh-client), or set DOCKWRIGHT_SSH_COMMAND."));
            if (localGuard)
                localGuard->disconnectFromServer();
            process->deleteLater();
        });
        connect(local, &QLocalSocket::disconnected, local, &QObject::deleteLater);
        const QStringList cmd = command();
        process->start(cmd.constFirst(), cmd.mid(1));
    }
}

EngineError SshBridge::diagnose(const Endpoint &endpoint, const QByteArray &stderrText, int exitCode)
{
    using Kind = EngineError::Kind;
    const QString who = hostName(endpoint);
    const QString text = QString::fromLocal8Bit(stderrText);
    QString said = lastLine(stderrText);
    if (said.isEmpty())
        said = tr("ssh printed nothing");
    EngineError e;
    const auto has = [&text](const char *needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); };
    if (has("Could not resolve hostname") || has("Name or service not known")) {
        e = EngineError::make(Kind::HostNotFound,
            tr("The ssh host %1 is not known: no address was found for it.").arg(endpoint.host),
            tr("Check the host name in DOCKER_HOST or the docker context (ssh://user@host)."));
    } else if (has("Connection refused")) {
        e = EngineError::make(Kind::ConnectionRefused,
            tr("Nobody answers ssh on %1: the connection was refused.").arg(who),
            tr("Is sshd running there, on that port?"));
    } else if (has("timed out") || has("No route to host") || has("Network is unreachable")) {
        e = EngineError::make(Kind::Timeout, tr("The ssh host %1 cannot be reached: %2").arg(who, said),
            tr("Check the network and the host's address."));
    } else if (has("kex_exchange_identification") || has("Connection closed by remote host")) {
        e = EngineError::make(Kind::ConnectionRefused,
            tr("The ssh server %1 dropped the connection before the login (%2).").arg(who, said),
            tr("sshd drops new connections when too many are starting (MaxStartups) or, since "
               "OpenSSH 9.8, for a while after failed logins from the same address "
               "(PerSourcePenalties). Wait a minute and try again."));
    } else if (has("Host key verification failed") || has("REMOTE HOST IDENTIFICATION HAS CHANGED")) {
        e = EngineError::make(Kind::Tls, tr("The host key of %1 is not trusted (%2).").arg(endpoint.host, said),
            tr("Connect once with ssh %1 in a terminal to check and accept its key.").arg(who));
    } else if (has("Permission denied") || has("Too many authentication failures")) {
        e = EngineError::make(Kind::PermissionDenied, tr("%1 refused the ssh login: %2").arg(who, said),
            tr("Add your public key to ~/.ssh/authorized_keys there, or load it with ssh-add. "
               "Dockwright cannot ask for passwords (BatchMode)."));
    } else if (exitCode == 127 || has("command not found") || has("docker: not found")) {
        e = EngineError::make(Kind::Unsupported, tr("There is no docker command on %1 (%2).").arg(endpoint.host, said),
            tr("An ssh:// engine needs the docker CLI 18.09 or newer on the remote host, for "
               "\"docker system dial-stdio\". Install it there, or use a tcp:// endpoint."));
    } else if (has("Cannot connect to the Docker daemon") || has("dial unix") || has("no such file or directory")) {
        e = EngineError::make(Kind::SocketMissing,
            tr("The docker CLI on %1 cannot reach its engine: %2").arg(endpoint.host, said),
            endpoint.socketPath.isEmpty() ? tr("Start the engine on the host, or name its socket in the address "
                                               "(ssh://user@host/run/user/1000/docker.sock).")
                                          : tr("Check the socket path %1 in the address.").arg(endpoint.socketPath));
    } else if (has("unknown command") || has("is not a docker command")) {
        e = EngineError::make(Kind::Unsupported,
            tr("The docker CLI on %1 has no \"system dial-stdio\" (%2).").arg(endpoint.host, said),
            tr("Update docker on the host to 18.09 or newer."));
    } else {
        e = EngineError::make(Kind::Network,
            exitCode < 0 ? tr("The ssh connection to %1 ended abnormally: %2").arg(who, said)
                         : tr("The ssh connection to %1 failed (exit code %2): %3").arg(who).arg(exitCode).arg(said),
            tr("Try \"ssh %1 docker system dial-stdio\" in a terminal to see the whole message.").arg(who));
    }
    e.detail = text.trimmed();
    return e;
}

} // namespace Dockwright::Core
