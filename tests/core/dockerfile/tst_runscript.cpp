// SPDX-License-Identifier: GPL-3.0-or-later
// RunScript cuts RUN scripts into the commands sh runs, and maps every word back to the Dockerfile.
#include "core/dockerfile/dockerfileparser.h"
#include "core/dockerfile/runscript.h"

#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

class TestRunScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void subshellsAndPipes();
    void wordsMapToTheDockerfile();
    void heredocsThatTheShellReads();
    void execForm();
};

// "a b | c ; d": commands joined by " ; ", a command whose output is piped ends in " |".
static QString render(const QList<ShellCommand> &commands)
{
    QStringList out;
    for (const ShellCommand &c : commands)
        out.append(c.texts().join(u' ') + (c.pipesOut ? u" |"_s : QString()));
    return out.join(u" ; "_s);
}

void TestRunScript::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("commands");
    auto row = [](const char *name, const QString &script, const QString &commands) {
        QTest::newRow(name) << script << commands;
    };
    row("and", u"apt-get update && apt-get install -y curl"_s, u"apt-get update ; apt-get install -y curl"_s);
    row("or semicolon", u"a || b; c & d"_s, u"a ; b ; c ; d"_s);
    row("pipe", u"curl -fsSL x | tar xz"_s, u"curl -fsSL x | ; tar xz"_s);
    row("pipe stderr", u"make |& tee log"_s, u"make | ; tee log"_s);
    row("quotes keep operators", uR"(echo "a | b" 'c && d' e\;f)"_s, u"echo a | b c && d e;f"_s);
    row("comment", u"echo a # apt-get install | x\necho b"_s, u"echo a ; echo b"_s);
    row("hash inside a word", u"echo a#b"_s, u"echo a#b"_s);
    row("continuation", u"apt-get install \\\n  curl"_s, u"apt-get install curl"_s);
    row("case patterns are not pipes",
        u"case \"$arch\" in x86_64|amd64) echo amd ;; aarch64|arm64) echo arm ;; *) exit 1 ;; esac; echo ok"_s,
        u"echo amd ; echo arm ; exit 1 ; echo ok"_s);
    row("case on lines", u"case $x in\n  a|b)\n    echo 1\n    ;;\nesac"_s, u"echo 1"_s);
    row("assignments and wrappers", u"FOO=1 env BAR=2 exec make install"_s, u"make install"_s);
    row("if then", u"if [ -f x ]; then pip install y; fi"_s, u"[ -f x ] ; pip install y ; fi"_s);
    row("redirections dropped", u"echo hi > /x 2>&1 && cat </y >>z"_s, u"echo hi ; cat"_s);
    row("attached redirection", u"echo hi>/x"_s, u"echo hi"_s);
    row("command substitution", u"echo $(uname -m) done"_s, u"echo ; uname -m ; done"_s);
    row("heredoc body skipped", u"cat <<EOF > /x\nline | with && pipe\nEOF\necho done"_s, u"cat ; echo done"_s);
    row("tab-stripped heredoc", u"cat <<-'END'\n\tx | y\n\tEND\necho done"_s, u"cat ; echo done"_s);
    row("here-string", u"grep x <<< \"a|b\""_s, u"grep x"_s);
    row("quoted substitution", u"cd \"$(mktemp -d)\" && x"_s, u"cd $(mktemp -d) ; x"_s);
    row("empty", QString(), QString());
}

void TestRunScript::split()
{
    QFETCH(QString, script);
    QFETCH(QString, commands);
    QCOMPARE(render(RunScript::split(script)), commands);
}

void TestRunScript::subshellsAndPipes()
{
    const QList<ShellCommand> c = RunScript::split(u"(cd /src && make) && rm -rf /src; yes | apt-get install x"_s);
    QCOMPARE(c.size(), 5);
    QVERIFY(c[0].inSubshell);
    QVERIFY(c[1].inSubshell);
    QVERIFY(!c[2].inSubshell);
    QCOMPARE(c[0].program(), u"cd"_s);
    QVERIFY(c[3].pipesOut);
    QVERIFY(c[4].pipedInto);
    QCOMPARE(RunScript::split(u"/usr/bin/apt-get -y install x"_s).value(0).program(), u"apt-get"_s);
}

static DockerfileInstruction firstRun(const QString &text)
{
    const DockerfileParseResult parse = DockerfileParser::parse(text);
    for (const DockerfileInstruction &ins : parse.instructions) {
        if (ins.kind == InstructionKind::Run)
            return ins;
    }
    return {};
}

void TestRunScript::wordsMapToTheDockerfile()
{
    const DockerfileInstruction ins
        = firstRun(u"FROM scratch\nRUN echo hi && \\\n    # a comment\n    apt-get   install curl\n"_s);
    const QList<RunScript> scripts = RunScript::fromInstruction(ins);
    QCOMPARE(scripts.size(), 1);
    const RunScript &s = scripts.first();
    QCOMPARE(s.commands.size(), 2);
    const ShellCommand &apt = s.commands[1];
    QCOMPARE(apt.texts(), QStringList({u"apt-get"_s, u"install"_s, u"curl"_s}));
    QCOMPARE(s.rangeOf(apt.words[0]), SourceRange(4, 5, 4, 12));
    QCOMPARE(s.rangeOf(apt.words[1]), SourceRange(4, 15, 4, 22));
    QCOMPARE(s.rangeOf(s.commands[0].words[1]), SourceRange(2, 10, 2, 12));
}

void TestRunScript::heredocsThatTheShellReads()
{
    QList<RunScript> s
        = RunScript::fromInstruction(firstRun(u"FROM scratch\nRUN <<EOF\nset -e\napt-get update\nEOF\n"_s));
    QCOMPARE(s.size(), 2);
    QCOMPARE(render(s[1].commands), u"set -e ; apt-get update"_s);
    QCOMPARE(s[1].rangeOf(s[1].commands[1].words[0]), SourceRange(4, 1, 4, 8));

    s = RunScript::fromInstruction(firstRun(u"FROM scratch\nRUN bash -e <<EOF\napt-get update\nEOF\n"_s));
    QCOMPARE(s.size(), 2);

    // A body another program reads is not shell: python, a file written with cat, a non-shell shebang.
    for (const QString &text : {u"FROM scratch\nRUN python3 <<EOF\nimport os # apt-get install x | y\nEOF\n"_s,
             u"FROM scratch\nRUN cat <<EOF > /etc/x\napt-get install x | y\nEOF\n"_s,
             u"FROM scratch\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1 | 2)\nEOF\n"_s}) {
        s = RunScript::fromInstruction(firstRun(text));
        QVERIFY2(s.size() == 1, qPrintable(text));
    }
}

void TestRunScript::execForm()
{
    QList<RunScript> s = RunScript::fromInstruction(
        firstRun(u"FROM scratch\nRUN [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\", \"a | b\"]\n"_s));
    QCOMPARE(s.size(), 1);
    QVERIFY(s[0].shell);
    QCOMPARE(render(s[0].commands), u"a | ; b"_s);
    s = RunScript::fromInstruction(firstRun(u"FROM scratch\nRUN [\"make\", \"a | b\"]\n"_s));
    QVERIFY(!s[0].shell);
    QCOMPARE(s[0].commands.value(0).texts(), QStringList({u"make"_s, u"a | b"_s}));
}

QTEST_GUILESS_MAIN(TestRunScript)
#include "tst_runscript.moc"
