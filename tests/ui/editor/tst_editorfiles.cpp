// SPDX-License-Identifier: GPL-3.0-or-later
// Files: atomic save, autosave and recovery, reload when changed on disk, templates, recent files.
#include "core/files/templatecatalog.h"
#include "core/files/textfile.h"
#include "filejobs.h"
#include "ui/editor/dockerfileeditor.h"
#include "ui/editor/documentanalyzer.h"
#include "ui/editor/editorpage.h"
#include "ui/editor/infobanner.h"
#include "ui/editor/recentfiles.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Dockwright::Ui;
using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

ino_t inode(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

class TestEditorFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DockwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_editorfiles"));
    }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        RecentFiles::clear();
    }

    void saveIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        writeFile(path, "FROM alpine\n");
        EditorPage page;
        QVERIFY(FileJobs::open(page, path));
        const ino_t before = inode(path);
        page.editor()->append(QStringLiteral("RUN true\n"));
        QVERIFY(page.isModified());
        QString error;
        QVERIFY2(FileJobs::save(page, path, &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("FROM alpine\nRUN true\n"));
        QVERIFY(!page.isModified());
        // Written to a temporary file and renamed over the old one: a new inode, no leftovers.
        QVERIFY(inode(path) != before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("Dockerfile")});

        // A failed save reports an error and leaves the document modified.
        page.editor()->append(QStringLiteral("CMD x\n"));
        QVERIFY(!FileJobs::save(page, dir.filePath(QStringLiteral("missing/Dockerfile")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(page.isModified());
        QCOMPARE(page.banner()->currentKey(), QStringLiteral("error")); // said in the page, not a modal box
        QCOMPARE(page.filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(RecentFiles::files().value(0), QFileInfo(path).absoluteFilePath());
    }

    void typingWhileSavingKeepsTheDocumentModified()
    {
        // The file is written by a job; what is typed before it lands is not in the file, so the
        // document must stay modified (and the saved text is exactly what was there at Save).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        writeFile(path, "FROM alpine\n");
        EditorPage page;
        QVERIFY(FileJobs::open(page, path));
        page.editor()->append(QStringLiteral("RUN a\n"));
        QSignalSpy saved(&page, &EditorPage::fileSaved);
        page.saveTo(path);
        page.editor()->append(QStringLiteral("RUN b\n")); // before the job's answer can arrive
        QVERIFY(saved.wait());
        QCOMPARE(contents(path), QByteArray("FROM alpine\nRUN a\n"));
        QVERIFY(page.isModified());
        QVERIFY(page.differsFromDisk());
    }

    void aGuessThatIsNoFileStaysQuiet()
    {
        // A command-line word (a test function's name, an image name) is tried as a file without a word
        // about it when it is none; a file the user chose that cannot be read is reported.
        EditorPage page;
        QSignalSpy failed(&page, &EditorPage::fileFailed);
        QSignalSpy opened(&page, &EditorPage::fileOpened);
        page.openFile(u"firstHour:de-1024"_s, {}, EditorPage::OnFailure::StayQuiet);
        QVERIFY(!failed.wait(300));
        QVERIFY(opened.isEmpty());
        QVERIFY(page.banner()->currentKey().isEmpty());
        page.openFile(u"/nonexistent/Dockerfile"_s);
        QVERIFY(failed.wait());
        QCOMPARE(page.banner()->currentKey(), u"error"_s);
    }

    void openingAFolderFindsItsDockerfile()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("Containerfile")), "FROM busybox\n");
        EditorPage page;
        QSignalSpy opened(&page, &EditorPage::fileOpened);
        page.openProjectFolder(dir.path());
        QVERIFY(opened.wait());
        QCOMPARE(page.filePath(), QFileInfo(dir.filePath(QStringLiteral("Containerfile"))).absoluteFilePath());
        QCOMPARE(page.editor()->text(), QStringLiteral("FROM busybox\n"));

        QTemporaryDir empty;
        QSignalSpy failed(&page, &EditorPage::fileFailed);
        page.openProjectFolder(empty.path());
        QVERIFY(failed.wait());
        QVERIFY(failed.first().first().toString().contains(QDir::toNativeSeparators(empty.path())));
        QCOMPARE(page.banner()->currentKey(), QStringLiteral("error"));
        QCOMPARE(page.editor()->text(), QStringLiteral("FROM busybox\n")); // the open document stays
    }

    void autosaveIsWrittenAndOfferedAfterACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        writeFile(path, "FROM alpine\n");
        QString autosaveFile;
        {
            EditorPage crashed;
            crashed.setAutosaveInterval(20);
            QVERIFY(FileJobs::open(crashed, path));
            QVERIFY(!crashed.autosaveNow()); // nothing to keep while unmodified
            crashed.editor()->append(QStringLiteral("RUN echo unsaved\n"));
            autosaveFile = crashed.recoveryStore().fileFor(crashed.recoveryId());
            QVERIFY(autosaveFile.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
            QTRY_VERIFY(QFile::exists(autosaveFile));
            QVERIFY(contents(autosaveFile).contains("RUN echo unsaved"));
            // Destroyed without saving or discarding: what a crash leaves behind.
        }
        QVERIFY(QFile::exists(autosaveFile));

        EditorPage next; // the next start offers it
        QTRY_COMPARE(next.banner()->currentKey(), QStringLiteral("recovery"));
        QVERIFY(next.banner()->text().contains(QDir::toNativeSeparators(path)));
        QVERIFY(next.banner()->choose(0)); // Restore
        QTRY_COMPARE(next.editor()->text(), QStringLiteral("FROM alpine\nRUN echo unsaved\n"));
        QVERIFY(next.isModified());
        QCOMPARE(next.filePath(), path);
        QCOMPARE(contents(path), QByteArray("FROM alpine\n")); // the file itself is untouched until saved

        QVERIFY(FileJobs::save(next, path));
        QVERIFY(!QFile::exists(autosaveFile)); // deleted on save
        QCOMPARE(contents(path), QByteArray("FROM alpine\nRUN echo unsaved\n"));
    }

    void discardedRecoveryIsDeleted()
    {
        RecoveryStore store;
        QVERIFY(store.save(RecoveryStore::idFor({}), {}, QStringLiteral("FROM scratch\n")));
        QCOMPARE(store.entries().size(), 1);
        EditorPage next;
        QTRY_COMPARE(next.banner()->currentKey(), QStringLiteral("recovery"));
        QVERIFY(next.banner()->choose(1)); // Discard
        QTRY_VERIFY(store.entries().isEmpty());
        QVERIFY(next.banner()->currentKey().isEmpty());
        QVERIFY(next.editor()->text().isEmpty());
    }

    void reloadIsOfferedWhenTheFileChangesOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        writeFile(path, "FROM alpine\n");
        EditorPage page;
        QVERIFY(FileJobs::open(page, path));

        // Our own save must not count as an outside change.
        page.editor()->append(QStringLiteral("RUN a\n"));
        QVERIFY(FileJobs::save(page, path));
        QVERIFY(!QTest::qWaitFor([&] { return !page.banner()->currentKey().isEmpty(); }, 200));
        QVERIFY(page.banner()->currentKey().isEmpty());

        QVERIFY(TextFile::write(path, QStringLiteral("FROM debian\n"))); // another editor, atomically
        QTRY_COMPARE(page.banner()->currentKey(), QStringLiteral("reload"));
        QVERIFY(page.banner()->choose(0)); // Reload
        QTRY_COMPARE(page.editor()->text(), QStringLiteral("FROM debian\n"));
        QVERIFY(!page.isModified());

        // Still watched after the atomic replace: a second change is noticed too.
        writeFile(path, "FROM busybox\n");
        QTRY_COMPARE(page.banner()->currentKey(), QStringLiteral("reload"));
        QVERIFY(page.banner()->choose(1)); // Keep mine
        QCOMPARE(page.editor()->text(), QStringLiteral("FROM debian\n"));
    }

    void newFromTemplateWritesBothFiles_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("ignoreLine");
        QTest::newRow("python") << QStringLiteral("python")
                                << QStringList {QStringLiteral("AS builder"), QStringLiteral("--mount=type=cache"),
                                       QStringLiteral("uv sync --locked --no-install-project"),
                                       QStringLiteral("-slim AS runtime"), QStringLiteral("USER appuser"),
                                       QStringLiteral("ARG PACKAGE_NAME"),
                                       QStringLiteral("org.opencontainers.image.revision")}
                                << QStringLiteral(".venv");
        QTest::newRow("minimal") << QStringLiteral("minimal")
                                 << QStringList {QStringLiteral("FROM scratch"), QStringLiteral("busybox")}
                                 << QStringLiteral("!busybox");
    }

    void newFromTemplateWritesBothFiles()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, expected);
        QFETCH(QString, ignoreLine);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        EditorPage page;
        QString error;
        QVERIFY2(FileJobs::newFromTemplate(page, id, path, &error), qPrintable(error));
        const QString dockerfile = QString::fromUtf8(contents(path));
        for (const QString &piece : expected)
            QVERIFY2(dockerfile.contains(piece), qPrintable(piece));
        const QStringList ignore
            = QString::fromUtf8(contents(dir.filePath(QStringLiteral(".dockerignore")))).split(u'\n');
        QVERIFY(ignore.contains(ignoreLine));
        QCOMPARE(page.editor()->text(), dockerfile);
        // Templates are examples to follow: no errors or warnings from the linter (notes are fine). Inputs
        // the folder does not have yet (CopySourceMissing) are tst_templates' subject.
        const DocumentAnalysis analysis = DocumentAnalyzer::analyze(dockerfile, 0, path);
        QVERIFY(analysis.parse.errors.isEmpty());
        for (const auto &d : analysis.diagnostics)
            QVERIFY2(d.severity == Dockwright::Core::LintSeverity::Info
                    || d.rule == Dockwright::Core::LintRuleId::CopySourceMissing,
                qPrintable(d.ruleId + u' ' + d.message));

        // An existing .dockerignore is kept unless replacing was chosen.
        writeFile(dir.filePath(QStringLiteral(".dockerignore")), "mine\n");
        QVERIFY(TemplateCatalog::write(id, path, false, &error));
        QCOMPARE(contents(dir.filePath(QStringLiteral(".dockerignore"))), QByteArray("mine\n"));
    }
};

QTEST_MAIN(TestEditorFiles)
#include "tst_editorfiles.moc"
