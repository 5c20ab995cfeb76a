// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintcommand.h"

#include "clisupport.h"
#include "core/dockerfile/dockerfilecheck.h"
#include "core/dockerfile/lintrulecatalog.h"
#include "core/dockwrightversion.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Dockwright::Core;

namespace Dockwright::Cli {

namespace {

QString sarifLevel(LintSeverity s)
{
    switch (s) {
    case LintSeverity::Error:
        return QStringLiteral("error");
    case LintSeverity::Warning:
        return QStringLiteral("warning");
    case LintSeverity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("none");
}

QString explanation(const LintRule &r, const QString &indent)
{
    QString text;
    auto block = [&](const QString &label, const QString &body) {
        text += indent + label + u'\n';
        for (const QString &line : body.split(u'\n')) {
            if (!line.isEmpty() || !body.endsWith(u'\n'))
                text += indent + QStringLiteral("    ") + line + u'\n';
        }
    };
    text += indent + r.what + u'\n';
    text += indent + LintCommand::tr("Why: %1").arg(r.why) + u'\n';
    text += indent + LintCommand::tr("Fix: %1").arg(r.fix) + u'\n';
    block(LintCommand::tr("Before:"), r.before.trimmed());
    block(LintCommand::tr("After:"), r.after.trimmed());
    if (!r.helpUrl.isEmpty())
        text += indent + LintCommand::tr("See: %1").arg(r.helpUrl) + u'\n';
    return text;
}

QString helpMarkdown(const LintRule &r)
{
    QString md = r.what + QStringLiteral("\n\n**") + LintCommand::tr("Why:") + QStringLiteral("** ") + r.why
        + QStringLiteral("\n\n**") + LintCommand::tr("Fix:") + QStringLiteral("** ") + r.fix;
    md += QStringLiteral("\n\n") + LintCommand::tr("Before:") + QStringLiteral("\n\n```dockerfile\n") + r.before
        + QStringLiteral("```\n\n") + LintCommand::tr("After:") + QStringLiteral("\n\n```dockerfile\n") + r.after
        + QStringLiteral("```\n");
    return md;
}

QJsonObject rangeJson(const SourceRange &r)
{
    // SARIF wants positive lines and columns and a non-inverted region.
    const int startLine = std::max(1, r.startLine);
    const int startColumn = std::max(1, r.startColumn);
    const int endLine = std::max(startLine, r.endLine);
    int endColumn = std::max(1, r.endColumn);
    if (endLine == startLine)
        endColumn = std::max(endColumn, startColumn);
    return {{QStringLiteral("startLine"), startLine}, {QStringLiteral("startColumn"), startColumn},
        {QStringLiteral("endLine"), endLine}, {QStringLiteral("endColumn"), endColumn}};
}

} // namespace

QString LintCommand::summary() const
{
    return tr("Check a Dockerfile against BuildKit's build checks and best practices");
}

QJsonObject LintCommand::toSarif(const QString &file, const QList<LintDiagnostic> &diagnostics)
{
    QJsonArray rules; // in LintRuleId order, so a rule's index is int(LintRuleId)
    for (const LintRule &r : LintRuleCatalog::rules()) {
        QJsonObject rule;
        rule.insert(QStringLiteral("id"), r.id);
        rule.insert(QStringLiteral("name"), r.id);
        rule.insert(QStringLiteral("shortDescription"), QJsonObject {{QStringLiteral("text"), r.title}});
        rule.insert(QStringLiteral("fullDescription"), QJsonObject {{QStringLiteral("text"), r.what}});
        rule.insert(QStringLiteral("help"),
            QJsonObject {
                {QStringLiteral("text"), explanation(r, QString())}, {QStringLiteral("markdown"), helpMarkdown(r)}});
        if (!r.helpUrl.isEmpty())
            rule.insert(QStringLiteral("helpUri"), r.helpUrl);
        rule.insert(
            QStringLiteral("defaultConfiguration"), QJsonObject {{QStringLiteral("level"), sarifLevel(r.severity)}});
        QJsonArray tags {r.category};
        if (!r.hadolint.isEmpty())
            tags.append(r.hadolint);
        rule.insert(QStringLiteral("properties"), QJsonObject {{QStringLiteral("tags"), tags}});
        rules.append(rule);
    }
    const QString uri = QString::fromUtf8(QUrl::toPercentEncoding(QDir::fromNativeSeparators(file), "/"));
    QJsonArray results;
    for (const LintDiagnostic &d : diagnostics) {
        QJsonObject physical {{QStringLiteral("artifactLocation"), QJsonObject {{QStringLiteral("uri"), uri}}},
            {QStringLiteral("region"), rangeJson(d.range)}};
        results.append(QJsonObject {{QStringLiteral("ruleId"), d.ruleId}, {QStringLiteral("ruleIndex"), int(d.rule)},
            {QStringLiteral("level"), sarifLevel(d.severity)},
            {QStringLiteral("message"), QJsonObject {{QStringLiteral("text"), d.message}}},
            {QStringLiteral("locations"), QJsonArray {QJsonObject {{QStringLiteral("physicalLocation"), physical}}}}});
    }
    QJsonObject driver {{QStringLiteral("name"), QStringLiteral("dockwright")},
        {QStringLiteral("version"), QStringLiteral(DOCKWRIGHT_VERSION_STRING)},
        {QStringLiteral("informationUri"), QStringLiteral("https://dockwright.example.org")},
        {QStringLiteral("rules"), rules}};
    QJsonObject run {{QStringLiteral("tool"), QJsonObject {{QStringLiteral("driver"), driver}}},
        {QStringLiteral("results"), results}, {QStringLiteral("columnKind"), QStringLiteral("utf16CodeUnits")}};
    return {{QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")}, {QStringLiteral("runs"), QJsonArray {run}}};
}

QString LintCommand::rulesMarkdown()
{
    QString md
        = QStringLiteral("<!-- Generated by `dockwright-cli lint --list-rules --format markdown`; do not edit. -->\n");
    md += u"# " + tr("Dockerfile lint rules") + u"\n\n";
    md += tr("Every rule has a stable ID. Switch rules off or change their severity in `.dockwright.json`, suppress "
             "one finding with `# dockwright-ignore: RULE` on the line before the instruction (or on the same line), "
             "or skip BuildKit checks with `# check=skip=RULE`. Rules with a hadolint code also honour hadolint's "
             "own settings, so a project can switch without rewriting them: `# hadolint ignore=DLxxxx` before an "
             "instruction, `# hadolint global ignore=DLxxxx` anywhere in the file, and the `ignored:` and "
             "`override:` lists of the nearest `.hadolint.yaml` (`.dockwright.json` wins where both name a rule).")
        + QStringLiteral("\n\n| ID | ") + tr("Severity") + QStringLiteral(" | ") + tr("Category")
        + QStringLiteral(" | hadolint | ") + tr("Summary") + QStringLiteral(" |\n|---|---|---|---|---|\n");
    for (const LintRule &r : LintRuleCatalog::rules())
        md += QStringLiteral("| [%1](#%2) | %3 | %4 | %5 | %6 |\n")
                  .arg(r.id, r.id.toLower(), LintRuleCatalog::severityName(r.severity), r.category,
                      r.hadolint.isEmpty() ? QStringLiteral("") : r.hadolint, r.title);
    for (const LintRule &r : LintRuleCatalog::rules()) {
        md += u"\n## " + r.id + u"\n\n";
        md += QStringLiteral("*%1* · %2 · %3%4\n\n")
                  .arg(r.title, LintRuleCatalog::severityName(r.severity), r.category,
                      r.hadolint.isEmpty() ? QString() : QStringLiteral(" · hadolint ") + r.hadolint);
        md += helpMarkdown(r);
        if (!r.helpUrl.isEmpty())
            md += u'\n' + tr("Reference: %1").arg(r.helpUrl) + u'\n';
    }
    return md;
}

int LintCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Dockerfile to check ('-' reads standard input)."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        tr("Output format: text (default), json or sarif; with --list-rules also "
           "markdown."),
        tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption explainOption(QStringLiteral("explain"), tr("Explain each finding (text format)."));
    const QCommandLineOption listOption(
        QStringLiteral("list-rules"), tr("List every rule instead of checking a file."));
    const QCommandLineOption buildArgOption(
        QStringLiteral("build-arg"), tr("Set a build argument (KEY=VALUE)."), tr("KEY=VALUE"));
    const QCommandLineOption targetOption(QStringLiteral("target"), tr("The stage to build."), tr("STAGE"));
    const QCommandLineOption configOption(
        QStringLiteral("config"), tr("Use this config file instead of the nearest .dockwright.json."), tr("FILE"));
    const QCommandLineOption noConfigOption(QStringLiteral("no-config"), tr("Ignore .dockwright.json files."));
    const QCommandLineOption contextOption(QStringLiteral("context"),
        tr("Build context directory (default: the nearest folder from the Dockerfile's up to the current "
           "directory that has a .dockerignore, else the Dockerfile's folder)."),
        tr("DIR"));
    parser.addOptions({formatOption, explainOption, listOption, buildArgOption, targetOption, configOption,
        noConfigOption, contextOption});
    if (const auto done = CliSupport::parseArguments(parser, args, io))
        return *done;
    const QString format = parser.value(formatOption);
    if (parser.isSet(listOption)) {
        if (format == u"markdown") {
            io.out << rulesMarkdown();
        } else if (format == u"json" || format == u"sarif") {
            QJsonArray rules;
            for (const LintRule &r : LintRuleCatalog::rules())
                rules.append(QJsonObject {{QStringLiteral("id"), r.id},
                    {QStringLiteral("severity"), LintRuleCatalog::severityName(r.severity)},
                    {QStringLiteral("category"), r.category}, {QStringLiteral("hadolint"), r.hadolint},
                    {QStringLiteral("title"), r.title}, {QStringLiteral("what"), r.what},
                    {QStringLiteral("why"), r.why}, {QStringLiteral("fix"), r.fix},
                    {QStringLiteral("before"), r.before}, {QStringLiteral("after"), r.after},
                    {QStringLiteral("helpUrl"), r.helpUrl}});
            io.out << QString::fromUtf8(QJsonDocument(rules).toJson());
        } else {
            for (const LintRule &r : LintRuleCatalog::rules()) {
                io.out << r.id.leftJustified(34) << ' ' << LintRuleCatalog::severityName(r.severity).leftJustified(8)
                       << r.title << '\n';
                if (parser.isSet(explainOption))
                    io.out << explanation(r, QStringLiteral("    ")) << '\n';
            }
        }
        return ExitOk;
    }
    if (format != u"text" && format != u"json" && format != u"sarif") {
        io.err << tr("lint: unknown format '%1' (text, json or sarif)").arg(format) << '\n';
        return ExitBadInput;
    }
    const QStringList positional = parser.positionalArguments();
    if (!CliSupport::expectOneArgument(positional, name(), QStringLiteral("FILE"), io.err))
        return ExitBadInput;
    const QString file = positional.first();
    const bool fromStdin = file == u"-";
    const std::optional<QByteArray> data = CliSupport::readInput(file, name(), io.err);
    if (!data)
        return ExitBadInput;

    DockerfileCheckOptions options;
    options.build.buildArgs = CliSupport::buildArgValues(parser.values(buildArgOption));
    options.build.target = parser.value(targetOption);
    if (!fromStdin) {
        options.documentPath = file; // its nearest .dockwright.json / .hadolint.yaml is the config
        options.workingDirectory = QDir::currentPath(); // the context: as `docker build -f FILE .` from here
    }
    if (parser.isSet(contextOption))
        options.contextDirectory = parser.value(contextOption);
    if (parser.isSet(configOption)) {
        const QString configPath = parser.value(configOption);
        const std::optional<QByteArray> config = CliSupport::readInput(configPath, name(), io.err, false);
        if (!config)
            return ExitBadInput;
        options.config = LintConfig::fromJson(*config, configPath);
    }
    options.findConfig = !parser.isSet(noConfigOption);

    const DockerfileCheck check = checkDockerfile(*data, options);
    for (const QString &problem : check.config.errors())
        io.err << tr("lint: warning: %1").arg(problem) << '\n';
    const QList<LintDiagnostic> &diagnostics = check.diagnostics;

    int errors = 0, warnings = 0, infos = 0;
    for (const LintDiagnostic &d : diagnostics)
        (d.severity == LintSeverity::Error ? errors : d.severity == LintSeverity::Warning ? warnings : infos)++;

    if (format == u"sarif") {
        io.out << QString::fromUtf8(QJsonDocument(toSarif(file, diagnostics)).toJson());
    } else if (format == u"json") {
        QJsonArray list;
        for (const LintDiagnostic &d : diagnostics) {
            const LintRule &r = LintRuleCatalog::rule(d.rule);
            list.append(QJsonObject {{QStringLiteral("rule"), d.ruleId},
                {QStringLiteral("severity"), LintRuleCatalog::severityName(d.severity)},
                {QStringLiteral("message"), d.message}, {QStringLiteral("line"), d.range.startLine},
                {QStringLiteral("column"), d.range.startColumn}, {QStringLiteral("endLine"), d.range.endLine},
                {QStringLiteral("endColumn"), d.range.endColumn}, {QStringLiteral("title"), r.title},
                {QStringLiteral("helpUrl"), r.helpUrl}});
        }
        const QJsonObject root {{QStringLiteral("file"), file}, {QStringLiteral("context"), check.contextDirectory},
            {QStringLiteral("diagnostics"), list},
            {QStringLiteral("summary"),
                QJsonObject {{QStringLiteral("errors"), errors}, {QStringLiteral("warnings"), warnings},
                    {QStringLiteral("info"), infos}}}};
        io.out << QString::fromUtf8(QJsonDocument(root).toJson());
    } else {
        for (const LintDiagnostic &d : diagnostics) {
            io.out << QStringLiteral("%1:%2:%3: %4: %5 [%6]")
                          .arg(file)
                          .arg(d.range.startLine)
                          .arg(d.range.startColumn)
                          .arg(LintRuleCatalog::severityName(d.severity), d.message, d.ruleId)
                   << '\n';
            if (parser.isSet(explainOption))
                io.out << explanation(LintRuleCatalog::rule(d.rule), QStringLiteral("    ")) << '\n';
        }
        io.err << tr("%1: %2 error(s), %3 warning(s), %4 info").arg(file).arg(errors).arg(warnings).arg(infos) << '\n';
    }
    io.out.flush();
    return errors > 0 ? ExitFindings : ExitOk;
}

} // namespace Dockwright::Cli
