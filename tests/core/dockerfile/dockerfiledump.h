// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A compact, stable text form of a parse for data-driven tests: one line per directive, instruction,
// warning and error.

#include "core/dockerfile/dockerfilesyntax.h"

#include <QStringList>

namespace Dockwright::Tests {

inline QString quoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else
            out += c;
    }
    return out + u'"';
}

inline QString dumpInstruction(const Core::DockerfileInstruction &ins, bool lines = true)
{
    QString s = ins.keyword;
    if (lines)
        s += QStringLiteral(" %1-%2").arg(ins.range.startLine).arg(ins.range.endLine);
    if (!ins.flags.isEmpty()) {
        QStringList f;
        for (const auto &flag : ins.flags)
            f.append(quoted(flag.raw));
        s += QStringLiteral(" flags[") + f.join(u',') + u']';
    }
    QStringList a;
    for (const auto &w : ins.args)
        a.append(quoted(w.text));
    s += (ins.json ? QStringLiteral(" json[") : QStringLiteral(" args[")) + a.join(u',') + u']';
    if (!ins.pairs.isEmpty() && ins.kind != Core::InstructionKind::Unknown) {
        QStringList p;
        for (const auto &kv : ins.pairs)
            p.append(kv.key + u'=' + (kv.hasValue ? quoted(kv.value) : QStringLiteral("null")));
        s += QStringLiteral(" pairs[") + p.join(u',') + u']';
    }
    for (const auto &h : ins.heredocs)
        s += QStringLiteral(" heredoc[%1,%2,%3,fd=%4,%5]")
                 .arg(quoted(h.name), h.expand ? QStringLiteral("expand") : QStringLiteral("noexpand"),
                     h.chomp ? QStringLiteral("chomp") : QStringLiteral("nochomp"))
                 .arg(h.fileDescriptor)
                 .arg(quoted(h.content));
    if (ins.onbuild)
        s += QStringLiteral(" onbuild{") + dumpInstruction(*ins.onbuild, false) + u'}';
    return s;
}

inline QString dump(const Core::DockerfileParseResult &r)
{
    QStringList out;
    if (r.escape != u'\\')
        out.append(QStringLiteral("escape=") + r.escape);
    for (const auto &d : r.directives)
        out.append(u'#' + d.name + u'=' + d.value);
    for (const auto &ins : r.instructions)
        out.append(dumpInstruction(ins));
    for (const auto &w : r.warnings)
        out.append(QStringLiteral("!warning %1").arg(w.range.startLine));
    for (const auto &e : r.errors)
        out.append(QStringLiteral("!error %1:%2 %3").arg(e.range.startLine).arg(e.range.startColumn).arg(e.message));
    return out.join(u'\n');
}

} // namespace Dockwright::Tests
