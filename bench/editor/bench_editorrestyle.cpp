// SPDX-License-Identifier: GPL-3.0-or-later
// Restyle time after one keystroke in the middle of a generated 10,000-line Dockerfile.
// Usage: QT_QPA_PLATFORM=offscreen bench_editorrestyle [lines] [keystrokes]
#include "ui/editor/dockerfileeditor.h"
#include "ui/editor/dockerfilelexer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace Dockwright::Ui;

namespace {

QString generate(int lines)
{
    QString text;
    for (int i = 0; i < lines; ++i) {
        switch (i % 10) {
        case 0:
            text += QStringLiteral("FROM python:3.13-slim AS stage%1\n").arg(i);
            break;
        case 1:
            text += QStringLiteral("RUN --mount=type=cache,target=/root/.cache/pip \\\n");
            break;
        case 2:
            text += QStringLiteral("    pip install -r requirements.txt && echo \"${HOME}\" > /tmp/log 2>&1 \\\n");
            break;
        case 3:
            text += QStringLiteral("    && if [ -f /etc/os-release ]; then cat /etc/os-release; fi\n");
            break;
        case 4:
            text += QStringLiteral("# a comment about line %1\n").arg(i);
            break;
        default:
            text += QStringLiteral("ENV VALUE_%1=\"some text\" OTHER=$VALUE_%1\n").arg(i);
        }
    }
    return text;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int lines = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int keystrokes = argc > 2 ? std::atoi(argv[2]) : 201;

    DockerfileEditor editor;
    editor.resize(1000, 800);
    editor.setText(generate(lines));
    QElapsedTimer full;
    full.start();
    editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0l, -1l);
    std::printf("initial full highlight of %d lines: %.1f ms\n", lines, double(full.nsecsElapsed()) / 1e6);

    // Type into the middle of the file: each keystroke lands in one of the line kinds above.
    std::vector<double> times;
    std::vector<double> restyled;
    const int middle = lines / 2;
    for (int k = 0; k < keystrokes; ++k) {
        const int line = middle + (k % 10);
        editor.insertAt(QStringLiteral("x"), line, 6);
        editor.syntaxLexer()->resetRestyledLineCount();
        QElapsedTimer timer;
        timer.start();
        // What the next paint asks for: styles from where they stopped being valid (the edited line)
        // to the end of the visible page, as QsciLexerCustom does on SCN_STYLENEEDED.
        const long endStyled = editor.SendScintilla(QsciScintillaBase::SCI_GETENDSTYLED);
        const long start = editor.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE,
            editor.SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, endStyled));
        const long visibleEnd = editor.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line + 60);
        editor.syntaxLexer()->styleText(int(start), int(visibleEnd));
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        restyled.push_back(editor.syntaxLexer()->restyledLineCount());
    }
    const auto worst = std::max_element(times.begin(), times.end()) - times.begin();
    std::printf("slowest keystroke: #%d on line %d, %.0f line(s) restyled\n", int(worst), middle + int(worst % 10),
        restyled[size_t(worst)]);
    std::printf("restyle after a keystroke in the middle of %d lines: median %.3f ms of %d (max %.3f ms), "
                "median %.0f line(s) restyled\n",
        lines, median(times), keystrokes, *std::max_element(times.begin(), times.end()), median(restyled));
    return 0;
}
