// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentanalyzer.h"

#include "core/dockerfile/dockerfilecheck.h"

#include <utility>

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
    m_job.start([text = m_pendingText, job = m_latestJob, path = m_documentPath, context = m_contextDirectory](
                    const Core::JobControl &) { return analyze(text, job, path, context); },
        [this](const DocumentAnalysis &result) {
            if (result.jobId != m_latestJob)
                ++m_dropped; // the text changed since: a debounced pass follows
            else
                Q_EMIT analyzed(result);
        });
}

DocumentAnalysis DocumentAnalyzer::analyze(
    const QString &text, quint64 jobId, const QString &documentPath, const std::optional<QString> &contextDirectory)
{
    // The same pipeline as `dockwright-cli lint FILE [--context DIR]`: the file's folder is the build
    // context unless one is given, and its nearest .dockwright.json configures the rules.
    Core::DockerfileCheckOptions options;
    options.documentPath = documentPath;
    options.contextDirectory = contextDirectory;
    Core::DockerfileCheck check = Core::checkDockerfile(QStringView(text), options);
    DocumentAnalysis analysis;
    analysis.jobId = jobId;
    analysis.parse = std::move(check.parse);
    analysis.diagnostics = std::move(check.diagnostics); // sorted by position
    // A blank page is not a mistake yet: "file with no instructions" (what docker build and the CLI
    // say) would greet a new user before they typed anything (issue 11).
    if (QStringView(text).trimmed().isEmpty())
        analysis.diagnostics.clear();
    return analysis;
}

} // namespace Dockwright::Ui
