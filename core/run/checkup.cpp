// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkup.h"

#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

namespace Dockwright::Core {

namespace {

// Bit numbers of linux/capability.h.
const char *const capabilityBits[] = {
    "CHOWN",
    "DAC_OVERRIDE",
    "DAC_READ_SEARCH",
    "FOWNER",
    "FSETID",
    "KILL",
    "SETGID",
    "SETUID",
    "SETPCAP",
    "LINUX_IMMUTABLE",
    "NET_BIND_SERVICE",
    "NET_BROADCAST",
    "NET_ADMIN",
    "NET_RAW",
    "IPC_LOCK",
    "IPC_OWNER",
    "SYS_MODULE",
    "SYS_RAWIO",
    "SYS_CHROOT",
    "SYS_PTRACE",
    "SYS_PACCT",
    "SYS_ADMIN",
    "SYS_BOOT",
    "SYS_NICE",
    "SYS_RESOURCE",
    "SYS_TIME",
    "SYS_TTY_CONFIG",
    "MKNOD",
    "LEASE",
    "AUDIT_WRITE",
    "AUDIT_CONTROL",
    "SETFCAP",
    "MAC_OVERRIDE",
    "MAC_ADMIN",
    "SYSLOG",
    "WAKE_ALARM",
    "BLOCK_SUSPEND",
    "AUDIT_READ",
    "PERFMON",
    "BPF",
    "CHECKPOINT_RESTORE",
};

// Creates a file in / and removes it again; prints "writable" or the error touch gave.
const char rootfsScript[] = "f=/.dockwright-checkup-$$; if err=$(touch \"$f\" 2>&1); then rm -f \"$f\"; "
                            "echo writable; else echo \"$err\"; fi";

// Prints which status file it read, then the file: /proc/1/status when PID 1 is in this process's PID
// namespace (the container's init), else /proc/self/status of the exec'd process itself, which gets the
// container's capabilities and no_new_privs too. The fallback covers runtimes whose /proc is not the
// container's own, and users that may not look at PID 1's namespace.
const char statusScript[] = "a=$(readlink /proc/1/ns/pid 2>/dev/null); b=$(readlink /proc/self/ns/pid 2>/dev/null); "
                            "if [ -n \"$a\" ] && [ \"$a\" = \"$b\" ]; then echo /proc/1/status; cat /proc/1/status; "
                            "else echo /proc/self/status; cat /proc/self/status; fi";

QString firstLine(const QByteArray &text)
{
    const QString all = QString::fromUtf8(text).trimmed();
    return all.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

const Checkup::Answer *Checkup::Result::answer(const QString &answerId) const
{
    for (const Answer &a : answers) {
        if (a.id == answerId)
            return &a;
    }
    return nullptr;
}

Checkup::Checkup(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

Checkup::~Checkup()
{
    if (m_call)
        m_call->abort();
}

QStringList Checkup::capabilityNames(quint64 mask)
{
    QStringList names;
    for (int bit = 0; bit < 64; ++bit) {
        if (!(mask & (quint64(1) << bit)))
            continue;
        if (bit < int(std::size(capabilityBits)))
            names << QLatin1String("CAP_") + QLatin1String(capabilityBits[bit]);
        else
            names << tr("bit %1").arg(bit);
    }
    return names;
}

QString Checkup::statusField(const QByteArray &status, const QByteArray &field)
{
    const QList<QByteArray> lines = status.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon) == field)
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
    }
    return {};
}

bool Checkup::isSecretName(const QString &name)
{
    static const char *const markers[] = {"PASSWORD", "PASSWD", "PASS", "SECRET", "TOKEN", "KEY", "CREDENTIAL",
        "PRIVATE", "AUTH", "SESSION", "COOKIE", "DSN"};
    const QString upper = name.toUpper();
    for (const char *marker : markers) {
        if (upper.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

QStringList Checkup::maskEnvironment(const QByteArray &envOutput)
{
    QStringList lines;
    const QStringList raw = QString::fromUtf8(envOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : raw) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && isSecretName(line.left(eq)) && eq + 1 < line.size())
            lines << line.left(eq + 1) + QStringLiteral("••••••");
        else
            lines << line;
    }
    return lines;
}

void Checkup::start(const QString &containerId)
{
    if (m_running)
        return;
    m_running = true;
    m_result = Result();
    m_result.containerId = containerId;
    m_steps = {
        {QStringLiteral("user"), {QStringLiteral("id")}},
        {QStringLiteral("rootfs"), {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(rootfsScript)}},
        {QStringLiteral("status"), {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(statusScript)}},
        {QStringLiteral("environment"), {QStringLiteral("env")}},
    };
    m_step = 0;
    m_engineReadOnly = false;
    if (!m_client) {
        m_result.error = EngineError::make(EngineError::Kind::Unsupported, tr("No engine connection"));
        done();
        return;
    }
    // Whether it runs, and whether the engine made its root read-only (which a non-root user cannot
    // find out from inside).
    EngineCall *call = m_client->send(EngineApi::inspectContainer(containerId));
    m_call = call;
    connect(call, &EngineCall::finished, this, [this, call] {
        if (call->error()) {
            m_result.error = call->error();
            done();
            return;
        }
        const QJsonObject info = call->jsonObject();
        if (!info.value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool()) {
            m_result.error = EngineError::make(
                EngineError::Kind::Unsupported, tr("The container is not running; start it to look inside."));
            done();
            return;
        }
        m_engineReadOnly
            = info.value(QLatin1String("HostConfig")).toObject().value(QLatin1String("ReadonlyRootfs")).toBool();
        runStep();
    });
}

void Checkup::runStep()
{
    if (m_step >= m_steps.size()) {
        done();
        return;
    }
    const Step &step = m_steps.at(m_step);
    Q_EMIT progress(step.id);
    if (!m_exec) {
        m_exec = new ContainerExec(m_client, this);
        connect(m_exec, &ContainerExec::finished, this, &Checkup::onExecFinished);
    }
    m_exec->start(m_result.containerId, step.command);
}

void Checkup::onExecFinished(const ContainerExec::Result &exec)
{
    if (!exec.created) {
        // The container is gone or stopped: no later step can work either.
        m_result.error = exec.error;
        if (exec.httpStatus == 409)
            m_result.error.message = tr("The container is not running; start it to look inside.");
        done();
        return;
    }
    interpret(m_steps.at(m_step), exec);
    ++m_step;
    runStep();
}

void Checkup::interpret(const Step &step, const ContainerExec::Result &exec)
{
    // A missing program ends the exec with 126/127 and a runtime message on stdout or stderr.
    const bool ran = !exec.error && exec.exitCode == 0;
    const QString failure = exec.error ? exec.error.message
                                       : tr("“%1” failed (exit code %2): %3")
                                             .arg(step.command.constFirst())
                                             .arg(exec.exitCode)
                                             .arg(firstLine(exec.err.isEmpty() ? exec.out : exec.err));
    if (step.id == QLatin1String("user")) {
        Answer a {
            step.id, tr("Which user does the process run as?"), {}, QString::fromUtf8(exec.out).trimmed(), ran, false};
        if (ran) {
            m_result.idOutput = a.output;
            const bool root
                = a.output.startsWith(QLatin1String("uid=0(")) || a.output.startsWith(QLatin1String("uid=0 "));
            a.hardened = !root;
            a.answer = root ? tr("root (uid 0): %1").arg(a.output) : tr("a non-root user: %1").arg(a.output);
        } else {
            a.answer = failure;
        }
        m_result.answers << a;
    } else if (step.id == QLatin1String("rootfs")) {
        const QString said = QString::fromUtf8(exec.out + exec.err).trimmed();
        Answer a {step.id, tr("Can the process write to the root filesystem?"), {}, said, ran, false};
        if (!ran) {
            a.answer = failure;
        } else if (said == QLatin1String("writable")) {
            m_result.rootWritable = true;
            a.answer = tr("Yes: it created and removed a file in /.");
        } else if (said.contains(QLatin1String("Read-only file system"), Qt::CaseInsensitive)) {
            m_result.rootWritable = false;
            a.hardened = true;
            a.answer = tr("No: the root filesystem is mounted read-only.");
        } else if (m_engineReadOnly) {
            // A non-root user is refused before the kernel looks at the mount, so the inside view cannot
            // tell; the engine's ReadonlyRootfs can.
            m_result.rootWritable = false;
            a.hardened = true;
            a.answer = tr("No: this user may not write to / (%1), and the root filesystem is read-only "
                          "(ReadonlyRootfs), so root could not either.")
                           .arg(firstLine(exec.out + exec.err));
        } else {
            m_result.rootWritable = false;
            a.answer = tr("Not for this user (%1), but / is writable: a process running as root in the container "
                          "could change it.")
                           .arg(firstLine(exec.out + exec.err));
        }
        m_result.answers << a;
    } else if (step.id == QLatin1String("status")) {
        const qsizetype newline = exec.out.indexOf('\n');
        const QByteArray status = newline < 0 ? QByteArray() : exec.out.mid(newline + 1);
        m_result.statusSource = QString::fromUtf8(exec.out.left(qMax<qsizetype>(0, newline)));
        const QString capEffText = statusField(status, "CapEff");
        const QString capBndText = statusField(status, "CapBnd");
        const QString nnpText = statusField(status, "NoNewPrivs");
        bool effOk = false;
        bool bndOk = false;
        const quint64 eff = capEffText.toULongLong(&effOk, 16);
        const quint64 bnd = capBndText.toULongLong(&bndOk, 16);
        Answer caps {QStringLiteral("capabilities"), tr("Which capabilities does the container's process have?"), {},
            QStringLiteral("%1: CapEff %2, CapBnd %3").arg(m_result.statusSource, capEffText, capBndText), ran && effOk,
            false};
        if (!caps.ok) {
            caps.answer = ran ? tr("%1 has no CapEff line").arg(m_result.statusSource) : failure;
        } else {
            m_result.capEff = eff;
            if (bndOk)
                m_result.capBnd = bnd;
            const QStringList effNames = capabilityNames(eff);
            const QStringList bndNames = bndOk ? capabilityNames(bnd) : QStringList();
            caps.hardened = eff == 0 && (!bndOk || bnd == 0);
            if (eff == 0 && bndOk && bnd != 0)
                caps.answer = tr("None effective, but %n capability(ies) can still be gained (bounding set: %1).",
                    nullptr, int(bndNames.size()))
                                  .arg(bndNames.join(QLatin1String(", ")));
            else if (eff == 0)
                caps.answer = tr("None: every capability is dropped.");
            else
                caps.answer = tr("%n effective capability(ies): %1", nullptr, int(effNames.size()))
                                  .arg(effNames.join(QLatin1String(", ")));
        }
        m_result.answers << caps;

        Answer nnp {QStringLiteral("no-new-privs"), tr("Can a setuid binary raise privileges (NoNewPrivs)?"), {},
            QStringLiteral("%1: NoNewPrivs %2").arg(m_result.statusSource, nnpText), ran && !nnpText.isEmpty(), false};
        if (!nnp.ok) {
            nnp.answer = ran ? tr("The kernel does not report NoNewPrivs") : failure;
        } else {
            m_result.noNewPrivs = nnpText == QLatin1String("1");
            nnp.hardened = *m_result.noNewPrivs;
            nnp.answer = nnp.hardened
                ? tr("No: NoNewPrivs is 1, setuid binaries cannot raise privileges.")
                : tr("Yes: NoNewPrivs is 0, a setuid binary in the image could raise privileges.");
        }
        m_result.answers << nnp;
    } else if (step.id == QLatin1String("environment")) {
        Answer a {step.id, tr("What is in the environment?"), {}, {}, ran, false};
        if (ran) {
            m_result.environment = maskEnvironment(exec.out);
            a.output = m_result.environment.join(QLatin1Char('\n'));
            int masked = 0;
            for (const QString &line : std::as_const(m_result.environment))
                masked += line.endsWith(QStringLiteral("••••••")) ? 1 : 0;
            a.hardened = true;
            a.answer = masked
                ? tr("%n variable(s), %1 with secret-looking names masked", nullptr, int(m_result.environment.size()))
                      .arg(masked)
                : tr("%n variable(s)", nullptr, int(m_result.environment.size()));
        } else {
            a.answer = failure;
        }
        m_result.answers << a;
    }
}

void Checkup::done()
{
    m_running = false;
    Q_EMIT finished(m_result);
}

} // namespace Dockwright::Core
