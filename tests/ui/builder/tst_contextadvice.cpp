// SPDX-License-Identifier: GPL-3.0-or-later
// The context preview in plain words names the COPY/ADD sources the build will not find (with the
// linter's words), and does not object to a Dockerfile outside the context.
#include "core/context/contextpreview.h"
#include "ui/builder/contextadvice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Core;
using namespace Dockwright::Ui;
using namespace Qt::StringLiterals;

class TestContextAdvice : public QObject
{
    Q_OBJECT

    static void write(const QString &path, const QByteArray &content)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private Q_SLOTS:
    void missingSourcesComeFirst()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"Dockerfile"_s), "FROM scratch\nCOPY busybox /bin/busybox\nCOPY *.conf /etc/\n");
        write(dir.filePath(u".dockerignore"_s), "*\n!busybox\n");
        ContextError error;
        const auto preview = ContextPreview::compute(dir.path(), {}, 10, nullptr, &error);
        QVERIFY2(preview, qPrintable(error.toString()));
        const QString html = ContextAdvice::html(*preview);
        const QString note = ContextAdvice::missingSourcesHtml(*preview);
        QVERIFY(html.startsWith(note));
        // (Without the English translation loaded, the plural reads "source(s)".)
        QVERIFY2(note.contains(u"2 COPY/ADD source"_s) && note.contains(u"are not in the context"_s), qPrintable(note));
        QVERIFY2(
            note.contains(u"Line 2: COPY source &quot;busybox&quot; is not in the build context"_s), qPrintable(note));
        QVERIFY2(note.contains(u"Line 3: COPY source &quot;*.conf&quot; matches no file"_s), qPrintable(note));

        write(dir.filePath(u"busybox"_s), "bin");
        write(dir.filePath(u"a.conf"_s), "conf"); // excluded by "*"
        const auto after = ContextPreview::compute(dir.path(), {}, 10, nullptr, &error);
        QVERIFY(after);
        const QString notes = ContextAdvice::missingSourcesHtml(*after);
        QVERIFY2(notes.contains(u"1 COPY/ADD source"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"leaves out of the build context"_s), qPrintable(notes));
    }

    void dockerfileOutsideTheContextIsFine()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"build/app.Dockerfile"_s), "FROM scratch\nCOPY app /app\n");
        write(dir.filePath(u"src/app"_s), "app");
        ContextError error;
        const auto preview = ContextPreview::compute(
            dir.filePath(u"src"_s), dir.filePath(u"build/app.Dockerfile"_s), 10, nullptr, &error);
        QVERIFY2(preview, qPrintable(error.toString()));
        const QString html = ContextAdvice::html(*preview);
        QVERIFY(!html.contains(u"must be inside"_s));
        QVERIFY2(html.contains(u"lies outside the context folder. That is fine"_s), qPrintable(html));
        QVERIFY(ContextAdvice::missingSourcesHtml(*preview).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContextAdvice)
#include "tst_contextadvice.moc"
