// SPDX-License-Identifier: GPL-3.0-or-later
#include "runscript.h"

#include <QSet>
#include <algorithm>

namespace Dockwright::Core {

namespace {

bool isShellProgram(const QString &program)
{
    static const QSet<QString> shells = {QStringLiteral("sh"), QStringLiteral("bash"), QStringLiteral("ash"),
        QStringLiteral("dash"), QStringLiteral("zsh"), QStringLiteral("ksh"), QStringLiteral("mksh")};
    return shells.contains(program);
}

// Words that start a command without being its program.
bool isPrefixWord(const QString &w)
{
    static const QSet<QString> prefixes = {QStringLiteral("then"), QStringLiteral("do"), QStringLiteral("else"),
        QStringLiteral("elif"), QStringLiteral("!"), QStringLiteral("{"), QStringLiteral("exec"),
        QStringLiteral("time"), QStringLiteral("command"), QStringLiteral("builtin"), QStringLiteral("env"),
        QStringLiteral("if"), QStringLiteral("while"), QStringLiteral("until"), QStringLiteral("nohup")};
    if (prefixes.contains(w))
        return true;
    const qsizetype eq = w.indexOf(u'=');
    return eq > 0 && !w.startsWith(u'-') && !w.left(eq).contains(u'/'); // VAR=value
}

bool isRedirection(const QString &w)
{
    qsizetype i = 0;
    while (i < w.size() && w[i].isDigit())
        ++i;
    if (i < w.size() && w[i] == u'&' && i + 1 < w.size() && w[i + 1] == u'>')
        ++i;
    return i < w.size() && (w[i] == u'<' || w[i] == u'>');
}

// A redirection operator without its target ("2>", ">>", "<"), so the next word is the target.
bool isBareRedirection(const QString &w)
{
    qsizetype i = 0;
    while (i < w.size() && (w[i].isDigit() || w[i] == u'&'))
        ++i;
    const QStringView op = QStringView(w).mid(i);
    return op == u">" || op == u">>" || op == u"<" || op == u">|" || op == u"<>" || op == u"<<<" || op == u">&"
        || op == u"<&";
}

struct Splitter
{
    QStringView s;
    QList<ShellCommand> out;
    ShellCommand current;
    QString word;
    qsizetype wordStart = -1;
    bool quotedWord = false;
    int subshell = 0;
    enum class Case { None, Subject, Pattern } mode = Case::None;
    int caseBodies = 0;
    struct Pending
    {
        QString name;
        bool chomp = false;
    };
    QList<Pending> heredocs; // here-documents whose bodies start after the next newline
    bool expectDelimiter = false;
    bool delimiterChomp = false;

    void endWord(qsizetype end)
    {
        if (wordStart < 0)
            return;
        const QString text = word;
        const qsizetype start = wordStart;
        const bool quoted = quotedWord;
        word.clear();
        wordStart = -1;
        quotedWord = false;
        if (expectDelimiter) {
            heredocs.append({text, delimiterChomp});
            expectDelimiter = false;
            return;
        }
        if (s.mid(start).startsWith(u"<<") && !text.startsWith(u"<<<")) { // the operator itself is never quoted
            const bool chomp = text.startsWith(u"<<-");
            const QString name = text.mid(chomp ? 3 : 2);
            if (name.isEmpty()) {
                expectDelimiter = true;
                delimiterChomp = chomp;
            } else {
                heredocs.append({name, chomp});
            }
            current.heredocs.append(text); // RunScript needs to know who reads a body
            return;
        }
        if (current.words.isEmpty() && !quoted) {
            if (mode == Case::Subject) {
                if (text == u"in")
                    mode = Case::Pattern;
                return;
            }
            if (text == u"case") {
                mode = Case::Subject;
                return;
            }
            if (text == u"esac" && caseBodies > 0) {
                --caseBodies;
                return;
            }
        } else if (mode == Case::Subject) {
            if (text == u"in")
                mode = Case::Pattern;
            return;
        }
        current.words.append({text, start, end});
    }

    void endCommand(qsizetype at, bool pipe)
    {
        endWord(at);
        if (!current.words.isEmpty() || !current.heredocs.isEmpty()) {
            current.pipesOut = pipe;
            current.inSubshell = subshell > 0;
            out.append(current);
        }
        current = ShellCommand();
        current.pipedInto = pipe;
    }

    void beginWord(qsizetype i)
    {
        if (wordStart < 0)
            wordStart = i;
    }

    // After a newline: skip the bodies of the here-documents started on the line just ended.
    qsizetype skipHeredocBodies(qsizetype i)
    {
        for (const Pending &doc : std::as_const(heredocs)) {
            while (i < s.size()) {
                qsizetype eol = s.indexOf(u'\n', i);
                if (eol < 0)
                    eol = s.size();
                QStringView line = s.mid(i, eol - i);
                if (doc.chomp) {
                    while (!line.isEmpty() && line.front() == u'\t')
                        line = line.mid(1);
                }
                if (line.endsWith(u'\r'))
                    line.chop(1);
                i = eol + 1;
                if (line == doc.name)
                    break;
            }
        }
        heredocs.clear();
        return i;
    }

    // Pattern list of a case item, up to its ')'; returns the index after it, or after "esac".
    qsizetype skipCasePattern(qsizetype i)
    {
        while (i < s.size() && (s[i].isSpace() || s[i] == u';'))
            ++i;
        if (s.mid(i).startsWith(u"esac") && (i + 4 >= s.size() || !s[i + 4].isLetterOrNumber())) {
            mode = Case::None;
            return i + 4;
        }
        QChar quote;
        for (; i < s.size(); ++i) {
            const QChar c = s[i];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
                else if (c == u'\\' && quote == u'"')
                    ++i;
                continue;
            }
            if (c == u'\\') {
                ++i;
            } else if (c == u'\'' || c == u'"') {
                quote = c;
            } else if (c == u')') {
                mode = Case::None;
                ++caseBodies;
                return i + 1;
            }
        }
        mode = Case::None;
        return i;
    }

    void run()
    {
        const qsizetype n = s.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (mode == Case::Pattern && wordStart < 0) {
                i = skipCasePattern(i) - 1;
                continue;
            }
            const QChar c = s[i];
            if (c == u'\'') {
                beginWord(i);
                quotedWord = true;
                for (++i; i < n && s[i] != u'\''; ++i)
                    word.append(s[i]);
                continue;
            }
            if (c == u'"') {
                beginWord(i);
                quotedWord = true;
                for (++i; i < n && s[i] != u'"'; ++i) {
                    if (s[i] == u'\\' && i + 1 < n) {
                        const QChar next = s[i + 1];
                        if (next == u'\n') {
                            ++i;
                            continue;
                        }
                        if (next == u'"' || next == u'\\' || next == u'$' || next == u'`')
                            ++i;
                    }
                    word.append(s[i]);
                }
                continue;
            }
            if (c == u'\\') {
                if (i + 1 < n && s[i + 1] == u'\n') {
                    ++i; // line continuation
                    continue;
                }
                beginWord(i);
                if (i + 1 < n)
                    word.append(s[++i]);
                continue;
            }
            if (c == u'#' && wordStart < 0) {
                while (i + 1 < n && s[i + 1] != u'\n')
                    ++i;
                continue;
            }
            if (c == u'\n') {
                endCommand(i, false);
                if (!heredocs.isEmpty())
                    i = skipHeredocBodies(i + 1) - 1;
                continue;
            }
            if (c == u'|') {
                if (i + 1 < n && s[i + 1] == u'|') {
                    ++i;
                    endCommand(i, false);
                } else {
                    if (i + 1 < n && s[i + 1] == u'&')
                        ++i; // |& pipes stderr too
                    endCommand(i, true);
                }
                continue;
            }
            if (c == u';') {
                if (i + 1 < n && (s[i + 1] == u';' || s[i + 1] == u'&')) {
                    // ;; ;& ;;& end a case item: the next pattern list follows.
                    i += (i + 2 < n && s[i + 2] == u'&') ? 2 : 1;
                    endCommand(i, false);
                    if (caseBodies > 0) {
                        --caseBodies;
                        mode = Case::Pattern;
                    }
                    continue;
                }
                endCommand(i, false);
                continue;
            }
            if (c == u'&') {
                const bool redirection = (i > 0 && (s[i - 1] == u'>' || s[i - 1] == u'<') && wordStart >= 0)
                    || (i + 1 < n && s[i + 1] == u'>');
                if (redirection) {
                    beginWord(i);
                    word.append(c);
                    continue;
                }
                if (i + 1 < n && s[i + 1] == u'&')
                    ++i;
                endCommand(i, false);
                continue;
            }
            if (c == u'(' || c == u')' || c == u'`') {
                if (c == u'(' && wordStart >= 0 && word.endsWith(u'$')) {
                    word.chop(1); // $( ... ): the substitution is a command of its own
                    if (word.isEmpty() && !quotedWord)
                        wordStart = -1;
                }
                endCommand(i, false);
                if (c == u'(')
                    ++subshell;
                else if (c == u')' && subshell > 0)
                    --subshell;
                continue;
            }
            if ((c == u'<' || c == u'>') && wordStart >= 0) {
                // `a>b` is two words; a redirection's fd digits ("2>") stay with the operator.
                bool digits = !quotedWord;
                for (QChar d : std::as_const(word))
                    digits = digits && (d.isDigit() || d == u'&' || d == u'<' || d == u'>');
                if (!digits)
                    endWord(i);
            }
            if (c.isSpace()) {
                endWord(i);
                continue;
            }
            beginWord(i);
            word.append(c);
        }
        endCommand(n, false);
    }
};

void tidy(ShellCommand &cmd)
{
    // Redirections and their targets are not arguments.
    QList<ShellWord> kept;
    for (qsizetype k = 0; k < cmd.words.size(); ++k) {
        const QString &w = cmd.words[k].text;
        if (isRedirection(w)) {
            if (isBareRedirection(w))
                ++k;
            continue;
        }
        kept.append(cmd.words[k]);
    }
    cmd.words = kept;
    while (!cmd.words.isEmpty() && isPrefixWord(cmd.words.first().text))
        cmd.words.removeFirst();
}

} // namespace

QStringList ShellCommand::texts() const
{
    QStringList out;
    out.reserve(words.size());
    for (const ShellWord &w : words)
        out.append(w.text);
    return out;
}

QString ShellCommand::program() const
{
    if (words.isEmpty())
        return {};
    const QString &w = words.first().text;
    const qsizetype slash = w.lastIndexOf(u'/');
    return slash < 0 ? w : w.mid(slash + 1);
}

QList<ShellCommand> RunScript::split(QStringView script)
{
    Splitter splitter;
    splitter.s = script;
    splitter.run();
    QList<ShellCommand> out;
    out.reserve(splitter.out.size());
    for (ShellCommand &cmd : splitter.out) {
        tidy(cmd);
        if (!cmd.words.isEmpty() || !cmd.heredocs.isEmpty())
            out.append(std::move(cmd));
    }
    return out;
}

SourceRange RunScript::rangeOf(qsizetype start, qsizetype end) const
{
    if (m_segments.isEmpty() || start < 0 || start >= text.size())
        return m_fallback;
    const auto at = [this](qsizetype pos) {
        auto it = std::upper_bound(
            m_segments.begin(), m_segments.end(), pos, [](qsizetype p, const Segment &seg) { return p < seg.offset; });
        if (it != m_segments.begin())
            --it;
        return std::pair<int, int>(it->line, it->column + int(pos - it->offset));
    };
    const auto [l1, c1] = at(start);
    if (end <= start)
        return {l1, c1, l1, c1};
    const auto [l2, c2] = at(std::min(end, text.size()) - 1);
    return {l1, c1, l2, c2 + 1};
}

QList<RunScript> RunScript::fromInstruction(const DockerfileInstruction &ins)
{
    QList<RunScript> scripts;
    RunScript main;
    main.m_fallback = ins.argumentsRange.isValid() ? ins.argumentsRange : ins.keywordRange;
    if (ins.json) {
        QStringList words;
        for (const DockerfileWord &a : ins.args)
            words.append(a.text);
        const qsizetype slash = words.value(0).lastIndexOf(u'/');
        const QString program = words.value(0).mid(slash + 1);
        qsizetype c = 1;
        while (c < words.size() && words[c].startsWith(u'-') && words[c] != u"-c")
            c += words[c] == u"-o" || words[c] == u"+o" ? 2 : 1; // sh -e -o pipefail -c
        if (isShellProgram(program) && words.value(c) == u"-c") {
            main.text = words.value(c + 1);
        } else {
            main.shell = false;
            ShellCommand command;
            for (const QString &w : std::as_const(words)) {
                if (!main.text.isEmpty())
                    main.text += u' ';
                command.words.append({w, main.text.size(), main.text.size() + w.size()});
                main.text += w;
            }
            if (!command.words.isEmpty())
                main.commands.append(command);
            scripts.append(main);
            return scripts;
        }
    } else if (!ins.args.isEmpty()) {
        main.text = ins.args.first().text;
        const qsizetype base = ins.original.size() - main.text.size();
        if (base >= 0 && QStringView(ins.original).mid(base) == main.text) {
            for (const DockerfileTextSegment &seg : ins.originalSegments) {
                const qsizetype next = &seg == &ins.originalSegments.back() ? ins.original.size() : (&seg + 1)->offset;
                if (next <= base)
                    continue;
                const qsizetype begin = std::max(seg.offset, base);
                main.m_segments.append({begin - base, seg.line, seg.column + int(begin - seg.offset)});
            }
        }
    }
    main.commands = split(main.text);
    scripts.append(main);

    // Which here-documents are shell input: those read by a command that is only the redirection, or a shell
    // without -c (`RUN <<EOF`, `RUN bash -e <<EOF`).
    for (const DockerfileHeredoc &doc : ins.heredocs) {
        if (doc.fileDescriptor != 0 || ins.json)
            continue;
        bool shellInput = false;
        for (const ShellCommand &cmd : std::as_const(main.commands)) {
            bool reads = false;
            for (const QString &op : cmd.heredocs) {
                const QString name = op.mid(op.startsWith(u"<<-") ? 3 : 2);
                reads = reads || name == doc.name || name.isEmpty();
            }
            if (!reads)
                continue;
            const QString program = cmd.program();
            shellInput = program.isEmpty() || (isShellProgram(program) && !cmd.texts().contains(QStringLiteral("-c")));
        }
        if (!shellInput)
            continue;
        if (doc.content.startsWith(u"#!")) {
            const QString shebang = doc.content.section(u'\n', 0, 0);
            const QString interpreter = shebang.section(u'/', -1).section(u' ', -1);
            if (!isShellProgram(interpreter) && !isShellProgram(shebang.section(u'/', -1).section(u' ', 0, 0)))
                continue;
        }
        RunScript body;
        body.text = doc.content;
        body.m_fallback = doc.range;
        qsizetype offset = 0;
        int line = doc.bodyRange.startLine;
        while (offset <= body.text.size() && line > 0) {
            body.m_segments.append({offset, line, 1});
            const qsizetype eol = body.text.indexOf(u'\n', offset);
            if (eol < 0)
                break;
            offset = eol + 1;
            ++line;
        }
        body.commands = split(body.text);
        scripts.append(body);
    }
    return scripts;
}

} // namespace Dockwright::Core
