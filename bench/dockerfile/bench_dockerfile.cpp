// SPDX-License-Identifier: GPL-3.0-or-later
// bench_dockerfile [LINES] [RUNS]: times DockerfileParser::parse, DockerfileAnalyzer::analyze and
// DockerfileLinter::lint on a generated multi-stage Dockerfile of LINES lines (default 10000) and prints the
// median and minimum of RUNS runs (default 21). Target: parse + lint of 10,000 lines <= 20 ms.
//
// bench_dockerfile scaling [N] [RUNS]: parse + analyze + lint of N and 2N lines of ENV, of ARG, and of ARGs
// that each expand the one before (default N = 10000), alternated, and prints time(2N) / time(N) from the
// medians. Linear work gives about 2; the quadratic ARG/ENV handling this guards against gave 4 and more.
#include "core/dockerfile/dockerfileanalyzer.h"
#include "core/dockerfile/dockerfilelinter.h"
#include "core/dockerfile/dockerfileparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Dockwright::Core;

namespace {

// A realistic mix: stages, ARG/ENV, continued RUNs with mounts, heredocs, COPY --from, JSON CMDs.
QString generate(int lines)
{
    QString out = QStringLiteral("# syntax=docker/dockerfile:1\nARG BASE=python:3.13-slim\nARG PORT=8080\n");
    int stage = 0;
    while (out.count(u'\n') < lines) {
        out += QStringLiteral("FROM ${BASE} AS stage%1\n").arg(stage);
        out += QStringLiteral("ARG PORT\nENV APP_HOME=/app/%1 PYTHONUNBUFFERED=1\nWORKDIR ${APP_HOME}\n").arg(stage);
        out += QStringLiteral("COPY requirements.txt ./\n");
        out += QStringLiteral("RUN --mount=type=cache,target=/root/.cache/pip \\\n"
                              "    apt-get update && apt-get install -y --no-install-recommends curl \\\n"
                              "    && pip install -r requirements.txt \\\n"
                              "    && rm -rf /var/lib/apt/lists/*\n");
        out += QStringLiteral("RUN <<EOF\nset -e\necho building %1\nEOF\n").arg(stage);
        if (stage > 0)
            out += QStringLiteral("COPY --from=stage%1 /app /prev\n").arg(stage - 1);
        out += QStringLiteral("LABEL org.opencontainers.image.version=\"%1\"\nEXPOSE ${PORT}\n").arg(stage);
        out += QStringLiteral("USER 1000\nCMD [\"python\", \"main.py\"]\n");
        ++stage;
    }
    return out;
}

// CPU time of this thread: the shared build machine is often overloaded, which inflates wall time.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

double checkMs(const QString &text)
{
    const double start = cpuMs();
    const DockerfileParseResult parse = DockerfileParser::parse(QStringView(text));
    const DockerfileModel model = DockerfileAnalyzer::analyze(parse);
    const QList<LintDiagnostic> d = DockerfileLinter::lint(parse, model);
    Q_UNUSED(d);
    return cpuMs() - start;
}

QString variables(const char *kind, int lines)
{
    QString out = QStringLiteral("FROM scratch\n");
    for (int i = 0; i < lines; ++i) {
        if (qstrcmp(kind, "chained") == 0)
            out += i == 0 ? QStringLiteral("ARG A0=x\n") : QStringLiteral("ARG A%1=${A%2}\n").arg(i).arg(i - 1);
        else
            out += QStringLiteral("%1 V%2=value%2\n").arg(QLatin1StringView(kind)).arg(i);
    }
    return out;
}

int scaling(int n, int runs)
{
    std::printf("scaling: N = %d lines, %d alternated runs each (CPU ms, medians)\n", n, runs);
    bool linear = true;
    for (const char *kind : {"ENV", "ARG", "chained"}) {
        const QString small = variables(kind, n), large = variables(kind, 2 * n);
        std::vector<double> a, b;
        for (int i = 0; i < runs; ++i) {
            a.push_back(checkMs(small));
            b.push_back(checkMs(large));
        }
        const double ratio = median(b) / std::max(median(a), 1e-6);
        linear = linear && ratio < 3.0;
        std::printf(
            "%-8s N: %8.2f ms  2N: %8.2f ms  ratio 2N/N %.2f (linear: ~2)\n", kind, median(a), median(b), ratio);
    }
    std::printf("scaling: %s\n", linear ? "linear" : "NOT linear (ratio >= 3)");
    return linear ? 0 : 1;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"scaling")
        return scaling(args.size() > 2 ? args[2].toInt() : 10000, args.size() > 3 ? std::max(1, args[3].toInt()) : 7);
    const int lines = args.size() > 1 ? args[1].toInt() : 10000;
    const int runs = args.size() > 2 ? std::max(1, args[2].toInt()) : 21;
    const QString text = generate(lines);
    const int actualLines = int(text.count(u'\n'));

    std::vector<double> parseMs, analyzeMs, lintMs, totalMs, cpuTotalMs;
    qsizetype diagnostics = 0;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = cpuMs();
        QElapsedTimer t;
        t.start();
        const DockerfileParseResult parse = DockerfileParser::parse(QStringView(text));
        const qint64 t1 = t.nsecsElapsed();
        const DockerfileModel model = DockerfileAnalyzer::analyze(parse);
        const qint64 t2 = t.nsecsElapsed();
        const QList<LintDiagnostic> d = DockerfileLinter::lint(parse, model);
        const qint64 t3 = t.nsecsElapsed();
        diagnostics = d.size();
        parseMs.push_back(double(t1) / 1e6);
        analyzeMs.push_back(double(t2 - t1) / 1e6);
        lintMs.push_back(double(t3 - t2) / 1e6);
        totalMs.push_back(double(t3) / 1e6);
        cpuTotalMs.push_back(cpuMs() - cpuStart);
    }
    std::printf(
        "dockerfile: %d lines, %d runs, %lld diagnostics\n", actualLines, runs, static_cast<long long>(diagnostics));
    std::printf("parse   median %.2f ms\n", median(parseMs));
    std::printf("analyze median %.2f ms\n", median(analyzeMs));
    std::printf("lint    median %.2f ms\n", median(lintMs));
    std::printf("total   median %.2f ms wall (min %.2f ms), %.2f ms CPU (min %.2f ms); target <= 20 ms\n",
        median(totalMs), *std::min_element(totalMs.begin(), totalMs.end()), median(cpuTotalMs),
        *std::min_element(cpuTotalMs.begin(), cpuTotalMs.end()));
    return 0;
}
