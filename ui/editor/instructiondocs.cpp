// SPDX-License-Identifier: GPL-3.0-or-later
#include "instructiondocs.h"

namespace Dockwright::Ui {

namespace {

QList<InstructionDocs::Instruction> buildTable()
{
    using I = InstructionDocs::Instruction;
    using F = InstructionDocs::Flag;
    const F chown {QStringLiteral("chown"), true,
        InstructionDocs::tr("Owner (user:group) of the copied files; without it they belong to root.")};
    const F chmod {
        QStringLiteral("chmod"), true, InstructionDocs::tr("Permission bits of the copied files, e.g. 0755.")};
    const F link {QStringLiteral("link"), false,
        InstructionDocs::tr("Copy into an independent layer, so the layer survives changes to earlier "
                            "layers (better cache reuse).")};
    const F exclude {QStringLiteral("exclude"), true, InstructionDocs::tr("A pattern of paths not to copy.")};
    return {
        I {QStringLiteral("FROM"), QStringLiteral("FROM [--platform=<platform>] <image> [AS <name>]"),
            InstructionDocs::tr("Starts a build stage from a base image (or <code>scratch</code>, an empty one). "
                                "<code>AS name</code> lets later stages and <code>COPY --from</code> refer to it."),
            {F {QStringLiteral("platform"), true,
                InstructionDocs::tr("Platform of the base image, e.g. linux/amd64 or $BUILDPLATFORM.")}}},
        I {QStringLiteral("ARG"), QStringLiteral("ARG <name>[=<default>]"),
            InstructionDocs::tr("Declares a build argument that <code>--build-arg</code> can set. Before the first "
                                "FROM it is visible to FROM lines only; redeclare it inside a stage to use it there."),
            {}},
        I {QStringLiteral("ENV"), QStringLiteral("ENV <key>=<value> ..."),
            InstructionDocs::tr("Sets environment variables for the rest of the stage and for containers started "
                                "from the image."),
            {}},
        I {QStringLiteral("WORKDIR"), QStringLiteral("WORKDIR <path>"),
            InstructionDocs::tr("Sets (and creates) the working directory for the instructions that follow and for "
                                "the container."),
            {}},
        I {QStringLiteral("RUN"), QStringLiteral("RUN [--mount=...] [--network=...] <command>"),
            InstructionDocs::tr("Runs a command in a new layer. Shell form runs through /bin/sh -c; the exec form "
                                "[\"prog\", \"arg\"] runs the program directly."),
            {F {QStringLiteral("mount"), true,
                 InstructionDocs::tr("Mounts something only while this command runs: a cache directory, files from the "
                                     "context or another stage (bind), a secret, an SSH agent or a tmpfs.")},
                F {QStringLiteral("network"), true,
                    InstructionDocs::tr("Network for the command: default, none (no network) or host.")},
                F {QStringLiteral("security"), true,
                    InstructionDocs::tr("sandbox (default) or insecure (needs the security.insecure entitlement).")}}},
        I {QStringLiteral("COPY"), QStringLiteral("COPY [--from=<stage>] [--chown=...] <src>... <dest>"),
            InstructionDocs::tr("Copies files from the build context, or from another stage or image with "
                                "<code>--from</code>, into the image."),
            {F {QStringLiteral("from"), true,
                 InstructionDocs::tr("A stage name or index, or an image, to copy from instead of the context.")},
                chown, chmod, link,
                F {QStringLiteral("parents"), false,
                    InstructionDocs::tr("Keep the parent directories of the sources.")},
                exclude}},
        I {QStringLiteral("ADD"), QStringLiteral("ADD [--chown=...] [--checksum=...] <src>... <dest>"),
            InstructionDocs::tr("Like COPY, but also fetches URLs and Git repositories and unpacks local tar "
                                "archives. Prefer COPY when you only copy files."),
            {chown, chmod, link,
                F {QStringLiteral("checksum"), true,
                    InstructionDocs::tr("Expected digest of a remote file (sha256:...).")},
                F {QStringLiteral("keep-git-dir"), false,
                    InstructionDocs::tr("Keep the .git directory of a Git source.")},
                F {QStringLiteral("unpack"), false, InstructionDocs::tr("Whether to unpack archives.")}, exclude}},
        I {QStringLiteral("USER"), QStringLiteral("USER <user>[:<group>]"),
            InstructionDocs::tr("Sets the user (and group) for the following RUN, CMD and ENTRYPOINT. Running as a "
                                "non-root user limits what a compromised process can do."),
            {}},
        I {QStringLiteral("EXPOSE"), QStringLiteral("EXPOSE <port>[/<protocol>] ..."),
            InstructionDocs::tr("Documents the ports the application listens on; publishing them is up to "
                                "<code>docker run -p</code>."),
            {}},
        I {QStringLiteral("CMD"), QStringLiteral("CMD [\"executable\", \"param\"]"),
            InstructionDocs::tr("The default command (or the default arguments of ENTRYPOINT) of a container. "
                                "Only the last CMD counts."),
            {}},
        I {QStringLiteral("ENTRYPOINT"), QStringLiteral("ENTRYPOINT [\"executable\", \"param\"]"),
            InstructionDocs::tr("The program a container runs; CMD and <code>docker run</code> arguments are passed "
                                "to it. Use the exec form so it receives signals."),
            {}},
        I {QStringLiteral("LABEL"), QStringLiteral("LABEL <key>=<value> ..."),
            InstructionDocs::tr("Adds metadata to the image, e.g. org.opencontainers.image.source."), {}},
        I {QStringLiteral("VOLUME"), QStringLiteral("VOLUME [\"/path\"]"),
            InstructionDocs::tr("Marks a path as holding external data; changes to it after this line are "
                                "discarded during the build."),
            {}},
        I {QStringLiteral("HEALTHCHECK"), QStringLiteral("HEALTHCHECK [options] CMD <command> | NONE"),
            InstructionDocs::tr("A command the engine runs periodically to tell whether the container is healthy."),
            {F {QStringLiteral("interval"), true, InstructionDocs::tr("Time between checks (default 30s).")},
                F {QStringLiteral("timeout"), true, InstructionDocs::tr("Time a check may take (default 30s).")},
                F {QStringLiteral("start-period"), true,
                    InstructionDocs::tr("Grace period after start during which failures do not count.")},
                F {QStringLiteral("start-interval"), true,
                    InstructionDocs::tr("Time between checks during the start period.")},
                F {QStringLiteral("retries"), true,
                    InstructionDocs::tr("Consecutive failures before the container is unhealthy (default 3).")}}},
        I {QStringLiteral("SHELL"), QStringLiteral("SHELL [\"executable\", \"param\"]"),
            InstructionDocs::tr("Replaces the shell that runs shell-form commands (default [\"/bin/sh\", \"-c\"])."),
            {}},
        I {QStringLiteral("STOPSIGNAL"), QStringLiteral("STOPSIGNAL <signal>"),
            InstructionDocs::tr("The signal <code>docker stop</code> sends to end the container (default SIGTERM)."),
            {}},
        I {QStringLiteral("ONBUILD"), QStringLiteral("ONBUILD <INSTRUCTION>"),
            InstructionDocs::tr("An instruction that runs later, when another Dockerfile uses this image in FROM."),
            {}},
        I {QStringLiteral("MAINTAINER"), QStringLiteral("MAINTAINER <name>"),
            InstructionDocs::tr("Deprecated: use LABEL org.opencontainers.image.authors instead."), {}},
    };
}

} // namespace

const QList<InstructionDocs::Instruction> &InstructionDocs::instructions()
{
    // Built on first use so tr() sees the installed translators.
    static const QList<Instruction> table = buildTable();
    return table;
}

const InstructionDocs::Instruction *InstructionDocs::instruction(QStringView keyword)
{
    for (const Instruction &i : instructions()) {
        if (keyword.compare(i.keyword, Qt::CaseInsensitive) == 0)
            return &i;
    }
    return nullptr;
}

const InstructionDocs::Flag *InstructionDocs::flag(QStringView keyword, QStringView flagName)
{
    const Instruction *i = instruction(keyword);
    if (!i)
        return nullptr;
    for (const Flag &f : i->flags) {
        if (f.name == flagName)
            return &f;
    }
    return nullptr;
}

QStringList InstructionDocs::mountKeys()
{
    return {QStringLiteral("type"), QStringLiteral("target"), QStringLiteral("source"), QStringLiteral("from"),
        QStringLiteral("id"), QStringLiteral("sharing"), QStringLiteral("mode"), QStringLiteral("uid"),
        QStringLiteral("gid"), QStringLiteral("readonly"), QStringLiteral("rw"), QStringLiteral("required"),
        QStringLiteral("size"), QStringLiteral("env")};
}

QStringList InstructionDocs::mountValues(QStringView key)
{
    if (key == u"type")
        return {QStringLiteral("bind"), QStringLiteral("cache"), QStringLiteral("tmpfs"), QStringLiteral("secret"),
            QStringLiteral("ssh")};
    if (key == u"sharing")
        return {QStringLiteral("shared"), QStringLiteral("private"), QStringLiteral("locked")};
    if (key == u"readonly" || key == u"rw" || key == u"required")
        return {QStringLiteral("true"), QStringLiteral("false")};
    return {};
}

QStringList InstructionDocs::flagValues(QStringView keyword, QStringView flagName)
{
    if (keyword.compare(u"RUN", Qt::CaseInsensitive) == 0) {
        if (flagName == u"network")
            return {QStringLiteral("default"), QStringLiteral("none"), QStringLiteral("host")};
        if (flagName == u"security")
            return {QStringLiteral("sandbox"), QStringLiteral("insecure")};
    }
    if (flagName == u"platform")
        return {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64"), QStringLiteral("$BUILDPLATFORM"),
            QStringLiteral("$TARGETPLATFORM")};
    return {};
}

QString InstructionDocs::instructionToolTip(const Instruction &instruction)
{
    return QStringLiteral("<p><b><code>%1</code></b></p><p>%2</p>")
        .arg(instruction.syntax.toHtmlEscaped(), instruction.text);
}

QString InstructionDocs::flagToolTip(const Instruction &instruction, const Flag &flag)
{
    return QStringLiteral("<p><b><code>%1 --%2%3</code></b></p><p>%4</p>")
        .arg(instruction.keyword, flag.name, flag.takesValue ? QStringLiteral("=…") : QString(), flag.text);
}

} // namespace Dockwright::Ui
