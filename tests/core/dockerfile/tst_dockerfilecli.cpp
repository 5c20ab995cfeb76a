// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built dockwright-cli on fixture files: `parse --json` keys and exit codes, `lint` text, JSON and
// SARIF output, exit codes and --list-rules; `lint` reports what checkDockerfile() (the editor's pipeline) does.
#include "core/dockerfile/dockerfilecheck.h"
#include "core/dockerfile/lintrulecatalog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

class TestDockerfileCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseJson();
    void parseExpanded();
    void parseErrors();
    void lintText();
    void lintJsonAndExitCodes();
    void lintSarif();
    void lintConfig();
    void lintContextSources();
    void lintMatchesCheckDockerfile_data();
    void lintMatchesCheckDockerfile();
    void listRules();
    void lintDefaultContext();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, const QString &workingDir = {}, const QByteArray &input = {});
    QString fixture(const char *name) { return QFINDTESTDATA(QString::fromLatin1("data/cli/") + QLatin1String(name)); }

    QString m_cli;
};

void TestDockerfileCli::initTestCase()
{
    m_cli = qEnvironmentVariable("DOCKWRIGHT_BINARY_DIR") + u"/bin/dockwright-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
}

TestDockerfileCli::Run TestDockerfileCli::run(
    const QStringList &args, const QString &workingDir, const QByteArray &input)
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(m_cli, args);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestDockerfileCli::parseJson()
{
    const Run r = run({u"parse"_s, fixture("good.Dockerfile"), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    for (const char *key :
        {"escape", "directives", "instructions", "stages", "warnings", "errors", "target", "globalArgs"})
        QVERIFY2(root.contains(QLatin1String(key)), key);
    QCOMPARE(root.value(u"escape"_s).toString(), u"\\"_s);
    QCOMPARE(root.value(u"directives"_s).toArray().first().toObject().value(u"name"_s).toString(), u"syntax"_s);
    const QJsonArray instructions = root.value(u"instructions"_s).toArray();
    const QJsonObject run0 = instructions.at(12).toObject(); // RUN --mount ... (lines 18-21)
    QCOMPARE(run0.value(u"keyword"_s).toString(), u"RUN"_s);
    QCOMPARE(run0.value(u"startLine"_s).toInt(), 18);
    QCOMPARE(run0.value(u"endLine"_s).toInt(), 21);
    QCOMPARE(run0.value(u"flags"_s).toArray().size(), 3);
    QCOMPARE(
        run0.value(u"args"_s).toArray().first().toString(), u"uv sync --locked --no-install-project --no-editable"_s);
    QCOMPARE(run0.value(u"json"_s).toBool(), false);
    for (const char *key : {"keyword", "startLine", "endLine", "flags", "args", "json", "heredocs"})
        QVERIFY2(run0.contains(QLatin1String(key)), key);
    const QJsonObject cmd = instructions.last().toObject();
    QCOMPARE(cmd.value(u"json"_s).toBool(), true);
    const QJsonObject arg = instructions.at(5).toObject(); // ARG BUILD_DATE=""
    QCOMPARE(arg.value(u"pairs"_s).toArray().first().toObject().value(u"value"_s).toString(), QString());
    const QJsonObject argNoDefault = instructions.at(13).toObject(); // ARG PACKAGE_NAME
    QVERIFY(argNoDefault.value(u"pairs"_s).toArray().first().toObject().value(u"value"_s).isNull());
    const QJsonArray stages = root.value(u"stages"_s).toArray();
    QCOMPARE(stages.size(), 3);
    QCOMPARE(stages.at(1).toObject().value(u"name"_s).toString(), u"builder"_s);
    QCOMPARE(root.value(u"target"_s).toInt(), 2);
}

void TestDockerfileCli::parseExpanded()
{
    const Run r = run({u"parse"_s, fixture("good.Dockerfile"), u"--json"_s, u"--build-arg"_s, u"PYTHON_VERSION=3.12"_s,
        u"--target"_s, u"builder"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(u"target"_s).toInt(), 1);
    const QJsonObject from = root.value(u"instructions"_s).toArray().at(7).toObject();
    QCOMPARE(from.value(u"expanded"_s).toObject().value(u"args"_s).toArray().first().toString(), u"python:3.12-slim"_s);
    QCOMPARE(
        root.value(u"stages"_s).toArray().at(1).toObject().value(u"baseExpanded"_s).toString(), u"python:3.12-slim"_s);
    const Run missing = run({u"parse"_s, fixture("good.Dockerfile"), u"--json"_s, u"--target"_s, u"nope"_s});
    QCOMPARE(missing.exitCode, 2);
}

void TestDockerfileCli::parseErrors()
{
    const Run r = run({u"parse"_s, fixture("broken.Dockerfile"), u"--json"_s});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject error = QJsonDocument::fromJson(r.out).object().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"line"_s).toInt(), 2);
    QCOMPARE(error.value(u"column"_s).toInt(), 6);
    QVERIFY(error.value(u"message"_s).toString().startsWith(u"COPY requires at least two arguments"_s));
    QCOMPARE(run({u"parse"_s, u"/nonexistent/Dockerfile"_s}).exitCode, 2);
}

void TestDockerfileCli::lintText()
{
    const Run r = run({u"lint"_s, fixture("bad.Dockerfile"), u"--no-config"_s, u"--explain"_s});
    QCOMPARE(r.exitCode, 1); // RunSudo is an error
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(fixture("bad.Dockerfile")
                 + u":2:5: error: Do not use sudo in RUN; use USER to switch users [RunSudo]"_s),
        qPrintable(out));
    QVERIFY(out.contains(u":3:5: warning: JSON arguments recommended for CMD"_s));
    QVERIFY(out.contains(u"Why: "_s));
    QVERIFY(out.contains(u"Before:"_s));
}

void TestDockerfileCli::lintJsonAndExitCodes()
{
    const Run good = run({u"lint"_s, fixture("good.Dockerfile"), u"--format"_s, u"json"_s, u"--no-config"_s});
    QCOMPARE(good.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(good.out).object();
    QCOMPARE(root.value(u"summary"_s).toObject().value(u"errors"_s).toInt(), 0);
    const QJsonObject first = root.value(u"diagnostics"_s).toArray().first().toObject();
    for (const char *key : {"rule", "severity", "message", "line", "column", "endLine", "endColumn"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(run({u"lint"_s, fixture("broken.Dockerfile"), u"--no-config"_s}).exitCode, 1);
    QCOMPARE(run({u"lint"_s, u"/nonexistent/Dockerfile"_s}).exitCode, 2);
    QCOMPARE(run({u"lint"_s, fixture("good.Dockerfile"), u"--format"_s, u"xml"_s}).exitCode, 2);
}

void TestDockerfileCli::lintSarif()
{
    const Run r = run({u"lint"_s, fixture("bad.Dockerfile"), u"--format"_s, u"sarif"_s, u"--no-config"_s});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(u"version"_s).toString(), u"2.1.0"_s);
    QVERIFY(root.value(u"$schema"_s).toString().contains(u"sarif-2.1.0"_s));
    const QJsonObject run0 = root.value(u"runs"_s).toArray().first().toObject();
    const QJsonObject driver = run0.value(u"tool"_s).toObject().value(u"driver"_s).toObject();
    QCOMPARE(driver.value(u"name"_s).toString(), u"dockwright"_s);
    const QJsonArray rules = driver.value(u"rules"_s).toArray();
    QVERIFY(rules.size() > 40);
    QSet<QString> ids;
    for (const QJsonValue &v : rules) {
        const QJsonObject rule = v.toObject();
        ids.insert(rule.value(u"id"_s).toString());
        QVERIFY(!rule.value(u"shortDescription"_s).toObject().value(u"text"_s).toString().isEmpty());
        QVERIFY(!rule.value(u"fullDescription"_s).toObject().value(u"text"_s).toString().isEmpty());
        QVERIFY(!rule.value(u"help"_s).toObject().value(u"text"_s).toString().isEmpty());
    }
    const QJsonArray results = run0.value(u"results"_s).toArray();
    QVERIFY(!results.isEmpty());
    for (const QJsonValue &v : results) {
        const QJsonObject result = v.toObject();
        QVERIFY(ids.contains(result.value(u"ruleId"_s).toString()));
        const QString level = result.value(u"level"_s).toString();
        QVERIFY(level == u"error" || level == u"warning" || level == u"note");
        QVERIFY(!result.value(u"message"_s).toObject().value(u"text"_s).toString().isEmpty());
        const QJsonObject physical
            = result.value(u"locations"_s).toArray().first().toObject().value(u"physicalLocation"_s).toObject();
        QVERIFY(
            physical.value(u"artifactLocation"_s).toObject().value(u"uri"_s).toString().endsWith(u"bad.Dockerfile"_s));
        const QJsonObject region = physical.value(u"region"_s).toObject();
        for (const char *key : {"startLine", "startColumn", "endLine", "endColumn"})
            QVERIFY2(region.value(QLatin1String(key)).toInt() >= 1, key);
    }
}

void TestDockerfileCli::lintConfig()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(fixture("bad.Dockerfile"), dir.filePath(u"Dockerfile"_s)));
    QFile cfg(dir.filePath(u".dockwright.json"_s));
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write(R"({"lint": {"rules": {"RunSudo": "warning"}}})");
    cfg.close();
    const Run r = run({u"lint"_s, u"Dockerfile"_s}, dir.path());
    QCOMPARE(r.exitCode, 0); // the only error was downgraded
    QVERIFY(QString::fromUtf8(r.out).contains(u"warning: Do not use sudo"_s));
    QVERIFY(QString::fromUtf8(r.out).contains(u"[MissingDockerignore]"_s));
}

// `lint --context DIR` checks the COPY/ADD sources against DIR (after its .dockerignore), also for a
// Dockerfile outside DIR or on standard input; `--context ""` switches the context checks off.
void TestDockerfileCli::lintContextSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"ctx/src"_s));
    const QString dockerfile = dir.filePath(u"Dockerfile"_s);
    {
        QFile f(dockerfile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("FROM scratch\nCOPY src /src\nCOPY secret.env app.bin /app/\n");
        QFile ignore(dir.filePath(u"ctx/.dockerignore"_s));
        QVERIFY(ignore.open(QIODevice::WriteOnly));
        ignore.write("*.env\n");
        QFile secret(dir.filePath(u"ctx/secret.env"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
    }
    const QString ctx = dir.filePath(u"ctx"_s);
    const Run r = run({u"lint"_s, dockerfile, u"--context"_s, ctx, u"--no-config"_s});
    QCOMPARE(r.exitCode, 1); // a missing source is an error: the build would stop there
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(dockerfile
                 + u":3:6: error: COPY source \"secret.env\" is left out of the build context by .dockerignore "
                   u"line 1 (\"*.env\") [CopySourceMissing]"_s),
        qPrintable(out));
    QVERIFY2(out.contains(u":3:17: error: COPY source \"app.bin\" is not in the build context "_s), qPrintable(out));
    QVERIFY(!out.contains(u":2:"_s)); // src is there
    QCOMPARE(out.count(u"[CopySourceMissing]"_s), 2);

    // Standard input with --context: the same findings.
    QFile in(dockerfile);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const Run stdinRun = run({u"lint"_s, u"-"_s, u"--context"_s, ctx, u"--no-config"_s}, {}, in.readAll());
    QCOMPARE(QString::fromUtf8(stdinRun.out).count(u"[CopySourceMissing]"_s), 2);

    // No context, no claim.
    const Run off = run({u"lint"_s, dockerfile, u"--context"_s, QString(), u"--no-config"_s});
    QVERIFY2(!QString::fromUtf8(off.out).contains(u"[CopySourceMissing]"_s), off.out.constData());
}

// The CLI and the editor (Ui::DocumentAnalyzer::analyze) both run checkDockerfile(): for a Dockerfile with a
// .dockwright.json, `lint --format json` lists exactly checkDockerfile's diagnostics and config problems.
void TestDockerfileCli::lintMatchesCheckDockerfile_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("buildArg"); // KEY=VALUE or empty
    QTest::addRow("defaults") << QString() << QString();
    QTest::addRow("target") << u"builder"_s << QString();
    QTest::addRow("build arg") << QString() << u"BUILDKIT_DOCKERFILE_CHECK=skip=JSONArgsRecommended"_s;
}

void TestDockerfileCli::lintMatchesCheckDockerfile()
{
    QFETCH(QString, target);
    QFETCH(QString, buildArg);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"app"_s));
    const QString dockerfile = dir.filePath(u"app/Dockerfile"_s);
    const QByteArray text = "FROM python:3.13-slim AS Builder\n"
                            "RUN pip install requests && cd /src\n"
                            "FROM builder\n"
                            "# dockwright-ignore: AptNoInstallRecommends\n"
                            "RUN sudo apt-get install curl\n"
                            "CMD python app.py\n"
                            "EXPOSE 80/TCP 8080:80\n"
                            "COPY onlyone\n";
    {
        QFile f(dockerfile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        QFile cfg(dir.filePath(u".dockwright.json"_s));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write(R"({"lint": {"rules": {"RunSudo": "info", "RootUser": "off", "BaseImageNotPinnedByDigest": "warning",
                                        "runCdInsteadOfWorkdir": "off", "StageNameCasing": "loud"}}})");
    }

    QStringList args {u"lint"_s, dockerfile, u"--format"_s, u"json"_s};
    DockerfileCheckOptions options;
    options.documentPath = dockerfile;
    if (!target.isEmpty()) {
        args << u"--target"_s << target;
        options.build.target = target;
    }
    if (!buildArg.isEmpty()) {
        args << u"--build-arg"_s << buildArg;
        options.build.buildArgs.insert(buildArg.section(u'=', 0, 0), buildArg.section(u'=', 1));
    }
    const Run r = run(args);
    const DockerfileCheck check = checkDockerfile(text, options);

    QCOMPARE(check.config.errors().size(), 2); // the misspelt rule and the bad severity
    QString expectedErr;
    for (const QString &problem : check.config.errors())
        expectedErr += u"lint: warning: "_s + problem + u'\n';
    QCOMPARE(QString::fromUtf8(r.err), expectedErr);

    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonArray list = root.value(u"diagnostics"_s).toArray();
    QVERIFY(check.diagnostics.size() > 5);
    QCOMPARE(list.size(), check.diagnostics.size());
    int errors = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject cli = list.at(i).toObject();
        const LintDiagnostic &d = check.diagnostics.at(i);
        QCOMPARE(cli.value(u"rule"_s).toString(), d.ruleId);
        QCOMPARE(cli.value(u"severity"_s).toString(), LintRuleCatalog::severityName(d.severity));
        QCOMPARE(cli.value(u"message"_s).toString(), d.message);
        QCOMPARE(cli.value(u"line"_s).toInt(), d.range.startLine);
        QCOMPARE(cli.value(u"column"_s).toInt(), d.range.startColumn);
        QCOMPARE(cli.value(u"endLine"_s).toInt(), d.range.endLine);
        QCOMPARE(cli.value(u"endColumn"_s).toInt(), d.range.endColumn);
        errors += d.severity == LintSeverity::Error ? 1 : 0;
    }
    QCOMPARE(root.value(u"summary"_s).toObject().value(u"errors"_s).toInt(), errors);
    QCOMPARE(r.exitCode, errors > 0 ? 1 : 0);
}

void TestDockerfileCli::listRules()
{
    const Run md = run({u"lint"_s, u"--list-rules"_s, u"--format"_s, u"markdown"_s});
    QCOMPARE(md.exitCode, 0);
    QVERIFY(md.out.contains("## PipeWithoutPipefail"));
    const Run json = run({u"lint"_s, u"--list-rules"_s, u"--format"_s, u"json"_s});
    QVERIFY(QJsonDocument::fromJson(json.out).array().size() > 40);

    // docs/lint-rules.md is this output, byte for byte: regenerate it with
    // `dockwright-cli lint --list-rules --format markdown > docs/lint-rules.md` when the catalog changes.
    QFile doc(qEnvironmentVariable("DOCKWRIGHT_SOURCE_DIR") + u"/docs/lint-rules.md"_s);
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    const QByteArray written = doc.readAll();
    if (written != md.out) {
        const QList<QByteArray> a = written.split('\n'), b = md.out.split('\n');
        qsizetype line = 0;
        while (line < a.size() && line < b.size() && a[line] == b[line])
            ++line;
        QFAIL(qPrintable(
            u"docs/lint-rules.md differs from the catalog from line %1: \"%2\" vs \"%3\""_s.arg(line + 1).arg(
                QString::fromUtf8(a.value(line)), QString::fromUtf8(b.value(line)))));
    }
}

// Without --context, lint picks the context as `docker build -f FILE .` from the current directory would: the
// nearest folder with a .dockerignore between the Dockerfile and here, else the Dockerfile's folder.
void TestDockerfileCli::lintDefaultContext()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QDir dir(root.path());
    QVERIFY(dir.mkpath(u"pages/guide"_s));
    const auto write = [&](const QString &path, const QByteArray &data) {
        QFile f(dir.filePath(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    write(u"pages/guide/Dockerfile.example"_s, "FROM alpine:3.20\nCOPY requirements.txt /app/\n");
    write(u"requirements.txt"_s, "flask==3.0.0\n");
    write(u".dockerignore"_s, ".git\n");
    const auto lint = [&](const QString &cwd) {
        const Run r = run(
            {u"lint"_s, u"--format"_s, u"json"_s, u"--no-config"_s, root.filePath(u"pages/guide/Dockerfile.example"_s)},
            cwd);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QStringList rules;
        for (const QJsonValue &d : o.value(u"diagnostics"_s).toArray())
            rules.append(d[u"rule"_s].toString());
        return std::pair(o.value(u"context"_s).toString(), rules);
    };
    // From the project root: the root (its .dockerignore, its requirements.txt).
    auto [context, rules] = lint(root.path());
    QCOMPARE(context, QDir::cleanPath(root.path()));
    QVERIFY2(!rules.contains(u"MissingDockerignore"_s) && !rules.contains(u"CopySourceMissing"_s),
        qPrintable(rules.join(u' ')));
    // From elsewhere: the Dockerfile's folder, which has neither.
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    std::tie(context, rules) = lint(elsewhere.path());
    QCOMPARE(context, dir.filePath(u"pages/guide"_s));
    QVERIFY(rules.contains(u"MissingDockerignore"_s));
    QVERIFY(rules.contains(u"CopySourceMissing"_s));
}

QTEST_GUILESS_MAIN(TestDockerfileCli)
#include "tst_dockerfilecli.moc"
