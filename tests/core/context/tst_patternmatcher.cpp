// SPDX-License-Identifier: GPL-3.0-or-later
// .dockerignore semantics, table-driven from the engine-confirmed cases in the semantics notes (§4).
#include "core/context/dockerignore.h"
#include "core/context/patternmatcher.h"

#include <QTest>

using namespace Dockwright::Core;

class TestPatternMatcher : public QObject
{
    Q_OBJECT

private:
    static PatternMatcher compile(const QByteArray &ignore)
    {
        ContextError error;
        const auto patterns = DockerIgnore::parse(ignore, QStringLiteral(".dockerignore"), &error);
        if (!patterns)
            qWarning() << error.toString();
        return patterns ? PatternMatcher(*patterns) : PatternMatcher();
    }

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QByteArray>("ignore");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("excluded");
        const auto row = [](const char *name, const QByteArray &ignore, const QByteArray &path, bool excluded) {
            QTest::newRow(name) << ignore << path << excluded;
        };
        // Anchoring and `*`
        row("star-top", "*.md", "README.md", true);
        row("star-anchored", "*.md", "docs/guide.md", false);
        row("star-dirs-cover-children", "*", "src/deep/file", true);
        row("star-then-exception-dir", "*\n!src", "src/deep/file", false);
        row("star-in-middle", "*/temp*", "somedir/temporary.txt", true);
        row("star-in-middle-depth", "*/temp*", "somedir/sub/temp", false);
        row("star-two-levels", "*/*/temp*", "somedir/subdir/temporary.txt", true);
        row("star-not-dot", "*.b", "axb", false);
        row("question", "temp?", "temp1", true);
        row("question-one-char", "temp?", "temp12", false);
        // `**`
        row("dstar-any-depth", "**/*.md", "docs/guide.md", true);
        row("dstar-zero-depth", "**/*.md", "README.md", true);
        row("dstar-middle-zero", "src/**/test", "src/test", true);
        row("dstar-middle-many", "src/**/test", "src/x/y/test", true);
        row("dstar-trailing-not-self", "abc/**", "abc", false);
        row("dstar-trailing-children", "abc/**", "abc/x", true);
        row("dstar-glued-self", "bar**", "bar", true);
        row("dstar-glued-name", "bar**", "barn.txt", true);
        row("dstar-glued-child", "bar**", "bar/x", true);
        row("dstar-leading-glued", "**file", "file", true);
        row("dstar-leading-glued-deep", "**file", "dir/file", true);
        row("dstar-alone", "**", "anything/at/all", true);
        row("dstar-node-modules", "**/node_modules", "web/node_modules/x.js", true);
        row("dstar-node-modules-parent", "**/node_modules", "web/app", false);
        row("dstar-foo-dir-kept", "foo/**", "foo", false);
        // Classes and escapes
        row("class", "[a-c].txt", "b.txt", true);
        row("class-miss", "[a-c].txt", "d.txt", false);
        row("class-negated", "[^a-c].txt", "d.txt", true);
        row("class-negated-miss", "[^a-c].txt", "a.txt", false);
        row("escape-star", "weird\\*name", "weird*name", true);
        row("escape-star-literal", "weird\\*name", "weirdXname", false);
        row("regex-meta-literal", "a(b)c/def", "a(b)c/def", true);
        row("plus-literal", "a+b", "a+b", true);
        row("case-sensitive", "file.txt", "File.txt", false);
        // Exceptions, order, directories
        row("last-match-wins-exception", "*.md\n!README*.md\nREADME-secret.md", "README-secret.md", true);
        row("last-match-wins-included", "*.md\n!README*.md\nREADME-secret.md", "README.md", false);
        row("last-match-wins-swapped", "*.md\nREADME-secret.md\n!README*.md", "README-secret.md", false);
        row("exception-before-has-no-effect", "!docs/README.md\ndocs", "docs/README.md", true);
        row("dir-covers-descendants", "docs", "docs/sub/b.md", true);
        row("dot-git", ".git", ".git/HEAD", true);
        row("dot-git-anchored", ".git", "sub/.git/HEAD", false);
        row("dstar-exception-reinclude", "**\n!util/docker/web", "util/docker/web/index.html", false);
        row("dstar-exception-reexclude", "**\n!util/docker/web\nutil/docker/web/foo", "util/docker/web/foo", true);
        row("exception-inside-excluded-dir", "logs\n!logs/*.keep", "logs/a.keep", false);
        row("exception-inside-excluded-other", "logs\n!logs/*.keep", "logs/b.log", true);
        row("exception-star-no-slash", "logs\n!logs/*.keep", "logs/sub/c.keep", true);
        row("exception-whole-subtree", "dir/*\n!dir/keep", "dir/keep/x", false);
        row("exception-whitespace", "*.log\n!  keep.log", "keep.log", false);
        // A parent's match is remembered per pattern only when the pattern was evaluated (parent results).
        row("parent-results", "a/c\n!a", "a/c", true);
        row("parent-results-sibling", "a/c\n!a", "a/d", false);
        // Reading and cleaning
        row("clean-leading-slash-trailing", "/build/", "build/out.o", true);
        row("clean-dot-slash", "./tmp", "tmp", true);
        row("clean-dotdot", "logs/../cache", "cache/x", true);
        row("clean-dotdot-original-gone", "logs/../cache", "logs/x", false);
        row("clean-exception-slash", "keep\n!  /keep/me.txt", "keep/me.txt", false);
        row("clean-dot-matches-nothing", ".", "x", false);
        row("clean-x-dotdot", "x/..", "x", false);
        row("clean-parent-never", "..\n../a", "a", false);
        row("comment", "#x", "#x", false);
        row("indented-hash-not-comment", "   #x", "#x", true);
        row("bom", "\xEF\xBB\xBFsecret", "secret", true);
        row("crlf", "a.txt\r\nb.txt\r\n", "b.txt", true);
        row("blank-lines", "\n\n  \nz\n", "z", true);
    }

    void matches()
    {
        QFETCH(QByteArray, ignore);
        QFETCH(QByteArray, path);
        QFETCH(bool, excluded);
        const PatternMatcher matcher = compile(ignore);
        QCOMPARE(matcher.matchPath(path).excluded, excluded);
    }

    void decidingPattern()
    {
        const PatternMatcher matcher = compile("*.md\n!README*.md\nREADME-secret.md\n");
        QCOMPARE(matcher.matchPath("README-secret.md").pattern, 2);
        QCOMPARE(matcher.matchPath("README.md").pattern, 1);
        QCOMPARE(matcher.matchPath("x.md").pattern, 0);
        QCOMPARE(matcher.matchPath("x.txt").pattern, -1);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("ignore");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("lone-bang") << QByteArray("a\n!\n") << 2 << QStringLiteral("illegal exclusion pattern");
        QTest::newRow("bang-spaces") << QByteArray("!   \n") << 1 << QStringLiteral("illegal exclusion pattern");
        QTest::newRow("open-class") << QByteArray("ok\n# c\n[abc\n") << 3 << QStringLiteral("syntax error in pattern");
        QTest::newRow("trailing-backslash") << QByteArray("a\\") << 1 << QStringLiteral("syntax error in pattern");
        QTest::newRow("empty-class") << QByteArray("x[]") << 1 << QStringLiteral("syntax error in pattern");
    }

    void errors()
    {
        QFETCH(QByteArray, ignore);
        QFETCH(int, line);
        QFETCH(QString, message);
        ContextError error;
        const auto patterns = DockerIgnore::parse(ignore, QStringLiteral("sub/.dockerignore"), &error);
        QVERIFY(!patterns);
        QCOMPARE(error.kind, ContextError::Kind::BadPattern);
        QCOMPARE(error.file, QStringLiteral("sub/.dockerignore"));
        QCOMPARE(error.line, line);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QVERIFY(error.toString().startsWith(QStringLiteral("sub/.dockerignore:%1: ").arg(line)));
    }

    void cleanPath_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("empty") << QByteArray("") << QByteArray(".");
        QTest::newRow("trailing") << QByteArray("a/b/") << QByteArray("a/b");
        QTest::newRow("dots") << QByteArray("./a/./b/../c") << QByteArray("a/c");
        QTest::newRow("rooted-dotdot") << QByteArray("/../a") << QByteArray("/a");
        QTest::newRow("relative-dotdot") << QByteArray("../../a") << QByteArray("../../a");
        QTest::newRow("double-slash") << QByteArray("a//b") << QByteArray("a/b");
        QTest::newRow("x-dotdot") << QByteArray("x/..") << QByteArray(".");
    }

    void cleanPath()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(IgnorePattern::cleanPath(in), out);
    }

    void descendRule()
    {
        // No exceptions: excluded directories are skipped whole.
        QVERIFY(!compile("docs").mustDescendExcluded("docs"));
        // Literal exceptions: only directories on the way to one.
        const PatternMatcher literal = compile("docs\n!docs/keep/README.md");
        QVERIFY(literal.mustDescendExcluded("docs"));
        QVERIFY(literal.mustDescendExcluded("docs/keep"));
        QVERIFY(!literal.mustDescendExcluded("docs/other"));
        QVERIFY(!literal.mustDescendExcluded("doc"));
        // A trailing glob still counts as a literal prefix (fsutil's patternWithoutTrailingGlob).
        QVERIFY(compile("*\n!src/**").mustDescendExcluded("src"));
        QVERIFY(!compile("*\n!src/**").mustDescendExcluded("lib"));
        // A wildcard exception could match anywhere: always descend.
        QVERIFY(compile("*\n!**/keep.txt").mustDescendExcluded("lib"));
    }
};

QTEST_GUILESS_MAIN(TestPatternMatcher)
#include "tst_patternmatcher.moc"
