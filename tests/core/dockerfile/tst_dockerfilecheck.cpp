// SPDX-License-Identifier: GPL-3.0-or-later
// checkDockerfile(), the one parse -> analyze -> lint pipeline behind `dockwright-cli lint` and the editor:
// the document path gives the build context and the .dockwright.json, options override both, and the
// result is what running the parser, analyzer and linter by hand gives. tst_dockerfilecli compares it
// with the CLI's output.
#include "core/dockerfile/dockerfileanalyzer.h"
#include "core/dockerfile/dockerfilecheck.h"
#include "core/dockerfile/dockerfilelinter.h"
#include "core/dockerfile/dockerfileparser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

class TestDockerfileCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsRunningTheStepsByHand();
    void documentPathGivesContextAndConfig();
    void configOptions();
    void contextOverride();
    void unsavedText();
    void buildOptions();
    void sortedByPosition();
    void bytesAndText();
};

namespace {

// Two stages; the final one runs as root, has no HEALTHCHECK, uses sudo and cd, and the image is untagged.
const QString Sample = u"FROM alpine:3.20 AS builder\n"
                       "RUN apk add curl\n"
                       "FROM debian\n"
                       "ARG GREETING=hi\n"
                       "RUN sudo cd /x && make # dockwright-ignore: RunCdInsteadOfWorkdir\n"
                       "CMD echo $GREETING\n"
                       "EXPOSE 80/TCP\n"_s;

void write(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

QStringList ruleCodes(const QList<LintDiagnostic> &diagnostics)
{
    QStringList ids;
    for (const LintDiagnostic &d : diagnostics)
        ids.append(d.ruleId);
    return ids;
}

QString describe(const QList<LintDiagnostic> &diagnostics)
{
    QString out;
    for (const LintDiagnostic &d : diagnostics)
        out += u"%1:%2 %3 %4\n"_s.arg(d.range.startLine).arg(d.range.startColumn).arg(d.ruleId, d.message);
    return out;
}

} // namespace

void TestDockerfileCheck::sameAsRunningTheStepsByHand()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dockerfile = dir.filePath(u"Dockerfile"_s);
    write(dockerfile, Sample.toUtf8());
    write(dir.filePath(u".dockwright.json"_s),
        R"({"lint": {"rules": {"RunSudo": "info", "MissingHealthcheck": "off"}}})");

    DockerfileCheckOptions options;
    options.documentPath = dockerfile;
    options.build.buildArgs.insert(u"GREETING"_s, u"hello"_s);
    const DockerfileCheck check = checkDockerfile(QStringView(Sample), options);

    LintOptions lint;
    lint.config = LintConfig::loadFor(dockerfile);
    lint.contextDirectory = dir.path();
    lint.dockerfileName = u"Dockerfile"_s;
    lint.build = options.build;
    const DockerfileParseResult parse = DockerfileParser::parse(QStringView(Sample));
    const DockerfileModel model = DockerfileAnalyzer::analyze(parse, lint.build);
    const QList<LintDiagnostic> expected = DockerfileLinter::lint(parse, model, lint);

    QCOMPARE(describe(check.diagnostics), describe(expected));
    QCOMPARE(check.diagnostics, expected);
    QCOMPARE(check.parse.instructions.size(), parse.instructions.size());
    QCOMPARE(check.model.stages.size(), 2);
    QCOMPARE(check.model.targetStage, 1);
    QCOMPARE(check.config.path(), dir.filePath(u".dockwright.json"_s));
    QVERIFY(check.config.errors().isEmpty());
}

void TestDockerfileCheck::documentPathGivesContextAndConfig()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"app"_s));
    const QString dockerfile = dir.filePath(u"app/Dockerfile"_s);
    write(dockerfile, Sample.toUtf8());
    // The nearest .dockwright.json, here in a parent folder; an unknown rule name is reported, not fatal.
    write(dir.filePath(u".dockwright.json"_s),
        R"({"lint": {"rules": {"RootUser": "off", "RunSudo": "warning", "NoSuchRule": "off"}}})");

    DockerfileCheckOptions options;
    options.documentPath = dockerfile;
    DockerfileCheck check = checkDockerfile(QStringView(Sample), options);
    QStringList ids = ruleCodes(check.diagnostics);
    QVERIFY2(!ids.contains(u"RootUser"_s), qPrintable(describe(check.diagnostics)));
    QVERIFY(!ids.contains(u"RunCdInsteadOfWorkdir"_s)); // suppressed inline
    for (const LintDiagnostic &d : std::as_const(check.diagnostics)) {
        if (d.rule == LintRuleId::RunSudo)
            QCOMPARE(d.severity, LintSeverity::Warning);
    }
    QVERIFY(ids.contains(u"RunSudo"_s));
    QCOMPARE(check.config.path(), dir.filePath(u".dockwright.json"_s));
    QCOMPARE(check.config.errors(),
        QStringList {dir.filePath(u".dockwright.json"_s) + u": unknown lint rule 'NoSuchRule'"_s});

    // The document's folder is the build context.
    QCOMPARE(ids.count(u"MissingDockerignore"_s), 1);
    for (const LintDiagnostic &d : std::as_const(check.diagnostics)) {
        if (d.rule == LintRuleId::MissingDockerignore)
            QVERIFY2(d.message.endsWith(QDir::toNativeSeparators(dir.filePath(u"app"_s))), qPrintable(d.message));
    }
    write(dir.filePath(u"app/Dockerfile.dockerignore"_s), ".git\n"); // <Dockerfile name>.dockerignore
    check = checkDockerfile(QStringView(Sample), options);
    QVERIFY(!ruleCodes(check.diagnostics).contains(u"MissingDockerignore"_s));

    // A relative path works like the absolute one (the CLI passes FILE as given).
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    options.documentPath = u"app/Dockerfile"_s;
    const DockerfileCheck relative = checkDockerfile(QStringView(Sample), options);
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(ruleCodes(relative.diagnostics), ruleCodes(check.diagnostics));
    QCOMPARE(relative.config.errors().size(), 1);
}

void TestDockerfileCheck::configOptions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dockerfile = dir.filePath(u"Dockerfile"_s);
    write(dockerfile, Sample.toUtf8());
    write(dir.filePath(u".dockerignore"_s), ".git\n");
    write(dir.filePath(u".dockwright.json"_s), R"({"rules": {"RootUser": "off"}})");

    DockerfileCheckOptions options;
    options.documentPath = dockerfile;
    QVERIFY(!ruleCodes(checkDockerfile(QStringView(Sample), options).diagnostics).contains(u"RootUser"_s));

    // --no-config
    options.findConfig = false;
    DockerfileCheck check = checkDockerfile(QStringView(Sample), options);
    QVERIFY(ruleCodes(check.diagnostics).contains(u"RootUser"_s));
    QVERIFY(check.config.path().isEmpty());

    // --config FILE wins over the file next to the Dockerfile (and over findConfig).
    options.config = LintConfig::fromJson(R"({"rules": {"RunSudo": "off"}})", u"other.json"_s);
    for (const bool find : {true, false}) {
        options.findConfig = find;
        check = checkDockerfile(QStringView(Sample), options);
        const QStringList ids = ruleCodes(check.diagnostics);
        QVERIFY(ids.contains(u"RootUser"_s));
        QVERIFY(!ids.contains(u"RunSudo"_s));
        QCOMPARE(check.config.path(), u"other.json"_s);
    }
}

void TestDockerfileCheck::contextOverride()
{
    QTemporaryDir docDir, contextDir;
    QVERIFY(docDir.isValid() && contextDir.isValid());
    const QString dockerfile = docDir.filePath(u"Dockerfile"_s);
    write(dockerfile, Sample.toUtf8());
    write(contextDir.filePath(u".dockerignore"_s), ".git\n");

    DockerfileCheckOptions options;
    options.documentPath = dockerfile;
    QVERIFY(ruleCodes(checkDockerfile(QStringView(Sample), options).diagnostics).contains(u"MissingDockerignore"_s));
    options.contextDirectory = contextDir.path(); // --context DIR
    QVERIFY(!ruleCodes(checkDockerfile(QStringView(Sample), options).diagnostics).contains(u"MissingDockerignore"_s));
    options.contextDirectory = QString(); // --context "": no context checks
    QVERIFY(!ruleCodes(checkDockerfile(QStringView(Sample), options).diagnostics).contains(u"MissingDockerignore"_s));

    // Standard input with --context: checked although there is no document path.
    DockerfileCheckOptions stdinOptions;
    stdinOptions.contextDirectory = docDir.path();
    QVERIFY(
        ruleCodes(checkDockerfile(QStringView(Sample), stdinOptions).diagnostics).contains(u"MissingDockerignore"_s));
}

void TestDockerfileCheck::unsavedText()
{
    // No path: no context checks and no configuration, even if the working directory has one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    write(dir.filePath(u".dockwright.json"_s), R"({"rules": {"RootUser": "off"}})");
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const DockerfileCheck check = checkDockerfile(QStringView(Sample));
    QVERIFY(QDir::setCurrent(previous));
    const QStringList ids = ruleCodes(check.diagnostics);
    QVERIFY(!ids.contains(u"MissingDockerignore"_s));
    QVERIFY(ids.contains(u"RootUser"_s));
    QVERIFY(check.config.path().isEmpty());
    QCOMPARE(check.diagnostics, DockerfileLinter::lintText(QStringView(Sample)));
}

void TestDockerfileCheck::buildOptions()
{
    DockerfileCheckOptions options;
    options.build.target = u"builder"_s;
    DockerfileCheck check = checkDockerfile(QStringView(Sample), options);
    QCOMPARE(check.model.targetStage, 0);
    // The target-wide rules now look at the first stage.
    for (const LintDiagnostic &d : std::as_const(check.diagnostics)) {
        if (d.rule == LintRuleId::RootUser)
            QCOMPARE(d.range.startLine, 1);
    }
    QVERIFY(ruleCodes(check.diagnostics).contains(u"RootUser"_s));

    options.build.target = u"nope"_s;
    check = checkDockerfile(QStringView(Sample), options);
    QVERIFY(ruleCodes(check.diagnostics).contains(u"BuildError"_s));

    options.build.target.clear();
    options.build.buildArgs.insert(u"BUILDKIT_DOCKERFILE_CHECK"_s, u"skip=JSONArgsRecommended"_s);
    QVERIFY(ruleCodes(checkDockerfile(QStringView(Sample)).diagnostics).contains(u"JSONArgsRecommended"_s));
    QVERIFY(!ruleCodes(checkDockerfile(QStringView(Sample), options).diagnostics).contains(u"JSONArgsRecommended"_s));
}

void TestDockerfileCheck::sortedByPosition()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dockerfile = dir.filePath(u"Dockerfile"_s);
    DockerfileCheckOptions options;
    options.documentPath = dockerfile; // adds MissingDockerignore at 1:1
    const QString text = Sample + u"COPY onlyone\nMAINTAINER me\n"_s;
    const DockerfileCheck check = checkDockerfile(QStringView(text), options);
    QVERIFY(check.diagnostics.size() > 8);
    for (qsizetype i = 1; i < check.diagnostics.size(); ++i) {
        const SourceRange &a = check.diagnostics[i - 1].range;
        const SourceRange &b = check.diagnostics[i].range;
        QVERIFY2(std::pair(a.startLine, a.startColumn) <= std::pair(b.startLine, b.startColumn),
            qPrintable(describe(check.diagnostics)));
    }
    QVERIFY(ruleCodes(check.diagnostics).contains(u"SyntaxError"_s));
}

void TestDockerfileCheck::bytesAndText()
{
    // A byte order mark and an invalid UTF-8 sequence.
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + Sample.toUtf8() + QByteArray("LABEL x=\"\xFF\"\n");
    const DockerfileCheck fromBytes = checkDockerfile(bytes);
    const DockerfileCheck fromText = checkDockerfile(QStringView(QString::fromUtf8(bytes)));
    QCOMPARE(fromBytes.diagnostics, fromText.diagnostics);
    QCOMPARE(fromBytes.parse.instructions.size(), fromText.parse.instructions.size());
    QCOMPARE(fromBytes.parse.lines, fromText.parse.lines);
}

QTEST_GUILESS_MAIN(TestDockerfileCheck)
#include "tst_dockerfilecheck.moc"
