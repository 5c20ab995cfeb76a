// SPDX-License-Identifier: GPL-3.0-or-later
// COPY/ADD sources against a context folder (CopySourceCheck), and the context preview's note about the
// ones the build will not find, including a Dockerfile outside the context or listed in .dockerignore.
#include "core/context/contextpreview.h"
#include "core/context/copysourcecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QStringList sources(const QList<CopySourceCheck::Finding> &findings)
{
    QStringList out;
    for (const CopySourceCheck::Finding &f : findings)
        out.append(QString::number(f.range.startLine) + u' ' + f.source);
    return out;
}

} // namespace

class TestCopySourceCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wildcards_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("problem");
        using P = CopySourceCheck::Problem;
        QTest::newRow("literal") << u"src/main.c"_s << int(P::None);
        QTest::newRow("star") << u"src/*.c"_s << int(P::None);
        QTest::newRow("star crosses no slash") << u"*.c"_s << int(P::NoMatch);
        QTest::newRow("dot files match") << u"src/.*"_s << int(P::None);
        QTest::newRow("class") << u"src/[lm]ain.c"_s << int(P::None);
        QTest::newRow("negated class") << u"src/[^m]ain.c"_s << int(P::NoMatch);
        QTest::newRow("range") << u"src/v[0-9].h"_s << int(P::None);
        QTest::newRow("question mark") << u"src/v?.h"_s << int(P::None);
        QTest::newRow("escaped star is literal") << u"src/\\*.c"_s << int(P::NotFound);
        QTest::newRow("wildcard folder") << u"*/main.c"_s << int(P::None);
        QTest::newRow("missing") << u"src/none.c"_s << int(P::NotFound);
        QTest::newRow("excluded") << u"build/out.o"_s << int(P::Excluded);
        QTest::newRow("excluded folder") << u"build"_s << int(P::Excluded);
        QTest::newRow("only excluded matches") << u"build/*.o"_s << int(P::OnlyExcluded);
        QTest::newRow("root") << u"/"_s << int(P::None);
    }

    void wildcards()
    {
        QFETCH(QString, source);
        QFETCH(int, problem);
        QTemporaryDir dir;
        for (const char *name : {"src/main.c", "src/.hidden", "src/v1.h", "build/out.o"})
            writeFile(dir.filePath(QString::fromLatin1(name)), "x");
        writeFile(dir.filePath(u".dockerignore"_s), "build\n");
        ContextError error;
        const auto check = CopySourceCheck::open(dir.path(), u"Dockerfile"_s, &error);
        QVERIFY2(check, qPrintable(error.toString()));
        const CopySourceCheck::Finding finding = check->checkSource(source);
        QCOMPARE(int(finding.problem), problem);
        if (finding.problem == CopySourceCheck::Problem::Excluded
            || finding.problem == CopySourceCheck::Problem::OnlyExcluded) {
            QCOMPARE(finding.ignoreFile, u".dockerignore"_s);
            QCOMPARE(finding.ignoreLine, 1);
            QCOMPARE(finding.pattern, u"build"_s);
        }
    }

    // BuildKit picks <Dockerfile>.dockerignore over .dockerignore; a Dockerfile outside the context
    // uses the root's.
    void ignoreFileChoice()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"ctx/a.txt"_s), "a");
        writeFile(dir.filePath(u"ctx/.dockerignore"_s), "a.txt\n");
        writeFile(dir.filePath(u"ctx/app.Dockerfile.dockerignore"_s), "other\n");
        const QString ctx = dir.filePath(u"ctx"_s);
        ContextError error;
        QCOMPARE(CopySourceCheck::open(ctx, u"Dockerfile"_s, &error)->checkSource(u"a.txt"_s).problem,
            CopySourceCheck::Problem::Excluded);
        QCOMPARE(CopySourceCheck::open(ctx, u"app.Dockerfile"_s, &error)->checkSource(u"a.txt"_s).problem,
            CopySourceCheck::Problem::None);
        QCOMPARE(CopySourceCheck::open(ctx, dir.filePath(u"app.Dockerfile"_s), &error)->checkSource(u"a.txt"_s).problem,
            CopySourceCheck::Problem::Excluded);
        // A pattern docker refuses: no check (the build reports the pattern).
        writeFile(dir.filePath(u"ctx/.dockerignore"_s), "[abc\n");
        QVERIFY(!CopySourceCheck::open(ctx, u"Dockerfile"_s, &error));
        QCOMPARE(error.kind, ContextError::Kind::BadPattern);
        QCOMPARE(error.line, 1);
    }

    // The preview names what the build will not find, with the linter's words (the Minimal template
    // without its busybox).
    void previewNamesMissingSources()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"Dockerfile"_s), "FROM scratch\nCOPY busybox /bin/busybox\nCOPY --from=x /a /a\n");
        writeFile(dir.filePath(u".dockerignore"_s), "*\n!busybox\n");
        ContextError error;
        auto preview = ContextPreview::compute(dir.path(), {}, ContextPreview::Options(), &error);
        QVERIFY2(preview, qPrintable(error.toString()));
        QCOMPARE(sources(preview->missingSources), QStringList {u"2 busybox"_s});
        const CopySourceCheck::Finding &f = preview->missingSources.first();
        QCOMPARE(f.problem, CopySourceCheck::Problem::NotFound);
        QCOMPARE(f.keyword, u"COPY"_s);
        QCOMPARE(f.message(preview->root),
            u"COPY source \"busybox\" is not in the build context "_s + QDir::toNativeSeparators(preview->root));

        writeFile(dir.filePath(u"busybox"_s),
            "\x7f"
            "ELF");
        preview = ContextPreview::compute(dir.path(), {}, ContextPreview::Options(), &error);
        QVERIFY(preview);
        QVERIFY(preview->missingSources.isEmpty());

        // The editor's text instead of the file, with a build argument resolving the source.
        ContextPreview::Options options;
        options.dockerfileText = QByteArray("FROM scratch\nARG BIN\nCOPY ${BIN} /bin/\nCOPY busybox /bin/\n");
        options.build.buildArgs.insert(u"BIN"_s, u"sh"_s);
        preview = ContextPreview::compute(dir.path(), {}, options, &error);
        QVERIFY(preview);
        QCOMPARE(sources(preview->missingSources), QStringList {u"3 ${BIN}"_s});
        QCOMPARE(preview->missingSources.first().path, u"sh"_s);
    }

    // docker build -f ../Dockerfile ctx is legal: the preview must not claim otherwise.
    void previewAcceptsDockerfileOutsideContext()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"Dockerfile"_s), "FROM scratch\nCOPY app /app\nCOPY lib /lib\n");
        writeFile(dir.filePath(u"ctx/app"_s), "a");
        ContextError error;
        const auto preview
            = ContextPreview::compute(dir.filePath(u"ctx"_s), dir.filePath(u"Dockerfile"_s), 10, nullptr, &error);
        QVERIFY2(preview, qPrintable(error.toString()));
        QVERIFY(!error.toString().contains(u"must be inside"_s));
        QVERIFY(preview->dockerfileOutsideContext);
        QCOMPARE(preview->dockerfile, QFileInfo(dir.filePath(u"Dockerfile"_s)).canonicalFilePath());
        QCOMPARE(preview->fileCount, 1);
        QCOMPARE(sources(preview->missingSources), QStringList {u"3 lib"_s});

        // Relative to the context, as docker build -f takes it from the context's point of view here.
        const auto relative = ContextPreview::compute(dir.filePath(u"ctx"_s), u"../Dockerfile"_s, 10, nullptr, &error);
        QVERIFY2(relative, qPrintable(error.toString()));
        QVERIFY(relative->dockerfileOutsideContext);
    }

    // BuildKit builds a Dockerfile that .dockerignore lists; COPY just cannot see it.
    void previewAcceptsIgnoredDockerfile()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"Dockerfile"_s), "FROM scratch\nCOPY Dockerfile a.txt /\n");
        writeFile(dir.filePath(u"a.txt"_s), "a");
        writeFile(dir.filePath(u".dockerignore"_s), "Dockerfile\n");
        ContextError error;
        const auto preview = ContextPreview::compute(dir.path(), {}, ContextPreview::Options(), &error);
        QVERIFY2(preview, qPrintable(error.toString()));
        QVERIFY(!preview->dockerfileOutsideContext);
        QCOMPARE(sources(preview->missingSources), QStringList {u"2 Dockerfile"_s});
        QCOMPARE(preview->missingSources.first().problem, CopySourceCheck::Problem::Excluded);
    }
};

QTEST_GUILESS_MAIN(TestCopySourceCheck)
#include "tst_copysourcecheck.moc"
