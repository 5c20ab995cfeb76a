// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "completionengine.h"
#include "core/dockerfile/lintrule.h"

#include <Qsci/qsciscintilla.h>

namespace Dockwright::Ui {

class DockerfileLexer;

// The Dockerfile text widget: KSyntaxHighlighting colours (light or dark with the palette), line
// numbers, one fold per stage, brace matching, continuation-aware indentation, diagnostics as
// squiggles and margin markers with their explanation on hover, instruction help on hover, and
// context completion.
class DockerfileEditor final : public QsciScintilla
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerfileEditor)
public:
    enum Margin { LineNumberMargin, SymbolMargin, FoldMargin };
    enum Indicator { ErrorIndicator = 8, WarningIndicator, InfoIndicator };

    explicit DockerfileEditor(QWidget *parent = nullptr);
    ~DockerfileEditor() override;

    DockerfileLexer *syntaxLexer() const { return m_lexer; }
    CompletionEngine &completionEngine() { return m_completion; }

    // Diagnostics to mark; ranges are 1-based lines and columns as the core reports them.
    void setDiagnostics(const QList<Core::LintDiagnostic> &diagnostics);
    const QList<Core::LintDiagnostic> &diagnostics() const { return m_diagnostics; }
    void setImageNames(const QStringList &names) { m_completion.setImageNames(names); }

    // What completion would offer at the cursor (also used to fill the popup).
    CompletionEngine::Result completionAtCursor() const;
    // Opens the completion popup at the cursor; false when there is nothing to offer.
    bool showCompletion();
    // Rich-text help for a document position: the diagnostic's explanation, else instruction or
    // flag help; empty when there is nothing to say.
    QString toolTipAt(int position) const;
    // Moves the cursor to a 1-based line and column and shows it.
    void goTo(int line, int column = 1);
    // Reapplies the highlighting theme for the current palette (light or dark).
    void applyPaletteTheme();

Q_SIGNALS:
    // Local files dropped onto the editor.
    void filesDropped(const QStringList &paths);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onCharAdded(int ch);
    void onDwellStart(int position, int x, int y);
    void indentContinuation(int line);
    int positionOf(int line1, int column1) const;
    QString lineText(int line) const;

    DockerfileLexer *m_lexer = nullptr;
    CompletionEngine m_completion;
    QList<Core::LintDiagnostic> m_diagnostics;
};

} // namespace Dockwright::Ui
