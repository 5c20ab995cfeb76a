// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerfileparser.h"

#include "instructionchecker.h"
#include "shelllexer.h"

#include <QSet>
#include <algorithm>
#include <optional>
#include <vector>

namespace Dockwright::Core {

namespace {

// Go's bufio.Scanner limit: a token (line plus newline) of at most 64 KiB.
constexpr qsizetype MaxLineBytes = 65535;

bool isGoSpace(QChar ch)
{
    return ch.isSpace();
}

// reWhitespace in BuildKit: [\t\v\f\r ]
bool isSplitSpace(QChar ch)
{
    return ch == u' ' || ch == u'\t' || ch == u'\v' || ch == u'\f' || ch == u'\r';
}

QStringView trimNewline(QStringView s)
{
    while (!s.isEmpty() && (s.back() == u'\r' || s.back() == u'\n'))
        s.chop(1);
    return s;
}

qsizetype leadingSpaces(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && isGoSpace(s[i]))
        ++i;
    return i;
}

bool isComment(QStringView rawLine)
{
    const QStringView s = trimNewline(rawLine);
    const qsizetype i = leadingSpaces(s);
    return i < s.size() && s[i] == u'#';
}

// A contiguous piece of one physical line that went into the logical line.
struct Segment
{
    qsizetype start; // offset in the logical text
    int line;
    int column0; // 0-based column of the piece's first character in its physical line
};

// The logical line (continuations joined) with a map back to physical positions.
struct Logical
{
    QString text;
    std::vector<Segment> segments;

    void append(QStringView piece, int line, int column0)
    {
        segments.push_back({text.size(), line, column0});
        text.append(piece);
    }

    std::pair<int, int> at(qsizetype pos) const
    {
        if (segments.empty())
            return {0, 0};
        auto it = std::upper_bound(
            segments.begin(), segments.end(), pos, [](qsizetype p, const Segment &s) { return p < s.start; });
        if (it != segments.begin())
            --it;
        return {it->line, it->column0 + int(pos - it->start) + 1};
    }

    SourceRange range(qsizetype from, qsizetype to) const
    {
        const auto [l1, c1] = at(from);
        if (to <= from)
            return {l1, c1, l1, c1};
        const auto [l2, c2] = at(to - 1);
        return {l1, c1, l2, c2 + 1};
    }
};

struct RawWord
{
    QString text;
    qsizetype start;
    qsizetype end;
};

class LineParser
{
public:
    LineParser(const Logical &logical, QChar escape, DockerfileParseResult &result)
        : m_logical(logical)
        , m_escape(escape)
        , m_result(result)
    { }

    // Builds the instruction from text[from, to) of the logical line (ONBUILD recurses on its tail).
    DockerfileInstruction node(qsizetype from, qsizetype to)
    {
        const QString &t = m_logical.text;
        DockerfileInstruction ins;
        while (from < to && isGoSpace(t[from]))
            ++from;
        while (to > from && isGoSpace(t[to - 1]))
            --to;
        ins.original = t.mid(from, to - from);
        for (const Segment &segment : m_logical.segments) {
            if (segment.start >= to)
                break;
            const qsizetype next = &segment == &m_logical.segments.back() ? t.size() : (&segment + 1)->start;
            if (next <= from)
                continue;
            const qsizetype begin = std::max(segment.start, from);
            ins.originalSegments.append({begin - from, segment.line, segment.column0 + int(begin - segment.start) + 1});
        }
        qsizetype cmdEnd = from;
        while (cmdEnd < to && !isSplitSpace(t[cmdEnd]))
            ++cmdEnd;
        ins.keyword = t.mid(from, cmdEnd - from);
        ins.name = ins.keyword.toLower();
        ins.kind = DockerfileParser::kindOf(ins.name);
        ins.keywordRange = m_logical.range(from, cmdEnd);
        qsizetype rest = cmdEnd;
        while (rest < to && isSplitSpace(t[rest]))
            ++rest;

        qsizetype argStart = rest;
        if (rest < to)
            argStart = extractFlags(rest, to, ins);
        while (argStart < to && isGoSpace(t[argStart]))
            ++argStart;
        ins.argumentsRange = m_logical.range(argStart, to);

        switch (ins.kind) {
        case InstructionKind::Add:
        case InstructionKind::Copy:
        case InstructionKind::Volume:
            parseMaybeJsonToList(argStart, to, ins);
            break;
        case InstructionKind::Cmd:
        case InstructionKind::Entrypoint:
        case InstructionKind::Run:
        case InstructionKind::Shell:
            parseMaybeJson(argStart, to, ins);
            break;
        case InstructionKind::Arg:
            parseNameOrNameVal(argStart, to, ins);
            break;
        case InstructionKind::Env:
        case InstructionKind::Label:
            parseNameVal(argStart, to, ins);
            break;
        case InstructionKind::Expose:
        case InstructionKind::From:
            parseWhitespaceDelimited(argStart, to, ins);
            break;
        case InstructionKind::Maintainer:
        case InstructionKind::StopSignal:
        case InstructionKind::User:
        case InstructionKind::Workdir:
            if (argStart < to)
                ins.args.append({t.mid(argStart, to - argStart), m_logical.range(argStart, to)});
            break;
        case InstructionKind::Healthcheck:
            parseHealthcheck(argStart, to, ins);
            break;
        case InstructionKind::Onbuild:
            if (argStart < to) {
                auto sub = std::make_shared<DockerfileInstruction>(node(argStart, to));
                sub->range = m_logical.range(argStart, to);
                ins.onbuild = std::move(sub);
            }
            break;
        case InstructionKind::Unknown:
            break; // BuildKit drops the arguments of unknown instructions
        }
        return ins;
    }

private:
    void error(const QString &message, qsizetype from, qsizetype to)
    {
        m_result.errors.append({message, m_logical.range(from, to)});
    }

    // BuildKit's extractBuilderFlags: leading `--` words; always uses '\' (not the escape directive).
    qsizetype extractFlags(qsizetype from, qsizetype to, DockerfileInstruction &ins)
    {
        const QString &t = m_logical.text;
        enum { InSpaces, InWord, InQuote } phase = InSpaces;
        QString word;
        QChar quote;
        bool blankOk = false;
        qsizetype wordStart = from;
        auto emitFlag = [&](qsizetype end) {
            DockerfileFlag flag;
            flag.raw = word;
            QStringView body = QStringView(word);
            if (body.startsWith(u"--"))
                body = body.mid(2);
            const qsizetype eq = body.indexOf(u'=');
            flag.name = (eq < 0 ? body : body.left(eq)).toString();
            flag.hasValue = eq >= 0;
            if (eq >= 0)
                flag.value = body.mid(eq + 1).toString();
            flag.range = m_logical.range(wordStart, end);
            ins.flags.append(flag);
        };
        for (qsizetype pos = from; pos <= to; ++pos) {
            const QChar ch = pos < to ? t[pos] : QChar();
            if (phase == InSpaces) {
                if (pos == to)
                    break;
                if (isGoSpace(ch))
                    continue;
                if (ch != u'-' || pos + 1 == to || t[pos + 1] != u'-')
                    return pos;
                phase = InWord;
                wordStart = pos;
            }
            if ((phase == InWord || phase == InQuote) && pos == to) {
                if (word != u"--" && (blankOk || !word.isEmpty()))
                    emitFlag(pos);
                break;
            }
            if (phase == InWord) {
                if (isGoSpace(ch)) {
                    phase = InSpaces;
                    if (word == u"--")
                        return pos;
                    if (blankOk || !word.isEmpty())
                        emitFlag(pos);
                    word.clear();
                    blankOk = false;
                    continue;
                }
                if (ch == u'\'' || ch == u'"') {
                    quote = ch;
                    blankOk = true;
                    phase = InQuote;
                    continue;
                }
                QChar c = ch;
                if (c == u'\\') {
                    if (pos + 1 == to)
                        continue;
                    c = t[++pos];
                }
                word.append(c);
                continue;
            }
            // InQuote
            if (ch == quote) {
                phase = InWord;
                continue;
            }
            QChar c = ch;
            if (c == u'\\') {
                if (pos + 1 == to) {
                    phase = InWord;
                    continue;
                }
                c = t[++pos];
            }
            word.append(c);
        }
        return to;
    }

    void parseWhitespaceDelimited(qsizetype from, qsizetype to, DockerfileInstruction &ins)
    {
        const QString &t = m_logical.text;
        if (from >= to)
            return;
        qsizetype start = from;
        for (qsizetype i = from; i <= to; ++i) {
            if (i == to || isSplitSpace(t[i])) {
                // regexp Split keeps empty leading/trailing fields only at the edges, which TrimSpace removed
                ins.args.append({t.mid(start, i - start), m_logical.range(start, i)});
                while (i < to && isSplitSpace(t[i]))
                    ++i;
                start = i;
                if (i == to)
                    break;
            }
        }
    }

    // Decodes one JSON string token at t[pos] == '"'. Returns false on invalid JSON.
    static bool jsonString(const QString &t, qsizetype &pos, qsizetype to, QString &out)
    {
        ++pos;
        while (pos < to) {
            const QChar ch = t[pos];
            if (ch == u'"') {
                ++pos;
                return true;
            }
            if (ch.unicode() < 0x20)
                return false;
            if (ch != u'\\') {
                out.append(ch);
                ++pos;
                continue;
            }
            if (++pos >= to)
                return false;
            const QChar e = t[pos++];
            switch (e.unicode()) {
            case u'"':
                out.append(u'"');
                break;
            case u'\\':
                out.append(u'\\');
                break;
            case u'/':
                out.append(u'/');
                break;
            case u'b':
                out.append(QChar(0x08));
                break;
            case u'f':
                out.append(QChar(0x0c));
                break;
            case u'n':
                out.append(u'\n');
                break;
            case u'r':
                out.append(u'\r');
                break;
            case u't':
                out.append(u'\t');
                break;
            case u'u': {
                auto hex4 = [&](char16_t &code) {
                    if (pos + 4 > to)
                        return false;
                    bool ok = false;
                    code = char16_t(QStringView(t).mid(pos, 4).toUInt(&ok, 16));
                    if (!ok)
                        return false;
                    for (qsizetype k = 0; k < 4; ++k) {
                        if (!isxdigit(t[pos + k].toLatin1()))
                            return false;
                    }
                    pos += 4;
                    return true;
                };
                char16_t code = 0;
                if (!hex4(code))
                    return false;
                if (QChar::isHighSurrogate(code) && pos + 1 < to && t[pos] == u'\\' && t[pos + 1] == u'u') {
                    const qsizetype save = pos;
                    pos += 2;
                    char16_t low = 0;
                    if (hex4(low) && QChar::isLowSurrogate(low)) {
                        out.append(QChar(code));
                        out.append(QChar(low));
                        break;
                    }
                    pos = save;
                }
                out.append(QChar::isSurrogate(code) ? QChar(QChar::ReplacementCharacter) : QChar(code));
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    static void skipWs(const QString &t, qsizetype &pos, qsizetype to)
    {
        while (pos < to && (t[pos] == u' ' || t[pos] == u'\t' || t[pos] == u'\n' || t[pos] == u'\r'))
            ++pos;
    }

    static bool jsonLiteral(const QString &t, qsizetype &pos, qsizetype to, QStringView word)
    {
        if (QStringView(t).mid(pos, std::min(to - pos, word.size())) != word)
            return false;
        pos += word.size();
        return true;
    }

    static bool jsonNumber(const QString &t, qsizetype &pos, qsizetype to)
    {
        auto digit = [&](qsizetype p) { return p < to && t[p] >= u'0' && t[p] <= u'9'; };
        if (pos < to && t[pos] == u'-')
            ++pos;
        if (!digit(pos))
            return false;
        if (t[pos] == u'0')
            ++pos;
        else
            while (digit(pos))
                ++pos;
        if (pos < to && t[pos] == u'.') {
            ++pos;
            if (!digit(pos))
                return false;
            while (digit(pos))
                ++pos;
        }
        if (pos < to && (t[pos] == u'e' || t[pos] == u'E')) {
            ++pos;
            if (pos < to && (t[pos] == u'+' || t[pos] == u'-'))
                ++pos;
            if (!digit(pos))
                return false;
            while (digit(pos))
                ++pos;
        }
        return true;
    }

    // Validates any JSON value (used for non-string array elements).
    static bool jsonValue(const QString &t, qsizetype &pos, qsizetype to, int depth)
    {
        if (depth > 512)
            return false;
        skipWs(t, pos, to);
        if (pos >= to)
            return false;
        const QChar ch = t[pos];
        if (ch == u'"') {
            QString ignored;
            return jsonString(t, pos, to, ignored);
        }
        if (ch == u'[' || ch == u'{') {
            const bool object = ch == u'{';
            const QChar close = object ? u'}' : u']';
            ++pos;
            skipWs(t, pos, to);
            if (pos < to && t[pos] == close) {
                ++pos;
                return true;
            }
            for (;;) {
                if (object) {
                    skipWs(t, pos, to);
                    QString key;
                    if (pos >= to || t[pos] != u'"' || !jsonString(t, pos, to, key))
                        return false;
                    skipWs(t, pos, to);
                    if (pos >= to || t[pos] != u':')
                        return false;
                    ++pos;
                }
                if (!jsonValue(t, pos, to, depth + 1))
                    return false;
                skipWs(t, pos, to);
                if (pos >= to)
                    return false;
                if (t[pos] == close) {
                    ++pos;
                    return true;
                }
                if (t[pos] != u',')
                    return false;
                ++pos;
            }
        }
        if (ch == u't')
            return jsonLiteral(t, pos, to, u"true");
        if (ch == u'f')
            return jsonLiteral(t, pos, to, u"false");
        if (ch == u'n')
            return jsonLiteral(t, pos, to, u"null");
        return jsonNumber(t, pos, to);
    }

    enum class JsonOutcome { Array, NotJson, NotStrings };

    // BuildKit's parseJSON: a JSON array of strings; trailing text after the array is ignored, as
    // json.Decoder.Decode does.
    JsonOutcome parseJson(qsizetype from, qsizetype to, QList<DockerfileWord> &words)
    {
        const QString &t = m_logical.text;
        qsizetype pos = from;
        while (pos < to && isGoSpace(t[pos]))
            ++pos;
        if (pos >= to || t[pos] != u'[')
            return JsonOutcome::NotJson;
        ++pos;
        QList<DockerfileWord> out;
        bool notStrings = false;
        skipWs(t, pos, to);
        if (pos < to && t[pos] == u']')
            return JsonOutcome::Array;
        for (;;) {
            skipWs(t, pos, to);
            if (pos >= to)
                return JsonOutcome::NotJson;
            if (t[pos] == u'"') {
                const qsizetype start = pos;
                QString s;
                if (!jsonString(t, pos, to, s))
                    return JsonOutcome::NotJson;
                out.append({s, m_logical.range(start, pos)});
            } else {
                if (!jsonValue(t, pos, to, 1))
                    return JsonOutcome::NotJson;
                notStrings = true;
            }
            skipWs(t, pos, to);
            if (pos >= to)
                return JsonOutcome::NotJson;
            if (t[pos] == u']')
                break;
            if (t[pos] != u',')
                return JsonOutcome::NotJson;
            ++pos;
        }
        if (notStrings)
            return JsonOutcome::NotStrings;
        words.append(out);
        return JsonOutcome::Array;
    }

    void notStringArray(qsizetype from, qsizetype to)
    {
        error(DockerfileParser::tr("when using JSON array syntax, arrays must be comprised of strings only"), from, to);
    }

    void parseMaybeJson(qsizetype from, qsizetype to, DockerfileInstruction &ins)
    {
        if (from >= to)
            return;
        switch (parseJson(from, to, ins.args)) {
        case JsonOutcome::Array:
            ins.json = true;
            return;
        case JsonOutcome::NotStrings:
            notStringArray(from, to);
            return;
        case JsonOutcome::NotJson:
            ins.args.append({m_logical.text.mid(from, to - from), m_logical.range(from, to)});
            return;
        }
    }

    void parseMaybeJsonToList(qsizetype from, qsizetype to, DockerfileInstruction &ins)
    {
        switch (parseJson(from, to, ins.args)) {
        case JsonOutcome::Array:
            ins.json = true;
            return;
        case JsonOutcome::NotStrings:
            notStringArray(from, to);
            return;
        case JsonOutcome::NotJson:
            parseWhitespaceDelimited(from, to, ins);
            return;
        }
    }

    void parseHealthcheck(qsizetype from, qsizetype to, DockerfileInstruction &ins)
    {
        const QString &t = m_logical.text;
        qsizetype sep = from;
        while (sep < to && !isGoSpace(t[sep]))
            ++sep;
        if (sep == from)
            return;
        qsizetype next = sep;
        while (next < to && isGoSpace(t[next]))
            ++next;
        ins.args.append({t.mid(from, sep - from), m_logical.range(from, sep)});
        parseMaybeJson(next, to, ins);
    }

    // BuildKit's parseWords: shell-like words, quotes and escapes kept in the text.
    QList<RawWord> parseWords(qsizetype from, qsizetype to) const
    {
        const QString &t = m_logical.text;
        enum { InSpaces, InWord, InQuote } phase = InSpaces;
        QList<RawWord> words;
        QString word;
        QChar quote;
        bool blankOk = false;
        qsizetype start = from;
        for (qsizetype pos = from; pos <= to; ++pos) {
            const QChar ch = pos < to ? t[pos] : QChar();
            if (phase == InSpaces) {
                if (pos == to)
                    break;
                if (isGoSpace(ch))
                    continue;
                phase = InWord;
                start = pos;
            }
            if ((phase == InWord || phase == InQuote) && pos == to) {
                if (blankOk || !word.isEmpty())
                    words.append({word, start, pos});
                break;
            }
            if (phase == InWord) {
                if (isGoSpace(ch)) {
                    phase = InSpaces;
                    if (blankOk || !word.isEmpty())
                        words.append({word, start, pos});
                    word.clear();
                    blankOk = false;
                    continue;
                }
                if (ch == u'\'' || ch == u'"') {
                    quote = ch;
                    blankOk = true;
                    phase = InQuote;
                }
                QChar c = ch;
                if (c == m_escape) {
                    if (pos + 1 == to)
                        continue;
                    word.append(c);
                    c = t[++pos];
                }
                word.append(c);
                continue;
            }
            // InQuote
            if (ch == quote)
                phase = InWord;
            QChar c = ch;
            if (c == m_escape && quote != u'\'') {
                if (pos + 1 == to) {
                    phase = InWord;
                    continue;
                }
                word.append(c);
                c = t[++pos];
            }
            word.append(c);
        }
        return words;
    }

    QString unquote(const QString &raw) const
    {
        ShellLexer lexer(m_escape);
        lexer.setSkipUnsetEnv(true);
        static const QHash<QString, QString> empty;
        const ShellExpansion e = lexer.processWord(raw, empty);
        return e.ok() ? e.value : raw;
    }

    // Quote removal for a key, leaving variable references for the analyzer to expand.
    QString unquoteKey(const QString &raw) const
    {
        if (raw.contains(u'$') || (!raw.contains(u'"') && !raw.contains(u'\'') && !raw.contains(m_escape)))
            return raw;
        return unquote(raw);
    }

    void parseNameVal(qsizetype from, qsizetype to, DockerfileInstruction &ins)
    {
        const QString &t = m_logical.text;
        const QList<RawWord> words = parseWords(from, to);
        if (words.isEmpty())
            return;
        if (!words.first().text.contains(u'=')) {
            qsizetype keyEnd = from;
            while (keyEnd < to && !isSplitSpace(t[keyEnd]))
                ++keyEnd;
            qsizetype valueStart = keyEnd;
            while (valueStart < to && isSplitSpace(t[valueStart]))
                ++valueStart;
            if (keyEnd >= to) {
                error(DockerfileParser::tr("%1 must have two arguments").arg(ins.name.toUpper()), from, to);
                return;
            }
            DockerfileKeyValue kv;
            kv.key = unquoteKey(t.mid(from, keyEnd - from));
            kv.rawValue = t.mid(valueStart, to - valueStart);
            kv.value = unquote(kv.rawValue);
            kv.hasValue = true;
            kv.legacy = true;
            kv.range = m_logical.range(from, to);
            kv.keyRange = m_logical.range(from, keyEnd);
            kv.valueRange = m_logical.range(valueStart, to);
            ins.pairs.append(kv);
            ins.args.append({kv.key, kv.keyRange});
            ins.args.append({kv.rawValue, kv.valueRange});
            return;
        }
        for (const RawWord &w : words) {
            const qsizetype eq = w.text.indexOf(u'=');
            if (eq < 0) {
                error(DockerfileParser::tr("Syntax error - can't find = in \"%1\". Must be of the form: name=value")
                          .arg(w.text),
                    w.start, w.end);
                continue;
            }
            ins.pairs.append(pairFromWord(w, eq));
            ins.args.append({w.text, m_logical.range(w.start, w.end)});
        }
    }

    DockerfileKeyValue pairFromWord(const RawWord &w, qsizetype eq) const
    {
        DockerfileKeyValue kv;
        // The builder removes quotes and escapes from keys as from values: `LABEL "a.b"=c` sets the label a.b.
        kv.key = unquoteKey(w.text.left(eq));
        kv.rawValue = w.text.mid(eq + 1);
        kv.value = unquote(kv.rawValue);
        kv.hasValue = true;
        kv.range = m_logical.range(w.start, w.end);
        // The word text may differ from the source only by nothing: parseWords keeps every character, so
        // offsets inside the word map one-to-one onto the source.
        kv.keyRange = m_logical.range(w.start, w.start + eq);
        kv.valueRange = m_logical.range(w.start + eq + 1, w.end);
        return kv;
    }

    void parseNameOrNameVal(qsizetype from, qsizetype to, DockerfileInstruction &ins)
    {
        for (const RawWord &w : parseWords(from, to)) {
            ins.args.append({w.text, m_logical.range(w.start, w.end)});
            const qsizetype eq = w.text.indexOf(u'=');
            if (eq >= 0) {
                ins.pairs.append(pairFromWord(w, eq));
            } else {
                DockerfileKeyValue kv;
                kv.key = w.text;
                kv.range = kv.keyRange = m_logical.range(w.start, w.end);
                ins.pairs.append(kv);
            }
        }
    }

    const Logical &m_logical;
    QChar m_escape;
    DockerfileParseResult &m_result;
};

bool canContainHeredoc(const DockerfileInstruction &ins)
{
    const DockerfileInstruction *n = &ins;
    if (n->kind == InstructionKind::Onbuild && n->onbuild)
        n = n->onbuild.get();
    if (n->kind != InstructionKind::Run && n->kind != InstructionKind::Copy && n->kind != InstructionKind::Add)
        return false;
    return !n->json;
}

// Matches ^(\d*)<<(-?)\s*([^<]*)$ on one shell word.
std::optional<DockerfileHeredoc> heredocFromWord(const QString &word)
{
    qsizetype i = 0;
    while (i < word.size() && word[i].isDigit() && word[i].unicode() < 128)
        ++i;
    const QString fdText = word.left(i);
    if (!QStringView(word).mid(i).startsWith(u"<<"))
        return std::nullopt;
    i += 2;
    bool chomp = false;
    if (i < word.size() && word[i] == u'-') {
        chomp = true;
        ++i;
    }
    while (i < word.size() && isGoSpace(word[i]))
        ++i;
    const QString rest = word.mid(i);
    if (rest.contains(u'<') || rest.isEmpty())
        return std::nullopt;

    ShellLexer lexer(u'\\');
    lexer.setSkipUnsetEnv(true);
    static const QHash<QString, QString> empty;
    const ShellExpansion plain = lexer.processWords(rest, empty);
    if (!plain.ok() || plain.words.size() != 1)
        return std::nullopt;
    lexer.setRawQuotes(true);
    const ShellExpansion raw = lexer.processWords(rest, empty);
    if (!raw.ok() || raw.words.size() != 1)
        return std::nullopt;
    auto quotes = [](const QString &s) { return s.count(u'\'') + s.count(u'"'); };
    DockerfileHeredoc doc;
    doc.name = plain.words.first();
    doc.expand = quotes(plain.words.first()) == quotes(raw.words.first());
    doc.chomp = chomp;
    doc.fileDescriptor = fdText.isEmpty() ? 0 : fdText.left(9).toInt();
    return doc;
}

QList<DockerfileHeredoc> heredocsFromLine(const QString &line)
{
    QList<DockerfileHeredoc> docs;
    if (!line.contains(u"<<"))
        return docs;
    ShellLexer lexer(u'\\');
    lexer.setRawQuotes(true);
    lexer.setRawEscapes(true);
    lexer.setSkipUnsetEnv(true);
    static const QHash<QString, QString> empty;
    const ShellExpansion e = lexer.processWords(line, empty);
    if (!e.ok())
        return docs;
    const QStringList &words = e.words;
    for (qsizetype k = 0; k < words.size(); ++k) {
        QString word = words[k];
        // `<< EOF`: whitespace between the operator and the delimiter is accepted. The space is kept, so
        // `<< -EOF` names a delimiter "-EOF" without chomping: `-` strips tabs only directly after `<<`.
        static const auto isOperatorOnly = [](const QString &w) {
            qsizetype i = 0;
            while (i < w.size() && w[i].isDigit())
                ++i;
            const QStringView op = QStringView(w).mid(i);
            return op == u"<<" || op == u"<<-";
        };
        if (isOperatorOnly(word) && k + 1 < words.size() && !words[k + 1].contains(u"<<")) {
            word += u' ' + words[k + 1];
            ++k;
        }
        if (auto doc = heredocFromWord(word))
            docs.append(*doc);
    }
    return docs;
}

} // namespace

InstructionKind DockerfileParser::kindOf(QStringView n)
{
    static const QHash<QString, InstructionKind> kinds = {
        {QStringLiteral("add"), InstructionKind::Add},
        {QStringLiteral("arg"), InstructionKind::Arg},
        {QStringLiteral("cmd"), InstructionKind::Cmd},
        {QStringLiteral("copy"), InstructionKind::Copy},
        {QStringLiteral("entrypoint"), InstructionKind::Entrypoint},
        {QStringLiteral("env"), InstructionKind::Env},
        {QStringLiteral("expose"), InstructionKind::Expose},
        {QStringLiteral("from"), InstructionKind::From},
        {QStringLiteral("healthcheck"), InstructionKind::Healthcheck},
        {QStringLiteral("label"), InstructionKind::Label},
        {QStringLiteral("maintainer"), InstructionKind::Maintainer},
        {QStringLiteral("onbuild"), InstructionKind::Onbuild},
        {QStringLiteral("run"), InstructionKind::Run},
        {QStringLiteral("shell"), InstructionKind::Shell},
        {QStringLiteral("stopsignal"), InstructionKind::StopSignal},
        {QStringLiteral("user"), InstructionKind::User},
        {QStringLiteral("volume"), InstructionKind::Volume},
        {QStringLiteral("workdir"), InstructionKind::Workdir},
    };
    return kinds.value(n.toString(), InstructionKind::Unknown);
}

QString DockerfileParser::keywordOf(InstructionKind kind)
{
    switch (kind) {
    case InstructionKind::Add:
        return QStringLiteral("ADD");
    case InstructionKind::Arg:
        return QStringLiteral("ARG");
    case InstructionKind::Cmd:
        return QStringLiteral("CMD");
    case InstructionKind::Copy:
        return QStringLiteral("COPY");
    case InstructionKind::Entrypoint:
        return QStringLiteral("ENTRYPOINT");
    case InstructionKind::Env:
        return QStringLiteral("ENV");
    case InstructionKind::Expose:
        return QStringLiteral("EXPOSE");
    case InstructionKind::From:
        return QStringLiteral("FROM");
    case InstructionKind::Healthcheck:
        return QStringLiteral("HEALTHCHECK");
    case InstructionKind::Label:
        return QStringLiteral("LABEL");
    case InstructionKind::Maintainer:
        return QStringLiteral("MAINTAINER");
    case InstructionKind::Onbuild:
        return QStringLiteral("ONBUILD");
    case InstructionKind::Run:
        return QStringLiteral("RUN");
    case InstructionKind::Shell:
        return QStringLiteral("SHELL");
    case InstructionKind::StopSignal:
        return QStringLiteral("STOPSIGNAL");
    case InstructionKind::User:
        return QStringLiteral("USER");
    case InstructionKind::Volume:
        return QStringLiteral("VOLUME");
    case InstructionKind::Workdir:
        return QStringLiteral("WORKDIR");
    case InstructionKind::Unknown:
        break;
    }
    return {};
}

DockerfileParseResult DockerfileParser::parse(const QByteArray &utf8)
{
    return parse(QString::fromUtf8(utf8));
}

DockerfileParseResult DockerfileParser::parse(QStringView input)
{
    DockerfileParseResult result;
    QStringView text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    // Physical lines keep their '\r' (heredoc bodies keep it); hasNewline tells whether '\n' followed.
    struct Physical
    {
        QStringView raw;
        bool hasNewline;
    };
    std::vector<Physical> lines;
    {
        qsizetype start = 0;
        while (start < text.size()) {
            const qsizetype nl = text.indexOf(u'\n', start);
            if (nl < 0) {
                lines.push_back({text.mid(start), false});
                break;
            }
            lines.push_back({text.mid(start, nl - start), true});
            start = nl + 1;
        }
    }
    result.lines.reserve(qsizetype(lines.size()));
    result.instructions.reserve(qsizetype(lines.size() / 2 + 1)); // most files: an instruction every line or two
    for (const Physical &p : lines)
        result.lines.append(trimNewline(p.raw).toString());

    QChar escape = u'\\';
    bool directivesDone = false;
    QSet<QString> seenDirectives;
    QStringList pendingComments;

    // Returns false when the line ends the directive region; records a recognised directive.
    auto possibleDirective = [&](QStringView line, int lineNo) {
        if (directivesDone)
            return;
        // ^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$
        auto isReSpace
            = [](QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r' || c == u'\v'; };
        qsizetype i = 0;
        auto done = [&] { directivesDone = true; };
        if (line.isEmpty() || line[0] != u'#')
            return done();
        ++i;
        while (i < line.size() && isReSpace(line[i]))
            ++i;
        const qsizetype keyStart = i;
        if (i >= line.size() || !(line[i].unicode() < 128 && line[i].isLetter()))
            return done();
        while (i < line.size() && line[i].unicode() < 128 && line[i].isLetterOrNumber())
            ++i;
        const QString key = line.mid(keyStart, i - keyStart).toString().toLower();
        while (i < line.size() && isReSpace(line[i]))
            ++i;
        if (i >= line.size() || line[i] != u'=')
            return done();
        ++i;
        while (i < line.size() && isReSpace(line[i]))
            ++i;
        qsizetype end = line.size();
        while (end > i && isReSpace(line[end - 1]))
            --end;
        if (end <= i)
            return done();
        if (key != u"escape" && key != u"syntax" && key != u"check")
            return done();
        const SourceRange range = SourceRange::wholeLine(lineNo, int(lines[size_t(lineNo - 1)].raw.size()));
        if (seenDirectives.contains(key)) {
            result.errors.append({tr("only one %1 parser directive can be used").arg(key), range});
            return;
        }
        seenDirectives.insert(key);
        const QString value = line.mid(i, end - i).toString();
        result.directives.append({key, value, range});
        if (key == u"escape") {
            if (value != u"`" && value != u"\\")
                result.errors.append({tr("invalid escape token '%1' does not match ` or \\").arg(value), range});
            else
                escape = value[0];
        }
    };

    // Matches BuildKit's continuation regex: the escape is the last non-blank character and is not itself
    // escaped (or stands alone on the line). Returns the kept length, or -1 when the line does not continue.
    auto continuationCut = [&](QStringView s) -> qsizetype {
        qsizetype end = s.size();
        while (end > 0 && (s[end - 1] == u' ' || s[end - 1] == u'\t'))
            --end;
        if (end == 0 || s[end - 1] != escape)
            return -1;
        if (end == 1)
            return 0;
        if (s[end - 2] == escape)
            return -1;
        return end - 1;
    };

    auto utf8TooLong = [](QStringView s) {
        if (s.size() * 3 <= MaxLineBytes)
            return false;
        return QStringView(s).toUtf8().size() + 1 > MaxLineBytes + 1;
    };

    const int n = int(lines.size());
    int i = 0;
    while (i < n) {
        const int startLine = i + 1;
        QStringView raw = lines[size_t(i)].raw;
        if (utf8TooLong(raw)) {
            result.errors.append({tr("dockerfile line greater than max allowed size of %1").arg(MaxLineBytes),
                {startLine, 1, startLine, 1}});
            break;
        }
        const QStringView noNl = trimNewline(raw);
        const qsizetype indent = leadingSpaces(noNl);
        const QStringView trimmed = noNl.mid(indent);
        const bool comment = isComment(raw);
        const qsizetype directivesBefore = result.directives.size();
        possibleDirective(trimmed, startLine);
        if (comment) {
            const QString ctext = trimmed.mid(1).trimmed().toString();
            if (result.directives.size() == directivesBefore) {
                result.comments.append({startLine, ctext});
                if (ctext.isEmpty())
                    pendingComments.clear(); // an empty comment separates description blocks
                else
                    pendingComments.append(ctext);
            }
        }
        ++i;
        const QStringView processed = comment ? QStringView() : trimmed;
        qsizetype cut = continuationCut(processed);
        bool endOfLine = cut < 0;
        if (endOfLine && processed.isEmpty()) {
            if (!comment)
                pendingComments.clear();
            continue;
        }
        Logical logical;
        logical.append(endOfLine ? processed : processed.left(cut), startLine, int(indent));
        bool emptyContinuation = false;
        int emptyLine = 0;
        while (!endOfLine && i < n) {
            const int lineNo = i + 1;
            QStringView r = lines[size_t(i)].raw;
            if (utf8TooLong(r)) {
                result.errors.append({tr("dockerfile line greater than max allowed size of %1").arg(MaxLineBytes),
                    {lineNo, 1, lineNo, 1}});
                i = n;
                break;
            }
            const QStringView line = trimNewline(r);
            possibleDirective(line, lineNo);
            ++i;
            if (isComment(r)) {
                result.comments.append({lineNo, line.mid(leadingSpaces(line) + 1).trimmed().toString()});
                continue;
            }
            if (leadingSpaces(line) == line.size()) {
                emptyContinuation = true;
                if (!emptyLine)
                    emptyLine = lineNo;
                continue;
            }
            cut = continuationCut(line);
            endOfLine = cut < 0;
            logical.append(endOfLine ? line : line.left(cut), lineNo, 0);
        }
        int endLine = i;

        LineParser parser(logical, escape, result);
        DockerfileInstruction ins = parser.node(0, logical.text.size());
        ins.previousComments = pendingComments;
        pendingComments.clear();
        ins.emptyContinuationLine = emptyContinuation;
        if (emptyContinuation) {
            result.warnings.append(
                {tr("Empty continuation line found in: %1").arg(logical.text.trimmed()), {emptyLine, 1, emptyLine, 1}});
        }

        if (canContainHeredoc(ins)) {
            QList<DockerfileHeredoc> docs = heredocsFromLine(logical.text);
            qsizetype searchFrom = 0;
            bool unterminated = false;
            for (DockerfileHeredoc &doc : docs) {
                // Locate the operator word on the instruction line for its range.
                const qsizetype at = logical.text.indexOf(u"<<", searchFrom);
                if (at >= 0) {
                    qsizetype s = at;
                    while (s > 0 && logical.text[s - 1].isDigit())
                        --s;
                    qsizetype e = at + 2;
                    while (e < logical.text.size() && e < at + 3 && logical.text[e] == u'-')
                        ++e;
                    while (e < logical.text.size() && isGoSpace(logical.text[e]))
                        ++e;
                    while (e < logical.text.size() && !isGoSpace(logical.text[e]))
                        ++e;
                    doc.range = logical.range(s, e);
                    searchFrom = e;
                }
                const int bodyStart = i + 1;
                bool terminated = false;
                while (i < n) {
                    QStringView body = lines[size_t(i)].raw;
                    ++i;
                    QStringView candidate = trimNewline(body);
                    if (doc.chomp) {
                        while (!candidate.isEmpty() && candidate.front() == u'\t')
                            candidate = candidate.mid(1);
                    }
                    if (candidate == doc.name) {
                        terminated = true;
                        break;
                    }
                    doc.content.append(body);
                    if (lines[size_t(i - 1)].hasNewline)
                        doc.content.append(u'\n');
                }
                const int lastLine = std::max(i, bodyStart);
                doc.bodyRange = {bodyStart, 1, lastLine,
                    int(lastLine <= n ? trimNewline(lines[size_t(lastLine - 1)].raw).size() : 0) + 1};
                if (!terminated) {
                    result.errors.append({tr("unterminated heredoc"), {startLine, 1, std::max(i, startLine), 1}});
                    unterminated = true;
                    break;
                }
            }
            ins.heredocs = docs;
            endLine = std::max(i, startLine);
            if (unterminated)
                i = n;
        }

        const int lastLength = int(trimNewline(lines[size_t(endLine - 1)].raw).size());
        ins.range = {startLine, int(indent) + 1, endLine, lastLength + 1};
        if (ins.onbuild && !ins.heredocs.isEmpty()) {
            auto sub = std::make_shared<DockerfileInstruction>(*ins.onbuild);
            sub->heredocs = ins.heredocs;
            ins.onbuild = sub;
        }
        result.instructions.append(std::move(ins));
    }

    result.escape = escape;
    if (result.instructions.isEmpty() && result.errors.isEmpty()) {
        const int last = std::max(1, n);
        result.errors.append({tr("file with no instructions"), {last, 1, last, 1}});
    }
    InstructionChecker::check(result);
    return result;
}

} // namespace Dockwright::Core
