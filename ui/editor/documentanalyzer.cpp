// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentanalyzer.h"

#include "core/dockerfile/dockerfileparser.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Dockwright::Ui {

namespace {

QList<Core::LintDiagnostic> parserDiagnostics(const Core::DockerfileParseResult &parse)
{
    QList<Core::LintDiagnostic> out;
    for (const Core::DockerfileMessage &m : parse.errors)
        out.append({QStringLiteral("SyntaxError"), Core::LintSeverity::Error, m.message, m.range});
    for (const Core::DockerfileMessage &m : parse.warnings)
        out.append({QStringLiteral("SyntaxWarning"), Core::LintSeverity::Warning, m.message, m.range});
    return out;
}

} // namespace

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
    watcher->setFuture(QtConcurrent::run([text = m_pendingText, job] { return analyze(text, job); }));
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

DocumentAnalysis DocumentAnalyzer::analyze(const QString &text, quint64 jobId)
{
    DocumentAnalysis analysis;
    analysis.jobId = jobId;
    analysis.parse = Core::DockerfileParser::parse(QStringView(text));
    analysis.diagnostics = parserDiagnostics(analysis.parse);
    std::stable_sort(analysis.diagnostics.begin(), analysis.diagnostics.end(),
                     [](const Core::LintDiagnostic &a, const Core::LintDiagnostic &b) {
                         return std::pair(a.range.startLine, a.range.startColumn)
                             < std::pair(b.range.startLine, b.range.startColumn);
                     });
    return analysis;
}

} // namespace Dockwright::Ui
