// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerfilelinter.h"

#include "core/context/copysourcecheck.h"
#include "dockerfileanalyzer.h"
#include "dockerfileparser.h"
#include "lintrulecatalog.h"
#include "runmount.h"
#include "shelllexer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <bitset>
#include <optional>

namespace Dockwright::Core {

namespace {

// --- Shell command splitting for RUN analysis -------------------------------------------------------------

struct ShellCommand
{
    QStringList words;
    bool pipedInto = false; // this command's stdin comes from a pipe
};

// A forgiving tokenizer: quotes are removed, escapes honoured, comments skipped, and the script is cut into
// simple commands at ; & && || | newlines and parentheses. Good enough to recognise package-manager calls.
QList<ShellCommand> splitShell(QStringView script, bool *hasPipe)
{
    QList<ShellCommand> commands;
    ShellCommand current;
    QString word;
    bool inWord = false;
    bool nextPiped = false;
    auto endWord = [&] {
        if (inWord)
            current.words.append(word);
        word.clear();
        inWord = false;
    };
    auto endCommand = [&](bool pipeFollows) {
        endWord();
        if (!current.words.isEmpty())
            commands.append(current);
        current = ShellCommand();
        current.pipedInto = pipeFollows;
        nextPiped = pipeFollows;
    };
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        if (c == u'\'' || c == u'"') {
            inWord = true;
            const QChar quote = c;
            for (++i; i < n && script[i] != quote; ++i) {
                if (quote == u'"' && script[i] == u'\\' && i + 1 < n)
                    ++i;
                word.append(script[i]);
            }
            continue;
        }
        if (c == u'\\') {
            if (i + 1 < n && script[i + 1] != u'\n') {
                word.append(script[++i]);
                inWord = true;
            } else {
                ++i; // line continuation inside a heredoc script
            }
            continue;
        }
        if (c == u'#' && !inWord) {
            while (i < n && script[i] != u'\n')
                ++i;
            endCommand(false);
            continue;
        }
        if (c == u'|') {
            if (i + 1 < n && script[i + 1] == u'|') {
                ++i;
                endCommand(false);
            } else {
                if (hasPipe)
                    *hasPipe = true;
                endCommand(true);
            }
            continue;
        }
        if (c == u';' || c == u'&' || c == u'\n' || c == u'(' || c == u')' || c == u'`') {
            if (c == u'&' && i + 1 < n && script[i + 1] == u'&')
                ++i;
            endCommand(false);
            continue;
        }
        if (c.isSpace()) {
            endWord();
            continue;
        }
        word.append(c);
        inWord = true;
    }
    endCommand(false);
    Q_UNUSED(nextPiped);
    // Strip leading variable assignments and wrappers so words[0] is the program.
    for (ShellCommand &cmd : commands) {
        while (!cmd.words.isEmpty()) {
            const QString &w = cmd.words.first();
            const qsizetype eq = w.indexOf(u'=');
            const bool assignment = eq > 0 && !w.startsWith(u'-') && w.left(eq).indexOf(u'/') < 0;
            if (assignment || w == u"then" || w == u"do" || w == u"else" || w == u"!" || w == u"{" || w == u"exec"
                || w == u"time" || w == u"command" || w == u"env" || w == u"if" || w == u"while" || w == u"nohup")
                cmd.words.removeFirst();
            else
                break;
        }
    }
    return commands;
}

QString baseName(const QString &program)
{
    const qsizetype slash = program.lastIndexOf(u'/');
    return slash < 0 ? program : program.mid(slash + 1);
}

bool hasWord(const QStringList &words, std::initializer_list<const char16_t *> options)
{
    for (const QString &w : words) {
        for (const char16_t *o : options) {
            if (w == QStringView(o))
                return true;
        }
    }
    return false;
}

bool hasShortFlag(const QStringList &words, QChar letter)
{
    for (const QString &w : words) {
        if (w.size() > 1 && w[0] == u'-' && w[1] != u'-' && !w.contains(u'=') && w.mid(1).contains(letter))
            return true;
    }
    return false;
}

// Words after the sub-command that are not options (crudely: options with values are not recognised).
QStringList operands(const QStringList &words, int skip)
{
    QStringList out;
    for (qsizetype i = skip; i < words.size(); ++i) {
        if (!words[i].startsWith(u'-'))
            out.append(words[i]);
    }
    return out;
}

bool isPipInstall(const ShellCommand &c, int *subIndex)
{
    const QStringList &w = c.words;
    if (w.isEmpty())
        return false;
    const QString prog = baseName(w[0]);
    int i = -1;
    if (prog.startsWith(u"pip") && (prog == u"pip" || prog.mid(3).front().isDigit()))
        i = 1;
    else if (prog.startsWith(u"python") && w.size() > 2 && w[1] == u"-m" && w[2] == u"pip")
        i = 3;
    else if (prog == u"uv" && w.size() > 1 && w[1] == u"pip")
        i = 2;
    if (i < 0 || i >= w.size() || w[i] != u"install")
        return false;
    if (subIndex)
        *subIndex = i + 1;
    return true;
}

// True for commands that install project dependencies from manifests (the slow, cache-worthy step).
bool isDependencyInstall(const ShellCommand &c)
{
    const QStringList &w = c.words;
    if (w.isEmpty())
        return false;
    if (isPipInstall(c, nullptr))
        return true;
    const QString prog = baseName(w[0]);
    const QString sub = w.value(1);
    if (prog == u"npm")
        return sub == u"ci" || sub == u"install" || sub == u"i";
    if (prog == u"yarn")
        return sub.isEmpty() || sub == u"install" || sub.startsWith(u'-');
    if (prog == u"pnpm")
        return sub == u"install" || sub == u"i";
    if (prog == u"uv")
        return sub == u"sync";
    if (prog == u"poetry" || prog == u"pipenv" || prog == u"bundle" || prog == u"composer")
        return sub == u"install";
    if (prog == u"go")
        return sub == u"mod" && w.value(2) == u"download";
    return false;
}

// --- Image references -------------------------------------------------------------------------------------

struct ImageRef
{
    QString name;
    QString tag;
    QString digest;
};

ImageRef splitImage(const QString &image)
{
    ImageRef ref;
    QString rest = image;
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        ref.digest = rest.mid(at + 1);
        rest = rest.left(at);
    }
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon > rest.lastIndexOf(u'/')) {
        ref.tag = rest.mid(colon + 1);
        rest = rest.left(colon);
    }
    ref.name = rest;
    return ref;
}

bool isValidReference(const QString &image)
{
    if (image.isEmpty())
        return false;
    const ImageRef ref = splitImage(image);
    if (ref.name.isEmpty() || ref.name.endsWith(u'/') || ref.name.startsWith(u'/'))
        return false;
    if (image.contains(u':') && ref.tag.isEmpty() && ref.digest.isEmpty() && !ref.name.contains(u'/'))
        return false;
    if (!ref.tag.isEmpty() || image.endsWith(u':')) {
        if (ref.tag.isEmpty() || ref.tag.size() > 128 || ref.tag[0] == u'.' || ref.tag[0] == u'-')
            return false;
        for (QChar c : ref.tag) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'.' && c != u'-')
                return false;
        }
    }
    const QStringList parts = ref.name.split(u'/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &p = parts[i];
        if (p.isEmpty())
            return false;
        const bool domain = i == 0 && parts.size() > 1 && (p.contains(u'.') || p.contains(u':') || p == u"localhost");
        for (QChar c : p) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-'
                || (domain && (c == u':' || (c >= u'A' && c <= u'Z')));
            if (!ok)
                return false;
        }
    }
    return true;
}

int editDistance(QStringView a, QStringView b)
{
    if (std::abs(a.size() - b.size()) > 3 || a.size() > 64 || b.size() > 64)
        return 99;
    std::vector<int> prev(size_t(b.size() + 1)), cur(size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[size_t(j)] = std::min(
                {prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        prev.swap(cur);
    }
    return prev[size_t(b.size())];
}

QString closest(const QString &name, const QStringList &candidates)
{
    QString best;
    int bestDistance = (name.size() >= 4 ? 2 : 1) + 1; // "PAHT" -> "PATH" is two edits
    for (const QString &c : candidates) {
        if (c == name)
            continue;
        const int d = editDistance(name, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

bool isSecretName(const QString &key)
{
    static const QSet<QString> secrets = {QStringLiteral("apikey"), QStringLiteral("auth"),
        QStringLiteral("credential"), QStringLiteral("credentials"), QStringLiteral("key"), QStringLiteral("password"),
        QStringLiteral("pword"), QStringLiteral("passwd"), QStringLiteral("secret"), QStringLiteral("token")};
    static const QSet<QString> allow = {QStringLiteral("public"), QStringLiteral("file"), QStringLiteral("version")};
    bool hit = false;
    for (const QString &part : key.toLower().split(u'_')) {
        if (allow.contains(part))
            return false;
        hit = hit || secrets.contains(part);
    }
    return hit;
}

bool isPortName(const QString &name)
{
    const QString upper = name.toUpper();
    return upper == u"PORT" || upper.endsWith(u"_PORT");
}

// --- The linter -------------------------------------------------------------------------------------------

// Rules named by a suppression comment or `# check=skip=`, indexed by LintRuleId.
using RuleSet = std::bitset<LintRuleCount>;

class Linter
{
public:
    Linter(const DockerfileParseResult &parse, const DockerfileModel &model, const LintOptions &options)
        : m_parse(parse)
        , m_model(model)
        , m_options(options)
    { }

    QList<LintDiagnostic> run()
    {
        for (const DockerfileMessage &m : m_parse.errors)
            report(LintRuleId::SyntaxError, m.message, m.range);
        for (const DockerfileMessage &m : m_model.errors)
            report(LintRuleId::BuildError, m.message, m.range.isValid() ? m.range : SourceRange {1, 1, 1, 1});
        for (const DockerfileMessage &m : m_parse.warnings)
            report(LintRuleId::NoEmptyContinuation, DockerfileLinter::tr("Empty continuation line"), m.range);
        checkCasing();
        checkStages();
        checkTarget();
        checkContext();
        return finish();
    }

private:
    void report(LintRuleId id, const QString &message, const SourceRange &range)
    {
        const LintRule &rule = LintRuleCatalog::rule(id);
        m_out.append({id, rule.id, rule.severity, message, range});
    }

    // The first occurrence of needle on the instruction's lines, else the keyword.
    SourceRange find(const DockerfileInstruction &ins, QStringView needle, int fromLine = 0) const
    {
        if (!needle.isEmpty()) {
            const int first = std::max(ins.range.startLine, fromLine);
            for (int line = first; line <= ins.range.endLine && line <= m_parse.lines.size(); ++line) {
                const qsizetype at = m_parse.lines[line - 1].indexOf(needle);
                if (at >= 0)
                    return {line, int(at) + 1, line, int(at + needle.size()) + 1};
            }
        }
        return ins.keywordRange;
    }

    SourceRange findVariable(const DockerfileInstruction &ins, const QString &name) const
    {
        for (const QString &form : {QString(u"${" + name), QString(u'$' + name)}) {
            const SourceRange r = find(ins, form);
            if (r != ins.keywordRange) {
                SourceRange out = r;
                if (form.startsWith(u"${")) {
                    const QString &line = m_parse.lines[r.startLine - 1];
                    const qsizetype close = line.indexOf(u'}', r.startColumn - 1);
                    if (close >= 0)
                        out.endColumn = int(close) + 2;
                }
                return out;
            }
        }
        return ins.keywordRange;
    }

    void checkCasing()
    {
        int upper = 0;
        int lower = 0;
        for (const DockerfileInstruction &ins : m_parse.instructions) {
            if (ins.keyword == ins.keyword.toUpper())
                ++upper;
            else if (ins.keyword == ins.keyword.toLower())
                ++lower;
        }
        const bool majorityLower = lower > upper;
        for (const DockerfileInstruction &ins : m_parse.instructions) {
            if (ins.kind == InstructionKind::Unknown)
                continue;
            const QString expected = majorityLower ? ins.keyword.toLower() : ins.keyword.toUpper();
            if (ins.keyword != expected)
                report(LintRuleId::ConsistentInstructionCasing,
                    DockerfileLinter::tr("Command '%1' should match the case of the command majority (%2)")
                        .arg(ins.keyword,
                            majorityLower ? DockerfileLinter::tr("lowercase") : DockerfileLinter::tr("uppercase")),
                    ins.keywordRange);
        }
    }

    void checkFrom(const DockerfileInstruction &ins, const DockerfileStage &stage, QSet<QString> &names)
    {
        if (ins.args.size() == 3) {
            const DockerfileWord &as = ins.args[1];
            const DockerfileWord &name = ins.args[2];
            if (name.text != name.text.toLower() && !name.text.contains(u'$'))
                report(LintRuleId::StageNameCasing,
                    DockerfileLinter::tr("Stage name '%1' should be lowercase").arg(name.text), name.range);
            const bool kwUpper = ins.keyword == ins.keyword.toUpper();
            const bool kwLower = ins.keyword == ins.keyword.toLower();
            if ((kwUpper && as.text != as.text.toUpper()) || (kwLower && as.text != as.text.toLower()))
                report(LintRuleId::FromAsCasing,
                    DockerfileLinter::tr("'%1' and '%2' keywords' casing do not match").arg(as.text, ins.keyword),
                    as.range);
            if (names.contains(stage.name))
                report(LintRuleId::DuplicateStageName,
                    DockerfileLinter::tr("Duplicate stage name \"%1\", stage names should be unique").arg(stage.name),
                    name.range);
            names.insert(stage.name);
            if (stage.name == u"scratch" || stage.name == u"context")
                report(LintRuleId::ReservedStageName,
                    DockerfileLinter::tr("Stage name should not use the same name as reserved stage \"%1\"")
                        .arg(stage.name),
                    name.range);
        }
        const ExpandedInstruction &ex = m_model.expanded.value(stage.firstInstruction);
        QStringList globals;
        for (const DockerfileKeyValue &kv : m_model.globalArgs)
            globals.append(kv.key);
        for (const QString &undefined : ex.undefinedNames) {
            const QString hint = closest(undefined, globals);
            report(LintRuleId::UndefinedArgInFrom,
                hint.isEmpty() ? DockerfileLinter::tr("FROM argument '%1' is not declared").arg(undefined)
                               : DockerfileLinter::tr("FROM argument '%1' is not declared (did you mean %2?)")
                                     .arg(undefined, hint),
                findVariable(ins, undefined));
        }
        if (const DockerfileFlag *platform = ins.flag(u"platform")) {
            if (platform->value == u"$TARGETPLATFORM" || platform->value == u"${TARGETPLATFORM}") {
                report(LintRuleId::RedundantTargetPlatform,
                    DockerfileLinter::tr(
                        "Setting platform to predefined %1 in FROM is redundant as this is the default behavior")
                        .arg(platform->value),
                    platform->range);
            } else if (!platform->value.contains(u'$')) {
                const QStringList parts = platform->value.split(u'/');
                const QString os = parts.value(0).toLower();
                const QString arch = parts.value(1).toLower();
                const bool mentioned
                    = (!os.isEmpty() && stage.name.contains(os)) || (!arch.isEmpty() && stage.name.contains(arch));
                if (!mentioned)
                    report(LintRuleId::FromPlatformFlagConstDisallowed,
                        DockerfileLinter::tr("FROM --platform flag should not use constant value \"%1\"")
                            .arg(platform->value),
                        platform->range);
            }
        }
        if (ins.args.isEmpty())
            return;
        const QString &image = ins.args.first().text;
        if (image.contains(u'$')) {
            // Evaluate with the global ARG defaults only, as a plain `docker build` would.
            QHash<QString, QString> defaults = DockerfileAnalyzer::automaticPlatformArgs({});
            const ShellLexer lexer(m_parse.escape);
            for (const DockerfileKeyValue &kv : m_model.globalArgs) {
                if (kv.hasValue) {
                    const ShellExpansion e = lexer.processWord(kv.rawValue, defaults);
                    defaults.insert(kv.key, e.value);
                }
            }
            const ShellExpansion e = lexer.processWord(image, defaults);
            if (e.ok() && !isValidReference(e.value) && ex.undefinedNames.isEmpty())
                report(LintRuleId::InvalidDefaultArgInFrom,
                    DockerfileLinter::tr("Default value for ARG %1 results in empty or invalid base image name")
                        .arg(image),
                    ins.args.first().range);
        }
        const QString &resolved = stage.baseExpanded;
        if (stage.baseStage >= 0 || resolved.isEmpty() || resolved == u"scratch" || resolved.contains(u'$')
            || !isValidReference(resolved))
            return;
        const ImageRef ref = splitImage(resolved);
        const SourceRange imageRange = ins.args.first().range;
        if (ref.digest.isEmpty()) {
            if (ref.tag.isEmpty())
                report(LintRuleId::BaseImageUntagged,
                    DockerfileLinter::tr("Always tag the version of an image explicitly: '%1' means '%1:latest'")
                        .arg(resolved),
                    imageRange);
            else if (ref.tag == u"latest")
                report(LintRuleId::BaseImageLatestTag,
                    DockerfileLinter::tr(
                        "Using the 'latest' tag of '%1' makes builds unreproducible; pin a release tag")
                        .arg(ref.name),
                    imageRange);
            report(LintRuleId::BaseImageNotPinnedByDigest,
                DockerfileLinter::tr("Base image '%1' is not pinned by digest (@sha256:...)").arg(resolved),
                imageRange);
        }
    }

    struct StageState
    {
        bool shellSet = false;
        bool pipefail = false;
        bool posixShell = true;
        bool absoluteWorkdir = false;
        bool workdirSeen = false;
        QList<int> cmds, entrypoints, healthchecks;
        QString user; // last USER (expanded), empty if none
        int userInstruction = -1;
        bool pipNoCacheEnv = false;
        int wholeContextCopy = -1; // instruction index of a COPY . before any dependency install
        bool portVariable = false;
        QStringList portNames;
    };

    void checkStages()
    {
        QSet<QString> names;
        QList<StageState> states;
        StageState state;
        QStringList globalPortArgs;
        for (const DockerfileKeyValue &kv : m_model.globalArgs) {
            if (isPortName(kv.key))
                globalPortArgs.append(kv.key);
        }
        QSet<QString> globalNames;
        for (const DockerfileKeyValue &kv : m_model.globalArgs)
            globalNames.insert(kv.key);

        auto finishStage = [&] {
            if (!m_model.stages.isEmpty() && states.size() < m_model.stages.size()) {
                reportMultiple(state.cmds, u"CMD");
                reportMultiple(state.entrypoints, u"ENTRYPOINT");
                reportMultiple(state.healthchecks, u"HEALTHCHECK");
                states.append(state);
            }
        };

        int stageIndex = -1;
        for (qsizetype i = 0; i < m_parse.instructions.size(); ++i) {
            const DockerfileInstruction &ins = m_parse.instructions[i];
            const ExpandedInstruction &ex = m_model.expanded.value(i);
            if (ins.kind == InstructionKind::From) {
                if (stageIndex >= 0)
                    finishStage();
                ++stageIndex;
                if (stageIndex >= m_model.stages.size())
                    break;
                const DockerfileStage &stage = m_model.stages[stageIndex];
                checkFrom(ins, stage, names);
                state = StageState();
                if (stage.baseStage >= 0 && stage.baseStage < states.size()) {
                    const StageState &base = states[stage.baseStage];
                    state.shellSet = base.shellSet;
                    state.pipefail = base.pipefail;
                    state.posixShell = base.posixShell;
                    state.absoluteWorkdir = base.absoluteWorkdir || base.workdirSeen;
                    state.user = base.user;
                    state.pipNoCacheEnv = base.pipNoCacheEnv;
                    state.portNames = base.portNames;
                }
                continue;
            }
            if (ins.kind == InstructionKind::Arg || ins.kind == InstructionKind::Env) {
                for (const DockerfileKeyValue &kv : ins.pairs) {
                    if (isSecretName(kv.key))
                        report(LintRuleId::SecretsUsedInArgOrEnv,
                            DockerfileLinter::tr("Do not use ARG or ENV instructions for sensitive data (%1 \"%2\")")
                                .arg(ins.name.toUpper(), kv.key),
                            kv.keyRange);
                    if (stageIndex >= 0 && isPortName(kv.key))
                        state.portNames.append(kv.key);
                    if (kv.key == u"PIP_NO_CACHE_DIR")
                        state.pipNoCacheEnv = true;
                }
            }
            if (stageIndex < 0)
                continue;
            const DockerfileStage &stage = m_model.stages[stageIndex];
            checkUndefinedVars(ins, ex, stage, globalNames);
            switch (ins.kind) {
            case InstructionKind::Env:
            case InstructionKind::Label:
                for (const DockerfileKeyValue &kv : ins.pairs) {
                    if (kv.legacy)
                        report(LintRuleId::LegacyKeyValueFormat,
                            DockerfileLinter::tr(
                                "\"%1 key=value\" should be used instead of legacy \"%1 key value\" format")
                                .arg(ins.name.toUpper()),
                            kv.range);
                }
                break;
            case InstructionKind::Maintainer:
                report(LintRuleId::MaintainerDeprecated,
                    DockerfileLinter::tr("Maintainer instruction is deprecated in favor of using label"),
                    ins.keywordRange);
                break;
            case InstructionKind::Shell:
                state.shellSet = true;
                state.pipefail = false;
                for (const DockerfileWord &w : ins.args) {
                    if (w.text.contains(u"pipefail"))
                        state.pipefail = true;
                }
                if (!ins.args.isEmpty()) {
                    const QString prog = baseName(ins.args.first().text).toLower();
                    state.posixShell
                        = !(prog.startsWith(u"pwsh") || prog.startsWith(u"powershell") || prog.startsWith(u"cmd"));
                }
                break;
            case InstructionKind::Cmd:
            case InstructionKind::Entrypoint:
                (ins.kind == InstructionKind::Cmd ? state.cmds : state.entrypoints).append(int(i));
                if (!ins.json && !state.shellSet && !ins.args.isEmpty())
                    report(LintRuleId::JSONArgsRecommended,
                        DockerfileLinter::tr(
                            "JSON arguments recommended for %1 to prevent unintended behavior related to OS "
                            "signals")
                            .arg(ins.name.toUpper()),
                        ins.argumentsRange);
                break;
            case InstructionKind::Healthcheck:
                state.healthchecks.append(int(i));
                break;
            case InstructionKind::Workdir: {
                const QString dir = ex.args.value(0, ins.args.value(0).text);
                const bool absolute
                    = dir.startsWith(u'/') || (dir.size() > 1 && dir[1] == u':') || dir.startsWith(u'\\');
                if (!absolute && !state.absoluteWorkdir && !state.workdirSeen && !ins.args.isEmpty())
                    report(LintRuleId::WorkdirRelativePath,
                        DockerfileLinter::tr(
                            "Relative workdir \"%1\" can have unexpected results if the base image changes")
                            .arg(dir),
                        ins.args.first().range);
                state.workdirSeen = true;
                state.absoluteWorkdir = state.absoluteWorkdir || absolute;
                break;
            }
            case InstructionKind::User:
                state.user = ex.args.value(0, ins.args.value(0).text);
                state.userInstruction = int(i);
                break;
            case InstructionKind::Expose:
                checkExpose(ins, state, globalPortArgs);
                break;
            case InstructionKind::Copy:
            case InstructionKind::Add:
                checkCopy(ins, ex, stage, state, int(i));
                break;
            case InstructionKind::Run:
                checkRun(ins, state);
                break;
            default:
                break;
            }
        }
        if (stageIndex >= 0)
            finishStage();
        m_states = states;
    }

    void reportMultiple(const QList<int> &indices, QStringView name)
    {
        for (qsizetype k = 0; k + 1 < indices.size(); ++k)
            report(LintRuleId::MultipleInstructionsDisallowed,
                DockerfileLinter::tr(
                    "Multiple %1 instructions should not be used in the same stage because only the last one "
                    "will be used")
                    .arg(name),
                m_parse.instructions[indices[k]].keywordRange);
    }

    void checkUndefinedVars(const DockerfileInstruction &ins, const ExpandedInstruction &ex,
        const DockerfileStage &stage, const QSet<QString> &globalNames)
    {
        if (ex.undefinedNames.isEmpty())
            return;
        const QHash<QString, QString> env = m_model.environmentAfter.value(stage.index);
        QStringList known = env.keys();
        for (const QString &g : globalNames)
            known.append(g);
        const bool fullyKnown = stage.baseStage >= 0 || stage.baseExpanded == u"scratch";
        for (const QString &name : ex.undefinedNames) {
            const QString hint = closest(name, known);
            QString message;
            if (globalNames.contains(name))
                message = DockerfileLinter::tr(
                    "Usage of undefined variable '$%1' (global ARG '%1' must be redeclared in the stage "
                    "with 'ARG %1')")
                              .arg(name);
            else if (!hint.isEmpty())
                message = DockerfileLinter::tr("Usage of undefined variable '$%1' (did you mean $%2?)").arg(name, hint);
            else if (fullyKnown)
                message = DockerfileLinter::tr("Usage of undefined variable '$%1'").arg(name);
            else
                continue; // may come from the base image's environment, which is not known here
            report(LintRuleId::UndefinedVar, message, findVariable(ins, name));
        }
    }

    void checkExpose(const DockerfileInstruction &ins, const StageState &state, const QStringList &globalPortArgs)
    {
        for (const DockerfileWord &w : ins.args) {
            const QString &port = w.text;
            if (port.contains(u'$'))
                continue;
            const qsizetype slash = port.indexOf(u'/');
            const QString proto = slash < 0 ? QString() : port.mid(slash + 1);
            const QString number = slash < 0 ? port : port.left(slash);
            if (!proto.isEmpty() && proto != proto.toLower())
                report(LintRuleId::ExposeProtoCasing,
                    DockerfileLinter::tr("Defined protocol '%1' in EXPOSE instruction should be lowercase").arg(port),
                    w.range);
            if (number.contains(u':')) {
                report(LintRuleId::ExposeInvalidFormat,
                    DockerfileLinter::tr(
                        "EXPOSE instruction should not define an IP address or host-port mapping, found '%1'")
                        .arg(port),
                    w.range);
                continue;
            }
            for (const QString &part : number.split(u'-')) {
                bool ok = false;
                const qlonglong value = part.toLongLong(&ok);
                if (ok && (value < 0 || value > 65535)) {
                    report(LintRuleId::ExposeInvalidPort,
                        DockerfileLinter::tr("Valid UNIX ports range from 0 to 65535, found '%1'").arg(port), w.range);
                    break;
                }
            }
            const QStringList portNames = state.portNames.isEmpty() ? globalPortArgs : state.portNames;
            if (!portNames.isEmpty() && !number.isEmpty() && number.front().isDigit())
                report(LintRuleId::ExposeIgnoresPortArg,
                    DockerfileLinter::tr("EXPOSE %1 uses a literal port although '%2' is defined; use EXPOSE ${%2}")
                        .arg(port, portNames.first()),
                    w.range);
        }
    }

    void checkCopy(const DockerfileInstruction &ins, const ExpandedInstruction &ex, const DockerfileStage &stage,
        StageState &state, int index)
    {
        const DockerfileFlag *from = ins.flag(u"from");
        if (from && ins.kind == InstructionKind::Copy) {
            const QString ref = from->value.toLower();
            bool numeric = false;
            ref.toInt(&numeric);
            const bool ownStage = !stage.name.isEmpty() && ref == stage.name;
            if (ownStage) {
                report(LintRuleId::CopyFromOwnStage,
                    DockerfileLinter::tr("COPY --from cannot reference its own stage '%1'").arg(from->value),
                    from->range);
            } else if (!numeric && !ref.contains(u'$') && !ref.contains(u':') && !ref.contains(u'/')
                && !ref.contains(u'@') && !ref.contains(u'.') && ref != u"scratch") {
                if (!m_model.stageByName.contains(ref)) {
                    const QString hint = closest(ref, m_model.stageByName.keys());
                    report(LintRuleId::CopyFromUnknownStage,
                        hint.isEmpty() ? DockerfileLinter::tr(
                                             "COPY --from=%1 does not name a stage; it will be pulled as an image")
                                             .arg(from->value)
                                       : DockerfileLinter::tr("COPY --from=%1 does not name a stage (did you mean %2?)")
                                             .arg(from->value, hint),
                        from->range);
                }
            }
        }
        const qsizetype sources = ins.args.size() - 1;
        if (sources > 1 && !ins.args.last().text.endsWith(u'/') && !ins.args.last().text.contains(u'$')
            && !ins.args.last().text.endsWith(u'\\'))
            report(LintRuleId::CopyMultipleSourcesDestNoSlash,
                DockerfileLinter::tr("%1 with more than 2 arguments requires the last argument to end with /")
                    .arg(ins.name.toUpper()),
                ins.args.last().range);
        if (ins.kind == InstructionKind::Add && ins.heredocs.isEmpty() && !ins.flag(u"checksum")
            && !ins.flag(u"keep-git-dir") && !ins.flag(u"unpack")) {
            bool allLocal = sources > 0;
            static const QStringList archives = {QStringLiteral(".tar"), QStringLiteral(".tar.gz"),
                QStringLiteral(".tgz"), QStringLiteral(".tar.bz2"), QStringLiteral(".tbz2"), QStringLiteral(".tar.xz"),
                QStringLiteral(".txz"), QStringLiteral(".tar.zst"), QStringLiteral(".gz"), QStringLiteral(".bz2"),
                QStringLiteral(".xz"), QStringLiteral(".zst")};
            for (qsizetype k = 0; k < sources && allLocal; ++k) {
                const QString src = ins.args[k].text.toLower();
                if (src.contains(u"://") || src.startsWith(u"git@") || src.endsWith(u".git") || src.contains(u'$'))
                    allLocal = false;
                for (const QString &ext : archives)
                    allLocal = allLocal && !src.endsWith(ext);
            }
            if (allLocal)
                report(LintRuleId::AddForLocalFiles,
                    DockerfileLinter::tr("Use COPY instead of ADD for files and folders"), ins.keywordRange);
        }
        if (ins.kind == InstructionKind::Copy && !from && state.wholeContextCopy < 0) {
            for (qsizetype k = 0; k < sources; ++k) {
                const QString src = ex.args.value(k, ins.args[k].text);
                if (src == u"." || src == u"./" || src == u"*" || src == u"./*")
                    state.wholeContextCopy = index;
            }
        }
    }

    static bool cacheMountAt(const DockerfileInstruction &ins, QStringView needle)
    {
        for (const DockerfileFlag &f : ins.flags) {
            if (f.name != u"mount")
                continue;
            const RunMount m = RunMountParser::parse(f.value);
            if (m.type == RunMount::Type::Cache && m.target.contains(needle))
                return true;
        }
        return false;
    }

    void checkRun(const DockerfileInstruction &ins, StageState &state)
    {
        QString script;
        bool shell = true;
        if (ins.json) {
            const QStringList words = [&] {
                QStringList w;
                for (const DockerfileWord &a : ins.args)
                    w.append(a.text);
                return w;
            }();
            const QString prog = baseName(words.value(0));
            if ((prog == u"sh" || prog == u"bash" || prog == u"ash" || prog == u"dash" || prog == u"zsh")
                && words.value(1) == u"-c") {
                script = words.value(2);
            } else {
                shell = false;
                QStringList quoted;
                for (const QString &w : words)
                    quoted.append(w.contains(u' ') ? u'\'' + w + u'\'' : w);
                script = quoted.join(u' ');
            }
        } else {
            script = ins.args.value(0).text;
        }
        for (const DockerfileHeredoc &doc : ins.heredocs)
            script += u'\n' + doc.content;

        bool hasPipe = false;
        const QList<ShellCommand> commands = splitShell(script, &hasPipe);
        bool setPipefail = false;
        bool reportedApt = false;
        bool dependencyInstall = false;
        for (ShellCommand c : commands) {
            if (!c.words.isEmpty() && baseName(c.words.first()) == u"sudo") {
                report(LintRuleId::RunSudo, DockerfileLinter::tr("Do not use sudo in RUN; use USER to switch users"),
                    find(ins, u"sudo"));
                // Keep analysing the wrapped command (sudo's own options are dropped).
                c.words.removeFirst();
                while (!c.words.isEmpty() && c.words.first().startsWith(u'-'))
                    c.words.removeFirst();
            }
            const QStringList &w = c.words;
            if (w.isEmpty())
                continue;
            const QString prog = baseName(w[0]);
            if (prog == u"set" && script.contains(u"pipefail"))
                setPipefail = true;
            if (prog == u"cd") {
                report(LintRuleId::RunCdInsteadOfWorkdir,
                    DockerfileLinter::tr("Use WORKDIR to switch to a directory instead of 'cd'"), find(ins, u"cd "));
                continue;
            }
            if (prog == u"apt" && w.size() > 1) {
                report(LintRuleId::AptUseAptGet,
                    DockerfileLinter::tr("Do not use apt as it is meant to be an end-user tool, use apt-get or "
                                         "apt-cache instead"),
                    find(ins, u"apt "));
            }
            if ((prog == u"apt-get" || prog == u"apt") && operands(w, 1).value(0) == u"install") {
                if (prog == u"apt-get" && !hasShortFlag(w, u'y') && !hasWord(w, {u"--yes", u"--assume-yes", u"-qq"})
                    && !w.contains(QStringLiteral("--quiet=2")))
                    report(LintRuleId::AptGetMissingYes,
                        DockerfileLinter::tr("Use the -y switch to avoid manual input: apt-get -y install"),
                        find(ins, u"install"));
                bool noRecommends = false;
                for (const QString &word : w)
                    noRecommends = noRecommends || word == u"--no-install-recommends"
                        || word.contains(u"Install-Recommends=false", Qt::CaseInsensitive)
                        || word.contains(u"Install-Recommends=0", Qt::CaseInsensitive);
                if (!noRecommends)
                    report(LintRuleId::AptNoInstallRecommends,
                        DockerfileLinter::tr("Avoid additional packages by specifying --no-install-recommends"),
                        find(ins, u"install"));
                if (!reportedApt && !script.contains(u"/var/lib/apt/lists") && !cacheMountAt(ins, u"/var/lib/apt")) {
                    report(LintRuleId::AptListsNotCleaned,
                        DockerfileLinter::tr("Delete the apt lists (/var/lib/apt/lists) after installing "
                                             "packages"),
                        find(ins, u"install"));
                    reportedApt = true;
                }
            }
            if (prog == u"apk" && operands(w, 1).value(0) == u"add" && !hasWord(w, {u"--no-cache"})
                && !script.contains(u"/var/cache/apk") && !cacheMountAt(ins, u"/var/cache/apk"))
                report(LintRuleId::ApkNoCache,
                    DockerfileLinter::tr("Use the --no-cache switch to avoid the need to use --update and remove "
                                         "/var/cache/apk/*"),
                    find(ins, u"apk"));
            int sub = 0;
            if (isPipInstall(c, &sub)) {
                if (baseName(w[0]) != u"uv" && !hasWord(w, {u"--no-cache-dir", u"--no-cache"}) && !state.pipNoCacheEnv
                    && !cacheMountAt(ins, u".cache"))
                    report(LintRuleId::PipNoCacheDir,
                        DockerfileLinter::tr("Avoid use of cache directory with pip. Use `pip install "
                                             "--no-cache-dir <package>`"),
                        find(ins, u"install"));
                const bool requirements = hasWord(w, {u"-r", u"--requirement", u"-c", u"--constraint"})
                    || std::any_of(w.begin(), w.end(),
                        [](const QString &x) { return x.startsWith(u"-r") || x.startsWith(u"--requirement="); });
                if (!requirements) {
                    static const QSet<QString> tools
                        = {QStringLiteral("pip"), QStringLiteral("setuptools"), QStringLiteral("wheel"),
                            QStringLiteral("uv"), QStringLiteral("poetry"), QStringLiteral("pipenv")};
                    for (const QString &pkg : operands(w, sub)) {
                        const bool path = pkg.startsWith(u'.') || pkg.startsWith(u'/') || pkg.endsWith(u".whl")
                            || pkg.contains(u"://") || pkg.endsWith(u".tar.gz");
                        static const QRegularExpression specifier(QStringLiteral("[<>=!~\\[;]"));
                        const QString bare = pkg.section(specifier, 0, 0);
                        if (!path && !pkg.contains(u"==") && !tools.contains(bare.toLower())) {
                            report(LintRuleId::DependencyInstallNotLocked,
                                DockerfileLinter::tr(
                                    "pip install of '%1' resolves versions at build time; install from a "
                                    "lock file or pin exact versions")
                                    .arg(pkg),
                                find(ins, pkg));
                            break;
                        }
                    }
                }
            }
            if (isDependencyInstall(c))
                dependencyInstall = true;
            const QString subCommand = w.value(1);
            if (prog == u"npm" && (subCommand == u"install" || subCommand == u"i"))
                report(LintRuleId::DependencyInstallNotLocked,
                    DockerfileLinter::tr("npm install resolves versions at build time; use npm ci to install from "
                                         "package-lock.json"),
                    find(ins, u"npm"));
            else if ((prog == u"yarn"
                         && (subCommand.isEmpty() || subCommand == u"install" || subCommand.startsWith(u'-'))
                         && !hasWord(w, {u"--frozen-lockfile", u"--immutable"}))
                || (prog == u"pnpm" && (subCommand == u"install" || subCommand == u"i")
                    && !hasWord(w, {u"--frozen-lockfile"})))
                report(LintRuleId::DependencyInstallNotLocked,
                    DockerfileLinter::tr(
                        "%1 install without a frozen lock file; add --frozen-lockfile (or --immutable)")
                        .arg(prog),
                    find(ins, prog));
            else if (prog == u"uv" && subCommand == u"sync" && !hasWord(w, {u"--locked", u"--frozen"}))
                report(LintRuleId::DependencyInstallNotLocked,
                    DockerfileLinter::tr("uv sync without --locked or --frozen may update uv.lock"),
                    find(ins, u"sync"));
            else if (prog == u"pipenv" && subCommand == u"install" && !hasWord(w, {u"--deploy", u"--ignore-pipfile"}))
                report(LintRuleId::DependencyInstallNotLocked,
                    DockerfileLinter::tr("pipenv install without --deploy does not enforce Pipfile.lock"),
                    find(ins, u"pipenv"));
        }
        if (dependencyInstall && state.wholeContextCopy >= 0) {
            const DockerfileInstruction &copy = m_parse.instructions[state.wholeContextCopy];
            report(LintRuleId::CopyBeforeDependencyInstall,
                DockerfileLinter::tr(
                    "The whole build context is copied before dependencies are installed (line %1), so every "
                    "code change reinstalls them; copy the manifests first")
                    .arg(ins.range.startLine),
                copy.argumentsRange);
            state.wholeContextCopy = -1;
        }
        if (hasPipe && shell && !state.pipefail && state.posixShell && !setPipefail)
            report(LintRuleId::PipeWithoutPipefail,
                DockerfileLinter::tr("Set the SHELL option -o pipefail before RUN with a pipe in it"), find(ins, u"|"));
    }

    void checkTarget()
    {
        const int target = m_model.targetStage;
        if (target < 0 || target >= m_states.size())
            return;
        const DockerfileStage &stage = m_model.stages[target];
        const StageState &state = m_states[target];
        const DockerfileInstruction &from = m_parse.instructions[stage.firstInstruction];
        const QString user = state.user.section(u':', 0, 0);
        if (user.isEmpty())
            report(LintRuleId::RootUser,
                DockerfileLinter::tr("The final stage runs as root: add a USER with an unprivileged user"),
                from.keywordRange);
        else if (user == u"root" || user == u"0")
            report(LintRuleId::RootUser, DockerfileLinter::tr("The last USER of the final stage is root"),
                state.userInstruction >= 0 ? m_parse.instructions[state.userInstruction].argumentsRange
                                           : from.keywordRange);
        // HEALTHCHECK is inherited from base stages.
        bool health = false;
        for (int s = target; s >= 0 && !health; s = m_model.stages[s].baseStage) {
            health = s < m_states.size() && !m_states[s].healthchecks.isEmpty();
            if (m_model.stages[s].baseStage >= s)
                break;
        }
        if (!health)
            report(LintRuleId::MissingHealthcheck, DockerfileLinter::tr("The final stage has no HEALTHCHECK"),
                from.keywordRange);
    }

    void checkContext()
    {
        if (m_options.contextDirectory.isEmpty())
            return;
        checkCopySources();
        const QDir dir(m_options.contextDirectory);
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".dockerignore")))
            || QFileInfo::exists(dir.filePath(m_options.dockerfileName + QStringLiteral(".dockerignore"))))
            return;
        report(LintRuleId::MissingDockerignore,
            DockerfileLinter::tr("No .dockerignore in the build context %1").arg(QDir::toNativeSeparators(dir.path())),
            {1, 1, 1, 1});
    }

    void checkCopySources()
    {
        ContextError error;
        const QString dockerfile
            = m_options.dockerfilePath.isEmpty() ? m_options.dockerfileName : m_options.dockerfilePath;
        const std::optional<CopySourceCheck> sources
            = CopySourceCheck::open(m_options.contextDirectory, dockerfile, &error);
        if (!sources)
            return; // a context or ignore file the build cannot use fails on its own, with its own message
        for (const CopySourceCheck::Finding &f : sources->check(m_parse, m_model))
            report(LintRuleId::CopySourceMissing, f.message(sources->root()), f.range);
    }

    // Suppressions named on a line: `dockwright-ignore: A,B` (or `all`) and `hadolint ignore=DL1,DL2`. Names
    // that are no rule's code suppress nothing.
    void suppressionsOnLine(int line, RuleSet &out) const
    {
        if (line < 1 || line > m_parse.lines.size())
            return;
        const QString &text = m_parse.lines[line - 1];
        static const QString marker = QStringLiteral("dockwright-ignore:");
        static const QString hadolint = QStringLiteral("hadolint ignore=");
        const auto collect = [&](qsizetype at, qsizetype skip, bool mapHadolint) {
            const QString rest = text.mid(at + skip);
            static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
            for (const QString &id : rest.split(separators, Qt::SkipEmptyParts)) {
                if (!mapHadolint) {
                    if (id == u"all")
                        out.set();
                    else if (const std::optional<LintRuleId> rule = lintRuleFromCode(id))
                        out.set(size_t(*rule));
                    continue;
                }
                for (const LintRule &r : LintRuleCatalog::rules()) {
                    if (!r.hadolint.isEmpty() && r.hadolint == id)
                        out.set(size_t(r.rule));
                }
            }
        };
        if (const qsizetype at = text.indexOf(marker); at >= 0)
            collect(at, marker.size(), false);
        if (const qsizetype at = text.indexOf(hadolint); at >= 0)
            collect(at, hadolint.size(), true);
    }

    const DockerfileInstruction *instructionAt(int line) const
    {
        const auto &list = m_parse.instructions;
        auto it = std::upper_bound(list.begin(), list.end(), line,
            [](int l, const DockerfileInstruction &ins) { return l < ins.range.startLine; });
        if (it == list.begin())
            return nullptr;
        --it;
        return line <= it->range.endLine ? &*it : nullptr;
    }

    bool isCommentLine(int line) const
    {
        if (line < 1 || line > m_parse.lines.size())
            return false;
        const QString t = m_parse.lines[line - 1].trimmed();
        return t.startsWith(u'#');
    }

    RuleSet suppressedAt(const LintDiagnostic &d) const
    {
        RuleSet ids;
        suppressionsOnLine(d.range.startLine, ids);
        const DockerfileInstruction *ins = instructionAt(d.range.startLine);
        int line = (ins ? ins->range.startLine : d.range.startLine) - 1;
        if (ins)
            suppressionsOnLine(ins->range.startLine, ids);
        for (; isCommentLine(line); --line)
            suppressionsOnLine(line, ids);
        return ids;
    }

    QList<LintDiagnostic> finish()
    {
        // `# check=skip=A,B|all;error=true` and the BUILDKIT_DOCKERFILE_CHECK build argument.
        RuleSet skipped;
        bool skipAllBuildkit = false;
        bool buildkitErrors = false;
        QStringList checkSources;
        if (const DockerfileDirective *check = m_parse.directive(u"check"))
            checkSources.append(check->value);
        if (m_options.build.buildArgs.contains(QStringLiteral("BUILDKIT_DOCKERFILE_CHECK")))
            checkSources.append(m_options.build.buildArgs.value(QStringLiteral("BUILDKIT_DOCKERFILE_CHECK")));
        for (const QString &source : checkSources) {
            for (const QString &part : source.split(u';', Qt::SkipEmptyParts)) {
                const QString key = part.section(u'=', 0, 0).trimmed().toLower();
                const QString value = part.section(u'=', 1).trimmed();
                if (key == u"skip") {
                    for (const QString &id : value.split(u',', Qt::SkipEmptyParts)) {
                        if (id.trimmed() == u"all")
                            skipAllBuildkit = true;
                        else if (const std::optional<LintRuleId> rule = lintRuleFromCode(id.trimmed()))
                            skipped.set(size_t(*rule));
                    }
                } else if (key == u"error") {
                    buildkitErrors = value.compare(u"true", Qt::CaseInsensitive) == 0;
                }
            }
        }

        QList<LintDiagnostic> out;
        out.reserve(m_out.size());
        for (LintDiagnostic d : std::as_const(m_out)) {
            const bool buildkit = LintRuleCatalog::rule(d.rule).category == u"buildkit";
            const bool isError = d.rule == LintRuleId::SyntaxError || d.rule == LintRuleId::BuildError;
            if (!isError) {
                if (skipped.test(size_t(d.rule)) || (skipAllBuildkit && buildkit))
                    continue;
                if (m_options.inlineSuppressions && suppressedAt(d).test(size_t(d.rule)))
                    continue;
                if (buildkit && buildkitErrors && d.severity == LintSeverity::Warning)
                    d.severity = LintSeverity::Error;
            }
            const auto severity = m_options.config.severityFor(d.rule, d.severity);
            if (!severity)
                continue;
            d.severity = *severity;
            out.append(d);
        }
        std::stable_sort(out.begin(), out.end(), [](const LintDiagnostic &a, const LintDiagnostic &b) {
            if (a.range.startLine != b.range.startLine)
                return a.range.startLine < b.range.startLine;
            return a.range.startColumn < b.range.startColumn;
        });
        return out;
    }

    const DockerfileParseResult &m_parse;
    const DockerfileModel &m_model;
    const LintOptions &m_options;
    QList<LintDiagnostic> m_out;
    QList<StageState> m_states;
};

} // namespace

QList<LintDiagnostic> DockerfileLinter::lint(
    const DockerfileParseResult &parse, const DockerfileModel &model, const LintOptions &options)
{
    return Linter(parse, model, options).run();
}

QList<LintDiagnostic> DockerfileLinter::lintText(QStringView text, const LintOptions &options)
{
    const DockerfileParseResult parse = DockerfileParser::parse(text);
    const DockerfileModel model = DockerfileAnalyzer::analyze(parse, options.build);
    return lint(parse, model, options);
}

} // namespace Dockwright::Core
