// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentanalyzer.h"

#include "core/dockerfile/dockerfileanalyzer.h"
#include "core/dockerfile/dockerfilelinter.h"
#include "core/dockerfile/dockerfileparser.h"

#include <QFileInfo>

#include <algorithm>

namespace Dockwright::Ui {

DocumentAnalyzer::DocumentAnalyzer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DocumentAnalysis>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &DocumentAnalyzer::start);
}

DocumentAnalyzer::~DocumentAnalyzer() = default; // a running pass holds a copy of its text only

void DocumentAnalyzer::setText(const QString &text)
{
    m_pendingText = text;
    ++m_latestJob; // anything still running is stale from now on
    m_debounce.start();
}

void DocumentAnalyzer::analyzeNow(const QString &text)
{
    m_pendingText = text;
    ++m_latestJob;
    m_debounce.stop();
    start();
}

bool DocumentAnalyzer::isBusy() const
{
    return m_job.isRunning() || m_debounce.isActive();
}

void DocumentAnalyzer::start()
{
    if (m_job.isRunning())
        ++m_dropped; // the pass still running is for older text: the tracker drops its result
    m_job.start([text = m_pendingText, job = m_latestJob, path = m_documentPath](const Core::JobControl &) {
        return analyze(text, job, path);
    },
                [this](const DocumentAnalysis &result) {
                    if (result.jobId != m_latestJob)
                        ++m_dropped; // the text changed since: a debounced pass follows
                    else
                        Q_EMIT analyzed(result);
                });
}

DocumentAnalysis DocumentAnalyzer::analyze(const QString &text, quint64 jobId, const QString &documentPath)
{
    DocumentAnalysis analysis;
    analysis.jobId = jobId;
    analysis.parse = Core::DockerfileParser::parse(QStringView(text));
    Core::LintOptions options;
    if (!documentPath.isEmpty()) {
        const QFileInfo file(documentPath);
        options.config = Core::LintConfig::loadFor(file.absoluteFilePath());
        options.contextDirectory = file.absolutePath();
        options.dockerfileName = file.fileName();
    }
    const Core::DockerfileModel model = Core::DockerfileAnalyzer::analyze(analysis.parse, options.build);
    analysis.diagnostics = Core::DockerfileLinter::lint(analysis.parse, model, options);
    // The linter sorts already; keep the order stable whatever it does.
    std::stable_sort(analysis.diagnostics.begin(), analysis.diagnostics.end(),
                     [](const Core::LintDiagnostic &a, const Core::LintDiagnostic &b) {
                         return std::pair(a.range.startLine, a.range.startColumn)
                             < std::pair(b.range.startLine, b.range.startColumn);
                     });
    return analysis;
}

} // namespace Dockwright::Ui
