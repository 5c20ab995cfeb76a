// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerfileanalyzer.h"

#include "runmount.h"
#include "shelllexer.h"

#include <QDir>
#include <QSet>
#include <optional>

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

// BuildKit's port parsing (dockerfile2llb/convert_expose.go): [[ip:]hostPort:]port[-end][/proto]. The range
// check of each number is the ExposeInvalidPort lint rule, which explains it; everything else fails the build.
QString portError(const QString &raw)
{
    const QStringList parts = raw.split(u':');
    const QString containerPart = parts.last();
    const qsizetype slash = containerPart.indexOf(u'/');
    const QString port = slash < 0 ? containerPart : containerPart.left(slash);
    const QString proto = slash < 0 ? QString() : containerPart.mid(slash + 1).toLower();
    const auto invalid
        = [&](const QString &why) { return DockerfileAnalyzer::tr("invalid port: \"%1\": %2").arg(raw, why); };
    if (port.isEmpty())
        return invalid(DockerfileAnalyzer::tr("no port specified"));
    if (!proto.isEmpty() && proto != u"tcp" && proto != u"udp" && proto != u"sctp")
        return invalid(DockerfileAnalyzer::tr("invalid proto: %1").arg(containerPart.mid(slash + 1)));
    const auto numeric = [](const QString &n) {
        bool ok = false;
        n.toLongLong(&ok);
        return ok && !n.startsWith(u'+');
    };
    for (const QString &number : {port, parts.size() >= 2 ? parts[parts.size() - 2] : QString()}) {
        if (number.isEmpty())
            continue;
        const qsizetype dash = number.indexOf(u'-', 1);
        const QString start = dash < 0 ? number : number.left(dash);
        const QString end = dash < 0 ? QString() : number.mid(dash + 1);
        if (!numeric(start) || (dash >= 0 && !numeric(end)))
            return DockerfileAnalyzer::tr("invalid containerPort: %1").arg(number);
    }
    return {};
}

// moby/sys/signal ParseSignal: a non-zero number, or a Linux signal name with or without "SIG".
bool isKnownSignal(const QString &raw)
{
    bool numeric = false;
    const qlonglong n = raw.toLongLong(&numeric);
    if (numeric)
        return n != 0;
    static const QSet<QString> names = [] {
        QSet<QString> out;
        for (const char *name : {"ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT",
                 "KILL", "PIPE", "POLL", "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM", "TRAP", "TSTP",
                 "TTIN", "TTOU", "URG", "USR1", "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ", "RTMIN", "RTMAX"})
            out.insert(QString::fromLatin1(name));
        for (int k = 1; k <= 15; ++k)
            out.insert(QStringLiteral("RTMIN+%1").arg(k));
        for (int k = 1; k <= 14; ++k)
            out.insert(QStringLiteral("RTMAX-%1").arg(k));
        return out;
    }();
    QString name = raw.toUpper();
    if (name.startsWith(u"SIG"))
        name = name.mid(3);
    return names.contains(name);
}

} // namespace

QString DockerfileAnalyzer::referenceError(QStringView reference)
{
    // distribution/reference's grammar, as far as FROM needs it: [domain[:port]/]path[:tag][@digest], every
    // path component lower-case alphanumerics joined by '.', '_', '__' or dashes.
    const auto parse = [](QStringView image) {
        if (image.isEmpty())
            return false;
        QStringView rest = image;
        if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
            const QStringView digest = rest.mid(at + 1);
            const qsizetype colon = digest.indexOf(u':');
            if (colon <= 0 || colon + 1 >= digest.size())
                return false;
            rest = rest.left(at);
        }
        const qsizetype lastSlash = rest.lastIndexOf(u'/');
        if (const qsizetype colon = rest.lastIndexOf(u':'); colon > lastSlash) {
            const QStringView tag = rest.mid(colon + 1);
            if (tag.isEmpty() || tag.size() > 128 || tag[0] == u'.' || tag[0] == u'-')
                return false;
            for (QChar c : tag) {
                if (!(c.unicode() < 128 && c.isLetterOrNumber()) && c != u'_' && c != u'.' && c != u'-')
                    return false;
            }
            rest = rest.left(colon);
        }
        const QList<QStringView> parts = rest.split(u'/');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QStringView p = parts[i];
            if (p.isEmpty())
                return false;
            const bool domain
                = i == 0 && parts.size() > 1 && (p.contains(u'.') || p.contains(u':') || p == u"localhost");
            for (qsizetype k = 0; k < p.size(); ++k) {
                const QChar c = p[k];
                const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
                const bool separator = c == u'.' || c == u'_' || c == u'-';
                if (domain ? !(alnum || (c >= u'A' && c <= u'Z') || c == u'.' || c == u'-' || c == u':')
                           : !(alnum || separator))
                    return false;
                if (!domain && separator && (k == 0 || k + 1 == p.size()))
                    return false;
            }
        }
        return true;
    };
    if (parse(reference))
        return {};
    // Only the repository must be lower-case: "Alpine:Latest" is a lower-case problem, "alpine:Latest" fine.
    QString lowered = reference.toString();
    const qsizetype at = lowered.indexOf(u'@');
    const qsizetype nameEnd = at >= 0 ? at : lowered.size();
    const qsizetype colon = lowered.left(nameEnd).lastIndexOf(u':');
    const qsizetype repoEnd = colon > lowered.left(nameEnd).lastIndexOf(u'/') ? colon : nameEnd;
    const qsizetype firstSlash = lowered.indexOf(u'/');
    const QString first = firstSlash >= 0 && firstSlash < repoEnd ? lowered.left(firstSlash) : QString();
    const bool domain = first.contains(u'.') || first.contains(u':') || first == u"localhost";
    const qsizetype repoStart = domain ? firstSlash + 1 : 0;
    lowered.replace(repoStart, repoEnd - repoStart, lowered.mid(repoStart, repoEnd - repoStart).toLower());
    if (lowered != reference && parse(lowered))
        return tr("invalid reference format: repository name (%1) must be lowercase")
            .arg(reference.mid(repoStart, repoEnd - repoStart));
    return tr("invalid reference format");
}

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

    // ARG handling shared by the global scope and stages: the value the ARG gets (if any), which the caller
    // puts into its scope. env is not copied or changed here, so a file of n ARGs is analysed in O(n).
    auto declareArg = [&](const DockerfileKeyValue &kv, const QHash<QString, QString> &env, QSet<QString> &declared,
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
        out.pairs.append({name, value.value_or(QString())});
        out.args.append(value ? name + u'=' + *value : name);
        return std::make_pair(name, value);
    };

    int i = 0;
    // Global ARGs before the first FROM.
    for (; i < instructions.size() && instructions[i].kind != InstructionKind::From; ++i) {
        const DockerfileInstruction &ins = instructions[i];
        if (ins.kind != InstructionKind::Arg)
            continue;
        ExpandedInstruction &out = model.expanded[i];
        out.applies = true;
        for (const DockerfileKeyValue &kv : ins.pairs) {
            if (kv.key.isEmpty())
                continue;
            model.globalArgs.append(kv);
            const auto value = declareArg(kv, globalScope, declaredGlobalNames, out, ins.range, true).second;
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
    // The working directory where the Dockerfile alone decides it: scratch starts at "/", an image at its own
    // (unknown here) WorkingDir until an absolute WORKDIR.
    std::optional<QString> workdir;
    QList<std::optional<QString>> workdirAfter; // per finished stage
    for (; i < instructions.size(); ++i) {
        const DockerfileInstruction &ins = instructions[i];
        ExpandedInstruction &out = model.expanded[i];
        if (ins.kind == InstructionKind::From) {
            if (!model.stages.isEmpty()) {
                model.stages.last().lastInstruction = i - 1;
                model.environmentAfter.append(env);
                workdirAfter.append(workdir);
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
                workdir = workdirAfter.value(stage.baseStage);
            } else {
                // BuildKit gives every image without a PATH (scratch included) the default one.
                env.insert(QStringLiteral("PATH"), defaultPath());
                workdir = stage.baseExpanded == u"scratch" ? std::optional<QString>(QStringLiteral("/")) : std::nullopt;
                const bool resolved = !stage.baseExpanded.contains(u'$') && out.undefinedNames.isEmpty();
                if (resolved && !stage.baseExpanded.isEmpty() && stage.baseExpanded != u"scratch") {
                    const QString why = referenceError(stage.baseExpanded);
                    if (!why.isEmpty())
                        model.errors.append({tr("failed to parse stage name \"%1\": %2").arg(stage.baseExpanded, why),
                            ins.args.first().range});
                }
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
                const auto [name, value] = declareArg(kv, env, declared, out, kv.range, false);
                if (value && !envNames.contains(kv.key))
                    env.insert(name, *value);
            }
            break;
        case InstructionKind::Env:
        case InstructionKind::Label: {
            out.applies = true;
            // Every pair sees the values before the instruction, so the scope changes only after the loop.
            for (const DockerfileKeyValue &kv : ins.pairs) {
                const QString key = expand(kv.key, env, out, declared, kv.keyRange);
                const QString value = expand(kv.rawValue, env, out, declared, kv.valueRange);
                out.pairs.append({key, value});
                out.args.append(key + u'=' + value);
            }
            if (ins.kind == InstructionKind::Env) {
                for (const auto &[key, value] : std::as_const(out.pairs)) {
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
        case InstructionKind::Expose: {
            // Each word is expanded and split into words again: `EXPOSE ${ports}` with ports="80 443" exposes two.
            out.applies = true;
            for (const DockerfileWord &w : ins.args) {
                const ShellExpansion e = lexer.processWords(w.text, env);
                if (!e.ok()) {
                    out.errors.append(e.error);
                    model.errors.append({e.error, w.range});
                    continue;
                }
                bool resolved = true;
                for (const QString &name : e.unsetNames) {
                    resolved = false;
                    if (!declared.contains(name) && !out.undefinedNames.contains(name))
                        out.undefinedNames.append(name);
                }
                for (const QString &port : e.words) {
                    out.args.append(port);
                    out.argsResolved.append(resolved);
                    const QString why = resolved ? portError(port) : QString();
                    if (!why.isEmpty())
                        model.errors.append({why, w.range});
                }
            }
            break;
        }
        case InstructionKind::StopSignal:
            expandArgs();
            if (!out.args.isEmpty() && out.argsResolved.value(0) && !isKnownSignal(out.args.first()))
                model.errors.append({tr("invalid signal: %1").arg(out.args.first()), ins.args.first().range});
            break;
        case InstructionKind::Workdir:
            expandArgs();
            if (!out.args.isEmpty()) {
                const QString dir = out.args.first();
                if (!out.argsResolved.value(0))
                    workdir.reset();
                else if (dir.startsWith(u'/'))
                    workdir = QDir::cleanPath(dir);
                else if (workdir)
                    workdir = QDir::cleanPath(*workdir + u'/' + dir);
            }
            break;
        case InstructionKind::User:
        case InstructionKind::Volume:
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
                const QString expandedMount = mountOptions.join(u',');
                out.flags.append(QStringLiteral("--mount=") + expandedMount);
                // A mount without a target goes to the working directory; "/" is the one target BuildKit refuses.
                const RunMount resolved = RunMountParser::parse(expandedMount);
                if (resolved.ok() && resolved.type != RunMount::Type::Secret && resolved.type != RunMount::Type::Ssh
                    && !expandedMount.contains(u'$')) {
                    std::optional<QString> target;
                    if (resolved.target.startsWith(u'/'))
                        target = QDir::cleanPath(resolved.target);
                    else if (workdir)
                        target = QDir::cleanPath(*workdir + u'/' + resolved.target);
                    if (target && *target == u"/")
                        model.errors.append({tr("invalid mount target \"/\""), f.range});
                }
            }
            break;
        default:
            break;
        }
    }
    if (!model.stages.isEmpty()) {
        model.stages.last().lastInstruction = int(instructions.size()) - 1;
        model.environmentAfter.append(env);
        workdirAfter.append(workdir);
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
