// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/jobtracker.h"
#include "documentanalysis.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace Dockwright::Ui {

// Parses and lints editor text as a job (JobTracker). setText() restarts a short debounce timer, so a
// burst of keystrokes costs one pass; every pass carries a job id and results of passes that were
// overtaken by newer text are dropped instead of being shown.
class DocumentAnalyzer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentAnalyzer)
public:
    explicit DocumentAnalyzer(QObject *parent = nullptr);
    ~DocumentAnalyzer() override;

    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    int debounceInterval() const { return m_debounce.interval(); }

    // The file being edited: its folder is the build context for context checks, and its
    // .dockwright.json configures the rules. Empty for an unsaved document.
    void setDocumentPath(const QString &path) { m_documentPath = path; }
    QString documentPath() const { return m_documentPath; }
    // The build context the COPY/ADD sources and .dockerignore are checked against when it is not the
    // document's folder (the Build panel's context); nullopt: the document's folder. Takes effect with
    // the next pass; the context is read in the pass's job, never on the caller's thread.
    void setContextDirectory(const std::optional<QString> &dir) { m_contextDirectory = dir; }
    std::optional<QString> contextDirectory() const { return m_contextDirectory; }

    // Schedules an analysis of `text` after the debounce interval.
    void setText(const QString &text);
    // Starts an analysis right away (file just opened).
    void analyzeNow(const QString &text);
    bool isBusy() const;
    quint64 latestJob() const { return m_latestJob; }
    // Results dropped because newer text arrived while they were computed (tests).
    int droppedResults() const { return m_dropped; }

    // The analysis itself; thread-safe, used by the background job and by tests.
    static DocumentAnalysis analyze(const QString &text, quint64 jobId = 0, const QString &documentPath = {},
        const std::optional<QString> &contextDirectory = std::nullopt);

Q_SIGNALS:
    void analyzed(const Dockwright::Ui::DocumentAnalysis &analysis);

private:
    void start();

    QTimer m_debounce;
    QString m_pendingText;
    QString m_documentPath;
    std::optional<QString> m_contextDirectory;
    quint64 m_latestJob = 0;
    int m_dropped = 0;
    Core::JobTracker m_job {this};
};

} // namespace Dockwright::Ui
