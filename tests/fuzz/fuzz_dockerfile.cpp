// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point: parse, analyze (with a build arg and a target) and lint arbitrary bytes. Any crash,
// sanitizer report or timeout is a bug; add the input that found it as a row of tst_dockerfileparser.
#include "core/dockerfile/dockerfileanalyzer.h"
#include "core/dockerfile/dockerfilelinter.h"
#include "core/dockerfile/dockerfileparser.h"

#include <cstddef>
#include <cstdint>

using namespace Dockwright::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const DockerfileParseResult parse = DockerfileParser::parse(bytes);
    LintOptions options;
    options.build.buildArgs.insert(QStringLiteral("TAG"), QStringLiteral("1.0"));
    if (!parse.instructions.isEmpty() && size % 2 == 0)
        options.build.target = QStringLiteral("build");
    const DockerfileModel model = DockerfileAnalyzer::analyze(parse, options.build);
    const QList<LintDiagnostic> diagnostics = DockerfileLinter::lint(parse, model, options);
    // Every diagnostic must carry a usable range.
    for (const LintDiagnostic &d : diagnostics) {
        if (d.range.startLine < 1 || d.range.endLine < d.range.startLine)
            __builtin_trap();
    }
    return 0;
}
