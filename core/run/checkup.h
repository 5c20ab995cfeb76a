// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "containerexec.h"
#include "core/engine/engineerror.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <optional>

namespace Dockwright::Core {

class EngineCall;
class EngineClient;

// The Python guide's "look inside the running container" checks, run through the Engine API's exec
// (POST /containers/{id}/exec, then POST /exec/{id}/start attached, without a TTY, so the output is
// multiplexed and stdout/stderr stay apart): who the process runs as, whether / is writable, the
// capabilities and no_new_privs of its PID 1, and the environment with secret-looking values masked.
// Only needs busybox-level tools in the image (id, sh, touch, rm, cat, readlink, env).
class Checkup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Checkup)
public:
    // One answered question. ok is false when the check could not run (no shell, container stopped).
    struct Answer
    {
        QString id; // "user", "rootfs", "capabilities", "no-new-privs", "environment"
        QString question; // translated: "Which user does the process run as?"
        QString answer; // translated one-line answer
        QString output; // what the command printed (masked for the environment)
        bool ok = false;
        bool hardened = false; // the answer is the safe one (non-root, read-only, no caps, NoNewPrivs 1)
    };

    struct Result
    {
        QString containerId;
        QList<Answer> answers;
        // Parsed values, for callers that compare runs.
        QString idOutput; // `id` line, e.g. "uid=65534 gid=65534 groups=65534"
        std::optional<bool> rootWritable; // nullopt when the check could not run
        std::optional<quint64> capEff; // CapEff of the container's process
        std::optional<quint64> capBnd; // CapBnd of the container's process
        // Where capabilities and NoNewPrivs were read: /proc/1/status, or /proc/self/status of the exec'd
        // process when the container shares the host's PID namespace (/proc/1 is then the host's init).
        QString statusSource;
        std::optional<bool> noNewPrivs;
        QStringList environment; // "NAME=value" with secrets masked
        EngineError error; // set when nothing could be checked (container gone, not running)

        const Answer *answer(const QString &answerId) const;
    };

    explicit Checkup(EngineClient *client, QObject *parent = nullptr);
    ~Checkup() override;

    // Runs all checks one after the other; ends with finished(result). A second call while running
    // is ignored.
    void start(const QString &containerId);
    bool isRunning() const { return m_running; }
    const Result &result() const { return m_result; }

    // Capability names of a CapEff/CapBnd bit mask ("CAP_CHOWN", ...), in bit order; unknown bits as
    // "bit 41".
    static QStringList capabilityNames(quint64 mask);
    // Reads "Name:\tvalue" fields of /proc/PID/status.
    static QString statusField(const QByteArray &status, const QByteArray &field);
    // True for names that usually hold credentials: PASSWORD, SECRET, TOKEN, KEY, CREDENTIAL, ...
    static bool isSecretName(const QString &name);
    // "NAME=value" lines with the value of secret-looking names replaced by "••••••".
    static QStringList maskEnvironment(const QByteArray &envOutput);

Q_SIGNALS:
    void progress(const QString &question);
    void finished(const Dockwright::Core::Checkup::Result &result);

private:
    struct Step
    {
        QString id;
        QStringList command;
    };

    void runStep();
    void onExecFinished(const ContainerExec::Result &exec);
    void interpret(const Step &step, const ContainerExec::Result &exec);
    void done();

    QPointer<EngineClient> m_client;
    QList<Step> m_steps;
    qsizetype m_step = 0;
    ContainerExec *m_exec = nullptr;
    QPointer<EngineCall> m_call;
    Result m_result;
    bool m_running = false;
    bool m_engineReadOnly = false;
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::Checkup::Result)
