// SPDX-License-Identifier: GPL-3.0-or-later
// Highlighting: golden (line, column, length, style) runs, incremental restyling, folding, themes.
#include "ui/editor/dockerfileeditor.h"
#include "ui/editor/dockerfilelexer.h"
#include "ui/theme.h"

#include <QFile>
#include <QPalette>
#include <QTest>

using namespace Dockwright::Ui;

namespace {

// Styles every line and prints the runs of non-default style, one per line of output.
QString printRuns(DockerfileEditor &editor)
{
    editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0l, -1l);
    QStringList out;
    for (int line = 0; line < editor.lines(); ++line) {
        QString text = editor.text(line);
        while (text.endsWith(u'\n'))
            text.chop(1);
        long position = editor.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
        int runStart = 0;
        int runStyle = -1;
        const auto flush = [&](int end) {
            if (runStyle > 0 && end > runStart)
                out << QStringLiteral("%1:%2 %3 %4")
                           .arg(line + 1)
                           .arg(runStart + 1)
                           .arg(end - runStart)
                           .arg(editor.syntaxLexer()->styleName(runStyle));
        };
        for (int column = 0; column < text.size(); ++column) {
            const int style = int(editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, position));
            if (style != runStyle) {
                flush(column);
                runStart = column;
                runStyle = style;
            }
            position += QStringView(text).sliced(column, 1).toUtf8().size();
        }
        flush(int(text.size()));
    }
    return out.join(u'\n') + u'\n';
}

QString generated(int lines)
{
    QString text;
    for (int i = 0; i < lines; ++i) {
        if (i % 50 == 0)
            text += QStringLiteral("FROM alpine:3.20 AS stage%1\n").arg(i);
        else if (i % 5 == 0)
            text += QStringLiteral("RUN apk add --no-cache curl && echo \"$HOME\" > /tmp/out%1 \\\n").arg(i);
        else if (i % 5 == 1)
            text += QStringLiteral("    && ls -l /tmp\n");
        else
            text += QStringLiteral("ENV VALUE_%1=\"some text\"\n").arg(i);
    }
    return text;
}

// What a repaint does after an edit: style from where Scintilla's valid styles end.
void styleLikePaint(DockerfileEditor &editor)
{
    const long endStyled = editor.SendScintilla(QsciScintillaBase::SCI_GETENDSTYLED);
    const long start = editor.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE,
        editor.SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, endStyled));
    const long length = editor.SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    if (start < length)
        editor.syntaxLexer()->styleText(int(start), int(length));
}

int foldLevel(DockerfileEditor &editor, int line)
{
    return int(editor.SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, line));
}

} // namespace

class TestDockerfileLexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenRuns()
    {
        const QString samplePath = QFINDTESTDATA("data/highlight-sample.Dockerfile");
        const QString goldenPath = QFINDTESTDATA("data/highlight-sample.golden");
        QVERIFY(!samplePath.isEmpty());
        QFile sample(samplePath);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        DockerfileEditor editor;
        editor.setText(QString::fromUtf8(sample.readAll()));
        const QString actual = printRuns(editor);

        if (qEnvironmentVariableIntValue("DOCKWRIGHT_UPDATE_GOLDEN")) {
            QFile out(QFileInfo(samplePath).absolutePath() + QStringLiteral("/highlight-sample.golden"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual.toUtf8());
            QSKIP("golden file rewritten");
        }
        QVERIFY2(!goldenPath.isEmpty(), "run with DOCKWRIGHT_UPDATE_GOLDEN=1 once to create the golden file");
        QFile golden(goldenPath);
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(actual, QString::fromUtf8(golden.readAll()));
        // The embedded shell really is highlighted as Bash.
        QVERIFY(actual.contains(QStringLiteral("Bash:")));
    }

    void incrementalRestyleStopsWhenStateConverges()
    {
        DockerfileEditor editor;
        editor.setText(generated(2000));
        editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0l, -1l);
        DockerfileLexer *lexer = editor.syntaxLexer();

        // A keystroke inside an ENV value in the middle: one line changes, the state after it does not.
        lexer->resetRestyledLineCount();
        QCOMPARE(editor.text(1002).left(4), QStringLiteral("ENV "));
        editor.insertAt(QStringLiteral("x"), 1002, 8);
        styleLikePaint(editor);
        QCOMPARE(lexer->restyledLineCount(), 1);
        QCOMPARE(editor.SendScintilla(QsciScintillaBase::SCI_GETENDSTYLED),
            editor.SendScintilla(QsciScintillaBase::SCI_GETLENGTH));

        // Turning a line into a continued RUN changes the state at its end: the next line is restyled
        // too, and then it stops again.
        lexer->resetRestyledLineCount();
        editor.setSelection(1003, 0, 1003, editor.text(1003).size() - 1);
        editor.replaceSelectedText(QStringLiteral("RUN echo one \\"));
        styleLikePaint(editor);
        QVERIFY2(lexer->restyledLineCount() >= 2 && lexer->restyledLineCount() <= 4,
            qPrintable(QString::number(lexer->restyledLineCount())));

        // Inserting and deleting whole lines keeps the stored states aligned with the lines.
        editor.insertAt(QStringLiteral("RUN a \\\n  b \\\n  c\n"), 500, 0);
        editor.setSelection(1500, 0, 1503, 0);
        editor.removeSelectedText();
        lexer->resetRestyledLineCount();
        styleLikePaint(editor);
        QCOMPARE(lexer->restyledLineCount(), 5); // three new lines, the one they split, the merged one
        // Even a restyle from the top (as a font change causes) reaches every edited line.
        editor.insertAt(QStringLiteral("RUN y"), 1800, 0);
        lexer->resetRestyledLineCount();
        editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0l, -1l);
        QCOMPARE(lexer->restyledLineCount(), 2); // line 1 (same state: skip), then the edited line

        // Whatever was skipped must equal a full highlight of the final text.
        DockerfileEditor fresh;
        fresh.setText(editor.text());
        QCOMPARE(printRuns(editor), printRuns(fresh));
    }

    void foldsByStage()
    {
        DockerfileEditor editor;
        editor.setText(
            QStringLiteral("ARG V=1\nFROM alpine AS a\nRUN echo \\\n  from here\n\nfrom busybox\nCMD [\"sh\"]\n"));
        editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0l, -1l);
        const int base = QsciScintillaBase::SC_FOLDLEVELBASE;
        const int header = QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
        QCOMPARE(foldLevel(editor, 0), base);
        QCOMPARE(foldLevel(editor, 1), base | header);
        QCOMPARE(foldLevel(editor, 2), base + 1);
        QCOMPARE(foldLevel(editor, 3), base + 1); // "from here" continues RUN: not a stage
        QCOMPARE(foldLevel(editor, 5), base | header);
        QCOMPARE(foldLevel(editor, 6), base + 1);
    }

    // `# escape=`` makes '`' the continuation (as the parser does); '\\' is then a plain character.
    void escapeDirective()
    {
        DockerfileEditor editor;
        const QString body = QStringLiteral(
            "FROM mcr.microsoft.com/windows/servercore AS a\nRUN dir C:\\ `\n  from here\nRUN copy C:\\\nfrom x\n");
        editor.setText(QStringLiteral("# escape=`\n") + body);
        editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0l, -1l);
        const int base = QsciScintillaBase::SC_FOLDLEVELBASE;
        const int header = QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
        QCOMPARE(foldLevel(editor, 1), base | header);
        QCOMPARE(foldLevel(editor, 3), base + 1); // "from here" continues the RUN (backtick)
        QCOMPARE(foldLevel(editor, 5), base | header); // "C:\\" does not continue: "from x" is a stage

        // Highlighting equals the default-escape highlighting of the same text with the roles swapped.
        DockerfileEditor swapped;
        QString text = body;
        text.replace(u'\\', u'/').replace(u'`', u'\\');
        swapped.setText(QStringLiteral("# escape=\\\n") + text);
        const QStringList a = printRuns(editor).split(u'\n').mid(1), b = printRuns(swapped).split(u'\n').mid(1);
        QCOMPARE(a, b);

        // Removing the directive restyles the whole document with '\\' again.
        editor.SendScintilla(QsciScintillaBase::SCI_DELETERANGE, 0l, 11l);
        editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0l, -1l);
        QCOMPARE(foldLevel(editor, 2), base | header); // "from here" is a stage now: the backtick is literal
        QCOMPARE(foldLevel(editor, 4), base + 1); // and "C:\\" continues into "from x"
    }

    void followsPaletteLightness()
    {
        // Light or dark follows the palette's Base colour (Theme::isDark): the text sits on it.
        const auto bgr = [](const QColor &c) { return long(c.red() | c.green() << 8 | c.blue() << 16); };
        const auto squiggle = [](DockerfileEditor &e) {
            return e.SendScintilla(QsciScintillaBase::SCI_INDICGETFORE, long(DockerfileEditor::ErrorIndicator));
        };
        DockerfileEditor editor;
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::Base, Qt::white);
        editor.setPalette(light);
        QVERIFY(!editor.syntaxLexer()->theme().name().contains(QStringLiteral("Dark")));
        const QColor lightPaper = editor.syntaxLexer()->paper(0);
        QCOMPARE(squiggle(editor), bgr(Theme::color(Theme::Tone::ErrorSquiggle, light)));

        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        editor.setPalette(dark);
        QVERIFY2(editor.syntaxLexer()->theme().name().contains(QStringLiteral("Dark")),
            qPrintable(editor.syntaxLexer()->theme().name()));
        QVERIFY(editor.syntaxLexer()->paper(0).lightness() < lightPaper.lightness());
        // Scintilla itself got the new colour (it stores 0xBBGGRR).
        const QColor paper = editor.syntaxLexer()->paper(0);
        QCOMPARE(editor.SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, 0l), bgr(paper));
        // The lint squiggles took their dark shades too.
        QCOMPARE(squiggle(editor), bgr(Theme::color(Theme::Tone::ErrorSquiggle, dark)));

        // A dark window around a light base stays light.
        QPalette darkWindow;
        darkWindow.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        darkWindow.setColor(QPalette::Base, Qt::white);
        editor.setPalette(darkWindow);
        QVERIFY(!editor.syntaxLexer()->theme().name().contains(QStringLiteral("Dark")));
    }
};

QTEST_MAIN(TestDockerfileLexer)
#include "tst_dockerfilelexer.moc"
