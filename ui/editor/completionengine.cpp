// SPDX-License-Identifier: GPL-3.0-or-later
#include "completionengine.h"

#include "instructiondocs.h"

namespace Dockwright::Ui {

namespace {

QStringList startingWith(const QStringList &items, QStringView prefix)
{
    QStringList out;
    for (const QString &item : items) {
        if (item.startsWith(prefix, Qt::CaseInsensitive) && !out.contains(item))
            out.append(item);
    }
    return out;
}

bool endsWithEscape(QStringView line)
{
    return line.trimmed().endsWith(u'\\');
}

} // namespace

void CompletionEngine::setParse(const Core::DockerfileParseResult &parse)
{
    m_stages.clear();
    m_argNames.clear();
    for (const Core::DockerfileInstruction &ins : parse.instructions) {
        if (ins.kind == Core::InstructionKind::From && ins.args.size() >= 3
            && ins.args.at(1).text.compare(u"as", Qt::CaseInsensitive) == 0) {
            m_stages.append(Stage {ins.range.startLine - 1, ins.args.at(2).text});
        } else if (ins.kind == Core::InstructionKind::Arg) {
            for (const Core::DockerfileKeyValue &pair : ins.pairs) {
                if (!m_argNames.contains(pair.key))
                    m_argNames.append(pair.key);
            }
        }
    }
}

QStringList CompletionEngine::stagesBefore(int line) const
{
    QStringList names;
    for (const Stage &stage : m_stages) {
        if (stage.line < line)
            names.append(stage.name);
    }
    return names;
}

QString CompletionEngine::instructionPrefix(const std::function<QString(int)> &lineAt, int line, int column)
{
    QString text = lineAt(line).left(column);
    for (int k = line - 1; k >= 0; --k) {
        const QString above = lineAt(k);
        const QStringView trimmed = QStringView(above).trimmed();
        if (trimmed.startsWith(u'#')) {
            if (k > 0 && endsWithEscape(lineAt(k - 1)))
                continue; // a comment inside a continued instruction
            break;
        }
        if (!endsWithEscape(above))
            break;
        QStringView body = QStringView(above).trimmed();
        body.chop(1);
        text = body.toString() + u' ' + text;
    }
    return text;
}

CompletionEngine::Result CompletionEngine::complete(QStringView prefix, int line) const
{
    Result result;
    QStringView text = prefix;
    while (!text.isEmpty() && text.front().isSpace())
        text = text.sliced(1);
    if (text.startsWith(u'#'))
        return result;

    // The word the cursor is in, and the instruction keyword.
    qsizetype wordStart = text.size();
    while (wordStart > 0 && !text.at(wordStart - 1).isSpace())
        --wordStart;
    const QStringView word = text.sliced(wordStart);
    if (wordStart == 0) {
        for (const QChar c : word) {
            if (!c.isLetter())
                return result;
        }
        QStringList keywords;
        for (const InstructionDocs::Instruction &i : InstructionDocs::instructions())
            keywords.append(i.keyword);
        result.kind = Kind::Instruction;
        result.items = startingWith(keywords, word);
        result.prefixLength = int(word.size());
        return result;
    }
    qsizetype keywordEnd = 0;
    while (keywordEnd < text.size() && !text.at(keywordEnd).isSpace())
        ++keywordEnd;
    QString keyword = text.first(keywordEnd).toString().toUpper();
    if (keyword == u"ONBUILD") // the trigger is an instruction of its own
        return complete(text.sliced(keywordEnd), line);

    // ${NAME anywhere: build arguments.
    const qsizetype brace = text.lastIndexOf(u"${");
    if (brace >= 0 && text.indexOf(u'}', brace) < 0) {
        const QStringView name = text.sliced(brace + 2);
        bool plain = true;
        for (const QChar c : name)
            plain = plain && (c.isLetterOrNumber() || c == u'_');
        if (plain) {
            result.kind = Kind::Variable;
            result.items = startingWith(m_argNames, name);
            result.prefixLength = int(name.size());
            return result;
        }
    }

    if (word.startsWith(u"--")) {
        const qsizetype equals = word.indexOf(u'=');
        if (equals < 0) {
            QStringList flags;
            if (const InstructionDocs::Instruction *ins = InstructionDocs::instruction(keyword)) {
                for (const InstructionDocs::Flag &f : ins->flags)
                    flags.append(u"--" + f.name + (f.takesValue ? QStringLiteral("=") : QString()));
            }
            result.kind = Kind::Flag;
            result.items = startingWith(flags, word);
            result.prefixLength = int(word.size());
            return result;
        }
        const QStringView flagName = word.sliced(2, equals - 2);
        const QStringView value = word.sliced(equals + 1);
        if (flagName == u"mount" && keyword == u"RUN") {
            const QStringView segment = value.sliced(value.lastIndexOf(u',') + 1);
            const qsizetype keyEnd = segment.indexOf(u'=');
            if (keyEnd < 0) {
                QStringList keys;
                const QStringList names = InstructionDocs::mountKeys();
                for (const QString &k : names)
                    keys.append(InstructionDocs::mountValues(k).contains(QStringLiteral("true")) ? k : k + u'=');
                result.kind = Kind::MountKey;
                result.items = startingWith(keys, segment);
                result.prefixLength = int(segment.size());
                return result;
            }
            const QStringView key = segment.first(keyEnd);
            const QStringView mountValue = segment.sliced(keyEnd + 1);
            result.kind = key == u"from" ? Kind::Stage : Kind::MountValue;
            result.items
                = startingWith(key == u"from" ? stagesBefore(line) : InstructionDocs::mountValues(key), mountValue);
            result.prefixLength = int(mountValue.size());
            return result;
        }
        if (flagName == u"from" && (keyword == u"COPY" || keyword == u"ADD")) {
            result.kind = Kind::Stage;
            result.items = startingWith(stagesBefore(line) + m_imageNames, value);
            result.prefixLength = int(value.size());
            return result;
        }
        result.kind = Kind::FlagValue;
        result.items = startingWith(InstructionDocs::flagValues(keyword, flagName), value);
        result.prefixLength = int(value.size());
        return result;
    }

    if (keyword == u"FROM") {
        // Words before the cursor's word, flags aside: none means the image, one means "AS".
        int words = 0;
        const QList<QStringView> parts
            = text.sliced(keywordEnd, wordStart - keywordEnd).split(u' ', Qt::SkipEmptyParts);
        for (const QStringView part : parts) {
            if (!part.trimmed().isEmpty() && !part.startsWith(u"--"))
                ++words;
        }
        if (words == 0) {
            result.kind = Kind::Image;
            result.items
                = startingWith(m_imageNames + stagesBefore(line) + QStringList {QStringLiteral("scratch")}, word);
        } else if (words == 1) {
            result.kind = Kind::Keyword;
            result.items = startingWith({QStringLiteral("AS")}, word);
        }
        result.prefixLength = int(word.size());
    }
    return result;
}

} // namespace Dockwright::Ui
