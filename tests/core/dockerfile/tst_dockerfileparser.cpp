// SPDX-License-Identifier: GPL-3.0-or-later
// Parser conformance: each row is a Dockerfile and the expected compact dump (see dockerfiledump.h). The
// expectations follow BuildKit's frontend/dockerfile/parser and instruction layer.
#include "core/dockerfile/dockerfileparser.h"
#include "core/dockerfile/instructionchecker.h"
#include "dockerfiledump.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Dockwright::Core;
using namespace Dockwright::Tests;
using namespace Qt::StringLiterals;

class TestDockerfileParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conformance_data();
    void conformance();
    void ranges();
    void heredocRanges();
    void crlfAndBom();
    void longLine();
    void dataFiles_data();
    void dataFiles();
    void goDurations();
};

static void row(const char *name, const QString &input, const QString &expected)
{
    QTest::newRow(name) << input << expected;
}

void TestDockerfileParser::conformance_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // --- basics, comments, whitespace, case
    row("simple", u"FROM alpine\n"_s, u"FROM 1-1 args[\"alpine\"]"_s);
    row("no trailing newline", u"FROM alpine"_s, u"FROM 1-1 args[\"alpine\"]"_s);
    row("empty file", u""_s, u"!error 1:1 file with no instructions"_s);
    row("only comments", u"# hello\n\n# world\n"_s, u"!error 3:1 file with no instructions"_s);
    row("comment lines skipped", u"# c\nFROM a\n# d\nRUN x\n"_s, u"FROM 2-2 args[\"a\"]\nRUN 4-4 args[\"x\"]"_s);
    row("hash inside args", u"FROM a\nRUN echo 'a # b'\n"_s, u"FROM 1-1 args[\"a\"]\nRUN 2-2 args[\"echo 'a # b'\"]"_s);
    row("leading whitespace", u"   FROM a\n\t RUN x\n"_s, u"FROM 1-1 args[\"a\"]\nRUN 2-2 args[\"x\"]"_s);
    row("indented comment", u"FROM a\n    # note\nRUN x\n"_s, u"FROM 1-1 args[\"a\"]\nRUN 3-3 args[\"x\"]"_s);
    row("lowercase keywords", u"from a\nrun x\n"_s, u"from 1-1 args[\"a\"]\nrun 2-2 args[\"x\"]"_s);
    row("mixed case keyword", u"FrOm a\n"_s, u"FrOm 1-1 args[\"a\"]"_s);
    row("unknown instruction", u"FROM a\nFOO bar\n"_s,
        u"FROM 1-1 args[\"a\"]\nFOO 2-2 args[]\n!error 2:1 unknown instruction: FOO"_s);
    row("unknown instruction suggestion", u"FROM a\nRUNN x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUNN 2-2 args[]\n!error 2:1 unknown instruction: RUNN (did you mean RUN?)"_s);
    row("instruction before FROM", u"RUN x\nFROM a\n"_s,
        u"RUN 1-1 args[\"x\"]\nFROM 2-2 args[\"a\"]\n!error 1:1 no build stage in current context"_s);
    row("arg before FROM allowed", u"ARG V=1\nFROM a:$V\n"_s,
        u"ARG 1-1 args[\"V=1\"] pairs[V=\"1\"]\nFROM 2-2 args[\"a:$V\"]"_s);
    row("trailing spaces after args", u"FROM a   \n"_s, u"FROM 1-1 args[\"a\"]"_s);

    // --- directives
    row("syntax directive", u"# syntax=docker/dockerfile:1\nFROM a\n"_s,
        u"#syntax=docker/dockerfile:1\nFROM 2-2 args[\"a\"]"_s);
    row("escape backtick", u"# escape=`\nFROM a\nRUN echo \\ `\n  x\n"_s,
        u"escape=`\n#escape=`\nFROM 2-2 args[\"a\"]\nRUN 3-4 args[\"echo \\\\   x\"]"_s);
    row("directive case and spacing", u"#\t  EsCaPe =  `  \nFROM a\n"_s,
        u"escape=`\n#escape=`\nFROM 2-2 args[\"a\"]"_s);
    row("check directive", u"# check=skip=JSONArgsRecommended;error=true\nFROM a\n"_s,
        u"#check=skip=JSONArgsRecommended;error=true\nFROM 2-2 args[\"a\"]"_s);
    row("directive after blank line is a comment", u"\n# escape=`\nFROM a\n"_s, u"FROM 3-3 args[\"a\"]"_s);
    row("directive after comment is a comment", u"# hello\n# escape=`\nFROM a\n"_s, u"FROM 3-3 args[\"a\"]"_s);
    row("directive after unknown directive", u"# foo=bar\n# escape=`\nFROM a\n"_s, u"FROM 3-3 args[\"a\"]"_s);
    row("directive after instruction", u"FROM a\n# escape=`\nRUN x \\\n y\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 3-4 args[\"x  y\"]"_s);
    row("duplicate directive", u"# escape=\\\n# escape=`\nFROM a\n"_s,
        u"#escape=\\\nFROM 3-3 args[\"a\"]\n!error 2:1 only one escape parser directive can be used"_s);
    row("invalid escape", u"# escape=x\nFROM a\n"_s,
        u"#escape=x\nFROM 2-2 args[\"a\"]\n!error 1:1 invalid escape token 'x' does not match ` or \\"_s);
    row("indented directive", u"  # syntax=x\nFROM a\n"_s, u"#syntax=x\nFROM 2-2 args[\"a\"]"_s);
    row("shebang ends directives", u"#!/usr/bin/env buildctl\n# escape=`\nFROM a\n"_s, u"FROM 3-3 args[\"a\"]"_s);

    // --- continuation
    row("continuation keeps leading ws", u"FROM a\nRUN echo hello \\\n    world\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-3 args[\"echo hello     world\"]"_s);
    row("continuation blanks after escape", u"FROM a\nRUN a \\  \t\n b\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-3 args[\"a  b\"]"_s);
    row("comment inside continuation", u"FROM a\nENV A=1 \\\n# c\n    B=2\n"_s,
        u"FROM 1-1 args[\"a\"]\nENV 2-4 args[\"A=1\",\"B=2\"] pairs[A=\"1\",B=\"2\"]"_s);
    row("indented comment in continuation", u"FROM a\nRUN a \\\n   # c\n  b\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-4 args[\"a   b\"]"_s);
    row("empty continuation line", u"FROM a\nRUN a \\\n\n  b\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-4 args[\"a   b\"]\n!warning 3"_s);
    row("escaped escape ends line", u"FROM a\nENV K=end\\\\\nRUN x\n"_s,
        u"FROM 1-1 args[\"a\"]\nENV 2-2 args[\"K=end\\\\\\\\\"] pairs[K=\"end\\\\\"]\nRUN 3-3 args[\"x\"]"_s);
    row("continuation at EOF", u"FROM a\nRUN x \\\n"_s, u"FROM 1-1 args[\"a\"]\nRUN 2-2 args[\"x\"]"_s);
    row("lone escape line", u"FROM a\nRUN a \\\n\\\n b\n"_s, u"FROM 1-1 args[\"a\"]\nRUN 2-4 args[\"a  b\"]"_s);
    row("continuation across flags", u"FROM a\nCOPY --link \\\n  --chown=1:1 a /b/\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-3 flags[\"--link\",\"--chown=1:1\"] args[\"a\",\"/b/\"]"_s);
    row("backtick escape keeps backslash", u"# escape=`\nFROM a\nENV P=C:\\path\n"_s,
        u"escape=`\n#escape=`\nFROM 2-2 args[\"a\"]\nENV 3-3 args[\"P=C:\\\\path\"] pairs[P=\"C:\\\\path\"]"_s);

    // --- exec form / shell form
    row("exec form", u"FROM a\nCMD [\"echo\", \"hi\"]\n"_s, u"FROM 1-1 args[\"a\"]\nCMD 2-2 json[\"echo\",\"hi\"]"_s);
    row("exec form escapes", u"FROM a\nCMD [\"a\\\"b\", \"c\\\\d\", \"\\u0041\\n\"]\n"_s,
        u"FROM 1-1 args[\"a\"]\nCMD 2-2 json[\"a\\\"b\",\"c\\\\d\",\"A\\n\"]"_s);
    row("empty exec form", u"FROM a\nCMD []\n"_s, u"FROM 1-1 args[\"a\"]\nCMD 2-2 json[]"_s);
    row("single quotes fall back", u"FROM a\nCMD ['echo','hi']\n"_s,
        u"FROM 1-1 args[\"a\"]\nCMD 2-2 args[\"['echo','hi']\"]"_s);
    row("unterminated array falls back", u"FROM a\nRUN [\"a\"\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 args[\"[\\\"a\\\"\"]"_s);
    row("windows path falls back", u"FROM a\nRUN [\"c:\\windows\"]\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 args[\"[\\\"c:\\\\windows\\\"]\"]"_s);
    row("non-string array is error", u"FROM a\nCMD [1, \"a\"]\n"_s,
        u"FROM 1-1 args[\"a\"]\nCMD 2-2 args[]\n!error 2:5 when using JSON array syntax, arrays must be comprised of strings only"_s);
    row("nested array is error", u"FROM a\nENTRYPOINT [[\"a\"]]\n"_s,
        u"FROM 1-1 args[\"a\"]\nENTRYPOINT 2-2 args[]\n!error 2:12 when using JSON array syntax, arrays must be comprised of strings only"_s);
    row("trailing text after array ignored", u"FROM a\nCMD [\"a\"] tail\n"_s,
        u"FROM 1-1 args[\"a\"]\nCMD 2-2 json[\"a\"]"_s);
    row("exec form across lines", u"FROM a\nCMD [\"a\", \\\n     \"b\"]\n"_s,
        u"FROM 1-1 args[\"a\"]\nCMD 2-3 json[\"a\",\"b\"]"_s);
    row("shell requires json", u"FROM a\nSHELL /bin/bash -c\n"_s,
        u"FROM 1-1 args[\"a\"]\nSHELL 2-2 args[\"/bin/bash -c\"]\n!error 2:7 SHELL requires the arguments to be in JSON form"_s);
    row("shell json", u"FROM a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"_s,
        u"FROM 1-1 args[\"a\"]\nSHELL 2-2 json[\"/bin/bash\",\"-o\",\"pipefail\",\"-c\"]"_s);
    row("copy json with spaces", u"FROM a\nCOPY [\"a b\", \"/c d/\"]\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 json[\"a b\",\"/c d/\"]"_s);
    row("volume list", u"FROM a\nVOLUME /a /b\n"_s, u"FROM 1-1 args[\"a\"]\nVOLUME 2-2 args[\"/a\",\"/b\"]"_s);
    row("volume empty string", u"FROM a\nVOLUME [\"\"]\n"_s,
        u"FROM 1-1 args[\"a\"]\nVOLUME 2-2 json[\"\"]\n!error 2:9 VOLUME specified can not be an empty string"_s);

    // --- flags
    row("flags then args", u"FROM --platform=linux/arm64 a AS b\n"_s,
        u"FROM 1-1 flags[\"--platform=linux/arm64\"] args[\"a\",\"AS\",\"b\"]"_s);
    row("double dash ends flags", u"FROM a\nCOPY --link -- --odd /dst/\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 flags[\"--link\"] args[\"--odd\",\"/dst/\"]"_s);
    row("quoted flag", u"FROM a\nCOPY --chown=\"1 2\" a /b/\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 flags[\"--chown=1 2\"] args[\"a\",\"/b/\"]"_s);
    row("unknown flag", u"FROM a\nCOPY --lnk a /b/\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 flags[\"--lnk\"] args[\"a\",\"/b/\"]\n!error 2:6 unknown flag: --lnk (did you mean --link?)"_s);
    row("flag on instruction without flags", u"FROM a\nENV --x=1 A=b\n"_s,
        u"FROM 1-1 args[\"a\"]\nENV 2-2 flags[\"--x=1\"] args[\"A=b\"] pairs[A=\"b\"]\n!error 2:5 unknown flag: --x"_s);
    row("bool flag values", u"FROM a\nCOPY --link=false --parents=TRUE a /b/\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 flags[\"--link=false\",\"--parents=TRUE\"] args[\"a\",\"/b/\"]"_s);
    row("bool flag bad value", u"FROM a\nCOPY --link=yes a /b/\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 flags[\"--link=yes\"] args[\"a\",\"/b/\"]\n!error 2:6 expecting boolean value for flag link, not: yes"_s);
    row("bool flag empty value", u"FROM a\nCOPY --link= a /b/\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 flags[\"--link=\"] args[\"a\",\"/b/\"]\n!error 2:6 expecting boolean value for flag link, not: "_s);
    row("string flag missing value", u"FROM a\nCOPY --from a /b/\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 flags[\"--from\"] args[\"a\",\"/b/\"]\n!error 2:6 missing a value on flag: from"_s);
    row("duplicate flag", u"FROM a\nCOPY --from=x --from=y a /b/\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 flags[\"--from=x\",\"--from=y\"] args[\"a\",\"/b/\"]\n!error 2:15 duplicate flag specified: from"_s);
    row("repeatable flags", u"FROM a\nCOPY --exclude=*.md --exclude=*.txt . /b/\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 flags[\"--exclude=*.md\",\"--exclude=*.txt\"] args[\".\",\"/b/\"]"_s);
    row("add flags", u"FROM a\nADD --checksum=sha256:0a --keep-git-dir --unpack=true --chmod=644 --link u /d\n"_s,
        u"FROM 1-1 args[\"a\"]\nADD 2-2 flags[\"--checksum=sha256:0a\",\"--keep-git-dir\",\"--unpack=true\",\"--chmod=644\",\"--link\"] args[\"u\",\"/d\"]"_s);
    row("chmod symbolic", u"FROM a\nCOPY --chmod=u+rwx,go=rx a /b\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 flags[\"--chmod=u+rwx,go=rx\"] args[\"a\",\"/b\"]"_s);
    row("chmod invalid", u"FROM a\nCOPY --chmod=999 a /b\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 flags[\"--chmod=999\"] args[\"a\",\"/b\"]\n!error 2:6 invalid --chmod value: 999"_s);
    row("copy from variable", u"FROM a\nCOPY --from=$X a /b\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 flags[\"--from=$X\"] args[\"a\",\"/b\"]\n!error 2:6 variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround"_s);
    row("run network and security", u"FROM a\nRUN --network=none --security=insecure x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 flags[\"--network=none\",\"--security=insecure\"] args[\"x\"]"_s);
    row("run bad network", u"FROM a\nRUN --network=bridge x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 flags[\"--network=bridge\"] args[\"x\"]\n!error 2:5 invalid network mode bridge"_s);
    row("run bad security", u"FROM a\nRUN --security=open x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 flags[\"--security=open\"] args[\"x\"]\n!error 2:5 security open is not valid"_s);

    // --- RUN --mount
    row("mount cache", u"FROM a\nRUN --mount=type=cache,target=/c,sharing=locked,id=x,mode=0700,uid=1 x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 flags[\"--mount=type=cache,target=/c,sharing=locked,id=x,mode=0700,uid=1\"] args[\"x\"]"_s);
    row("mount bind default type", u"FROM a\nRUN --mount=target=/src,source=.,from=build,rw x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 flags[\"--mount=target=/src,source=.,from=build,rw\"] args[\"x\"]"_s);
    row("mount secret env", u"FROM a\nRUN --mount=type=secret,id=tok,env=TOKEN,required x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 flags[\"--mount=type=secret,id=tok,env=TOKEN,required\"] args[\"x\"]"_s);
    row("mount ssh and tmpfs", u"FROM a\nRUN --mount=type=ssh --mount=type=tmpfs,dst=/t,size=64m x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 flags[\"--mount=type=ssh\",\"--mount=type=tmpfs,dst=/t,size=64m\"] args[\"x\"]"_s);
    row("mount unknown type", u"FROM a\nRUN --mount=type=nfs,target=/x x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 flags[\"--mount=type=nfs,target=/x\"] args[\"x\"]\n!error 2:5 unsupported mount type \"nfs\""_s);
    row("mount mode on bind", u"FROM a\nRUN --mount=type=bind,target=/x,mode=0700 x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 flags[\"--mount=type=bind,target=/x,mode=0700\"] args[\"x\"]\n!error 2:5 mode not allowed for \"bind\" type mounts"_s);
    row("mount unknown key", u"FROM a\nRUN --mount=type=cache,target=/x,colour=red x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 flags[\"--mount=type=cache,target=/x,colour=red\"] args[\"x\"]\n!error 2:5 unexpected key 'colour' in 'colour=red'"_s);
    row("mount bare field", u"FROM a\nRUN --mount=type=cache,target=/x,shared x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 flags[\"--mount=type=cache,target=/x,shared\"] args[\"x\"]\n!error 2:5 invalid field 'shared' must be a key=value pair"_s);
    row("mount secret from", u"FROM a\nRUN --mount=type=secret,id=a,from=b x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 flags[\"--mount=type=secret,id=a,from=b\"] args[\"x\"]\n!error 2:5 secret mount should not have a from"_s);
    row("mount sharing invalid", u"FROM a\nRUN --mount=type=cache,target=/x,sharing=all x\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 flags[\"--mount=type=cache,target=/x,sharing=all\"] args[\"x\"]\n!error 2:5 unrecognized sharing parameter in mount: all"_s);

    // --- heredocs
    row("heredoc run", u"FROM a\nRUN <<EOF\necho hi\nEOF\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-4 args[\"<<EOF\"] heredoc[\"EOF\",expand,nochomp,fd=0,\"echo hi\\n\"]"_s);
    row("heredoc with interpreter", u"FROM a\nRUN <<EOT bash\nset -e\nEOT\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-4 args[\"<<EOT bash\"] heredoc[\"EOT\",expand,nochomp,fd=0,\"set -e\\n\"]"_s);
    row("heredoc chomp", u"FROM a\nRUN <<-EOF\n\techo hi\n\tEOF\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-4 args[\"<<-EOF\"] heredoc[\"EOF\",expand,chomp,fd=0,\"\\techo hi\\n\"]"_s);
    row("heredoc quoted no expand", u"FROM a\nRUN <<\"EOF\"\necho $HOME\nEOF\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-4 args[\"<<\\\"EOF\\\"\"] heredoc[\"EOF\",noexpand,nochomp,fd=0,\"echo $HOME\\n\"]"_s);
    row("heredoc single quoted", u"FROM a\nRUN <<'EOF'\nx\nEOF\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-4 args[\"<<'EOF'\"] heredoc[\"EOF\",noexpand,nochomp,fd=0,\"x\\n\"]"_s);
    row("heredoc partly quoted", u"FROM a\nRUN <<eo'f'\nx\neof\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-4 args[\"<<eo'f'\"] heredoc[\"eof\",noexpand,nochomp,fd=0,\"x\\n\"]"_s);
    row("heredoc escaped quote expands", u"FROM a\nRUN <<eo\\'f\nx\neo'f\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-4 args[\"<<eo\\\\'f\"] heredoc[\"eo'f\",expand,nochomp,fd=0,\"x\\n\"]"_s);
    row("heredoc fd", u"FROM a\nRUN 3<<EOF cat /dev/fd/3\nx\nEOF\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-4 args[\"3<<EOF cat /dev/fd/3\"] heredoc[\"EOF\",expand,nochomp,fd=3,\"x\\n\"]"_s);
    row("two heredocs copy", u"FROM a\nCOPY <<A <<B /dest/\na\nA\nb\nB\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-6 args[\"<<A\",\"<<B\",\"/dest/\"] heredoc[\"A\",expand,nochomp,fd=0,\"a\\n\"] heredoc[\"B\",expand,nochomp,fd=0,\"b\\n\"]"_s);
    row("heredoc space after operator", u"FROM a\nRUN <<  EOF\nx\nEOF\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-4 args[\"<<  EOF\"] heredoc[\"EOF\",expand,nochomp,fd=0,\"x\\n\"]"_s);
    row("heredoc terminator must be exact", u"FROM a\nRUN <<EOF\nx\nEOF \n  EOF\nEOF\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-6 args[\"<<EOF\"] heredoc[\"EOF\",expand,nochomp,fd=0,\"x\\nEOF \\n  EOF\\n\"]"_s);
    row("heredoc body keeps comments", u"FROM a\nRUN <<EOF\n# not a comment\nx \\\nEOF\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-5 args[\"<<EOF\"] heredoc[\"EOF\",expand,nochomp,fd=0,\"# not a comment\\nx \\\\\\n\"]"_s);
    row("unterminated heredoc", u"FROM a\nRUN <<EOF\nx\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-3 args[\"<<EOF\"] heredoc[\"EOF\",expand,nochomp,fd=0,\"x\\n\"]\n!error 2:1 unterminated heredoc"_s);
    row("heredoc not in exec form", u"FROM a\nRUN [\"<<EOF\"]\nEOF\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 json[\"<<EOF\"]\nEOF 3-3 args[]\n!error 3:1 unknown instruction: EOF"_s);
    row("heredoc not in other instructions", u"FROM a\nLABEL x=<<EOF\n"_s,
        u"FROM 1-1 args[\"a\"]\nLABEL 2-2 args[\"x=<<EOF\"] pairs[x=\"<<EOF\"]"_s);
    row("quoted heredoc word is not heredoc", u"FROM a\nRUN echo \"<<NOHEREDOC\"\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 args[\"echo \\\"<<NOHEREDOC\\\"\"]"_s);
    row("heredoc as copy destination", u"FROM a\nCOPY a <<EOF\nx\nEOF\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-4 args[\"a\",\"<<EOF\"] heredoc[\"EOF\",expand,nochomp,fd=0,\"x\\n\"]\n!error 2:8 COPY cannot accept a heredoc as a destination"_s);
    row("onbuild heredoc", u"FROM a\nONBUILD RUN <<EOF\nx\nEOF\n"_s,
        u"FROM 1-1 args[\"a\"]\nONBUILD 2-4 args[] heredoc[\"EOF\",expand,nochomp,fd=0,\"x\\n\"] onbuild{RUN args[\"<<EOF\"] heredoc[\"EOF\",expand,nochomp,fd=0,\"x\\n\"]}"_s);

    // --- ENV / LABEL / ARG
    row("env pairs with quotes", u"FROM a\nENV A=1 B=\"two words\" C='single $A'\n"_s,
        u"FROM 1-1 args[\"a\"]\nENV 2-2 args[\"A=1\",\"B=\\\"two words\\\"\",\"C='single $A'\"] pairs[A=\"1\",B=\"two words\",C=\"single $A\"]"_s);
    row("env legacy", u"FROM a\nENV A hello world\n"_s,
        u"FROM 1-1 args[\"a\"]\nENV 2-2 args[\"A\",\"hello world\"] pairs[A=\"hello world\"]"_s);
    row("env missing value", u"FROM a\nENV A\n"_s,
        u"FROM 1-1 args[\"a\"]\nENV 2-2 args[]\n!error 2:5 ENV must have two arguments\n!error 2:1 ENV requires at least one argument"_s);
    row("env missing equals", u"FROM a\nENV A=1 b\n"_s,
        u"FROM 1-1 args[\"a\"]\nENV 2-2 args[\"A=1\"] pairs[A=\"1\"]\n!error 2:9 Syntax error - can't find = in \"b\". Must be of the form: name=value"_s);
    row("env escaped space", u"FROM a\nENV A=x\\ y\n"_s,
        u"FROM 1-1 args[\"a\"]\nENV 2-2 args[\"A=x\\\\ y\"] pairs[A=\"x y\"]"_s);
    row("label pairs", u"FROM a\nLABEL \"com.example.v\"=\"1.0\" b=c\n"_s,
        u"FROM 1-1 args[\"a\"]\nLABEL 2-2 args[\"\\\"com.example.v\\\"=\\\"1.0\\\"\",\"b=c\"] pairs[com.example.v=\"1.0\",b=\"c\"]"_s);
    row("arg forms", u"ARG a b=2 c=\"x y\"\nFROM x\n"_s,
        u"ARG 1-1 args[\"a\",\"b=2\",\"c=\\\"x y\\\"\"] pairs[a=null,b=\"2\",c=\"x y\"]\nFROM 2-2 args[\"x\"]"_s);
    row("arg blank name", u"FROM x\nARG =1\n"_s,
        u"FROM 1-1 args[\"x\"]\nARG 2-2 args[\"=1\"] pairs[=\"1\"]\n!error 2:5 ARG names can not be blank"_s);

    // --- other instructions and arity
    row("from three args", u"FROM a as b\n"_s, u"FROM 1-1 args[\"a\",\"as\",\"b\"]"_s);
    row("from two args", u"FROM a b\n"_s,
        u"FROM 1-1 args[\"a\",\"b\"]\n!error 1:6 FROM requires either one or three arguments"_s);
    row("from bad stage name", u"FROM a AS 1bad\n"_s,
        u"FROM 1-1 args[\"a\",\"AS\",\"1bad\"]\n!error 1:11 invalid name for build stage: \"1bad\", name can't start with a number or contain symbols"_s);
    row("copy one arg", u"FROM a\nCOPY a\n"_s,
        u"FROM 1-1 args[\"a\"]\nCOPY 2-2 args[\"a\"]\n!error 2:6 COPY requires at least two arguments, but only one was provided. Destination could not be determined"_s);
    row("workdir keeps spaces", u"FROM a\nWORKDIR /my app\n"_s,
        u"FROM 1-1 args[\"a\"]\nWORKDIR 2-2 args[\"/my app\"]"_s);
    row("user needs argument", u"FROM a\nUSER\n"_s,
        u"FROM 1-1 args[\"a\"]\nUSER 2-2 args[]\n!error 2:1 USER requires exactly one argument"_s);
    row("maintainer", u"FROM a\nMAINTAINER Jane Doe <j@x>\n"_s,
        u"FROM 1-1 args[\"a\"]\nMAINTAINER 2-2 args[\"Jane Doe <j@x>\"]"_s);
    row("expose words", u"FROM a\nEXPOSE 80/tcp 53/udp 8000-8010\n"_s,
        u"FROM 1-1 args[\"a\"]\nEXPOSE 2-2 args[\"80/tcp\",\"53/udp\",\"8000-8010\"]"_s);
    row("stopsignal", u"FROM a\nSTOPSIGNAL SIGKILL\n"_s, u"FROM 1-1 args[\"a\"]\nSTOPSIGNAL 2-2 args[\"SIGKILL\"]"_s);
    row("healthcheck shell", u"FROM a\nHEALTHCHECK --interval=5s --retries=3 CMD curl -f x || exit 1\n"_s,
        u"FROM 1-1 args[\"a\"]\nHEALTHCHECK 2-2 flags[\"--interval=5s\",\"--retries=3\"] args[\"CMD\",\"curl -f x || exit 1\"]"_s);
    row("healthcheck json", u"FROM a\nHEALTHCHECK CMD [\"curl\", \"x\"]\n"_s,
        u"FROM 1-1 args[\"a\"]\nHEALTHCHECK 2-2 json[\"CMD\",\"curl\",\"x\"]"_s);
    row("healthcheck none", u"FROM a\nHEALTHCHECK NONE\n"_s, u"FROM 1-1 args[\"a\"]\nHEALTHCHECK 2-2 args[\"NONE\"]"_s);
    row("healthcheck none with args", u"FROM a\nHEALTHCHECK NONE x\n"_s,
        u"FROM 1-1 args[\"a\"]\nHEALTHCHECK 2-2 args[\"NONE\",\"x\"]\n!error 2:13 HEALTHCHECK NONE takes no arguments"_s);
    row("healthcheck cmd missing", u"FROM a\nHEALTHCHECK CMD\n"_s,
        u"FROM 1-1 args[\"a\"]\nHEALTHCHECK 2-2 args[\"CMD\"]\n!error 2:13 Missing command after HEALTHCHECK CMD"_s);
    row("healthcheck unknown type", u"FROM a\nHEALTHCHECK RUN x\n"_s,
        u"FROM 1-1 args[\"a\"]\nHEALTHCHECK 2-2 args[\"RUN\",\"x\"]\n!error 2:13 Unknown type \"RUN\" in HEALTHCHECK (try CMD)"_s);
    row("healthcheck bad duration", u"FROM a\nHEALTHCHECK --timeout=5 CMD x\n"_s,
        u"FROM 1-1 args[\"a\"]\nHEALTHCHECK 2-2 flags[\"--timeout=5\"] args[\"CMD\",\"x\"]\n!error 2:13 time: invalid duration \"5\""_s);
    row("healthcheck too short", u"FROM a\nHEALTHCHECK --interval=10us CMD x\n"_s,
        u"FROM 1-1 args[\"a\"]\nHEALTHCHECK 2-2 flags[\"--interval=10us\"] args[\"CMD\",\"x\"]\n!error 2:13 Interval \"interval\" cannot be less than 1ms"_s);
    row("healthcheck negative retries", u"FROM a\nHEALTHCHECK --retries=-1 CMD x\n"_s,
        u"FROM 1-1 args[\"a\"]\nHEALTHCHECK 2-2 flags[\"--retries=-1\"] args[\"CMD\",\"x\"]\n!error 2:13 --retries cannot be negative (-1)"_s);
    row("onbuild", u"FROM a\nONBUILD COPY --chown=1:1 . /app\n"_s,
        u"FROM 1-1 args[\"a\"]\nONBUILD 2-2 args[] onbuild{COPY flags[\"--chown=1:1\"] args[\".\",\"/app\"]}"_s);
    row("onbuild onbuild", u"FROM a\nONBUILD ONBUILD RUN x\n"_s,
        u"FROM 1-1 args[\"a\"]\nONBUILD 2-2 args[] onbuild{ONBUILD args[] onbuild{RUN args[\"x\"]}}\n!error 2:9 Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"_s);
    row("onbuild from", u"FROM a\nONBUILD FROM b\n"_s,
        u"FROM 1-1 args[\"a\"]\nONBUILD 2-2 args[] onbuild{FROM args[\"b\"]}\n!error 2:9 FROM isn't allowed as an ONBUILD trigger"_s);
    row("run without args", u"FROM a\nRUN\n"_s,
        u"FROM 1-1 args[\"a\"]\nRUN 2-2 args[]\n!error 2:1 RUN requires at least one argument"_s);
}

void TestDockerfileParser::conformance()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const DockerfileParseResult result = DockerfileParser::parse(QStringView(input));
    QCOMPARE(dump(result), expected);
}

void TestDockerfileParser::ranges()
{
    const QString text
        = u"FROM alpine AS build\n  RUN --mount=type=cache,target=/c \\\n    echo hi\nCOPY [\"a\", \"/b/\"]\nENV K=v\n"_s;
    const DockerfileParseResult r = DockerfileParser::parse(QStringView(text));
    QVERIFY(r.ok());
    QCOMPARE(r.instructions.size(), 4);
    const auto &from = r.instructions[0];
    QCOMPARE(from.range, (SourceRange {1, 1, 1, 21}));
    QCOMPARE(from.keywordRange, (SourceRange {1, 1, 1, 5}));
    QCOMPARE(from.args[0].range, (SourceRange {1, 6, 1, 12}));
    QCOMPARE(from.args[2].range, (SourceRange {1, 16, 1, 21}));
    const auto &run = r.instructions[1];
    QCOMPARE(run.range, (SourceRange {2, 3, 3, 12}));
    QCOMPARE(run.keywordRange, (SourceRange {2, 3, 2, 6}));
    QCOMPARE(run.flags[0].range, (SourceRange {2, 7, 2, 35}));
    // The shell text starts on line 2 after the flag and ends on line 3.
    QCOMPARE(run.args[0].range.startLine, 3);
    QCOMPARE(run.args[0].range.endLine, 3);
    QCOMPARE(run.args[0].range.endColumn, 12);
    const auto &copy = r.instructions[2];
    QCOMPARE(copy.args[0].range, (SourceRange {4, 7, 4, 10}));
    QCOMPARE(copy.args[1].range, (SourceRange {4, 12, 4, 17}));
    const auto &env = r.instructions[3];
    QCOMPARE(env.pairs[0].keyRange, (SourceRange {5, 5, 5, 6}));
    QCOMPARE(env.pairs[0].valueRange, (SourceRange {5, 7, 5, 8}));
    QCOMPARE(run.stageIndex, 0);
}

void TestDockerfileParser::heredocRanges()
{
    const QString text = u"FROM a\nCOPY <<A <<B /d/\n1\nA\n2\nB\nRUN x\n"_s;
    const DockerfileParseResult r = DockerfileParser::parse(QStringView(text));
    QVERIFY(r.ok());
    const auto &copy = r.instructions[1];
    QCOMPARE(copy.heredocs.size(), 2);
    QCOMPARE(copy.heredocs[0].range, (SourceRange {2, 6, 2, 9}));
    QCOMPARE(copy.heredocs[1].range, (SourceRange {2, 10, 2, 13}));
    QCOMPARE(copy.heredocs[0].bodyRange.startLine, 3);
    QCOMPARE(copy.heredocs[0].bodyRange.endLine, 4);
    QCOMPARE(copy.heredocs[1].bodyRange.startLine, 5);
    QCOMPARE(copy.heredocs[1].bodyRange.endLine, 6);
    QCOMPARE(r.instructions[2].range.startLine, 7);
}

void TestDockerfileParser::crlfAndBom()
{
    const QByteArray bytes = "\xEF\xBB\xBF# escape=`\r\nFROM a\r\nRUN x `\r\n  y\r\n";
    const DockerfileParseResult r = DockerfileParser::parse(bytes);
    QCOMPARE(dump(r), u"escape=`\n#escape=`\nFROM 2-2 args[\"a\"]\nRUN 3-4 args[\"x   y\"]"_s);
}

void TestDockerfileParser::longLine()
{
    const QString text = u"FROM a\nRUN "_s + QString(70000, u'x') + u"\nRUN y\n"_s;
    const DockerfileParseResult r = DockerfileParser::parse(QStringView(text));
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].message, u"dockerfile line greater than max allowed size of 65535"_s);
    QCOMPARE(r.errors[0].range.startLine, 2);
}

void TestDockerfileParser::dataFiles_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(QFINDTESTDATA("data/parser"));
    for (const QString &f : dir.entryList({u"*.Dockerfile"_s}, QDir::Files))
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

// Bigger inputs: data/parser/NAME.Dockerfile with the expected dump in NAME.expected.
void TestDockerfileParser::dataFiles()
{
    QFETCH(QString, name);
    QFile input(name);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QString expectedName = name;
    expectedName.replace(u".Dockerfile"_s, u".expected"_s);
    const DockerfileParseResult r = DockerfileParser::parse(input.readAll());
    QFile expected(expectedName);
    if (qEnvironmentVariableIsSet("DOCKWRIGHT_UPDATE_GOLDEN")) { // regenerate, then review the diff
        QVERIFY(expected.open(QIODevice::WriteOnly));
        expected.write(dump(r).toUtf8() + '\n');
        expected.close();
    }
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expectedName));
    QCOMPARE(dump(r), QString::fromUtf8(expected.readAll()).trimmed());
}

void TestDockerfileParser::goDurations()
{
    QCOMPARE(InstructionChecker::parseGoDuration(u"1h30m"), std::optional<qint64>(5400LL * 1000000000LL));
    QCOMPARE(InstructionChecker::parseGoDuration(u"1.5s"), std::optional<qint64>(1500000000LL));
    QCOMPARE(InstructionChecker::parseGoDuration(u"0"), std::optional<qint64>(0));
    QCOMPARE(InstructionChecker::parseGoDuration(u"300ms"), std::optional<qint64>(300000000LL));
    QVERIFY(!InstructionChecker::parseGoDuration(u"5"));
    QVERIFY(!InstructionChecker::parseGoDuration(u"s"));
    QVERIFY(!InstructionChecker::parseGoDuration(u"1x"));
}

QTEST_GUILESS_MAIN(TestDockerfileParser)
#include "tst_dockerfileparser.moc"
