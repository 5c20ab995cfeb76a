// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/builder/buildresult.h"
#include "core/jobs/jobtracker.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace Dockwright::Ui {

class BuildComparisonModel;
class BuildHistoryModel;

// A project's earlier builds (its BuildHistory file, shared with dockwright-cli build) and the
// step-by-step comparison of two of them. The file is read and written as jobs.
class BuildHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildHistoryView)
public:
    explicit BuildHistoryView(QWidget *parent = nullptr);
    ~BuildHistoryView() override;

    BuildHistoryModel *historyModel() const { return m_history; }
    BuildComparisonModel *comparisonModel() const { return m_comparison; }

    // Reads this history file (BuildHistory::fileForContext); loaded() follows.
    void load(const QString &historyFile);
    // Appends an attempt to the file and shows the new list; recorded() follows.
    void record(const QString &historyFile, const Core::BuildResult &result);
    bool isRecording() const { return m_recordJob.isRunning(); }
    // Rows of historyModel(); the older build is the "before".
    void compare(int row, int otherRow);

Q_SIGNALS:
    void loaded();
    void recorded();

private:
    struct Read
    {
        QList<Core::BuildResult> records;
        QString error;
    };
    // Runs in a job: reads the file and, with append, adds that attempt and writes it back.
    static Read readHistory(const QString &historyFile, const Core::BuildResult *append);
    void show(const Read &read);

    BuildHistoryModel *m_history = nullptr;
    BuildComparisonModel *m_comparison = nullptr;
    QTreeView *m_historyView = nullptr;
    QLabel *m_title = nullptr;
    Core::JobTracker m_loadJob {this};
    Core::JobTracker m_recordJob {this};
};

} // namespace Dockwright::Ui
