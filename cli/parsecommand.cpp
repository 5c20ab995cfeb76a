// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsecommand.h"

#include "clisupport.h"
#include "core/dockerfile/dockerfileanalyzer.h"
#include "core/dockerfile/dockerfileparser.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Dockwright::Core;

namespace Dockwright::Cli {

namespace {

void putRange(QJsonObject &o, const SourceRange &r)
{
    o.insert(QStringLiteral("startLine"), r.startLine);
    o.insert(QStringLiteral("startColumn"), r.startColumn);
    o.insert(QStringLiteral("endLine"), r.endLine);
    o.insert(QStringLiteral("endColumn"), r.endColumn);
}

QJsonArray messagesJson(const QList<DockerfileMessage> &messages)
{
    QJsonArray out;
    for (const DockerfileMessage &m : messages) {
        QJsonObject o;
        o.insert(QStringLiteral("line"), m.range.startLine);
        o.insert(QStringLiteral("column"), m.range.startColumn);
        o.insert(QStringLiteral("endLine"), m.range.endLine);
        o.insert(QStringLiteral("endColumn"), m.range.endColumn);
        o.insert(QStringLiteral("message"), m.message);
        out.append(o);
    }
    return out;
}

QJsonObject instructionJson(const DockerfileInstruction &ins, const ExpandedInstruction *expanded)
{
    QJsonObject o;
    o.insert(QStringLiteral("keyword"), ins.keyword);
    o.insert(QStringLiteral("name"), ins.name);
    putRange(o, ins.range);
    o.insert(QStringLiteral("original"), ins.original);
    o.insert(QStringLiteral("stage"), ins.stageIndex < 0 ? QJsonValue() : QJsonValue(ins.stageIndex));

    QJsonArray flags, flagDetails;
    for (const DockerfileFlag &f : ins.flags) {
        flags.append(f.raw);
        QJsonObject d;
        d.insert(QStringLiteral("name"), f.name);
        d.insert(QStringLiteral("value"), f.hasValue ? QJsonValue(f.value) : QJsonValue());
        putRange(d, f.range);
        flagDetails.append(d);
    }
    o.insert(QStringLiteral("flags"), flags);
    o.insert(QStringLiteral("flagDetails"), flagDetails);

    QJsonArray args, argDetails;
    for (const DockerfileWord &w : ins.args) {
        args.append(w.text);
        QJsonObject d;
        d.insert(QStringLiteral("text"), w.text);
        putRange(d, w.range);
        argDetails.append(d);
    }
    o.insert(QStringLiteral("args"), args);
    o.insert(QStringLiteral("argDetails"), argDetails);
    o.insert(QStringLiteral("json"), ins.json);

    QJsonArray heredocs;
    for (const DockerfileHeredoc &h : ins.heredocs) {
        QJsonObject d;
        d.insert(QStringLiteral("name"), h.name);
        d.insert(QStringLiteral("content"), h.content);
        d.insert(QStringLiteral("expand"), h.expand);
        d.insert(QStringLiteral("chomp"), h.chomp);
        d.insert(QStringLiteral("fd"), h.fileDescriptor);
        d.insert(QStringLiteral("startLine"), h.bodyRange.startLine);
        d.insert(QStringLiteral("endLine"), h.bodyRange.endLine);
        heredocs.append(d);
    }
    o.insert(QStringLiteral("heredocs"), heredocs);

    if (ins.kind == InstructionKind::Env || ins.kind == InstructionKind::Label || ins.kind == InstructionKind::Arg) {
        QJsonArray pairs;
        for (const DockerfileKeyValue &kv : ins.pairs) {
            QJsonObject d;
            d.insert(QStringLiteral("key"), kv.key);
            d.insert(QStringLiteral("value"), kv.hasValue ? QJsonValue(kv.value) : QJsonValue());
            d.insert(QStringLiteral("legacy"), kv.legacy);
            putRange(d, kv.range);
            pairs.append(d);
        }
        o.insert(QStringLiteral("pairs"), pairs);
    }
    if (ins.kind == InstructionKind::Onbuild)
        o.insert(
            QStringLiteral("onbuild"), ins.onbuild ? QJsonValue(instructionJson(*ins.onbuild, nullptr)) : QJsonValue());

    if (expanded && expanded->applies) {
        QJsonObject e;
        e.insert(QStringLiteral("args"), QJsonArray::fromStringList(expanded->args));
        e.insert(QStringLiteral("flags"), QJsonArray::fromStringList(expanded->flags));
        if (!expanded->pairs.isEmpty()) {
            QJsonArray pairs;
            for (const auto &[k, v] : expanded->pairs)
                pairs.append(QJsonObject {{QStringLiteral("key"), k}, {QStringLiteral("value"), v}});
            e.insert(QStringLiteral("pairs"), pairs);
        }
        e.insert(QStringLiteral("undefined"), QJsonArray::fromStringList(expanded->undefinedNames));
        o.insert(QStringLiteral("expanded"), e);
    }
    return o;
}

} // namespace

QString ParseCommand::summary() const
{
    return tr("Parse a Dockerfile and print its instructions, stages and expanded values");
}

QJsonObject ParseCommand::toJson(const QString &file, const DockerfileParseResult &parse, const DockerfileModel &model)
{
    QJsonObject root;
    root.insert(QStringLiteral("file"), file);
    root.insert(QStringLiteral("escape"), QString(parse.escape));

    QJsonArray directives;
    for (const DockerfileDirective &d : parse.directives) {
        directives.append(QJsonObject {{QStringLiteral("name"), d.name}, {QStringLiteral("value"), d.value},
            {QStringLiteral("line"), d.range.startLine}});
    }
    root.insert(QStringLiteral("directives"), directives);

    QJsonArray instructions;
    for (qsizetype i = 0; i < parse.instructions.size(); ++i)
        instructions.append(
            instructionJson(parse.instructions[i], i < model.expanded.size() ? &model.expanded[i] : nullptr));
    root.insert(QStringLiteral("instructions"), instructions);

    QJsonArray stages;
    for (const DockerfileStage &s : model.stages) {
        QJsonObject o;
        o.insert(QStringLiteral("index"), s.index);
        o.insert(QStringLiteral("name"), s.name.isEmpty() ? QJsonValue() : QJsonValue(s.name));
        o.insert(QStringLiteral("base"), s.baseImage);
        o.insert(QStringLiteral("baseExpanded"), s.baseExpanded);
        o.insert(QStringLiteral("baseStage"), s.baseStage < 0 ? QJsonValue() : QJsonValue(s.baseStage));
        o.insert(QStringLiteral("platform"), s.platform.isEmpty() ? QJsonValue() : QJsonValue(s.platform));
        o.insert(
            QStringLiteral("platformExpanded"), s.platform.isEmpty() ? QJsonValue() : QJsonValue(s.platformExpanded));
        QJsonArray deps;
        for (int d : s.dependsOn)
            deps.append(d);
        o.insert(QStringLiteral("dependsOn"), deps);
        o.insert(QStringLiteral("neededForTarget"), s.neededForTarget);
        o.insert(QStringLiteral("startLine"), parse.instructions.value(s.firstInstruction).range.startLine);
        o.insert(QStringLiteral("endLine"), parse.instructions.value(s.lastInstruction).range.endLine);
        o.insert(QStringLiteral("firstInstruction"), s.firstInstruction);
        o.insert(QStringLiteral("lastInstruction"), s.lastInstruction);
        stages.append(o);
    }
    root.insert(QStringLiteral("stages"), stages);
    root.insert(QStringLiteral("target"), model.targetStage < 0 ? QJsonValue() : QJsonValue(model.targetStage));

    QJsonArray globals;
    for (const DockerfileKeyValue &kv : model.globalArgs) {
        globals.append(QJsonObject {{QStringLiteral("key"), kv.key},
            {QStringLiteral("default"), kv.hasValue ? QJsonValue(kv.value) : QJsonValue()},
            {QStringLiteral("value"),
                model.globalScope.contains(kv.key) ? QJsonValue(model.globalScope.value(kv.key)) : QJsonValue()}});
    }
    root.insert(QStringLiteral("globalArgs"), globals);
    root.insert(QStringLiteral("warnings"), messagesJson(parse.warnings));
    root.insert(QStringLiteral("errors"), messagesJson(parse.errors + model.errors));
    return root;
}

int ParseCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Dockerfile to parse ('-' reads standard input)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the parse as JSON (docs/cli/parse.md)."));
    const QCommandLineOption buildArgOption(QStringLiteral("build-arg"),
        tr("Set a build argument (KEY=VALUE, or KEY to take it from the environment)."), tr("KEY=VALUE"));
    const QCommandLineOption targetOption(QStringLiteral("target"), tr("The stage to build."), tr("STAGE"));
    const QCommandLineOption platformOption(
        QStringLiteral("platform"), tr("Target platform (default linux/amd64)."), tr("PLATFORM"));
    parser.addOptions({jsonOption, buildArgOption, targetOption, platformOption});
    if (const auto done = CliSupport::parseArguments(parser, args, io))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (!CliSupport::expectOneArgument(positional, name(), QStringLiteral("FILE"), io.err))
        return ExitBadInput;
    const QString file = positional.first();
    const std::optional<QByteArray> data = CliSupport::readInput(file, name(), io.err);
    if (!data)
        return ExitBadInput;

    DockerfileBuildOptions options;
    options.buildArgs = CliSupport::buildArgValues(parser.values(buildArgOption));
    options.target = parser.value(targetOption);
    if (parser.isSet(platformOption))
        options.targetPlatform = parser.value(platformOption);

    const DockerfileParseResult parse = DockerfileParser::parse(*data);
    const DockerfileModel model = DockerfileAnalyzer::analyze(parse, options);
    const bool failed = !parse.ok() || !model.errors.isEmpty();

    if (parser.isSet(jsonOption)) {
        io.out << QString::fromUtf8(QJsonDocument(toJson(file, parse, model)).toJson(QJsonDocument::Indented));
    } else {
        for (const DockerfileInstruction &ins : parse.instructions) {
            io.out << QStringLiteral("%1-%2 ").arg(ins.range.startLine).arg(ins.range.endLine) << ins.keyword;
            for (const DockerfileFlag &flag : ins.flags)
                io.out << ' ' << flag.raw;
            for (const DockerfileWord &w : ins.args)
                io.out << " \"" << w.text << '"';
            io.out << '\n';
        }
        for (const DockerfileMessage &m : parse.warnings)
            io.err << QStringLiteral("%1:%2:%3: ").arg(file).arg(m.range.startLine).arg(m.range.startColumn)
                   << tr("warning: %1").arg(m.message) << '\n';
    }
    for (const DockerfileMessage &m : parse.errors + model.errors)
        io.err << QStringLiteral("%1:%2:%3: ").arg(file).arg(m.range.startLine).arg(m.range.startColumn)
               << tr("error: %1").arg(m.message) << '\n';
    io.out.flush();
    return failed ? ExitBadInput : ExitOk;
}

} // namespace Dockwright::Cli
