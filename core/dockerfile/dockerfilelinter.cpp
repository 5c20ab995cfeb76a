// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerfilelinter.h"

#include "core/context/copysourcecheck.h"
#include "dockerfileanalyzer.h"
#include "dockerfileparser.h"
#include "lintrulecatalog.h"
#include "runmount.h"
#include "runscript.h"
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

// --- Reading RUN commands ---------------------------------------------------------------------------------

QString baseName(const QString &program)
{
    const qsizetype slash = program.lastIndexOf(u'/');
    return slash < 0 ? program : program.mid(slash + 1);
}

qsizetype indexOfWord(const QStringList &words, std::initializer_list<const char16_t *> options, qsizetype from = 0)
{
    for (qsizetype i = from; i < words.size(); ++i) {
        for (const char16_t *o : options) {
            if (words[i] == QStringView(o))
                return i;
        }
    }
    return -1;
}

// The index of the first operand at or after from: options are skipped, and so are the values of the options
// named in withValue ("-o" in `apt-get -o Acquire::Retries=3 install`). -1 if there is none.
qsizetype operandIndex(const QStringList &words, qsizetype from, const QSet<QString> &withValue = {})
{
    for (qsizetype i = from; i < words.size(); ++i) {
        const QString &w = words[i];
        if (w == u"--")
            return i + 1 < words.size() ? i + 1 : -1;
        if (!w.startsWith(u'-') || w == u"-")
            return i;
        if (withValue.contains(w))
            ++i;
    }
    return -1;
}

QStringList operandsFrom(const QStringList &words, qsizetype from, const QSet<QString> &withValue = {})
{
    QStringList out;
    for (qsizetype i = operandIndex(words, from, withValue); i >= 0 && i < words.size();
        i = operandIndex(words, i + 1, withValue))
        out.append(words[i]);
    return out;
}

const QSet<QString> &aptValueOptions()
{
    static const QSet<QString> options = {QStringLiteral("-o"), QStringLiteral("-c"), QStringLiteral("-t"),
        QStringLiteral("-a"), QStringLiteral("--option"), QStringLiteral("--config-file"),
        QStringLiteral("--target-release"), QStringLiteral("--host-architecture")};
    return options;
}

const QSet<QString> &pipValueOptions()
{
    static const QSet<QString> options = {QStringLiteral("-i"), QStringLiteral("--index-url"),
        QStringLiteral("--extra-index-url"), QStringLiteral("-f"), QStringLiteral("--find-links"), QStringLiteral("-t"),
        QStringLiteral("--target"), QStringLiteral("--prefix"), QStringLiteral("--root"),
        QStringLiteral("--trusted-host"), QStringLiteral("--platform"), QStringLiteral("--python-version"),
        QStringLiteral("--implementation"), QStringLiteral("--abi"), QStringLiteral("--only-binary"),
        QStringLiteral("--no-binary"), QStringLiteral("-e"), QStringLiteral("--editable"), QStringLiteral("--src"),
        QStringLiteral("--cache-dir"), QStringLiteral("--log"), QStringLiteral("--proxy"), QStringLiteral("--cert"),
        QStringLiteral("--python"), QStringLiteral("-p"), QStringLiteral("--upgrade-strategy"),
        QStringLiteral("--progress-bar"), QStringLiteral("--timeout"), QStringLiteral("--retries"),
        QStringLiteral("-r"), QStringLiteral("--requirement"), QStringLiteral("-c"), QStringLiteral("--constraint")};
    return options;
}

// Index of pip's "install" word (pip install, python -m pip install, uv pip install), else -1.
qsizetype pipInstallIndex(const QStringList &w, const QString &prog)
{
    qsizetype i = -1;
    if (prog.startsWith(u"pip") && (prog == u"pip" || (prog.size() > 3 && prog[3].isDigit())))
        i = 1;
    else if (prog.startsWith(u"python") && w.size() > 2 && w[1] == u"-m" && w[2] == u"pip")
        i = 3;
    else if (prog == u"uv" && w.size() > 1 && w[1] == u"pip")
        i = 2;
    if (i < 0)
        return -1;
    i = operandIndex(w, i, {QStringLiteral("--python"), QStringLiteral("--cache-dir")});
    return i >= 0 && w[i] == u"install" ? i : -1;
}

// `yarn`, `yarn install` and `yarn --frozen-lockfile` install; `yarn --version` or `yarn -h` do not.
bool isYarnInstall(const QStringList &w)
{
    const QString sub = w.value(1);
    if (!sub.isEmpty() && sub != u"install" && !sub.startsWith(u'-'))
        return false;
    return std::none_of(w.begin(), w.end(),
        [](const QString &x) { return x == u"--version" || x == u"-v" || x == u"-V" || x == u"--help" || x == u"-h"; });
}

// True for commands that install project dependencies from manifests (the slow, cache-worthy step).
bool isDependencyInstall(const QStringList &w, const QString &prog)
{
    if (w.isEmpty())
        return false;
    if (pipInstallIndex(w, prog) >= 0)
        return true;
    const QString sub = w.value(1);
    if (prog == u"npm")
        return sub == u"ci" || sub == u"install" || sub == u"i";
    if (prog == u"yarn")
        return isYarnInstall(w);
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

// "pkg@1.2.3", "@scope/pkg@1.2.3-rc.1": an exact version (a range, a tag or no version is not pinned). A
// variable counts as pinned: its value is not known here.
bool isPinnedNpmPackage(const QString &spec)
{
    if (spec.contains(u'$') || spec.startsWith(u'.') || spec.startsWith(u'/') || spec.contains(u"://")
        || spec.contains(u':') || spec.endsWith(u".tgz"))
        return true; // a path, URL, git or file spec: no registry resolution
    const qsizetype at = spec.indexOf(u'@', 1);
    if (at < 0)
        return false;
    static const QRegularExpression exact(QStringLiteral("^v?\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]*)?$"));
    return exact.matchView(QStringView(spec).mid(at + 1)).hasMatch();
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

    // The analyzer's view of instruction i, without copying it.
    const ExpandedInstruction &expandedAt(qsizetype i) const
    {
        static const ExpandedInstruction none;
        return i >= 0 && i < m_model.expanded.size() ? m_model.expanded[i] : none;
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
        const auto has = [](const QString &word, bool upperCase) {
            return std::any_of(
                word.begin(), word.end(), [upperCase](QChar c) { return upperCase ? c.isUpper() : c.isLower(); });
        };
        for (const DockerfileInstruction &ins : m_parse.instructions) {
            if (!has(ins.keyword, false))
                ++upper;
            else if (!has(ins.keyword, true))
                ++lower;
        }
        const bool majorityLower = lower > upper;
        for (const DockerfileInstruction &ins : m_parse.instructions) {
            if (ins.kind == InstructionKind::Unknown)
                continue;
            if (has(ins.keyword, majorityLower))
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
        const ExpandedInstruction &ex = expandedAt(stage.firstInstruction);
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
            // Evaluate with the global ARG defaults only, as a plain `docker build` would (computed once).
            const ShellLexer lexer(m_parse.escape);
            if (!m_globalDefaults) {
                QHash<QString, QString> defaults = DockerfileAnalyzer::automaticPlatformArgs({});
                for (const DockerfileKeyValue &kv : m_model.globalArgs) {
                    if (kv.hasValue) {
                        const ShellExpansion e = lexer.processWord(kv.rawValue, defaults);
                        defaults.insert(kv.key, e.value);
                    }
                }
                m_globalDefaults = std::move(defaults);
            }
            const ShellExpansion e = lexer.processWord(image, *m_globalDefaults);
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
        bool aptNoRecommendsConfig = false; // an apt.conf line written by an earlier RUN
        bool aptAssumeYesConfig = false;
        QSet<QString> declared; // ARG and ENV names of this stage and the stages it builds on
        bool usesWget = false; // some RUN of the stage calls wget (curl): WgetAndCurl
        bool usesCurl = false;
        bool reportedDownloaders = false;
        int previousRun = -1; // instruction index of the RUN just before, if the last instruction was a RUN
        QString rootImage; // the image at the root of the stage chain, as expanded
        bool busyboxShell = false; // /bin/sh is BusyBox ash (alpine, busybox): no bash
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
            const ExpandedInstruction &ex = expandedAt(i);
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
                    state.aptNoRecommendsConfig = base.aptNoRecommendsConfig;
                    state.aptAssumeYesConfig = base.aptAssumeYesConfig;
                    state.rootImage = base.rootImage;
                    state.declared = base.declared;
                } else {
                    state.rootImage = stage.baseExpanded.isEmpty() ? stage.baseImage : stage.baseExpanded;
                }
                const QString repository = splitImage(state.rootImage.toLower()).name.section(u'/', -1);
                state.busyboxShell = repository == u"alpine" || repository == u"busybox"
                    || state.rootImage.contains(u"alpine", Qt::CaseInsensitive);
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
                    if (stageIndex >= 0)
                        state.declared.insert(kv.key);
                    if (kv.key == u"PIP_NO_CACHE_DIR")
                        state.pipNoCacheEnv = true;
                }
            }
            if (stageIndex < 0)
                continue;
            const DockerfileStage &stage = m_model.stages[stageIndex];
            checkUndefinedVars(ins, ex, stage, globalNames);
            if (ins.kind == InstructionKind::Run) {
                if (state.previousRun >= 0 && sameFlags(m_parse.instructions[state.previousRun], ins))
                    report(LintRuleId::ConsecutiveRunInstructions,
                        DockerfileLinter::tr("Multiple consecutive RUN instructions (line %1 and this one); consider "
                                             "joining them with &&")
                            .arg(m_parse.instructions[state.previousRun].range.startLine),
                        ins.keywordRange);
                state.previousRun = int(i);
            } else {
                state.previousRun = -1;
            }
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
                // A value that comes from the base image (WORKDIR "${HOME}") is not known here: no guess.
                const bool known = ex.argsResolved.value(0, true) && !dir.isEmpty();
                if (known && !absolute && !state.absoluteWorkdir && !state.workdirSeen && !ins.args.isEmpty())
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
                // USER ${NB_UID} with the value from the base image: some user, not known to be root.
                if (!ex.argsResolved.value(0, true) || state.user.isEmpty())
                    state.user = ins.args.value(0).text;
                state.userInstruction = int(i);
                break;
            case InstructionKind::Expose:
                checkExpose(ins, state, globalPortArgs);
                break;
            case InstructionKind::Copy:
            case InstructionKind::Add:
                checkCopy(ins, ex, stage, state, int(i));
                if (ins.args.size() >= 2 && !state.workdirSeen && !state.absoluteWorkdir) {
                    const QString dest = ex.args.value(ins.args.size() - 1, ins.args.last().text);
                    const bool known = ex.argsResolved.value(ins.args.size() - 1, true) && !dest.isEmpty();
                    if (known && !dest.startsWith(u'/') && !dest.startsWith(u'$')
                        && !(dest.size() > 1 && dest[1] == u':') && !dest.startsWith(u'\\'))
                        report(LintRuleId::CopyRelativeDestination,
                            DockerfileLinter::tr("%1 to the relative path '%2' without a WORKDIR; set WORKDIR or use "
                                                 "an absolute path")
                                .arg(ins.name.toUpper(), dest),
                            ins.args.last().range);
                }
                break;
            case InstructionKind::Run: {
                const QList<RunScript> scripts = RunScript::fromInstruction(ins);
                checkRun(ins, scripts, state);
                checkGlobalArgsInRun(scripts, stage, state, globalNames);
                break;
            }
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

    // The first stage of the chain `stage` builds on (FROM another stage, and so on): the one FROM an image.
    const DockerfileStage &rootStage(const DockerfileStage &stage) const
    {
        const DockerfileStage *s = &stage;
        while (s->baseStage >= 0 && s->baseStage < s->index)
            s = &m_model.stages[s->baseStage];
        return *s;
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
        // The environment is known when the chain of stages starts at scratch or at an image whose
        // configuration the caller looked up; otherwise a name may come from the base image, and nothing is
        // guessed (no finding, no "did you mean").
        const DockerfileStage &root = rootStage(stage);
        const QString rootImage = root.baseExpanded.isEmpty() ? root.baseImage : root.baseExpanded;
        const auto imageEnv = m_options.imageEnvironment.constFind(rootImage);
        const bool fullyKnown = rootImage == u"scratch" || imageEnv != m_options.imageEnvironment.constEnd();
        if (imageEnv != m_options.imageEnvironment.constEnd())
            known += *imageEnv;
        for (const QString &name : ex.undefinedNames) {
            if (imageEnv != m_options.imageEnvironment.constEnd() && imageEnv->contains(name))
                continue;
            const QString hint = fullyKnown ? closest(name, known) : QString();
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

    // The targets of a RUN's cache and tmpfs mounts: what lands there is not in the image.
    static QStringList scratchMountTargets(const DockerfileInstruction &ins)
    {
        QStringList out;
        for (const DockerfileFlag &f : ins.flags) {
            if (f.name != u"mount")
                continue;
            const RunMount m = RunMountParser::parse(f.value);
            if (m.type == RunMount::Type::Cache || m.type == RunMount::Type::Tmpfs)
                out.append(m.target);
        }
        return out;
    }

    static bool mountAt(const QStringList &targets, QStringView needle)
    {
        return std::any_of(targets.begin(), targets.end(), [needle](const QString &t) { return t.contains(needle); });
    }

    // One command of a RUN, as the RUN rules read it: its words, the program's base name, and where each word
    // is in the Dockerfile. For `sudo [options] cmd`, the wrapped command is a second RunCommand (skip > 0).
    struct RunCommand
    {
        const RunScript *script = nullptr;
        const ShellCommand *command = nullptr;
        qsizetype skip = 0; // words of the command before w[0]
        QStringList w;
        QString prog;

        SourceRange range(qsizetype word) const
        {
            if (word >= 0 && skip + word < command->words.size())
                return script->rangeOf(command->words[skip + word]);
            return script->rangeOf(command->words[skip].start, command->words.last().end);
        }
    };

    static QList<RunCommand> runCommands(const QList<RunScript> &scripts)
    {
        QList<RunCommand> out;
        for (const RunScript &script : scripts) {
            for (const ShellCommand &cmd : script.commands) {
                if (cmd.words.isEmpty())
                    continue;
                RunCommand c {&script, &cmd, 0, cmd.texts(), cmd.program()};
                if (c.prog == u"sudo") {
                    // Analyse the wrapped command too (sudo's options and their values dropped).
                    static const QSet<QString> valued = {QStringLiteral("-u"), QStringLiteral("-g"),
                        QStringLiteral("-C"), QStringLiteral("-D"), QStringLiteral("-h"), QStringLiteral("-p"),
                        QStringLiteral("-r"), QStringLiteral("-t"), QStringLiteral("-U")};
                    out.append(c);
                    const qsizetype at = operandIndex(c.w, 1, valued);
                    if (at < 0)
                        continue;
                    c.skip = at;
                    c.w = c.w.mid(at);
                    c.prog = c.w.first().section(u'/', -1);
                }
                out.append(std::move(c));
            }
        }
        return out;
    }

    void checkRun(const DockerfileInstruction &ins, const QList<RunScript> &scripts, StageState &state)
    {
        const QList<RunCommand> commands = runCommands(scripts);
        const bool shell = scripts.value(0).shell;

        // What the whole RUN does, wherever in it: later commands clean up after earlier ones.
        bool setPipefail = false;
        const QStringList mounts = scratchMountTargets(ins);
        bool aptListsCleaned = mountAt(mounts, u"/var/lib/apt");
        bool apkCacheCleaned = mountAt(mounts, u"/var/cache/apk");
        QStringList removed; // folders the RUN manages itself: removed, created or filled by another command
        if (ins.json) {
            for (const DockerfileWord &a : ins.args)
                setPipefail = setPipefail || a.text == u"pipefail"; // ["bash", "-o", "pipefail", "-c", ...]
        }
        for (const RunCommand &c : commands) {
            for (const QString &word : c.w) {
                if (c.prog == u"set" && word.contains(u"pipefail"))
                    setPipefail = true;
                if (word.contains(u"/var/lib/apt/lists"))
                    aptListsCleaned = true;
                if (word.contains(u"/var/cache/apk"))
                    apkCacheCleaned = true;
                if (word.contains(u"Install-Recommends") && (word.contains(u"false") || word.contains(u"\"0\"")))
                    state.aptNoRecommendsConfig = true; // echo 'APT::Install-Recommends "false";' > /etc/apt/...
                if (word.contains(u"Assume-Yes") && word.contains(u"true"))
                    state.aptAssumeYesConfig = true;
            }
            if ((c.prog == u"apt-get" || c.prog == u"apt")
                && operandsFrom(c.w, 1, aptValueOptions()).value(0) == u"dist-clean")
                aptListsCleaned = true;
            if (c.prog == u"rm")
                removed += operandsFrom(c.w, 1);
            else if (c.prog != u"cd")
                removed += c.w.mid(1); // a folder this RUN creates, unpacks or clones (mkdir, tar -C, git clone)
        }

        bool reportedCd = false;
        bool reportedAptLists = false;
        bool reportedRpmClean = false;
        bool dependencyInstall = false;
        for (const RunCommand &c : commands) {
            const QStringList &w = c.w;
            const QString &prog = c.prog;
            if (prog == u"sudo") {
                report(LintRuleId::RunSudo, DockerfileLinter::tr("Do not use sudo in RUN; use USER to switch users"),
                    c.range(0));
                continue;
            }
            if (prog == u"cd" && !reportedCd && !c.command->inSubshell && isPersistentCd(w.value(1), removed)) {
                report(LintRuleId::RunCdInsteadOfWorkdir,
                    DockerfileLinter::tr("Use WORKDIR to switch to a directory instead of 'cd'"), c.range(0));
                reportedCd = true;
                continue;
            }
            if (prog == u"apt-get" || prog == u"apt")
                checkApt(ins, c, state, aptListsCleaned, reportedAptLists);
            checkRpm(c, commands, mounts, reportedRpmClean);
            checkTools(c, state);
            const qsizetype apkSub = prog == u"apk"
                ? operandIndex(w, 1,
                      {QStringLiteral("-X"), QStringLiteral("--repository"), QStringLiteral("-p"),
                          QStringLiteral("--root"), QStringLiteral("--arch")})
                : -1;
            if (apkSub > 0 && w[apkSub] == u"add" && indexOfWord(w, {u"--no-cache", u"--no-network"}) < 0
                && !apkCacheCleaned)
                report(LintRuleId::ApkNoCache,
                    DockerfileLinter::tr("Use the --no-cache switch to avoid the need to use --update and remove "
                                         "/var/cache/apk/*"),
                    c.range(apkSub));
            if (apkSub > 0 && w[apkSub] == u"add")
                checkPinnedPackages(c, apkSub, true);
            checkPip(mounts, c, state);
            if (isDependencyInstall(w, prog))
                dependencyInstall = true;
            checkLockedInstall(c);
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
        if (shell && !state.pipefail && state.posixShell && !setPipefail) {
            for (const RunCommand &c : commands) {
                if (!c.command->pipesOut)
                    continue;
                const qsizetype bar = c.script->text.indexOf(u'|', c.command->words.last().end);
                const SourceRange at = bar >= 0 ? c.script->rangeOf(bar, bar + 1) : c.range(-1);
                report(LintRuleId::PipeWithoutPipefail,
                    state.busyboxShell
                        ? DockerfileLinter::tr("Set the SHELL option -o pipefail before RUN with a pipe in it "
                                               "(SHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"] on %1)")
                              .arg(state.rootImage)
                        : DockerfileLinter::tr("Set the SHELL option -o pipefail before RUN with a pipe in it"),
                    at);
                break;
            }
        }
    }

    // $NAME in RUN text where NAME is a global ARG the stage never redeclared: the shell sees it empty. Where
    // the base image's environment is not known, names images commonly set themselves (PYTHON_VERSION in
    // python:3.12, HOME) are left alone: the image may define them.
    void checkGlobalArgsInRun(const QList<RunScript> &scripts, const DockerfileStage &stage, const StageState &state,
        const QSet<QString> &globalNames)
    {
        if (globalNames.isEmpty())
            return;
        const DockerfileStage &root = rootStage(stage);
        const QString rootImage = root.baseExpanded.isEmpty() ? root.baseImage : root.baseExpanded;
        const auto imageEnv = m_options.imageEnvironment.constFind(rootImage);
        const bool envKnown = rootImage == u"scratch" || imageEnv != m_options.imageEnvironment.constEnd();
        static const QSet<QString> imageNames = {QStringLiteral("HOME"), QStringLiteral("PATH"), QStringLiteral("LANG"),
            QStringLiteral("LC_ALL"), QStringLiteral("GOPATH"), QStringLiteral("GOROOT"), QStringLiteral("JAVA_HOME"),
            QStringLiteral("GPG_KEY"), QStringLiteral("USER"), QStringLiteral("HOSTNAME"), QStringLiteral("PWD"),
            QStringLiteral("SHELL"), QStringLiteral("TERM"), QStringLiteral("DEBIAN_FRONTEND")};
        QSet<QString> reported;
        for (const RunScript &script : scripts) {
            if (!script.shell)
                continue;
            const QString &t = script.text;
            for (qsizetype i = 0; i < t.size(); ++i) {
                if (t[i] == u'\\') {
                    ++i;
                    continue;
                }
                if (t[i] == u'\'') { // no expansion inside single quotes
                    const qsizetype close = t.indexOf(u'\'', i + 1);
                    i = close < 0 ? t.size() : close;
                    continue;
                }
                if (t[i] != u'$' || i + 1 >= t.size())
                    continue;
                const qsizetype dollar = i;
                const qsizetype start = i + (t[i + 1] == u'{' ? 2 : 1);
                qsizetype end = start;
                while (end < t.size() && (t[end].isLetterOrNumber() || t[end] == u'_') && t[end].unicode() < 128)
                    ++end;
                if (end == start || t[start].isDigit())
                    continue;
                const QString name = t.mid(start, end - start);
                i = end - 1;
                if (!globalNames.contains(name) || state.declared.contains(name) || reported.contains(name))
                    continue;
                if (imageEnv != m_options.imageEnvironment.constEnd() && imageEnv->contains(name))
                    continue;
                if (!envKnown && (name.endsWith(u"VERSION") || imageNames.contains(name)))
                    continue;
                reported.insert(name);
                report(LintRuleId::GlobalArgNotRedeclared,
                    DockerfileLinter::tr("'$%1' is empty here: the global ARG %1 is not redeclared in this stage "
                                         "(add 'ARG %1' before this RUN)")
                        .arg(name),
                    script.rangeOf(dollar, end < t.size() && t[end] == u'}' ? end + 1 : end));
            }
        }
    }

    static bool sameFlags(const DockerfileInstruction &a, const DockerfileInstruction &b)
    {
        if (a.flags.size() != b.flags.size())
            return false;
        for (qsizetype k = 0; k < a.flags.size(); ++k) {
            if (a.flags[k].name != b.flags[k].name || a.flags[k].value != b.flags[k].value)
                return false;
        }
        return true;
    }

    // apt-get install / apk add of packages without versions (DL3008, DL3018), once per command.
    void checkPinnedPackages(const RunCommand &c, qsizetype sub, bool apk)
    {
        static const QSet<QString> aptValued = aptValueOptions();
        static const QSet<QString> apkValued
            = {QStringLiteral("-X"), QStringLiteral("--repository"), QStringLiteral("-t"), QStringLiteral("--virtual"),
                QStringLiteral("-p"), QStringLiteral("--root"), QStringLiteral("--arch")};
        const QSet<QString> &valued = apk ? apkValued : aptValued;
        for (qsizetype i = operandIndex(c.w, sub + 1, valued); i >= 0; i = operandIndex(c.w, i + 1, valued)) {
            const QString &pkg = c.w[i];
            if (pkg.contains(u'$') || pkg.contains(u'/') || pkg.endsWith(u".deb") || pkg.endsWith(u".apk")
                || pkg.contains(u'=') || (apk && (pkg.contains(u'~') || pkg.contains(u'<') || pkg.contains(u'>'))))
                continue;
            report(apk ? LintRuleId::ApkPackageNotPinned : LintRuleId::AptPackageNotPinned,
                apk ? DockerfileLinter::tr("Pin versions in apk add: '%1' (%1=VERSION or %1~MAJOR.MINOR)").arg(pkg)
                    : DockerfileLinter::tr("Pin versions in apt-get install: '%1' (%1=VERSION)").arg(pkg),
                c.range(i));
            return;
        }
    }

    // yum, dnf and microdnf: -y (DL3030, DL3038) and a cleaned cache (DL3032, DL3040).
    void checkRpm(const RunCommand &c, const QList<RunCommand> &all, const QStringList &mounts, bool &reportedClean)
    {
        const bool yum = c.prog == u"yum";
        if (!yum && c.prog != u"dnf" && c.prog != u"microdnf" && !c.prog.startsWith(u"dnf"))
            return;
        static const QSet<QString> valued = {QStringLiteral("--setopt"), QStringLiteral("--enablerepo"),
            QStringLiteral("--disablerepo"), QStringLiteral("--installroot"), QStringLiteral("--releasever"),
            QStringLiteral("-c"), QStringLiteral("--config"), QStringLiteral("--repo"), QStringLiteral("--nodocs")};
        const qsizetype sub = operandIndex(c.w, 1, valued);
        if (sub < 0)
            return;
        const QString &verb = c.w[sub];
        if (verb != u"install" && verb != u"groupinstall" && verb != u"localinstall" && verb != u"reinstall"
            && verb != u"update" && verb != u"upgrade")
            return;
        const bool yes = c.prog == u"microdnf" ? true // microdnf never prompts
                                               : indexOfWord(c.w, {u"-y", u"--assumeyes"}) >= 0 || c.command->pipedInto;
        if (!yes)
            report(yum ? LintRuleId::YumMissingYes : LintRuleId::DnfMissingYes,
                DockerfileLinter::tr("Use the -y switch to avoid manual input: %1 install -y").arg(c.prog),
                c.range(sub));
        if (reportedClean || mountAt(mounts, u"/var/cache/yum") || mountAt(mounts, u"/var/cache/dnf"))
            return;
        for (const RunCommand &other : all) {
            if ((other.prog == u"yum" || other.prog == u"dnf" || other.prog == u"microdnf")
                && other.w.value(1) == u"clean")
                return;
            if (other.prog == u"rm" && std::any_of(other.w.begin(), other.w.end(), [](const QString &w) {
                    return w.startsWith(u"/var/cache/yum") || w.startsWith(u"/var/cache/dnf");
                }))
                return;
        }
        report(yum ? LintRuleId::YumCacheNotCleaned : LintRuleId::DnfCacheNotCleaned,
            DockerfileLinter::tr("Remove the %1 cache after installing: end the RUN with %1 clean all").arg(c.prog),
            c.range(sub));
        reportedClean = true;
    }

    // wget's progress bar (DL3047), both wget and curl in one stage (DL4001), useradd with a high UID (DL3046).
    void checkTools(const RunCommand &c, StageState &state)
    {
        if (c.prog == u"wget") {
            const bool quiet = std::any_of(c.w.begin() + 1, c.w.end(), [](const QString &w) {
                return w == u"-q" || w == u"--quiet" || w == u"-nv" || w == u"--no-verbose"
                    || w.startsWith(u"--progress") || w == u"-o" || w.startsWith(u"--output-file") || w == u"-a"
                    || w.startsWith(u"--append-output")
                    || (w.size() > 1 && w[0] == u'-' && w[1] != u'-' && (w.contains(u'q') || w.startsWith(u"-nv")));
            });
            if (!quiet)
                report(LintRuleId::WgetWithoutProgress,
                    DockerfileLinter::tr("wget without --progress (or -q / -nv) floods the build log"), c.range(0));
        }
        if (c.prog == u"wget" || c.prog == u"curl") {
            (c.prog == u"wget" ? state.usesWget : state.usesCurl) = true;
            if (state.usesWget && state.usesCurl && !state.reportedDownloaders) {
                report(LintRuleId::WgetAndCurl,
                    DockerfileLinter::tr("Both wget and curl are used in this stage; use one of them"), c.range(0));
                state.reportedDownloaders = true;
            }
        }
        if (c.prog == u"useradd") {
            bool noLog = false;
            QString uid;
            for (qsizetype i = 1; i < c.w.size(); ++i) {
                const QString &w = c.w[i];
                noLog = noLog || w == u"-l" || w == u"--no-log-init"
                    || (w.size() > 1 && w[0] == u'-' && w[1] != u'-' && w.contains(u'l') && !w.contains(u'='));
                if (w == u"-u" || w == u"--uid")
                    uid = c.w.value(i + 1);
                else if (w.startsWith(u"--uid="))
                    uid = w.mid(6);
                else if (w.startsWith(u"-u") && w.size() > 2 && w[2].isDigit())
                    uid = w.mid(2);
            }
            bool number = false;
            const qlonglong value = uid.toLongLong(&number);
            if (number && value >= 100000 && !noLog)
                report(LintRuleId::UseraddHighUid,
                    DockerfileLinter::tr("useradd -u %1 without -l (--no-log-init) makes /var/log/lastlog huge")
                        .arg(uid),
                    c.range(0));
        }
    }

    // A `cd` whose effect lasts beyond the command: not `cd -`, `cd ..`, `cd /`, a temporary folder, or a folder the
    // RUN removes again (the download-build-delete pattern WORKDIR cannot express).
    static bool isPersistentCd(const QString &dir, const QStringList &removed)
    {
        if (dir.isEmpty() || dir == u"-" || dir == u"/" || dir == u".." || dir.startsWith(u"../")
            || dir.contains(u"tmp", Qt::CaseInsensitive) || dir.contains(u"mktemp"))
            return false;
        QString bare = dir;
        while (bare.size() > 1 && bare.endsWith(u'/'))
            bare.chop(1);
        for (const QString &r : removed) {
            if (r == bare || r.startsWith(bare + u'/') || bare.startsWith(r + u'/')
                || (r.endsWith(u'*') && bare.startsWith(r.chopped(1))))
                return false;
        }
        return true;
    }

    void checkApt(const DockerfileInstruction &ins, const RunCommand &c, StageState &state, bool listsCleaned,
        bool &reportedLists)
    {
        Q_UNUSED(ins);
        const QStringList &w = c.w;
        const qsizetype sub = operandIndex(w, 1, aptValueOptions());
        if (c.prog == u"apt" && sub > 0) {
            report(LintRuleId::AptUseAptGet,
                DockerfileLinter::tr("Do not use apt as it is meant to be an end-user tool, use apt-get or "
                                     "apt-cache instead"),
                c.range(0));
        }
        if (sub < 0 || w[sub] != u"install")
            return;
        if (indexOfWord(w, {u"-s", u"--simulate", u"--just-print", u"--dry-run", u"--recon", u"--no-act"}) >= 0)
            return; // a simulation installs nothing
        checkPinnedPackages(c, sub, false);
        bool yes = state.aptAssumeYesConfig || c.command->pipedInto || c.prog == u"apt";
        bool noRecommends = state.aptNoRecommendsConfig;
        for (qsizetype i = 1; i < w.size(); ++i) {
            const QString &word = w[i];
            if (word == u"--yes" || word == u"--assume-yes" || word == u"--quiet=2" || word == u"-qq"
                || word.contains(u"Assume-Yes=true", Qt::CaseInsensitive)
                || (word.size() > 1 && word[0] == u'-' && word[1] != u'-' && !word.contains(u'=') && word.contains(u'y')
                    && !aptValueOptions().contains(w[i - 1])))
                yes = true;
            if (word == u"--no-install-recommends" || word.contains(u"Install-Recommends=false", Qt::CaseInsensitive)
                || word.contains(u"Install-Recommends=0", Qt::CaseInsensitive))
                noRecommends = true;
        }
        if (c.prog == u"apt-get" && !yes)
            report(LintRuleId::AptGetMissingYes,
                DockerfileLinter::tr("Use the -y switch to avoid manual input: apt-get -y install"), c.range(sub));
        if (!noRecommends)
            report(LintRuleId::AptNoInstallRecommends,
                DockerfileLinter::tr("Avoid additional packages by specifying --no-install-recommends"), c.range(sub));
        if (!listsCleaned && !reportedLists) {
            report(LintRuleId::AptListsNotCleaned,
                DockerfileLinter::tr("Delete the apt lists after installing packages: end the RUN with apt-get "
                                     "dist-clean (Debian 13 and later) or rm -rf /var/lib/apt/lists/*"),
                c.range(sub));
            reportedLists = true;
        }
    }

    void checkPip(const QStringList &mounts, const RunCommand &c, const StageState &state)
    {
        const QStringList &w = c.w;
        const qsizetype install = pipInstallIndex(w, c.prog);
        if (install < 0)
            return;
        if (c.prog != u"uv" && indexOfWord(w, {u"--no-cache-dir", u"--no-cache"}) < 0 && !state.pipNoCacheEnv
            && !mountAt(mounts, u".cache"))
            report(LintRuleId::PipNoCacheDir,
                DockerfileLinter::tr("Avoid use of cache directory with pip. Use `pip install "
                                     "--no-cache-dir <package>`"),
                c.range(install));
        const bool requirements = indexOfWord(w, {u"-r", u"--requirement", u"-c", u"--constraint"}) >= 0
            || std::any_of(w.begin(), w.end(), [](const QString &x) {
                   return (x.startsWith(u"-r") && !x.startsWith(u"--")) || x.startsWith(u"--requirement=");
               });
        if (requirements)
            return;
        static const QSet<QString> tools = {QStringLiteral("pip"), QStringLiteral("setuptools"),
            QStringLiteral("wheel"), QStringLiteral("uv"), QStringLiteral("poetry"), QStringLiteral("pipenv")};
        for (qsizetype i = operandIndex(w, install + 1, pipValueOptions()); i >= 0;
            i = operandIndex(w, i + 1, pipValueOptions())) {
            const QString &pkg = w[i];
            const bool path = pkg.startsWith(u'.') || pkg.startsWith(u'/') || pkg.endsWith(u".whl")
                || pkg.contains(u"://") || pkg.endsWith(u".tar.gz") || pkg.endsWith(u".zip") || pkg.contains(u'$')
                || pkg == u"@" || w.value(i + 1) == u"@" || pkg.contains(u" @ ");
            static const QRegularExpression specifier(QStringLiteral("[<>=!~\\[;@ ]"));
            const QString bare = pkg.section(specifier, 0, 0);
            if (!path && !pkg.contains(u"==") && !tools.contains(bare.toLower())) {
                report(LintRuleId::DependencyInstallNotLocked,
                    DockerfileLinter::tr("pip install of '%1' resolves versions at build time; install from a "
                                         "lock file or pin exact versions")
                        .arg(pkg),
                    c.range(i));
                break;
            }
        }
    }

    void checkLockedInstall(const RunCommand &c)
    {
        const QStringList &w = c.w;
        const QString &prog = c.prog;
        const QString subCommand = w.value(1);
        if (prog == u"npm" && (subCommand == u"install" || subCommand == u"i" || subCommand == u"add")) {
            static const QSet<QString> valued = {QStringLiteral("--prefix"), QStringLiteral("--registry"),
                QStringLiteral("--cache"), QStringLiteral("--loglevel"), QStringLiteral("-w"),
                QStringLiteral("--workspace"), QStringLiteral("--omit"), QStringLiteral("--include")};
            const QStringList packages = operandsFrom(w, 2, valued);
            if (packages.isEmpty()) {
                report(LintRuleId::DependencyInstallNotLocked,
                    DockerfileLinter::tr("npm install resolves versions at build time; use npm ci to install from "
                                         "package-lock.json"),
                    c.range(1));
                return;
            }
            for (const QString &pkg : packages) {
                if (!isPinnedNpmPackage(pkg)) {
                    report(LintRuleId::DependencyInstallNotLocked,
                        DockerfileLinter::tr("npm install of '%1' resolves its version at build time; pin an exact "
                                             "version (%1@1.2.3)")
                            .arg(pkg),
                        c.range(w.indexOf(pkg)));
                    return;
                }
            }
            return;
        }
        if ((prog == u"yarn" && isYarnInstall(w) && indexOfWord(w, {u"--frozen-lockfile", u"--immutable"}) < 0)
            || (prog == u"pnpm" && (subCommand == u"install" || subCommand == u"i")
                && indexOfWord(w, {u"--frozen-lockfile"}) < 0))
            report(LintRuleId::DependencyInstallNotLocked,
                DockerfileLinter::tr("%1 install without a frozen lock file; add --frozen-lockfile (or --immutable)")
                    .arg(prog),
                c.range(0));
        else if (prog == u"uv" && subCommand == u"sync" && indexOfWord(w, {u"--locked", u"--frozen"}) < 0)
            report(LintRuleId::DependencyInstallNotLocked,
                DockerfileLinter::tr("uv sync without --locked or --frozen may update uv.lock"), c.range(1));
        else if (prog == u"pipenv" && subCommand == u"install"
            && indexOfWord(w, {u"--deploy", u"--ignore-pipfile"}) < 0)
            report(LintRuleId::DependencyInstallNotLocked,
                DockerfileLinter::tr("pipenv install without --deploy does not enforce Pipfile.lock"), c.range(0));
    }

    void checkTarget()
    {
        const int target = m_model.targetStage;
        if (target < 0 || target >= m_states.size())
            return;
        const DockerfileStage &stage = m_model.stages[target];
        const StageState &state = m_states[target];
        const DockerfileInstruction &from = m_parse.instructions[stage.firstInstruction];
        // A scratch-based output that nothing runs (no CMD or ENTRYPOINT anywhere in its chain) only carries
        // build artefacts (`docker build --output`, COPY --from): users and health checks do not apply.
        if (rootStage(stage).baseExpanded == u"scratch" || rootStage(stage).baseImage == u"scratch") {
            bool runs = false;
            for (int s = target; s >= 0 && !runs; s = m_model.stages[s].baseStage) {
                runs = s < m_states.size() && (!m_states[s].cmds.isEmpty() || !m_states[s].entrypoints.isEmpty());
                if (m_model.stages[s].baseStage >= s)
                    break;
            }
            if (!runs)
                return;
        }
        const QString user = state.user.section(u':', 0, 0);
        // Windows images run as ContainerUser (nanoserver) or ContainerAdministrator: not Unix root.
        const QString base
            = rootStage(stage).baseExpanded.isEmpty() ? rootStage(stage).baseImage : rootStage(stage).baseExpanded;
        const bool windows = base.contains(u"nanoserver") || base.contains(u"servercore")
            || base.contains(u"mcr.microsoft.com/windows");
        if (user.isEmpty()) {
            if (!windows)
                report(LintRuleId::RootUser,
                    DockerfileLinter::tr("The final stage runs as root: add a USER with an unprivileged user"),
                    from.keywordRange);
        } else if (user == u"root" || user == u"0")
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

    // `# hadolint global ignore=DL3003,DL3008` on any comment line: those rules are off for the whole file.
    RuleSet globalHadolintIgnores() const
    {
        RuleSet out;
        static const QRegularExpression pragma(QStringLiteral("^\\s*#\\s*hadolint\\s+global\\s+ignore=(.*)$"));
        static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
        for (const QString &line : m_parse.lines) {
            if (!line.contains(u"global"))
                continue;
            const QRegularExpressionMatch m = pragma.match(line);
            if (!m.hasMatch())
                continue;
            for (const QString &id : m.captured(1).split(separators, Qt::SkipEmptyParts)) {
                for (const LintRule &r : LintRuleCatalog::rules()) {
                    if (!r.hadolint.isEmpty() && r.hadolint == id)
                        out.set(size_t(r.rule));
                }
            }
        }
        return out;
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

        if (m_options.inlineSuppressions)
            skipped |= globalHadolintIgnores();

        QList<LintDiagnostic> out;
        QSet<QString> seen;
        out.reserve(m_out.size());
        for (LintDiagnostic &d : m_out) {
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
            // One finding per rule, place and message: two checks reaching the same conclusion report it once.
            const QString key = QStringLiteral("%1:%2:%3:%4:%5:")
                                    .arg(int(d.rule))
                                    .arg(d.range.startLine)
                                    .arg(d.range.startColumn)
                                    .arg(d.range.endLine)
                                    .arg(d.range.endColumn)
                + d.message;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out.append(std::move(d));
        }
        std::stable_sort(out.begin(), out.end(), [](const LintDiagnostic &a, const LintDiagnostic &b) {
            if (a.range.startLine != b.range.startLine)
                return a.range.startLine < b.range.startLine;
            return a.range.startColumn < b.range.startColumn;
        });
        return out;
    }

    const DockerfileParseResult &m_parse;
    std::optional<QHash<QString, QString>> m_globalDefaults; // global ARG defaults, for FROM lines
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
