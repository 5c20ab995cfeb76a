// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerfileanalyzer.h"

#include "runmount.h"
#include "shelllexer.h"

#include <QSet>

namespace Dockwright::Core {

namespace {

void splitPlatform(const QString &platform, QString &os, QString &arch, QString &variant)
{
    const QStringList parts = platform.split(u'/');
    os = parts.value(0);
    arch = parts.value(1);
    variant = parts.value(2);
}

// The environment Docker gives every container whose image does not set PATH.
const QString &defaultPath()
{
    static const QString path = QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    return path;
}

} // namespace

int DockerfileModel::stageForReference(QStringView reference, int beforeStage) const
{
    const int limit = beforeStage < 0 ? int(stages.size()) : std::min(beforeStage, int(stages.size()));
    const auto it = stageByName.constFind(reference.toString().toLower());
    if (it != stageByName.constEnd() && it.value() < limit)
        return it.value();
    bool isNumber = false;
    const int index = reference.toInt(&isNumber);
    if (isNumber && index >= 0 && index < limit)
        return index;
    return -1;
}

QHash<QString, QString> DockerfileAnalyzer::automaticPlatformArgs(const DockerfileBuildOptions &options)
{
    QHash<QString, QString> args;
    QString os, arch, variant;
    splitPlatform(options.targetPlatform, os, arch, variant);
    args.insert(QStringLiteral("TARGETPLATFORM"), options.targetPlatform);
    args.insert(QStringLiteral("TARGETOS"), os);
    args.insert(QStringLiteral("TARGETARCH"), arch);
    args.insert(QStringLiteral("TARGETVARIANT"), variant);
    args.insert(QStringLiteral("TARGETOSVERSION"), QString());
    splitPlatform(options.buildPlatform, os, arch, variant);
    args.insert(QStringLiteral("BUILDPLATFORM"), options.buildPlatform);
    args.insert(QStringLiteral("BUILDOS"), os);
    args.insert(QStringLiteral("BUILDARCH"), arch);
    args.insert(QStringLiteral("BUILDVARIANT"), variant);
    args.insert(QStringLiteral("BUILDOSVERSION"), QString());
    return args;
}

bool DockerfileAnalyzer::isAutomaticPlatformArg(QStringView name)
{
    static const QSet<QString> names = {QStringLiteral("TARGETPLATFORM"), QStringLiteral("TARGETOS"),
        QStringLiteral("TARGETARCH"), QStringLiteral("TARGETVARIANT"), QStringLiteral("TARGETOSVERSION"),
        QStringLiteral("BUILDPLATFORM"), QStringLiteral("BUILDOS"), QStringLiteral("BUILDARCH"),
        QStringLiteral("BUILDVARIANT"), QStringLiteral("BUILDOSVERSION"), QStringLiteral("TARGETSTAGE")};
    return names.contains(name.toString());
}

bool DockerfileAnalyzer::isProxyArg(QStringView name)
{
    static const QSet<QString> names = {QStringLiteral("HTTP_PROXY"), QStringLiteral("HTTPS_PROXY"),
        QStringLiteral("FTP_PROXY"), QStringLiteral("NO_PROXY"), QStringLiteral("ALL_PROXY")};
    return names.contains(name.toString().toUpper());
}

DockerfileModel DockerfileAnalyzer::analyze(const DockerfileParseResult &parse, const DockerfileBuildOptions &options)
{
    DockerfileModel model;
    const ShellLexer lexer(parse.escape);
    const auto &instructions = parse.instructions;
    model.expanded.resize(instructions.size());
    const QHash<QString, QString> platformArgs = automaticPlatformArgs(options);

    // Global scope: declared global ARGs (build args override defaults) plus the automatic platform args.
    QHash<QString, QString> globalScope = platformArgs;
    globalScope.insert(QStringLiteral("TARGETSTAGE"), options.target);
    QHash<QString, QString> declaredGlobals; // name -> value (only set ones)
    QSet<QString> declaredGlobalNames;

    auto expand = [&](const QString &word, const QHash<QString, QString> &env, ExpandedInstruction &out,
                      const QSet<QString> &declared, const SourceRange &range, bool *resolved = nullptr) {
        const ShellExpansion e = lexer.processWord(word, env);
        if (resolved)
            *resolved = e.ok() && e.unsetNames.isEmpty();
        if (!e.ok()) {
            out.errors.append(e.error);
            model.errors.append({e.error, range});
            return word;
        }
        for (const QString &name : e.unsetNames) {
            if (!declared.contains(name) && !out.undefinedNames.contains(name))
                out.undefinedNames.append(name);
        }
        return e.value;
    };

    // ARG handling shared by the global scope and stages.
    auto declareArg = [&](const DockerfileKeyValue &kv, QHash<QString, QString> &env, QSet<QString> &declared,
                          ExpandedInstruction &out, const SourceRange &range, bool global) {
        const QString name = expand(kv.key, env, out, declared, range);
        declared.insert(name);
        std::optional<QString> value;
        if (options.buildArgs.contains(name))
            value = options.buildArgs.value(name);
        else if (kv.hasValue)
            value = expand(kv.rawValue, env, out, declared, range);
        else if (!global && declaredGlobals.contains(name))
            value = declaredGlobals.value(name);
        else if (!global && platformArgs.contains(name))
            value = platformArgs.value(name);
        if (value)
            env.insert(name, *value);
        out.pairs.append({name, value.value_or(QString())});
        out.args.append(value ? name + u'=' + *value : name);
        return value;
    };

    int i = 0;
    // Global ARGs before the first FROM.
    for (; i < instructions.size() && instructions[i].kind != InstructionKind::From; ++i) {
        const DockerfileInstruction &ins = instructions[i];
        if (ins.kind != InstructionKind::Arg)
            continue;
        ExpandedInstruction &out = model.expanded[i];
        out.applies = true;
        QSet<QString> declared = declaredGlobalNames;
        for (const DockerfileKeyValue &kv : ins.pairs) {
            if (kv.key.isEmpty())
                continue;
            model.globalArgs.append(kv);
            QHash<QString, QString> env = globalScope;
            const auto value = declareArg(kv, env, declared, out, ins.range, true);
            declaredGlobalNames.insert(kv.key);
            if (value) {
                declaredGlobals.insert(kv.key, *value);
                globalScope.insert(kv.key, *value);
            }
        }
    }
    model.globalScope = globalScope;

    QSet<QString> globalDeclaredForFrom = declaredGlobalNames;
    for (auto it = platformArgs.constBegin(); it != platformArgs.constEnd(); ++it)
        globalDeclaredForFrom.insert(it.key());
    globalDeclaredForFrom.insert(QStringLiteral("TARGETSTAGE"));

    QHash<QString, QString> env;
    QSet<QString> declared;
    QSet<QString> envNames; // names set by ENV win over ARG
    QHash<int, QStringList> pendingRefs;
    for (; i < instructions.size(); ++i) {
        const DockerfileInstruction &ins = instructions[i];
        ExpandedInstruction &out = model.expanded[i];
        if (ins.kind == InstructionKind::From) {
            if (!model.stages.isEmpty()) {
                model.stages.last().lastInstruction = i - 1;
                model.environmentAfter.append(env);
            }
            DockerfileStage stage;
            stage.index = int(model.stages.size());
            stage.firstInstruction = i;
            stage.lastInstruction = i;
            stage.range = ins.range;
            out.applies = true;
            if (!ins.args.isEmpty()) {
                stage.baseImage = ins.args.first().text;
                stage.baseExpanded = expand(stage.baseImage, globalScope, out, globalDeclaredForFrom, ins.range);
                out.args.append(stage.baseExpanded);
            }
            if (ins.args.size() == 3) {
                stage.nameAsWritten = ins.args[2].text;
                stage.name = stage.nameAsWritten.toLower();
                out.args.append(ins.args[1].text);
                out.args.append(stage.nameAsWritten);
            }
            if (const DockerfileFlag *p = ins.flag(u"platform")) {
                stage.platform = p->value;
                stage.platformExpanded = expand(p->value, globalScope, out, globalDeclaredForFrom, p->range);
                out.flags.append(QStringLiteral("--platform=") + stage.platformExpanded);
            }
            env.clear();
            declared.clear();
            envNames.clear();
            stage.baseStage = model.stageForReference(stage.baseExpanded, stage.index);
            // stageForReference also accepts indexes, which FROM does not: FROM 0 is an image name.
            bool numeric = false;
            stage.baseExpanded.toInt(&numeric);
            if (numeric)
                stage.baseStage = -1;
            if (stage.baseStage >= 0) {
                stage.dependsOn.append(stage.baseStage);
                env = model.environmentAfter.value(stage.baseStage);
                for (auto it = env.constBegin(); it != env.constEnd(); ++it)
                    declared.insert(it.key());
            } else if (stage.baseExpanded != u"scratch") {
                env.insert(QStringLiteral("PATH"), defaultPath());
            }
            if (!stage.name.isEmpty() && !model.stageByName.contains(stage.name))
                model.stageByName.insert(stage.name, stage.index);
            model.stages.append(stage);
            continue;
        }
        if (model.stages.isEmpty())
            continue;
        DockerfileStage &stage = model.stages.last();
        // Resolved once every stage is known: --from may name a later stage.
        auto addDependency = [&](const QString &ref) { pendingRefs[stage.index].append(ref); };
        const auto expandArgs = [&] {
            out.applies = true;
            for (const DockerfileWord &w : ins.args) {
                // Heredoc operator words name a body, not a path: the builder does not expand them.
                const bool heredocWord = !ins.heredocs.isEmpty() && w.text.contains(u"<<");
                bool resolved = true;
                out.args.append(heredocWord ? w.text : expand(w.text, env, out, declared, w.range, &resolved));
                out.argsResolved.append(resolved);
            }
        };
        switch (ins.kind) {
        case InstructionKind::Arg:
            out.applies = true;
            for (const DockerfileKeyValue &kv : ins.pairs) {
                if (kv.key.isEmpty())
                    continue;
                QHash<QString, QString> scratch = env;
                const auto value = declareArg(kv, scratch, declared, out, kv.range, false);
                if (value && !envNames.contains(kv.key))
                    env.insert(kv.key, *value);
            }
            break;
        case InstructionKind::Env:
        case InstructionKind::Label: {
            out.applies = true;
            const QHash<QString, QString> before = env; // every pair sees the values before the instruction
            for (const DockerfileKeyValue &kv : ins.pairs) {
                const QString key = expand(kv.key, before, out, declared, kv.keyRange);
                const QString value = expand(kv.rawValue, before, out, declared, kv.valueRange);
                out.pairs.append({key, value});
                out.args.append(key + u'=' + value);
                if (ins.kind == InstructionKind::Env) {
                    env.insert(key, value);
                    envNames.insert(key);
                    declared.insert(key);
                }
            }
            break;
        }
        case InstructionKind::Add:
        case InstructionKind::Copy:
            expandArgs();
            for (const DockerfileFlag &f : ins.flags) {
                if (f.name == u"from") {
                    addDependency(f.value);
                    out.flags.append(f.raw);
                } else if (f.name == u"chown" || f.name == u"chmod" || f.name == u"checksum") {
                    out.flags.append(u"--" + f.name + u'=' + expand(f.value, env, out, declared, f.range));
                } else {
                    out.flags.append(f.raw);
                }
            }
            break;
        case InstructionKind::Expose:
        case InstructionKind::StopSignal:
        case InstructionKind::User:
        case InstructionKind::Volume:
        case InstructionKind::Workdir:
            expandArgs();
            break;
        case InstructionKind::Run:
            for (const DockerfileFlag &f : ins.flags) {
                if (f.name != u"mount") {
                    out.flags.append(f.raw);
                    continue;
                }
                out.applies = true;
                const RunMount m = RunMountParser::parse(f.value);
                if (!m.from.isEmpty())
                    addDependency(m.from);
                // Every option but from= is expanded; from= was checked for variables by the parser.
                QStringList mountOptions;
                for (const QString &option : f.value.split(u',')) {
                    if (option.startsWith(u"from=", Qt::CaseInsensitive))
                        mountOptions.append(option);
                    else
                        mountOptions.append(expand(option, env, out, declared, f.range));
                }
                out.flags.append(QStringLiteral("--mount=") + mountOptions.join(u','));
            }
            break;
        default:
            break;
        }
    }
    if (!model.stages.isEmpty()) {
        model.stages.last().lastInstruction = int(instructions.size()) - 1;
        model.environmentAfter.append(env);
    }

    for (auto it = pendingRefs.constBegin(); it != pendingRefs.constEnd(); ++it) {
        DockerfileStage &stage = model.stages[it.key()];
        for (const QString &ref : it.value()) {
            const int dep = model.stageForReference(ref);
            if (dep >= 0 && !stage.dependsOn.contains(dep))
                stage.dependsOn.append(dep);
        }
    }

    // Target and its dependency closure.
    if (!model.stages.isEmpty()) {
        if (options.target.isEmpty()) {
            model.targetStage = int(model.stages.size()) - 1;
        } else {
            model.targetStage = -1;
            for (const DockerfileStage &s : std::as_const(model.stages)) {
                if (s.name == options.target.toLower())
                    model.targetStage = s.index;
            }
            if (model.targetStage < 0)
                model.errors.append({tr("target stage \"%1\" could not be found").arg(options.target), {}});
        }
        if (model.targetStage >= 0) {
            // Iterative DFS (a generated file may chain thousands of stages).
            QList<int> state(model.stages.size(), 0); // 0 new, 1 on the stack, 2 done
            bool cycleReported = false;
            QList<QPair<int, int>> stack; // stage, next dependency to visit
            stack.append({model.targetStage, 0});
            state[model.targetStage] = 1;
            while (!stack.isEmpty()) {
                auto &[s, next] = stack.last();
                model.stages[s].neededForTarget = true;
                const QList<int> &deps = model.stages[s].dependsOn;
                if (next >= deps.size()) {
                    state[s] = 2;
                    stack.removeLast();
                    continue;
                }
                const int dep = deps[next++];
                if (state[dep] == 1) {
                    if (!cycleReported) {
                        const QString name
                            = model.stages[dep].name.isEmpty() ? QString::number(dep) : model.stages[dep].name;
                        model.errors.append(
                            {tr("circular dependency detected on stage: %1").arg(name), model.stages[dep].range});
                    }
                    cycleReported = true;
                } else if (state[dep] == 0) {
                    state[dep] = 1;
                    stack.append({dep, 0});
                }
            }
        }
    }
    return model;
}

} // namespace Dockwright::Core
