// SPDX-License-Identifier: GPL-3.0-or-later
// GitProvenance against a real git checkout: the revision, the remote and the commit time that the
// default org.opencontainers.image.created label uses (issue 13: a "now" label gave every fully cached
// build a new image ID, where docker build keeps it).
#include "core/builder/gitprovenance.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

class TestGitProvenance : public QObject
{
    Q_OBJECT

    static bool git(const QString &dir, const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(dir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GIT_AUTHOR_NAME"_s, u"Test"_s);
        env.insert(u"GIT_AUTHOR_EMAIL"_s, u"test@example.org"_s);
        env.insert(u"GIT_COMMITTER_NAME"_s, u"Test"_s);
        env.insert(u"GIT_COMMITTER_EMAIL"_s, u"test@example.org"_s);
        env.insert(u"GIT_AUTHOR_DATE"_s, u"2026-11-20T08:00:00Z"_s);
        env.insert(u"GIT_COMMITTER_DATE"_s, u"2026-11-20T08:00:00Z"_s);
        env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
        env.insert(u"HOME"_s, dir);
        process.setProcessEnvironment(env);
        process.start(u"git"_s, arguments);
        return process.waitForFinished(10000) && process.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"git"_s).isEmpty())
            QFAIL("git is part of the build root; this test needs it");
    }

    void checkout()
    {
        QTemporaryDir dir;
        QVERIFY(git(dir.path(), {u"init"_s, u"-q"_s}));
        QVERIFY(git(dir.path(), {u"commit"_s, u"-q"_s, u"--allow-empty"_s, u"-m"_s, u"first"_s}));
        QVERIFY(git(dir.path(), {u"remote"_s, u"add"_s, u"origin"_s, u"https://example.org/team/app.git"_s}));
        const GitProvenance p = GitProvenance::collect(dir.path());
        QCOMPARE(p.revision.size(), 40);
        QCOMPARE(p.remoteUrl, u"https://example.org/team/app.git"_s);
        QCOMPARE(p.committed, QDateTime(QDate(2026, 11, 20), QTime(8, 0, 0), QTimeZone::UTC));
        QCOMPARE(p.committedText(), u"2026-11-20T08:00:00Z"_s);
        // The build time is still there for the guide's BUILD_DATE argument.
        QVERIFY(qAbs(p.created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void notACheckout()
    {
        QTemporaryDir dir;
        const GitProvenance p = GitProvenance::collect(dir.path());
        QVERIFY(p.revision.isEmpty());
        QVERIFY(!p.committed.isValid());
        QVERIFY(p.committedText().isEmpty()); // no created label: no time that would not change every build
        QVERIFY(p.created.isValid());
    }
};

QTEST_GUILESS_MAIN(TestGitProvenance)
#include "tst_gitprovenance.moc"
