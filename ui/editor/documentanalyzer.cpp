// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentanalyzer.h"

#include "core/dockerfile/dockerfileanalyzer.h"
#include "core/dockerfile/dockerfilelinter.h"
#include "core/dockerfile/dockerfileparser.h"

#include <QFileInfo>

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

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

DocumentAnalyzer::~DocumentAnalyzer()
{
    // Running jobs hold copies of their text only; their watchers are children and die with us.
    m_latestJob = ~quint64(0);
}

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
    return m_running > 0 || m_debounce.isActive();
}

void DocumentAnalyzer::start()
{
    const quint64 job = m_latestJob;
    auto *watcher = new QFutureWatcher<DocumentAnalysis>(this);
    connect(watcher, &QFutureWatcher<DocumentAnalysis>::finished, this, [this, watcher] { onFinished(watcher); });
    ++m_running;
    watcher->setFuture(
        QtConcurrent::run([text = m_pendingText, job, path = m_documentPath] { return analyze(text, job, path); }));
}

void DocumentAnalyzer::onFinished(QFutureWatcher<DocumentAnalysis> *watcher)
{
    --m_running;
    watcher->deleteLater();
    const DocumentAnalysis result = watcher->result();
    if (result.jobId != m_latestJob) {
        ++m_dropped;
        return;
    }
    Q_EMIT analyzed(result);
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
