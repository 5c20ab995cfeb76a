// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linehighlighter.h"

#include <KSyntaxHighlighting/Theme>
#include <QHash>
#include <QList>
#include <QVector>
#include <Qsci/qscilexercustom.h>

class QPalette;

namespace Dockwright::Ui {

// QScintilla lexer driven by KSyntaxHighlighting's "Dockerfile" definition (Bash embedded in RUN).
// The highlighter state at the end of every line is kept, so an edit restyles from the edited line
// only until a line ends in the same state as before; the rest of the document keeps its styles.
// Each FROM line starts a fold (one fold per stage). A `# escape=`` directive makes '`' the line continuation
// and escape character, as for the parser.
class DockerfileLexer final : public QsciLexerCustom
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerfileLexer)
public:
    explicit DockerfileLexer(QObject *parent = nullptr);
    ~DockerfileLexer() override;

    const char *language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;
    void setEditor(QsciScintilla *editor) override;
    int styleBitsNeeded() const override;
    const char *wordCharacters() const override;

    // Colours every style from a KSyntaxHighlighting theme.
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    KSyntaxHighlighting::Theme theme() const { return m_theme; }
    // The default light or dark theme, whichever suits the palette's base colour (Theme::isDark).
    static KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette);

    // "Definition:Format" for a style number ("Bash:Variable"); "Default" for unformatted text.
    QString styleName(int style) const;

    // Test and benchmark hook: lines highlighted since the last reset.
    int restyledLineCount() const { return m_restyledLines; }
    void resetRestyledLineCount() { m_restyledLines = 0; }

private:
    struct LineInfo
    {
        KSyntaxHighlighting::State state;
        bool valid = false; // styled since it was last inserted
        bool dirty = false; // text changed since it was styled (the state is that of the old text)
        bool continues = false; // ends with the escape character (next line belongs to the same instruction)
        bool inStage = false; // at or after the first FROM
        bool sameAs(const LineInfo &other) const
        {
            return valid && other.valid && continues == other.continues && inStage == other.inStage
                && state == other.state;
        }
    };

    void onModified(int position, int modificationType, const char *text, int length, int linesAdded, int line,
        int foldNow, int foldPrev, int token, int annotationLinesAdded);
    LineInfo styleLine(int line, const LineInfo &previous);
    int styleForFormat(int formatId) const;
    QString lineText(int line, QByteArray *bytes = nullptr) const;
    QChar escapeFromDirectives() const;

    KSyntaxHighlighting::Theme m_theme;
    LineHighlighter m_highlighter;
    QHash<int, int> m_styleOfFormat; // Format::id() -> style number
    QHash<int, QString> m_styleNames;
    QHash<int, KSyntaxHighlighting::Format> m_formatOfStyle;
    QVector<LineInfo> m_lines;
    QList<LineHighlighter::Run> m_runs;
    int m_restyledLines = 0;
    // The escape character of the `# escape=` parser directive: '\\' or '`'. The highlighting definition knows
    // only '\\', so with '`' each line is highlighted as if '`' were '\\' and '\\' a plain character.
    QChar m_escape = u'\\';
};

} // namespace Dockwright::Ui
