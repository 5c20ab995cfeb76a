// SPDX-License-Identifier: GPL-3.0-or-later
// The editor page while typing: diagnostics appear and clear, stale results are dropped, hover texts,
// continuation indentation, find/replace, outline follows the cursor.
#include "ui/editor/dockerfileeditor.h"
#include "ui/editor/documentanalyzer.h"
#include "ui/editor/editorpage.h"
#include "ui/editor/findbar.h"
#include "ui/editor/outlinemodel.h"
#include "ui/editor/problemsmodel.h"

#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Dockwright::Ui;

namespace {

bool hasIndicator(DockerfileEditor *editor, int indicator, int line, int index)
{
    const int position = editor->positionFromLineIndex(line, index);
    return editor->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, indicator, position) != 0;
}

int markersOn(DockerfileEditor *editor, int line)
{
    return int(editor->markersAtLine(line));
}

} // namespace

class TestEditorPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void diagnosticsFollowTheText()
    {
        EditorPage page;
        page.analyzer()->setDebounceInterval(20);
        QSignalSpy analyzed(page.analyzer(), &DocumentAnalyzer::analyzed);
        DockerfileEditor *editor = page.editor();

        editor->setText(QStringLiteral("FROM alpine:3.20\nCOPY onlyone\n"));
        QVERIFY(analyzed.wait());
        QCOMPARE(page.problemsModel()->count(Dockwright::Core::LintSeverity::Error), 1);
        const QModelIndexList errors = page.problemsModel()->match(
            page.problemsModel()->index(0, 0), ProblemsModel::RuleIdRole, QStringLiteral("SyntaxError"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().data(ProblemsModel::LineRole).toInt(), 2);
        QVERIFY(hasIndicator(editor, DockerfileEditor::ErrorIndicator, 1, 6));
        QVERIFY(!hasIndicator(editor, DockerfileEditor::ErrorIndicator, 0, 2));
        QVERIFY(hasIndicator(editor, DockerfileEditor::InfoIndicator, 0, 8)); // image not pinned by digest
        QVERIFY(markersOn(editor, 1) & (1 << 0)); // error marker in the symbol margin

        // Hovering the squiggle explains the rule: what, why, how to fix.
        const QString tip = editor->toolTipAt(editor->positionFromLineIndex(1, 6));
        QVERIFY2(tip.contains(QStringLiteral("SyntaxError")) && tip.contains(QStringLiteral("COPY requires")),
            qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("What:")) && tip.contains(QStringLiteral("Why:"))
                && tip.contains(QStringLiteral("How to fix:")),
            qPrintable(tip));

        // Typing the missing argument clears it.
        editor->insertAt(QStringLiteral(" /dest/"), 1, 12);
        QVERIFY(analyzed.wait());
        QTRY_COMPARE(page.problemsModel()->count(Dockwright::Core::LintSeverity::Error), 0);
        QVERIFY(!hasIndicator(editor, DockerfileEditor::ErrorIndicator, 1, 6));
        QCOMPARE(markersOn(editor, 1) & 1, 0);
    }

    void aBlankPageShowsNoProblems()
    {
        EditorPage page;
        page.analyzer()->setDebounceInterval(0);
        QSignalSpy analyzed(page.analyzer(), &DocumentAnalyzer::analyzed);
        QVERIFY(analyzed.wait()); // the initial analysis of the empty page
        QCOMPARE(analyzed.last().first().value<DocumentAnalysis>().diagnostics.size(), 0);
        QCOMPARE(page.problemsModel()->rowCount(), 0);
        page.analyzer()->analyzeNow(QStringLiteral("  \n\n"));
        QVERIFY(analyzed.wait());
        QCOMPARE(analyzed.last().first().value<DocumentAnalysis>().diagnostics.size(), 0);
        // Once there is text, the problems come.
        page.analyzer()->analyzeNow(QStringLiteral("COPY x /y\n"));
        QVERIFY(analyzed.wait());
        QVERIFY(!analyzed.last().first().value<DocumentAnalysis>().diagnostics.isEmpty());
    }

    void staleResultsAreDropped()
    {
        EditorPage page;
        page.analyzer()->setDebounceInterval(0);
        QSignalSpy analyzed(page.analyzer(), &DocumentAnalyzer::analyzed);
        QVERIFY(analyzed.wait()); // the initial analysis of the empty page
        analyzed.clear();
        // Several passes start before any finishes; only the newest may be shown.
        page.analyzer()->analyzeNow(QStringLiteral("COPY x\n"));
        page.analyzer()->analyzeNow(QStringLiteral("FROM a\nCOPY y\n"));
        page.analyzer()->analyzeNow(QStringLiteral("FROM scratch\n"));
        QVERIFY(analyzed.wait());
        QTRY_VERIFY(!page.analyzer()->isBusy());
        QCOMPARE(analyzed.size(), 1);
        const auto analysis = analyzed.first().first().value<DocumentAnalysis>();
        QCOMPARE(analysis.jobId, page.analyzer()->latestJob());
        QCOMPARE(analysis.parse.instructions.size(), 1);
        QCOMPARE(page.analyzer()->droppedResults(), 2);
    }

    void debounceCoalescesKeystrokes()
    {
        DocumentAnalyzer analyzer;
        analyzer.setDebounceInterval(100);
        QSignalSpy analyzed(&analyzer, &DocumentAnalyzer::analyzed);
        QString text = QStringLiteral("FROM alpine\nRUN ");
        for (const QChar c : QStringLiteral("echo hi")) {
            text += c;
            analyzer.setText(text);
        }
        QVERIFY(analyzed.wait());
        QTRY_VERIFY(!analyzer.isBusy());
        QCOMPARE(analyzed.size(), 1);
        QCOMPARE(analyzed.first().first().value<DocumentAnalysis>().parse.instructions.last().original,
            QStringLiteral("RUN echo hi"));
    }

    void hoverHelpForInstructionsAndFlags()
    {
        DockerfileEditor editor;
        editor.setText(QStringLiteral("FROM alpine AS a\nRUN --mount=type=cache,target=/c true\n"));
        const QString from = editor.toolTipAt(editor.positionFromLineIndex(0, 1));
        QVERIFY2(from.contains(QStringLiteral("FROM [--platform")), qPrintable(from));
        const QString mount = editor.toolTipAt(editor.positionFromLineIndex(1, 8));
        QVERIFY2(mount.contains(QStringLiteral("RUN --mount")), qPrintable(mount));
        QVERIFY(editor.toolTipAt(editor.positionFromLineIndex(1, 34)).isEmpty()); // "true": shell text
    }

    void indentsContinuationLines()
    {
        DockerfileEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setText(QStringLiteral("RUN apt-get update \\"));
        editor.setCursorPosition(0, 20);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("&& apt-get install -y curl \\"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("&& rm -rf /var/lib/apt/lists/*"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("CMD"));
        QCOMPARE(editor.text(),
            QStringLiteral("RUN apt-get update \\\n"
                           "    && apt-get install -y curl \\\n"
                           "    && rm -rf /var/lib/apt/lists/*\n"
                           "CMD"));
    }

    void findAndReplace()
    {
        EditorPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.editor()->setText(QStringLiteral("FROM alpine\nRUN echo alpine\nLABEL os=Alpine\n"));
        page.editor()->setCursorPosition(0, 0);
        page.editor()->setFocus();
        QTest::keySequence(&page, QKeySequence::Find);
        QVERIFY(page.findBar()->isVisible());
        QVERIFY(!page.findBar()->replaceField()->isVisible());
        page.findBar()->findField()->setText(QStringLiteral("alpine"));
        QVERIFY(page.findBar()->findNext());
        QCOMPARE(page.editor()->selectedText(), QStringLiteral("alpine"));
        int line = -1, index = -1;
        page.editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);
        QTest::keyClick(&page, Qt::Key_F3);
        page.editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);

        QTest::keySequence(&page, QKeySequence(Qt::CTRL | Qt::Key_H));
        QVERIFY(page.findBar()->replaceField()->isVisible());
        page.findBar()->replaceField()->setText(QStringLiteral("debian"));
        QCOMPARE(page.findBar()->replaceAll(), 3); // case-insensitive by default: "Alpine" too
        QCOMPARE(page.editor()->text(), QStringLiteral("FROM debian\nRUN echo debian\nLABEL os=debian\n"));
        page.editor()->undo(); // one undo step
        QCOMPARE(page.editor()->text(), QStringLiteral("FROM alpine\nRUN echo alpine\nLABEL os=Alpine\n"));
        page.findBar()->setCaseSensitive(true);
        QCOMPARE(page.findBar()->replaceAll(), 2);
    }

    void typingInTheFindBoxSearchesAsYouType()
    {
        // Typed, not set: textEdited() runs the search-as-you-type path (which crashed on the first key).
        EditorPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.editor()->setText(QStringLiteral("FROM alpine\nRUN echo alpaca\n"));
        page.editor()->setCursorPosition(0, 0);
        page.editor()->setFocus();
        QTest::keySequence(&page, QKeySequence::Find);
        QVERIFY(page.findBar()->findField()->hasFocus());
        QTest::keyClicks(page.findBar()->findField(), QStringLiteral("alp"));
        QCOMPARE(page.editor()->selectedText(), QStringLiteral("alp"));
        int line = -1, index = -1;
        page.editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);
        // With a match selected, more letters grow it in place; then the next one that fits is found.
        QTest::keyClicks(page.findBar()->findField(), QStringLiteral("a"));
        QCOMPARE(page.editor()->selectedText(), QStringLiteral("alpa"));
        page.editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QTest::keyClick(page.findBar()->findField(), Qt::Key_Backspace);
        QCOMPARE(page.editor()->selectedText(), QStringLiteral("alp"));
        page.editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 1); // from where the current match starts, not from the top
        // The same path from the replace bar (Ctrl+H).
        QTest::keySequence(&page, QKeySequence(Qt::CTRL | Qt::Key_H));
        page.findBar()->findField()->clear();
        QTest::keyClicks(page.findBar()->findField(), QStringLiteral("FROM"));
        QCOMPARE(page.editor()->selectedText(), QStringLiteral("FROM"));
        QCOMPARE(page.editor()->text(), QStringLiteral("FROM alpine\nRUN echo alpaca\n")); // nothing lost
    }

    void outlineFollowsTheCursor()
    {
        EditorPage page;
        page.show(); // Scintilla reports cursor moves when it updates its view
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.editor()->setText(QStringLiteral("FROM a AS one\nRUN x\nFROM b AS two\nCOPY --from=one / /\nCMD y\n"));
        page.analyzer()->analyzeNow(page.editor()->text());
        QTRY_COMPARE(page.outlineModel()->rowCount(), 2);
        page.editor()->setCursorPosition(3, 2);
        QTRY_COMPARE(page.outlineView()->currentIndex().data().toString(), QStringLiteral("COPY --from=one / /"));
        page.editor()->setCursorPosition(1, 0);
        QTRY_COMPARE(page.outlineView()->currentIndex().data().toString(), QStringLiteral("RUN x"));
        // Clicking a problem or an outline entry moves the cursor there.
        const QModelIndex two = page.outlineModel()->index(1, 0);
        emit page.outlineView()->clicked(two);
        int line = -1, index = -1;
        page.editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 2);
    }

    void droppedFilesOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("FROM busybox\n");
        file.close();

        EditorPage page;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page.editor()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page.editor()->viewport(), &drop);
        QTRY_COMPARE(page.filePath(), QFileInfo(path).absoluteFilePath()); // read as a job
        QCOMPARE(page.editor()->text(), QStringLiteral("FROM busybox\n"));
    }
};

QTEST_MAIN(TestEditorPage)
#include "tst_editorpage.moc"
