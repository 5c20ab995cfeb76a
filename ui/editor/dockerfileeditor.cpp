// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerfileeditor.h"

#include "dockerfilelexer.h"
#include "instructiondocs.h"
#include "ruleexplanation.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QStyle>
#include <QTimer>
#include <QToolTip>

namespace Dockwright::Ui {

namespace {

constexpr int DwellMs = 400;
constexpr int MarkerSize = 14;

int markerFor(Core::LintSeverity severity)
{
    return int(severity); // Error 0, Warning 1, Info 2
}

int indicatorFor(Core::LintSeverity severity)
{
    switch (severity) {
    case Core::LintSeverity::Error:
        return DockerfileEditor::ErrorIndicator;
    case Core::LintSeverity::Warning:
        return DockerfileEditor::WarningIndicator;
    case Core::LintSeverity::Info:
        break;
    }
    return DockerfileEditor::InfoIndicator;
}

bool isCompletionTrigger(int ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-' || ch == '=' || ch == ',' || ch == '{'
        || ch == ' ';
}

} // namespace

DockerfileEditor::DockerfileEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    setEolMode(EolUnix);
    m_lexer = new DockerfileLexer(this);
    setLexer(m_lexer);

    setMarginType(LineNumberMargin, NumberMargin);
    setMarginLineNumbers(LineNumberMargin, true);
    setMarginWidth(LineNumberMargin, QStringLiteral("00000"));
    setMarginType(SymbolMargin, QsciScintilla::SymbolMargin);
    setMarginWidth(SymbolMargin, MarkerSize + 4);
    setMarginMarkerMask(SymbolMargin, 0x7);
    setMarginMarkerMask(LineNumberMargin, 0);
    setFolding(BoxedTreeFoldStyle, FoldMargin);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(4);
    setTabWidth(4);
    setAutoIndent(false); // indentContinuation() does it, knowing about `\` continuations
    setAutoCompletionSource(AcsNone);
    setWrapMode(WrapNone);
    // The horizontal scroll bar follows the longest line instead of Scintilla's fixed 2000 px.
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1);

    const QStyle::StandardPixmap icons[]
        = {QStyle::SP_MessageBoxCritical, QStyle::SP_MessageBoxWarning, QStyle::SP_MessageBoxInformation};
    for (int severity = 0; severity < 3; ++severity)
        markerDefine(style()->standardIcon(icons[severity]).pixmap(MarkerSize, MarkerSize), severity);
    for (int number : {ErrorIndicator, WarningIndicator, InfoIndicator}) {
        indicatorDefine(SquiggleIndicator, number); // colours: applyPaletteTheme()
        setIndicatorHoverStyle(SquiggleIndicator, number);
    }

    SendScintilla(SCI_SETMOUSEDWELLTIME, DwellMs);
    SendScintilla(SCI_AUTOCSETSEPARATOR, '\n');
    SendScintilla(SCI_AUTOCSETIGNORECASE, 1);
    SendScintilla(SCI_AUTOCSETORDER, SC_ORDER_CUSTOM);
    SendScintilla(SCI_AUTOCSETAUTOHIDE, 1);
    SendScintilla(SCI_AUTOCSETMAXHEIGHT, 10);
    SendScintilla(SCI_AUTOCSETCANCELATSTART, 0l);

    connect(this, &QsciScintillaBase::SCN_CHARADDED, this, &DockerfileEditor::onCharAdded);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &DockerfileEditor::onDwellStart);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
    connect(this, &QsciScintillaBase::SCN_AUTOCCOMPLETED, this, [this](const char *selection, int, int, int) {
        // "--mount=" and "type=" lead straight to what may follow them.
        if (QByteArray(selection).endsWith('='))
            QTimer::singleShot(0, this, [this] { showCompletion(); });
    });
    applyPaletteTheme();
}

DockerfileEditor::~DockerfileEditor() = default;

void DockerfileEditor::applyPaletteTheme()
{
    const KSyntaxHighlighting::Theme theme = DockerfileLexer::themeForPalette(palette());
    m_lexer->setTheme(theme);
    using T = KSyntaxHighlighting::Theme;
    const auto colour = [&theme](T::EditorColorRole role) { return QColor::fromRgba(theme.editorColor(role)); };
    const QColor text = QColor::fromRgba(theme.textColor(T::Normal));
    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(colour(T::CurrentLine));
    setSelectionBackgroundColor(colour(T::TextSelection));
    setSelectionForegroundColor(text);
    setMarginsBackgroundColor(colour(T::IconBorder));
    setMarginsForegroundColor(colour(T::LineNumbers));
    setFoldMarginColors(colour(T::IconBorder), colour(T::IconBorder));
    setMatchedBraceBackgroundColor(colour(T::BracketMatching));
    setMatchedBraceForegroundColor(text);
    setUnmatchedBraceForegroundColor(QColor::fromRgba(theme.textColor(T::Error)));
    const QPalette pal = palette();
    setIndicatorForegroundColor(Theme::color(Theme::Tone::ErrorSquiggle, pal), ErrorIndicator);
    setIndicatorForegroundColor(Theme::color(Theme::Tone::WarningSquiggle, pal), WarningIndicator);
    setIndicatorForegroundColor(Theme::color(Theme::Tone::InfoSquiggle, pal), InfoIndicator);
}

void DockerfileEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPaletteTheme();
}

void DockerfileEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        showCompletion();
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

namespace {
QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (mime && mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        for (const QUrl &url : urls) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
    }
    return paths;
}
} // namespace

void DockerfileEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QsciScintilla::dragEnterEvent(event);
}

void DockerfileEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QsciScintilla::dragMoveEvent(event);
}

void DockerfileEditor::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT filesDropped(paths);
        return;
    }
    QsciScintilla::dropEvent(event);
}

QString DockerfileEditor::lineText(int line) const
{
    QString t = text(line);
    while (t.endsWith(u'\n') || t.endsWith(u'\r'))
        t.chop(1);
    return t;
}

int DockerfileEditor::positionOf(int line1, int column1) const
{
    const int line = qBound(0, line1 - 1, qMax(0, lines() - 1));
    const int lineEnd = int(SendScintilla(SCI_GETLINEENDPOSITION, line));
    const int column = qMin(qMax(0, column1 - 1), lineLength(line));
    return qMin(positionFromLineIndex(line, column), lineEnd);
}

void DockerfileEditor::goTo(int line, int column)
{
    const int position = positionOf(line, column);
    int l = 0, index = 0;
    lineIndexFromPosition(position, &l, &index);
    setCursorPosition(l, index);
    ensureLineVisible(l);
    setFocus();
}

void DockerfileEditor::setDiagnostics(const QList<Core::LintDiagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    const long length = SendScintilla(SCI_GETLENGTH);
    for (int indicator : {ErrorIndicator, WarningIndicator, InfoIndicator}) {
        SendScintilla(SCI_SETINDICATORCURRENT, indicator);
        SendScintilla(SCI_INDICATORCLEARRANGE, 0l, length);
    }
    for (int severity = 0; severity < 3; ++severity)
        markerDeleteAll(severity);

    QHash<int, int> worstOnLine;
    for (const Core::LintDiagnostic &d : diagnostics) {
        const int start = positionOf(d.range.startLine, d.range.startColumn);
        int end = d.range.endLine > 0 ? positionOf(d.range.endLine, d.range.endColumn) : start;
        if (end <= start) // an empty range marks the rest of its line
            end = int(SendScintilla(SCI_GETLINEENDPOSITION, qMax(0, d.range.startLine - 1)));
        if (end > start) {
            SendScintilla(SCI_SETINDICATORCURRENT, indicatorFor(d.severity));
            SendScintilla(SCI_INDICATORFILLRANGE, start, end - start);
        }
        const int line = qMax(0, d.range.startLine - 1);
        worstOnLine[line] = qMin(worstOnLine.value(line, 3), markerFor(d.severity));
    }
    for (auto it = worstOnLine.cbegin(); it != worstOnLine.cend(); ++it)
        markerAdd(it.key(), it.value());
}

CompletionEngine::Result DockerfileEditor::completionAtCursor() const
{
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    const QString prefix = CompletionEngine::instructionPrefix([this](int l) { return lineText(l); }, line, index);
    return m_completion.complete(prefix, line);
}

bool DockerfileEditor::showCompletion()
{
    const CompletionEngine::Result result = completionAtCursor();
    if (result.items.isEmpty()
        || (result.items.size() == 1 && result.items.first().size() == result.prefixLength
            && result.kind != CompletionEngine::Kind::Stage)) {
        SendScintilla(SCI_AUTOCCANCEL);
        return false;
    }
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    const QString before = lineText(line).left(index);
    const int prefixBytes = int(before.right(result.prefixLength).toUtf8().size());
    SendScintilla(SCI_AUTOCSHOW, prefixBytes, result.items.join(u'\n').toUtf8().constData());
    return true;
}

void DockerfileEditor::onCharAdded(int ch)
{
    if (ch == '\n') {
        int line = 0, index = 0;
        getCursorPosition(&line, &index);
        indentContinuation(line);
        return;
    }
    if (!isCompletionTrigger(ch))
        return;
    const bool letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    if (letter && SendScintilla(SCI_AUTOCACTIVE))
        return; // Scintilla narrows the open list by itself
    const CompletionEngine::Result result = completionAtCursor();
    if (ch == ' ' && result.kind != CompletionEngine::Kind::Image && result.kind != CompletionEngine::Kind::Keyword)
        return;
    showCompletion();
}

void DockerfileEditor::indentContinuation(int line)
{
    if (line <= 0)
        return;
    const auto continues = [this](int l) {
        if (l < 0)
            return false;
        const QString t = lineText(l).trimmed();
        return !t.startsWith(u'#') && t.endsWith(u'\\');
    };
    int indent = indentation(line - 1);
    if (continues(line - 1)) {
        if (!continues(line - 2))
            indent += indentationWidth(); // first continuation line of an instruction
    } else if (continues(line - 2)) {
        int start = line - 2; // the instruction just ended: back to its first line
        while (start > 0 && continues(start - 1))
            --start;
        indent = indentation(start);
    }
    setIndentation(line, indent);
    int column = 0;
    const QString t = lineText(line);
    while (column < t.size() && t.at(column).isSpace())
        ++column;
    setCursorPosition(line, column);
}

QString DockerfileEditor::toolTipAt(int position) const
{
    if (position < 0)
        return {};
    int line = 0, index = 0;
    lineIndexFromPosition(position, &line, &index);
    const int line1 = line + 1, column1 = index + 1;

    QStringList parts;
    for (const Core::LintDiagnostic &d : m_diagnostics) {
        Core::SourceRange range = d.range;
        if (range.endLine < range.startLine
            || (range.endLine == range.startLine && range.endColumn <= range.startColumn))
            range = Core::SourceRange::wholeLine(range.startLine, lineLength(range.startLine - 1));
        if (range.contains(line1, column1) || (range.endLine == line1 && range.endColumn == column1))
            parts.append(RuleExplanation::toolTip(d));
    }
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("<hr/>"));

    // The word under the mouse: an instruction keyword or one of its flags.
    const QString lineString = lineText(line);
    if (index >= lineString.size())
        return {};
    int start = index, end = index;
    while (start > 0 && !lineString.at(start - 1).isSpace())
        --start;
    while (end < lineString.size() && !lineString.at(end).isSpace())
        ++end;
    const QString word = lineString.mid(start, end - start);
    const QString before = CompletionEngine::instructionPrefix([this](int l) { return lineText(l); }, line, start);
    const QString keyword = before.trimmed().section(u' ', 0, 0, QString::SectionSkipEmpty);
    if (before.trimmed().isEmpty()) {
        if (const InstructionDocs::Instruction *ins = InstructionDocs::instruction(word))
            return InstructionDocs::instructionToolTip(*ins);
        return {};
    }
    if (word.startsWith(u"--")) {
        const QString flagName = word.mid(2).section(u'=', 0, 0);
        const InstructionDocs::Instruction *ins = InstructionDocs::instruction(keyword);
        if (const InstructionDocs::Flag *flag = InstructionDocs::flag(keyword, flagName))
            return InstructionDocs::flagToolTip(*ins, *flag);
    }
    return {};
}

void DockerfileEditor::onDwellStart(int position, int x, int y)
{
    const QString tip = toolTipAt(position);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), tip, viewport());
}

} // namespace Dockwright::Ui
