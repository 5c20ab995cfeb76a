// SPDX-License-Identifier: GPL-3.0-or-later
#include "instructionchecker.h"

#include "dockerfileparser.h"
#include "runmount.h"

#include <QHash>
#include <QSet>
#include <cmath>

namespace Dockwright::Core {

namespace {

enum class FlagType { Bool, String, Strings };

struct FlagSpec
{
    const char16_t *name;
    FlagType type;
};

QList<FlagSpec> flagsOf(InstructionKind kind)
{
    switch (kind) {
    case InstructionKind::From:
        return {{u"platform", FlagType::String}};
    case InstructionKind::Run:
        return {{u"mount", FlagType::Strings}, {u"network", FlagType::String}, {u"security", FlagType::String},
            {u"device", FlagType::Strings}};
    case InstructionKind::Copy:
        return {{u"from", FlagType::String}, {u"chown", FlagType::String}, {u"chmod", FlagType::String},
            {u"link", FlagType::Bool}, {u"parents", FlagType::Bool}, {u"exclude", FlagType::Strings}};
    case InstructionKind::Add:
        return {{u"chown", FlagType::String}, {u"chmod", FlagType::String}, {u"link", FlagType::Bool},
            {u"keep-git-dir", FlagType::Bool}, {u"checksum", FlagType::String}, {u"unpack", FlagType::Bool},
            {u"exclude", FlagType::Strings}};
    case InstructionKind::Healthcheck:
        return {{u"interval", FlagType::String}, {u"timeout", FlagType::String}, {u"start-period", FlagType::String},
            {u"start-interval", FlagType::String}, {u"retries", FlagType::String}};
    default:
        return {};
    }
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> prev(size_t(b.size() + 1)), cur(size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, sub});
        }
        prev.swap(cur);
    }
    return prev[size_t(b.size())];
}

QString suggest(QStringView word, const QStringList &candidates)
{
    if (word.size() > 64)
        return {};
    QString best;
    // Short words get only one edit, so "FOO" does not become "FROM".
    int bestDistance = word.size() <= 4 ? 2 : 3;
    for (const QString &c : candidates) {
        const int d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

bool isChmod(QStringView v)
{
    if (v.isEmpty())
        return false;
    bool octal = true;
    for (QChar c : v)
        octal = octal && c >= u'0' && c <= u'7';
    if (octal)
        return v.size() <= 4;
    // Symbolic (Dockerfile 1.14): [ugoa]*[-+=][rwxXst]* (, ...)*
    for (QStringView clause : v.split(u',')) {
        qsizetype i = 0;
        while (i < clause.size() && QStringView(u"ugoa").contains(clause[i]))
            ++i;
        if (i >= clause.size() || !QStringView(u"+-=").contains(clause[i]))
            return false;
        ++i;
        while (i < clause.size() && QStringView(u"rwxXstugo").contains(clause[i]))
            ++i;
        if (i != clause.size())
            return false;
    }
    return true;
}

class Checker
{
public:
    explicit Checker(DockerfileParseResult &result)
        : m_result(result)
    { }

    void error(const QString &message, const SourceRange &range) { m_result.errors.append({message, range}); }

    void checkFlags(const DockerfileInstruction &ins)
    {
        const QList<FlagSpec> specs = flagsOf(ins.kind);
        QSet<QString> used;
        QStringList names;
        for (const FlagSpec &s : specs)
            names.append(QString::fromUtf16(s.name));
        for (const DockerfileFlag &flag : ins.flags) {
            const FlagSpec *spec = nullptr;
            for (const FlagSpec &s : specs) {
                if (flag.name == QStringView(s.name))
                    spec = &s;
            }
            if (!spec) {
                QString message = InstructionChecker::tr("unknown flag: --%1").arg(flag.name);
                const QString hint = suggest(flag.name, names);
                if (!hint.isEmpty())
                    message += InstructionChecker::tr(" (did you mean --%1?)").arg(hint);
                error(message, flag.range);
                continue;
            }
            if (used.contains(flag.name) && spec->type != FlagType::Strings)
                error(InstructionChecker::tr("duplicate flag specified: %1").arg(flag.name), flag.range);
            used.insert(flag.name);
            if (spec->type == FlagType::Bool) {
                const QString v = flag.value.toLower();
                if (flag.hasValue && v != u"true" && v != u"false")
                    error(InstructionChecker::tr("expecting boolean value for flag %1, not: %2")
                              .arg(flag.name, flag.value),
                        flag.range);
                continue;
            }
            if (!flag.hasValue) {
                error(InstructionChecker::tr("missing a value on flag: %1").arg(flag.name), flag.range);
                continue;
            }
            checkFlagValue(ins, flag);
        }
    }

    void checkFlagValue(const DockerfileInstruction &ins, const DockerfileFlag &flag)
    {
        const QString &v = flag.value;
        const bool variable = v.contains(u'$');
        if (ins.kind == InstructionKind::Run) {
            if (flag.name == u"mount") {
                const RunMount m = RunMountParser::parse(v);
                if (!m.ok() && !variable)
                    error(m.error, flag.range);
                else if (!m.from.isEmpty() && m.from.contains(u'$'))
                    error(InstructionChecker::tr("variable expansion is not supported for --mount=from"), flag.range);
            } else if (flag.name == u"network" && !variable && v != u"default" && v != u"none" && v != u"host") {
                error(InstructionChecker::tr("invalid network mode %1").arg(v), flag.range);
            } else if (flag.name == u"security" && !variable && v != u"sandbox" && v != u"insecure") {
                error(InstructionChecker::tr("security %1 is not valid").arg(v), flag.range);
            }
        } else if (ins.kind == InstructionKind::Copy || ins.kind == InstructionKind::Add) {
            if (flag.name == u"from" && variable)
                error(InstructionChecker::tr("variable expansion is not supported for --from, define a new stage with "
                                             "FROM using ARG from global scope as a workaround"),
                    flag.range);
            else if (flag.name == u"chmod" && !variable && !isChmod(v))
                error(InstructionChecker::tr("invalid --chmod value: %1").arg(v), flag.range);
        } else if (ins.kind == InstructionKind::Healthcheck) {
            if (flag.name == u"retries") {
                bool ok = false;
                const int retries = v.toInt(&ok);
                if (!ok)
                    error(InstructionChecker::tr("invalid --retries value: %1").arg(v), flag.range);
                else if (retries < 0)
                    error(InstructionChecker::tr("--retries cannot be negative (%1)").arg(retries), flag.range);
            } else if (!v.isEmpty()) {
                const auto ns = InstructionChecker::parseGoDuration(v);
                if (!ns)
                    error(InstructionChecker::tr("time: invalid duration \"%1\"").arg(v), flag.range);
                else if (*ns != 0 && *ns < 1'000'000)
                    error(InstructionChecker::tr("Interval \"%1\" cannot be less than 1ms").arg(flag.name), flag.range);
            }
        }
    }

    SourceRange argsRange(const DockerfileInstruction &ins) const
    {
        return ins.argumentsRange.isValid() && ins.argumentsRange.endColumn > ins.argumentsRange.startColumn
            ? ins.argumentsRange
            : ins.keywordRange;
    }

    void checkInstruction(const DockerfileInstruction &ins, bool trigger)
    {
        const QString upper = ins.name.toUpper();
        const auto atLeastOne
            = [&] { error(InstructionChecker::tr("%1 requires at least one argument").arg(upper), ins.keywordRange); };
        const auto exactlyOne
            = [&] { error(InstructionChecker::tr("%1 requires exactly one argument").arg(upper), ins.keywordRange); };
        if (ins.kind == InstructionKind::Unknown) {
            static const QStringList known = {QStringLiteral("add"), QStringLiteral("arg"), QStringLiteral("cmd"),
                QStringLiteral("copy"), QStringLiteral("entrypoint"), QStringLiteral("env"), QStringLiteral("expose"),
                QStringLiteral("from"), QStringLiteral("healthcheck"), QStringLiteral("label"),
                QStringLiteral("maintainer"), QStringLiteral("onbuild"), QStringLiteral("run"), QStringLiteral("shell"),
                QStringLiteral("stopsignal"), QStringLiteral("user"), QStringLiteral("volume"),
                QStringLiteral("workdir")};
            QString message = InstructionChecker::tr("unknown instruction: %1").arg(ins.keyword);
            const QString hint = suggest(ins.name, known);
            if (!hint.isEmpty())
                message += InstructionChecker::tr(" (did you mean %1?)").arg(hint.toUpper());
            error(message, ins.keywordRange);
            return;
        }
        checkFlags(ins);
        switch (ins.kind) {
        case InstructionKind::From: {
            if (trigger) {
                error(InstructionChecker::tr("%1 isn't allowed as an ONBUILD trigger").arg(upper), ins.keywordRange);
                return;
            }
            const bool three = ins.args.size() == 3 && ins.args[1].text.compare(u"as", Qt::CaseInsensitive) == 0;
            if (ins.args.size() != 1 && !three) {
                error(InstructionChecker::tr("FROM requires either one or three arguments"), argsRange(ins));
                return;
            }
            if (three && !ins.args[2].text.contains(u'$') && !InstructionChecker::isValidStageName(ins.args[2].text))
                error(InstructionChecker::tr("invalid name for build stage: \"%1\", name can't start with a number or "
                                             "contain symbols")
                          .arg(ins.args[2].text),
                    ins.args[2].range);
            break;
        }
        case InstructionKind::Run:
            if (ins.args.isEmpty() && !ins.json)
                atLeastOne();
            break;
        case InstructionKind::Env:
        case InstructionKind::Label:
        case InstructionKind::Arg:
            if (ins.args.isEmpty())
                atLeastOne();
            for (const DockerfileKeyValue &kv : ins.pairs) {
                if (kv.key.isEmpty())
                    error(InstructionChecker::tr("%1 names can not be blank").arg(upper), kv.range);
            }
            break;
        case InstructionKind::Expose:
            if (ins.args.isEmpty())
                atLeastOne();
            break;
        case InstructionKind::Maintainer:
        case InstructionKind::StopSignal:
        case InstructionKind::User:
        case InstructionKind::Workdir:
            if (ins.args.size() != 1)
                exactlyOne();
            if (ins.kind == InstructionKind::Maintainer && trigger)
                error(InstructionChecker::tr("%1 isn't allowed as an ONBUILD trigger").arg(upper), ins.keywordRange);
            break;
        case InstructionKind::Volume:
            if (ins.args.isEmpty())
                atLeastOne();
            for (const DockerfileWord &w : ins.args) {
                if (w.text.isEmpty())
                    error(InstructionChecker::tr("VOLUME specified can not be an empty string"), w.range);
            }
            break;
        case InstructionKind::Add:
        case InstructionKind::Copy:
            if (ins.args.size() < 2) {
                if (ins.args.isEmpty() && ins.heredocs.isEmpty())
                    error(InstructionChecker::tr("%1 requires at least two arguments").arg(upper), ins.keywordRange);
                else
                    error(InstructionChecker::tr("%1 requires at least two arguments, but only one was provided. "
                                                 "Destination could not be determined")
                              .arg(upper),
                        argsRange(ins));
            } else if (!ins.heredocs.isEmpty() && !ins.json) {
                const QString &dest = ins.args.last().text;
                for (const DockerfileHeredoc &doc : ins.heredocs) {
                    if (dest.contains(u"<<") && dest.endsWith(doc.name))
                        error(InstructionChecker::tr("%1 cannot accept a heredoc as a destination").arg(upper),
                            ins.args.last().range);
                }
            }
            break;
        case InstructionKind::Shell:
            if (!ins.json && !ins.args.isEmpty())
                error(InstructionChecker::tr("SHELL requires the arguments to be in JSON form"), argsRange(ins));
            else if (ins.args.isEmpty())
                atLeastOne();
            break;
        case InstructionKind::Healthcheck: {
            if (ins.args.isEmpty()) {
                atLeastOne();
                break;
            }
            const QString type = ins.args.first().text.toUpper();
            if (type == u"NONE") {
                if (ins.args.size() > 1)
                    error(InstructionChecker::tr("HEALTHCHECK NONE takes no arguments"), argsRange(ins));
            } else if (type == u"CMD") {
                if (ins.args.size() < 2 && !ins.json)
                    error(InstructionChecker::tr("Missing command after HEALTHCHECK CMD"), ins.args.first().range);
            } else {
                error(InstructionChecker::tr("Unknown type \"%1\" in HEALTHCHECK (try CMD)").arg(type),
                    ins.args.first().range);
            }
            break;
        }
        case InstructionKind::Onbuild:
            if (!ins.onbuild) {
                atLeastOne();
                break;
            }
            if (ins.onbuild->kind == InstructionKind::Onbuild) {
                error(InstructionChecker::tr("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"),
                    ins.onbuild->keywordRange);
                break;
            }
            checkInstruction(*ins.onbuild, true);
            break;
        case InstructionKind::Cmd:
        case InstructionKind::Entrypoint:
        case InstructionKind::Unknown:
            break;
        }
    }

    void run()
    {
        int stage = -1;
        bool reportedNoStage = false;
        for (DockerfileInstruction &ins : m_result.instructions) {
            if (ins.kind == InstructionKind::From && ins.keyword.size())
                ++stage;
            ins.stageIndex = stage;
            if (stage < 0 && ins.kind != InstructionKind::Arg && ins.kind != InstructionKind::From
                && ins.kind != InstructionKind::Unknown && !reportedNoStage) {
                error(InstructionChecker::tr("no build stage in current context"), ins.keywordRange);
                reportedNoStage = true;
            }
            checkInstruction(ins, false);
        }
    }

private:
    DockerfileParseResult &m_result;
};

} // namespace

void InstructionChecker::check(DockerfileParseResult &result)
{
    Checker(result).run();
}

bool InstructionChecker::isValidStageName(QStringView name)
{
    const QString lower = name.toString().toLower();
    if (lower.isEmpty() || lower[0] < u'a' || lower[0] > u'z')
        return false;
    for (QChar c : lower) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<qint64> InstructionChecker::parseGoDuration(QStringView s)
{
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.front() == u'-' || s.front() == u'+') {
        negative = s.front() == u'-';
        s = s.mid(1);
    }
    if (s == u"0")
        return 0;
    if (s.isEmpty())
        return std::nullopt;
    double total = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype numStart = i;
        while (i < s.size() && (s[i].isDigit() || s[i] == u'.'))
            ++i;
        if (i == numStart)
            return std::nullopt;
        bool ok = false;
        const QStringView num = s.mid(numStart, i - numStart);
        if (num == u"." || num.count(u'.') > 1)
            return std::nullopt;
        const double value = num.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const qsizetype unitStart = i;
        while (i < s.size() && !s[i].isDigit() && s[i] != u'.')
            ++i;
        const QStringView unit = s.mid(unitStart, i - unitStart);
        double scale = 0;
        if (unit == u"ns")
            scale = 1;
        else if (unit == u"us" || unit == u"\u00b5s" || unit == u"\u03bcs")
            scale = 1e3;
        else if (unit == u"ms")
            scale = 1e6;
        else if (unit == u"s")
            scale = 1e9;
        else if (unit == u"m")
            scale = 60e9;
        else if (unit == u"h")
            scale = 3600e9;
        else
            return std::nullopt;
        total += value * scale;
        if (total > 9.2e18)
            return std::nullopt;
    }
    const auto ns = qint64(std::llround(total));
    return negative ? -ns : ns;
}

} // namespace Dockwright::Core
