// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types of a parsed Dockerfile: the low-level syntax tree as BuildKit's parser builds it, plus exact
// source ranges for every piece so that editors and linters can point at it.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <memory>
#include <utility>

namespace Dockwright::Core {

// A span in the source text. Lines and columns are 1-based; columns count UTF-16 code units of the physical
// line; the end is exclusive (endColumn is the column just after the last character), as in SARIF and LSP.
struct SourceRange
{
    int startLine = 0;
    int startColumn = 0;
    int endLine = 0;
    int endColumn = 0;

    bool isValid() const { return startLine > 0; }
    bool contains(int line, int column) const
    {
        if (line < startLine || line > endLine)
            return false;
        if (line == startLine && column < startColumn)
            return false;
        return !(line == endLine && column >= endColumn);
    }
    static SourceRange wholeLine(int line, int length) { return {line, 1, line, length + 1}; }
    friend bool operator==(const SourceRange &, const SourceRange &) = default;
};

// An error or warning of the parser or the instruction checker.
struct DockerfileMessage
{
    QString message;
    SourceRange range;
};

// A parser directive at the top of the file (`# syntax=...`, `# escape=...`, `# check=...`).
struct DockerfileDirective
{
    QString name; // lowercased
    QString value;
    SourceRange range;
};

// A comment line (not a directive); `text` is what follows '#', trimmed.
struct DockerfileComment
{
    int line = 0;
    QString text;
};

// One leading `--name[=value]` word of an instruction.
struct DockerfileFlag
{
    QString raw; // the word as BuildKit's flag extraction returns it (quotes and escapes removed)
    QString name;
    QString value;
    bool hasValue = false;
    SourceRange range;
};

// One argument as the low-level parser splits it (JSON string, whitespace word, or the whole shell text).
struct DockerfileWord
{
    QString text;
    SourceRange range;
};

struct DockerfileHeredoc
{
    QString name; // delimiter after quote removal
    QString content; // raw body (newlines kept, tabs not yet stripped)
    bool expand = true; // false when any part of the delimiter was quoted
    bool chomp = false; // `<<-`: leading tabs are stripped from the body
    int fileDescriptor = 0;
    SourceRange range; // the `<<EOF` word on the instruction line
    SourceRange bodyRange; // body lines plus the terminator line
};

// ENV/LABEL pair or ARG declaration.
struct DockerfileKeyValue
{
    QString key;
    QString rawValue; // as written (quotes kept)
    QString value; // after quote and escape removal, variables not expanded
    bool hasValue = false; // false for `ARG name` without a default
    bool legacy = false; // `ENV key value` form
    SourceRange range;
    SourceRange keyRange;
    SourceRange valueRange;
};

enum class InstructionKind {
    Unknown,
    Add,
    Arg,
    Cmd,
    Copy,
    Entrypoint,
    Env,
    Expose,
    From,
    Healthcheck,
    Label,
    Maintainer,
    Onbuild,
    Run,
    Shell,
    StopSignal,
    User,
    Volume,
    Workdir,
};

// Where a run of DockerfileInstruction::original lies in the source: original[offset] is at line:column, and
// so are the following characters up to the next segment's offset (one segment per physical line).
struct DockerfileTextSegment
{
    qsizetype offset = 0;
    int line = 0;
    int column = 0; // 1-based
};

struct DockerfileInstruction
{
    QString keyword; // as written
    QString name; // lowercased keyword
    InstructionKind kind = InstructionKind::Unknown;
    QString original; // the logical line after continuation joining
    QList<DockerfileTextSegment> originalSegments; // maps offsets in original back to the source
    SourceRange range; // first to last physical line, heredoc bodies included
    SourceRange keywordRange;
    SourceRange argumentsRange; // text after the flags (empty range when there is none)
    QList<DockerfileFlag> flags;
    QList<DockerfileWord> args;
    bool json = false;
    QList<DockerfileHeredoc> heredocs;
    QList<DockerfileKeyValue> pairs;
    std::shared_ptr<const DockerfileInstruction> onbuild; // the trigger of ONBUILD
    QStringList previousComments; // comment lines directly above
    int stageIndex = -1; // -1: before the first FROM
    bool emptyContinuationLine = false;

    bool isShellForm() const { return !json; }
    // The source range of original[start, end); an empty range at the keyword when nothing is mapped.
    SourceRange rangeInOriginal(qsizetype start, qsizetype end) const
    {
        if (originalSegments.isEmpty() || start < 0 || end > original.size())
            return keywordRange;
        const auto at = [this](qsizetype pos) {
            auto it = std::upper_bound(originalSegments.begin(), originalSegments.end(), pos,
                [](qsizetype p, const DockerfileTextSegment &seg) { return p < seg.offset; });
            if (it != originalSegments.begin())
                --it;
            const DockerfileTextSegment &s = *it;
            return std::pair<int, int>(s.line, s.column + int(pos - s.offset));
        };
        const auto [l1, c1] = at(start);
        if (end <= start)
            return {l1, c1, l1, c1};
        const auto [l2, c2] = at(end - 1);
        return {l1, c1, l2, c2 + 1};
    }
    const DockerfileFlag *flag(QStringView flagName) const
    {
        for (const DockerfileFlag &f : flags) {
            if (f.name == flagName)
                return &f;
        }
        return nullptr;
    }
};

// The whole parse: directives, instructions, and every problem found. Parsing never throws and never
// stops at the first error unless BuildKit itself cannot continue (unterminated heredoc, over-long line).
struct DockerfileParseResult
{
    QChar escape = u'\\';
    QList<DockerfileDirective> directives;
    QList<DockerfileInstruction> instructions;
    QList<DockerfileComment> comments;
    QList<DockerfileMessage> warnings;
    QList<DockerfileMessage> errors;
    QStringList lines; // physical lines without line endings, for diagnostics and suppression comments

    bool ok() const { return errors.isEmpty(); }
    const DockerfileDirective *directive(QStringView name) const
    {
        for (const DockerfileDirective &d : directives) {
            if (d.name == name)
                return &d;
        }
        return nullptr;
    }
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::DockerfileParseResult)
