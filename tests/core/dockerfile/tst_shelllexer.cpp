// SPDX-License-Identifier: GPL-3.0-or-later
// Variable expansion vectors from BuildKit's shell lexer tests (frontend/dockerfile/shell) and the ARG
// scoping rules of the semantic model.
#include "core/dockerfile/dockerfileanalyzer.h"
#include "core/dockerfile/dockerfileparser.h"
#include "core/dockerfile/shelllexer.h"

#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

class TestShellLexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expand_data();
    void expand();
    void words();
    void backtickEscape();
    void unsetTracking();
    void argScoping();
    void stagesAndTarget();
    void fromSeesOnlyGlobals();
};

void TestShellLexer::expand_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // "!" prefix: an error is expected
    auto row
        = [](const char *in, const char *out) { QTest::newRow(in) << QString::fromUtf8(in) << QString::fromUtf8(out); };
    row("he$PWD", "he/home");
    row("he\\$PWD", "he$PWD");
    row("he\\\\$PWD", "he\\/home");
    row("\"he\\$PWD\"", "he$PWD");
    row("'he${XX}'", "he${XX}");
    row("he${hi}xx", "hexx");
    row("he${PWD}xx", "he/homexx");
    row("he${XXX:-000}xx", "he000xx");
    row("he${XXX:-${PWD:-yyy}}xx", "he/homexx");
    row("he${PWD:+000}xx", "he000xx");
    row("he${XXX:+000}xx", "hexx");
    row("${NULL:-def}", "def");
    row("${NULL-def}", "");
    row("${XXX-def}", "def");
    row("${NULL+alt}", "alt");
    row("${XXX+alt}", "");
    row("${NULL:+alt}", "");
    row("he${NULL?}", "he");
    row("he${NULL:?}", "!");
    row("${XXX?boom}", "!");
    row("he${PWD:=000}xx", "!");
    row("${X=w}", "!");
    row("${}", "!");
    row("he${.}", "!");
    row("${aaa", "!");
    row("${:}", "!");
    row("${{x}", "!");
    row("${aaa}}", "}");
    row("${1:-bbb}", "bbb");
    row("$999aaa", "aaa");
    row("$1x", "x");
    row("$.", "$.");
    row("a$", "a$");
    row("$@$*$#", "");
    row("he'll'o", "hello");
    row("he\\'llo", "he'llo");
    row("\"abc\\tdef\"", "abc\\tdef");
    row("abc\\tdef", "abctdef");
    row("x\\ y", "x y");
    row("hello\\", "hello");
    row("'unterminated", "!");
    row("\"unterminated", "!");
    row("${FOO#*x}", "xyy");
    row("${FOO##*x}", "yy");
    row("${FOO%y}", "xxy");
    row("${FOO%%y*}", "xx");
    row("${FOO#z}", "xxyy");
    row("${FOO:#x}", "!");
    row("${PATHV/$N/}", "/tmp/bar.txt");
    row("${PATHV//$N/}", "/bar.txt");
    row("${PATHV/tmp/var}", "/var/tmp/bar.txt");
    row("${PATHV//t?p/X}", "/X/X/bar.txt");
    row("${PATHV/*bar/Z}", "Z.txt");
    row("${PATHV/\\*/Z}", "/tmp/tmp/bar.txt");
    row("${PATHV/x", "!");
}

void TestShellLexer::expand()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QHash<QString, QString> env = {{u"PWD"_s, u"/home"_s}, {u"SHELL"_s, u"bash"_s}, {u"NULL"_s, QString()},
        {u"FOO"_s, u"xxyy"_s}, {u"PATHV"_s, u"/tmp/tmp/bar.txt"_s}, {u"N"_s, u"/tmp"_s}};
    const ShellExpansion e = ShellLexer().processWord(input, env);
    if (expected == u"!") {
        QVERIFY2(!e.ok(), qPrintable(e.value));
    } else {
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.value, expected);
    }
}

void TestShellLexer::words()
{
    const QHash<QString, QString> env = {{u"V"_s, u"a b"_s}};
    const ShellExpansion e = ShellLexer().processWords(u"x \"y z\" $V 'q r'"_s, env);
    QVERIFY(e.ok());
    QCOMPARE(e.words, (QStringList {u"x"_s, u"y z"_s, u"a"_s, u"b"_s, u"q r"_s}));
}

void TestShellLexer::backtickEscape()
{
    const ShellLexer lexer(u'`');
    QCOMPARE(lexer.processWord(u"C:\\path"_s, {}).value, u"C:\\path"_s);
    QCOMPARE(lexer.processWord(u"`$literal"_s, {}).value, u"$literal"_s);
}

void TestShellLexer::unsetTracking()
{
    const ShellExpansion e = ShellLexer().processWord(u"$A ${B:-x} $C"_s, {{u"C"_s, u"1"_s}});
    QCOMPARE(e.unsetNames, (QStringList {u"A"_s, u"B"_s}));
    QCOMPARE(e.value, u" x 1"_s);
}

static DockerfileModel analyze(const QString &text, const DockerfileBuildOptions &options = {})
{
    const DockerfileParseResult parse = DockerfileParser::parse(QStringView(text));
    return DockerfileAnalyzer::analyze(parse, options);
}

void TestShellLexer::argScoping()
{
    const QString text = u"ARG G=global\nFROM a\nENV X=x${G}x\nARG G\nENV Y=x${G}x Z=${TARGETPLATFORM}\n"
                         u"ARG TARGETPLATFORM\nENV W=$TARGETPLATFORM abc=bye def=$abc\nENV abc=hi def=$abc\n"_s;
    DockerfileModel m = analyze(text);
    QCOMPARE(m.expanded[2].pairs.value(0).second, u"xx"_s);
    QCOMPARE(m.expanded[4].pairs.value(0).second, u"xglobalx"_s);
    QCOMPARE(m.expanded[4].pairs.value(1).second, QString());
    QCOMPARE(m.expanded[6].pairs.value(0).second, u"linux/amd64"_s);
    QCOMPARE(m.expanded[6].pairs.value(2).second, QString()); // same-instruction rule
    QCOMPARE(m.expanded[7].pairs.value(1).second, u"bye"_s);

    DockerfileBuildOptions options;
    options.buildArgs.insert(u"G"_s, u"cli"_s);
    m = analyze(text, options);
    QCOMPARE(m.expanded[4].pairs.value(0).second, u"xclix"_s);

    // ENV wins over ARG; an ARG without default and without build-arg is unset.
    m = analyze(u"FROM a\nENV V=env\nARG V=arg\nARG Z\nLABEL a=$V b=${Z:-zdef} c=${Z:+alt}\n"_s);
    QCOMPARE(m.expanded[4].pairs.value(0).second, u"env"_s);
    QCOMPARE(m.expanded[4].pairs.value(1).second, u"zdef"_s);
    QCOMPARE(m.expanded[4].pairs.value(2).second, QString());
    QVERIFY(m.expanded[4].undefinedNames.isEmpty()); // Z is declared
}

void TestShellLexer::stagesAndTarget()
{
    const QString text = u"FROM alpine AS Base\nRUN x\nFROM base AS build\nARG V=1\nFROM golang AS unused\n"
                         u"FROM scratch\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\n"_s;
    DockerfileModel m = analyze(text);
    QCOMPARE(m.stages.size(), 4);
    QCOMPARE(m.stages[0].name, u"base"_s);
    QCOMPARE(m.stages[1].baseStage, 0);
    QCOMPARE(m.stages[2].baseStage, -1);
    QCOMPARE(m.targetStage, 3);
    QCOMPARE(m.stages[3].dependsOn, (QList<int> {1, 0}));
    QVERIFY(m.stages[0].neededForTarget);
    QVERIFY(m.stages[1].neededForTarget);
    QVERIFY(!m.stages[2].neededForTarget);
    QCOMPARE(m.stageForReference(u"BUILD"), 1);

    DockerfileBuildOptions options;
    options.target = u"unused"_s;
    m = analyze(text, options);
    QCOMPARE(m.targetStage, 2);
    QVERIFY(!m.stages[0].neededForTarget);

    options.target = u"nope"_s;
    m = analyze(text, options);
    QCOMPARE(m.errors.size(), 1);
    QCOMPARE(m.errors[0].message, u"target stage \"nope\" could not be found"_s);

    // A stage inherits ENV and ARG values from the stage it builds on.
    m = analyze(u"FROM a AS one\nENV P=1\nFROM one\nENV Q=$P\n"_s);
    QCOMPARE(m.expanded[3].pairs.value(0).second, u"1"_s);

    // Circular reference through COPY --from and RUN --mount from=.
    m = analyze(u"FROM a AS x\nCOPY --from=y /a /a\nFROM b AS y\nRUN --mount=from=x,target=/m true\n"_s);
    QCOMPARE(m.errors.size(), 1);
    QVERIFY(m.errors[0].message.startsWith(u"circular dependency detected on stage"_s));
}

void TestShellLexer::fromSeesOnlyGlobals()
{
    const QString text = u"ARG TAG=3.20\nFROM alpine:${TAG} AS a\nENV TAG=nope\nFROM alpine:${TAG}\n"
                         u"FROM --platform=$BUILDPLATFORM busybox:$UNSET\n"_s;
    DockerfileBuildOptions options;
    options.buildPlatform = u"linux/arm64"_s;
    const DockerfileModel m = analyze(text, options);
    QCOMPARE(m.stages[0].baseExpanded, u"alpine:3.20"_s);
    QCOMPARE(m.stages[1].baseExpanded, u"alpine:3.20"_s);
    QCOMPARE(m.stages[2].platformExpanded, u"linux/arm64"_s);
    QCOMPARE(m.stages[2].baseExpanded, u"busybox:"_s);
    QCOMPARE(m.expanded[4].undefinedNames, (QStringList {u"UNSET"_s}));
}

QTEST_GUILESS_MAIN(TestShellLexer)
#include "tst_shelllexer.moc"
