// SPDX-License-Identifier: GPL-3.0-or-later
// Every lint rule fires on its positive case and stays silent on its negative case; suppressions, the
// check directive and .dockwright.json change the outcome as documented.
#include "core/dockerfile/dockerfilelinter.h"
#include "core/dockerfile/lintrulecatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

class TestDockerfileLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void everyRuleHasCasesAndText();
    void ruleIdsAndCodes();
    void missingDockerignore();
    void copySourceMissing_data();
    void copySourceMissing();
    void rangesAndOrder();
    void inlineSuppression();
    void checkDirective();
    void config();
    void configUnknownRule();
    void configFileLookup();
    void guideReferenceIsClean();
    void runRulesReadCommands_data();
    void runRulesReadCommands();
    void runFindingsPointAtTheCause();
    void baseImageEnvironment();
    void scratchArtefactStage();
    void hadolintPragmasAndConfig();

private:
    QSet<QString> m_covered;
};

static QStringList firedRules(const QString &text, const LintOptions &options = {})
{
    QStringList ids;
    for (const LintDiagnostic &d : DockerfileLinter::lintText(QStringView(text), options))
        ids.append(d.ruleId);
    return ids;
}

// A stage that satisfies the target-wide rules, so positives/negatives isolate one rule.
static const QString Tail = u"USER app\nHEALTHCHECK CMD [\"true\"]\n"_s;

void TestDockerfileLinter::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("fires");
    auto both = [&](const char *rule, const QString &positive, const QString &negative) {
        m_covered.insert(QString::fromLatin1(rule));
        QTest::addRow("%s +", rule) << QString::fromLatin1(rule) << positive << true;
        QTest::addRow("%s -", rule) << QString::fromLatin1(rule) << negative << false;
    };
    const QString F = u"FROM alpine:3.20\n"_s;
    both("SyntaxError", F + u"COPY a\n"_s + Tail, F + u"COPY a /b\n"_s + Tail);
    both("BuildError", F + u"ENV A=${B:?unset}\n"_s + Tail, F + u"ENV A=${B:-x}\n"_s + Tail);
    both("NoEmptyContinuation", F + u"RUN a \\\n\n  b\n"_s + Tail, F + u"RUN a \\\n  b\n"_s + Tail);
    both("StageNameCasing", u"FROM alpine:3.20 AS Build\n"_s + Tail, u"FROM alpine:3.20 AS build\n"_s + Tail);
    both("FromAsCasing", u"FROM alpine:3.20 as build\n"_s + Tail,
        u"from alpine:3.20 as build\nuser app\nhealthcheck cmd [\"true\"]\n"_s);
    both("ConsistentInstructionCasing", F + u"run echo\nRUN echo\n"_s + Tail, F + u"RUN echo\n"_s + Tail);
    both("DuplicateStageName", u"FROM alpine:3.20 AS b\nFROM alpine:3.20 AS B\n"_s + Tail,
        u"FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\n"_s + Tail);
    both("ReservedStageName", u"FROM alpine:3.20 AS scratch\n"_s + Tail, u"FROM alpine:3.20 AS base\n"_s + Tail);
    both("JSONArgsRecommended", F + Tail + u"CMD echo hi\n"_s,
        F + u"SHELL [\"/bin/sh\", \"-c\"]\n"_s + Tail + u"CMD echo hi\n"_s);
    both("MaintainerDeprecated", F + u"MAINTAINER x\n"_s + Tail, F + u"LABEL maintainer=x\n"_s + Tail);
    both("UndefinedArgInFrom", u"FROM alpine:$TAG\n"_s + Tail, u"ARG TAG=3.20\nFROM alpine:$TAG\n"_s + Tail);
    both("WorkdirRelativePath", F + u"WORKDIR app\n"_s + Tail, F + u"WORKDIR /a\nWORKDIR b\n"_s + Tail);
    // On an image whose environment is not known nothing is guessed; scratch's environment is known.
    both("UndefinedVar", u"FROM scratch\nENV PATH=$PAHT:/x\n"_s + Tail,
        F + u"ENV PATH=$PAHT:/x\nWORKDIR ${HOME}\nRUN echo $UNDEFINED\n"_s + Tail);
    both("GlobalArgNotRedeclared", u"ARG UID=10001\n"_s + F + u"RUN adduser -u \"${UID}\" app\n"_s + Tail,
        u"ARG UID=10001\nARG PYTHON_VERSION=3.12\n"_s + F
            + u"ARG UID\nRUN adduser -u \"${UID}\" app && echo '$UID' $PYTHON_VERSION\n"_s + Tail);
    both("MultipleInstructionsDisallowed", F + Tail + u"CMD [\"a\"]\nCMD [\"b\"]\n"_s, F + Tail + u"CMD [\"b\"]\n"_s);
    both("LegacyKeyValueFormat", F + u"ENV A 1\n"_s + Tail, F + u"ENV A=1\n"_s + Tail);
    both("RedundantTargetPlatform", u"FROM --platform=$TARGETPLATFORM alpine:3.20\n"_s + Tail,
        u"FROM --platform=$BUILDPLATFORM alpine:3.20\n"_s + Tail);
    both("SecretsUsedInArgOrEnv", F + u"ARG API_KEY\nENV GITHUB_TOKEN=x\n"_s + Tail,
        F + u"ARG PUBLIC_KEY\nENV KEY_FILE=/k\nARG TOKEN_VERSION\nARG MONKEY\nARG AUTHOR\n"_s + Tail);
    both("InvalidDefaultArgInFrom", u"ARG TAG\nFROM busybox:${TAG}\n"_s + Tail,
        u"ARG TAG=latest\nFROM busybox:${TAG}\n"_s + Tail);
    both("FromPlatformFlagConstDisallowed", u"FROM --platform=linux/amd64 alpine:3.20 AS base\n"_s + Tail,
        u"FROM --platform=linux/amd64 alpine:3.20 AS build_amd64\n"_s + Tail);
    both("ExposeProtoCasing", F + u"EXPOSE 80/TCP\n"_s + Tail, F + u"EXPOSE 80/tcp\n"_s + Tail);
    both("ExposeInvalidFormat", F + u"EXPOSE 80:80\n"_s + Tail, F + u"EXPOSE 80\n"_s + Tail);
    both("BaseImageLatestTag", u"FROM python:latest\n"_s + Tail, u"FROM python:3.13-slim\n"_s + Tail);
    both("BaseImageUntagged", u"FROM ubuntu\n"_s + Tail, u"FROM ubuntu:24.04\n"_s + Tail);
    both("AptNoInstallRecommends", F + u"RUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"_s + Tail,
        F + u"RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n"_s + Tail);
    both("AptListsNotCleaned", F + u"RUN apt-get update && apt-get install -y --no-install-recommends curl\n"_s + Tail,
        F + u"RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n"_s
            + Tail);
    both("AptGetMissingYes", F + u"RUN apt-get install --no-install-recommends curl\n"_s + Tail,
        F + u"RUN apt-get -qy install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n"_s + Tail);
    both("AptUseAptGet", F + u"RUN apt install -y curl\n"_s + Tail, F + u"RUN apt-get install -y curl\n"_s + Tail);
    both("ApkNoCache", F + u"RUN apk add curl\n"_s + Tail, F + u"RUN apk add --no-cache curl\n"_s + Tail);
    both("PipNoCacheDir", F + u"RUN pip install -r requirements.txt\n"_s + Tail,
        F + u"RUN pip install --no-cache-dir -r requirements.txt\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r r.txt\n"_s
            + Tail);
    both("RunCdInsteadOfWorkdir", F + u"RUN cd /app && make\n"_s + Tail, F + u"WORKDIR /app\nRUN make\n"_s + Tail);
    both("AddForLocalFiles", F + u"ADD app/ /app/\n"_s + Tail,
        F + u"ADD https://example.org/a.tgz /a\nADD rootfs.tar.gz /\nCOPY app/ /app/\n"_s + Tail);
    both("RunSudo", F + u"RUN sudo make install\n"_s + Tail, F + u"RUN make install\n"_s + Tail);
    both("PipeWithoutPipefail", F + u"RUN curl -fsSL x | tar xz\n"_s + Tail,
        F + u"SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL x | tar xz\nRUN a || b\n"_s + Tail);
    both("CopyFromUnknownStage", u"FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=biuld /a /a\n"_s + Tail,
        u"FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\nCOPY --from=nginx:1.27 /b /b\nCOPY --from=0 /c /c\n"_s
            + Tail);
    both("CopyFromOwnStage", u"FROM alpine:3.20 AS build\nCOPY --from=build /a /b\n"_s + Tail,
        u"FROM alpine:3.20 AS base\nFROM alpine:3.20 AS build\nCOPY --from=base /a /b\n"_s + Tail);
    both("CopyMultipleSourcesDestNoSlash", F + u"COPY a b /dest\n"_s + Tail, F + u"COPY a b /dest/\n"_s + Tail);
    both("ExposeInvalidPort", F + u"EXPOSE 80800\n"_s + Tail, F + u"EXPOSE 8080 8000-8010/udp\n"_s + Tail);
    both("RootUser", F + u"HEALTHCHECK CMD [\"true\"]\n"_s, F + Tail);
    both("BaseImageNotPinnedByDigest", u"FROM python:3.13-slim\n"_s + Tail,
        u"FROM python:3.13-slim@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"_s + Tail);
    both("DependencyInstallNotLocked", F + u"RUN npm install\n"_s + Tail,
        F + u"RUN npm ci\nRUN yarn install --frozen-lockfile\nRUN uv sync --locked\nRUN pip install --no-cache-dir -r requirements.txt flask==3.0.0\n"_s
            + Tail);
    both("CopyBeforeDependencyInstall", F + u"WORKDIR /app\nCOPY . .\nRUN npm ci\n"_s + Tail,
        F + u"WORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n"_s + Tail);
    both("MissingHealthcheck", F + u"USER app\n"_s, F + Tail);
    const QString aptClean = u" && rm -rf /var/lib/apt/lists/*\n"_s;
    both("AptPackageNotPinned",
        F + u"RUN apt-get install -y --no-install-recommends curl=8.5.0-2 git"_s + aptClean + Tail,
        F + u"RUN apt-get install -y --no-install-recommends curl=8.5.0-2 \"$PKG\" ./x.deb"_s + aptClean + Tail);
    both("ApkPackageNotPinned", F + u"RUN apk add --no-cache curl\n"_s + Tail,
        F + u"RUN apk add --no-cache curl~8.9 git=2.45.2-r0 -t .build-deps\n"_s + Tail);
    both("YumMissingYes", F + u"RUN yum install httpd && yum clean all\n"_s + Tail,
        F + u"RUN yum -y install httpd && yum clean all\n"_s + Tail);
    both("YumCacheNotCleaned", F + u"RUN yum install -y httpd\n"_s + Tail,
        F + u"RUN yum install -y httpd && rm -rf /var/cache/yum\n"_s + Tail);
    both("DnfMissingYes", F + u"RUN dnf install httpd && dnf clean all\n"_s + Tail,
        F + u"RUN dnf install --assumeyes httpd && dnf clean all && microdnf install x && microdnf clean all\n"_s
            + Tail);
    both("DnfCacheNotCleaned", F + u"RUN dnf install -y httpd\n"_s + Tail,
        F + u"RUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd\n"_s + Tail);
    both("WgetWithoutProgress", F + u"RUN wget https://example.org/x\n"_s + Tail,
        F + u"RUN wget -qO- https://example.org/x > /x && wget --progress=dot:giga https://example.org/y\n"_s + Tail);
    both("WgetAndCurl", F + u"RUN wget -q x\nRUN curl -fsSLO y\n"_s + Tail,
        F + u"RUN curl -fsSLO x\nFROM alpine:3.20\nRUN wget -q y\n"_s + Tail);
    both("UseraddHighUid", F + u"RUN useradd -u 1000000 app\n"_s + Tail,
        F + u"RUN useradd -l -u 1000000 app && useradd --uid 10001 b && useradd -u \"$UID\" c\n"_s + Tail);
    both("ConsecutiveRunInstructions", F + u"RUN a\n# why\nRUN b\n"_s + Tail,
        F + u"RUN a\nRUN --mount=type=cache,target=/c b\nENV X=1\nRUN c\n"_s + Tail);
    both("CopyRelativeDestination", F + u"COPY app.py .\n"_s + Tail,
        F + u"COPY app.py /app/\nWORKDIR /app\nCOPY b.py .\nFROM alpine:3.20 AS x\nWORKDIR /w\nFROM x\nCOPY c ./\n"_s
            + Tail);
    both("ExposeIgnoresPortArg", u"ARG PORT=8080\nFROM alpine:3.20\nARG PORT\nEXPOSE 8080\n"_s + Tail,
        u"ARG PORT=8080\nFROM alpine:3.20\nARG PORT\nEXPOSE ${PORT}\n"_s + Tail);
    m_covered.insert(u"MissingDockerignore"_s); // needs a context directory: see missingDockerignore()
    m_covered.insert(u"CopySourceMissing"_s); // needs a context directory: see copySourceMissing()
}

void TestDockerfileLinter::rules()
{
    QFETCH(QString, rule);
    QFETCH(QString, input);
    QFETCH(bool, fires);
    const QStringList ids = firedRules(input);
    if (fires)
        QVERIFY2(ids.contains(rule), qPrintable(ids.join(u',')));
    else
        QVERIFY2(!ids.contains(rule), qPrintable(ids.join(u',')));
}

void TestDockerfileLinter::everyRuleHasCasesAndText()
{
    QVERIFY(m_covered.isEmpty() == false);
    for (const LintRule &r : LintRuleCatalog::rules()) {
        QVERIFY2(m_covered.contains(r.id), qPrintable(u"no test cases for "_s + r.id));
        QVERIFY2(!r.title.isEmpty() && !r.what.isEmpty() && !r.why.isEmpty() && !r.fix.isEmpty(), qPrintable(r.id));
        QVERIFY2(!r.before.isEmpty() && !r.after.isEmpty(), qPrintable(r.id));
    }
    QCOMPARE(m_covered.size(), LintRuleCatalog::rules().size());
}

// Every LintRuleId has exactly one catalog entry with a unique, non-empty code and its texts, and the
// codes users write (config, suppressions, docs) are exactly the ones documented: they are a contract.
void TestDockerfileLinter::ruleIdsAndCodes()
{
    // The documented codes, in documentation order. Changing one breaks users' .dockwright.json files and
    // suppression comments: add rules, never rename them.
    const QStringList documented = {
        u"SyntaxError"_s,
        u"BuildError"_s,
        u"NoEmptyContinuation"_s,
        u"StageNameCasing"_s,
        u"FromAsCasing"_s,
        u"ConsistentInstructionCasing"_s,
        u"DuplicateStageName"_s,
        u"ReservedStageName"_s,
        u"JSONArgsRecommended"_s,
        u"MaintainerDeprecated"_s,
        u"UndefinedArgInFrom"_s,
        u"WorkdirRelativePath"_s,
        u"UndefinedVar"_s,
        u"MultipleInstructionsDisallowed"_s,
        u"LegacyKeyValueFormat"_s,
        u"RedundantTargetPlatform"_s,
        u"SecretsUsedInArgOrEnv"_s,
        u"InvalidDefaultArgInFrom"_s,
        u"FromPlatformFlagConstDisallowed"_s,
        u"ExposeProtoCasing"_s,
        u"ExposeInvalidFormat"_s,
        u"BaseImageLatestTag"_s,
        u"BaseImageUntagged"_s,
        u"AptNoInstallRecommends"_s,
        u"AptListsNotCleaned"_s,
        u"AptGetMissingYes"_s,
        u"AptUseAptGet"_s,
        u"ApkNoCache"_s,
        u"PipNoCacheDir"_s,
        u"RunCdInsteadOfWorkdir"_s,
        u"AddForLocalFiles"_s,
        u"RunSudo"_s,
        u"PipeWithoutPipefail"_s,
        u"CopyFromUnknownStage"_s,
        u"CopyFromOwnStage"_s,
        u"CopyMultipleSourcesDestNoSlash"_s,
        u"ExposeInvalidPort"_s,
        u"RootUser"_s,
        u"BaseImageNotPinnedByDigest"_s,
        u"DependencyInstallNotLocked"_s,
        u"CopyBeforeDependencyInstall"_s,
        u"MissingDockerignore"_s,
        u"MissingHealthcheck"_s,
        u"ExposeIgnoresPortArg"_s,
        u"GlobalArgNotRedeclared"_s,
        u"AptPackageNotPinned"_s,
        u"ApkPackageNotPinned"_s,
        u"YumMissingYes"_s,
        u"YumCacheNotCleaned"_s,
        u"DnfMissingYes"_s,
        u"DnfCacheNotCleaned"_s,
        u"WgetWithoutProgress"_s,
        u"WgetAndCurl"_s,
        u"UseraddHighUid"_s,
        u"ConsecutiveRunInstructions"_s,
        u"CopyRelativeDestination"_s,
        u"CopySourceMissing"_s,
    };
    QCOMPARE(LintRuleCount, int(documented.size()));
    QCOMPARE(int(AllLintRuleIds.size()), LintRuleCount);
    QCOMPARE(LintRuleCatalog::rules().size(), qsizetype(LintRuleCount));

    QStringList codes;
    QSet<QString> unique;
    for (int i = 0; i < LintRuleCount; ++i) {
        const LintRuleId id = AllLintRuleIds[size_t(i)];
        QCOMPARE(int(id), i);
        const QString code(lintRuleCode(id));
        QVERIFY2(!code.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!unique.contains(code), qPrintable(u"duplicate code "_s + code));
        unique.insert(code);
        codes.append(code);

        // The catalog entry, found by id and by code.
        const LintRule &rule = LintRuleCatalog::rule(id);
        QCOMPARE(rule.rule, id);
        QCOMPARE(rule.id, code);
        QCOMPARE(&LintRuleCatalog::rules().at(i), &rule);
        QCOMPARE(LintRuleCatalog::find(code), &rule);
        QVERIFY2(!rule.title.isEmpty() && !rule.what.isEmpty() && !rule.why.isEmpty() && !rule.fix.isEmpty()
                && !rule.before.isEmpty() && !rule.after.isEmpty() && !rule.category.isEmpty(),
            qPrintable(code));

        // code -> id -> code
        QCOMPARE(lintRuleFromCode(code), std::optional(id));
        QCOMPARE(QString(lintRuleCode(*lintRuleFromCode(code))), code);
        // Codes are case-sensitive, as in .dockwright.json and suppression comments.
        QCOMPARE(lintRuleFromCode(code.toLower()), std::nullopt);
    }
    QCOMPARE(codes, documented);
    QVERIFY(lintRuleCode(LintRuleId(LintRuleCount)).isEmpty());
    for (const QString &notARule : {QString(), u"all"_s, u"NoSuchRule"_s, u"DL3004"_s, u" RunSudo"_s})
        QCOMPARE(lintRuleFromCode(notARule), std::nullopt);
    QCOMPARE(LintRuleCatalog::find(u"NoSuchRule"), nullptr);

    // Diagnostics carry both, consistently.
    for (const LintDiagnostic &d : DockerfileLinter::lintText(u"FROM alpine\nRUN sudo cd /x\nCOPY a\n"_s)) {
        QCOMPARE(d.ruleId, QString(lintRuleCode(d.rule)));
        QCOMPARE(LintRuleCatalog::find(d.ruleId), &LintRuleCatalog::rule(d.rule));
    }
}

void TestDockerfileLinter::missingDockerignore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LintOptions options;
    options.contextDirectory = dir.path();
    const QString text = u"FROM alpine:3.20\n"_s + Tail;
    QVERIFY(firedRules(text, options).contains(u"MissingDockerignore"_s));
    QFile ignore(dir.filePath(u".dockerignore"_s));
    QVERIFY(ignore.open(QIODevice::WriteOnly));
    ignore.write(".git\n");
    ignore.close();
    QVERIFY(!firedRules(text, options).contains(u"MissingDockerignore"_s));
    QVERIFY(!firedRules(text).contains(u"MissingDockerignore"_s)); // no context: not checked
}

// The context each row builds: paths ending in '/' are folders, the others files.
static void makeContext(const QString &root, const QStringList &paths)
{
    for (const QString &path : paths) {
        if (path.endsWith(u'/')) {
            QVERIFY(QDir(root).mkpath(path));
            continue;
        }
        QVERIFY(QDir(root).mkpath(QFileInfo(path).path()));
        QFile file(QDir(root).filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
}

void TestDockerfileLinter::copySourceMissing_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QByteArray>("ignore"); // .dockerignore; null: none
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QString>("buildArg"); // NAME=value or empty
    QTest::addColumn<QStringList>("expected"); // "line: source as the message quotes it"
    const QString F = u"FROM alpine:3.20\n"_s;
    const QStringList none;

    QTest::newRow("present") << QStringList {u"app.py"_s, u"src/"_s} << QByteArray() << F + u"COPY app.py src /app/\n"_s
                             << QString() << none;
    QTest::newRow("missing") << QStringList {u"app.py"_s} << QByteArray()
                             << F + u"COPY app.py missing.txt /app/\nADD gone.tgz /\n"_s << QString()
                             << QStringList {u"2: missing.txt"_s, u"3: gone.tgz"_s};
    QTest::newRow("json form") << QStringList {u"app.py"_s} << QByteArray()
                               << F + u"COPY [\"app.py\", \"nope.py\", \"/app/\"]\n"_s << QString()
                               << QStringList {u"2: nope.py"_s};
    QTest::newRow("ignored") << QStringList {u"a.txt"_s, u"b.md"_s} << QByteArray("*.txt\n")
                             << F + u"COPY b.md /\nCOPY a.txt /\n"_s << QString() << QStringList {u"3: a.txt"_s};
    QTest::newRow("ignored folder with an exception")
        << QStringList {u"docs/README.md"_s, u"docs/x.md"_s} << QByteArray("docs\n!docs/README.md\n")
        << F + u"COPY docs /d/\nCOPY docs/README.md /r\nCOPY docs/x.md /x\n"_s << QString()
        << QStringList {u"4: docs/x.md"_s};
    QTest::newRow("ignored Dockerfile") << QStringList {} << QByteArray("Dockerfile\n") << F + u"COPY Dockerfile /x\n"_s
                                        << QString() << QStringList {u"2: Dockerfile"_s};
    QTest::newRow("glob matches") << QStringList {u"a.txt"_s, u"b.txt"_s, u"src/a1.c"_s} << QByteArray()
                                  << F + u"COPY *.txt /t/\nCOPY src/[a-z]1.c ?.txt /s/\n"_s << QString() << none;
    QTest::newRow("glob matches nothing") << QStringList {u"a.txt"_s, u"src/b.c"_s} << QByteArray()
                                          << F + u"COPY *.md /t/\nCOPY src/[0-9].c /s/\nCOPY */b.c /s/\n"_s << QString()
                                          << QStringList {u"2: *.md"_s, u"3: src/[0-9].c"_s};
    QTest::newRow("glob matches only ignored")
        << QStringList {u"a.txt"_s, u"b.md"_s} << QByteArray("*.txt\n") << F + u"COPY *.txt /t/\nCOPY *.md /m/\n"_s
        << QString() << QStringList {u"2: *.txt"_s};
    QTest::newRow("--from is not the context")
        << QStringList {} << QByteArray()
        << u"FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /nothing /x\n"
           u"COPY --from=nginx:1.27 /etc/nginx /n\nCOPY --from=0 /a /a\n"_s
        << QString() << none;
    QTest::newRow("arg default") << QStringList {u"app/"_s} << QByteArray()
                                 << F + u"ARG NAME=app\nCOPY ${NAME} /x\nARG OTHER=nope\nCOPY $OTHER /y\n"_s
                                 << QString() << QStringList {u"5: $OTHER (that is, nope)"_s};
    QTest::newRow("global arg redeclared")
        << QStringList {u"myapp/"_s} << QByteArray()
        << u"ARG PACKAGE_NAME=myapp\nFROM alpine:3.20\nARG PACKAGE_NAME\nCOPY ${PACKAGE_NAME} ./${PACKAGE_NAME}\n"_s
        << QString() << none;
    QTest::newRow("build arg") << QStringList {u"app/"_s} << QByteArray() << F + u"ARG NAME\nCOPY $NAME /x\n"_s
                               << u"NAME=app"_s << none;
    QTest::newRow("build arg names a missing source")
        << QStringList {u"app/"_s} << QByteArray() << F + u"ARG NAME\nCOPY $NAME /x\n"_s << u"NAME=other"_s
        << QStringList {u"3: $NAME (that is, other)"_s};
    QTest::newRow("unresolvable arg is skipped")
        << QStringList {} << QByteArray() << F + u"ARG NAME\nCOPY ${NAME}/x.txt /x\nCOPY ${UNSET} /y\n"_s << QString()
        << none;
    QTest::newRow("heredoc") << QStringList {} << QByteArray()
                             << u"# syntax=docker/dockerfile:1\n"_s + F
            + u"COPY <<EOF /etc/motd\nhello\nEOF\nCOPY <<-A <<B /etc/\n\ta\n\tA\nb\nB\n"_s
                             << QString() << none;
    QTest::newRow("ADD URL and git") << QStringList {} << QByteArray()
                                     << F
            + u"ADD https://example.org/a.tgz /a\n"
              u"ADD git@github.com:moby/buildkit.git /b\n"_s
                                     << QString() << none;
    QTest::newRow("root, dot and paths that leave the root")
        << QStringList {u"a"_s} << QByteArray() << F + u"COPY . /app\nCOPY ./ /b\nCOPY /a ../a ./a /x/\n"_s << QString()
        << none;
}

void TestDockerfileLinter::copySourceMissing()
{
    QFETCH(QStringList, files);
    QFETCH(QByteArray, ignore);
    QFETCH(QString, dockerfile);
    QFETCH(QString, buildArg);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    makeContext(dir.path(), files);
    const QString path = dir.filePath(u"Dockerfile"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(dockerfile.toUtf8());
    }
    if (!ignore.isNull()) {
        QFile file(dir.filePath(u".dockerignore"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ignore);
    }
    LintOptions options;
    options.contextDirectory = dir.path();
    options.dockerfilePath = path;
    if (!buildArg.isEmpty())
        options.build.buildArgs.insert(buildArg.section(u'=', 0, 0), buildArg.section(u'=', 1));

    QStringList found;
    const QStringList lines = dockerfile.split(u'\n');
    for (const LintDiagnostic &d : DockerfileLinter::lintText(dockerfile, options)) {
        if (d.rule != LintRuleId::CopySourceMissing)
            continue;
        QCOMPARE(d.severity, LintSeverity::Error);
        // The message quotes the source; the range is the source word on its line.
        const QString quoted = d.message.section(u'"', 1, 1);
        found.append(QString::number(d.range.startLine) + u": "_s + quoted);
        QCOMPARE(d.range.startLine, d.range.endLine);
        const QString word
            = lines.at(d.range.startLine - 1).mid(d.range.startColumn - 1, d.range.endColumn - d.range.startColumn);
        QVERIFY2(word.contains(quoted.section(u" (that is, "_s, 0, 0)), qPrintable(word + u" / "_s + quoted));
        QVERIFY2(d.message.contains(QDir::toNativeSeparators(QFileInfo(dir.path()).canonicalFilePath()))
                || d.message.contains(u".dockerignore line"_s),
            qPrintable(d.message));
    }
    QCOMPARE(found, expected);
    // Without a context nothing can be checked, and nothing is claimed.
    QVERIFY(!firedRules(dockerfile).contains(u"CopySourceMissing"_s));
}

void TestDockerfileLinter::rangesAndOrder()
{
    const QString text
        = u"FROM alpine:3.20\nEXPOSE 80 443/TCP\nUSER app\nHEALTHCHECK CMD [\"true\"]\nMAINTAINER me\n"_s;
    const QList<LintDiagnostic> d = DockerfileLinter::lintText(text);
    QCOMPARE(d.size(), 3);
    QCOMPARE(d[0].ruleId, u"BaseImageNotPinnedByDigest"_s);
    QCOMPARE(d[0].range, (SourceRange {1, 6, 1, 17}));
    QCOMPARE(d[1].ruleId, u"ExposeProtoCasing"_s);
    QCOMPARE(d[1].range, (SourceRange {2, 11, 2, 18}));
    QCOMPARE(d[1].severity, LintSeverity::Warning);
    QCOMPARE(d[2].ruleId, u"MaintainerDeprecated"_s);
    QCOMPARE(d[2].range, (SourceRange {5, 1, 5, 11}));
}

void TestDockerfileLinter::inlineSuppression()
{
    const QString base = u"FROM alpine:3.20\n"_s + Tail;
    QVERIFY(firedRules(base + u"RUN cd /x && make\n"_s).contains(u"RunCdInsteadOfWorkdir"_s));
    // Line before the instruction, several ids.
    QStringList ids
        = firedRules(base + u"# dockwright-ignore: RunCdInsteadOfWorkdir, RunSudo\nRUN cd /x && sudo make\n"_s);
    QVERIFY(!ids.contains(u"RunCdInsteadOfWorkdir"_s));
    QVERIFY(!ids.contains(u"RunSudo"_s));
    // Same line.
    ids = firedRules(base + u"RUN cd /x && make # dockwright-ignore: RunCdInsteadOfWorkdir\n"_s);
    QVERIFY(!ids.contains(u"RunCdInsteadOfWorkdir"_s));
    // Only the named rule is suppressed, and only for the next instruction.
    ids = firedRules(base + u"# dockwright-ignore: RunSudo\nRUN cd /x && make\nRUN cd /y\n"_s);
    QCOMPARE(ids.count(u"RunCdInsteadOfWorkdir"_s), 2);
    ids = firedRules(base + u"# dockwright-ignore: RunCdInsteadOfWorkdir\nRUN cd /x && make\nRUN cd /y\n"_s);
    QCOMPARE(ids.count(u"RunCdInsteadOfWorkdir"_s), 1);
    // hadolint pragmas map onto the equivalent rules.
    ids = firedRules(base + u"# hadolint ignore=DL3003\nRUN cd /x && make\n"_s);
    QVERIFY(!ids.contains(u"RunCdInsteadOfWorkdir"_s));
    // Suppression on a continued instruction applies to diagnostics on its later lines.
    ids = firedRules(base + u"# dockwright-ignore: RunSudo\nRUN true && \\\n    sudo make\n"_s);
    QVERIFY(!ids.contains(u"RunSudo"_s));
    // Syntax errors cannot be suppressed.
    ids = firedRules(base + u"# dockwright-ignore: SyntaxError\nCOPY a\n"_s);
    QVERIFY(ids.contains(u"SyntaxError"_s));
}

void TestDockerfileLinter::checkDirective()
{
    const QString body = u"FROM alpine:3.20\n"_s + Tail + u"CMD echo hi\nENV A 1\n"_s;
    QStringList ids = firedRules(u"# check=skip=JSONArgsRecommended\n"_s + body);
    QVERIFY(!ids.contains(u"JSONArgsRecommended"_s));
    QVERIFY(ids.contains(u"LegacyKeyValueFormat"_s));
    ids = firedRules(u"# check=skip=all\n"_s + body);
    QVERIFY(!ids.contains(u"JSONArgsRecommended"_s));
    QVERIFY(!ids.contains(u"LegacyKeyValueFormat"_s));
    QVERIFY(ids.contains(u"BaseImageNotPinnedByDigest"_s)); // not a BuildKit check
    const QList<LintDiagnostic> d = DockerfileLinter::lintText(QString(u"# check=error=true\n"_s + body));
    bool sawError = false;
    for (const LintDiagnostic &x : d)
        sawError = sawError || (x.ruleId == u"LegacyKeyValueFormat" && x.severity == LintSeverity::Error);
    QVERIFY(sawError);
    LintOptions options;
    options.build.buildArgs.insert(u"BUILDKIT_DOCKERFILE_CHECK"_s, u"skip=LegacyKeyValueFormat"_s);
    QVERIFY(!firedRules(body, options).contains(u"LegacyKeyValueFormat"_s));
}

void TestDockerfileLinter::config()
{
    const QString text = u"FROM alpine:3.20\nHEALTHCHECK CMD [\"true\"]\nRUN cd /x\n"_s;
    LintOptions options;
    options.config = LintConfig::fromJson(
        R"({"lint": {"rules": {"RootUser": "off", "RunCdInsteadOfWorkdir": "error", "BaseImageNotPinnedByDigest": false}}})");
    QVERIFY(options.config.errors().isEmpty());
    const QList<LintDiagnostic> d = DockerfileLinter::lintText(text, options);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].ruleId, u"RunCdInsteadOfWorkdir"_s);
    QCOMPARE(d[0].severity, LintSeverity::Error);

    const LintConfig bad = LintConfig::fromJson(R"({"rules": {"NoSuchRule": "off", "RootUser": "loud"}})", u"x.json"_s);
    QCOMPARE(bad.errors().size(), 2);
    QVERIFY(!LintConfig::fromJson("{not json").errors().isEmpty());
}

// Unknown names in .dockwright.json are reported with the file and the name, with a hint where one fits,
// and change nothing.
void TestDockerfileLinter::configUnknownRule()
{
    const LintConfig config = LintConfig::fromJson(
        R"({"lint": {"rules": {"NoSuchRule": "off", "runSudo": "off", "DL3002": "off", "RunCdInsteadOfWorkdir": "info"}}})",
        u"/p/.dockwright.json"_s);
    const QStringList errors = config.errors();
    QCOMPARE(errors.size(), 3);
    QVERIFY(errors.contains(u"/p/.dockwright.json: unknown lint rule 'NoSuchRule'"_s));
    QVERIFY(errors.contains(u"/p/.dockwright.json: unknown lint rule 'runSudo' (did you mean 'RunSudo'?)"_s));
    QVERIFY(errors.contains(u"/p/.dockwright.json: unknown lint rule 'DL3002' (did you mean 'RootUser'?)"_s));
    // Unknown names do not switch anything off; the known one applies.
    QCOMPARE(config.severityFor(LintRuleId::RunSudo, LintSeverity::Error), std::optional(LintSeverity::Error));
    QCOMPARE(config.severityFor(LintRuleId::RootUser, LintSeverity::Warning), std::optional(LintSeverity::Warning));
    QCOMPARE(config.severityFor(LintRuleId::RunCdInsteadOfWorkdir, LintSeverity::Warning),
        std::optional(LintSeverity::Info));

    const LintConfig notAnObject = LintConfig::fromJson(R"({"lint": {"rules": ["RootUser"]}})", u"x.json"_s);
    QCOMPARE(notAnObject.errors().size(), 1);
    QVERIFY(notAnObject.errors().first().startsWith(u"x.json: "_s));
}

void TestDockerfileLinter::configFileLookup()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"sub/deeper"_s));
    QFile cfg(dir.filePath(u".dockwright.json"_s));
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write(R"({"rules": {"RootUser": "info"}})");
    cfg.close();
    const QString dockerfile = dir.filePath(u"sub/deeper/Dockerfile"_s);
    QCOMPARE(LintConfig::locate(dockerfile), dir.filePath(u".dockwright.json"_s));
    const LintConfig c = LintConfig::loadFor(dockerfile);
    QCOMPARE(c.severityFor(LintRuleId::RootUser, LintSeverity::Warning), std::optional(LintSeverity::Info));
    QCOMPARE(c.severityFor(LintRuleId::RunSudo, LintSeverity::Error), std::optional(LintSeverity::Error));
}

// The guide's reference Dockerfile (with the ARG redeclarations BuildKit needs) passes all warnings.
void TestDockerfileLinter::guideReferenceIsClean()
{
    QFile f(QFINDTESTDATA("data/parser/python-guide.Dockerfile"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<LintDiagnostic> d = DockerfileLinter::lintText(QString::fromUtf8(f.readAll()));
    QStringList ids;
    for (const LintDiagnostic &x : d)
        ids.append(x.ruleId);
    ids.removeAll(u"BaseImageNotPinnedByDigest"_s);
    QCOMPARE(ids, (QStringList {u"BaseImageLatestTag"_s}));
}

// False-positive classes found on real Dockerfiles: each row names the rules that must fire (and how often)
// for one RUN; every other RUN rule must stay silent.
void TestDockerfileLinter::runRulesReadCommands_data()
{
    QTest::addColumn<QString>("run");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const QString &run, const QStringList &expected) {
        QTest::newRow(name) << run << expected;
    };
    const QString clean = u" && rm -rf /var/lib/apt/lists/*"_s;
    row("quoted text is not a command", u"RUN echo \"apt-get install curl | sudo tee\""_s, {});
    row("a word containing install", u"RUN ./install-packages.sh && make install"_s, {});
    row("a comment in a continuation", u"RUN true \\\n    # apt-get install curl | cd /x\n    && make"_s, {});
    row("dist-clean cleans the lists",
        u"RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get dist-clean"_s, {});
    row("simulation installs nothing", u"RUN apt-get install -s curl"_s, {});
    row("dry run", u"RUN apt-get --dry-run install curl"_s, {});
    row("option values before the sub-command",
        u"RUN apt-get -o Dpkg::Options::=--force-confnew install -y --no-install-recommends x"_s + clean, {});
    row("assume-yes via -o", u"RUN apt-get -o APT::Get::Assume-Yes=true install --no-install-recommends x"_s + clean,
        {});
    row("combined short flags", u"RUN apt-get install -qy --no-install-recommends x"_s + clean, {});
    row("yes piped in", u"RUN yes | apt-get install --no-install-recommends x"_s + clean, {u"PipeWithoutPipefail"_s});
    row("missing -y", u"RUN apt-get install --no-install-recommends x"_s + clean, {u"AptGetMissingYes"_s});
    row("lists once per RUN",
        u"RUN apt-get install -y --no-install-recommends a && apt-get install -y --no-install-recommends b"_s,
        {u"AptListsNotCleaned"_s});
    row("apk --no-network", u"RUN apk add --no-network /tmp/x.apk"_s, {});
    row("apk cache removed", u"RUN apk add curl && rm -rf /var/cache/apk/*"_s, {});
    row("apk repository option", u"RUN apk -X https://x/edge add curl"_s, {u"ApkNoCache"_s});
    row("pinned global npm tool", u"RUN npm install -g npm@10.2.4 corepack@0.29.4"_s, {});
    row("unpinned global npm tool", u"RUN npm install -g typescript"_s, {u"DependencyInstallNotLocked"_s});
    row("npm range is not pinned", u"RUN npm i -g typescript@^5"_s, {u"DependencyInstallNotLocked"_s});
    row("pip package via a variable", u"RUN pip install --no-cache-dir \"poetry==$POETRY_VERSION\" \"$PKG\""_s, {});
    row("pip index url is not a package",
        u"RUN pip install --no-cache-dir -i https://pypi.example/simple flask==3.0.0"_s, {});
    row("case patterns are not pipes",
        u"RUN case \"$(uname -m)\" in x86_64|amd64) a=amd64 ;; aarch64|arm64) a=arm64 ;; esac"_s, {});
    row("one pipe finding per RUN", u"RUN a | b && c | d"_s, {u"PipeWithoutPipefail"_s});
    row("set -o pipefail", u"RUN set -eux -o pipefail; a | b"_s, {});
    row("bash -o pipefail exec form", u"RUN [\"bash\", \"-o\", \"pipefail\", \"-c\", \"a | b\"]"_s, {});
    row("cd once per RUN", u"RUN cd /a && make && cd /b && make"_s, {u"RunCdInsteadOfWorkdir"_s});
    row("cd into a temporary folder", u"RUN cd /tmp && curl -O x && cd \"$(mktemp -d)\""_s, {});
    row("cd into a folder the RUN removes", u"RUN cd /usr/src/redis && make && cd / && rm -rf /usr/src/redis"_s, {});
    row("cd in a subshell", u"RUN (cd /src && make) && rm -rf /src"_s, {});
    row("cd into a folder the RUN creates", u"RUN mkdir -p /usr/src/app && cd /usr/src/app && make"_s, {});
    row("cd into an unpacked folder", u"RUN tar -xf x.tgz -C /usr/src/php && cd /usr/src/php/ext && make"_s, {});
    row("yarn --version is no install", u"RUN npm i -g yarn@1.22.22 && yarn --version"_s, {});
    row("sudo with options", u"RUN sudo -u app make"_s, {u"RunSudo"_s});
    row("heredoc script", u"RUN <<EOF\nset -e\napt-get install -y curl\nEOF"_s,
        {u"AptNoInstallRecommends"_s, u"AptListsNotCleaned"_s});
    row("python heredoc", u"RUN python3 <<EOF\nimport os  # apt-get install x | y\nEOF"_s, {});
    row("file written by a heredoc", u"RUN cat <<EOF > /etc/x.sh\ncd /x && apt-get install y\nEOF"_s, {});
}

void TestDockerfileLinter::runRulesReadCommands()
{
    QFETCH(QString, run);
    QFETCH(QStringList, expected);
    static const QSet<QString> runRules = {u"AptNoInstallRecommends"_s, u"AptListsNotCleaned"_s, u"AptGetMissingYes"_s,
        u"AptUseAptGet"_s, u"ApkNoCache"_s, u"PipNoCacheDir"_s, u"RunCdInsteadOfWorkdir"_s, u"RunSudo"_s,
        u"PipeWithoutPipefail"_s, u"DependencyInstallNotLocked"_s, u"SyntaxError"_s};
    QStringList fired;
    for (const QString &id : firedRules(u"FROM debian:13\n"_s + run + u'\n' + Tail)) {
        if (runRules.contains(id))
            fired.append(id);
    }
    fired.sort();
    QStringList sorted = expected;
    sorted.sort();
    QVERIFY2(fired == sorted, qPrintable(fired.join(u", "_s)));
}

void TestDockerfileLinter::runFindingsPointAtTheCause()
{
    const QString text
        = u"FROM alpine:3.20\nRUN echo install && \\\n    apk  add curl && \\\n    wget -qO- x | tar x\n"_s + Tail;
    QMap<QString, SourceRange> at;
    for (const LintDiagnostic &d : DockerfileLinter::lintText(text))
        at.insert(d.ruleId, d.range);
    QCOMPARE(at.value(u"ApkNoCache"_s), (SourceRange {3, 10, 3, 13}));
    QCOMPARE(at.value(u"PipeWithoutPipefail"_s), (SourceRange {4, 17, 4, 18}));
    // Alpine's /bin/sh is BusyBox ash: the fix names ash, not bash.
    for (const LintDiagnostic &d : DockerfileLinter::lintText(text)) {
        if (d.ruleId == u"PipeWithoutPipefail"_s)
            QVERIFY2(d.message.contains(u"/bin/ash"_s), qPrintable(d.message));
    }
}

// UndefinedVar and GlobalArgNotRedeclared read the base image's environment when the caller has it.
void TestDockerfileLinter::baseImageEnvironment()
{
    const QString text = u"ARG GOLANG_VERSION=1.23\nFROM golang:1.23\nENV P=$GOPATH/bin:$GOPAHT\nWORKDIR ${HOME}\n"
                         u"RUN echo $GOLANG_VERSION\n"_s
        + Tail;
    QStringList unknown = firedRules(text);
    QVERIFY(!unknown.contains(u"UndefinedVar"_s));
    QVERIFY(!unknown.contains(u"WorkdirRelativePath"_s));
    QVERIFY(!unknown.contains(u"GlobalArgNotRedeclared"_s));

    LintOptions options;
    options.imageEnvironment.insert(u"golang:1.23"_s, {u"PATH"_s, u"GOLANG_VERSION"_s, u"GOPATH"_s});
    QStringList messages;
    for (const LintDiagnostic &d : DockerfileLinter::lintText(text, options)) {
        if (d.ruleId == u"UndefinedVar"_s || d.ruleId == u"GlobalArgNotRedeclared"_s)
            messages.append(d.message);
    }
    // $GOPATH and $GOLANG_VERSION come from the image; the typo and $HOME (not in this image) do not.
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages[0].contains(u"$GOPAHT"_s) && messages[0].contains(u"$GOPATH"_s), qPrintable(messages[0]));
    QVERIFY2(messages[1].contains(u"$HOME"_s), qPrintable(messages[1]));

    // A stage built on another stage inherits its root's environment.
    const QString chained = u"FROM scratch AS base\nENV ROLE=x\nFROM base\nRUN true\nENV A=$HOME\n"_s + Tail;
    QVERIFY(firedRules(chained).contains(u"UndefinedVar"_s));
    QVERIFY(!firedRules(u"FROM alpine:3.20 AS base\nFROM base\nENV A=$HOME\n"_s + Tail).contains(u"UndefinedVar"_s));
}

// A FROM scratch output with no CMD or ENTRYPOINT only carries artefacts: no RootUser or MissingHealthcheck.
void TestDockerfileLinter::scratchArtefactStage()
{
    const QString builder = u"FROM alpine:3.20 AS build\nRUN echo hi > /out\n"_s;
    QStringList ids = firedRules(builder + u"FROM scratch\nCOPY --from=build /out /\n"_s);
    QVERIFY(!ids.contains(u"RootUser"_s));
    QVERIFY(!ids.contains(u"MissingHealthcheck"_s));
    ids = firedRules(builder + u"FROM scratch\nCOPY --from=build /out /\nENTRYPOINT [\"/out\"]\n"_s);
    QVERIFY(ids.contains(u"RootUser"_s));
    QVERIFY(ids.contains(u"MissingHealthcheck"_s));
    // A USER whose value comes from the base image is some user; Windows bases have no Unix root.
    QVERIFY(!firedRules(u"FROM quay.io/jupyter/base-notebook:2024-10-07\nUSER ${NB_UID}\n"_s).contains(u"RootUser"_s));
    QVERIFY(
        !firedRules(u"FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD [\"x\"]\n"_s).contains(u"RootUser"_s));
}

void TestDockerfileLinter::hadolintPragmasAndConfig()
{
    // `# hadolint global ignore=` switches rules off for the whole file.
    const QString body = u"FROM alpine:3.20\nRUN cd /x && make\nRUN sudo make\n"_s + Tail;
    QStringList ids = firedRules(u"# hadolint global ignore=DL3003,DL3004\n"_s + body);
    QVERIFY(!ids.contains(u"RunCdInsteadOfWorkdir"_s));
    QVERIFY(!ids.contains(u"RunSudo"_s));
    QVERIFY(firedRules(body).contains(u"RunSudo"_s));

    // .hadolint.yaml: ignored and override, beneath .dockwright.json; unknown DL codes are accepted.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile yaml(dir.filePath(u".hadolint.yaml"_s));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write("# project lint policy\nignored:\n  - DL3003\n  - DL3059\noverride:\n  error: [DL3004]\n"
               "  style:\n    - DL3006\n");
    yaml.close();
    const QString dockerfile = dir.filePath(u"Dockerfile"_s);
    LintConfig c = LintConfig::loadFor(dockerfile);
    QVERIFY2(c.errors().isEmpty(), qPrintable(c.errors().join(u'\n')));
    QCOMPARE(c.severityFor(LintRuleId::RunCdInsteadOfWorkdir, LintSeverity::Warning), std::nullopt);
    QCOMPARE(c.severityFor(LintRuleId::RunSudo, LintSeverity::Warning), std::optional(LintSeverity::Error));
    QCOMPARE(c.severityFor(LintRuleId::BaseImageUntagged, LintSeverity::Warning), std::optional(LintSeverity::Info));

    QFile json(dir.filePath(u".dockwright.json"_s));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(R"({"rules": {"RunCdInsteadOfWorkdir": "error"}})");
    json.close();
    c = LintConfig::loadFor(dockerfile);
    QCOMPARE(
        c.severityFor(LintRuleId::RunCdInsteadOfWorkdir, LintSeverity::Warning), std::optional(LintSeverity::Error));
    QCOMPARE(c.severityFor(LintRuleId::RunSudo, LintSeverity::Warning), std::optional(LintSeverity::Error));

    // Bad YAML and names that are no hadolint code are reported with file and line.
    QVERIFY(yaml.open(QIODevice::WriteOnly | QIODevice::Truncate));
    yaml.write("ignored:\n  - RunSudo\noverride: [x\n");
    yaml.close();
    QVERIFY(json.remove());
    c = LintConfig::loadFor(dockerfile);
    QCOMPARE(c.errors().size(), 1);
    QVERIFY2(c.errors().first().startsWith(yaml.fileName() + u":3: invalid YAML"_s), qPrintable(c.errors().first()));
    QVERIFY(yaml.open(QIODevice::WriteOnly | QIODevice::Truncate));
    yaml.write("ignored:\n  - RunSudo\n");
    yaml.close();
    c = LintConfig::loadFor(dockerfile);
    QCOMPARE(
        c.errors(), QStringList(yaml.fileName() + u":2: 'RunSudo' is not a hadolint rule code (DL3008, SC2086)"_s));
}

QTEST_GUILESS_MAIN(TestDockerfileLinter)
#include "tst_dockerfilelinter.moc"
