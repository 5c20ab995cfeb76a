// SPDX-License-Identifier: GPL-3.0-or-later
// Templates that build on the first try where their inputs exist: the Minimal template takes this
// computer's static busybox into the new project (and says what to do when there is none), the Python
// template says which of its inputs are missing, and the linter agrees with both.
#include "core/files/templatecatalog.h"
#include "ui/editor/documentanalyzer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Ui;
using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

QString staticBusybox()
{
    const QString fromEnv = qEnvironmentVariable("DOCKWRIGHT_BUSYBOX");
    for (const QString &candidate : {fromEnv, u"/bin/busybox"_s, u"/usr/bin/busybox"_s}) {
        if (!candidate.isEmpty() && TemplateCatalog::isStaticExecutable(candidate))
            return candidate;
    }
    return {};
}

// Rule code and quoted source of each finding that is not a note.
QStringList problems(const QString &dockerfilePath)
{
    QFile file(dockerfilePath);
    if (!file.open(QIODevice::ReadOnly))
        return {u"unreadable"_s};
    const DocumentAnalysis analysis = DocumentAnalyzer::analyze(QString::fromUtf8(file.readAll()), 0, dockerfilePath);
    QStringList out;
    for (const LintDiagnostic &d : analysis.diagnostics) {
        if (d.severity != LintSeverity::Info)
            out.append(d.ruleId + u' ' + d.message.section(u'"', 1, 1));
    }
    return out;
}

void touch(const QString &path)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x\n");
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

    QStringList m_defaultCandidates;

private Q_SLOTS:
    void initTestCase() { m_defaultCandidates = TemplateCatalog::busyboxCandidates(); }
    void cleanup() { TemplateCatalog::setBusyboxCandidates(m_defaultCandidates); }

    void staticExecutables()
    {
        const QString busybox = staticBusybox();
        if (busybox.isEmpty())
            QSKIP("no static busybox on this machine (busybox-static)");
        QVERIFY(TemplateCatalog::isStaticExecutable(busybox));
        // A dynamically linked program has a PT_INTERP header: useless in FROM scratch.
        QVERIFY(!TemplateCatalog::isStaticExecutable(QCoreApplication::applicationFilePath()));
        QVERIFY(!TemplateCatalog::isStaticExecutable(QFINDTESTDATA("tst_templates.cpp")));
        QVERIFY(!TemplateCatalog::isStaticExecutable(u"/nonexistent"_s));
        TemplateCatalog::setBusyboxCandidates({u"/nonexistent"_s, QCoreApplication::applicationFilePath(), busybox});
        QCOMPARE(TemplateCatalog::hostStaticBusybox(), QFileInfo(busybox).canonicalFilePath());
    }

    // The Minimal template in an empty folder: everything its first build needs is there.
    void minimalTakesTheHostBusybox()
    {
        const QString busybox = staticBusybox();
        if (busybox.isEmpty())
            QSKIP("no static busybox on this machine (busybox-static)");
        TemplateCatalog::setBusyboxCandidates({busybox});
        QTemporaryDir dir;
        const QString dockerfile = dir.filePath(u"Dockerfile"_s);
        const TemplateCatalog::Outcome outcome = TemplateCatalog::create(u"minimal"_s, dockerfile, true);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const QString copied = dir.filePath(u"busybox"_s);
        QCOMPARE(outcome.copied, QStringList {copied});
        QVERIFY(QFileInfo(copied).isExecutable());
        QCOMPARE(QFileInfo(copied).size(), QFileInfo(busybox).size());
        QVERIFY(outcome.notes.join(u' ').contains(u"busybox"_s));
        QCOMPARE(problems(dockerfile), QStringList());

        // A busybox already in the folder is the user's: kept.
        QFile mine(copied);
        QVERIFY(mine.open(QIODevice::WriteOnly | QIODevice::Truncate));
        mine.write("mine");
        mine.close();
        const TemplateCatalog::Outcome again = TemplateCatalog::create(u"minimal"_s, dockerfile, false);
        QVERIFY(again.ok);
        QVERIFY(again.copied.isEmpty());
        QFile check(copied);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("mine"));
    }

    // No static busybox: the project is written, the note says what to install, the linter marks the line.
    void minimalWithoutBusyboxSaysWhatToDo()
    {
        TemplateCatalog::setBusyboxCandidates({QCoreApplication::applicationFilePath()}); // dynamic
        QTemporaryDir dir;
        const QString dockerfile = dir.filePath(u"Dockerfile"_s);
        TemplateCatalog::Outcome outcome = TemplateCatalog::create(u"minimal"_s, dockerfile, true);
        QVERIFY(outcome.ok);
        QVERIFY(outcome.copied.isEmpty());
        QVERIFY2(outcome.notes.join(u' ').contains(u"needs shared libraries"_s), qPrintable(outcome.notes.join(u' ')));
        QVERIFY(outcome.notes.join(u' ').contains(u"busybox-static"_s));
        QCOMPARE(problems(dockerfile), QStringList {u"CopySourceMissing busybox"_s});

        TemplateCatalog::setBusyboxCandidates({});
        QTemporaryDir other;
        outcome = TemplateCatalog::create(u"minimal"_s, other.filePath(u"Dockerfile"_s), true);
        QVERIFY(outcome.ok);
        QVERIFY(outcome.notes.join(u' ').contains(u"no static busybox"_s));
    }

    // The Python template names the inputs it expects; once they exist, nothing but notes remain.
    void pythonNamesItsInputs()
    {
        QTemporaryDir dir;
        const QString dockerfile = dir.filePath(u"Dockerfile"_s);
        const TemplateCatalog::Outcome outcome = TemplateCatalog::create(u"python"_s, dockerfile, true);
        QVERIFY(outcome.ok);
        QVERIFY(outcome.notes.join(u' ').contains(u"python:3.13-slim"_s));
        QCOMPARE(problems(dockerfile),
            (QStringList {u"CopySourceMissing pyproject.toml"_s, u"CopySourceMissing uv.lock"_s,
                u"CopySourceMissing ${PACKAGE_NAME} (that is, myapp)"_s, u"CopySourceMissing main.py"_s}));
        for (const char *input : {"pyproject.toml", "uv.lock", "main.py", "myapp/__init__.py"})
            touch(dir.filePath(QString::fromLatin1(input)));
        QCOMPARE(problems(dockerfile), QStringList());
    }
};

QTEST_MAIN(TestTemplates)
#include "tst_templates.moc"
