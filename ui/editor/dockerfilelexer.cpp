// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerfilelexer.h"

#include "ui/theme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <QFontDatabase>
#include <QPalette>
#include <Qsci/qsciscintilla.h>

namespace Dockwright::Ui {

namespace {

// Loading the repository reads every definition's metadata; do it once per process.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

// Scintilla reserves styles 32..39 (default, line numbers, braces, control characters, ...).
constexpr int FirstPredefinedStyle = 32;
constexpr int LastPredefinedStyle = 39;
constexpr int MaxStyle = 255;

bool isStageStart(QStringView trimmed)
{
    if (trimmed.size() < 4 || !trimmed.first(4).startsWith(u"from", Qt::CaseInsensitive))
        return false;
    return trimmed.size() == 4 || trimmed.at(4).isSpace();
}

} // namespace

DockerfileLexer::DockerfileLexer(QObject *parent)
    : QsciLexerCustom(parent)
{
    const KSyntaxHighlighting::Definition definition = repository().definitionForName(QStringLiteral("Dockerfile"));
    m_highlighter.setDefinition(definition);

    // Number every format of the definition and of those it embeds (Bash, comments, ...).
    m_styleNames.insert(0, QStringLiteral("Default"));
    int next = 1;
    QList<KSyntaxHighlighting::Definition> definitions {definition};
    definitions += definition.includedDefinitions();
    for (const KSyntaxHighlighting::Definition &def : std::as_const(definitions)) {
        const QList<KSyntaxHighlighting::Format> formats = def.formats();
        for (const KSyntaxHighlighting::Format &format : formats) {
            if (next == FirstPredefinedStyle)
                next = LastPredefinedStyle + 1;
            if (next > MaxStyle || m_styleOfFormat.contains(format.id()))
                continue;
            m_styleOfFormat.insert(format.id(), next);
            m_styleNames.insert(next, def.name() + u':' + format.name());
            m_formatOfStyle.insert(next, format);
            ++next;
        }
    }
    setTheme(themeForPalette(QPalette()));
}

DockerfileLexer::~DockerfileLexer() = default;

const char *DockerfileLexer::language() const
{
    return "Dockerfile";
}

QString DockerfileLexer::description(int style) const
{
    return m_styleNames.value(style);
}

QString DockerfileLexer::styleName(int style) const
{
    return m_styleNames.value(style, QStringLiteral("Style%1").arg(style));
}

int DockerfileLexer::styleBitsNeeded() const
{
    return 8;
}

const char *DockerfileLexer::wordCharacters() const
{
    return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";
}

KSyntaxHighlighting::Theme DockerfileLexer::themeForPalette(const QPalette &palette)
{
    return repository().defaultTheme(Theme::isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                            : KSyntaxHighlighting::Repository::LightTheme);
}

void DockerfileLexer::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = theme;
    m_highlighter.setTheme(theme);
    const QColor foreground = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    const QColor background = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QFont base = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    setDefaultColor(foreground);
    setDefaultPaper(background);
    setDefaultFont(base);
    setColor(foreground, 0);
    setPaper(background, 0);
    setFont(base, 0);
    for (auto it = m_formatOfStyle.cbegin(); it != m_formatOfStyle.cend(); ++it) {
        const KSyntaxHighlighting::Format &format = it.value();
        setColor(format.hasTextColor(theme) ? format.textColor(theme) : foreground, it.key());
        setPaper(format.hasBackgroundColor(theme) ? format.backgroundColor(theme) : background, it.key());
        QFont font = base;
        font.setBold(format.isBold(theme));
        font.setItalic(format.isItalic(theme));
        font.setUnderline(format.isUnderline(theme));
        font.setStrikeOut(format.isStrikeThrough(theme));
        setFont(font, it.key());
    }
}

void DockerfileLexer::setEditor(QsciScintilla *newEditor)
{
    if (editor())
        disconnect(editor(), nullptr, this, nullptr);
    QsciLexerCustom::setEditor(newEditor);
    m_lines.clear();
    if (newEditor) {
        m_lines.resize(newEditor->lines());
        connect(newEditor, &QsciScintillaBase::SCN_MODIFIED, this, &DockerfileLexer::onModified);
    }
}

void DockerfileLexer::onModified(
    int position, int modificationType, const char *, int, int linesAdded, int, int, int, int, int)
{
    if (!(modificationType & (QsciScintillaBase::SC_MOD_INSERTTEXT | QsciScintillaBase::SC_MOD_DELETETEXT)))
        return;
    // Keep one entry per line: the end state of an old line moves with the text that follows the edit.
    const int line = int(editor()->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, position));
    if (linesAdded > 0) {
        m_lines.insert(qMin(line, int(m_lines.size())), linesAdded, LineInfo {});
    } else if (linesAdded < 0) {
        const int at = qMin(line, int(m_lines.size()));
        m_lines.remove(at, qMin(-linesAdded, int(m_lines.size()) - at));
    }
    // The edited line keeps its old end state, to compare with, but must not be skipped over.
    const int last = line + qMax(0, linesAdded);
    if (last < m_lines.size())
        m_lines[last].dirty = true;
    const int lineCount = editor()->lines();
    if (m_lines.size() != lineCount) // never expected; resynchronise rather than index out of range
        m_lines.resize(lineCount);
}

int DockerfileLexer::styleForFormat(int formatId) const
{
    return m_styleOfFormat.value(formatId, 0);
}

QString DockerfileLexer::lineText(int line, QByteArray *bytes) const
{
    QsciScintilla *ed = editor();
    const long lineStart = ed->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
    const long lineEnd = ed->SendScintilla(QsciScintillaBase::SCI_GETLINEENDPOSITION, line);
    QByteArray data(int(lineEnd - lineStart) + 1, '\0');
    ed->SendScintilla(QsciScintillaBase::SCI_GETTEXTRANGE, lineStart, lineEnd, data.data());
    data.chop(1);
    const QString text = QString::fromUtf8(data);
    if (bytes)
        *bytes = std::move(data);
    return text;
}

// BuildKit reads parser directives (`# key=value`) from the top of the file until the first line that is not
// one; a later `# escape=` is a comment. The value is '\\' unless the directive says '`'.
QChar DockerfileLexer::escapeFromDirectives() const
{
    const int lineCount = editor()->lines();
    for (int line = 0; line < lineCount && line < 32; ++line) {
        const QString text = lineText(line).trimmed();
        if (!text.startsWith(u'#'))
            break;
        const QStringView body = QStringView(text).mid(1).trimmed();
        const qsizetype eq = body.indexOf(u'=');
        if (eq <= 0 || body.left(eq).trimmed().contains(u' '))
            break; // a comment, not a directive: directives end here
        if (body.left(eq).trimmed().compare(u"escape", Qt::CaseInsensitive) == 0)
            return body.mid(eq + 1).trimmed() == u"`" ? QChar(u'`') : QChar(u'\\');
    }
    return u'\\';
}

void DockerfileLexer::styleText(int start, int end)
{
    QsciScintilla *ed = editor();
    if (!ed)
        return;
    const int lineCount = ed->lines();
    if (m_lines.size() != lineCount)
        m_lines.resize(lineCount);
    int line = int(ed->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, start));
    // Only an edit among the directive lines at the top can change the escape character.
    if (line < 32) {
        if (const QChar escape = escapeFromDirectives(); escape != m_escape) {
            m_escape = escape;
            for (LineInfo &info : m_lines)
                info.valid = false; // every line's meaning changed: restyle from the top
            line = 0;
        }
    }
    const int endLine = int(ed->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, end));
    LineInfo previous = line > 0 ? m_lines.at(line - 1) : LineInfo {};

    while (line < lineCount) {
        const LineInfo old = m_lines.at(line);
        const LineInfo fresh = styleLine(line, previous);
        m_lines[line] = fresh;
        previous = fresh;
        ++line;
        if (fresh.sameAs(old)) {
            // The lines below start from the same state as when they were styled: skip to the next line
            // that was edited or never styled since, if the request reaches that far.
            while (line < lineCount && m_lines.at(line).valid && !m_lines.at(line).dirty)
                ++line;
            if (line >= lineCount || line > endLine) {
                startStyling(int(line < lineCount ? ed->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line)
                                                  : ed->SendScintilla(QsciScintillaBase::SCI_GETLENGTH)));
                return;
            }
            previous = m_lines.at(line - 1);
            continue;
        }
        if (line > endLine && !old.valid)
            return; // never styled before: Scintilla asks again when it needs more
    }
}

DockerfileLexer::LineInfo DockerfileLexer::styleLine(int line, const LineInfo &previous)
{
    QsciScintilla *ed = editor();
    const long lineStart = ed->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
    const long nextStart = lineStart + ed->SendScintilla(QsciScintillaBase::SCI_LINELENGTH, line);
    QByteArray bytes;
    const QString text = lineText(line, &bytes);

    LineInfo info;
    if (m_escape == u'\\') {
        info.state = m_highlighter.highlight(text, previous.state, &m_runs);
    } else {
        // Same length, so the runs apply to the real text: '`' escapes and continues, '\\' is literal.
        QString seen = text;
        for (QChar &c : seen) {
            if (c == u'\\')
                c = u'/';
            else if (c == m_escape)
                c = u'\\';
        }
        info.state = m_highlighter.highlight(seen, previous.state, &m_runs);
    }
    info.valid = true;
    ++m_restyledLines;

    // UTF-16 offsets (KSyntaxHighlighting) to UTF-8 byte offsets (Scintilla); the identity for ASCII.
    QVector<int> byteAt;
    if (text.size() != bytes.size()) {
        byteAt.resize(text.size() + 1);
        int b = 0;
        for (int i = 0; i < text.size(); ++i) {
            byteAt[i] = b;
            const char16_t c = text.at(i).unicode();
            if (QChar::isHighSurrogate(c))
                b += 4, byteAt[++i] = b; // the low surrogate has no byte of its own
            else
                b += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        byteAt[text.size()] = b;
    }
    const auto toByte = [&byteAt](int offset) { return byteAt.isEmpty() ? offset : byteAt.at(offset); };

    startStyling(int(lineStart));
    int done = 0; // UTF-16 offset styled so far
    for (const LineHighlighter::Run &run : std::as_const(m_runs)) {
        const int from = qMax(run.offset, done);
        const int to = qMin(run.offset + run.length, int(text.size()));
        if (to <= from)
            continue;
        if (from > done)
            setStyling(toByte(from) - toByte(done), 0);
        setStyling(toByte(to) - toByte(from), styleForFormat(run.formatId));
        done = to;
    }
    const int rest = int(nextStart - lineStart) - toByte(done);
    if (rest > 0)
        setStyling(rest, 0);

    // Stages fold: a FROM that starts an instruction opens a fold that lasts until the next one.
    const QStringView trimmed = QStringView(text).trimmed();
    const bool comment = trimmed.startsWith(u'#');
    const bool header = !previous.continues && !comment && isStageStart(trimmed);
    info.continues = comment ? previous.continues : trimmed.endsWith(m_escape);
    info.inStage = previous.inStage || header;
    int level = QsciScintillaBase::SC_FOLDLEVELBASE;
    if (header)
        level |= QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
    else if (info.inStage)
        level += 1;
    ed->SendScintilla(QsciScintillaBase::SCI_SETFOLDLEVEL, line, level);
    return info;
}

} // namespace Dockwright::Ui
