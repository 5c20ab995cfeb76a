// SPDX-License-Identifier: GPL-3.0-or-later
// Walker, packer, preview and tar device on contexts built in temporary directories.
#include "core/context/buildcontext.h"
#include "core/context/contextpacker.h"
#include "core/context/contextpreview.h"
#include "core/context/contexttardevice.h"
#include "core/context/contextwalker.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <archive.h>
#include <archive_entry.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

using namespace Dockwright::Core;

namespace {

struct TarItem
{
    QByteArray path;
    int type = 0; // AE_IF*
    int perm = 0;
    qint64 mtime = 0;
    qint64 uid = -1;
    qint64 gid = -1;
    QByteArray target;
    QByteArray contents;
};

// Reads a tar with libarchive, failing the test on any libarchive error.
QList<TarItem> readTar(const QByteArray &tar, bool *ok)
{
    *ok = false;
    QList<TarItem> items;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    if (archive_read_open_memory(a, tar.constData(), size_t(tar.size())) != ARCHIVE_OK) {
        archive_read_free(a);
        return items;
    }
    archive_entry *e = nullptr;
    int r;
    while ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
        TarItem item;
        item.path = archive_entry_pathname(e);
        item.type = int(archive_entry_filetype(e));
        item.perm = int(archive_entry_perm(e));
        item.mtime = archive_entry_mtime(e);
        item.uid = archive_entry_uid(e);
        item.gid = archive_entry_gid(e);
        if (const char *t = archive_entry_symlink(e))
            item.target = t;
        char buf[65536];
        la_ssize_t n;
        while ((n = archive_read_data(a, buf, sizeof buf)) > 0)
            item.contents.append(buf, n);
        if (n < 0)
            break;
        items.append(item);
    }
    *ok = r == ARCHIVE_EOF;
    archive_read_free(a);
    return items;
}

// ctest sets DOCKWRIGHT_BINARY_DIR; a direct run finds the CLI next to the tests directory.
QString cliPath()
{
    const QString binaryDir
        = qEnvironmentVariable("DOCKWRIGHT_BINARY_DIR", QCoreApplication::applicationDirPath() + QLatin1String("/.."));
    return binaryDir + QLatin1String("/bin/dockwright-cli");
}

QByteArrayList paths(const QList<ContextEntry> &entries)
{
    QByteArrayList out;
    for (const ContextEntry &e : entries)
        out.append(e.path);
    return out;
}

} // namespace

class TestContextWalker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir; // fresh per test

    void write(const QString &rel, const QByteArray &data, int mode = 0644)
    {
        const QString path = m_dir + u'/' + rel;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
        f.close();
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    }
    void mkdir(const QString &rel) { QVERIFY(QDir().mkpath(m_dir + u'/' + rel)); }
    void symlink(const QString &rel, const QByteArray &target)
    {
        QCOMPARE(::symlink(target.constData(), QFile::encodeName(m_dir + u'/' + rel).constData()), 0);
    }

    std::optional<ContextScan> scan(const QString &dockerfile = {}, ContextError *errorOut = nullptr,
        std::optional<BuildContext> *contextOut = nullptr)
    {
        ContextError error;
        auto context = BuildContext::open(m_dir, dockerfile, &error);
        if (!context) {
            if (errorOut)
                *errorOut = error;
            return std::nullopt;
        }
        ContextWalker::Options options;
        options.measureExcluded = true;
        auto result = ContextWalker::scan(*context, options, &error);
        if (errorOut)
            *errorOut = error;
        if (contextOut)
            *contextOut = context;
        return result;
    }

    QByteArray pack(const BuildContext &context, const ContextScan &scan)
    {
        QByteArray tar;
        ContextPacker packer(context.root(), scan.entries);
        const ContextError error = packer.pack([&tar](const char *d, qsizetype n) {
            tar.append(d, n);
            return true;
        });
        if (error)
            qWarning() << error.toString();
        return error ? QByteArray() : tar;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_dir = m_tmp.path() + QStringLiteral("/ctx%1").arg(++n);
        QVERIFY(QDir().mkpath(m_dir));
        write(QStringLiteral("Dockerfile"), "FROM scratch\n");
    }

    void entriesModesMtimesLinks()
    {
        write(QStringLiteral("bin/tool"), "#!/bin/sh\n", 04755);
        write(QStringLiteral("a.txt"), "alpha");
        mkdir(QStringLiteral("empty"));
        QCOMPARE(::chmod(QFile::encodeName(m_dir + QLatin1String("/empty")).constData(), 01777), 0);
        symlink(QStringLiteral("link"), "a.txt");
        symlink(QStringLiteral("dangling"), "../../etc/passwd");
        QCOMPARE(::link(QFile::encodeName(m_dir + QLatin1String("/a.txt")).constData(),
                     QFile::encodeName(m_dir + QLatin1String("/hard.txt")).constData()),
            0);
        const struct timeval times[2] = {{1600000000, 0}, {1600000000, 999999}};
        QCOMPARE(::utimes(QFile::encodeName(m_dir + QLatin1String("/a.txt")).constData(), times), 0);

        std::optional<BuildContext> context;
        ContextError error;
        const auto result = scan({}, &error, &context);
        QVERIFY2(result, qPrintable(error.toString()));
        QCOMPARE(paths(result->entries),
            QByteArrayList({"Dockerfile", "a.txt", "bin", "bin/tool", "dangling", "empty", "hard.txt", "link"}));
        QVERIFY(result->excluded.isEmpty());

        const QByteArray tar = pack(*context, *result);
        QVERIFY(!tar.isEmpty());
        QCOMPARE(tar.size() % 512, 0);
        QCOMPARE(ContextPacker(context->root(), result->entries).tarSize(), qint64(tar.size()));
        bool ok = false;
        const QList<TarItem> items = readTar(tar, &ok);
        QVERIFY(ok);
        QCOMPARE(items.size(), result->entries.size());
        QHash<QByteArray, TarItem> byPath;
        for (const TarItem &item : items) {
            QCOMPARE(item.uid, 0);
            QCOMPARE(item.gid, 0);
            byPath.insert(item.path, item);
        }
        QCOMPARE(byPath.value("a.txt").contents, QByteArray("alpha"));
        QCOMPARE(byPath.value("a.txt").mtime, 1600000000);
        QCOMPARE(byPath.value("a.txt").perm, 0644);
        QCOMPARE(byPath.value("bin/tool").perm, 04755);
        QCOMPARE(byPath.value("link").type, int(AE_IFLNK));
        QCOMPARE(byPath.value("link").target, QByteArray("a.txt"));
        QCOMPARE(byPath.value("dangling").type, int(AE_IFLNK));
        QCOMPARE(byPath.value("dangling").target, QByteArray("../../etc/passwd"));
        // Hard links travel as independent regular files.
        QCOMPARE(byPath.value("hard.txt").type, int(AE_IFREG));
        QCOMPARE(byPath.value("hard.txt").contents, QByteArray("alpha"));
        QVERIFY(byPath.contains("empty/") || byPath.contains("empty"));
        const TarItem empty = byPath.contains("empty/") ? byPath.value("empty/") : byPath.value("empty");
        QCOMPARE(empty.type, int(AE_IFDIR));
        QCOMPARE(empty.perm, 01777);
    }

    void ignoreRulesOnDisk()
    {
        write(QStringLiteral(".dockerignore"),
            "node_modules\ndocs\n!docs/README.md\n**/*.log\n!keep/**\n.dockerignore\n");
        write(QStringLiteral("node_modules/x/big.js"), QByteArray(5000, 'x'));
        write(QStringLiteral("node_modules/y.js"), QByteArray(100, 'y'));
        write(QStringLiteral("docs/README.md"), "readme");
        write(QStringLiteral("docs/other.md"), "other");
        write(QStringLiteral("docs/sub/deep.md"), "deep");
        write(QStringLiteral("src/app.log"), "log");
        write(QStringLiteral("src/app.c"), "int main;");
        write(QStringLiteral("keep/app.log"), "kept");
        std::optional<BuildContext> context;
        ContextError error;
        const auto result = scan({}, &error, &context);
        QVERIFY2(result, qPrintable(error.toString()));
        QCOMPARE(paths(result->entries),
            QByteArrayList(
                {".dockerignore", "Dockerfile", "docs", "docs/README.md", "keep", "keep/app.log", "src", "src/app.c"}));
        // .dockerignore ignores itself: still sent, marked.
        QVERIFY(result->entries.first().forced);
        QVERIFY(!result->entries.at(1).forced);

        const ContextPreview preview = ContextPreview::fromScan(*context, *result, 3);
        QCOMPARE(preview.fileCount, 5);
        QCOMPARE(preview.dirCount, 3);
        QCOMPARE(preview.largestFiles.size(), 3);
        QCOMPARE(preview.largestFiles.first().path, QStringLiteral(".dockerignore"));
        QCOMPARE(preview.excluded.first().pattern, QStringLiteral("node_modules"));
        QCOMPARE(preview.excluded.first().line, 1);
        QCOMPARE(preview.excluded.first().bytes, 5100);
        QCOMPARE(preview.excluded.first().files, 2);
        QCOMPARE(preview.excluded.first().paths, QStringList {QStringLiteral("node_modules")});
        qint64 docsBytes = -1;
        for (const auto &g : preview.excluded) {
            if (g.pattern == u"docs") {
                docsBytes = g.bytes;
                QCOMPARE(g.paths, QStringList({QStringLiteral("docs/other.md"), QStringLiteral("docs/sub")}));
            }
        }
        QCOMPARE(docsBytes, 9);
        QCOMPARE(preview.excludedBytes, 5100 + 9 + 3);
    }

    void dockerfileSpecificIgnoreWins()
    {
        write(QStringLiteral(".dockerignore"), "a.txt\n");
        write(QStringLiteral("docker/app.Dockerfile"), "FROM scratch\n");
        write(QStringLiteral("docker/app.Dockerfile.dockerignore"), "b.txt\ndocker\n");
        write(QStringLiteral("a.txt"), "a");
        write(QStringLiteral("b.txt"), "b");
        write(QStringLiteral("c.txt"), "c");
        std::optional<BuildContext> context;
        ContextError error;
        const auto result = scan(QStringLiteral("docker/app.Dockerfile"), &error, &context);
        QVERIFY2(result, qPrintable(error.toString()));
        QCOMPARE(context->ignoreFile(), QByteArray("docker/app.Dockerfile.dockerignore"));
        // b.txt excluded, a.txt kept; the ignored Dockerfile and ignore file are forced in (with their dir).
        QCOMPARE(paths(result->entries),
            QByteArrayList({".dockerignore", "Dockerfile", "a.txt", "c.txt", "docker", "docker/app.Dockerfile",
                "docker/app.Dockerfile.dockerignore"}));
        QVERIFY(result->entries.at(5).forced);
        QVERIFY(result->entries.at(6).forced);
    }

    void lowercaseDockerfileFallback()
    {
        QVERIFY(QFile::remove(m_dir + QLatin1String("/Dockerfile")));
        write(QStringLiteral("dockerfile"), "FROM scratch\n");
        write(QStringLiteral(".dockerignore"), "dockerfile\n");
        std::optional<BuildContext> context;
        const auto result = scan({}, nullptr, &context);
        QVERIFY(result);
        QCOMPARE(context->dockerfile(), QByteArray("dockerfile"));
        QCOMPARE(paths(result->entries), QByteArrayList({".dockerignore", "dockerfile"}));
    }

    void exceptionsThatMatchNothingLeaveNoDirectory()
    {
        write(QStringLiteral(".dockerignore"), "docs\n!docs/README.md\n");
        write(QStringLiteral("docs/other.md"), "x");
        const auto result = scan();
        QVERIFY(result);
        QCOMPARE(paths(result->entries), QByteArrayList({".dockerignore", "Dockerfile"}));
    }

    void badPatternNamesFileAndLine()
    {
        write(QStringLiteral(".dockerignore"), "# fine\nok\n[abc\n");
        ContextError error;
        QVERIFY(!scan({}, &error));
        QCOMPARE(error.kind, ContextError::Kind::BadPattern);
        QCOMPARE(error.file, QStringLiteral(".dockerignore"));
        QCOMPARE(error.line, 3);
    }

    void missingDockerfileAndOutside()
    {
        ContextError error;
        QVERIFY(!scan(QStringLiteral("nope.Dockerfile"), &error));
        QCOMPARE(error.kind, ContextError::Kind::NotFound);
        QVERIFY(error.file.endsWith(QLatin1String("nope.Dockerfile")));
        QVERIFY(!scan(m_tmp.path() + QLatin1String("/../outside"), &error));
    }

    void symlinkLoopsAreLinks()
    {
        symlink(QStringLiteral("a"), "b");
        symlink(QStringLiteral("b"), "a");
        symlink(QStringLiteral("self"), "self");
        const auto result = scan();
        QVERIFY(result);
        QCOMPARE(paths(result->entries), QByteArrayList({"Dockerfile", "a", "b", "self"}));
        QCOMPARE(result->entries.at(3).type, ContextEntry::Type::Symlink);
        QCOMPARE(result->entries.at(3).linkTarget, QByteArray("self"));
    }

    void rootSymlinkLoopFails()
    {
        const QString loop = m_tmp.path() + QLatin1String("/loop");
        QCOMPARE(::symlink("loop", QFile::encodeName(loop).constData()), 0);
        ContextError error;
        QVERIFY(!BuildContext::open(loop, {}, &error));
        QCOMPARE(error.file, loop);
        QVERIFY2(error.message.contains(QLatin1String("symbolic links")), qPrintable(error.message));
    }

    void oddNamesAndSpecialFiles()
    {
        write(QStringLiteral("new\nline.txt"), "n");
        QCOMPARE(::mkfifo(QFile::encodeName(m_dir + QLatin1String("/fifo")).constData(), 0644), 0);
        std::optional<BuildContext> context;
        const auto result = scan({}, nullptr, &context);
        QVERIFY(result);
        QCOMPARE(paths(result->entries), QByteArrayList({"Dockerfile", "new\nline.txt"}));
        QCOMPARE(result->warnings.size(), 2);
        QCOMPARE(result->warnings.at(0).file, QStringLiteral("fifo"));
        QVERIFY(result->warnings.at(1).message.contains(QLatin1String("newline")));
        bool ok = false;
        const auto items = readTar(pack(*context, *result), &ok);
        QVERIFY(ok);
        QCOMPARE(items.at(1).path, QByteArray("new\nline.txt"));
    }

    // Tests run as root, which reads anything: the walk runs in dockwright-cli as uid/gid 65534.
    void unreadableFilesFailAsNobody_data()
    {
        QTest::addColumn<QByteArray>("ignore");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("file") << QByteArray() << 2 << QStringLiteral("secret/key.pem: cannot read: Permission denied");
        QTest::newRow("ignored") << QByteArray("secret\nlocked\n") << 0 << QString();
        QTest::newRow("dir") << QByteArray("secret\n") << 2
                             << QStringLiteral("locked: cannot read directory: Permission denied");
    }

    void unreadableFilesFailAsNobody()
    {
        QFETCH(QByteArray, ignore);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (::geteuid() != 0)
            QSKIP("needs root to switch to uid 65534");
        const QString cli = cliPath();
        QVERIFY2(QFile::exists(cli), qPrintable(cli));
        if (!ignore.isEmpty())
            write(QStringLiteral(".dockerignore"), ignore);
        write(QStringLiteral("secret/key.pem"), "k", 0600);
        write(QStringLiteral("public.txt"), "p", 0644);
        mkdir(QStringLiteral("locked"));
        write(QStringLiteral("locked/x"), "x", 0644);
        QCOMPARE(::chmod(QFile::encodeName(m_dir + QLatin1String("/locked")).constData(), 0700), 0);
        for (const QString &d : {m_tmp.path(), m_dir})
            QCOMPARE(::chmod(QFile::encodeName(d).constData(), 0755), 0);
        if (ignore.isEmpty())
            write(QStringLiteral(".dockerignore"), "locked\n");

        QProcess process;
        process.setChildProcessModifier([]() {
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
        process.start(cli, {QStringLiteral("context"), m_dir, QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromLocal8Bit(process.readAllStandardError());
        QCOMPARE(process.exitCode(), exitCode);
        if (!message.isEmpty())
            QVERIFY2(err.contains(message), qPrintable(err));
        else
            QVERIFY2(process.readAllStandardOutput().contains("public.txt"), qPrintable(err));
    }

    void tarDeviceStreamsWithProgress()
    {
        for (int i = 0; i < 20; ++i)
            write(
                QStringLiteral("data/f%1.bin").arg(i, 2, 10, QLatin1Char('0')), QByteArray(300 * 1024, char('a' + i)));
        std::optional<BuildContext> context;
        const auto result = scan({}, nullptr, &context);
        QVERIFY(result);
        const QByteArray expected = pack(*context, *result);

        ContextTarDevice device(context->root(), result->entries);
        device.setBufferLimit(64 * 1024);
        const qint64 size = device.tarSize();
        QCOMPARE(size, qint64(expected.size()));
        QSignalSpy progress(&device, &ContextTarDevice::progress);
        QSignalSpy finished(&device, &ContextTarDevice::packingFinished);
        QSignalSpy readyRead(&device, &QIODevice::readyRead);
        QVERIFY(device.isSequential());
        QVERIFY(device.open(QIODevice::ReadOnly));
        QByteArray got;
        while (!device.atEnd()) {
            if (device.bytesAvailable() == 0 && !device.waitForReadyRead(30000))
                break;
            got += device.read(100000);
        }
        QCOMPARE(got.size(), expected.size());
        QVERIFY(got == expected);
        QVERIFY(finished.wait(10000) || finished.size() == 1);
        QVERIFY(readyRead.size() > 0);
        QVERIFY(!progress.isEmpty());
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toLongLong(), last.at(1).toLongLong());
        QCOMPARE(last.at(2).toLongLong(), 20 * 300 * 1024 + 13); // + the Dockerfile
        QCOMPARE(last.at(3).toLongLong(), 20 * 300 * 1024 + 13);
        QCOMPARE(device.read(10), QByteArray());
        QVERIFY(!device.packError());
    }

    void tarDeviceCancel()
    {
        for (int i = 0; i < 20; ++i)
            write(QStringLiteral("f%1.bin").arg(i), QByteArray(300 * 1024, 'z'));
        std::optional<BuildContext> context;
        const auto result = scan({}, nullptr, &context);
        QVERIFY(result);
        ContextTarDevice device(context->root(), result->entries);
        device.setBufferLimit(64 * 1024);
        QSignalSpy failed(&device, &ContextTarDevice::failed);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QVERIFY(device.waitForReadyRead(30000));
        QVERIFY(!device.read(1000).isEmpty());
        // The worker is now blocked on the full buffer; cancelling must wake and stop it.
        device.cancel();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ContextError>().kind, ContextError::Kind::Cancelled);
        QByteArray rest;
        while (!device.atEnd())
            rest += device.readAll();
        QVERIFY(rest.size() < 20 * 300 * 1024);
        QCOMPARE(device.read(1), QByteArray());
        QCOMPARE(device.packError().kind, ContextError::Kind::Cancelled);
    }

    void packerCancelAndShrink()
    {
        write(QStringLiteral("big.bin"), QByteArray(2 * 1024 * 1024, 'b'));
        std::optional<BuildContext> context;
        const auto result = scan({}, nullptr, &context);
        QVERIFY(result);
        std::atomic_bool cancel {false};
        ContextPacker packer(context->root(), result->entries);
        packer.setCancelFlag(&cancel);
        int calls = 0;
        packer.setProgressCallback([&](const ContextPacker::Progress &p) {
            ++calls;
            if (p.bytesDone > 0)
                cancel.store(true);
        });
        const ContextError cancelled = packer.pack([](const char *, qsizetype) { return true; });
        QCOMPARE(cancelled.kind, ContextError::Kind::Cancelled);
        QVERIFY(calls > 0);

        // The file shrinks between the walk and the pack: a clear error naming it.
        write(QStringLiteral("big.bin"), "small");
        const ContextError shrunk
            = ContextPacker(context->root(), result->entries).pack([](const char *, qsizetype) { return true; });
        QCOMPARE(shrunk.kind, ContextError::Kind::Changed);
        QCOMPARE(shrunk.file, QStringLiteral("big.bin"));

        // A reader that goes away stops the packer.
        write(QStringLiteral("big.bin"), QByteArray(2 * 1024 * 1024, 'b'));
        const ContextError gone
            = ContextPacker(context->root(), result->entries).pack([](const char *, qsizetype) { return false; });
        QCOMPARE(gone.kind, ContextError::Kind::Stream);
    }

    // As docker build -f ../Dockerfile DIR: the Dockerfile may lie outside the context; the listing is
    // the context as docker sends it (with .dockerignore at its root) and names that Dockerfile.
    void cliDockerfileOutsideTheContext()
    {
        const QString cli = cliPath();
        write(QStringLiteral("app.txt"), "a");
        const QString outside = m_tmp.path() + QLatin1String("/elsewhere/Dockerfile");
        QVERIFY(QDir().mkpath(QFileInfo(outside).path()));
        {
            QFile file(outside);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write("FROM scratch\n") == 13);
        }
        QProcess process;
        process.start(cli, {QStringLiteral("context"), m_dir, QStringLiteral("-f"), outside, QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(err));
        const QJsonObject doc = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(doc.value(QLatin1String("dockerfile")).toString(), QFileInfo(outside).canonicalFilePath());
        QStringList listed;
        for (const QJsonValue &v : doc.value(QLatin1String("entries")).toArray())
            listed << v[QLatin1String("path")].toString();
        QVERIFY2(listed.contains(QStringLiteral("app.txt")), qPrintable(listed.join(u' ')));

        // A tar of it would not be what the build sends (that adds the Dockerfile): refused, said why.
        process.start(cli,
            {QStringLiteral("context"), m_dir, QStringLiteral("-f"), outside, QStringLiteral("--tar"),
                m_dir + QLatin1String(".tar")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromLocal8Bit(process.readAllStandardError()).contains(QLatin1String("outside")));
        QVERIFY(!QFile::exists(m_dir + QLatin1String(".tar")));
    }

    void cliJson()
    {
        const QString cli = cliPath();
        write(QStringLiteral(".dockerignore"), "*.tmp\n");
        write(QStringLiteral("x.tmp"), "12345");
        write(QStringLiteral("sub/y.txt"), "yy");
        symlink(QStringLiteral("sub/l"), "y.txt");
        QProcess process;
        const QString tarPath = m_dir + QLatin1String(".tar");
        process.start(
            cli, {QStringLiteral("context"), m_dir, QStringLiteral("--json"), QStringLiteral("--tar"), tarPath});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject doc = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QStringList listed;
        for (const QJsonValue &v : doc.value(QLatin1String("entries")).toArray())
            listed << v[QLatin1String("path")].toString() + u':' + v[QLatin1String("type")].toString() + u':'
                    + QString::number(v[QLatin1String("size")].toInteger());
        QCOMPARE(listed,
            QStringList({QStringLiteral(".dockerignore:file:6"), QStringLiteral("Dockerfile:file:13"),
                QStringLiteral("sub:dir:0"), QStringLiteral("sub/l:symlink:0"), QStringLiteral("sub/y.txt:file:2")}));
        QCOMPARE(doc.value(QLatin1String("totalBytes")).toInteger(), 21);
        QCOMPARE(doc.value(QLatin1String("fileCount")).toInteger(), 3);
        const QJsonArray excluded = doc.value(QLatin1String("excluded")).toArray();
        QCOMPARE(excluded.size(), 1);
        QCOMPARE(excluded.at(0)[QLatin1String("path")].toString(), QStringLiteral("x.tmp"));
        QCOMPARE(excluded.at(0)[QLatin1String("pattern")].toString(), QStringLiteral("*.tmp"));
        QCOMPARE(excluded.at(0)[QLatin1String("size")].toInteger(), 5);
        QFile tar(tarPath);
        QVERIFY(tar.open(QIODevice::ReadOnly));
        QCOMPARE(doc.value(QLatin1String("tarBytes")).toInteger(), tar.size());
        bool ok = false;
        QCOMPARE(readTar(tar.readAll(), &ok).size(), 5);
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestContextWalker)
#include "tst_contextwalker.moc"
