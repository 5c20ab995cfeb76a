// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintrulecatalog.h"

namespace Dockwright::Core {

namespace {

QString kebab(const QString &id)
{
    QString out;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        // "JSONArgs" -> "json-args": a capital starts a word when it follows a lower-case letter or when
        // the next letter is lower-case (end of an acronym).
        if (c.isUpper() && i > 0
            && (id[i - 1].isLower() || (i + 1 < id.size() && id[i + 1].isLower() && id[i - 1].isUpper())))
            out.append(u'-');
        out.append(c.toLower());
    }
    return out;
}

// The texts of one rule. Every LintRuleId needs a case: a missing one is a compile error (GCC, Clang).
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic error "-Wswitch"
#endif
LintRule describe(LintRuleId id)
{
    const auto make
        = [id](LintSeverity severity, const char *category, const char *hadolint, const QString &title,
              const QString &what, const QString &why, const QString &fix, const char *before, const char *after) {
              LintRule r;
              r.rule = id;
              r.id = QString(lintRuleCode(id));
              r.severity = severity;
              r.category = QString::fromLatin1(category);
              r.hadolint = QString::fromLatin1(hadolint);
              r.title = title;
              r.what = what;
              r.why = why;
              r.fix = fix;
              r.before = QString::fromUtf8(before);
              r.after = QString::fromUtf8(after);
              if (r.category == u"buildkit")
                  r.helpUrl = QStringLiteral("https://docs.docker.com/reference/build-checks/") + kebab(r.id) + u'/';
              return r;
          };
    const auto E = LintSeverity::Error;
    const auto W = LintSeverity::Warning;
    const auto I = LintSeverity::Info;

    switch (id) {
    case LintRuleId::SyntaxError:
        return make(E, "correctness", "", LintRuleCatalog::tr("The Dockerfile does not parse"),
            LintRuleCatalog::tr(
                "A line that BuildKit's parser or instruction checks reject: an unknown instruction, a wrong number of "
                "arguments, an unknown flag or an invalid flag value."),
            LintRuleCatalog::tr("The build fails before any step runs."),
            LintRuleCatalog::tr(
                "Correct the instruction as the message says; the reference lists each instruction's syntax."),
            "FROM alpine\nCOPY app.py\n", "FROM alpine\nCOPY app.py /app/\n");
    case LintRuleId::BuildError:
        return make(E, "correctness", "", LintRuleCatalog::tr("The build cannot resolve this Dockerfile"),
            LintRuleCatalog::tr(
                "A problem the builder finds after parsing: an unknown --target, a stage that depends on itself, or a "
                "variable substitution that is malformed or fails (${VAR:?message})."),
            LintRuleCatalog::tr("The build stops with an error."),
            LintRuleCatalog::tr("Fix the substitution or the stage reference the message names."),
            "FROM alpine\nENV A=${B:?B must be set}\n", "FROM alpine\nARG B=default\nENV A=${B}\n");
    case LintRuleId::NoEmptyContinuation:
        return make(W, "buildkit", "", LintRuleCatalog::tr("Empty line inside a line continuation"),
            LintRuleCatalog::tr(
                "A blank line in the middle of an instruction that is continued with a trailing backslash."),
            LintRuleCatalog::tr(
                "BuildKit skips such lines today but has deprecated them; a future release will treat them as an "
                "error, and they make it easy to think the instruction ended."),
            LintRuleCatalog::tr("Remove the empty line, or end the instruction before it."),
            "RUN apk add \\\n\n    curl\n", "RUN apk add \\\n    curl\n");
    case LintRuleId::StageNameCasing:
        return make(W, "buildkit", "", LintRuleCatalog::tr("Stage names should be lowercase"),
            LintRuleCatalog::tr("A stage name (FROM ... AS Name) with upper-case letters."),
            LintRuleCatalog::tr(
                "Stage names are lowercased by the builder, so the spelling in the file and the name you reference "
                "differ; mixing them confuses readers."),
            LintRuleCatalog::tr("Write the stage name in lowercase."), "FROM alpine AS BuilderBase\n",
            "FROM alpine AS builder-base\n");
    case LintRuleId::FromAsCasing:
        return make(W, "buildkit", "", LintRuleCatalog::tr("FROM and AS keywords should have the same casing"),
            LintRuleCatalog::tr("FROM written in upper case with a lower-case 'as', or the reverse."),
            LintRuleCatalog::tr("Consistent keyword casing keeps a Dockerfile readable and is what the checks expect."),
            LintRuleCatalog::tr("Use 'FROM ... AS name' (or 'from ... as name')."), "FROM alpine as build\n",
            "FROM alpine AS build\n");
    case LintRuleId::ConsistentInstructionCasing:
        return make(W, "buildkit", "", LintRuleCatalog::tr("Instruction keywords should use one casing"),
            LintRuleCatalog::tr(
                "An instruction keyword whose casing differs from the majority of the file (or that mixes cases, like "
                "'Run')."),
            LintRuleCatalog::tr("Mixed casing makes instructions harder to scan; the convention is upper case."),
            LintRuleCatalog::tr("Write every instruction keyword in the same case, preferably upper case."),
            "FROM alpine\nrun echo hi\nRUN echo there\n", "FROM alpine\nRUN echo hi\nRUN echo there\n");
    case LintRuleId::DuplicateStageName:
        return make(W, "buildkit", "DL3024", LintRuleCatalog::tr("Stage names must be unique"),
            LintRuleCatalog::tr("Two stages with the same name (compared case-insensitively)."),
            LintRuleCatalog::tr("References like COPY --from=name become ambiguous; only one stage can be meant."),
            LintRuleCatalog::tr("Rename one of the stages."), "FROM alpine AS build\nFROM debian AS build\n",
            "FROM alpine AS build-alpine\nFROM debian AS build-debian\n");
    case LintRuleId::ReservedStageName:
        return make(W, "buildkit", "DL3063", LintRuleCatalog::tr("Reserved word used as a stage name"),
            LintRuleCatalog::tr("A stage named 'scratch' or 'context'."),
            LintRuleCatalog::tr(
                "These names already mean the empty image and the build context, so a stage with that name is "
                "shadowed or shadows them."),
            LintRuleCatalog::tr("Pick another stage name."), "FROM alpine AS scratch\n", "FROM alpine AS base\n");
    case LintRuleId::JSONArgsRecommended:
        return make(W, "buildkit", "DL3025", LintRuleCatalog::tr("Use JSON (exec) form for CMD and ENTRYPOINT"),
            LintRuleCatalog::tr("CMD or ENTRYPOINT written in shell form while no SHELL is set."),
            LintRuleCatalog::tr(
                "Shell form runs the command under /bin/sh -c, so the shell is PID 1: it does not forward SIGTERM, and "
                "the container needs the full stop timeout and gets killed."),
            LintRuleCatalog::tr(
                "Write the command as a JSON array; use exec inside a script if you need shell features."),
            "CMD python main.py\n", "CMD [\"python\", \"main.py\"]\n");
    case LintRuleId::MaintainerDeprecated:
        return make(W, "buildkit", "DL4000", LintRuleCatalog::tr("MAINTAINER is deprecated"),
            LintRuleCatalog::tr("Any MAINTAINER instruction."),
            LintRuleCatalog::tr("MAINTAINER was replaced by labels, which tools can read in a standard way."),
            LintRuleCatalog::tr("Use an org.opencontainers.image.authors label."),
            "MAINTAINER Jane <jane@example.org>\n", "LABEL org.opencontainers.image.authors=\"jane@example.org\"\n");
    case LintRuleId::UndefinedArgInFrom:
        return make(W, "buildkit", "", LintRuleCatalog::tr("FROM uses an ARG that is not declared"),
            LintRuleCatalog::tr("A variable in a FROM image or --platform that no ARG before the first FROM declares."),
            LintRuleCatalog::tr(
                "Only global ARGs (and the automatic platform args) are visible to FROM; anything else expands to an "
                "empty string."),
            LintRuleCatalog::tr("Declare the ARG before the first FROM, with a default."), "FROM alpine:${TAG}\n",
            "ARG TAG=3.20\nFROM alpine:${TAG}\n");
    case LintRuleId::WorkdirRelativePath:
        return make(W, "buildkit", "DL3000", LintRuleCatalog::tr("Relative WORKDIR without an absolute one first"),
            LintRuleCatalog::tr("The first WORKDIR of a stage is a relative path."),
            LintRuleCatalog::tr(
                "A relative WORKDIR resolves against the base image's working directory, which can change when the "
                "base image changes."),
            LintRuleCatalog::tr("Use an absolute path."), "FROM alpine\nWORKDIR app\n", "FROM alpine\nWORKDIR /app\n");
    case LintRuleId::UndefinedVar:
        return make(W, "buildkit", "", LintRuleCatalog::tr("Variable used but never defined"),
            LintRuleCatalog::tr(
                "A $VAR in an instruction the builder expands (COPY, ENV, WORKDIR, ...) that no ARG or ENV defines. "
                "For a stage built on an image, the image's own environment counts: where the local engine has the "
                "image its variables are read; where it does not, Dockwright reports only global ARGs that the "
                "stage forgot to redeclare and does not guess."),
            LintRuleCatalog::tr("The variable expands to an empty string, which silently changes paths and values."),
            LintRuleCatalog::tr(
                "Fix the spelling, or declare it with ARG (a global ARG must be redeclared inside the stage)."),
            "ARG PORT=8080\nFROM alpine\nEXPOSE ${PORT}\n", "ARG PORT=8080\nFROM alpine\nARG PORT\nEXPOSE ${PORT}\n");
    case LintRuleId::MultipleInstructionsDisallowed:
        return make(W, "buildkit", "DL4003", LintRuleCatalog::tr("Several CMD, ENTRYPOINT or HEALTHCHECK in one stage"),
            LintRuleCatalog::tr(
                "A stage with more than one CMD, ENTRYPOINT or HEALTHCHECK; reported on the earlier ones."),
            LintRuleCatalog::tr("Only the last one takes effect, so the others are dead code that misleads readers."),
            LintRuleCatalog::tr("Keep only the last instruction."), "FROM alpine\nCMD [\"a\"]\nCMD [\"b\"]\n",
            "FROM alpine\nCMD [\"b\"]\n");
    case LintRuleId::LegacyKeyValueFormat:
        return make(W, "buildkit", "", LintRuleCatalog::tr("Use ENV/LABEL key=value"),
            LintRuleCatalog::tr("ENV or LABEL written as 'key value' without '='."),
            LintRuleCatalog::tr(
                "The legacy form allows only one pair and takes the whole rest of the line as the value, which "
                "surprises when quotes or spaces are involved."),
            LintRuleCatalog::tr("Write key=value."), "ENV APP_HOME /app\n", "ENV APP_HOME=/app\n");
    case LintRuleId::RedundantTargetPlatform:
        return make(W, "buildkit", "DL3065", LintRuleCatalog::tr("FROM --platform=$TARGETPLATFORM is redundant"),
            LintRuleCatalog::tr("A FROM whose --platform is exactly $TARGETPLATFORM."),
            LintRuleCatalog::tr("That is already the default platform of every stage."),
            LintRuleCatalog::tr("Drop the flag."), "FROM --platform=$TARGETPLATFORM alpine\n", "FROM alpine\n");
    case LintRuleId::SecretsUsedInArgOrEnv:
        return make(W, "buildkit", "DL3064", LintRuleCatalog::tr("Secrets passed through ARG or ENV"),
            LintRuleCatalog::tr(
                "An ARG or ENV whose name looks like a secret (password, token, secret, key, auth, credentials)."),
            LintRuleCatalog::tr(
                "ARG and ENV values end up in the image history and metadata, where anyone with the image can read "
                "them."),
            LintRuleCatalog::tr(
                "Pass the secret at build time and mount it only for the RUN that needs it: docker build --secret "
                "id=npmrc,src=$HOME/.npmrc (or id=token,env=NPM_TOKEN) together with RUN "
                "--mount=type=secret,id=npmrc,target=/root/.npmrc. The file exists only while that RUN runs and "
                "is in no layer. For SSH keys (git clone of private repositories) use docker build --ssh default "
                "and RUN --mount=type=ssh."),
            "ARG NPM_TOKEN\nRUN echo \"//registry.npmjs.org/:_authToken=$NPM_TOKEN\" > ~/.npmrc && npm ci\n",
            "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n");
    case LintRuleId::InvalidDefaultArgInFrom:
        return make(W, "buildkit", "", LintRuleCatalog::tr("FROM is invalid with the default ARG values"),
            LintRuleCatalog::tr("A FROM image that is empty or invalid when the global ARGs keep their defaults."),
            LintRuleCatalog::tr("A plain 'docker build' without --build-arg fails."),
            LintRuleCatalog::tr("Give the ARG a usable default."), "ARG TAG\nFROM busybox:${TAG}\n",
            "ARG TAG=stable\nFROM busybox:${TAG}\n");
    case LintRuleId::FromPlatformFlagConstDisallowed:
        return make(W, "buildkit", "DL3029", LintRuleCatalog::tr("FROM --platform with a constant value"),
            LintRuleCatalog::tr("FROM --platform set to a fixed platform in a stage whose name does not mention it."),
            LintRuleCatalog::tr(
                "A constant platform defeats multi-platform builds; usually $BUILDPLATFORM or nothing is meant."),
            LintRuleCatalog::tr("Use --platform=$BUILDPLATFORM for build tools, or remove the flag."),
            "FROM --platform=linux/amd64 alpine AS base\n", "FROM --platform=$BUILDPLATFORM alpine AS base\n");
    case LintRuleId::ExposeProtoCasing:
        return make(W, "buildkit", "", LintRuleCatalog::tr("EXPOSE protocol should be lowercase"),
            LintRuleCatalog::tr("EXPOSE with an upper-case protocol such as 80/TCP."),
            LintRuleCatalog::tr("Protocols are lower-case by convention."),
            LintRuleCatalog::tr("Write tcp or udp in lowercase."), "EXPOSE 80/TCP\n", "EXPOSE 80/tcp\n");
    case LintRuleId::ExposeInvalidFormat:
        return make(W, "buildkit", "", LintRuleCatalog::tr("EXPOSE should not map ports or name an IP"),
            LintRuleCatalog::tr("EXPOSE with a host port or IP address (80:80, 127.0.0.1:80:80)."),
            LintRuleCatalog::tr("EXPOSE only documents the container port; publishing is decided by docker run -p."),
            LintRuleCatalog::tr("Expose only the container port."), "EXPOSE 8080:80\n", "EXPOSE 80\n");
    case LintRuleId::BaseImageLatestTag:
        return make(W, "best-practice", "DL3007", LintRuleCatalog::tr("Base image uses the 'latest' tag"),
            LintRuleCatalog::tr("FROM image:latest."),
            LintRuleCatalog::tr(
                "'latest' moves: the same Dockerfile builds a different image next month, and breaking changes "
                "arrive without notice."),
            LintRuleCatalog::tr("Pin a release tag (and ideally a digest)."), "FROM python:latest\n",
            "FROM python:3.13-slim\n");
    case LintRuleId::BaseImageUntagged:
        return make(W, "best-practice", "DL3006", LintRuleCatalog::tr("Base image has no tag"),
            LintRuleCatalog::tr("FROM an image without a tag or digest."),
            LintRuleCatalog::tr("No tag means 'latest', with the same reproducibility problems."),
            LintRuleCatalog::tr("Add an explicit tag."), "FROM ubuntu\n", "FROM ubuntu:24.04\n");
    case LintRuleId::AptNoInstallRecommends:
        return make(I, "performance", "DL3015", LintRuleCatalog::tr("apt-get install without --no-install-recommends"),
            LintRuleCatalog::tr("apt-get install that also installs recommended packages."),
            LintRuleCatalog::tr("Recommended packages are rarely needed in a container and make the image larger."),
            LintRuleCatalog::tr("Add --no-install-recommends."), "RUN apt-get update && apt-get install -y curl\n",
            "RUN apt-get update && apt-get install -y --no-install-recommends curl\n");
    case LintRuleId::AptListsNotCleaned:
        return make(I, "performance", "DL3009", LintRuleCatalog::tr("apt lists not deleted after install"),
            LintRuleCatalog::tr(
                "A RUN with apt-get install that does not remove /var/lib/apt/lists afterwards: no apt-get "
                "dist-clean, no rm of the lists, no cache or tmpfs mount for them. Reported once per RUN."),
            LintRuleCatalog::tr(
                "The package lists stay in the layer and add tens of megabytes. Removing them in a later RUN does not "
                "help: the earlier layer still carries them."),
            LintRuleCatalog::tr(
                "End the same RUN with apt-get dist-clean (apt 2.7 and later: Debian 13, Ubuntu 24.04; what the "
                "official images use) or, on older releases, rm -rf /var/lib/apt/lists/*. With BuildKit, a cache "
                "mount at /var/lib/apt/lists keeps them out of the image and speeds up rebuilds."),
            "RUN apt-get update && apt-get install -y curl\n",
            "RUN apt-get update && apt-get install -y curl \\\n    && rm -rf /var/lib/apt/lists/*\n");
    case LintRuleId::AptGetMissingYes:
        return make(W, "correctness", "DL3014", LintRuleCatalog::tr("apt-get install without -y"),
            LintRuleCatalog::tr("apt-get install without -y, --yes or --assume-yes."),
            LintRuleCatalog::tr("The build has no terminal to answer the confirmation prompt, so apt-get aborts."),
            LintRuleCatalog::tr("Add -y."), "RUN apt-get install curl\n", "RUN apt-get install -y curl\n");
    case LintRuleId::AptUseAptGet:
        return make(W, "best-practice", "DL3027", LintRuleCatalog::tr("Use apt-get instead of apt"),
            LintRuleCatalog::tr("The interactive 'apt' front end used in RUN."),
            LintRuleCatalog::tr(
                "apt's command-line interface is not stable for scripts and prints warnings in non-interactive use."),
            LintRuleCatalog::tr("Use apt-get or apt-cache."), "RUN apt install -y curl\n",
            "RUN apt-get install -y curl\n");
    case LintRuleId::ApkNoCache:
        return make(I, "performance", "DL3019", LintRuleCatalog::tr("apk add without --no-cache"),
            LintRuleCatalog::tr("apk add that keeps the package index in the image."),
            LintRuleCatalog::tr("The index cache makes the layer larger."),
            LintRuleCatalog::tr("Use apk add --no-cache (or a cache mount)."), "RUN apk add curl\n",
            "RUN apk add --no-cache curl\n");
    case LintRuleId::PipNoCacheDir:
        return make(W, "performance", "DL3042", LintRuleCatalog::tr("pip install without --no-cache-dir"),
            LintRuleCatalog::tr(
                "pip install that keeps pip's download cache in the layer (no --no-cache-dir, no PIP_NO_CACHE_DIR, no "
                "cache mount)."),
            LintRuleCatalog::tr("The wheel cache is never used again at run time but stays in the image."),
            LintRuleCatalog::tr(
                "Add --no-cache-dir, or mount a cache: RUN --mount=type=cache,target=/root/.cache/pip."),
            "RUN pip install -r requirements.txt\n", "RUN pip install --no-cache-dir -r requirements.txt\n");
    case LintRuleId::RunCdInsteadOfWorkdir:
        return make(W, "best-practice", "DL3003", LintRuleCatalog::tr("Use WORKDIR instead of cd"),
            LintRuleCatalog::tr(
                "A RUN that changes directory with cd, once per RUN. Not reported for cd -, cd .., cd /, a temporary "
                "folder, a folder the same RUN removes again (download, build, delete) or a cd inside ( ... )."),
            LintRuleCatalog::tr(
                "cd only lasts for that RUN; WORKDIR states the directory once for all later instructions."),
            LintRuleCatalog::tr("Set WORKDIR before the RUN."), "RUN cd /app && make\n", "WORKDIR /app\nRUN make\n");
    case LintRuleId::AddForLocalFiles:
        return make(W, "best-practice", "DL3020", LintRuleCatalog::tr("Use COPY instead of ADD for local files"),
            LintRuleCatalog::tr("ADD of local files or directories that are not archives."),
            LintRuleCatalog::tr(
                "ADD also fetches URLs and unpacks archives; COPY does only what it says, so the intent is clear."),
            LintRuleCatalog::tr("Use COPY; keep ADD for URLs, git repositories and archives you want extracted."),
            "ADD app/ /app/\n", "COPY app/ /app/\n");
    case LintRuleId::RunSudo:
        return make(E, "best-practice", "DL3004", LintRuleCatalog::tr("Do not use sudo"),
            LintRuleCatalog::tr("sudo in a RUN command."),
            LintRuleCatalog::tr(
                "Build steps already run as the current USER; sudo adds an unpredictable TTY and signal behaviour and "
                "usually is not even installed."),
            LintRuleCatalog::tr("Switch with USER root for the steps that need it, then back."),
            "RUN sudo apt-get install -y curl\n", "USER root\nRUN apt-get install -y curl\nUSER app\n");
    case LintRuleId::PipeWithoutPipefail:
        return make(W, "correctness", "DL4006", LintRuleCatalog::tr("Pipe without pipefail"),
            LintRuleCatalog::tr(
                "A RUN with a pipe while the shell does not use -o pipefail. Pipes inside quotes, comments, case "
                "patterns and here-documents other programs read are not pipes; reported once per RUN, at the "
                "first |."),
            LintRuleCatalog::tr("/bin/sh only reports the exit status of the last command, so 'curl ... | tar x' "
                                "succeeds even when the "
                                "download failed."),
            LintRuleCatalog::tr(
                "Set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the RUN on Debian or Ubuntu "
                "bases. Alpine and BusyBox have no bash: use SHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"] "
                "(BusyBox ash supports pipefail). Or start the command with set -o pipefail where the shell "
                "supports it (bash, ash, dash 0.5.11+)."),
            "RUN curl -fsSL https://example.org/x.tgz | tar xz\n",
            "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://example.org/x.tgz | tar xz\n");
    case LintRuleId::CopyFromUnknownStage:
        return make(W, "correctness", "DL3022", LintRuleCatalog::tr("COPY --from names no stage"),
            LintRuleCatalog::tr(
                "COPY --from with a plain name that matches no stage (and does not look like an image reference)."),
            LintRuleCatalog::tr(
                "The builder then pulls an image of that name, which is almost never what a typo meant."),
            LintRuleCatalog::tr("Use the name of a stage defined with FROM ... AS name, or a full image reference."),
            "FROM alpine AS build\nFROM alpine\nCOPY --from=biuld /out /out\n",
            "FROM alpine AS build\nFROM alpine\nCOPY --from=build /out /out\n");
    case LintRuleId::CopyFromOwnStage:
        return make(E, "correctness", "DL3023", LintRuleCatalog::tr("COPY --from refers to its own stage"),
            LintRuleCatalog::tr("COPY --from naming the stage the instruction is in."),
            LintRuleCatalog::tr("A stage cannot copy from itself; the build fails with a circular dependency."),
            LintRuleCatalog::tr("Copy from an earlier stage."), "FROM alpine AS build\nCOPY --from=build /a /b\n",
            "FROM alpine AS build\nRUN cp /a /b\n");
    case LintRuleId::CopyMultipleSourcesDestNoSlash:
        return make(E, "correctness", "DL3021",
            LintRuleCatalog::tr("COPY/ADD with several sources needs a directory destination"),
            LintRuleCatalog::tr("COPY or ADD with more than one source whose destination does not end in '/'."),
            LintRuleCatalog::tr("With several sources the destination must be a directory; the build fails otherwise."),
            LintRuleCatalog::tr("End the destination with '/'."), "COPY a.txt b.txt /dest\n",
            "COPY a.txt b.txt /dest/\n");
    case LintRuleId::ExposeInvalidPort:
        return make(E, "correctness", "DL3011", LintRuleCatalog::tr("EXPOSE port out of range"),
            LintRuleCatalog::tr("EXPOSE with a port outside 0-65535."),
            LintRuleCatalog::tr("No such port exists; the build fails."),
            LintRuleCatalog::tr("Use a valid port number."), "EXPOSE 80800\n", "EXPOSE 8080\n");
    case LintRuleId::RootUser:
        return make(W, "security", "DL3002", LintRuleCatalog::tr("The final stage runs as root"),
            LintRuleCatalog::tr("The stage that is built last (or --target) has no USER, or its last USER is root."),
            LintRuleCatalog::tr(
                "If the application is compromised, the attacker is root inside the container, which makes escaping "
                "and damaging mounted data much easier."),
            LintRuleCatalog::tr("Create an unprivileged user and switch to it with USER at the end."),
            "FROM python:3.13-slim\nCOPY . /app\nCMD [\"python\", \"/app/main.py\"]\n",
            "FROM python:3.13-slim\nRUN adduser --disabled-password --gecos \"\" appuser\nCOPY . /app\nUSER appuser\n"
            "CMD [\"python\", \"/app/main.py\"]\n");
    case LintRuleId::BaseImageNotPinnedByDigest:
        return make(I, "security", "", LintRuleCatalog::tr("Base image not pinned by digest"),
            LintRuleCatalog::tr("FROM an image referenced by tag only, without @sha256:..."),
            LintRuleCatalog::tr(
                "Tags can be moved to different content; a digest guarantees the exact image you tested."),
            LintRuleCatalog::tr(
                "Append the digest (docker buildx imagetools inspect IMAGE shows it) and update it deliberately."),
            "FROM python:3.13-slim\n", "FROM python:3.13-slim@sha256:<digest>\n");
    case LintRuleId::DependencyInstallNotLocked:
        return make(W, "best-practice", "", LintRuleCatalog::tr("Dependency install is not lockfile-driven"),
            LintRuleCatalog::tr(
                "A dependency install that resolves versions at build time: npm install instead of npm ci, yarn "
                "install "
                "without --frozen-lockfile/--immutable, uv sync without --locked/--frozen, pipenv install without "
                "--deploy, pip install of named packages, npm install of a package without an exact version "
                "(npm install -g npm@10.2.4 is pinned)."),
            LintRuleCatalog::tr(
                "Every build may resolve different versions, so the image is not reproducible and an upstream release "
                "can break it."),
            LintRuleCatalog::tr(
                "Install from a lock file: npm ci, yarn install --immutable, uv sync --locked, pip install -r "
                "requirements.txt with pinned (hashed) versions."),
            "COPY package.json package-lock.json ./\nRUN npm install\n",
            "COPY package.json package-lock.json ./\nRUN npm ci\n");
    case LintRuleId::CopyBeforeDependencyInstall:
        return make(W, "performance", "", LintRuleCatalog::tr("Application code copied before the dependency install"),
            LintRuleCatalog::tr("COPY of the whole build context before a RUN that installs dependencies."),
            LintRuleCatalog::tr(
                "Any code change invalidates the cache of the COPY and therefore of the slow dependency install after "
                "it."),
            LintRuleCatalog::tr("Copy only the dependency manifests and lock files, install, then copy the rest."),
            "COPY . /app\nRUN pip install --no-cache-dir -r /app/requirements.txt\n",
            "COPY requirements.txt /app/\nRUN pip install --no-cache-dir -r /app/requirements.txt\nCOPY . /app\n");
    case LintRuleId::MissingDockerignore:
        return make(W, "performance", "", LintRuleCatalog::tr("No .dockerignore in the build context"),
            LintRuleCatalog::tr("The build context directory has no .dockerignore (nor a <Dockerfile>.dockerignore)."),
            LintRuleCatalog::tr(
                "Everything is sent to the builder and COPY . picks up .git, virtualenvs, caches and local secrets, "
                "which slows builds and can leak data into the image."),
            LintRuleCatalog::tr("Add a .dockerignore listing .git, build outputs, caches and secrets."),
            "# (no .dockerignore)\n", "# .dockerignore\n.git\n.venv\n__pycache__/\n.env\n");
    case LintRuleId::MissingHealthcheck:
        return make(I, "best-practice", "DL3057", LintRuleCatalog::tr("No HEALTHCHECK"),
            LintRuleCatalog::tr("The final stage defines no HEALTHCHECK."),
            LintRuleCatalog::tr(
                "Without it, docker ps and orchestrators only know whether the process runs, not whether it works."),
            LintRuleCatalog::tr("Add a HEALTHCHECK that probes the service."), "FROM nginx:1.27\n",
            "FROM nginx:1.27\nHEALTHCHECK --interval=30s CMD curl -fsS http://localhost/ || exit 1\n");
    case LintRuleId::ExposeIgnoresPortArg:
        return make(W, "best-practice", "", LintRuleCatalog::tr("EXPOSE ignores the PORT build argument"),
            LintRuleCatalog::tr("EXPOSE with a literal port although a PORT (or *_PORT) ARG/ENV is defined."),
            LintRuleCatalog::tr(
                "Changing the build argument then no longer changes the documented port, and the two drift apart."),
            LintRuleCatalog::tr("Expose the variable: EXPOSE ${PORT} (redeclare a global ARG inside the stage)."),
            "ARG PORT=8080\nFROM python:3.13-slim\nARG PORT\nEXPOSE 8080\n",
            "ARG PORT=8080\nFROM python:3.13-slim\nARG PORT\nEXPOSE ${PORT}\n");
    case LintRuleId::GlobalArgNotRedeclared:
        return make(W, "correctness", "", LintRuleCatalog::tr("RUN uses a global ARG the stage did not redeclare"),
            LintRuleCatalog::tr(
                "A RUN command reads $NAME where NAME is an ARG declared before the first FROM, but the stage never "
                "says ARG NAME. Neither BuildKit nor hadolint warns: the shell expands RUN text when the step runs, "
                "not the builder."),
            LintRuleCatalog::tr(
                "Global ARGs are visible only to FROM lines. Inside the stage the variable is empty, so `adduser "
                "--uid \"${UID}\"` gets no UID and the step fails (exit 51 in the guide), or worse, succeeds with "
                "a default you did not mean."),
            LintRuleCatalog::tr(
                "Repeat `ARG NAME` (without a value: it inherits the global default) in every stage that uses it, "
                "before the first RUN that reads it."),
            "ARG UID=10001\nFROM python:3.12-slim\nRUN adduser --uid \"${UID}\" app\n",
            "ARG UID=10001\nFROM python:3.12-slim\nARG UID\nRUN adduser --uid \"${UID}\" app\n");
    case LintRuleId::AptPackageNotPinned:
        return make(I, "best-practice", "DL3008", LintRuleCatalog::tr("apt-get install without package versions"),
            LintRuleCatalog::tr(
                "apt-get install of a package without a version (curl instead of curl=8.5.0-2). Reported once per "
                "command, at the first such package; packages named by a variable are not judged."),
            LintRuleCatalog::tr(
                "Each build installs whatever the mirror has that day, so two builds of the same Dockerfile can "
                "differ. Pinning trades that for work: pinned versions disappear from the mirror when the release "
                "gets updates, and the build then fails until you bump them."),
            LintRuleCatalog::tr(
                "Pin the packages that matter (apt-cache policy NAME shows the versions), or pin the base image by "
                "digest and accept the mirror's versions; suppress the rule if you choose the latter."),
            "RUN apt-get update && apt-get install -y --no-install-recommends curl\n",
            "RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2\n");
    case LintRuleId::ApkPackageNotPinned:
        return make(I, "best-practice", "DL3018", LintRuleCatalog::tr("apk add without package versions"),
            LintRuleCatalog::tr(
                "apk add of a package without a version constraint (curl instead of curl=8.9.1-r1 or curl~8.9). "
                "Reported once per command."),
            LintRuleCatalog::tr(
                "The build installs whatever the Alpine branch has that day; two builds can differ. Alpine keeps "
                "only the newest version of a package per branch, so exact pins break when it updates: ~ (the same "
                "minor version) is the usual compromise."),
            LintRuleCatalog::tr("Add =VERSION or ~MAJOR.MINOR to the packages that matter, or suppress the rule."),
            "RUN apk add --no-cache curl\n", "RUN apk add --no-cache curl~8.9\n");
    case LintRuleId::YumMissingYes:
        return make(W, "correctness", "DL3030", LintRuleCatalog::tr("yum install without -y"),
            LintRuleCatalog::tr("yum install (or groupinstall, localinstall) without -y or --assumeyes."),
            LintRuleCatalog::tr("The build has no terminal to answer the confirmation prompt, so yum aborts."),
            LintRuleCatalog::tr("Add -y."), "RUN yum install httpd && yum clean all\n",
            "RUN yum install -y httpd && yum clean all\n");
    case LintRuleId::YumCacheNotCleaned:
        return make(I, "performance", "DL3032", LintRuleCatalog::tr("yum cache not cleaned after install"),
            LintRuleCatalog::tr(
                "A RUN with yum install that neither runs yum clean all nor removes /var/cache/yum, and has no "
                "cache mount there."),
            LintRuleCatalog::tr("The downloaded packages and metadata stay in the layer."),
            LintRuleCatalog::tr("End the same RUN with yum clean all (and rm -rf /var/cache/yum)."),
            "RUN yum install -y httpd\n", "RUN yum install -y httpd && yum clean all && rm -rf /var/cache/yum\n");
    case LintRuleId::DnfMissingYes:
        return make(W, "correctness", "DL3038", LintRuleCatalog::tr("dnf install without -y"),
            LintRuleCatalog::tr("dnf or microdnf install without -y or --assumeyes."),
            LintRuleCatalog::tr("The build has no terminal to answer the confirmation prompt, so dnf aborts."),
            LintRuleCatalog::tr("Add -y."), "RUN dnf install httpd && dnf clean all\n",
            "RUN dnf install -y httpd && dnf clean all\n");
    case LintRuleId::DnfCacheNotCleaned:
        return make(I, "performance", "DL3040", LintRuleCatalog::tr("dnf cache not cleaned after install"),
            LintRuleCatalog::tr(
                "A RUN with dnf or microdnf install that neither runs dnf clean all nor removes /var/cache/dnf "
                "(/var/cache/yum), and has no cache mount there."),
            LintRuleCatalog::tr("The downloaded packages and metadata stay in the layer."),
            LintRuleCatalog::tr("End the same RUN with dnf clean all (microdnf clean all)."),
            "RUN dnf install -y httpd\n", "RUN dnf install -y httpd && dnf clean all\n");
    case LintRuleId::WgetWithoutProgress:
        return make(I, "best-practice", "DL3047", LintRuleCatalog::tr("wget without progress control"),
            LintRuleCatalog::tr(
                "wget without -q, -nv, --progress=... or an output log: it prints a progress bar line by line."),
            LintRuleCatalog::tr(
                "In a build log the bar becomes thousands of lines for a large download and buries the output you "
                "need when the step fails."),
            LintRuleCatalog::tr("Add --progress=dot:giga (keeps a little progress) or -nv / -q."),
            "RUN wget https://example.org/big.tgz\n", "RUN wget --progress=dot:giga https://example.org/big.tgz\n");
    case LintRuleId::WgetAndCurl:
        return make(W, "best-practice", "DL4001", LintRuleCatalog::tr("Both wget and curl used"),
            LintRuleCatalog::tr("A stage whose RUN commands call both wget and curl; reported at the first use of the "
                                "second tool."),
            LintRuleCatalog::tr(
                "Each downloader is a package to install, update and audit; one does every job the other does."),
            LintRuleCatalog::tr("Pick one (curl -fsSL URL -o FILE does what wget URL does) and drop the other."),
            "RUN wget -q https://example.org/a.tgz && curl -fsSLO https://example.org/b.tgz\n",
            "RUN curl -fsSLO https://example.org/a.tgz && curl -fsSLO https://example.org/b.tgz\n");
    case LintRuleId::UseraddHighUid:
        return make(W, "performance", "DL3046", LintRuleCatalog::tr("useradd with a high UID without -l"),
            LintRuleCatalog::tr("useradd with a UID of 100000 or more and without -l (--no-log-init)."),
            LintRuleCatalog::tr(
                "useradd records the user in /var/log/lastlog and faillog, sparse files indexed by UID: a UID of "
                "1,000,000 makes them hundreds of megabytes, and image layers do not keep files sparse."),
            LintRuleCatalog::tr("Add -l, or use a UID below 100000 (the guide's 10001 is fine)."),
            "RUN useradd -u 1000000 app\n", "RUN useradd -l -u 1000000 app\n");
    case LintRuleId::ConsecutiveRunInstructions:
        return make(I, "performance", "DL3059", LintRuleCatalog::tr("Consecutive RUN instructions"),
            LintRuleCatalog::tr(
                "A RUN directly after another RUN with the same flags (mounts, network, security); reported on the "
                "second."),
            LintRuleCatalog::tr(
                "Each RUN is a layer and a cache step. Files that one RUN creates and a later one deletes still "
                "take space in the earlier layer; separate RUNs are right when they change at different rates."),
            LintRuleCatalog::tr("Join them with && (and \\ line continuations) when they belong together."),
            "RUN apt-get update\nRUN apt-get install -y curl\n", "RUN apt-get update && apt-get install -y curl\n");
    case LintRuleId::CopyRelativeDestination:
        return make(W, "best-practice", "DL3045", LintRuleCatalog::tr("COPY to a relative path without WORKDIR"),
            LintRuleCatalog::tr(
                "COPY or ADD to a relative destination in a stage that has set no WORKDIR (nor has the stage it "
                "builds on)."),
            LintRuleCatalog::tr(
                "A relative destination is relative to the base image's working directory, which you did not "
                "choose and which can change with the base image."),
            LintRuleCatalog::tr("Set WORKDIR first, or copy to an absolute path."),
            "FROM python:3.12-slim\nCOPY app.py .\n", "FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\n");
    case LintRuleId::CopySourceMissing:
        return make(E, "correctness", "", LintRuleCatalog::tr("COPY or ADD source missing from the build context"),
            LintRuleCatalog::tr(
                "A COPY or ADD source that is not in the build context: no such file or folder, a wildcard that "
                "matches nothing, or a path that .dockerignore leaves out. Sources of COPY --from, ADD URLs, "
                "heredocs and paths built from a variable without a value are not checked."),
            LintRuleCatalog::tr(
                "COPY and ADD read only what the context sends, not the folder on your disk. A missing source stops "
                "the build at that step with \"not found\" (BuildKit: \"failed to calculate checksum ... not "
                "found\"), after every step before it has run."),
            LintRuleCatalog::tr(
                "Create the file, correct the path (it is relative to the context folder, not to the Dockerfile), "
                "or remove the .dockerignore line that excludes it. Build from the folder that holds the sources."),
            "# .dockerignore: *.txt\nFROM alpine:3.20\nCOPY requirements.txt app.py /app/\n",
            "# .dockerignore: *.txt and !requirements.txt\nFROM alpine:3.20\nCOPY requirements.txt app.py /app/\n");
    }
    Q_UNREACHABLE_RETURN(LintRule {});
}
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

QList<LintRule> buildRules()
{
    QList<LintRule> rules;
    rules.reserve(LintRuleCount);
    for (const LintRuleId id : AllLintRuleIds)
        rules.append(describe(id)); // index == int(id)
    return rules;
}

} // namespace

const QList<LintRule> &LintRuleCatalog::rules()
{
    static const QList<LintRule> all = buildRules();
    return all;
}

const LintRule &LintRuleCatalog::rule(LintRuleId id)
{
    Q_ASSERT(int(id) < LintRuleCount);
    return rules().at(qsizetype(id));
}

const LintRule *LintRuleCatalog::find(QStringView code)
{
    const std::optional<LintRuleId> id = lintRuleFromCode(code);
    return id ? &rule(*id) : nullptr;
}

QString LintRuleCatalog::severityName(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Error:
        return QStringLiteral("error");
    case LintSeverity::Warning:
        return QStringLiteral("warning");
    case LintSeverity::Info:
        return QStringLiteral("info");
    }
    return {};
}

std::optional<LintSeverity> LintRuleCatalog::parseSeverity(QStringView name)
{
    if (name.compare(u"error", Qt::CaseInsensitive) == 0)
        return LintSeverity::Error;
    if (name.compare(u"warning", Qt::CaseInsensitive) == 0 || name.compare(u"warn", Qt::CaseInsensitive) == 0)
        return LintSeverity::Warning;
    if (name.compare(u"info", Qt::CaseInsensitive) == 0 || name.compare(u"note", Qt::CaseInsensitive) == 0)
        return LintSeverity::Info;
    return std::nullopt;
}

} // namespace Dockwright::Core
